//! The PLACE look-up: the strings of `patterns.rs`, prepared at build time
//! (`build.rs`: every spelling computed, one per line with what it stands
//! for) and read at start into a trie (sorted, then built in one pass),
//! asked for the longest string starting at a position. Nothing is compiled
//! when the page or the worker starts: no spelling variants, no automaton
//! with failure links (building an Aho-Corasick automaton of the 8,900
//! strings was the largest start-up step). The lines ship about as small as
//! the gazetteer itself once compressed; a prebuilt transducer was tried and
//! compressed to twice that.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

pub use super::patterns::{Level, TypeWord, What};

/// Every pattern on its line, the line number its id: the encoded What, a
/// tab and the pattern.
static PATTERNS: &str = include_str!(concat!(env!("OUT_DIR"), "/places.txt"));

/// No node.
const NONE: u32 = u32::MAX;

/// A node of the trie as it is built: the byte leading to it, its first
/// child and next sibling, and the value of the pattern ending here (or
/// [`NONE`]).
#[derive(Clone, Copy)]
struct BuildNode {
    byte: u8,
    first_child: u32,
    next_sibling: u32,
    value: u32,
}

/// A node of the trie as it is searched: its children are the nodes
/// `first_child..first_child + children`, in byte order, and the bytes
/// leading to them are `Lexicon::labels` at the same indices. Nodes are laid
/// out breadth first, so the upper levels, where every look-up goes, sit
/// together, and a node's children share a cache line or two (a look-up
/// follows about seven links; scattered, they missed the cache each time).
#[derive(Clone, Copy)]
struct Node {
    first_child: u32,
    value: u32,
    children: u16,
}

pub struct Lexicon {
    nodes: Vec<Node>,
    /// The byte leading to each node.
    labels: Vec<u8>,
    /// The nodes one byte deep, by that byte.
    root: [u32; 256],
    /// For single-syllable names: lower-case words that must not follow
    /// ("Pháp luật", "Anh hùng"), keyed by pattern id.
    pub blocked_next: HashMap<usize, &'static [&'static str]>,
}

/// The longest pattern found at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    /// The pattern's id (its rank in `patterns::patterns`).
    pub id: usize,
    pub what: What,
}

impl Lexicon {
    /// Whether some pattern starts with byte `b` (a match can start only
    /// there; see `place::find`).
    pub fn starts_with_byte(&self, b: u8) -> bool {
        self.root[usize::from(b)] != NONE
    }

    /// The longest pattern that `text[at..]` starts with.
    pub fn longest_at(&self, text: &str, at: usize) -> Option<Found> {
        let bytes = &text.as_bytes()[at..];
        let mut node = self.root[usize::from(*bytes.first()?)];
        let mut best = None;
        let mut i = 1;
        while node != NONE {
            let n = self.nodes[node as usize];
            if n.value != NONE {
                best = Some((at + i, n.value));
            }
            let Some(&b) = bytes.get(i) else {
                break;
            };
            let first = n.first_child as usize;
            let labels = &self.labels[first..first + usize::from(n.children)];
            node = match labels.iter().position(|&l| l == b) {
                Some(k) => (first + k) as u32,
                None => NONE,
            };
            i += 1;
        }
        let (end, value) = best?;
        Some(Found {
            start: at,
            end,
            id: (value >> 8) as usize,
            what: super::patterns::decode(value as u8),
        })
    }
}

/// Family names and common middle names: a place name right after one of
/// these is part of a person's name ("Nguyễn Thái Bình", "Thị Huế").
pub const NAME_WORDS: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Đoàn", "Lương", "Trương", "Mai", "Cao",
    "Lâm", "Hà", "Tô", "Tạ", "Châu", "Thái", "Phùng", "Quách", "Kiều", "Lưu", "Chu", "Vương",
    "Triệu", "Nông", "Nghiêm", "Tôn", "Lại", "Thạch", "Văn", "Thị", "Hữu", "Đình", "Ngọc", "Công",
    "Bá", "Duy", "Thế", "Tấn", "Trọng", "Xuân", "Quốc", "Minh", "Thanh", "Quang", "Đức", "Kim",
    "Thu", "Hồng", "Mạnh", "Tuấn", "Anh", "Bác",
];

