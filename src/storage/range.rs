//! The HTTP `Range` header, for recordings that must play (and seek) in the browser.

use std::ops::Range;

/// What to send for a `Range` header against an object of a known size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RangeRequest {
    /// No usable range: send everything with 200.
    Whole,
    /// Send these bytes with 206.
    Partial(Range<u64>),
    /// The range starts past the end: 416.
    Unsatisfiable,
}

/// Reads a single-range header (`bytes=0-99`, `bytes=100-`, `bytes=-500`). Several ranges in one
/// header, or a header we cannot read, get the whole object, which the standard allows.
pub fn parse_range(header: Option<&str>, size: u64) -> RangeRequest {
    let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
        return RangeRequest::Whole;
    };
    if spec.contains(',') {
        return RangeRequest::Whole;
    }
    let Some((start, end)) = spec.trim().split_once('-') else {
        return RangeRequest::Whole;
    };
    let (start, end) = (start.trim(), end.trim());
    match (start.parse::<u64>().ok(), end.parse::<u64>().ok()) {
        // bytes=-N: the last N bytes
        (None, Some(suffix)) if start.is_empty() => {
            if suffix == 0 || size == 0 {
                RangeRequest::Unsatisfiable
            } else {
                RangeRequest::Partial(size.saturating_sub(suffix)..size)
            }
        }
        (Some(first), None) if end.is_empty() => {
            if first >= size {
                RangeRequest::Unsatisfiable
            } else {
                RangeRequest::Partial(first..size)
            }
        }
        (Some(first), Some(last)) if first <= last => {
            if first >= size {
                RangeRequest::Unsatisfiable
            } else {
                RangeRequest::Partial(first..(last + 1).min(size))
            }
        }
        _ => RangeRequest::Whole,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_forms_of_a_single_range() {
        assert_eq!(parse_range(Some("bytes=0-99"), 1000), RangeRequest::Partial(0..100));
        assert_eq!(parse_range(Some("bytes=900-"), 1000), RangeRequest::Partial(900..1000));
        assert_eq!(parse_range(Some("bytes=-100"), 1000), RangeRequest::Partial(900..1000));
    }

    #[test]
    fn clamps_an_end_past_the_object() {
        assert_eq!(parse_range(Some("bytes=990-5000"), 1000), RangeRequest::Partial(990..1000));
        assert_eq!(parse_range(Some("bytes=-5000"), 1000), RangeRequest::Partial(0..1000));
    }

    #[test]
    fn a_start_past_the_end_is_unsatisfiable() {
        assert_eq!(parse_range(Some("bytes=1000-"), 1000), RangeRequest::Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=1000-1200"), 1000), RangeRequest::Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=-0"), 1000), RangeRequest::Unsatisfiable);
    }

    #[test]
    fn anything_else_gets_the_whole_object() {
        for header in [None, Some(""), Some("items=0-1"), Some("bytes=0-1,5-6"), Some("bytes=5-2"), Some("bytes=a-b")] {
            assert_eq!(parse_range(header, 1000), RangeRequest::Whole, "{header:?}");
        }
    }
}
