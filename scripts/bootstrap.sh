#!/usr/bin/env bash
# Set up everything `make run` and `make test` need; safe to run again (it only does what is missing).
#   scripts/bootstrap.sh run    system libraries for the app, the virtual environment, the package
#   scripts/bootstrap.sh test   the same plus what the test suite needs (LibreOffice, fonts, validators, PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
venv=.venv

say() { printf 'reklamera setup: %s\n' "$*" >&2; }

# --- system packages (Debian/Ubuntu) -----------------------------------------------------------
# "a|b": the same library under two names. Debian 13 and Ubuntu 24.04 renamed some for the 64-bit time_t
# transition (libglib2.0-0 -> libglib2.0-0t64); the first name that apt has a candidate for is installed.
# What PySide6's QtCore/QtGui/QtWidgets/QtPrintSupport/QtSvg and the xcb and offscreen plugins link against
# on a minimal Debian (checked with ldd by scripts/check-pristine.sh), a sans-serif UI font (without one,
# fontconfig may pick a monospace font for "Sans Serif") and the printing library.
runtime_pkgs=("libglib2.0-0|libglib2.0-0t64" "libcups2|libcups2t64" libgl1 libegl1 libopengl0
              libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1
              libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
              libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libwayland-client0 libwayland-cursor0
              libwayland-egl1 fonts-dejavu-core)
test_pkgs=()
if [ "$mode" = test ]; then
    # LibreOffice renders letters the way a recipient would; the fonts give Word-like metrics. The desktop-file
    # and AppStream validators check the Linux integration files; PostgreSQL's programs run a throw-away
    # cluster for the register tests (no system cluster is created, see below); Xvfb gives real windows. The
    # AT-SPI test reads the wizard as a screen reader does: the accessibility bus and registry (at-spi2-core), a
    # private D-Bus session (dbus-x11 brings dbus-run-session and the session daemon) and Debian's pyatspi, which
    # the system's own python3 imports (the same names on Debian 12 and 13: none of them is a t64 library).
    test_pkgs=(libreoffice-writer-nogui fonts-liberation2 fonts-crosextra-carlito poppler-utils
               desktop-file-utils appstream postgresql xvfb xauth at-spi2-core dbus-x11 python3-pyatspi)
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
has_candidate() {
    local candidate
    candidate=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')
    [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}
t64_release() {  # without package lists (a fresh container): Debian 13+ and Ubuntu 24.04+ use the t64 names
    local ID="" VERSION_ID=""
    # shellcheck disable=SC1091
    [ -r /etc/os-release ] && . /etc/os-release
    case "$ID:${VERSION_ID%%.*}" in debian:1[3-9] | ubuntu:2[4-9]) return 0 ;; esac
    return 1
}
# The package to install for "a|b" (nothing when one of them is installed already).
resolve() {
    local names name
    IFS='|' read -ra names <<<"$1"
    for name in "${names[@]}"; do installed "$name" && return 0; done
    for name in "${names[@]}"; do has_candidate "$name" && { echo "$name"; return 0; }; done
    if [ ${#names[@]} -gt 1 ] && t64_release; then echo "${names[1]}"; else echo "${names[0]}"; fi
}

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
python=""
for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then python=$candidate; break; fi
done
wanted=("${runtime_pkgs[@]}" "${test_pkgs[@]}")
if [ -z "$python" ]; then
    wanted+=(python3 python3-venv)
    python=python3
elif [ ! -x "$venv/bin/python" ] && ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    wanted+=("$("$python" -c 'import sys; print("python%d.%d-venv" % sys.version_info[:2])')")
fi

if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for entry in "${wanted[@]}"; do
        IFS='|' read -ra names <<<"$entry"
        found=""
        for name in "${names[@]}"; do installed "$name" && found=1 && break; done
        [ -n "$found" ] || missing+=("$entry")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq
            packages=()
            for entry in "${missing[@]}"; do packages+=("$(resolve "$entry")"); done
            say "installing ${packages[*]}"
            # The tests run their own PostgreSQL cluster: installing the server must not create and start the
            # system's main cluster (a permanent service on port 5432). The switch is removed again afterwards.
            nocluster=/etc/postgresql-common/createcluster.d/zz-reklamera-setup.conf
            if [[ " ${packages[*]} " == *" postgresql "* ]]; then
                mkdir -p "${nocluster%/*}"
                echo "create_main_cluster = false" >"$nocluster"
            fi
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
            if [ -f "$nocluster" ]; then
                rm -f "$nocluster"
                # ... and the service the package enables for booting (a no-op without clusters) is disabled.
                if [ -d /run/systemd/system ]; then
                    systemctl disable --now postgresql.service >/dev/null 2>&1 || true
                elif command -v deb-systemd-helper >/dev/null 2>&1; then  # it only acts "from dpkg"
                    DPKG_MAINTSCRIPT_PACKAGE=postgresql-common deb-systemd-helper disable postgresql.service \
                        >/dev/null 2>&1 || true
                fi
            fi
        else
            packages=()
            for entry in "${missing[@]}"; do packages+=("$(resolve "$entry")"); done
            command="apt-get update && apt-get install -y --no-install-recommends ${packages[*]}"
            say "these system packages are missing (about 180 MB for the tests, less for the app alone)."
            say "Install them as root, then run the same make command again:"
            if command -v sudo >/dev/null 2>&1; then
                printf "  sudo sh -c '%s'\n" "$command" >&2
            else
                printf "  su -c '%s'\n" "$command" >&2
            fi
            exit 1
        fi
    fi
else
    say "not a Debian/Ubuntu system: make sure Qt's runtime libraries are installed (see README.md)"
fi

# --- virtual environment and the package -------------------------------------------------------
if [ ! -x "$venv/bin/python" ]; then
    say "creating $venv with $python"
    "$python" -m venv "$venv"
fi
stamp=$venv/.installed-$mode
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "installing reklamera and its Python packages into $venv (about 400 MB, first time only)"
    "$venv/bin/python" -m pip install -q --upgrade pip
    if [ "$mode" = test ]; then extra='.[test,office]'; else extra='.'; fi
    "$venv/bin/python" -m pip install -q -e "$extra"
    touch "$stamp"
fi
# Compiled translations (.mo) are built, never committed; only catalogs that changed are rebuilt.
"$venv/bin/python" -m reklamera.catalogs
