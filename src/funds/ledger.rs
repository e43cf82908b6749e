//! The kinds of ledger entry and the balances they add up to. Every amount in the ledger is
//! positive; the kind says which way the money moves. Pure: no database here.

use crate::money::Pence;

/// One kind of money movement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// The pot's first allocation.
    Allocation,
    /// A later correction upwards (with a reason).
    Increase,
    /// A later correction downwards (with a reason).
    Decrease,
    /// Unspent money brought from the previous year's pot.
    CarryForwardIn,
    /// Unspent money sent to the next year's pot.
    CarryForwardOut,
    /// Money set aside for a round's budget.
    AssignToRound,
    /// Money given back from a round's budget to the pot.
    UnassignFromRound,
    /// An award's amount, promised to a group.
    Commitment,
    /// Part or all of a commitment given back (declined offer, cancelled award, underspend).
    Release,
    /// Money paid to a group.
    Payment,
    /// A help-to-apply cost for a group (an interpreter, childcare, travel to a hub) paid
    /// straight from the pot at the lead's choice, outside any round: set aside, promised and
    /// paid at once (`involvement::actions::record_payment`).
    HelpToApply,
}

impl EntryKind {
    pub const ALL: [EntryKind; 11] = [
        EntryKind::Allocation,
        EntryKind::Increase,
        EntryKind::Decrease,
        EntryKind::CarryForwardIn,
        EntryKind::CarryForwardOut,
        EntryKind::AssignToRound,
        EntryKind::UnassignFromRound,
        EntryKind::Commitment,
        EntryKind::Release,
        EntryKind::Payment,
        EntryKind::HelpToApply,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Allocation => "allocation",
            EntryKind::Increase => "increase",
            EntryKind::Decrease => "decrease",
            EntryKind::CarryForwardIn => "carry_forward_in",
            EntryKind::CarryForwardOut => "carry_forward_out",
            EntryKind::AssignToRound => "assign_to_round",
            EntryKind::UnassignFromRound => "unassign_from_round",
            EntryKind::Commitment => "commitment",
            EntryKind::Release => "release",
            EntryKind::Payment => "payment",
            EntryKind::HelpToApply => "help_to_apply",
        }
    }

    pub fn parse(text: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    /// The key of how the entry is described in the pot's ledger (`manage-ledger-…`).
    pub fn label_key(self) -> &'static str {
        match self {
            EntryKind::Allocation => "manage-ledger-allocation",
            EntryKind::Increase => "manage-ledger-increase",
            EntryKind::Decrease => "manage-ledger-decrease",
            EntryKind::CarryForwardIn => "manage-ledger-carry-forward-in",
            EntryKind::CarryForwardOut => "manage-ledger-carry-forward-out",
            EntryKind::AssignToRound => "manage-ledger-assign-to-round",
            EntryKind::UnassignFromRound => "manage-ledger-unassign-from-round",
            EntryKind::Commitment => "manage-ledger-commitment",
            EntryKind::Release => "manage-ledger-release",
            EntryKind::Payment => "manage-ledger-payment",
            EntryKind::HelpToApply => "manage-ledger-help-to-apply",
        }
    }
}

/// A pot's (or a round's) position, summed from its ledger.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Balances {
    /// Everything the pot holds: allocation and corrections, plus carried in, minus carried out.
    pub allocated: Pence,
    /// Set aside for rounds (net of money returned from rounds).
    pub assigned: Pence,
    /// Awarded and not released.
    pub committed: Pence,
    pub paid: Pence,
    pub released: Pence,
    pub carried_in: Pence,
    pub carried_out: Pence,
    /// Help-to-apply costs paid from the pot; also counted in `assigned`, `committed` and
    /// `paid`, so every invariant and every check on those covers them without change.
    pub help_to_apply: Pence,
}

impl Balances {
    /// Sums per-kind totals (as the database returns them) into balances.
    pub fn from_totals(totals: impl IntoIterator<Item = (EntryKind, Pence)>) -> Balances {
        let mut b = Balances::default();
        for (kind, amount) in totals {
            match kind {
                EntryKind::Allocation | EntryKind::Increase => b.allocated += amount,
                EntryKind::Decrease => b.allocated = b.allocated - amount,
                EntryKind::CarryForwardIn => {
                    b.allocated += amount;
                    b.carried_in += amount;
                }
                EntryKind::CarryForwardOut => {
                    b.allocated = b.allocated - amount;
                    b.carried_out += amount;
                }
                EntryKind::AssignToRound => b.assigned += amount,
                EntryKind::UnassignFromRound => b.assigned = b.assigned - amount,
                EntryKind::Commitment => b.committed += amount,
                EntryKind::Release => {
                    b.committed = b.committed - amount;
                    b.released += amount;
                }
                EntryKind::Payment => b.paid += amount,
                EntryKind::HelpToApply => {
                    b.assigned += amount;
                    b.committed += amount;
                    b.paid += amount;
                    b.help_to_apply += amount;
                }
            }
        }
        b
    }

