#!/usr/bin/env bash
# Set up everything `make run` and `make test` need; safe to run again (it only does what is missing).
#   scripts/bootstrap.sh run    system libraries for the app, the virtual environment, the package
#   scripts/bootstrap.sh test   the same plus what the test suite needs (LibreOffice, fonts, desktop validators)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
venv=.venv

say() { printf 'reklamera setup: %s\n' "$*" >&2; }

# --- system packages (Debian/Ubuntu) -----------------------------------------------------------
# Qt's xcb platform plugin and the OpenGL/fontconfig libraries PySide6 links against.
runtime_pkgs=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
              libxcb-randr0 libxcb-render-util0 libxcb-image0 libgl1 libegl1 libfontconfig1 libdbus-1-3)
test_pkgs=()
if [ "$mode" = test ]; then
    # LibreOffice renders letters the way a recipient would; the fonts give Word-like metrics.
    # The desktop-file and AppStream validators check the Linux integration files; PostgreSQL runs a
    # throw-away cluster for the office register tests.
    test_pkgs=(libreoffice-writer-nogui fonts-liberation2 fonts-crosextra-carlito poppler-utils
               desktop-file-utils appstream postgresql)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${runtime_pkgs[@]}" "${test_pkgs[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
else
    say "not a Debian/Ubuntu system: make sure the Qt runtime libraries are installed (see README.md)"
fi

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
python=""
for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then python=$candidate; break; fi
done
if [ -z "$python" ]; then
    missing+=(python3.11 python3.11-venv)
    python=python3.11
elif [ ! -x "$venv/bin/python" ] && ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    missing+=("$("$python" -c 'import sys; print("python%d.%d-venv" % sys.version_info[:2])')")
fi

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        say "these system packages are missing; install them and run this again:"
        printf '  sudo apt-get install %s\n' "${missing[*]}" >&2
        exit 1
    fi
fi

# --- virtual environment and the package -------------------------------------------------------
if [ ! -x "$venv/bin/python" ]; then
    say "creating $venv with $python"
    "$python" -m venv "$venv"
fi
stamp=$venv/.installed-$mode
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "installing reklamera into $venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    if [ "$mode" = test ]; then extra='.[test]'; else extra='.'; fi
    "$venv/bin/python" -m pip install -q -e "$extra"
    touch "$stamp"
fi
# Compiled translations (.mo) are built, never committed; only catalogs that changed are rebuilt.
"$venv/bin/python" -m reklamera.catalogs
