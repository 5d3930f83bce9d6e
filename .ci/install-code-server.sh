#!/usr/bin/env bash
# Installs code-server (the VS Code 1.100.3 server and web workbench) from the npm registry into DEST,
# without any of the downloads its own install scripts would make outside npm (GitHub release assets for
# ripgrep, argon2 and kerberos prebuilt binaries).
#
#   usage: .ci/install-code-server.sh DEST        (DEST must be empty or absent)
#   env:   CS_VERSION   code-server version (default 4.100.3; the last one whose engine is node 20)
#          RG_PKG       npm package that carries a linux x64 ripgrep binary (default @vscode/ripgrep-linux-x64@1.18.0)
#   needs: node 20 + npm, g++, make, python3, and the Debian package libkrb5-dev (gssapi headers for kerberos)
#
# Why not just `npm i code-server`: its postinstall (1) refuses to run as root unless npm_config_unsafe_perm=true,
# (2) installs lib/vscode whose @vscode/ripgrep postinstall fetches rg from GitHub, and (3) lets node-pty run
# `npx node-gyp`, which this machine's npmrc (yes=false) cancels. So we do by hand what postinstall.sh does.
# On success the last line is the `code-server --version` output and DEST/.install-ok exists (version + node ABI).
set -euo pipefail

DEST=${1:?usage: install-code-server.sh DEST}
CS_VERSION=${CS_VERSION:-4.100.3}
RG_PKG=${RG_PKG:-@vscode/ripgrep-linux-x64@1.18.0}

step() { printf '\n== install-code-server: %s (%ss)\n' "$*" "$SECONDS"; }
die() { echo "install-code-server: ERROR: $*" >&2; exit 1; }

node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" = 20 ] || die "code-server $CS_VERSION needs node 20, found $(node -v)"
[ "$(uname -sm)" = "Linux x86_64" ] || die "only linux x86_64 is supported (rg comes from $RG_PKG)"
for tool in g++ make python3; do command -v "$tool" >/dev/null || die "missing build tool: $tool"; done
[ -e /usr/include/gssapi/gssapi.h ] || die "missing gssapi headers: apt-get install -y libkrb5-dev"
if [ -e "$DEST" ] && [ -n "$(ls -A "$DEST" 2>/dev/null)" ]; then die "$DEST exists and is not empty"; fi

mkdir -p "$DEST"
DEST=$(cd "$DEST" && pwd)
# Native builds must not try to download prebuilt binaries (GitHub is unreachable); node-pty's install script
# runs `npx node-gyp`, which needs npx to be allowed to fetch node-gyp from the registry.
export npm_config_yes=true npm_config_build_from_source=true
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export JOBS=max # node-gyp: make -j<cores>
NPM_QUIET=(--no-audit --no-fund --loglevel=warn)

step "npm install code-server@$CS_VERSION (scripts skipped)"
cd "$DEST"
printf '{ "name": "aovpn-ci-code-server", "private": true }\n' > package.json
npm install "${NPM_QUIET[@]}" --ignore-scripts --save-exact "code-server@$CS_VERSION"
CS_ROOT="$DEST/node_modules/code-server"

step "build argon2 from source"
npm rebuild "${NPM_QUIET[@]}" argon2

step "install lib/vscode production dependencies (scripts skipped)"
cd "$CS_ROOT/lib/vscode"
npm install "${NPM_QUIET[@]}" --omit=dev --ignore-scripts

step "ripgrep binary from $RG_PKG"
# @vscode/ripgrep looks for bin/rg beside its package.json; we never run its downloading postinstall.
rg_dir=node_modules/@vscode/ripgrep/bin
mkdir -p "$rg_dir"
scratch=$(mktemp -d)
tarball=$(npm pack --silent --pack-destination "$scratch" "$RG_PKG")
tar -xzf "$scratch/$tarball" -C "$scratch"
install -m 0755 "$scratch/package/bin/rg" "$rg_dir/rg"
rm -rf "$scratch"
"$rg_dir/rg" --version | head -1

step "build native modules for linux (node-pty, spdlog, parcel watcher, kerberos, native-watchdog, deviceid)"
npm rebuild "${NPM_QUIET[@]}" node-pty @vscode/spdlog @parcel/watcher kerberos native-watchdog @vscode/deviceid

step "links that postinstall.sh would make"
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh

step "built-in extensions' shared dependencies"
cd extensions
npm install "${NPM_QUIET[@]}" --omit=dev

step "check"
cd "$DEST"
check_home=$(mktemp -d)
version=$(HOME="$check_home" XDG_CONFIG_HOME="$check_home" XDG_DATA_HOME="$check_home" XDG_CACHE_HOME="$check_home" \
  node_modules/.bin/code-server --version | tail -n 1)
rm -rf "$check_home"
case "$version" in "$CS_VERSION "*) ;; *) die "unexpected code-server --version output: $version" ;; esac
# native modules load (a broken build otherwise shows up later as a dead terminal or file watcher)
(cd "$CS_ROOT/lib/vscode" && node -e '
  for (const m of ["node-pty", "@vscode/spdlog", "@parcel/watcher", "kerberos", "native-watchdog"]) require(m);')
# the marker records the node ABI too: native modules built for another node ABI must be rebuilt
printf '%s node-abi=%s\n' "$version" "$(node -p process.versions.modules)" > "$DEST/.install-ok"
echo "$version"
