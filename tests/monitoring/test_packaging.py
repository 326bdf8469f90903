"""The example alert rules and the Grafana dashboard: valid for Prometheus's own checker, and
about metrics the kiosk really writes."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from prometheus_client import generate_latest

from kiosk.monitoring.metrics import KioskMetrics
from tests.monitoring.promtool import check_rules, promtool

ROOT = Path(__file__).parents[2]
ALERTS = ROOT / "packaging" / "monitoring" / "kiosk-alerts.yml"
DASHBOARD = ROOT / "packaging" / "monitoring" / "grafana-dashboard.json"
ALERT_TESTS = Path(__file__).with_name("kiosk-alerts.test.yml")


def kiosk_metric_names() -> set[str]:
    """Every metric name a kiosk with a printer writes."""
    metrics = KioskMetrics(version="1", location_id="1", kiosk_id="k")
    metrics.set_printer_ok(True)
    metrics.set_open(True)
    text = generate_latest(metrics.registry).decode()
    return {line.split("{")[0].split(" ")[0] for line in text.splitlines() if line[:1].isalpha()}


def referenced(expression: str) -> set[str]:
    return set(re.findall(r"\b(?:qminder_kiosk|process)_[a-z_]+\b", expression))


def test_the_alert_rules_pass_promtool() -> None:
    assert "SUCCESS: 6 rules found" in check_rules(ALERTS)


def test_the_alerts_fire_when_they_should() -> None:
    result = subprocess.run(
        [promtool(), "test", "rules", str(ALERT_TESTS)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_alerts_are_about_metrics_the_kiosk_writes() -> None:
    text = ALERTS.read_text(encoding="utf-8")
    expressions = re.findall(r"expr: (.+)", text)
    names = set().union(*(referenced(e) for e in expressions))
    assert names
    assert names <= kiosk_metric_names(), names - kiosk_metric_names()
    for wanted in (
        "KioskDown",
        "KioskMetricsStale",
        "KioskQminderUnreachable",
        "KioskOutboxBacklog",
        "KioskPrinterOut",
    ):
        assert f"alert: {wanted}" in text


def test_the_dashboards_queries_parse_and_use_real_metrics(tmp_path: Path) -> None:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    expressions = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    assert len(expressions) >= 6
    names = set().union(*(referenced(e) for e in expressions))
    assert names <= kiosk_metric_names(), names - kiosk_metric_names()
    # promtool parses PromQL in rule files: each query as a recording rule (JSON is YAML).
    rules = {
        "groups": [
            {
                "name": "dashboard",
                "rules": [
                    {"record": f"dashboard:query{i}", "expr": e.replace("$kiosk", ".*")}
                    for i, e in enumerate(expressions)
                ],
            }
        ]
    }
    path = tmp_path / "dashboard-rules.yml"
    path.write_text(json.dumps(rules), encoding="utf-8")
    check_rules(path)
