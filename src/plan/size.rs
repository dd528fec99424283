//! The largest plan the project supports: beyond it `assembly check` warns.

use crate::domain::Plan;

/// The largest plan the project supports and measures: beyond it `assembly
/// check` warns (the plan still runs). Each phone is sent the whole public
/// state on every change, so these bound the size of a frame and the
/// memory per phone; they sit far above any assembly on record.
pub struct Limits {
    pub institutions: usize,
    pub power_holders: usize,
    pub asks: usize,
    /// Answers the scorecard holds: each ask times the power-holders it is put to.
    pub answers: usize,
    pub pledges: usize,
    pub items: usize,
}

pub const LARGEST: Limits = Limits {
    institutions: 500,
    power_holders: 50,
    asks: 50,
    answers: 250,
    pledges: 20,
    items: 200,
};

/// One sentence per count beyond [`LARGEST`], saying what to do.
pub fn size_warnings(plan: &Plan) -> Vec<String> {
    let answers: usize = plan.asks.iter().map(|a| a.to.len()).sum();
    [
        (
            "institutions",
            plan.institutions.len(),
            LARGEST.institutions,
        ),
        (
            "power-holders",
            plan.power_holders.len(),
            LARGEST.power_holders,
        ),
        ("asks", plan.asks.len(), LARGEST.asks),
        (
            "answers (asks times power-holders)",
            answers,
            LARGEST.answers,
        ),
        ("pledges", plan.pledges.len(), LARGEST.pledges),
        ("items", plan.items.len(), LARGEST.items),
    ]
    .into_iter()
    .filter(|&(_, count, limit)| count > limit)
    .map(|(what, count, limit)| {
        format!(
            "{count} {what} is beyond the largest plan assembly supports ({limit}); \
             it will run, but phones may be slow to update and memory per phone is \
             untested: rehearse it with `assembly rehearse` before the night, or trim the plan"
        )
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    const PLAN: &str = "[assembly]\ntitle = \"T\"\nvenue = \"Hall\"\n\n\
        [[institution]]\nid = \"a\"\nname = \"A\"\npromised = 1\n\n\
        [[item]]\ntitle = \"Welcome\"\nkind = \"welcome\"\nminutes = 3\n";

    #[test]
    fn plans_beyond_the_largest_supported_are_warned_about() {
        let mut plan = parse(PLAN).unwrap();
        assert!(super::size_warnings(&plan).is_empty());
        let one = plan.institutions[0].clone();
        plan.institutions = (0..=super::LARGEST.institutions)
            .map(|n| crate::domain::plan::Institution {
                id: format!("i{n}").as_str().into(),
                ..one.clone()
            })
            .collect();
        let warnings = super::size_warnings(&plan);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("501 institutions"), "{warnings:?}");
        assert!(warnings[0].contains("(500)"), "{warnings:?}");
    }
}
