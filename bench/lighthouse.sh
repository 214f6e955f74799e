#!/bin/bash
# Lighthouse (from npm, pinned) against Debian's Chromium, on a running server (npm start):
#   bash bench/lighthouse.sh [base-url]        default http://127.0.0.1:3000
# Prints each page's four category scores, desktop and mobile, and the best-practices audits that
# did not pass (the CSP must keep best-practices at 100). Reports go to a temporary folder.
# Not part of `npm test`: it needs a running server and fetches Lighthouse from the npm registry.
set -euo pipefail
BASE="${1:-http://127.0.0.1:3000}"
OUT="$(mktemp -d /tmp/winwinnuri-lighthouse.XXXXXX)"
export CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
program="$(curl -s "$BASE/programs/" | grep -o 'href="/programs/[0-9]*/"' | head -1 | sed 's/href="//;s/"$//')"
for page in / /programs/ "${program:-/programs/}" /login/ /admin/login; do
  for form in desktop mobile; do
    profile="$(mktemp -d "$OUT/profile.XXXXXX")"
    name="$(echo "$page" | tr '/' '_')"
    preset=(); [ "$form" = desktop ] && preset=(--preset=desktop)
    npx --yes lighthouse@12.8.2 "$BASE$page" "${preset[@]}" --output=json --output-path="$OUT/$name.$form.json" \
      --chrome-flags="$FLAGS --user-data-dir=$profile" --quiet
    rm -rf "$profile"
    node -e '
      const r = require(process.argv[1]); const c = r.categories
      const s = (k) => Math.round(c[k].score * 100)
      const failed = c["best-practices"].auditRefs.filter((a) => a.weight > 0 && r.audits[a.id].score !== 1).map((a) => a.id)
      console.log(`${process.argv[2].padEnd(24)} ${process.argv[3].padEnd(8)} perf ${s("performance")}  a11y ${s("accessibility")}  best-practices ${s("best-practices")}  seo ${s("seo")}${failed.length ? "  failing: " + failed.join(", ") : ""}`)
    ' "$OUT/$name.$form.json" "$page" "$form"
  done
done
echo "reports: $OUT"
