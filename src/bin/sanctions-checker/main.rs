//! `sanctions-checker`: builds datasets from official list files and screens names from the
//! terminal, with the same core the browser runs. The command-line contract is fixed in
//! ARCHITECTURE.md because evaluation scripts depend on it.

mod cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "sanctions-checker", version, about = "Private, offline sanctions screening")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse official list files (format detected from content) into one dataset.
    Build(cmd::build::Args),
    /// Check a dataset's magic, version and checksum, and print what it holds.
    Verify(cmd::verify::Args),
    /// Screen names from a CSV (id,name[,type][,dob][,country]) and write JSONL.
    Screen(cmd::screen::Args),
    /// Score name pairs from a CSV (schema,name1,name2,...) and write CSV with score and match.
    Compare(cmd::compare::Args),
    /// Measure the engine on the labelled evaluation sets and print the targets table.
    Eval(cmd::eval::Args),
    /// Measure native screening speed on one thread (queries/s) over the evaluation sets.
    Bench(cmd::bench::Args),
    /// Look up a customs code or search a goods description against the goods restrictions.
    Goods(cmd::goods::Args),
    /// Screen a partner's owners (CSV structure) and apply OFAC's 50% rule and EU/UK
    /// ownership and control.
    Ownership(cmd::ownership::Args),
    /// Download the current official list files from their publishers (the only network use).
    Fetch(cmd::fetch::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => cmd::build::run(args),
        Command::Verify(args) => cmd::verify::run(args),
        Command::Screen(args) => cmd::screen::run(args),
        Command::Compare(args) => cmd::compare::run(args),
        Command::Fetch(args) => cmd::fetch::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Bench(args) => cmd::bench::run(args),
        Command::Goods(args) => cmd::goods::run(args),
        Command::Ownership(args) => cmd::ownership::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // A closed pipe (`| head`) is the reader's choice, not a failure: Unix tools exit
            // quietly with success then, as ripgrep does.
            if err.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("sanctions-checker: {err:#}");
            ExitCode::from(2)
        }
    }
}
