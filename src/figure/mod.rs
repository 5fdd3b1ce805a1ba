//! FIGURE: quantities.
use crate::scan::Rule;

pub fn rules() -> Vec<Rule> {
    Vec::new()
}
