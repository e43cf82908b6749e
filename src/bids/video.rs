//! Video links in bids. YouTube and Vimeo links (in all their common forms, unlisted ones
//! included) become privacy-enhanced embedded players for the panel, and a Google Drive file
//! shared with "anyone with the link" Google's own preview player. Links to other hosts are kept
//! and shown as links, and the group is told before sending that the panel will open them
//! elsewhere: Facebook's embedded player sets its tracking cookies in the panel's browsers (so it
//! is theirs to open, by choice), and Dropbox and OneDrive share pages are not players. Anything
//! that is not an `https` web address is refused.

use std::fmt;

use url::Url;

use crate::i18n::{Message, Tr};

/// A checked video link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VideoLink {
    YouTube {
        id: String,
    },
    /// `hash` is the private part of an unlisted video's address.
    Vimeo {
        id: String,
        hash: Option<String>,
    },
    /// A file on Google Drive, by its id.
    GoogleDrive {
        id: String,
    },
    /// Another host: shown as a link, never embedded.
    Other {
        url: String,
        host_name: Option<&'static str>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VideoError {
    NotAUrl,
    NotHttps,
    Unrecognised,
}

impl From<VideoError> for Message {
    /// The message beside the video link's field.
    fn from(error: VideoError) -> Message {
        Message::new(match error {
            VideoError::NotAUrl => "bids-video-error-not-a-url",
            VideoError::NotHttps => "bids-video-error-not-https",
            VideoError::Unrecognised => "bids-video-error-unrecognised",
        })
    }
}

/// In British English, for logs and for callers that have not yet moved to the [`Message`].
impl fmt::Display for VideoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Tr::source().message(&Message::from(self.clone())))
    }
}

impl std::error::Error for VideoError {}

/// Hosts people commonly share videos from, for the link's wording.
const OTHER_HOSTS: &[(&str, &str)] = &[
    ("facebook.com", "Facebook"),
    ("fb.watch", "Facebook"),
    ("instagram.com", "Instagram"),
    ("tiktok.com", "TikTok"),
    ("drive.google.com", "Google Drive"),
    ("dropbox.com", "Dropbox"),
    ("onedrive.live.com", "OneDrive"),
    ("1drv.ms", "OneDrive"),
    ("sharepoint.com", "OneDrive"),
    ("wetransfer.com", "WeTransfer"),
    ("loom.com", "Loom"),
    ("dailymotion.com", "Dailymotion"),
    ("x.com", "X"),
    ("twitter.com", "X"),
];

pub fn parse(input: &str) -> Result<VideoLink, VideoError> {
    let text = input.trim();
    let with_scheme = if text.contains("://") { text.to_string() } else { format!("https://{text}") };
    let url = Url::parse(&with_scheme).map_err(|_| VideoError::NotAUrl)?;
    if url.scheme() != "https" {
        return Err(if url.scheme() == "http" { VideoError::NotHttps } else { VideoError::NotAUrl });
    }
    if !text.contains("://") && !text.contains('.') {
        return Err(VideoError::NotAUrl);
    }
    let host = url
        .host_str()
        .ok_or(VideoError::NotAUrl)?
        .trim_start_matches("www.")
        .trim_start_matches("m.")
        .to_ascii_lowercase();
    if !host.contains('.') || url.username() != "" || url.password().is_some() {
        return Err(VideoError::NotAUrl);
    }
    match host.as_str() {
        "youtube.com" | "youtube-nocookie.com" | "music.youtube.com" => youtube_from_path(&url),
        "youtu.be" => first_segment(&url)
            .filter(|id| is_youtube_id(id))
            .map(|id| VideoLink::YouTube { id })
            .ok_or(VideoError::Unrecognised),
        "vimeo.com" | "player.vimeo.com" => vimeo(&url),
        "drive.google.com" => Ok(google_drive(&url)
            .unwrap_or_else(|| VideoLink::Other { url: url.to_string(), host_name: known_host(&host) })),
        _ => Ok(VideoLink::Other { url: url.to_string(), host_name: known_host(&host) }),
    }
}

fn known_host(host: &str) -> Option<&'static str> {
    OTHER_HOSTS
        .iter()
        .find(|(domain, _)| host == *domain || host.ends_with(&format!(".{domain}")))
        .map(|(_, name)| *name)
}

fn segments(url: &Url) -> Vec<String> {
    url.path_segments().map(|s| s.filter(|p| !p.is_empty()).map(str::to_string).collect()).unwrap_or_default()
}

fn first_segment(url: &Url) -> Option<String> {
    segments(url).into_iter().next()
}

