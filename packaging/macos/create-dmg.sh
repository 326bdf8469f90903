#!/usr/bin/env bash
# Pack the .app into a compressed disk image with an Applications shortcut, for drag-and-drop
# installation. macOS only (hdiutil, ditto).
#
#   packaging/macos/create-dmg.sh "dist/Qminder Kiosk.app" dist/QminderKiosk-0.1.0-macos-arm64.dmg
#
# With KIOSK_CODESIGN_IDENTITY set (a "Developer ID Application: ..." identity in the keychain)
# the image is signed too; notarise it afterwards (packaging/macos/notarize.sh).
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <path/to/App.app> <output.dmg>" >&2
  exit 2
fi
app=$1
dmg=$2
[[ -d "$app/Contents/MacOS" ]] || { echo "not an app bundle: $app" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signatures intact.
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"

rm -f "$dmg"
hdiutil create -volname "Qminder Kiosk" -srcfolder "$stage" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 "$dmg"

if [[ -n "${KIOSK_CODESIGN_IDENTITY:-}" ]]; then
  codesign --sign "$KIOSK_CODESIGN_IDENTITY" --timestamp "$dmg"
fi
hdiutil verify "$dmg"
echo "wrote $dmg"
