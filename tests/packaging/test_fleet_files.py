"""The fleet recipes: the Ansible playbook passes `ansible-playbook --syntax-check`, the ADMX
template and the example configuration profile set only real settings, in the types the kiosk's
policy readers take."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.config import KioskSettings
from kiosk.config.policy import BUNDLE_ID, REGISTRY_KEY, plist_layer, registry_layer

from .conftest import ROOT

PACKAGING = ROOT / "packaging"
ANSIBLE = PACKAGING / "ansible"
ADMX = PACKAGING / "windows" / "QminderKiosk.admx"
ADML = PACKAGING / "windows" / "en-US" / "QminderKiosk.adml"
PROFILE = PACKAGING / "macos" / "qminder-kiosk.mobileconfig"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
REG_SZ, REG_DWORD, REG_MULTI_SZ = 1, 4, 7


def ansible_playbook() -> str | None:
    beside = Path(sys.executable).with_name("ansible-playbook")
    return str(beside) if beside.exists() else shutil.which("ansible-playbook")


def test_the_playbook_passes_ansibles_syntax_check(tmp_path: Path) -> None:
    program = ansible_playbook()
    if program is None:
        if os.environ.get("CI") == "true":
            pytest.fail("ansible-playbook is missing in CI: the dev extras install ansible-core")
        pytest.skip("ansible-core is not installed (pip install -e '.[dev]')")
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "ANSIBLE_LOCAL_TEMP": str(tmp_path / "tmp"),
        "ANSIBLE_NOCOLOR": "1",
        "PYTHONWARNINGS": "ignore",
    }
    result = subprocess.run(
        [
            program,
            "--syntax-check",
            "-i",
            str(ANSIBLE / "inventory.example.ini"),
            str(ANSIBLE / "playbook.yml"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "playbook: " in result.stdout


def test_the_role_installs_what_the_fleet_guide_says() -> None:
    tasks = (ANSIBLE / "roles" / "qminder_kiosk" / "tasks" / "main.yml").read_text("utf-8")
    for wanted in (
        "cage-kiosk.service",  # the unit shipped in packaging/linux
        "/etc/xdg/qminder-kiosk/kiosk.toml",  # the system-wide file
        "/etc/xdg/qminder-kiosk/kiosk.d/",  # drop-ins
        "--collector.textfile.directory",  # node_exporter's textfile folder
        "ansible.builtin.user",  # the kiosk account
        'mode: "0600"',  # the API key file: root only
    ):
        assert wanted in tasks, wanted
    for source in re.findall(r'src: "\{\{ role_path \}\}/(\S+)"', tasks):
        assert (ANSIBLE / "roles" / "qminder_kiosk" / source).resolve().is_file(), source
    template = (ANSIBLE / "roles" / "qminder_kiosk" / "templates" / "kiosk.toml.j2").read_text()
    assert "api_key" not in template  # the key never goes in a file others can read
    for key in re.findall(r"^(\w+) = ", template, re.M):
        assert key in KioskSettings.model_fields, key


VALID_TEXT = {"location_id": "41205", "default_language": "en"}
"""Text settings with a format of their own: a sample value that has it."""


def test_the_admx_template_sets_real_settings_in_types_the_kiosk_reads() -> None:
    admx = ET.parse(ADMX).getroot()
    adml = ET.parse(ADML).getroot()
    strings = {s.get("id") for s in adml.iterfind(".//p:stringTable/p:string", NS)}
    presentations = {p.get("id") for p in adml.iterfind(".//p:presentationTable/*", NS)}
    policies = admx.findall(".//p:policies/p:policy", NS)
    assert len(policies) >= 20
    rows: list[tuple[str, object, int]] = []
    for policy in policies:
        assert policy.get("key") == REGISTRY_KEY
        assert policy.get("class") == "Machine"
        for attribute in ("displayName", "explainText", "presentation"):
            ref = policy.get(attribute)
            if ref is None:
                continue
            table, name = re.fullmatch(r"\$\((string|presentation)\.(\w+)\)", ref).groups()  # type: ignore[union-attr]
            assert name in (strings if table == "string" else presentations), ref
        value_name = policy.get("valueName")
        if value_name is not None:  # a switch: 1 or 0
            rows.append((value_name, 1, REG_DWORD))
        for element in policy.findall("p:elements/*", NS):
            name = element.get("valueName")
            assert name is not None
            kind = element.tag.split("}")[1]
            sample: tuple[object, int] = {
                "text": ("x", REG_SZ),
                "multiText": (["en", "es"], REG_MULTI_SZ),
                "decimal": (int(element.get("minValue", "1")), REG_DWORD),
                "enum": ("queue", REG_SZ),
            }[kind]
            rows.append((name, *sample))
    layer = registry_layer(rows)  # raises on a name that is not a setting
    for key, value in layer.values.items():
        if key in ("api_key", "admin_pin_hash", "base_url", "theme", "printer"):
            continue  # values with a format of their own
        if key.endswith("_url"):
            value = "https://hc-ping.com/x"
        value = VALID_TEXT.get(key, value)
        KioskSettings.model_validate({key: value})  # the type fits the setting
    assert {"location_id", "metrics_file", "heartbeat_url", "heartbeat_seconds"} <= set(
        layer.values
    )


def test_the_example_profile_installs_valid_settings_for_the_bundle() -> None:
    profile = plistlib.loads(PROFILE.read_bytes())
    assert profile["PayloadType"] == "Configuration"
    assert profile["PayloadScope"] == "System"
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == BUNDLE_ID
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == BUNDLE_ID
    layer = plist_layer(plistlib.dumps(payload), "profile")  # what macOS installs from it
    assert "PayloadUUID" not in layer.values
    settings = KioskSettings.model_validate(dict(layer.values))
    assert settings.location_id == "41205"
    assert settings.heartbeat_seconds == 60