const BLOCKED_NEXT: &[(&str, &[&str])] = &[
    ("Anh", &["hùng", "em", "chị", "ấy", "ta", "Hùng"]),
    (
        "Mỹ",
        &["thuật", "phẩm", "nghệ", "quan", "mãn", "học", "nhân", "tục"],
    ),
    (
        "Pháp",
        &[
            "luật", "lệnh", "chế", "lý", "quyền", "điển", "y", "sư", "môn",
            // "thời Pháp thuộc": the colonial period.
            "thuộc",
        ],
    ),
    (
        "Ý",
        &[
            "kiến", "chí", "thức", "nghĩa", "tưởng", "định", "muốn", "niệm",
        ],
    ),
    (
        "Áo",
        &[
            "dài", "ấm", "mưa", "khoác", "phao", "len", "quần", "xanh", "trắng",
        ],
    ),
    ("Nhật", &["ký", "thực", "báo", "trình"]),
    ("Đức", &["tin", "độ", "tính", "hạnh", "dục"]),
    ("Nga", &["my"]),
];

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(load)
}

fn load() -> Lexicon {
    let mut entries: Vec<(&[u8], u32)> = PATTERNS
        .lines()
        .enumerate()
        .map(|(id, line)| {
            let (code, pattern) = line
                .split_once('\t')
                .expect("build.rs writes code\tpattern");
            let code: u32 = code.parse().expect("build.rs writes a number");
            (pattern.as_bytes(), (id as u32) << 8 | code)
        })
        .collect();
    entries.sort_unstable_by_key(|e| e.0);
    let (nodes, labels) = breadth_first(&trie(entries.into_iter()));
    let mut root = [NONE; 256];
    let top = nodes[0];
    for k in top.first_child..top.first_child + u32::from(top.children) {
        root[usize::from(labels[k as usize])] = k;
    }
    let mut lex = Lexicon {
        nodes,
        labels,
        root,
        blocked_next: HashMap::default(),
    };
    for (name, words) in BLOCKED_NEXT {
        if let Some(found) = lex.longest_at(name, 0).filter(|f| f.end == name.len()) {
            lex.blocked_next.insert(found.id, *words);
        }
    }
    lex
}

/// The trie of `entries` (patterns in byte order, each once), node 0 its
/// root: each pattern shares its path with the previous one as far as their
/// common prefix, so one pass builds it.
fn trie<'a>(entries: impl Iterator<Item = (&'a [u8], u32)>) -> Vec<BuildNode> {
    let mut nodes = vec![BuildNode {
        byte: 0,
        first_child: NONE,
        next_sibling: NONE,
        value: NONE,
    }];
    // The nodes on the previous pattern's path, the root first.
    let mut path: Vec<u32> = vec![0];
    let mut prev: &[u8] = &[];
    for (key, value) in entries {
        let common = prev.iter().zip(key).take_while(|(a, b)| a == b).count();
        path.truncate(common + 1);
        for &byte in &key[common..] {
            let parent = *path.last().expect("the root stays on the path") as usize;
            let id = nodes.len() as u32;
            // A new child goes first among its siblings (`breadth_first`
            // puts them in byte order).
            nodes.push(BuildNode {
                byte,
                first_child: NONE,
                next_sibling: nodes[parent].first_child,
                value: NONE,
            });
            nodes[parent].first_child = id;
            path.push(id);
        }
        let last = *path.last().expect("a pattern is not empty") as usize;
        nodes[last].value = value;
        prev = key;
    }
    nodes
}

/// The trie laid out breadth first, each node's children together in byte
/// order (node 0 the root), and the byte leading to each node.
fn breadth_first(built: &[BuildNode]) -> (Vec<Node>, Vec<u8>) {
    let mut nodes: Vec<Node> = Vec::with_capacity(built.len());
    let mut labels: Vec<u8> = Vec::with_capacity(built.len());
    // The built node behind each laid-out one, in layout order.
    let mut order: Vec<u32> = Vec::with_capacity(built.len());
    order.push(0);
    labels.push(0);
    let mut children: Vec<u32> = Vec::new();
    let mut next = 0;
    while next < order.len() {
        let old = &built[order[next] as usize];
        children.clear();
        let mut child = old.first_child;
        while child != NONE {
            children.push(child);
            child = built[child as usize].next_sibling;
        }
        children.sort_unstable_by_key(|&c| built[c as usize].byte);
        nodes.push(Node {
            first_child: order.len() as u32,
            value: old.value,
            children: u16::try_from(children.len()).expect("at most 256 children"),
        });
        for &c in &children {
            order.push(c);
            labels.push(built[c as usize].byte);
        }
        next += 1;
    }
    (nodes, labels)
}
