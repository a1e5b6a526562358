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
