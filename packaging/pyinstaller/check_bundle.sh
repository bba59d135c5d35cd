#!/usr/bin/env bash
# Check a Linux one-folder bundle (`make bundle`): `make check-bundle` runs this after building it.
#   packaging/pyinstaller/check_bundle.sh [dist/reklamera]
# 1. --self-test offscreen: builds the wizard, walks every page, writes a letter and reads it back;
# 2. --quit-after-startup on a real X11 display (Xvfb), with the xcb platform plugin the desktop uses;
# 3. a PDF letter (ReportLab, Carlito embedded) and the office register on SQLite, and on PostgreSQL through
#    the system's libpq when a PostgreSQL server (Debian's postgresql, as `make test` installs) is there;
# 4. every library in the bundle finds what it links against (in the bundle or on the system);
# 5. the size: at most BUNDLE_BUDGET_MB (default 150, DESIGN.md "Performance budgets"), MB = 1 000 000 bytes.
# Installs Xvfb when it is missing and this runs as root (Debian); prints the apt-get line otherwise.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUNDLE=${1:-$ROOT/dist/reklamera}
BUDGET_MB=${BUNDLE_BUDGET_MB:-150}
say() { printf 'check-bundle: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
[ -x "$BUNDLE/reklamera" ] || fail "no bundle at $BUNDLE (make bundle)"
BUNDLE=$(cd "$BUNDLE" && pwd)

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

# What the self-test does not walk: a PDF letter, and the register on both databases.
scratch=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; wait $xvfb 2>/dev/null || true; rm -rf "$display_file" "$scratch"' EXIT
"$BUNDLE/reklamera" letter "$ROOT/src/reklamera/samples/sample.reklamera" -o "$scratch/letter.pdf" --today 2026-10-20 \
    || fail "a PDF letter"
head -c 5 "$scratch/letter.pdf" | grep -q '%PDF-' && grep -aq 'Carlito' "$scratch/letter.pdf" \
    || fail "the PDF letter is no PDF or has not embedded Carlito"
say "PDF letter written ($(stat -c %s "$scratch/letter.pdf") bytes, Carlito embedded)"
printf '[register]\nenabled = true\n' >"$scratch/site.toml"
for action in list stats; do
    HOME=$scratch XDG_DATA_HOME=$scratch/data REKLAMERA_SITE_CONFIG=$scratch/site.toml \
        "$BUNDLE/reklamera" register "$action" --json >"$scratch/register.json" || fail "register $action on SQLite"
done
say "register on SQLite: list and stats"
if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && ldconfig -p | grep -q 'libpq\.so\.5 '; then
    # A throw-away cluster (the test suite's own helper); the bundle reaches it through the system's libpq.
    (cd "$ROOT" && .venv/bin/python - "$BUNDLE" "$scratch") <<'EOF' || fail "register on PostgreSQL"
import os, subprocess, sys
from pathlib import Path
sys.path.insert(0, "tests/register")
from pgcluster import cluster
bundle, scratch = Path(sys.argv[1]), Path(sys.argv[2])
with cluster() as url:
    site = scratch / "pg-site.toml"
    site.write_text(f'[register]\nenabled = true\nurl = "{url}"\n', encoding="utf-8")
    env = {**os.environ, "REKLAMERA_SITE_CONFIG": str(site), "HOME": str(scratch), "XDG_DATA_HOME": str(scratch)}
    for action in ("list", "stats"):
        result = subprocess.run([str(bundle / "reklamera"), "register", action, "--json"], env=env,
                                capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            sys.exit(f"register {action}: {result.stderr.strip()}")
EOF
    say "register on PostgreSQL (system libpq): list and stats"
else
    say "register on PostgreSQL skipped: no PostgreSQL server or no libpq5 here (make test installs them)"
fi

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
