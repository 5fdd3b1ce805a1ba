//! Whether a run of capitalized syllables holds a person's name, and where it
//! starts: a family name, a highland or foreign name after a title or a country,
//! and the words before it that make the run a place, a street or a school.

use super::*;

/// A Central Highlands name of five or six syllables, `k..=b`: "Y" or
/// "H'…" first, a highland family name after the given names ("Y Thanh Hà
/// Niê Kđăm").
fn highland_name(text: &str, ws: &[Word], k: usize, b: usize) -> bool {
    let first = &text[ws[k].start..ws[k].end];
    let opens = first == "Y" || first.starts_with("H'") || first.starts_with("H’");
    opens
        && (5..=6).contains(&(b - k + 1))
        && (k + 2..b)
            .any(|j| crate::people::HIGHLAND_FAMILY_NAMES.contains(&&text[ws[j].start..ws[j].end]))
}

/// Decides whether capitalized words `a..=b` hold a person's name.
pub(super) fn judge_run(
    text: &str,
    ws: &[Word],
    a: usize,
    b: usize,
    deferred: &mut Vec<(usize, usize)>,
) -> Option<Mention> {
    // The name starts at the first family name leaving 2–4 syllables.
    // A family-name syllable that ends a place name ("Tỉnh ủy Bình Dương
    // Trần Văn Nam") belongs to the place.
    // So does one inside a place's name ("Đại sứ Bồ Đào Nha Francisco …").
    let ends_place = |k: usize| {
        // One look-up: the longest place from word `j` reaching word `k`'s end.
        (a.max(k.saturating_sub(2))..k).any(|j| {
            crate::gazetteer::place_name_end(text, ws[j].start).is_some_and(|e| e >= ws[k].end)
        })
    };
    // "Đại sứ Thái Lan Suriya Chindawongse": a country before a foreign
    // name may open with a family name's syllable ("Thái").
    let opens_place_before_foreign = |k: usize| foreign_after_place(text, ws, k, b, true).is_some();
    // "Quế Thị Trâm Ngọc": "Thị" is only ever a woman's middle name, so the
    // syllable before it is a family name, listed or not.
    let before_thi = |k: usize| k < b && &text[ws[k + 1].start..ws[k + 1].end] == "Thị";
    // "Chủ tịch UBND xã Đại Đồng Nguyễn Văn Nhã": a unit after its admin word
    // has two syllables at least, so a family name's syllable second in the
    // run, before a three-syllable name, is the unit's.
    let ends_unit = |k: usize| {
        k == a + 1
            && b - k == 3
            && is_family_name(&text[ws[k + 1].start..ws[k + 1].end])
            && crate::words::word_before(text, ws[a].start)
                .is_some_and(crate::people::is_admin_word)
    };
    let s = (a..=b).find(|&k| {
        (is_family_name(&text[ws[k].start..ws[k].end]) || before_thi(k))
            && ((2..=4).contains(&(b - k + 1)) || highland_name(text, ws, k, b))
            && !ends_place(k)
            && !ends_unit(k)
            && !opens_place_before_foreign(k)
    });
    // "Tổng Thư ký ASEAN Kao Kim Hourn": a foreign name may hold a Vietnamese
    // family name's syllable ("Kim"); a first word that is no Vietnamese
    // syllable, right after a title, opens the name.
    let s = s.map(|k| {
        let vietnamese =
            |j: usize| crate::syllable::is_vietnamese_syllable(&text[ws[j].start..ws[j].end]);
        // Not "Tổng Giám đốc Petrovietnam Lê Ngọc Sơn": a Vietnamese name
        // after a brand.
        let foreign_first = k > a
            && b - a < 4
            && (a..k).all(|j| !vietnamese(j))
            && (k..=b).any(|j| !vietnamese(j))
            && !is_place_name(&text[ws[a].start..ws[k - 1].end])
            && (honorific_before(text, ws[a].start)
                || role_before(text, ws[a].start).is_some()
                || role_before(text, ws[k].start).is_some());
        if foreign_first {
            a
        } else {
            k
        }
    });
    // "Đại sứ Lào tại Việt Nam Xẻng-phết Hùng-bun-nhuông": two to four
    // transliterated words ending the run are a foreign name on their own,
    // whatever stands before them.
    let transliterated = |k: usize| text[ws[k].start..ws[k].end].contains('-');
    let s = (a..b)
        .find(|&k| b - k <= 3 && (k..=b).all(transliterated))
        .or(s);
    let honorific_at = |k: usize| honorific_before(text, ws[k].start);
    if a == b {
        // One syllable after an honorific ("đồng chí Hảo"): a given name, kept
        // for the check against the full names found.
        // Else a given name alone ("Tùng đưa cho Trường …") after its full
        // name appeared ("Trần Công Tùng"); checked once all names are known.
        let word = &text[ws[a].start..ws[a].end];
        if honorific_at(a) || !not_name_word(word) || uncle_ho(text, ws[a].start, ws[a].end) {
            deferred.push((ws[a].start, ws[a].end));
        }
        return None;
    }
    let (start_k, end_k) = match s {
        Some(k) => (k, b),
        // No family name: an honorific or a title right before still makes a
        // name ("đồng chí Y Biêr Niê", "Tổng thống Joe Biden").
        // "Bộ trưởng Prak Sokhonn", "… Liên bang Nga Igor Zubov", "Đại sứ Bồ
        // Đào Nha Francisco Vaz Patto" (the country's words do not count).
        None if b > a && {
            let foreign = || {
                foreign_after_place(text, ws, a, b, false)
                    .is_some_and(|k| role_before(text, ws[k].start).is_some())
            };
            // "Tổng Giám đốc Samsung Display Việt Nam": a body's name.
            crate::org::name_at(text, ws[a].start).is_none()
                && ((b - a < 4
                    && (honorific_at(a)
                        || short_title_before(text, ws[a].start)
                        || age_after(text, ws[b].end)
                        // "A Pớt - Phó Bí thư Tỉnh ủy": a title set off after it.
                        || titled_after(text, ws[b].end)))
                    || foreign())
        } =>
        {
            // "Thủ tướng Nhật Bản Kishida Fumio": the country belongs to the title.
            let after_place = (a + 1..b)
                .rev()
                .find(|&k| is_place_name(&text[ws[a].start..ws[k - 1].end]))
                .unwrap_or(a);
            (after_place, b)
        }
        None => return None,
    };
    let (start, end) = (ws[start_k].start, ws[end_k].end);
    let name = &text[start..end];
    let honorific = honorific_at(start_k);
    let prev_word = text[..start]
        .trim_end_matches(' ')
        .rsplit(|c: char| !is_word_char(c) && c != '.')
        .next()
        .unwrap_or("");
    if !honorific && is_place_name(name) {
        return None;
    }
    // "Bí thư Đảng ủy xã Thạch Bằng": two syllables right after a lower-case
    // admin word name the unit, gazetteer or not; a person named there has
    // three ("Chủ tịch UBND tỉnh Lê Văn Dũng").
    // "xã Lưu Nghiệp Anh": a commune named after a person, after its admin word.
    // "Bí thư Huyện ủy Văn Lâm, Phó Ban …": a Party committee's locality, not a
    // person titled after it.
    let committee_before = prev_word == "ủy"
        && ["Tỉnh ủy", "Huyện ủy", "Thành ủy", "Quận ủy", "Thị ủy"]
            .iter()
            .any(|c| text[..start].trim_end_matches(' ').ends_with(c));
    let unit_named_after_person = (crate::people::is_admin_word(prev_word) || committee_before)
        && crate::gazetteer::is_any_place_name(name);
    // The provinces are few and known: after "tỉnh" two syllables that are
    // none of them are the next person's ("Phó Chủ tịch UBND tỉnh Nguyễn Minh").
    let unit_after_admin_word = crate::people::is_admin_word(prev_word)
        && (prev_word != "tỉnh" || crate::gazetteer::is_any_place_name(name));
    if !honorific && ((end_k == start_k + 1 && unit_after_admin_word) || unit_named_after_person) {
        return None;
    }
    // "mộ Phạm Phú Thứ", "Đền thờ Vua Mai Hắc Đế": a memorial's name, with
    // its honouring title.
    if crate::place::venues::memorial_before(&text[..start]) {
        return None;
    }
    // A list after a title: "các Phó Chủ tịch UBND tỉnh: Võ Phiên, Trần Phước Hiền".
    let direct_before = role_before(text, start);
    let list_title = direct_before
        .is_none()
        .then(|| list_title_before(text, start).or_else(|| plural_title_before(text, start)))
        .flatten();
    let before = direct_before.or(list_title);
    // "đường Lê Lợi", "Trường THPT Nguyễn Du": named after a person. After a
    // title phrase the same words belong to the title ("… ĐBQH tỉnh Lê Văn Dũng").
    if !honorific
        && before.is_none()
        && ((NAMED_AFTER_CUES.contains(&prev_word) && !gives_a_name(text, start, prev_word))
            || named_place_before(text, start))
    {
        return None;
    }
    // Titles may stand on both sides: "Thượng tướng X, Thứ trưởng Bộ Quốc phòng".
    // A title that runs straight into another name is that person's
    // ("Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B").
    // After a dash, though, the titles up to the last comma are this
    // person's and only a short one after it is the next name's: "A - Phó Bí
    // thư Tỉnh ủy, Thượng tướng B".
    let after = role_after(text, end).and_then(|(rs, re)| {
        if !name_follows(text, re) {
            return Some((rs, re));
        }
        super::roles::own_part_before_next_title(text, end, rs, re).map(|e| (rs, e))
    });
    // A transliterated word counts its syllables ("Xẻng-phết": two).
    let syllables = end_k - start_k + 1 + name.matches('-').count();
    let cue = honorific || before.is_some() || after.is_some() || age_after(text, end);
    if !cue {
        // "các xã Ngãi Xuyên, Lưu Nghiệp Anh, Hàm Tân": a unit named after a
        // person, listed after a place.
        let listed_place =
            crate::gazetteer::is_any_place_name(name) && place_listed_before(text, start);
        if listed_place {
            return None;
        }
        if syllables >= 3 && s.is_some() {
            return Some(Mention {
                start,
                end,
                role: None,
                reserved: Vec::new(),
            });
        }
        deferred.push((start, end));
        return None;
    }
    // Both title phrases are reserved; the role is the one right before the
    // name when there is one, else the one after it, else the title that
    // introduces the list the name is in ("các đồng chí UV BTV Tỉnh ủy: A -
    // Phó Chủ tịch HĐND tỉnh" gives A the post after the dash).
    let mut reserved: Vec<(usize, usize)> = [before, after].into_iter().flatten().collect();
    // "…, Bí thư Tỉnh ủy khóa XV, Trưởng Đoàn ĐBQH tỉnh": posts after a term
    // are this person's too (their bodies are no marks); the role stops at
    // the term, where the first post ends.
    let posts_end = after.map_or(end, |(_, re)| re);
    reserved.extend(
        terms::titles_after_term(text, posts_end)
            .into_iter()
            .take_while(|&(_, te)| !name_follows(text, te)),
    );
    // "Giám đốc Sở Tài chính, ông Lê Trọng Thụ": the clause's title before
    // the honorific, when no other title is attached.
    let apposed = (direct_before.or(after).or(list_title))
        .is_none()
        .then(|| title_before_honorific(text, start))
        .flatten();
    reserved.extend(apposed);
    let role = [direct_before, after, list_title, apposed]
        .into_iter()
        .flatten()
        .find_map(|(rs, re)| without_degrees(text, rs, re));
    Some(Mention {
        start,
        end,
        role,
        reserved,
    })
}

