//! The two UI languages.

use crate::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The language for a BCP 47 tag such as `navigator.language`.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("vi") {
            Lang::Vi
        } else {
            Lang::En
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }

    /// The plural name of a type ("People").
    pub fn kind_label(self, kind: Kind) -> &'static str {
        let t = self.texts();
        match kind {
            Kind::Person => t.people,
            Kind::Org => t.orgs,
            Kind::Place => t.places,
            Kind::Date => t.dates,
            Kind::Regulation => t.documents,
            Kind::Figure => t.figures,
        }
    }

    /// The singular name of a type ("person").
    pub fn kind_name(self, kind: Kind) -> &'static str {
        match (self, kind) {
            (Lang::Vi, Kind::Person) => "người",
            (Lang::Vi, Kind::Org) => "tổ chức",
            (Lang::Vi, Kind::Place) => "địa danh",
            (Lang::Vi, Kind::Date) => "ngày tháng",
            (Lang::Vi, Kind::Regulation) => "văn bản",
            (Lang::Vi, Kind::Figure) => "số liệu",
            (Lang::En, Kind::Person) => "person",
            (Lang::En, Kind::Org) => "organization",
            (Lang::En, Kind::Place) => "place",
            (Lang::En, Kind::Date) => "date",
            (Lang::En, Kind::Regulation) => "document",
            (Lang::En, Kind::Figure) => "figure",
        }
    }
}

/// Every UI string.
pub struct Texts {
    pub title: &'static str,
    pub tagline: &'static str,
    pub language: &'static str,
    pub input_label: &'static str,
    pub input_hint: &'static str,
    pub open_file: &'static str,
    pub drop_here: &'static str,
    pub loaded: &'static str,
    pub unsupported_file: &'static str,
    pub reading: &'static str,
    pub legend: &'static str,
    pub legend_hint: &'static str,
    pub summary: &'static str,
    pub people: &'static str,
    pub orgs: &'static str,
    pub places: &'static str,
    pub dates: &'static str,
    pub documents: &'static str,
    pub figures: &'static str,
    pub name: &'static str,
    pub roles: &'static str,
    pub mentions: &'static str,
    pub id: &'static str,
    pub doc_type: &'static str,
    pub issuer: &'static str,
    pub date: &'static str,
    pub value: &'static str,
    pub unit: &'static str,
    pub sentence: &'static str,
    pub text: &'static str,
    pub role: &'static str,
    pub none_found: &'static str,
    pub details: &'static str,
    pub details_hint: &'static str,
    pub close: &'static str,
    pub reference_date: &'static str,
    pub dateline: &'static str,
    pub no_dateline: &'static str,
    pub use_dateline: &'static str,
    pub source_given: &'static str,
    pub source_dateline: &'static str,
    pub source_year: &'static str,
    pub source_none: &'static str,
    pub export: &'static str,
    pub export_json: &'static str,
    pub copy_json: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub export_html: &'static str,
    pub csv: &'static str,
    pub show_in_text: &'static str,
    pub analyzing: &'static str,
    pub marks: &'static str,
}

pub static VI: Texts = Texts {
    title: "Soi",
    tagline: "Soi tin chính thống: người, tổ chức, địa danh, ngày tháng, văn bản và số liệu",
    language: "Ngôn ngữ",
    input_label: "Văn bản bài báo",
    input_hint: "Dán bài báo vào đây, hoặc thả tệp .txt, .md, .html vào bất kỳ đâu trên trang.",
    open_file: "Mở tệp…",
    drop_here: "Thả tệp để phân tích",
    loaded: "Đã mở",
    unsupported_file: "Chỉ mở được tệp .txt, .md, .html",
    reading: "Bài báo đã đánh dấu",
    legend: "Chú giải",
    legend_hint: "Bấm để ẩn hoặc hiện một loại",
    summary: "Tổng hợp",
    people: "Người",
    orgs: "Tổ chức",
    places: "Địa danh",
    dates: "Ngày tháng",
    documents: "Văn bản",
    figures: "Số liệu",
    name: "Tên",
    roles: "Chức vụ",
    mentions: "Lần nhắc",
    id: "Số hiệu",
    doc_type: "Loại",
    issuer: "Cơ quan ban hành",
    date: "Ngày",
    value: "Giá trị",
    unit: "Đơn vị",
    sentence: "Câu",
    text: "Văn bản gốc",
    role: "Chức vụ",
    none_found: "Không tìm thấy",
    details: "Chi tiết",
    details_hint: "Chọn một mục được đánh dấu để xem giá trị chuẩn hoá.",
    close: "Đóng",
    reference_date: "Ngày tham chiếu",
    dateline: "Ngày đăng",
    no_dateline: "không thấy",
    use_dateline: "Dùng ngày đăng",
    source_given: "do bạn nhập",
    source_dateline: "theo ngày đăng",
    source_year: "theo năm trong bài",
    source_none: "không có",
    export: "Xuất",
    export_json: "Tải JSON",
    copy_json: "Sao chép JSON",
    copied: "Đã sao chép",
    copy_failed: "Không sao chép được",
    export_html: "Tải HTML",
    csv: "CSV",
    show_in_text: "Xem trong bài",
    analyzing: "Đang phân tích…",
    marks: "mục",
};

pub static EN: Texts = Texts {
    title: "Soi",
    tagline: "Reads Vietnamese official news: people, organizations, places, dates, documents and figures",
    language: "Language",
    input_label: "Article text",
    input_hint: "Paste an article here, or drop a .txt, .md or .html file anywhere on the page.",
    open_file: "Open file…",
    drop_here: "Drop the file to analyze it",
    loaded: "Opened",
    unsupported_file: "Only .txt, .md and .html files can be opened",
    reading: "Highlighted article",
    legend: "Legend",
    legend_hint: "Click to hide or show a type",
    summary: "Summary",
    people: "People",
    orgs: "Organizations",
    places: "Places",
    dates: "Dates",
    documents: "Documents",
    figures: "Figures",
    name: "Name",
    roles: "Roles",
    mentions: "Mentions",
    id: "Number",
    doc_type: "Type",
    issuer: "Issuer",
    date: "Date",
    value: "Value",
    unit: "Unit",
    sentence: "Sentence",
    text: "Original text",
    role: "Role",
    none_found: "None found",
    details: "Details",
    details_hint: "Select a highlight to see its normalized value.",
    close: "Close",
    reference_date: "Reference date",
    dateline: "Dateline",
    no_dateline: "not found",
    use_dateline: "Use dateline",
    source_given: "set by you",
    source_dateline: "from the dateline",
    source_year: "from a year in the text",
    source_none: "none",
    export: "Export",
    export_json: "Download JSON",
    copy_json: "Copy JSON",
    copied: "Copied",
    copy_failed: "Could not copy",
    export_html: "Download HTML",
    csv: "CSV",
    show_in_text: "Show in text",
    analyzing: "Analyzing…",
    marks: "marks",
};
