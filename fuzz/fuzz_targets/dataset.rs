//! `Index::from_bytes` refuses damaged datasets with an error and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = sanctions_checker::Index::from_bytes(data);
});