/// Where a foreign name starts in capitalized words `a..=b`, after the
/// country that may open them ("Nga Igor Zubov", "Prak Sokhonn"): two to
/// four words, one at least no Vietnamese syllable, none in capitals
/// ("NASA") or a place.
fn foreign_after_place(
    text: &str,
    ws: &[Word],
    a: usize,
    b: usize,
    need_place: bool,
) -> Option<usize> {
    let word = |k: usize| &text[ws[k].start..ws[k].end];
    // The country that opens the words, read once ("Liên bang Nga | Igor").
    let place = crate::gazetteer::place_name_end(text, ws[a].start);
    // A place's name whole ("Quảng Nam", "Hà Nội") is no one's.
    if place.is_some_and(|end| end >= ws[b].end) {
        return None;
    }
    let place_end = place
        .and_then(|end| (a..b).find(|&k| ws[k].end == end))
        .map_or(a, |k| k + 1);
    // The cheap tests first: most runs are Vietnamese names.
    if (need_place && place_end == a) || !(2..=4).contains(&(b + 1 - place_end)) {
        return None;
    }
    let names = place_end..=b;
    // No capitals inside ("NASA").
    if !names
        .clone()
        .all(|k| word(k).chars().skip(1).all(|c| !c.is_uppercase()))
    {
        return None;
    }
    // A foreign country or province before: its people's names are
    // transcribed into Vietnamese syllables ("… tỉnh Salavan Đao Vông Phon Kẹo").
    let transcribed = || {
        place_end > a
            && crate::gazetteer::foreign_place_end(text, ws[a].start) == Some(ws[place_end - 1].end)
            && !is_family_name(word(place_end))
    };
    let foreign = (names
        .clone()
        .any(|k| !crate::syllable::is_vietnamese_syllable(word(k)))
        || transcribed())
        // No place ends the run ("Facebook Việt Nam").
        && names.clone().all(|k| {
            !is_place_name(&text[ws[k].start..ws[b].end])
                && !crate::gazetteer::is_any_place_name(&text[ws[k].start..ws[b].end])
        });
    foreign.then_some(place_end)
}

