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
        /// Also add a round in its last minutes with this many groups, each with a draft bid
        /// to finish and send, and 20 panel members, all with one known password (for
        /// `scripts/bench --closing-day`); prints them after the demo accounts.
        #[arg(long, value_name = "GROUPS")]
        closing_day: Option<usize>,
        /// When the closing-day round closes, in seconds from now.
        #[arg(long, value_name = "SECONDS", default_value_t = 600, requires = "closing_day")]
        closes_in: i64,
    },
    /// Apply any pending database migrations and exit.
    Migrate,
    /// Write a consistent copy of the SQLite database to FILE, safely while the portal runs.
    Backup {
        /// Where to write the copy; must not exist yet.
        file: PathBuf,
    },
    /// Seal every group's bank details again with the current data key, after the key was
    /// changed (the old one given in SMALLGRANTS_PREVIOUS_DATA_KEYS meanwhile).
    Reseal,
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
    fewer_c_malloc_arenas();
    return_freed_memory_at_once();
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
        Command::SeedDemo { scale, closing_day, closes_in } => {
            let closing_day = closing_day.map(|groups| commands::ClosingDayOptions { groups, closes_in });
            commands::seed_demo(&config, scale, closing_day)
        }
        Command::Migrate => commands::migrate(&config),
        Command::Backup { file } => commands::backup(&config, &file),
        Command::Reseal => commands::reseal(&config),
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

/// SQLite and libpq allocate with the C library's malloc. glibc gives each thread that does so
/// an arena of its own (up to eight per core), and each arena keeps what it once held: under
/// 32 connections of load the server peaked at 217 MB with glibc's default and 128 MB with one
/// arena. Two are enough for the few threads that do database work at once (they are capped in
/// `commands::serve`).
fn fewer_c_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes malloc's tuning; it is called before any other thread starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// `mi_option_purge_delay` in mimalloc's `mi_option_e` (mimalloc.h); the Rust bindings name
/// only some of the options.
const MIMALLOC_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// By default mimalloc keeps freed memory for 10 ms before giving it back, which under a steady
/// stream of allocations (making a large open data file) means it is never given back: the
/// server grew by 45 MB making the 100,000-bid export and kept it. Purging at once costs
/// nothing measurable in the benchmarks and keeps the export's memory flat.
fn return_freed_memory_at_once() {
    // SAFETY: sets one allocator option to a documented value; safe at any time.
    unsafe {
        libmimalloc_sys::mi_option_set(MIMALLOC_PURGE_DELAY, 0);
    }
}
