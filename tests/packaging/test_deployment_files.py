"""The service and launcher files of docs/deployment.md: do they start the right program, and do
they restart it on a crash but not after an administrator's deliberate exit (status 0)?

The expected names come from the packaging itself (the PyInstaller recipe, the Inno Setup script,
the app's Info.plist), so renaming the program there without updating these files fails here.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import re
import signal
import stat
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from .conftest import ROOT

PACKAGING = ROOT / "packaging"
DEPLOYMENT_DOC = ROOT / "docs" / "deployment.md"
TASK_NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
SHELL_LAUNCHER_NS = {"s": "http://schemas.microsoft.com/ShellLauncher/2018/Configuration"}
SHELL_LAUNCHER_V2 = "{http://schemas.microsoft.com/ShellLauncher/2019/Configuration}"
KIOSK_ACCOUNT = "kiosk"

# -- what the packaging says the program is called ---------------------------------------------


def _bundle_executable() -> str:
    """The program in the one-folder bundle: ``dist/<COLLECT name>/<EXE name>``."""
    spec = (PACKAGING / "kiosk.spec").read_text(encoding="utf-8")
    collect = re.search(r'COLLECT\([^)]*name="([^"]+)"', spec, re.S)
    exe = re.search(r'executables = \[_exe\("([^"]+)"', spec)
    assert collect is not None
    assert exe is not None
    assert collect.group(1) == exe.group(1) == "kiosk"
    return exe.group(1)


def _iss_defines() -> dict[str, str]:
    iss = (PACKAGING / "windows" / "kiosk.iss").read_text(encoding="utf-8")
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', iss, re.M))


def _windows_install_dir() -> str:
    """Where the installer puts the kiosk: ``{autopf}\\<AppName>`` (64-bit Program Files)."""
    iss = (PACKAGING / "windows" / "kiosk.iss").read_text(encoding="utf-8")
    assert re.search(r"^DefaultDirName=\{autopf\}\\\{#AppName\}$", iss, re.M)
    return _iss_defines()["AppName"]


def _windows_exe() -> str:
    exe = _iss_defines()["AppExe"]
    assert exe == f"{_bundle_executable()}.exe"
    return exe


def _info_plist() -> dict[str, object]:
    return plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())


# -- systemd units -------------------------------------------------------------------------------


def parse_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """A systemd unit file as {section: {key: [values...]}} (keys may repeat in units)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        assert not line.endswith("\\"), f"{path.name}:{number}: no continuation lines expected"
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"{path.name}:{number}: a setting outside any section"
        key, sep, value = line.partition("=")
        assert sep, f"{path.name}:{number}: not a key=value line: {raw!r}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def one(unit: dict[str, dict[str, list[str]]], section: str, key: str) -> str:
    values = unit[section][key]
    assert len(values) == 1, f"[{section}] {key} is set {len(values)} times"
    return values[0]


