#!/usr/bin/env bash
# Install reklamera's desktop integration: menu entry, icons, the *.reklamera file type, AppStream metadata.
#   packaging/linux/install.sh                     for this user (~/.local), no root needed
#   sudo packaging/linux/install.sh --prefix /usr/local   for every user of the machine
#   packaging/linux/install.sh --bundle dist/reklamera    also link the bundle's program as `reklamera`
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
icons=$(cd "$here/../../src/reklamera/icons" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
bindir="$HOME/.local/bin"
bundle=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2/share"; bindir="$2/bin"; shift 2 ;;
        --bundle) bundle=$(cd "$2" && pwd); shift 2 ;;
        *) echo "usage: $0 [--prefix DIR] [--bundle DIR]" >&2; exit 2 ;;
    esac
done
id=se.reklamera.Reklamera
install -Dm644 "$here/$id.desktop" "$prefix/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$prefix/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.mime.xml" "$prefix/mime/packages/$id.xml"
install -Dm644 "$icons/reklamera.svg" "$prefix/icons/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$icons/reklamera-$size.png" "$prefix/icons/hicolor/${size}x${size}/apps/$id.png"
done
if [ -n "$bundle" ]; then
    mkdir -p "$bindir"
    ln -sf "$bundle/reklamera" "$bindir/reklamera"
fi
# Refresh the caches where the tools exist; a desktop without them picks the files up at next login.
command -v update-mime-database >/dev/null && update-mime-database "$prefix/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
echo "reklamera desktop integration installed in $prefix"
