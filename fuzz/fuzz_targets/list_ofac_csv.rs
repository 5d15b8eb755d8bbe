//! Any bytes given to this parser give a list or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = sanctions_checker::lists::ofac_csv::parse(data, "sdn.csv");
});
