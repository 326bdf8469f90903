"""Tests of the durable delivery layer (outbox, cipher, sender) without a server."""
