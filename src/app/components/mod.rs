//! One small component per file.

pub mod details;
pub mod editor;
pub mod export_bar;
pub mod lang_switch;
pub mod legend;
pub mod reading;
pub mod refdate;
pub mod summary;

pub use details::Details;
pub use editor::Editor;
pub use export_bar::{ExportBar, ExportKind};
pub use lang_switch::LangSwitch;
pub use legend::Legend;
pub use reading::ReadingView;
pub use refdate::RefDate;
pub use summary::Summary;
