#!/usr/bin/env bash
# The README's promise, proven on a pristine Debian 12 (or 13: PRISTINE_SUITE=trixie), only git, make and python3:
#   1. as a normal user, `make run` stops with one complete, copyable install line (no sudo there: su -c);
#   2. as root, `make run` first, as the README says: it installs what is missing and the wizard's window
#      comes up on a real X server (Xvfb on this machine, so the xcb libraries are tested too) and waits;
#      without a display it says so in one line; offscreen, the first page is painted;
#   3. then `make test` in the same root passes, leaves no PostgreSQL cluster or service behind, and Qt's
#      "Sans Serif" is a sans-serif font.
# Needs root (debootstrap, chroot). The debootstrap base tarball, apt's .deb files and pip's downloads are cached
# in $REKLAMERA_CACHE (default /var/cache/reklamera) between runs; the root itself is new every time.
# Usage: scripts/check-pristine.sh   (make check-pristine)
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD
suite=${PRISTINE_SUITE:-bookworm}  # or trixie (Debian 13)
mirror=http://deb.debian.org/debian
cache=${REKLAMERA_CACHE:-/var/cache/reklamera}
root=$project/build/pristine-$suite
tarball=$cache/debootstrap-$suite-minbase.tgz
include=git,make,python3
log=$project/build/pristine-$suite-logs

