//! One small component per file.

pub mod articles;
pub mod corrections_panel;
pub mod cross_tables;
pub mod details;
pub mod editor;
pub mod export_bar;
pub mod lang_switch;
pub mod legend;
pub mod reading;
pub mod refdate;
pub mod selection_bar;
pub mod summary;
pub mod windowed;

pub use articles::Articles;
pub use corrections_panel::CorrectionsPanel;
pub use cross_tables::CrossTables;
pub use details::Details;
pub use editor::Editor;
pub use export_bar::{ExportBar, ExportKind};
pub use lang_switch::LangSwitch;
pub use legend::Legend;
pub use reading::ReadingView;
pub use refdate::RefDate;
pub use selection_bar::SelectionBar;
pub use summary::Summary;
