#!/usr/bin/env bash
# Installs what Deskbench needs on a fresh Debian 12 machine (run as root or through sudo). Safe to run again.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-debian: run this as root (apt-get needs it)" >&2; exit 1; }
  exec sudo bash "$0" "$@"
fi
packages=(
  xvfb openbox xterm mousepad chromium          # the desktop and the example suite's applications
  dbus dbus-x11 at-spi2-core                    # session bus and accessibility bus
  x11-utils x11-xserver-utils xauth xdg-utils xclip x11-apps   # X clients used by tests and by xdg-open
  libx11-6 libxtst6 libxext6 libxfixes3         # the guest's native X11 layer (XTEST, MIT-SHM, XFixes)
  fonts-dejavu-core procps ca-certificates curl
  docker.io debootstrap                         # the docker provider's engine, and the root filesystem of its desktop image
  libreoffice-calc libreoffice-writer libreoffice-impress   # document evaluator test fixtures (soffice --convert-to)
  ffmpeg xwallpaper                             # screen recording (/start_recording) and the wallpaper (/setup/change_wallpaper)
  vlc poppler-utils sqlite3                     # VLC tasks (vlcrc, HTTP status), pdftotext for compare_zip_files, sqlite3 for test fixtures
  tesseract-ocr tesseract-ocr-eng               # OCR for compare_image_text (OSWorld uses easyocr)
  imagemagick                                   # test fixtures: images rendered with convert (OCR, GIMP metrics)
  libreoffice-gtk3 xfce4-terminal               # accessibility: Calc over GTK 3 (AT-SPI), a VTE terminal for /terminal
  python3-pyatspi python3-lxml python3-gi gir1.2-gtk-3.0   # accessibility tests: the pyatspi reference walker, a GTK test window
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-debian: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo "install-debian: installing the .NET 10 SDK" >&2
  if apt-cache show dotnet-sdk-10.0 >/dev/null 2>&1; then
    apt-get install -y -qq dotnet-sdk-10.0 >/dev/null
  else
    curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
    bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
    ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
  fi
fi
echo "install-debian: everything Deskbench needs is installed" >&2
