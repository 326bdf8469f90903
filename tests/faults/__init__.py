"""Delivery against the real sandbox over loopback: fault modes, campaign, SIGKILL."""