say() { printf '[pristine %s] %s\n' "$(date +%T)" "$*"; }
fail() { say "FAILED: $*"; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root (debootstrap and chroot)"
root_size() {  # what is installed, without the caches mounted from this machine
    (cd "$root" && du -sm --one-file-system --exclude=./var/cache/apt/archives --exclude=./root/.cache/pip \
        --exclude=./proc --exclude=./sys --exclude=./dev . 2>/dev/null | cut -f1)
}
downloaded() { du -sm "$cache/apt-archives" "$cache/pip" | awk '{s += $1} END {print s}'; }

host_tools=()
command -v debootstrap >/dev/null || host_tools+=(debootstrap)
command -v Xvfb >/dev/null || host_tools+=(xvfb)
command -v xwininfo >/dev/null || host_tools+=(x11-utils)
if [ ${#host_tools[@]} -gt 0 ]; then
    say "installing ${host_tools[*]} on this machine"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${host_tools[@]}" >/dev/null
fi

mounts=(proc sys dev/pts dev tmp/.X11-unix var/cache/apt/archives root/.cache/pip)
unmount_all() {
    local m
    for m in "${mounts[@]}"; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
    return 0
}
xvfb_pid=""
app_pgid=""
cleanup() {
    [ -n "$app_pgid" ] && kill -TERM -- "-$app_pgid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    unmount_all
}
trap cleanup EXIT

# --- a new minimal root ----------------------------------------------------------------------------
started=$SECONDS
mkdir -p "$cache/apt-archives/partial" "$cache/pip" "$log"
if [ ! -s "$tarball" ]; then
    say "making the debootstrap base tarball (cached in $cache)"
    rm -rf "$project/build/pristine-tarball"
    debootstrap --variant=minbase --include=$include --make-tarball="$tarball.new" \
        $suite "$project/build/pristine-tarball" $mirror >"$log/debootstrap.log" 2>&1 ||
        fail "debootstrap --make-tarball (see $log/debootstrap.log)"
    mv "$tarball.new" "$tarball"
    rm -rf "$project/build/pristine-tarball"
fi
unmount_all
for m in "${mounts[@]}"; do mountpoint -q "$root/$m" 2>/dev/null && fail "$root/$m is still mounted"; done
rm -rf --one-file-system "$root"
say "unpacking a minimal Debian $suite with $include"
debootstrap --variant=minbase --include=$include --unpack-tarball="$tarball" $suite "$root" $mirror \
    >"$log/debootstrap.log" 2>&1 || fail "debootstrap (see $log/debootstrap.log)"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Where this machine's network inspects TLS with its own certificate authority, pip inside the root must trust
# it too: the network is not part of the pristine machine. The bundle goes to a file of its own.
network_ca=""
host_ca=${PIP_CERT:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}
if [ -s "$host_ca" ]; then
    cp "$host_ca" "$root/etc/network-ca.pem"
    network_ca="PIP_CERT=/etc/network-ca.pem"
fi
mkdir -p "$root/tmp/.X11-unix" "$root/root/.cache/pip"
[ -d /tmp/.X11-unix ] || install -d -m 1777 /tmp/.X11-unix
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
mount --bind "$cache/pip" "$root/root/.cache/pip"
chroot "$root" useradd --create-home --shell /bin/bash tester

# The project as a fresh clone has it: the tracked files (and new ones not yet committed), nothing ignored.
copy_project() {
    mkdir -p "$root/$1"
    git ls-files -z --cached --others --exclude-standard |
        (while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done) |
        tar --null -T - -cf - | tar -xf - -C "$root/$1"
}
copy_project root/reklamera
copy_project home/tester/reklamera
chroot "$root" chown -R tester:tester /home/tester/reklamera
say "root ready in $((SECONDS - started)) s"

# Commands inside the root see a clean environment, as a fresh login would (no variables of this machine).
in_root() {  # in_root USER DIR COMMAND... (extra variables before USER: VAR=value)
    local vars=()
    while [[ $1 == *=* ]]; do vars+=("$1"); shift; done
    local user=$1 dir=$2; shift 2
    local home=/root; [ "$user" = root ] || home=/home/$user
    chroot --userspec="$user:$user" "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME="$home" USER="$user" TERM=dumb $network_ca "${vars[@]}" /bin/bash -c "cd $dir && $*"
}

# --- 1. a normal user gets one complete install line -------------------------------------------------
root_size_before=$(root_size)
downloaded_before=$(downloaded)
say "the root takes $root_size_before MB"
say "make run as a normal user"
set +e
in_root tester /home/tester/reklamera make run >"$log/user-make-run.log" 2>&1
status=$?
set -e
[ $status -ne 0 ] || fail "make run as a normal user should stop and ask for the system packages"
grep -q "su -c 'apt-get update && apt-get install -y --no-install-recommends .*libglib2.0-0" "$log/user-make-run.log" ||
    { cat "$log/user-make-run.log"; fail "no complete su -c install line for the normal user"; }
grep -q Traceback "$log/user-make-run.log" && fail "a traceback for the normal user"
say "ok: $(grep -o "su -c '.*" "$log/user-make-run.log" | cut -c1-110)…"

# --- 2. root: make run first; the wizard comes up and waits -----------------------------------------
display_number=$((90 + RANDOM % 100))
Xvfb ":$display_number" -screen 0 1280x800x24 -nolisten tcp -ac >"$log/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$display_number" ] && break; sleep 0.1; done
[ -S "/tmp/.X11-unix/X$display_number" ] || fail "Xvfb did not start"
say "make run as root (installs what is missing, then starts the wizard on display :$display_number)"
run_started=$SECONDS
setsid chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root USER=root TERM=dumb $network_ca DISPLAY=":$display_number" /bin/bash -c "cd /root/reklamera && exec make run" \
    >"$log/make-run.log" 2>&1 </dev/null &
app_pgid=$!
window=""
while [ $((SECONDS - run_started)) -lt 900 ]; do
    kill -0 "$app_pgid" 2>/dev/null || { cat "$log/make-run.log"; fail "make run ended before the wizard came up"; }
    # The wizard's top-level window: WM_CLASS "reklamera", mapped (Qt's helper windows have no class).
    window=$(xwininfo -display ":$display_number" -root -tree 2>/dev/null | grep -F '("reklamera" "reklamera")' | head -1 || true)
    if [ -n "$window" ] && xwininfo -display ":$display_number" -id "$(echo "$window" | awk '{print $1}')" |
        grep -q 'Map State: IsViewable'; then
        break
    fi
    window=""
    sleep 1
done
[ -n "$window" ] || { tail -20 "$log/make-run.log"; fail "no wizard window within 15 minutes"; }
sleep 3  # it must still be there, waiting for the user, not crash after the first paint
kill -0 "$app_pgid" 2>/dev/null || { cat "$log/make-run.log"; fail "the wizard closed by itself"; }
grep -q Traceback "$log/make-run.log" && { cat "$log/make-run.log"; fail "a traceback during make run"; }
if command -v import >/dev/null; then
    import -display ":$display_number" -window root "$log/make-run.png" 2>/dev/null || true
fi
say "ok: the wizard is up and waiting after $((SECONDS - run_started)) s:$(echo "$window" | sed 's/^ *[0-9a-fx]*//' | cut -c1-90)"
kill -TERM -- "-$app_pgid" 2>/dev/null || true
wait "$app_pgid" 2>/dev/null || true
app_pgid=""

say "without a display: one line and exit 2"
set +e
in_root root /root/reklamera .venv/bin/reklamera >"$log/no-display.log" 2>&1
status=$?
set -e
[ $status -eq 2 ] && [ "$(wc -l <"$log/no-display.log")" -eq 1 ] && grep -q xvfb-run "$log/no-display.log" ||
    { cat "$log/no-display.log"; fail "without a display: exit $status"; }
say "ok: $(cat "$log/no-display.log")"
in_root QT_QPA_PLATFORM=offscreen root /root/reklamera .venv/bin/reklamera --quit-after-startup >"$log/offscreen.log" 2>&1 ||
    { cat "$log/offscreen.log"; fail "offscreen start-up"; }
say "ok: offscreen, the first page is painted"

missing_libs=$(in_root root /root/reklamera 'for f in .venv/lib/python3*/site-packages/PySide6/Qt/lib/libQt6{Core,Gui,Widgets,PrintSupport,Svg,DBus,XcbQpa}.so.6 .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/*.so; do ldd "$f" | grep "not found" | sed "s|^|$(basename "$f"): |"; done' || true)
[ -z "$missing_libs" ] || fail "libraries still missing: $missing_libs"
say "ok: ldd finds every library of QtCore/Gui/Widgets/PrintSupport/Svg and the platform plugins"

# --- 3. make test in the same root ----------------------------------------------------------------
say "make run added $(($(root_size) - root_size_before)) MB (.venv $(du -sm "$root/root/reklamera/.venv" | cut -f1) MB); the caches grew by $(($(downloaded) - downloaded_before)) MB of downloads"
say "make test as root in the same root"
test_started=$SECONDS
in_root CI=true root /root/reklamera make test >"$log/make-test.log" 2>&1 ||
    { tail -40 "$log/make-test.log"; fail "make test in the pristine root"; }
grep -E '^=+ .*passed' "$log/make-test.log" | tail -1
say "ok: make test passed in $((SECONDS - test_started)) s; everything added $(($(root_size) - root_size_before)) MB, downloads so far $(($(downloaded) - downloaded_before)) MB"

clusters=$(chroot "$root" pg_lsclusters -h 2>/dev/null || true)
[ -z "$clusters" ] || fail "a PostgreSQL cluster was left behind: $clusters"
if ls "$root"/etc/systemd/system/*.wants/postgresql*.service >/dev/null 2>&1; then
    fail "the postgresql service was left enabled"
fi
say "ok: no PostgreSQL cluster and no enabled service left behind"
sans=$(chroot "$root" fc-match 'Sans Serif' 2>/dev/null || true)
case "$sans" in *Mono* | *mono* | "") fail "Qt's Sans Serif is '$sans'" ;; esac
say "ok: Sans Serif is $sans"
unmount_all
rm -rf --one-file-system "$root"  # about 1.5 GB; the logs stay
say "pristine Debian $suite: everything passed in $((SECONDS - started)) s (logs in $log)"
