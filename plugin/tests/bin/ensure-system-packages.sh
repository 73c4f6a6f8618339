#!/usr/bin/env bash
# Makes sure the system tools the plugin's tests need are present: PHP (CLI) with the extensions
# WordPress uses, MariaDB's server, Chromium (for the browser checks) and curl.
#
#   bash plugin/tests/bin/ensure-system-packages.sh
#
# Quiet and quick when everything is there. As root it installs what is missing with apt-get;
# as another user it names what is missing and exits 1.
set -euo pipefail

missing=()
need() { missing+=("$1"); }

if command -v php >/dev/null 2>&1; then
  mods=$(php -m 2>/dev/null | tr '[:upper:]' '[:lower:]')
  has_mod() { grep -qx "$1" <<<"$mods"; }
  has_mod mysqli || need php-mysql
  has_mod curl || need php-curl
  { has_mod dom && has_mod xml; } || need php-xml
  has_mod mbstring || need php-mbstring
  has_mod zip || need php-zip
  has_mod gd || need php-gd
  has_mod sodium || need php-cli
else
  missing+=(php-cli php-mysql php-curl php-xml php-mbstring php-zip php-gd)
fi
command -v mysqld >/dev/null 2>&1 || [[ -x /usr/sbin/mysqld ]] || [[ -x /usr/sbin/mariadbd ]] || need mariadb-server
command -v mysql >/dev/null 2>&1 || need mariadb-client
command -v chromium >/dev/null 2>&1 || [[ -x /usr/bin/chromium ]] || need chromium
command -v curl >/dev/null 2>&1 || need curl
command -v dpkg-deb >/dev/null 2>&1 || need dpkg

((${#missing[@]} == 0)) && exit 0

# de-duplicate, keep order
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | awk '!seen[$0]++')

if [[ $(id -u) -ne 0 ]]; then
  echo "ensure-system-packages: missing ${missing[*]}" >&2
  echo "ensure-system-packages: run this script as root, or: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "ensure-system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -n 30 "$log" >&2
  rm -f "$log"
  echo "ensure-system-packages: apt-get failed" >&2
  exit 1
fi
rm -f "$log"
echo "ensure-system-packages: done"