/// Whether a place's name ends the list item right before `start` (", " or
/// " và " between them): "Ngãi Xuyên, | Lưu Nghiệp Anh".
fn place_listed_before(text: &str, start: usize) -> bool {
    let head = &text[..start];
    let Some(item) = head
        .strip_suffix(", ")
        .or_else(|| head.strip_suffix(" và "))
    else {
        return false;
    };
    // The item's last one to four words, looked at within 60 bytes.
    let from = crate::words::ceil_char(item, item.len().saturating_sub(60));
    let near = &item[from..];
    let words: Vec<usize> = near.match_indices(' ').map(|(i, _)| i + 1).collect();
    words
        .iter()
        .rev()
        .take(4)
        .any(|&w| crate::gazetteer::is_any_place_name(&near[w..]))
}

/// "khai tên Nguyễn Văn Giang", "có tên Lê A": "tên" gives a person's name;
/// only "mang tên" names a thing after one ("trường mang tên Nguyễn Du").
/// "giải" is a prize ("giải Trần Văn Ơn") but in "áp giải" (escorting a
/// suspect) and "hòa giải" a verb before the person.
fn gives_a_name(text: &str, start: usize, prev_word: &str) -> bool {
    let two = crate::words::words_before(text, start, 2);
    match prev_word {
        "tên" => two != "mang tên",
        "giải" => matches!(&*two, "áp giải" | "hòa giải" | "hoà giải"),
        _ => false,
    }
}
