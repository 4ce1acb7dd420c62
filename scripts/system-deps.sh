#!/usr/bin/env bash
# Installs the system libraries Qt needs (offscreen and on screen) and the fonts the PDFs use,
# when they are missing and we may install them (root with apt-get). Otherwise says what is missing.
set -euo pipefail
need_libs=(libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0
           libxcb-cursor.so.0 libxkbcommon-x11.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1)
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
      fonts-dejavu-core fonts-thai-tlwg fonts-droid-fallback)
missing=()
for lib in "${need_libs[@]}"; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
done
fonts_missing=0
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || fonts_missing=1
ls /usr/share/fonts/truetype/tlwg/*.ttf >/dev/null 2>&1 || fonts_missing=1
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || fonts_missing=1  # Chinese in PDFs (TrueType outlines)
if [ ${#missing[@]} -eq 0 ] && [ $fonts_missing -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing system packages: ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
else
  echo "Missing system libraries or fonts (${missing[*]:-fonts}); install: ${pkgs[*]}" >&2
fi
