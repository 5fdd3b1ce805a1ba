//! What the app keeps in the browser, so that a reload loses nothing: the
//! workspace (every article with its text, reference date and corrections)
//! in IndexedDB through `www/store.js`, written after every change; the
//! settings (language, hidden types) in localStorage (key [`SETTINGS_KEY`]).
//! Nothing ever leaves the browser.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use crate::CivilDate;

use super::i18n::Lang;
use super::js_text;
use super::workspace::{Article, Record};

/// Where an older version kept the text (read once, then removed).
pub const TEXT_KEY: &str = "soi.text";
pub const SETTINGS_KEY: &str = "soi.settings";

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

fn local() -> Option<web_sys::Storage> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.local_storage().ok()?
}

/// The stored settings.
pub fn load_settings() -> Settings {
    local()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .map(|j| Settings::from_json(&j))
        .unwrap_or_default()
}

pub fn save_settings(settings: &Settings) {
    if let Some(s) = local() {
        let _ = s.set_item(SETTINGS_KEY, &settings.to_json());
    }
}

/// The text an older version kept in localStorage (moved into the
/// workspace on the first visit since); removed from there when `remove`.
pub fn take_legacy_text(remove: bool) -> Option<String> {
    let s = local()?;
    let text = s.get_item(TEXT_KEY).ok().flatten();
    if remove {
        let _ = s.remove_item(TEXT_KEY);
    }
    text
}

/// The workspace as boot.js read it from IndexedDB (`www/store.js`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stored {
    pub articles: Vec<Article>,
    pub current: usize,
    /// The browser would not open the database (private mode, disabled).
    pub refused: bool,
}

/// The stored meta record: the articles' order and the one shown.
pub fn meta_json(articles: &[Article], current: usize) -> String {
    serde_json::json!({
        "order": articles.iter().map(|a| a.id).collect::<Vec<_>>(),
        "current": articles.get(current).map(|a| a.id),
    })
    .to_string()
}

/// Puts stored records back in order (`meta` as [`meta_json`] wrote it).
pub fn from_records(records: &[Record], meta: Option<&str>) -> Stored {
    let mut articles: Vec<Article> = records.iter().filter_map(Article::from_record).collect();
    let meta: serde_json::Value = meta
        .and_then(|m| serde_json::from_str(m).ok())
        .unwrap_or_default();
    let order: Vec<u64> = meta["order"]
        .as_array()
        .map(|o| o.iter().filter_map(|v| v.as_u64()).collect())
        .unwrap_or_default();
    articles.sort_by_key(|a| {
        (
            order
                .iter()
                .position(|&id| id == a.id)
                .unwrap_or(usize::MAX),
            a.id,
        )
    });
    let current = meta["current"]
        .as_u64()
        .and_then(|id| articles.iter().position(|a| a.id == id))
        .unwrap_or(0);
    Stored {
        articles,
        current,
        refused: false,
    }
}

fn store() -> Option<JsValue> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("soiStore"))
        .ok()
        .filter(|v| v.is_object())
}

/// What boot.js loaded; `None` natively (server rendering, tests).
pub fn load_workspace() -> Option<Stored> {
    let loaded = js_sys::Reflect::get(&store()?, &JsValue::from_str("loaded")).ok()?;
    let get = |k: &str| js_sys::Reflect::get(&loaded, &JsValue::from_str(k)).ok();
    if get("error").and_then(|e| e.as_string()).is_some() {
        return Some(Stored {
            refused: true,
            ..Stored::default()
        });
    }
    let records: Vec<Record> = get("articles")
        .map(|a| {
            js_sys::Array::from(&a)
                .iter()
                .filter_map(|v| record(&v))
                .collect()
        })
        .unwrap_or_default();
    let meta = get("meta").and_then(|m| m.as_string());
    Some(from_records(&records, meta.as_deref()))
}

/// A stored article as IndexedDB gave it back: a JSON string (the older
/// form) or `{rest, text}`.
fn record(v: &JsValue) -> Option<Record> {
    if let Some(whole) = v.as_string() {
        return Some(Record::Whole(whole));
    }
    let field = |k: &str| {
        js_sys::Reflect::get(v, &JsValue::from_str(k))
            .ok()
            .and_then(|f| f.as_string())
    };
    Some(Record::Parts {
        rest: field("rest")?,
        text: field("text")?,
    })
}

