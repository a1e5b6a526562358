# Talent Flows — two commands: `make serve` and `make test`. Every step installs what is missing
# and skips what is present. Only crates.io, npm and Debian are used: nothing comes from GitHub or
# a CDN, at build time or at run time.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
# npm's binaryen (wasm-opt 132) must come before any system wasm-opt: Debian's 108 breaks the wasm.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PORT ?= 8080
SOURCES ?= ../shared/sources
# The wasm names the crates' sources without this machine's cargo home (smaller, and the same on
# every machine); merged with .cargo/config.toml's flags for the target.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --remap-path-prefix=$(or $(CARGO_HOME),$(HOME)/.cargo)/registry/src/=
# The debug build of datagen is the one `cargo test` already compiled: CI builds it once.
DATAGEN := cargo run -q -p datagen --

.PHONY: help setup setup-rust setup-npm setup-deny setup-browser echarts build serve test test-native test-e2e data data-check bench screenshots clean

help:
	@echo "make serve   build the dashboard and serve it on http://127.0.0.1:$(PORT)"
	@echo "make test    run every test (native cargo tests, data check, browser tests)"
	@echo "make data    regenerate data/ from $(SOURCES)"
	@echo "make bench   measure speed and size (tools/bench.mjs)"
	@echo "make screenshots  every view in zh/en, light/dark, phone/desktop: screenshots/index.html"

## ---- set-up (idempotent) ----------------------------------------------------------------------

setup: setup-rust setup-npm

# cargo-deny for the licence/ban/source check (make test). About 5 minutes to build the first time.
setup-deny:
	@cargo deny --version >/dev/null 2>&1 || cargo install cargo-deny --version 0.20.2 --locked

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@for c in clippy rustfmt; do rustup component list --installed | grep -q "^$$c" || rustup component add $$c; done
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing trunk $(TRUNK_VERSION) (about 20 minutes on 2 cores)"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked; fi
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  cargo install wasm-bindgen-cli --version =$(WASM_BINDGEN_VERSION); fi
	@cargo fetch --locked -q

setup-npm:
	@if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund; fi

setup-browser:
	@missing=""; for p in chromium chromium-driver fonts-noto-cjk; do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

## ---- build ------------------------------------------------------------------------------------

# Custom ECharts bundles (only what the charts use) from the npm package, not a vendored copy:
# the page's own, and the one that draws downloads (fetched only when a reader asks for an image).
build/echarts.js: tools/echarts-entry.js tools/echarts-common.js tools/tf-option.js tools/readings.js tools/swatches.js package-lock.json | setup-npm
	@mkdir -p build
	esbuild tools/echarts-entry.js --bundle --minify --format=iife --target=es2019 --legal-comments=none --log-level=warning --outfile=$@

build/echarts-export.js: tools/echarts-export-entry.js tools/echarts-common.js package-lock.json | setup-npm
	@mkdir -p build
	esbuild tools/echarts-export-entry.js --bundle --minify --format=iife --target=es2019 --legal-comments=none --log-level=warning --outfile=$@

# Excel downloads (write-excel-file), fetched only when a reader asks for a workbook.
build/xlsx.js: tools/xlsx-entry.js package-lock.json | setup-npm
	@mkdir -p build
	esbuild tools/xlsx-entry.js --bundle --minify --format=iife --target=es2019 --legal-comments=none --log-level=warning --outfile=$@

# The stylesheet, minified (its comments are for its readers, not for every page load).
build/main.css: style/main.css package-lock.json | setup-npm
	@mkdir -p build
	esbuild style/main.css --minify --log-level=warning --outfile=$@

# The boot script, minified: the build writes it into every page's <head> (src/prerender/mod.rs).
build/boot.js: public/boot.js package-lock.json | setup-npm
	@mkdir -p build
	esbuild public/boot.js --minify --target=es2015 --log-level=warning --outfile=$@

echarts: build/echarts.js build/echarts-export.js build/xlsx.js

build: setup build/echarts.js build/echarts-export.js build/xlsx.js build/main.css build/boot.js
	trunk build --release --offline $(if $(PUBLIC_URL),--public-url $(PUBLIC_URL)) $(if $(DIST),--dist $(DIST))
	cargo run -q --bin prerender -- $(or $(DIST),dist)
	node tools/static-charts.mjs $(or $(DIST),dist)
	node tools/data-package.mjs $(or $(DIST),dist)
	cp $(or $(DIST),dist)/index.html $(or $(DIST),dist)/404.html
	node tools/csp.mjs $(or $(DIST),dist)
	node tools/precompress.mjs $(or $(DIST),dist)

serve: build
	node tools/serve.mjs --dir dist --port $(PORT)

## ---- data -------------------------------------------------------------------------------------

data:
	$(DATAGEN) $(SOURCES) data

# CI: data/ must regenerate byte-identical from the raw sources, when they are present.
data-check:
	@if [ -d "$(SOURCES)" ]; then \
	  tmp=$$(mktemp -d); $(DATAGEN) $(SOURCES) $$tmp; \
	  if diff -r data $$tmp >/dev/null; then echo "data-check: data/ regenerates identically from $(SOURCES)"; rm -rf $$tmp; \
	  else echo "data-check: FAILED, data/ differs from a fresh run of datagen:"; diff -r data $$tmp | head -20; exit 1; fi; \
	else echo "data-check: skipped ($(SOURCES) not present)"; fi

## ---- tests ------------------------------------------------------------------------------------

# The sub-path build proves static hosting under any path (see e2e/share-embed.test.mjs).
dist-sub/index.html: build
	$(MAKE) --no-print-directory build PUBLIC_URL=/sub/dir/ DIST=dist-sub

test: setup setup-deny setup-browser build dist-sub/index.html
	@tools/test-all.sh

test-native:
	cargo test --workspace --quiet

test-e2e:
	node tools/run-e2e.mjs

bench: setup setup-browser build
	node tools/bench.mjs

# Every view in zh/en, light/dark, phone/desktop, for review: screenshots/index.html.
screenshots: setup setup-browser build
	node tools/screenshots.mjs

clean:
	rm -rf dist dist-* build test-results screenshots
