//! The offline build only works if its pins agree: Trunk's wasm-bindgen with Cargo.lock's, ECharts
//! with what charming targets, and Trunk never going online.

use std::fs;

fn lock_version(name: &str) -> String {
    let lock = fs::read_to_string("Cargo.lock").unwrap();
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l == format!("name = \"{name}\"") {
            return lines.next().unwrap().trim_start_matches("version = ").trim_matches('"').to_string();
        }
    }
    panic!("{name} not in Cargo.lock");
}

#[test]
fn trunk_is_offline_and_pins_cargo_locks_wasm_bindgen() {
    let trunk: toml::Value = toml::from_str(&fs::read_to_string("Trunk.toml").unwrap()).unwrap();
    assert_eq!(trunk["build"]["offline"].as_bool(), Some(true));
    assert_eq!(trunk["tools"]["wasm_bindgen"].as_str().unwrap(), lock_version("wasm-bindgen"));
    assert_eq!(trunk["tools"]["wasm_opt"].as_str(), Some("version_132"));
}

#[test]
fn npm_pins_echarts_5_and_binaryen_132() {
    let pkg: serde_json::Value = serde_json::from_str(&fs::read_to_string("package.json").unwrap()).unwrap();
    assert!(pkg["dependencies"]["echarts"].as_str().unwrap().starts_with('5'));
    assert_eq!(pkg["devDependencies"]["binaryen"].as_str(), Some("132.0.0"));
    let lock: serde_json::Value = serde_json::from_str(&fs::read_to_string("package-lock.json").unwrap()).unwrap();
    assert!(lock["packages"]["node_modules/echarts"]["version"].as_str().unwrap().starts_with("5."));
}

/// The build rewrites trunk's loader (`prerender::gate_app`) and stops with a message naming the
/// text it looks for when trunk writes it otherwise. This checks the page that came out (`make
/// test` builds before it tests): the loader waits for the page's gate, trunk's own wasm preload
/// is gone, and boot.js, written into the page, reads the build's settings, which precede it.
#[test]
fn the_built_page_starts_the_app_as_the_build_meant() {
    let Ok(page) = fs::read_to_string("dist/index.html") else {
        eprintln!("skipped: no dist/index.html (run `make build`)");
        return;
    };
    let trunk = "trunk 0.21.14 changed its loader? see src/prerender/mod.rs, gate_app";
    assert_eq!(page.matches("await window.__appGate;").count(), 1, "{trunk}");
    assert!(page.contains(".then((r) => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.arrayBuffer(); })"), "{trunk}");
    assert!(!page.contains("as=\"fetch\" type=\"application/wasm\""), "{trunk}: its wasm preload is still there");
    let config = page.find("<script type=\"application/json\" id=\"boot-config\">").expect("the boot settings");
    // boot.js is in the page (`prerender::inline_boot`), in a tag that carries the wasm's address.
    let boot = page.find("<script data-wasm=\"").expect("boot.js's tag carries the wasm's address");
    assert!(config < boot, "the settings come before boot.js, which reads them as it runs");
    // As the build minified it (Makefile: build/boot.js from public/boot.js).
    let text = std::fs::read_to_string("build/boot.js").expect("build/boot.js, made with dist/");
    assert!(page[boot..].split_once('>').unwrap().1.starts_with(&text), "boot.js's text is in its tag");
    assert!(!page.contains("<script src=\"boot.js\""), "no request for boot.js");
}
