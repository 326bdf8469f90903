"""The kiosk's health for the monitoring a fleet already runs: Prometheus metrics (a textfile
collector file, optionally /metrics) and a push heartbeat. No Qt here; the Qt glue is
`kiosk.controllers.monitoring`."""
