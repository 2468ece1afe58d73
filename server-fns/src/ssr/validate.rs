//! Checks on what a request gives, before anything reads or writes.

use crate::api::{ApiError, ErrorId};

/// A line id as the seed and any import writes them: 1–64 ASCII letters, digits and `-`.
pub fn line_id(id: &str) -> Result<&str, ApiError> {
    let well_formed = !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if well_formed {
        Ok(id)
    } else {
        Err(ErrorId::BadRequest.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ids() {
        assert!(line_id("line-fr-0001-1").is_ok());
        for bad in ["", "a b", "x'; DROP TABLE lines;--", &"a".repeat(65), "ligne-é"] {
            assert_eq!(line_id(bad), Err(ErrorId::BadRequest.into()), "{bad}");
        }
    }
}
