//! The `smallgrants` binary: parses the command line and hands over to `commands`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use smallgrants::commands;
use smallgrants::config::Config;

/// Threads allocate without contending for one lock (glibc's malloc showed up in the profiles).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "smallgrants", version, about = "A small-grants portal for community mental health funding")]
struct Cli {
    /// A TOML file with settings (see config/default.toml); environment variables still win.
    #[arg(long, global = true, env = "SMALLGRANTS_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the web portal (the default when no command is given).
    Serve {
        /// On an empty database, first add the demo programme and accounts (as seed-demo does).
        #[arg(long)]
        demo: bool,
    },
    /// Add a realistic demo programme, rounds and accounts to an empty database, and print the
    /// accounts as `role email password`.
    SeedDemo {
        /// Also add a large programme with this many bids (with reviews, awards and payments in
        /// proportion), for benchmarks.
        #[arg(long, value_name = "BIDS")]
        scale: Option<usize>,
    },
    /// Apply any pending database migrations and exit.
    Migrate,
    /// Write a consistent copy of the SQLite database to FILE, safely while the portal runs.
    Backup {
        /// Where to write the copy; must not exist yet.
        file: PathBuf,
    },
    /// Create a site admin (asks for the password, or reads it from standard input when that
    /// is not a terminal), or make an existing account a site admin.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("smallgrants: {error}");
            return ExitCode::from(2);
        }
    };
    let outcome = match cli.command.unwrap_or(Command::Serve { demo: false }) {
        Command::Serve { demo } => commands::serve(config, demo),
        Command::SeedDemo { scale } => commands::seed_demo(&config, scale),
        Command::Migrate => commands::migrate(&config),
        Command::Backup { file } => commands::backup(&config, &file),
        Command::CreateAdmin { email, name } => commands::create_admin(&config, &email, &name),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("smallgrants: {error}");
            ExitCode::FAILURE
        }
    }
}
