//! What an uploaded file really is, judged by its first bytes rather than its name or the type
//! the browser claims: recordings must be video or audio, supporting files a PDF, an image or an
//! office document.

/// How many leading bytes are enough to recognise every type we accept.
pub const SNIFF_BYTES: usize = 8192;

/// A recognised file type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileType {
    pub mime: &'static str,
    /// Words for the page, e.g. "PDF".
    pub label: &'static str,
}

/// The recording's type if `head` starts a video or audio file browsers can play.
pub fn recording_type(head: &[u8]) -> Option<FileType> {
    let kind = infer::get(head)?;
    let mime = kind.mime_type();
    match kind.matcher_type() {
        infer::MatcherType::Video | infer::MatcherType::Audio => {
            Some(FileType { mime, label: if mime.starts_with("video/") { "video" } else { "audio" } })
        }
        _ => None,
    }
}

/// Supporting files we accept, by their detected type.
const ATTACHMENT_TYPES: &[(&str, &str)] = &[
    ("application/pdf", "PDF"),
    ("image/jpeg", "JPEG image"),
    ("image/png", "PNG image"),
    ("image/gif", "GIF image"),
    ("image/webp", "WebP image"),
    ("image/heif", "HEIF image"),
    ("image/heic", "HEIC image"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet"),
    ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation"),
    ("application/msword", "Word document"),
    ("application/vnd.ms-excel", "Excel spreadsheet"),
    ("application/vnd.ms-powerpoint", "PowerPoint presentation"),
    ("application/x-ole-storage", "Office document"),
    ("application/vnd.oasis.opendocument.text", "OpenDocument text"),
    ("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
    ("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"),
    ("application/rtf", "Rich text document"),
];

/// The supporting file's type if its content is one we accept.
pub fn attachment_type(content: &[u8]) -> Option<FileType> {
    let kind = infer::get(content)?;
    ATTACHMENT_TYPES.iter().find(|(mime, _)| *mime == kind.mime_type()).map(|(mime, label)| FileType { mime, label })
}

/// The name a person's file is shown and saved under: no folders, no control characters.
pub fn clean_filename(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let cleaned: String = base.chars().filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>')).take(120).collect();
    let cleaned = cleaned.trim().to_string();
    if cleaned.is_empty() { "file".to_string() } else { cleaned }
}

/// "2.4 MB", "340 KB".
pub fn human_size(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", (bytes + 1023) / 1024)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n";
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
    const MP4: &[u8] = b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom\0\0\0\x08free";
    const WEBM: &[u8] =
        b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08\x42\x82\x84webm";
    const MP3: &[u8] = b"ID3\x03\0\0\0\0\0\x21TIT2";
    const WAV: &[u8] = b"RIFF\x24\0\0\0WAVEfmt \x10\0\0\0";

    #[test]
    fn recordings_are_recognised_by_content() {
        assert_eq!(recording_type(MP4).map(|t| t.label), Some("video"));
        let mut webm = WEBM.to_vec();
        webm.resize(512, 0);
        assert_eq!(recording_type(&webm).map(|t| t.label), Some("video"), "Matroska/WebM, as phones record");
        assert_eq!(recording_type(MP3).map(|t| t.label), Some("audio"));
        assert_eq!(recording_type(WAV).map(|t| t.label), Some("audio"));
        assert_eq!(recording_type(PDF), None);
        assert_eq!(recording_type(b"just some text pretending to be a video"), None);
    }

    #[test]
    fn attachments_are_recognised_by_content_not_name() {
        assert_eq!(attachment_type(PDF).map(|t| t.mime), Some("application/pdf"));
        assert_eq!(attachment_type(PNG).map(|t| t.label), Some("PNG image"));
        assert_eq!(
            attachment_type(b"<html><script>alert(1)</script></html>"),
            None,
            "a web page called report.pdf is not a PDF"
        );
        assert_eq!(attachment_type(MP4), None);
        assert_eq!(attachment_type(b"MZ\x90\0\x03\0\0\0"), None, "programs are refused");
    }

    #[test]
    fn file_names_lose_folders_and_odd_characters() {
        assert_eq!(clean_filename("C:\\Users\\amina\\Our plan.pdf"), "Our plan.pdf");
        assert_eq!(clean_filename("../../etc/passwd"), "passwd");
        assert_eq!(clean_filename("a\"b<c>\n.pdf"), "abc.pdf");
        assert_eq!(clean_filename(""), "file");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(2_500_000), "2.4 MB");
        assert_eq!(human_size(340 * 1024), "340 KB");
    }
}
