//! What the app keeps in the browser's localStorage, so that a reload loses
//! nothing: the text (key [`TEXT_KEY`]) and the settings (key
//! [`SETTINGS_KEY`]: language, hidden types, reference date). Nothing else is
//! stored, and nothing ever leaves the browser.

use crate::CivilDate;

use super::i18n::Lang;

pub const TEXT_KEY: &str = "soi.text";
pub const SETTINGS_KEY: &str = "soi.settings";
/// Texts longer than this (UTF-16 units, about 4 MB as the browser stores
/// them) are not kept: the browser's quota is about 5 MB per site.
pub const MAX_STORED_UNITS: usize = 2_000_000;

/// The settings that survive a reload.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Settings {
    pub lang: Option<Lang>,
    pub hidden: [bool; 6],
    pub reference: Option<CivilDate>,
}

impl Settings {
    pub fn to_json(&self) -> String {
        serde_json::json!({
            "lang": self.lang.map(|l| l.code()),
            "hidden": self.hidden,
            "reference": self.reference.map(|d| d.to_string()),
        })
        .to_string()
    }

    pub fn from_json(s: &str) -> Settings {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(s) else {
            return Settings::default();
        };
        let mut hidden = [false; 6];
        if let Some(a) = v["hidden"].as_array() {
            for (h, x) in hidden.iter_mut().zip(a) {
                *h = x.as_bool().unwrap_or(false);
            }
        }
        Settings {
            lang: v["lang"].as_str().map(Lang::from_tag),
            hidden,
            reference: v["reference"].as_str().and_then(CivilDate::parse),
        }
    }
}

/// Why the text was not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotKept {
    TooLong,
    /// The browser refused (quota, or storage is disabled).
    Refused,
}

fn local() -> Option<web_sys::Storage> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.local_storage().ok()?
}

/// The stored text and settings (`None` for the text when none was stored).
pub fn load() -> (Option<String>, Settings) {
    let Some(s) = local() else {
        return (None, Settings::default());
    };
    let text = s.get_item(TEXT_KEY).ok().flatten();
    let settings = s
        .get_item(SETTINGS_KEY)
        .ok()
        .flatten()
        .map(|j| Settings::from_json(&j))
        .unwrap_or_default();
    (text, settings)
}

pub fn save_settings(settings: &Settings) {
    if let Some(s) = local() {
        let _ = s.set_item(SETTINGS_KEY, &settings.to_json());
    }
}

/// Keeps `text`; when it cannot, removes the older copy (a reload then opens
/// empty rather than with an outdated text) and says why.
pub fn save_text(text: &str) -> Result<(), NotKept> {
    let Some(s) = local() else {
        return Ok(());
    };
    // UTF-16 units ≤ bytes of UTF-8: only count when it may matter.
    if text.len() > MAX_STORED_UNITS && text.encode_utf16().count() > MAX_STORED_UNITS {
        let _ = s.set_item(TEXT_KEY, "");
        return Err(NotKept::TooLong);
    }
    if s.set_item(TEXT_KEY, text).is_err() {
        let _ = s.set_item(TEXT_KEY, "");
        return Err(NotKept::Refused);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip() {
        let s = Settings {
            lang: Some(Lang::En),
            hidden: [false, true, false, false, false, true],
            reference: CivilDate::new(2023, 11, 25),
        };
        assert_eq!(Settings::from_json(&s.to_json()), s);
        assert_eq!(Settings::from_json("garbage"), Settings::default());
    }
}
