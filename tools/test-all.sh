#!/usr/bin/env bash
# Runs every test suite after `make build`, keeps going after a failure, and ends with one summary line.
set -u
cd "$(dirname "$0")/.."
declare -a results
status=0
run() {
  local name=$1; shift
  echo "==> $name"
  local start=$SECONDS
  if "$@"; then results+=("$name: ok ($((SECONDS - start)) s)"); else results+=("$name: FAILED"); status=1; fi
}
run "format (cargo fmt --check)" cargo fmt --all --check
run "lint (clippy, native and wasm32)" bash -c 'cargo clippy --workspace --all-targets --quiet -- -D warnings && cargo clippy --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings'
run "native (cargo test)" cargo test --workspace --quiet
run "data regeneration" make --no-print-directory data-check
run "dependencies (cargo deny: licences, bans, sources)" cargo deny --offline check licenses bans sources
run "browser (Playwright + Chromium)" node tools/run-e2e.mjs
echo
printf '%s\n' "${results[@]}"
if [ $status = 0 ]; then echo "make test: ALL PASSED"; else echo "make test: FAILED"; fi
exit $status
