"""A fleet of kiosks: the monitoring metrics and the heartbeat (docs/fleet.md)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from kiosk.api.urls import check_web_url


class FleetSettings(BaseModel):
    """Monitoring and heartbeat (docs/fleet.md)."""

    kiosk_id: str | None = Field(
        default=None,
        max_length=100,
        description="This kiosk's name in metrics (the `kiosk_id` label); empty: the host name.",
    )
    metrics_file: Path | None = Field(
        default=None,
        description=(
            "Write Prometheus metrics to this file (node_exporter / windows_exporter textfile"
            " collector), every 15 s and at once on a change."
        ),
    )
    metrics_port: int | None = Field(
        default=None, ge=1, le=65535, description="Serve the metrics on /metrics at this port."
    )
    metrics_bind: str = Field(
        default="127.0.0.1",
        min_length=1,
        description="The address /metrics listens on (loopback unless said otherwise).",
    )
    heartbeat_url: str | None = Field(
        default=None,
        description="GET this URL every heartbeat_seconds while the kiosk is healthy.",
    )
    heartbeat_seconds: float = Field(
        default=60.0, ge=10, le=86_400, description="Seconds between heartbeat pings."
    )
    heartbeat_fail_url: str | None = Field(
        default=None,
        description="GET this URL once each time the kiosk stops being healthy.",
    )

    @field_validator("heartbeat_url", "heartbeat_fail_url")
    @classmethod
    def _heartbeat_url(cls, value: str | None) -> str | None:
        """https, or plain http on loopback; no user name or password (a push monitor's token
        belongs in the URL's path or query, where Healthchecks and Uptime Kuma put it)."""
        if not value:
            return None
        return check_web_url(value.strip(), query_allowed=True)
