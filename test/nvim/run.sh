#!/usr/bin/env bash
# Runs the language server under headless Neovim (Debian's 0.7) with test/nvim/lsp-test.lua.
#
#   bash test/nvim/run.sh            the cases listed below (ProfileXML and log files from test/e2e/workspace, with
#                                    test/nvim/lsp-test.lua, and the documented user configuration init-0.7.lua);
#                                    AOVPN_E2E_FEATURES=0 switches off the feature assertions (diagnostic, hover, fix)
#   bash test/nvim/run.sh FILE...    ad-hoc: each FILE with the expectations in the environment
#                                    (EXPECT_DIAG, HOVER_AT, EXPECT_HOVER, EXPECT_ACTION, APPLY_ACTION, EXPECT_AFTER;
#                                    see lsp-test.lua)
# Needs dist/server.js (`node esbuild.mjs`) and nvim. Neovim's own files (lsp.log, shada, swap) go to a temp dir.
# Prints each case's output; on failure also the tail of Neovim's lsp.log. Exit code 0 only if every case passed.
set -uo pipefail
cd "$(dirname "$0")/../.."

command -v nvim >/dev/null || { echo "nvim: not installed (apt-get install -y neovim)"; exit 1; }
export AOVPN_SERVER=${AOVPN_SERVER:-dist/server.js}
[ -f "$AOVPN_SERVER" ] || { echo "nvim: $AOVPN_SERVER is missing (run: node esbuild.mjs)"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# report_case NAME RC HOME START FILE [VAR=VALUE...]: prints the case's output and counts it as passed or failed
report_case() {
  local name=$1 rc=$2 home=$3 start=$4 file=$5
  shift 5
  awk '{ print "    " $0 }' "$home/out.txt"
  if [ "$rc" = 0 ] && grep -qx 'OK' "$home/out.txt"; then
    pass=$((pass + 1))
    echo "nvim: PASS $name ($((SECONDS - start))s)"
  else
    fail=$((fail + 1))
    [ "$rc" = 124 ] && echo "    (killed by timeout after 60 s)"
    echo "nvim: FAIL $name (exit $rc) — $file ${*:-}"
    local log
    log=$(find "$home" -name 'lsp.log' 2>/dev/null | head -1)
    if [ -n "$log" ]; then echo "    -- lsp.log (tail) --"; tail -20 "$log" | sed 's/^/    /'; fi
  fi
}

# run_case NAME FILE [VAR=VALUE...]
run_case() {
  local name=$1 file=$2
  shift 2
  local home="$tmp/$name" start=$SECONDS
  mkdir -p "$home"
  env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    XDG_STATE_HOME="$home/state" "$@" \
    timeout 60 nvim --headless --clean -i NONE -n -c 'luafile test/nvim/lsp-test.lua' "$file" > "$home/out.txt" 2>&1
  report_case "$name" $? "$home" "$start" "$file" "$@"
}

# run_config_case NAME FILE [VAR=VALUE...]: Neovim started with the documented user configuration
# (test/nvim/init-0.7.lua, which runs `aovpn-language-server --stdio` from PATH, as after `npm install -g`),
# checked by test/nvim/user-config-check.lua.
run_config_case() {
  local name=$1 file=$2
  shift 2
  local home="$tmp/$name" start=$SECONDS
  mkdir -p "$home/bin"
  # what npm does for package.json "bin" on install: a link on PATH to the script, made executable
  ln -sf "$PWD/$AOVPN_SERVER" "$home/bin/aovpn-language-server"
  chmod +x "$AOVPN_SERVER"
  env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    XDG_STATE_HOME="$home/state" PATH="$home/bin:$PATH" "$@" \
    timeout 60 nvim --headless -i NONE -n -u test/nvim/init-0.7.lua -c 'luafile test/nvim/user-config-check.lua' "$file" \
    > "$home/out.txt" 2>&1
  report_case "$name" $? "$home" "$start" "$file" "$@"
}

if [ $# -gt 0 ]; then
  for f in "$@"; do run_case "$(basename "$f")" "$f"; done
else
  WS=test/e2e/workspace
  if [ "${AOVPN_E2E_FEATURES:-1}" != 0 ]; then
    # Feature assertions: the finding (rule ID), the hover and the quick fix, applied in the buffer.
    run_case profile-alwayson "$WS/profiles/user-alwayson-broken.xml" \
      EXPECT_DIAG=profile/lowercase-true-required HOVER_AT='<AlwaysOn>' EXPECT_HOVER='AlwaysOn' \
      EXPECT_ACTION='lowercase' APPLY_ACTION=1 EXPECT_AFTER='<AlwaysOn>true</AlwaysOn>'
    run_case profile-device-forcetunnel "$WS/profiles/device-tunnel-forcetunnel.xml" \
      EXPECT_DIAG=profile/device-tunnel-force-tunnel HOVER_AT='ForceTunnel' EXPECT_HOVER='ForceTunnel' \
      EXPECT_ACTION='SplitTunnel' APPLY_ACTION=1 EXPECT_AFTER='<RoutingPolicyType>SplitTunnel</RoutingPolicyType>'
  else
    # Mechanics only: the server starts, initialize succeeds, the document is opened, shutdown/exit is clean;
    # whatever the server sends is printed.
    run_case profile-alwayson "$WS/profiles/user-alwayson-broken.xml"
    run_case profile-device-forcetunnel "$WS/profiles/device-tunnel-forcetunnel.xml"
  fi
  if [ "${AOVPN_E2E_FEATURES:-1}" != 0 ]; then
    # Error codes where they appear: event text exported from Event Viewer, and an NPS database-format log.
    run_case log-rasclient-853 "$WS/logs/rasclient-853.log" \
      HOVER_AT='853' EXPECT_HOVER='ERROR_EAP_USER_CERT_INVALID'
    run_case log-nps-event-258 "$WS/logs/nps-6273-reason-258.log" \
      HOVER_AT='258' EXPECT_HOVER='revocation'
    run_case log-nps-database-258 "$WS/logs/IN2503.log" \
      HOVER_AT=',258,' EXPECT_HOVER='Reason-Code'
    # The configuration documented for users (test/e2e/README.md), on a profile and on a log.
    run_config_case user-config-profile "$WS/profiles/user-alwayson-broken.xml" \
      EXPECT_DIAG=profile/lowercase-true-required HOVER_AT='<AlwaysOn>' EXPECT_HOVER='AlwaysOn'
    run_config_case user-config-log "$WS/logs/rasclient-853.log" \
      HOVER_AT='853' EXPECT_HOVER='ERROR_EAP_USER_CERT_INVALID'
  else
    run_case log-rasclient-853 "$WS/logs/rasclient-853.log"
    run_case log-nps-event-258 "$WS/logs/nps-6273-reason-258.log"
  fi
fi

echo "nvim: $pass passed, $fail failed"
[ "$fail" = 0 ]
