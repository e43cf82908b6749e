//! The lead's reports: where a pot's money stands month by month and what may go unspent, who
//! the money reaches (the equity report), and the spreadsheets behind them.

pub mod equity;
pub mod line_profile;
pub mod pot;
pub mod queries;
pub mod spreadsheets;
