//! What an uploaded file really is, judged by its first bytes rather than its name or the type
//! the browser claims: recordings must be video or audio, supporting files a PDF, an image or an
//! office document.

use crate::i18n::Tr;

/// How many leading bytes are enough to recognise every type we accept.
pub const SNIFF_BYTES: usize = 8192;

/// A recognised file type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileType {
    pub mime: &'static str,
    /// Words for the page, e.g. "PDF".
    pub label: &'static str,
    /// The file name's ending for this type, without the dot (e.g. "pdf"), so a PDF is never
    /// saved as `report.html`.
    pub extension: &'static str,
}

/// The recording's type if `head` starts a video or audio file browsers can play.
pub fn recording_type(head: &[u8]) -> Option<FileType> {
    let kind = infer::get(head)?;
    let mime = kind.mime_type();
    match kind.matcher_type() {
        infer::MatcherType::Video | infer::MatcherType::Audio => {
            let label = if mime.starts_with("video/") { "video" } else { "audio" };
            Some(FileType { mime, label, extension: kind.extension() })
        }
        _ => None,
    }
}

/// Supporting files we accept, by their detected type: type, words for the page, file ending.
const ATTACHMENT_TYPES: &[(&str, &str, &str)] = &[
    ("application/pdf", "PDF", "pdf"),
    ("image/jpeg", "JPEG image", "jpg"),
    ("image/png", "PNG image", "png"),
    ("image/gif", "GIF image", "gif"),
    ("image/webp", "WebP image", "webp"),
    ("image/heif", "HEIF image", "heif"),
    ("image/heic", "HEIC image", "heic"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document", "docx"),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet", "xlsx"),
    ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation", "pptx"),
    ("application/msword", "Word document", "doc"),
    ("application/vnd.ms-excel", "Excel spreadsheet", "xls"),
    ("application/vnd.ms-powerpoint", "PowerPoint presentation", "ppt"),
    ("application/x-ole-storage", "Office document", "doc"),
    ("application/vnd.oasis.opendocument.text", "OpenDocument text", "odt"),
    ("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet", "ods"),
    ("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation", "odp"),
    ("application/rtf", "Rich text document", "rtf"),
];

/// The supporting file's type if its content is one we accept.
pub fn attachment_type(content: &[u8]) -> Option<FileType> {
    let kind = infer::get(content)?;
    ATTACHMENT_TYPES.iter().find(|(mime, _, _)| *mime == kind.mime_type()).map(|(mime, label, extension)| FileType {
        mime,
        label,
        extension,
    })
}

/// Images a programme's logo may be: pictures every browser shows, never SVG (which can hold
/// scripts).
const LOGO_TYPES: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/webp"];

/// The logo's type if its content is an image we accept as a logo.
pub fn logo_type(content: &[u8]) -> Option<FileType> {
    attachment_type(content).filter(|found| LOGO_TYPES.contains(&found.mime))
}

/// The name a person's file is shown and saved under: no folders, no control characters, no
/// characters that change the direction of text or are invisible (a right-to-left override can
/// make `invoice\u{202E}fdp.exe` read as `invoiceexe.pdf`), and the ending of its real type.
pub fn clean_filename(raw: &str, file_type: FileType) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let cleaned: String = base.chars().filter(|c| !is_unsafe_in_filename(*c)).take(120).collect();
    let cleaned = cleaned.trim().trim_matches('.').trim();
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, _)) if !stem.trim().is_empty() => stem.trim(),
        _ if cleaned.is_empty() => "file",
        _ => cleaned,
    };
    format!("{stem}.{}", file_type.extension)
}

fn is_unsafe_in_filename(c: char) -> bool {
    c.is_control()
        || matches!(c, '"' | '<' | '>' | '*' | '?' | '|' | ':')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

/// "2.4 MB", "340 KB" ("2,4 MB" where the language writes a decimal comma).
pub fn human_size(tr: Tr, bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        let size = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)).replace('.', &tr.t("format-decimal-separator"));
        crate::t!(tr, "bids-size-mb", size = size)
    } else {
        crate::t!(tr, "bids-size-kb", size = (bytes + 1023) / 1024)
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
    fn file_names_lose_folders_and_odd_characters_and_take_the_real_type_s_ending() {
        let pdf = attachment_type(PDF).unwrap();
        assert_eq!(clean_filename("C:\\Users\\amina\\Our plan.pdf", pdf), "Our plan.pdf");
        assert_eq!(clean_filename("../../etc/passwd", pdf), "passwd.pdf");
        assert_eq!(clean_filename("a\"b<c>\n.pdf", pdf), "abc.pdf");
        assert_eq!(clean_filename("", pdf), "file.pdf");
        assert_eq!(clean_filename("report.html", pdf), "report.pdf", "the ending follows the content");
        assert_eq!(clean_filename("invoice\u{202E}fdp.exe", pdf), "invoicefdp.pdf", "no direction overrides");
        assert_eq!(clean_filename("plan\u{200B}.PDF", pdf), "plan.pdf");
        assert_eq!(clean_filename(".hidden", pdf), "hidden.pdf");
        assert_eq!(clean_filename("Zdjęcie grupy.jpeg", attachment_type(PNG).unwrap()), "Zdjęcie grupy.png");
        assert_eq!(clean_filename("voice note", recording_type(MP3).unwrap()), "voice note.mp3");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(Tr::source(), 2_500_000), "2.4 MB");
        assert_eq!(human_size(Tr::source(), 340 * 1024), "340 KB");
    }
}
