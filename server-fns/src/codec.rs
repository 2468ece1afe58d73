//! The encoding of server-function answers: JSON, written with `serde_json` on the server and
//! read with `miniserde` in the widget, whose code is a fraction of `serde_json`'s (the biggest
//! saving in the bundle). Both read and write the same JSON: `tests/server.rs` decodes every
//! answer with both.

use bytes::Bytes;
use server_fn::codec::Post;
use server_fn::{ContentType, Decodes, Encodes, Format, FormatType};

pub struct MiniJsonEncoding;

impl ContentType for MiniJsonEncoding {
    const CONTENT_TYPE: &'static str = "application/json";
}

impl FormatType for MiniJsonEncoding {
    const FORMAT_TYPE: Format = Format::Text;
}

impl<T: serde::Serialize> Encodes<T> for MiniJsonEncoding {
    type Error = serde_json::Error;

    fn encode(output: &T) -> Result<Bytes, Self::Error> {
        serde_json::to_vec(output).map(Bytes::from)
    }
}

/// A body that is not JSON of the expected shape.
#[derive(Debug)]
pub struct DecodeError;

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unexpected answer")
    }
}

impl<T: miniserde::Deserialize> Decodes<T> for MiniJsonEncoding {
    type Error = DecodeError;

    fn decode(bytes: Bytes) -> Result<T, Self::Error> {
        let text = std::str::from_utf8(&bytes).map_err(|_| DecodeError)?;
        miniserde::json::from_str(text).map_err(|_| DecodeError)
    }
}

/// Answers as JSON in the body of a `POST` response.
pub type MiniJson = Post<MiniJsonEncoding>;
