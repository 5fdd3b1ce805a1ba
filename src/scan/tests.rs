//! The pass's tests: what it assumes of the rules (their groups, their
//! refusals, where their matches start), checked on the corpus.
use super::*;

/// A hit's named groups, found by comparing the rule's group names, are
/// the groups the captures give by name, for every group of every rule
/// on its matches in the dev articles.
#[test]
fn groups_by_name_are_the_captures_groups() {
    let c = compiled();
    let mut compared = 0;
    for (_, text) in crate::corpus_articles::articles(&["dev"]) {
        for (pid, single) in c.single.iter().enumerate() {
            for caps in single.get().captures_iter(&text) {
                let Some(m) = caps.get_match() else { continue };
                let hit = Hit {
                    text: &text,
                    start: m.start(),
                    end: m.end(),
                    caps: &caps,
                };
                let names = caps.group_info().pattern_names(m.pattern());
                for name in names.flatten() {
                    let expected = caps.get_group_by_name(name).map(|s| (s.start, s.end));
                    assert_eq!(
                        hit.span(name),
                        expected,
                        "{} group {name}",
                        c.rules[pid].name
                    );
                    compared += 1;
                }
                assert_eq!(hit.span("no such group"), None);
            }
        }
    }
    assert!(compared > 1000, "only {compared} groups compared");
}

/// Every position where a rule's match starts passes the byte-pair
/// test the pass asks first (the sets are supersets): each rule alone,
/// anchored at every character of the dev and train articles.
#[test]
fn matches_start_only_where_the_pairs_say() {
    let c = compiled();
    let mut checked = 0;
    for (path, text) in crate::corpus_articles::articles(&["dev", "train"]) {
        let bytes = text.as_bytes();
        for (start, _) in text.char_indices() {
            let window = ceil_char(&text, (start + MAX_RULE_SPAN).min(text.len()));
            let input = Input::new(&text)
                .range(start..window)
                .anchored(Anchored::Yes);
            for (pid, single) in c.single.iter().enumerate() {
                if single.get().search(&input).is_none() {
                    continue;
                }
                checked += 1;
                assert!(
                    c.starts.can_start(bytes, start),
                    "{} matches at {start} of {} ({:?})",
                    c.rules[pid].name,
                    path.display(),
                    &text[start..ceil_char(&text, (start + 12).min(text.len()))]
                );
                if !c.rules[pid].refuses_glued {
                    assert!(
                        c.glued_starts.can_start(bytes, start),
                        "{} (taking glued matches) matches at {start} of {}",
                        c.rules[pid].name,
                        path.display()
                    );
                }
            }
        }
    }
    assert!(checked > 10_000, "only {checked} matches checked");
}

/// A rule marked `refuses_glued` does refuse every match with a letter
/// or digit right before it: on the dev and train articles, each of its
/// matches at such a position is built and must be refused (the pass
/// skips them unread). Marking a rule that does take such matches fails
/// here ("listed_number" does: "Nghị định 29 và 178").
#[test]
fn rules_refusing_glued_matches_refuse_them() {
    let c = compiled();
    let mut checked = 0;
    for (path, text) in crate::corpus_articles::articles(&["dev", "train"]) {
        let ctx = Context {
            text: &text,
            reference: None,
        };
        for (pid, rule) in c.rules.iter().enumerate() {
            if !rule.refuses_glued {
                continue;
            }
            let mut caps = c.single[pid].get().create_captures();
            for (start, _) in text.char_indices() {
                if boundary_before(&text, start) {
                    continue;
                }
                let window = ceil_char(&text, (start + MAX_RULE_SPAN).min(text.len()));
                let input = Input::new(&text)
                    .range(start..window)
                    .anchored(Anchored::Yes);
                c.single[pid].get().search_captures(&input, &mut caps);
                if caps.is_match() {
                    checked += 1;
                    let found = try_build(&ctx, c, pid, &caps);
                    assert!(
                        found.is_none(),
                        "{} took a glued match at {start} of {}",
                        rule.name,
                        path.display()
                    );
                }
            }
        }
    }
    // The articles hold many ("khai", digits inside numbers).
    assert!(checked > 1000, "only {checked} glued matches checked");
}
