//! Reading numbers the Vietnamese way: "." groups thousands, "," marks decimals.

/// "2.024" → 2024, "60,52" → 60.52, "3.359,80" → 3359.8, "04" → 4.
pub fn parse_vietnamese_number(s: &str) -> Option<f64> {
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let groups: Vec<&str> = int.split('.').collect();
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    let digits: String = groups.concat();
    let mut text = digits;
    if let Some(f) = frac {
        if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        text.push('.');
        text.push_str(f);
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_grouping_and_decimals() {
        assert_eq!(parse_vietnamese_number("2.024"), Some(2024.0));
        assert_eq!(parse_vietnamese_number("60,52"), Some(60.52));
        assert_eq!(parse_vietnamese_number("3.359,80"), Some(3359.8));
        assert_eq!(parse_vietnamese_number("8.718.000"), Some(8718000.0));
        assert_eq!(parse_vietnamese_number("04"), Some(4.0));
        assert_eq!(parse_vietnamese_number("1.2.3"), None);
    }
}
