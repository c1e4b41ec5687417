//! Embedding and sharing: the URL state (pure parse/serialise) and the iframe height message.

pub mod card;
pub mod clip;
pub mod export;
pub mod frame;
pub mod mux;
pub mod qr;
pub mod url;

/// The `type` of the height message posted to the parent frame.
pub const HEIGHT_MESSAGE: &str = "clearance-atlas:height";