/// An article's record as IndexedDB stores it: `{rest, text}`, the text
/// handed to JavaScript as it is (`Article::to_record_parts`), or as the
/// string it was pasted as (`js_text`).
fn js_record(article: &Article) -> JsValue {
    let (rest, text) = article.to_record_parts();
    let record = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &record,
        &JsValue::from_str("rest"),
        &JsValue::from_str(&rest),
    );
    let _ = js_sys::Reflect::set(&record, &JsValue::from_str("text"), &js_text::to_js(text));
    record.into()
}

/// What was last written: each article's revision, and the meta record.
#[derive(Debug, Default)]
pub struct Written {
    revs: HashMap<u64, u64>,
    meta: String,
}

impl Written {
    /// Marks the loaded articles as written (a reload writes nothing).
    pub fn loaded(articles: &[Article], current: usize) -> Written {
        Written {
            revs: articles.iter().map(|a| (a.id, a.rev)).collect(),
            meta: meta_json(articles, current),
        }
    }
}

/// Writes what changed since the last write; `refused` hears the browser's
/// refusal (quota, private mode): the app keeps working in memory.
pub fn save_changes(
    written: Rc<RefCell<Written>>,
    articles: &[Article],
    current: usize,
    refused: Callback<String>,
) {
    let Some(store) = store() else {
        return;
    };
    let meta = meta_json(articles, current);
    let changed: Vec<&Article> = {
        let w = written.borrow();
        articles
            .iter()
            .filter(|a| w.revs.get(&a.id) != Some(&a.rev))
            .collect()
    };
    let puts: Vec<(u64, u64)> = changed.iter().map(|a| (a.id, a.rev)).collect();
    let removed: Vec<u64> = written
        .borrow()
        .revs
        .keys()
        .filter(|id| !articles.iter().any(|a| a.id == **id))
        .copied()
        .collect();
    if puts.is_empty() && removed.is_empty() && written.borrow().meta == meta {
        return;
    }
    let js_puts = js_sys::Array::new();
    for a in changed {
        js_puts.push(&js_sys::Array::of2(
            &JsValue::from_f64(a.id as f64),
            &js_record(a),
        ));
    }
    let js_removed: js_sys::Array = removed
        .iter()
        .map(|id| JsValue::from_f64(*id as f64))
        .collect();
    let call = js_sys::Reflect::get(&store, &JsValue::from_str("save"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| {
            f.call3(&store, &js_puts, &js_removed, &JsValue::from_str(&meta))
                .ok()
        });
    let Some(promise) = call.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        refused.emit("soiStore.save".into());
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => {
                let mut w = written.borrow_mut();
                for (id, rev) in puts {
                    w.revs.insert(id, rev);
                }
                for id in removed {
                    w.revs.remove(&id);
                }
                w.meta = meta;
            }
            Err(e) => refused.emit(e.as_string().unwrap_or_default()),
        }
    });
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

    #[test]
    fn records_come_back_in_order_with_the_shown_one() {
        let a: Vec<Article> = [3, 1, 2]
            .iter()
            .map(|&id| Article::new(id, format!("a{id}"), "Hà Nội"))
            .collect();
        // The older whole records and the newer parts read alike.
        let records: Vec<Record> = [1, 2, 0]
            .iter()
            .map(|&i| match i {
                0 => Record::Whole(a[i].to_record()),
                _ => {
                    let (rest, text) = a[i].to_record_parts();
                    Record::Parts {
                        rest,
                        text: text.to_string(),
                    }
                }
            })
            .collect();
        let back = from_records(&records, Some(&meta_json(&a, 2)));
        let ids: Vec<u64> = back.articles.iter().map(|a| a.id).collect();
        assert_eq!(ids, [3, 1, 2]);
        assert_eq!(back.current, 2);
        // No meta record: by id.
        let back = from_records(&records, None);
        assert_eq!(
            back.articles.iter().map(|a| a.id).collect::<Vec<_>>(),
            [1, 2, 3]
        );
    }
}
