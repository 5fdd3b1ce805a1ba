//! Turning bytes a user hands over into text (filled in later).
