#!/bin/sh
# Runs the kiosk inside cage (a Wayland kiosk compositor) and exits with the kiosk's own exit
# status, so that systemd's Restart=on-failure can tell a crash (non-zero) from an
# administrator closing the kiosk (0). cage 0.1.x exits 0 whatever its application did.
#
#   cage-kiosk /opt/qminder-kiosk/kiosk [kiosk options...]
#
# Used by packaging/linux/cage-kiosk.service (installed as /usr/local/bin/cage-kiosk).
set -u

if [ "$#" -lt 1 ]; then
    echo "usage: cage-kiosk /path/to/kiosk [options...]" >&2
    exit 64
fi

status_dir=${XDG_RUNTIME_DIR:-${TMPDIR:-/tmp}}
KIOSK_EXIT_FILE=$(mktemp "$status_dir/cage-kiosk.XXXXXX") || exit 70
export KIOSK_EXIT_FILE
trap 'rm -f "$KIOSK_EXIT_FILE"' EXIT

# -d: no client-side window decorations. Without -s, cage blocks switching to another
# virtual terminal (Ctrl+Alt+F1...F12) while the kiosk runs.
cage -d -- /bin/sh -c '"$@"; echo "$?" > "$KIOSK_EXIT_FILE"' cage-kiosk "$@"
cage_status=$?

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
