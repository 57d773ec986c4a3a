#!/usr/bin/env bash
# Neovim (Debian's headless nvim) as the LSP client of the built server: hover and code actions
# on the sample article. Exits non-zero when a check fails; prints the report either way.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v nvim >/dev/null || { echo "nvim is not installed (apt-get install neovim)" >&2; exit 2; }
(cd "$ROOT" && node scripts/build.mjs)
OUT=$(mktemp -d "${TMPDIR:-/tmp}/factmark-nvim.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
# Work on a copy so that nothing (a sidecar, swap files) lands beside the bundled example.
cp "$ROOT/examples/libya-ceasefire-talks.txt" "$OUT/"
status=0
FACTMARK_SERVER="$ROOT/dist/server.js" NVIM_RESULT="$OUT/result.json" \
  timeout 90 nvim --headless --clean -n -c "luafile $ROOT/test/nvim/lsp_test.lua" "$OUT/libya-ceasefire-talks.txt" || status=$?
if [ -f "$OUT/result.json" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const c of r.checks) console.log(`${c.ok ? "ok  " : "FAIL"} ${c.name}${c.ok ? "" : "  " + JSON.stringify(c.detail)}`);
    if (r.error) console.log("error: " + r.error);
    console.log(r.ok ? "nvim: all checks passed" : "nvim: FAILED");
    process.exit(r.ok ? 0 : 1);
  ' "$OUT/result.json" || status=1
else
  echo "nvim wrote no report (exit status $status)" >&2
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
