#!/usr/bin/env bash
# npm test: typecheck, lint, format check, unit tests, build, then the e2e suite when it exists. Installs nothing
# (.ci/run does that). Every step runs even after a failure, so one run shows everything;
# the last line is "N passed, N failed" summed from the Vitest JSON reports, where a failed
# step without a JSON report of its own (typecheck, lint, format, build, a suite that crashed) counts as
# one failure. Exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .ci-out
rm -f .ci-out/unit.json .ci-out/e2e.json

failed_steps=()
step() {
  local name=$1
  shift
  echo "== $name: $*"
  local started=$SECONDS
  if ! "$@"; then
    failed_steps+=("$name")
    echo "== $name FAILED"
  fi
  echo "== $name: $((SECONDS - started)) s"
}

step typecheck npx vue-tsc --noEmit -p tsconfig.json
step lint npx eslint .
step format npx prettier --check --log-level warn .
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=.ci-out/unit.json
step build npx vite build --logLevel warn
if [ -f vitest.e2e.config.ts ]; then
  step e2e npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.ci-out/e2e.json
fi

FAILED_STEPS="${failed_steps[*]:-}" node -e '
const fs = require("fs")
let passed = 0, failed = 0
const steps = (process.env.FAILED_STEPS || "").split(" ").filter(Boolean)
for (const name of ["unit", "e2e"]) {
  const file = `.ci-out/${name}.json`
  if (!fs.existsSync(file)) continue
  const r = JSON.parse(fs.readFileSync(file, "utf8"))
  passed += r.numPassedTests
  // a file that failed to load has no failed tests of its own: count the suite
  failed += r.numFailedTests || (r.success === false ? Math.max(1, r.numFailedTestSuites) : 0)
}
for (const name of steps) {
  const file = `.ci-out/${name}.json`
  if (!["unit", "e2e"].includes(name) || !fs.existsSync(file)) failed += 1
}
if (steps.length) console.log(`failed steps: ${steps.join(", ")}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed || steps.length ? 1 : 0)
'
