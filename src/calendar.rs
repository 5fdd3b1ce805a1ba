//! A calendar date that may lack its day or month ("năm 2023", "tháng 10/2023").

use std::fmt;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct CivilDate {
    pub year: i32,
    /// 1–12, or 0 when only the year is known.
    pub month: u32,
    /// 1–31, or 0 when the day is not known.
    pub day: u32,
}

impl CivilDate {
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(CivilDate { year, month, day })
    }

    pub fn year_only(year: i32) -> CivilDate {
        CivilDate {
            year,
            month: 0,
            day: 0,
        }
    }

    /// A month with no day ("2024-01"); `None` unless `month` is 1–12.
    pub fn year_month(year: i32, month: u32) -> Option<CivilDate> {
        (1..=12).contains(&month).then_some(CivilDate {
            year,
            month,
            day: 0,
        })
    }

    /// Parses "2023-11-25", "2023-11" or "2023".
    pub fn parse(s: &str) -> Option<CivilDate> {
        let mut parts = s.trim().split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = match parts.next() {
            Some(m) => m.parse().ok()?,
            None => 0,
        };
        let day: u32 = match parts.next() {
            Some(d) => d.parse().ok()?,
            None => 0,
        };
        if parts.next().is_some() || !(1000..=9999).contains(&year) {
            return None;
        }
        match (month, day) {
            (0, 0) => Some(CivilDate::year_only(year)),
            (m, 0) => CivilDate::year_month(year, m),
            (m, d) => CivilDate::new(year, m, d),
        }
    }
}

impl CivilDate {
    /// The ISO weekday of a full date: 1 Monday … 7 Sunday.
    pub fn iso_weekday(&self) -> u32 {
        // Sakamoto's method: 0 is Sunday.
        const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 {
            self.year - 1
        } else {
            self.year
        };
        let m = self.month.clamp(1, 12) as usize;
        let sunday_first = (y + y.div_euclid(4) - y.div_euclid(100)
            + y.div_euclid(400)
            + OFFSETS[m - 1]
            + self.day as i32)
            .rem_euclid(7);
        if sunday_first == 0 {
            7
        } else {
            sunday_first as u32
        }
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print_round_trip() {
        for s in ["2023-11-25", "2023-02", "2024", "2024-02-29"] {
            assert_eq!(CivilDate::parse(s).unwrap().to_string(), s);
        }
        assert!(CivilDate::parse("2023-02-29").is_none());
        assert!(CivilDate::parse("2023-13").is_none());
        assert_eq!(CivilDate::new(2017, 4, 9).unwrap().iso_weekday(), 7);
        assert_eq!(CivilDate::new(2017, 2, 6).unwrap().iso_weekday(), 1);
        assert_eq!(CivilDate::new(2024, 1, 11).unwrap().iso_weekday(), 4);
    }
}
