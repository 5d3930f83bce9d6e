#!/usr/bin/env bash
# Copies the README screenshots from the last UI test run (test-results/ui/, see ui-smoke.js) to images/,
# optimised with pngquant (apt-get install pngquant) when it is installed. Run the UI test first:
#   npm run package && node test/e2e/ui/ui-smoke.js && bash test/e2e/ui/update-readme-images.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
SRC=${UI_ARTIFACTS:-test-results/ui}
mkdir -p images
# README name            <- UI test screenshot
pairs=(
  "profile-hover.png        03-hover.png"
  "quick-fix.png            04-quickfix-menu.png"
  "certificate-viewer.png   07-certificate.png"
  "log-error-code-hover.png 06-log.png"
  "new-profile.png          09-new-profile-picker.png"
  "explain-panel.png        11-explain.png"
)
for pair in "${pairs[@]}"; do
  read -r dest src <<< "$pair"
  [ -f "$SRC/$src" ] || { echo "missing $SRC/$src: run the UI test first" >&2; exit 1; }
  if command -v pngquant > /dev/null; then
    pngquant --quality=80-95 --speed 1 --strip --force --output "images/$dest" "$SRC/$src"
  else
    cp "$SRC/$src" "images/$dest"
  fi
  echo "images/$dest  $(du -k "images/$dest" | cut -f1) KiB"
done