    /// Not yet set aside for any round: what a new round's budget can draw on.
    pub fn unassigned(&self) -> Pence {
        self.allocated - self.assigned
    }

    /// Not yet promised to any group: what could be carried into next year.
    pub fn uncommitted(&self) -> Pence {
        self.allocated - self.committed
    }

    /// Promised but not yet paid.
    pub fn committed_unpaid(&self) -> Pence {
        self.committed - self.paid
    }

    /// The invariants every pot keeps: nothing set aside or promised beyond what it holds, and
    /// nothing paid beyond what was promised.
    pub fn is_consistent(&self) -> bool {
        self.assigned.0 >= 0
            && self.committed.0 >= 0
            && self.assigned <= self.allocated
            && self.committed <= self.allocated
            && self.paid <= self.committed + self.released
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balances_add_up_from_the_ledger() {
        let b = Balances::from_totals([
            (EntryKind::Allocation, Pence::from_pounds(600_000)),
            (EntryKind::Increase, Pence::from_pounds(10_000)),
            (EntryKind::Decrease, Pence::from_pounds(5_000)),
            (EntryKind::CarryForwardIn, Pence::from_pounds(198_000)),
            (EntryKind::AssignToRound, Pence::from_pounds(300_000)),
            (EntryKind::UnassignFromRound, Pence::from_pounds(50_000)),
            (EntryKind::Commitment, Pence::from_pounds(120_000)),
            (EntryKind::Release, Pence::from_pounds(20_000)),
            (EntryKind::Payment, Pence::from_pounds(60_000)),
        ]);
        assert_eq!(b.allocated, Pence::from_pounds(803_000));
        assert_eq!(b.carried_in, Pence::from_pounds(198_000));
        assert_eq!(b.assigned, Pence::from_pounds(250_000));
        assert_eq!(b.committed, Pence::from_pounds(100_000));
        assert_eq!(b.paid, Pence::from_pounds(60_000));
        assert_eq!(b.unassigned(), Pence::from_pounds(553_000));
        assert_eq!(b.uncommitted(), Pence::from_pounds(703_000));
        assert_eq!(b.committed_unpaid(), Pence::from_pounds(40_000));
        assert!(b.is_consistent());
    }

    #[test]
    fn help_to_apply_from_the_pot_is_spent_money_outside_any_round() {
        let b = Balances::from_totals([
            (EntryKind::Allocation, Pence::from_pounds(1_000)),
            (EntryKind::AssignToRound, Pence::from_pounds(600)),
            (EntryKind::Commitment, Pence::from_pounds(500)),
            (EntryKind::Payment, Pence::from_pounds(200)),
            (EntryKind::HelpToApply, Pence::from_pounds(150)),
        ]);
        assert_eq!(b.help_to_apply, Pence::from_pounds(150));
        assert_eq!(b.assigned, Pence::from_pounds(750), "it leaves the money not set aside");
        assert_eq!(b.unassigned(), Pence::from_pounds(250));
        assert_eq!(b.committed, Pence::from_pounds(650));
        assert_eq!(b.paid, Pence::from_pounds(350));
        assert_eq!(b.uncommitted(), Pence::from_pounds(350), "it cannot be carried forward");
        assert_eq!(b.committed_unpaid(), Pence::from_pounds(300), "nothing of it is left to pay");
        assert!(b.is_consistent());
        let over = Balances::from_totals([
            (EntryKind::Allocation, Pence(100)),
            (EntryKind::AssignToRound, Pence(60)),
            (EntryKind::HelpToApply, Pence(41)),
        ]);
        assert!(!over.is_consistent(), "help beyond what is not set aside breaks the pot");
    }

    #[test]
    fn overspending_is_inconsistent() {
        let over = Balances::from_totals([(EntryKind::Allocation, Pence(100)), (EntryKind::AssignToRound, Pence(101))]);
        assert!(!over.is_consistent());
    }

    #[test]
    fn kinds_round_trip_through_text() {
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::parse(kind.as_str()), Some(kind));
        }
    }
}
