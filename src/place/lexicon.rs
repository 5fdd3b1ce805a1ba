//! The PLACE look-up: the strings of `patterns.rs`, compiled at build time
//! (`build.rs`) into one minimal finite-state transducer, asked for the
//! longest string starting at a position. At start its nodes are only copied
//! into flat arrays (a few thousand, in one pass: a transducer decodes each
//! node's header at every step, which made the look-up several times slower
//! than the arrays); nothing is compiled when the page or the worker starts.

use std::sync::OnceLock;

use fst::raw::{CompiledAddr, Fst};
use rustc_hash::FxHashMap as HashMap;

pub use super::patterns::{Level, TypeWord, What};

/// The prebuilt automaton: each pattern's bytes to (id << 8 | encoded What).
static AUTOMATON: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.fst"));

/// One transition: its input byte, what it adds to the output, its target.
#[derive(Clone, Copy)]
struct Edge {
    input: u8,
    out: u32,
    to: u32,
}

/// A state: its transitions `edges[first..first + len]`, by input byte,
/// and its final output if a pattern ends here.
#[derive(Clone, Copy)]
struct State {
    first: u32,
    len: u32,
    final_out: Option<u32>,
}

pub struct Lexicon {
    states: Vec<State>,
    edges: Vec<Edge>,
    /// The root's transitions, by input byte.
    root: [Option<Edge>; 256],
    /// `starts[b]`: whether some pattern starts with byte `b` (a pattern can
    /// start only there; see `place::find`).
    pub starts: [bool; 256],
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
    /// The longest pattern that `text[at..]` starts with.
    pub fn longest_at(&self, text: &str, at: usize) -> Option<Found> {
        let bytes = &text.as_bytes()[at..];
        // The root's transitions by their byte; then a short scan per state.
        let first = self.root[usize::from(*bytes.first()?)]?;
        let mut out = first.out;
        let mut state = self.states[first.to as usize];
        let mut best = state.final_out.map(|f| (at + 1, out + f));
        for (i, &b) in bytes.iter().enumerate().skip(1) {
            let edges = &self.edges[state.first as usize..(state.first + state.len) as usize];
            let Some(edge) = edges.iter().find(|e| e.input == b) else {
                break;
            };
            out += edge.out;
            state = self.states[edge.to as usize];
            if let Some(f) = state.final_out {
                best = Some((at + i + 1, out + f));
            }
        }
        let (end, value) = best?;
        let value = u64::from(value);
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
    let fst = Fst::new(AUTOMATON).expect("the automaton build.rs wrote loads");
    let (states, edges) = flatten(&fst);
    let mut root = [None; 256];
    let mut starts = [false; 256];
    let r = states[0];
    for e in &edges[r.first as usize..(r.first + r.len) as usize] {
        root[usize::from(e.input)] = Some(*e);
        starts[usize::from(e.input)] = true;
    }
    let mut lex = Lexicon {
        states,
        edges,
        root,
        starts,
        blocked_next: HashMap::default(),
    };
    for (name, words) in BLOCKED_NEXT {
        if let Some(found) = lex.longest_at(name, 0).filter(|f| f.end == name.len()) {
            lex.blocked_next.insert(found.id, *words);
        }
    }
    lex
}

/// An output as stored: ids and codes fit in 32 bits (build.rs packs them).
fn narrow(v: u64) -> u32 {
    u32::try_from(v).expect("place outputs fit in 32 bits")
}

/// The transducer's states as flat arrays, the root first (transitions are
/// kept in the transducer's order, by input byte).
fn flatten(fst: &Fst<&'static [u8]>) -> (Vec<State>, Vec<Edge>) {
    let mut index: HashMap<CompiledAddr, u32> = HashMap::default();
    let mut states: Vec<State> = Vec::new();
    let mut edges: Vec<Edge> = Vec::new();
    // States are numbered as first met; each is filled once, from a stack.
    let mut todo = vec![fst.root().addr()];
    index.insert(fst.root().addr(), 0);
    states.push(State {
        first: 0,
        len: 0,
        final_out: None,
    });
    while let Some(addr) = todo.pop() {
        let node = fst.node(addr);
        let id = index[&addr] as usize;
        states[id] = State {
            first: edges.len() as u32,
            len: node.len() as u32,
            final_out: node.is_final().then(|| narrow(node.final_output().value())),
        };
        for t in node.transitions() {
            let next = states.len() as u32;
            let to = *index.entry(t.addr).or_insert_with(|| {
                todo.push(t.addr);
                next
            });
            if to == next {
                states.push(State {
                    first: 0,
                    len: 0,
                    final_out: None,
                });
            }
            edges.push(Edge {
                input: t.inp,
                out: narrow(t.out.value()),
                to,
            });
        }
    }
    (states, edges)
}
