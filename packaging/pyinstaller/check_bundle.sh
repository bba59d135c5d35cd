#!/usr/bin/env bash
# Check a Linux one-folder bundle (`make bundle`): `make check-bundle` runs this after building it.
#   packaging/pyinstaller/check_bundle.sh [dist/reklamera]
# 1. --self-test offscreen: builds the wizard, walks every page, writes a letter and reads it back;
# 2. --quit-after-startup on a real X11 display (Xvfb), with the xcb platform plugin the desktop uses;
# 3. every library in the bundle finds what it links against (in the bundle or on the system);
# 4. the size: at most BUNDLE_BUDGET_MB (default 150, DESIGN.md "Performance budgets"), MB = 1 000 000 bytes.
# Installs Xvfb when it is missing and this runs as root (Debian); prints the apt-get line otherwise.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUNDLE=${1:-$ROOT/dist/reklamera}
BUDGET_MB=${BUNDLE_BUDGET_MB:-150}
say() { printf 'check-bundle: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
[ -x "$BUNDLE/reklamera" ] || fail "no bundle at $BUNDLE (make bundle)"

start=$EPOCHREALTIME
out=$(QT_QPA_PLATFORM=offscreen timeout 300 "$BUNDLE/reklamera" --self-test 2>&1) || { echo "$out" >&2; fail "--self-test"; }
grep -q "self-test ok" <<<"$out" || { echo "$out" >&2; fail "--self-test did not say 'self-test ok'"; }
say "$out ($(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s)"

if ! command -v Xvfb >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing xvfb"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb >/dev/null
    else
        fail "Xvfb is missing: sudo apt-get update && sudo apt-get install -y --no-install-recommends xvfb"
    fi
fi
display_file=$(mktemp)
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x1024x24 3>"$display_file" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; wait $xvfb 2>/dev/null || true; rm -f "$display_file"' EXIT
for _ in $(seq 100); do [ -s "$display_file" ] && break; sleep 0.1; done
[ -s "$display_file" ] || fail "Xvfb did not start"
log=$(DISPLAY=":$(tr -d '[:space:]' <"$display_file")" QT_QPA_PLATFORM=xcb QT_DEBUG_PLUGINS=1 \
      timeout 120 "$BUNDLE/reklamera" --quit-after-startup 2>&1) || { echo "$log" | tail -20 >&2; fail "--quit-after-startup on X11"; }
grep -q 'platforms/libqxcb.so" loaded library' <<<"$log" || { echo "$log" | tail -20 >&2; fail "the xcb platform plugin did not load"; }
say "first page painted on X11 (xcb plugin loaded from the bundle)"

# Every bundled library resolves its dependencies: from the bundle first (as the bootloader sets it up), then
# from the system. A library that is "not found" would fail to load at run time.
missing=$(find "$BUNDLE/_internal" -name '*.so*' -type f -print0 \
    | LD_LIBRARY_PATH="$BUNDLE/_internal:$BUNDLE/_internal/PySide6/Qt/lib" xargs -0 ldd 2>/dev/null \
    | grep 'not found' | sort -u || true)
[ -z "$missing" ] || { echo "$missing" >&2; fail "bundled libraries link against libraries that are missing"; }
say "every bundled library finds what it links against"

bytes=$(du -sb "$BUNDLE" | cut -f1)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1000000 }')
[ "$bytes" -le $((BUDGET_MB * 1000000)) ] || fail "the bundle is $mb MB, over the budget of $BUDGET_MB MB"
say "bundle size $mb MB (budget $BUDGET_MB MB): ok"
