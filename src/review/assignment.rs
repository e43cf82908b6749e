//! Balanced panel assignment, as a pure function: every bid gets the round's panel size, the
//! work is shared out evenly, and every bid gets at least one lived-experience member where the
//! panel has any.

use std::collections::{BTreeMap, HashSet};

/// A panel member as the assignment sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub lived_experience: bool,
    /// Bids already assigned to them in this round.
    pub load: usize,
}

/// A bid to staff, with who is already on it and who must not be (declared conflicts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidPanel {
    pub bid_id: i64,
    /// Members assigned and without a conflict.
    pub assigned: Vec<i64>,
    /// Members who declared a conflict on this bid.
    pub conflicted: Vec<i64>,
}

/// New (bid, member) pairs that bring every bid up to `panel_size`, in bid order.
pub fn balance(bids: &[BidPanel], members: &[Member], panel_size: usize) -> Vec<(i64, i64)> {
    let mut load: BTreeMap<i64, usize> = members.iter().map(|m| (m.id, m.load)).collect();
    let lived: HashSet<i64> = members.iter().filter(|m| m.lived_experience).map(|m| m.id).collect();
    let mut new_pairs = Vec::new();
    for bid in bids {
        let mut on_panel: Vec<i64> = bid.assigned.clone();
        let unavailable =
            |candidate: i64, on_panel: &[i64]| on_panel.contains(&candidate) || bid.conflicted.contains(&candidate);
        if !lived.is_empty()
            && !on_panel.iter().any(|m| lived.contains(m))
            && on_panel.len() < panel_size
            && let Some(member) = least_loaded(&load, |id| lived.contains(&id) && !unavailable(id, &on_panel))
        {
            on_panel.push(member);
            *load.entry(member).or_default() += 1;
            new_pairs.push((bid.bid_id, member));
        }
        while on_panel.len() < panel_size {
            let Some(member) = least_loaded(&load, |id| !unavailable(id, &on_panel)) else { break };
            on_panel.push(member);
            *load.entry(member).or_default() += 1;
            new_pairs.push((bid.bid_id, member));
        }
    }
    new_pairs
}

/// The member with the smallest load who passes `allowed` (ties to the lowest id, so the
/// result is the same every time).
fn least_loaded(load: &BTreeMap<i64, usize>, allowed: impl Fn(i64) -> bool) -> Option<i64> {
    load.iter().filter(|(id, _)| allowed(**id)).min_by_key(|(id, load)| (**load, **id)).map(|(id, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: i64, lived_experience: bool) -> Member {
        Member { id, lived_experience, load: 0 }
    }

    fn bid(bid_id: i64) -> BidPanel {
        BidPanel { bid_id, assigned: vec![], conflicted: vec![] }
    }

    fn panels(pairs: &[(i64, i64)]) -> BTreeMap<i64, Vec<i64>> {
        let mut by_bid: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
        for (bid, member) in pairs {
            by_bid.entry(*bid).or_default().push(*member);
        }
        by_bid
    }

    #[test]
    fn every_bid_gets_a_full_panel_with_a_lived_experience_member_and_work_is_shared() {
        let members = [member(1, true), member(2, false), member(3, false), member(4, true), member(5, false)];
        let bids: Vec<BidPanel> = (100..120).map(bid).collect();
        let pairs = balance(&bids, &members, 2);
        let by_bid = panels(&pairs);
        assert_eq!(by_bid.len(), 20);
        for (bid, panel) in &by_bid {
            assert_eq!(panel.len(), 2, "bid {bid}");
            assert!(panel.iter().any(|m| *m == 1 || *m == 4), "bid {bid} has a lived-experience member: {panel:?}");
            assert_ne!(panel[0], panel[1]);
        }
        let mut loads: BTreeMap<i64, usize> = BTreeMap::new();
        for (_, m) in &pairs {
            *loads.entry(*m).or_default() += 1;
        }
        let (min, max) = (loads.values().min().unwrap(), loads.values().max().unwrap());
        assert!(max - min <= 12, "lived-experience members carry more, but everyone works: {loads:?}");
        assert!(loads.len() == 5, "every member gets some bids: {loads:?}");
    }

    #[test]
    fn without_lived_experience_members_the_load_is_even() {
        let members = [member(1, false), member(2, false), member(3, false)];
        let bids: Vec<BidPanel> = (1..=9).map(bid).collect();
        let pairs = balance(&bids, &members, 2);
        let mut loads: BTreeMap<i64, usize> = BTreeMap::new();
        for (_, m) in &pairs {
            *loads.entry(*m).or_default() += 1;
        }
        assert_eq!(loads.values().copied().collect::<Vec<_>>(), [6, 6, 6]);
    }

    #[test]
    fn existing_members_count_and_conflicted_members_are_never_chosen() {
        let members = [member(1, true), member(2, false), member(3, false)];
        let bids = [BidPanel { bid_id: 7, assigned: vec![2], conflicted: vec![1] }];
        assert_eq!(balance(&bids, &members, 2), [(7, 3)], "member 1 declared a conflict, member 2 is already on");
        let full = [BidPanel { bid_id: 8, assigned: vec![1, 2], conflicted: vec![] }];
        assert!(balance(&full, &members, 2).is_empty());
    }

    #[test]
    fn a_small_panel_fills_what_it_can() {
        let members = [member(1, false)];
        assert_eq!(balance(&[bid(1)], &members, 2), [(1, 1)]);
        assert!(balance(&[bid(1)], &[], 2).is_empty());
    }
}
