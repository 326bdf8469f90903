"""Benchmarks that print numbers: ``python -m bench`` (all), ``python -m bench.<name>`` (one)."""