def seconds(value: str) -> float:
    """A systemd time span such as ``10``, ``10s``, ``5min``."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?", value)
    assert match is not None, f"unexpected time span {value!r}"
    factor = {None: 1, "s": 1, "sec": 1, "ms": 0.001, "min": 60, "m": 60, "h": 3600}
    return float(match.group(1)) * factor[match.group(2)]


def assert_restarts_on_failure_with_a_limit(unit: dict[str, dict[str, list[str]]]) -> None:
    # Non-zero exits and crashes restart; exit status 0 (an administrator's exit) does not.
    assert one(unit, "Service", "Restart") == "on-failure"
    assert seconds(one(unit, "Service", "RestartSec")) >= 5
    # A configuration error (status 2) must not restart in a tight loop: a start limit.
    interval = seconds(one(unit, "Unit", "StartLimitIntervalSec"))
    burst = int(one(unit, "Unit", "StartLimitBurst"))
    restart_sec = seconds(one(unit, "Service", "RestartSec"))
    assert 1 <= burst <= 10
    assert interval > burst * restart_sec, "the limit must be reachable by a restart loop"
    assert "RestartPreventExitStatus" not in unit["Service"]


def test_the_user_unit_runs_the_bundle_in_the_graphical_session_and_restarts_on_failure() -> None:
    unit = parse_unit(PACKAGING / "linux" / "qminder-kiosk.service")

    exec_start = one(unit, "Service", "ExecStart").split()
    assert PurePosixPath(exec_start[0]) == PurePosixPath("/opt/qminder-kiosk") / (
        _bundle_executable()
    )
    assert_restarts_on_failure_with_a_limit(unit)
    assert one(unit, "Install", "WantedBy") == "graphical-session.target"
    assert one(unit, "Unit", "PartOf") == "graphical-session.target"
    assert one(unit, "Unit", "ConditionUser") == KIOSK_ACCOUNT


def test_the_cage_service_runs_the_bundle_through_the_wrapper_as_the_kiosk_account() -> None:
    unit = parse_unit(PACKAGING / "linux" / "cage-kiosk.service")

    wrapper, kiosk, *options = one(unit, "Service", "ExecStart").split()
    assert wrapper == "/usr/local/bin/cage-kiosk"
    assert PurePosixPath(kiosk) == PurePosixPath("/opt/qminder-kiosk") / _bundle_executable()
    assert "--windowed" not in options
    assert one(unit, "Service", "User") == KIOSK_ACCOUNT
    assert one(unit, "Service", "PAMName") == "login"
    assert one(unit, "Service", "TTYPath") == "/dev/tty1"
    assert "getty@tty1.service" in one(unit, "Unit", "Conflicts")
    assert_restarts_on_failure_with_a_limit(unit)
    assert one(unit, "Install", "WantedBy") == "graphical.target"
    # The doc installs the wrapper under the name the unit runs.
    doc = DEPLOYMENT_DOC.read_text(encoding="utf-8")
    assert "install -m 755 packaging/linux/cage-kiosk.sh /usr/local/bin/cage-kiosk" in doc


@pytest.fixture
def fake_cage(tmp_path: Path) -> Path:
    """A `cage` that behaves as cage 0.1.x does: runs the program after ``--``, exits 0."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    cage = bin_dir / "cage"
    cage.write_text(
        '#!/bin/sh\nwhile [ "$1" != "--" ]; do shift; done\nshift\n"$@"\nexit 0\n',
        encoding="utf-8",
    )
    cage.chmod(0o755)
    return bin_dir


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")
@pytest.mark.parametrize(
    ("program", "expected"),
    [
        ("exit 0", 0),  # an administrator closed the kiosk: systemd leaves it closed
        ("exit 2", 2),  # a configuration error
        ("exit 3", 3),  # a crash
        ("kill -KILL $$", 128 + 9),  # killed
    ],
)
def test_the_cage_wrapper_exits_with_the_kiosk_status_not_cages(
    fake_cage: Path, tmp_path: Path, program: str, expected: int
) -> None:
    wrapper = PACKAGING / "linux" / "cage-kiosk.sh"
    assert wrapper.stat().st_mode & stat.S_IXUSR, "cage-kiosk.sh must be executable"
    env = {
        "PATH": f"{fake_cage}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        "XDG_RUNTIME_DIR": str(tmp_path),
    }

    done = subprocess.run(
        [str(wrapper), "/bin/sh", "-c", program],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )

    assert done.returncode == expected, done.stderr
    assert list(tmp_path.glob("cage-kiosk.*")) == [], "the state folder is left behind"


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")
def test_sigterm_to_the_cage_wrapper_stops_the_kiosk_cleanly(
    fake_cage: Path, tmp_path: Path
) -> None:
    # systemd (KillMode=mixed) signals the wrapper alone; the kiosk must get the SIGTERM while
    # cage still runs, stop cleanly, and its status (0) must come out of the wrapper.
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    started, stopped = tmp_path / "started", tmp_path / "stopped"
    kiosk = tmp_path / "kiosk"
    kiosk.write_text(
        f"#!/bin/sh\ntrap 'echo SIGTERM > \"{stopped}\"; exit 0' TERM\n"
        f'touch "{started}"\n'
        "while :; do sleep 0.1; done\n",
        encoding="utf-8",
    )
    kiosk.chmod(0o755)
    env = {
        "PATH": f"{fake_cage}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        "XDG_RUNTIME_DIR": str(runtime),
    }
    wrapper = subprocess.Popen(
        [str(PACKAGING / "linux" / "cage-kiosk.sh"), str(kiosk)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, to clean up after a failure
    )
    try:
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists(), "the kiosk never started"

        wrapper.send_signal(signal.SIGTERM)
        _, stderr = wrapper.communicate(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(wrapper.pid, signal.SIGKILL)  # anything the wrapper left behind
        if wrapper.returncode is None:
            wrapper.communicate()

    assert wrapper.returncode == 0, stderr
    assert stopped.read_text(encoding="utf-8").strip() == "SIGTERM"
    assert list(runtime.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")
def test_the_cage_wrapper_fails_when_cage_itself_fails(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "cage").write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    (bin_dir / "cage").chmod(0o755)
    env = {"PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin", "XDG_RUNTIME_DIR": str(tmp_path)}

    done = subprocess.run(
        [str(PACKAGING / "linux" / "cage-kiosk.sh"), "/bin/true"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )

    assert done.returncode != 0
    assert "without the kiosk's exit status" in done.stderr


# -- macOS LaunchAgent ---------------------------------------------------------------------------


def test_the_launch_agent_starts_the_app_and_restarts_it_unless_it_exited_cleanly() -> None:
    info = _info_plist()
    bundle_id = info["CFBundleIdentifier"]
    path = PACKAGING / "macos" / f"{bundle_id}.plist"
    agent = plistlib.loads(path.read_bytes())

    assert agent["Label"] == bundle_id
    assert agent["AssociatedBundleIdentifiers"] == [bundle_id]
    app = f"{info['CFBundleName']}.app"
    spec = (PACKAGING / "kiosk.spec").read_text(encoding="utf-8")
    assert f'name="{app}"' in spec, "the .app the spec builds"
    assert agent["ProgramArguments"] == [
        f"/Applications/{app}/Contents/MacOS/{info['CFBundleExecutable']}"
    ]
    assert info["CFBundleExecutable"] == _bundle_executable()
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] == {"SuccessfulExit": False}
    assert agent["ThrottleInterval"] >= 10
    assert agent["LimitLoadToSessionType"] == "Aqua"


# -- Windows -------------------------------------------------------------------------------------


def _duration_seconds(value: str) -> int:
    """An XML duration such as ``PT1M``, ``PT30S``, ``PT0S``."""
    match = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", value)
    assert match is not None, f"unexpected duration {value!r}"
    days, hours, minutes, secs = (int(part or 0) for part in match.groups())
    return ((days * 24 + hours) * 60 + minutes) * 60 + secs


def test_the_task_runs_the_watchdog_at_the_kiosk_accounts_sign_in() -> None:
    task = ET.parse(PACKAGING / "windows" / "kiosk-task.xml").getroot()

    def text(path: str) -> str:
        found = task.find(path, TASK_NS)
        assert found is not None, path
        assert found.text is not None, path
        return found.text.strip()

    assert text("t:Triggers/t:LogonTrigger/t:UserId") == KIOSK_ACCOUNT
    assert text("t:Principals/t:Principal/t:UserId") == KIOSK_ACCOUNT
    assert text("t:Principals/t:Principal/t:LogonType") == "InteractiveToken"
    assert text("t:Principals/t:Principal/t:RunLevel") == "LeastPrivilege"
    # No time limit (the default, 3 days, would stop the kiosk) and normal priority.
    assert _duration_seconds(text("t:Settings/t:ExecutionTimeLimit")) == 0
    assert int(text("t:Settings/t:Priority")) <= 6
    assert _duration_seconds(text("t:Settings/t:RestartOnFailure/t:Interval")) >= 60
    assert 1 <= int(text("t:Settings/t:RestartOnFailure/t:Count")) <= 255
    assert text("t:Actions/t:Exec/t:Command").lower().endswith("powershell.exe")

    arguments = text("t:Actions/t:Exec/t:Arguments")
    script = re.search(r'-File "([^"]+)"', arguments)
    assert script is not None
    install_dir = PureWindowsPath("C:/Program Files") / _windows_install_dir()
    assert PureWindowsPath(script.group(1)) == install_dir / "kiosk-watchdog.ps1"
    assert PureWindowsPath(text("t:Actions/t:Exec/t:WorkingDirectory")) == install_dir


def test_the_watchdog_restarts_on_failure_only_and_slowly_on_status_2() -> None:
    script = (PACKAGING / "windows" / "kiosk-watchdog.ps1").read_text(encoding="utf-8")

    default = re.search(r"\$Kiosk = \(Join-Path \$env:ProgramFiles '([^']+)'\)", script)
    assert default is not None
    assert PureWindowsPath(default.group(1)) == PureWindowsPath(_windows_install_dir()) / (
        _windows_exe()
    )
    # Status 0 ends the loop; 2 waits Status2RetrySeconds; anything else restarts after a pause.
    blocks = dict(re.findall(r"    if \(\$code -eq (\d+)\) \{\n(.*?)\n    \}", script, re.S))
    assert set(blocks) == {"0", "2"}
    assert blocks["0"].strip().endswith("exit 0")
    assert "Start-Sleep -Seconds $Status2RetrySeconds" in blocks["2"]
    assert blocks["2"].strip().endswith("continue")
    retry = re.search(r"\[int\] \$Status2RetrySeconds = (\d+)", script)
    assert retry is not None
    assert int(retry.group(1)) >= 30
    assert re.search(r"\$delay = \[Math\]::Min\(\$delay \* 2, \$MaxDelaySeconds\)", script)


def test_shell_launcher_restarts_the_kiosk_except_after_status_0_and_2() -> None:
    script = (PACKAGING / "windows" / "shell-launcher.ps1").read_text(encoding="utf-8")

    default = re.search(r"\$Kiosk = \(Join-Path \$env:ProgramFiles '([^']+)'\)", script)
    assert default is not None
    assert PureWindowsPath(default.group(1)) == PureWindowsPath(_windows_install_dir()) / (
        _windows_exe()
    )
    assert "$RestartShell = 0" in script
    assert "$DoNothing = 3" in script
    call = re.search(r"-MethodName SetCustomShell -Arguments @\{(.*?)\n    \}", script, re.S)
    assert call is not None
    arguments = dict(re.findall(r"(\w+)\s*=\s*(.+)", call.group(1)))
    assert arguments["Sid"].strip() == "$kioskSid"
    assert arguments["CustomReturnCodes"].strip() == "[int[]] @(0, 2)"
    assert arguments["CustomReturnCodesAction"].strip() == "[int[]] @($DoNothing, $DoNothing)"
    assert arguments["DefaultAction"].strip() == "$RestartShell"
    assert "-MethodName SetEnabled -Arguments @{ Enabled = $true }" in script
    assert "root\\standardcimv2\\embedded" in script


def test_the_shell_launcher_v2_xml_matches_the_script() -> None:
    config = ET.parse(PACKAGING / "windows" / "shell-launcher-v2.xml").getroot()

    profiles = config.findall("s:Profiles/s:Profile", SHELL_LAUNCHER_NS)
    assert len(profiles) == 1
    profile = profiles[0]
    shell = profile.find("s:Shell", SHELL_LAUNCHER_NS)
    assert shell is not None
    assert PureWindowsPath(shell.attrib["Shell"]) == PureWindowsPath(
        "%ProgramFiles%", _windows_install_dir(), _windows_exe()
    )
    assert shell.attrib[f"{SHELL_LAUNCHER_V2}AppType"] == "Desktop"
    actions = {
        int(action.attrib["ReturnCode"]): action.attrib["Action"]
        for action in shell.findall("s:ReturnCodeActions/s:ReturnCodeAction", SHELL_LAUNCHER_NS)
    }
    assert actions == {0: "DoNothing", 2: "DoNothing"}
    default = shell.find("s:DefaultAction", SHELL_LAUNCHER_NS)
    assert default is not None
    assert default.attrib["Action"] == "RestartShell"

    config_entry = config.find("s:Configs/s:Config", SHELL_LAUNCHER_NS)
    assert config_entry is not None
    account = config_entry.find("s:Account", SHELL_LAUNCHER_NS)
    assigned = config_entry.find("s:Profile", SHELL_LAUNCHER_NS)
    assert account is not None
    assert account.attrib["Name"] == KIOSK_ACCOUNT
    assert assigned is not None
    assert assigned.attrib["Id"] == profile.attrib["Id"]


# -- the guide ---------------------------------------------------------------------------------

_TOP_LEVEL = {p.name for p in ROOT.iterdir() if not p.name.startswith(".")} - {"dist", "build"}
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.M | re.S)
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"\]\(([^)#\s]+)\)")
_PATH = re.compile(r"(?<![\w/.~%-])((?:[\w.-]+/)+[\w.-]+)")


def _repository_paths(markdown: str) -> set[str]:
    """Paths inside the repository that the text mentions (in code, code blocks or links)."""
    candidates = [m.group(1) for m in _LINK.finditer(markdown)]
    code = [m.group(1) for m in _FENCE.finditer(markdown)]
    code += [m.group(1) for m in _CODE_SPAN.finditer(_FENCE.sub("", markdown))]
    for text in code:
        candidates += [m.group(1) for m in _PATH.finditer(text)]
    return {path for path in candidates if path.split("/", 1)[0] in _TOP_LEVEL}


def test_every_repository_path_in_the_guide_exists() -> None:
    markdown = DEPLOYMENT_DOC.read_text(encoding="utf-8")
    mentioned = _repository_paths(markdown)

    assert {"packaging/windows/kiosk.iss", "packaging/macos/Info.plist"} <= mentioned
    missing = sorted(path for path in mentioned if not (ROOT / path).exists())
    assert missing == []


def test_the_guide_explains_every_deployment_file_and_the_readme_links_it() -> None:
    markdown = DEPLOYMENT_DOC.read_text(encoding="utf-8")
    mentioned = _repository_paths(markdown)
    files = [
        "packaging/linux/qminder-kiosk.service",
        "packaging/linux/cage-kiosk.service",
        "packaging/linux/cage-kiosk.sh",
        f"packaging/macos/{_info_plist()['CFBundleIdentifier']}.plist",
        "packaging/windows/kiosk-task.xml",
        "packaging/windows/kiosk-watchdog.ps1",
        "packaging/windows/shell-launcher.ps1",
        "packaging/windows/shell-launcher-v2.xml",
    ]

    assert [f for f in files if f not in mentioned] == []
    assert "(docs/deployment.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
