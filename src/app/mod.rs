//! The yew app.
