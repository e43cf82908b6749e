//! Where a group's grant is paid: bank details given by the group's own members, sealed at rest
//! with the data key, shown masked (`••••1234`) except to a lead who chooses to see them (which
//! is recorded), and in effect only once a second person has checked them — another member of
//! the group, or a lead who called the group back. Until then, and after any change, payments
//! to the group are held (`model::payments_held_because`).

pub mod actions;
pub mod hosts;
pub mod model;
pub mod queries;
pub mod rules;
pub mod sealing;

pub use model::{BankDetailsRow, Standing};
pub use sealing::DataKeys;
