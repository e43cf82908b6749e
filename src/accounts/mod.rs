//! People and what they may do: accounts, passwords, sessions, email links, sign-in throttling,
//! and the one place that decides permissions. No web types here.

pub mod actions;
pub mod model;
pub mod password;
pub mod permissions;
pub mod queries;
pub mod rules;
pub mod second_factor;
pub mod sign_in_links;
pub mod throttle;
pub mod tokens;
pub mod totp;

pub use model::{Person, ProgrammeRole, RoleGrant};
pub use permissions::{Action, Roles};
