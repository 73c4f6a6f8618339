#!/usr/bin/env bash
# Runs `php -l` on every PHP file of the plugin (dependencies and build output excluded).
# Exits non-zero when any file has a syntax error.
#
#   bash plugin/tests/bin/php-lint.sh [directory]     (default: the plugin folder)
set -uo pipefail

dir=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
php_bin=${PHP_BIN:-php}
checked=0
failed=0

while IFS= read -r -d '' file; do
  checked=$((checked + 1))
  if ! out=$("$php_bin" -d display_errors=1 -l "$file" 2>&1); then
    failed=$((failed + 1))
    echo "$out" >&2
  fi
done < <(find "$dir" -name '*.php' -not -path '*/node_modules/*' -not -path '*/build/*' -not -path '*/vendor/*' -print0)

if ((checked == 0)); then
  echo "php-lint: no PHP files found under $dir" >&2
  exit 1
fi
echo "php-lint: $checked files checked, $failed with errors"
((failed == 0))
