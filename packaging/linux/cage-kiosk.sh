#!/bin/sh
# Runs the kiosk inside cage (a Wayland kiosk compositor) and exits with the kiosk's own exit
# status, so that systemd's Restart=on-failure can tell a crash (non-zero) from an
# administrator closing the kiosk (0). cage 0.1.x exits 0 whatever its application did.
#
#   cage-kiosk /opt/qminder-kiosk/kiosk [kiosk options...]
#
# Used by packaging/linux/cage-kiosk.service (installed as /usr/local/bin/cage-kiosk), whose
# KillMode=mixed sends SIGTERM to this script alone: it passes the signal to the kiosk, which
# stops cleanly while cage still shows it, and cage ends after it. (Stopping cage first would
# pull the screen from under the kiosk.)
set -u

if [ "$#" -lt 1 ]; then
    echo "usage: cage-kiosk /path/to/kiosk [options...]" >&2
    exit 64
fi

state_dir=$(mktemp -d "${XDG_RUNTIME_DIR:-${TMPDIR:-/tmp}}/cage-kiosk.XXXXXX") || exit 70
KIOSK_PID_FILE=$state_dir/pid
KIOSK_EXIT_FILE=$state_dir/status
export KIOSK_PID_FILE KIOSK_EXIT_FILE
trap 'rm -rf "$state_dir"' EXIT

stop_kiosk() {
    kiosk_pid=$(cat "$KIOSK_PID_FILE" 2>/dev/null)
    if [ -n "$kiosk_pid" ]; then
        kill -TERM "$kiosk_pid" 2>/dev/null
    else
        kill -TERM "$cage_pid" 2>/dev/null
    fi
}

# -d: no client-side window decorations. Without -s, cage blocks switching to another
# virtual terminal (Ctrl+Alt+F1...F12) while the kiosk runs. Inside cage a small shell starts
# the kiosk, notes its process id, waits for it and writes down how it ended.
cage -d -- /bin/sh -c '"$@" & echo "$!" > "$KIOSK_PID_FILE"; wait "$!"; echo "$?" > "$KIOSK_EXIT_FILE"' \
    cage-kiosk "$@" &
cage_pid=$!
trap stop_kiosk TERM INT HUP

# `wait` returns early when a signal arrives; wait again until cage has really ended.
while :; do
    wait "$cage_pid"
    cage_status=$?
    kill -0 "$cage_pid" 2>/dev/null || break
done

kiosk_status=$(cat "$KIOSK_EXIT_FILE" 2>/dev/null)
if [ -n "$kiosk_status" ]; then
    exit "$kiosk_status"
fi
# The kiosk never finished (cage could not start, or was killed): a failure.
echo "cage-kiosk: cage exited ($cage_status) without the kiosk's exit status" >&2
if [ "$cage_status" -ne 0 ]; then
    exit "$cage_status"
fi
exit 1
