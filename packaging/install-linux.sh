#!/usr/bin/env bash
# Installs the one-folder Linux build for the current user: the program under
# ~/.local/opt/borderline, a `borderline` command in ~/.local/bin, the desktop entry and icons.
#   packaging/install-linux.sh [dist/borderline]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="${1:-$here/../dist/borderline}"
[ -x "$bundle/borderline" ] || { echo "no build in $bundle: run 'make package' first" >&2; exit 2; }
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/borderline"
rm -rf "$opt"
mkdir -p "$opt" "$HOME/.local/bin" "$prefix/applications"
cp -a "$bundle/." "$opt/"
ln -sf "$opt/borderline" "$HOME/.local/bin/borderline"
for size in 16 24 32 48 64 128 256 512; do
  dir="$prefix/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$here/../resources/icons/borderline-$size.png" "$dir/borderline.png"
done
mkdir -p "$prefix/icons/hicolor/scalable/apps"
cp "$here/../resources/icons/borderline.svg" "$prefix/icons/hicolor/scalable/apps/borderline.svg"
sed "s|^Exec=borderline|Exec=$opt/borderline|; s|^TryExec=borderline|TryExec=$opt/borderline|" \
  "$here/borderline.desktop" > "$prefix/applications/borderline.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "installed in $opt; start it from the applications menu or with 'borderline'"
