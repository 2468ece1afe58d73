//! `cargo xtask bench`: figures for BENCHMARKS.md. Nothing here is a pass/fail test.

use crate::util::{say, Result};

pub fn run(_args: &[String]) -> Result {
    crate::setup::build_tools()?;
    crate::widget::build()?;
    say("bundle: every byte the browser downloads for the usage view in one locale");
    println!("{}", crate::size::table(&crate::size::measure()?));
    Ok(())
}
