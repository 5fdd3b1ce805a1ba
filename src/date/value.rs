//! Giving a year to dates written without one. News reports on what has
//! happened, so a day or month that would fall well after the reference date
//! belongs to the year before.

use super::calendar::CivilDate;

/// How far after the reference date a yearless date may still fall (an
/// announced event) before it is read as last year's.
const DAYS_AHEAD_ALLOWED: i32 = 45;

/// ISO value for "24/11" against the reference date.
pub fn resolve_day_month(reference: Option<CivilDate>, day: u32, month: u32) -> Option<String> {
    let Some(r) = reference else {
        // No year known: still a valid date, written as --MM-DD (ISO 8601:2000).
        CivilDate::new(2000, month, day)?;
        return Some(format!("--{month:02}-{day:02}"));
    };
    let mut year = r.year;
    if r.month != 0 && r.day != 0 {
        let ahead = ordinal(year, month, day) - ordinal(r.year, r.month, r.day);
        if ahead > DAYS_AHEAD_ALLOWED {
            year -= 1;
        } else if ahead < -(365 - DAYS_AHEAD_ALLOWED) {
            year += 1;
        }
    } else if r.month != 0 && month > r.month + 1 {
        year -= 1;
    }
    Some(CivilDate::new(year, month, day)?.to_string())
}

/// ISO value for "tháng 10" against the reference date.
pub fn resolve_month(reference: Option<CivilDate>, month: u32) -> Option<String> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let Some(r) = reference else {
        return Some(format!("--{month:02}"));
    };
    let mut year = r.year;
    if r.month != 0 && month > r.month + 1 {
        year -= 1;
    }
    Some(format!("{year:04}-{month:02}"))
}

/// ISO value for "quý III" against the reference date: its months, in the
/// year before when the quarter begins more than a month after the reference.
pub fn resolve_quarter(reference: Option<CivilDate>, quarter: u32) -> Option<String> {
    let first = quarter * 3 - 2;
    let Some(r) = reference else {
        // No year known: the months alone, as "--MM" dates are written.
        return Some(format!("--{first:02}/--{:02}", first + 2));
    };
    let year = if r.month != 0 && first > r.month + 1 {
        r.year - 1
    } else {
        r.year
    };
    Some(format!("{year}-{first:02}/{year}-{:02}", first + 2))
}

/// Days since an arbitrary epoch, enough to compare dates.
fn ordinal(year: i32, month: u32, day: u32) -> i32 {
    let before: u32 = (1..month)
        .map(|m| super::calendar::days_in_month(year, m))
        .sum();
    year * 366 + before as i32 + day as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yearless_dates_prefer_the_past() {
        let r = CivilDate::new(2024, 1, 5);
        assert_eq!(resolve_day_month(r, 28, 12).unwrap(), "2023-12-28");
        assert_eq!(resolve_day_month(r, 10, 1).unwrap(), "2024-01-10");
        assert_eq!(resolve_day_month(r, 20, 1).unwrap(), "2024-01-20");
        let r = CivilDate::new(2023, 11, 25);
        assert_eq!(resolve_day_month(r, 24, 11).unwrap(), "2023-11-24");
        assert_eq!(resolve_month(r, 10).unwrap(), "2023-10");
        assert_eq!(
            resolve_day_month(Some(CivilDate::year_only(2024)), 11, 1).unwrap(),
            "2024-01-11"
        );
        assert_eq!(resolve_day_month(None, 3, 8).unwrap(), "--08-03");
        assert!(resolve_day_month(r, 31, 2).is_none());
        assert_eq!(resolve_quarter(r, 4).unwrap(), "2023-10/2023-12");
        let r = CivilDate::new(2024, 1, 11);
        assert_eq!(resolve_quarter(r, 4).unwrap(), "2023-10/2023-12");
        assert_eq!(resolve_quarter(r, 1).unwrap(), "2024-01/2024-03");
    }
}