fn is_youtube_id(id: &str) -> bool {
    id.len() == 11 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `watch?v=ID`, `shorts/ID`, `embed/ID`, `live/ID`, `v/ID`.
fn youtube_from_path(url: &Url) -> Result<VideoLink, VideoError> {
    let parts = segments(url);
    let id = match parts.first().map(String::as_str) {
        Some("watch") => url.query_pairs().find(|(k, _)| k == "v").map(|(_, v)| v.into_owned()),
        Some("shorts" | "embed" | "live" | "v") => parts.get(1).cloned(),
        _ => None,
    };
    id.filter(|id| is_youtube_id(id)).map(|id| VideoLink::YouTube { id }).ok_or(VideoError::Unrecognised)
}

/// `vimeo.com/ID`, `vimeo.com/ID/HASH` (unlisted), `vimeo.com/channels/x/ID`,
/// `player.vimeo.com/video/ID?h=HASH`.
fn vimeo(url: &Url) -> Result<VideoLink, VideoError> {
    let parts = segments(url);
    let numeric = |s: &String| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let position = parts.iter().position(numeric).ok_or(VideoError::Unrecognised)?;
    let id = parts[position].clone();
    let hash = parts
        .get(position + 1)
        .filter(|h| h.bytes().all(|b| b.is_ascii_alphanumeric()))
        .cloned()
        .or_else(|| url.query_pairs().find(|(k, _)| k == "h").map(|(_, v)| v.into_owned()))
        .filter(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric()));
    Ok(VideoLink::Vimeo { id, hash })
}

/// `drive.google.com/file/d/ID/view` (or `/preview`, `/edit`), `drive.google.com/open?id=ID`,
/// `drive.google.com/uc?id=ID`. A folder, or anything else there, is not one video.
fn google_drive(url: &Url) -> Option<VideoLink> {
    let parts = segments(url);
    let id = match parts.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["file", "d", id, ..] => Some((*id).to_string()),
        ["open" | "uc"] => url.query_pairs().find(|(k, _)| k == "id").map(|(_, v)| v.into_owned()),
        _ => None,
    }?;
    let plausible =
        (10..=100).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    plausible.then_some(VideoLink::GoogleDrive { id })
}

impl VideoLink {
    /// The address of the privacy-enhanced player to embed, for hosts we embed.
    pub fn embed_url(&self) -> Option<String> {
        match self {
            VideoLink::YouTube { id } => Some(format!("https://www.youtube-nocookie.com/embed/{id}")),
            VideoLink::Vimeo { id, hash: Some(hash) } => {
                Some(format!("https://player.vimeo.com/video/{id}?h={hash}&dnt=1"))
            }
            VideoLink::Vimeo { id, hash: None } => Some(format!("https://player.vimeo.com/video/{id}?dnt=1")),
            VideoLink::GoogleDrive { id } => Some(format!("https://drive.google.com/file/d/{id}/preview")),
            VideoLink::Other { .. } => None,
        }
    }

    /// The address to open the video on its own site.
    pub fn watch_url(&self) -> String {
        match self {
            VideoLink::YouTube { id } => format!("https://www.youtube.com/watch?v={id}"),
            VideoLink::Vimeo { id, hash: Some(hash) } => format!("https://vimeo.com/{id}/{hash}"),
            VideoLink::Vimeo { id, hash: None } => format!("https://vimeo.com/{id}"),
            VideoLink::GoogleDrive { id } => format!("https://drive.google.com/file/d/{id}/view"),
            VideoLink::Other { url, .. } => url.clone(),
        }
    }

