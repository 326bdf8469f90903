#!/usr/bin/env bash
# Notarise a signed .dmg with Apple and staple the ticket to it, so Gatekeeper opens the app
# without a network check or a warning. macOS only (Xcode command-line tools).
#
#   packaging/macos/notarize.sh dist/QminderKiosk-0.1.0-macos-arm64.dmg
#
# Credentials, either:
#   KIOSK_NOTARY_PROFILE  a keychain profile made once with
#                         xcrun notarytool store-credentials "kiosk-notary" \
#                           --apple-id "release@example.org" --team-id "TEAMID1234" \
#                           --password "<app-specific password>"
# or (CI) an App Store Connect API key:
#   KIOSK_NOTARY_KEY (path to the AuthKey_XXXXXXXXXX.p8 file), KIOSK_NOTARY_KEY_ID, KIOSK_NOTARY_ISSUER
set -euo pipefail

dmg=${1:?usage: $0 <signed.dmg>}
if [[ -n "${KIOSK_NOTARY_PROFILE:-}" ]]; then
  credentials=(--keychain-profile "$KIOSK_NOTARY_PROFILE")
else
  credentials=(--key "${KIOSK_NOTARY_KEY:?set KIOSK_NOTARY_PROFILE or KIOSK_NOTARY_KEY}"
    --key-id "${KIOSK_NOTARY_KEY_ID:?}" --issuer "${KIOSK_NOTARY_ISSUER:?}")
fi

xcrun notarytool submit "$dmg" "${credentials[@]}" --wait --timeout 30m
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
# Gatekeeper's own verdict on the app inside, as a user's Mac will judge it.
mount=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$mount" "$dmg" >/dev/null
trap 'hdiutil detach "$mount" >/dev/null' EXIT
spctl --assess --type execute --verbose=2 "$mount/Qminder Kiosk.app"