    /// "YouTube", "Vimeo", "Google Drive" (names, never translated), or "another website" in
    /// the reader's language.
    pub fn host_label(&self, tr: Tr) -> String {
        match self {
            VideoLink::YouTube { .. } => "YouTube".to_string(),
            VideoLink::Vimeo { .. } => "Vimeo".to_string(),
            VideoLink::GoogleDrive { .. } => "Google Drive".to_string(),
            VideoLink::Other { host_name: Some(name), .. } => (*name).to_string(),
            VideoLink::Other { host_name: None, .. } => tr.t("bids-video-another-website"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn youtube(id: &str) -> VideoLink {
        VideoLink::YouTube { id: id.into() }
    }

    #[test]
    fn youtube_in_all_its_forms() {
        for link in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=abc123",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/live/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "youtu.be/dQw4w9WgXcQ",
            "  https://youtu.be/dQw4w9WgXcQ  ",
        ] {
            assert_eq!(parse(link), Ok(youtube("dQw4w9WgXcQ")), "{link}");
        }
        assert_eq!(youtube("dQw4w9WgXcQ").embed_url().unwrap(), "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    }

    #[test]
    fn a_google_drive_file_is_played_in_drive_s_own_preview() {
        let id = "1AbCdEfGhIjKlMnOpQrStUvWxYz012345";
        for link in [
            format!("https://drive.google.com/file/d/{id}/view?usp=sharing"),
            format!("https://drive.google.com/file/d/{id}/preview"),
            format!("https://drive.google.com/open?id={id}"),
            format!("https://drive.google.com/uc?id={id}&export=download"),
        ] {
            let parsed = parse(&link).unwrap();
            assert_eq!(parsed, VideoLink::GoogleDrive { id: id.into() }, "{link}");
            assert_eq!(parsed.embed_url().unwrap(), format!("https://drive.google.com/file/d/{id}/preview"));
        }
        // A folder is not one video: kept as a link, told before sending.
        let folder = parse("https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrS").unwrap();
        assert!(matches!(folder, VideoLink::Other { host_name: Some("Google Drive"), .. }), "{folder:?}");
        assert_eq!(folder.embed_url(), None);
    }

    #[test]
    fn facebook_dropbox_and_onedrive_are_links_named_by_their_host() {
        for (link, host) in [
            ("https://www.facebook.com/watch/?v=123456789", "Facebook"),
            ("https://fb.watch/abcDEF/", "Facebook"),
            ("https://www.dropbox.com/s/abc123/our%20story.mp4?dl=0", "Dropbox"),
            ("https://1drv.ms/v/s!AbCdEf", "OneDrive"),
        ] {
            let parsed = parse(link).unwrap();
            assert!(
                matches!(parsed, VideoLink::Other { host_name: Some(name), .. } if name == host),
                "{link}: {parsed:?}"
            );
            assert_eq!(parsed.embed_url(), None, "{link}");
        }
    }

    #[test]
    fn vimeo_public_and_unlisted() {
        assert_eq!(parse("https://vimeo.com/76979871"), Ok(VideoLink::Vimeo { id: "76979871".into(), hash: None }));
        assert_eq!(
            parse("https://vimeo.com/76979871/abc123def"),
            Ok(VideoLink::Vimeo { id: "76979871".into(), hash: Some("abc123def".into()) })
        );
        assert_eq!(
            parse("https://player.vimeo.com/video/76979871?h=abc123def"),
            Ok(VideoLink::Vimeo { id: "76979871".into(), hash: Some("abc123def".into()) })
        );
        assert_eq!(
            parse("https://vimeo.com/channels/staffpicks/76979871"),
            Ok(VideoLink::Vimeo { id: "76979871".into(), hash: None })
        );
        let unlisted = parse("https://vimeo.com/76979871/abc123def").unwrap();
        assert_eq!(unlisted.embed_url().unwrap(), "https://player.vimeo.com/video/76979871?h=abc123def&dnt=1");
    }

    #[test]
    fn other_hosts_are_links_with_a_name() {
        let drive = parse("https://drive.google.com/file/d/1AbC/view").unwrap();
        assert_eq!(drive.host_label(Tr::source()), "Google Drive");
        assert_eq!(drive.embed_url(), None);
        assert_eq!(parse("https://www.facebook.com/watch/?v=123").unwrap().host_label(Tr::source()), "Facebook");
        assert_eq!(parse("https://video.example.org/ours.mp4").unwrap().host_label(Tr::source()), "another website");
    }

    #[test]
    fn unsafe_or_broken_links_are_refused() {
        assert_eq!(parse("javascript:alert(1)"), Err(VideoError::NotAUrl));
        assert_eq!(parse("http://youtu.be/dQw4w9WgXcQ"), Err(VideoError::NotHttps));
        assert_eq!(parse("http://example.org/video"), Err(VideoError::NotHttps));
        assert_eq!(parse("data:text/html,<script>"), Err(VideoError::NotAUrl));
        assert_eq!(parse("ftp://example.org/video"), Err(VideoError::NotAUrl));
        assert_eq!(parse("our video"), Err(VideoError::NotAUrl));
        assert_eq!(parse("not a url at all"), Err(VideoError::NotAUrl));
        assert_eq!(parse("https://user:pass@example.org/v"), Err(VideoError::NotAUrl));
        assert_eq!(parse("https://localhost/v"), Err(VideoError::NotAUrl));
        assert_eq!(parse("https://www.youtube.com/watch?v=short"), Err(VideoError::Unrecognised));
        assert_eq!(parse("https://vimeo.com/about"), Err(VideoError::Unrecognised));
    }
}
