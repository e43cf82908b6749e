//! The public list of awards and the same awards as 360Giving open data. Anyone may read them,
//! signed in or not: they hold only accepted awards whose groups agreed to be named (the totals
//! count the others without naming them).
//!
//! The two files are made a page of awards at a time (memory stays at one page however many
//! awards there are) into a file in the data folder's `cache/`, named by the day and the
//! database's [change marker](crate::db::changes): every request after the first is sent the
//! same file until an award changes, from memory when it is small enough (see
//! [`HELD_IN_MEMORY_UP_TO`]). Files of earlier days or changes are removed when a new one is made.

use std::path::{Path, PathBuf};

use actix_web::body::{BoxBody, SizedStream};
use actix_web::http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_DISPOSITION};
use actix_web::{HttpRequest, HttpResponse, web};
use bytes::{Bytes, BytesMut};
use futures_util::{Stream, StreamExt, TryStreamExt, stream};
use tokio::io::AsyncWriteExt;

use crate::db::Db;
use crate::db::changes::ChangeMarker;
use crate::grants::queries::{self as grants, PublicAward};
use crate::groups::model::Equality;
use crate::i18n::Tr;
use crate::opendata::threesixty::{self, Disclosure};
use crate::opendata::{Publication, sheet};
use crate::web::error::AppError;
use crate::web::extractors::Viewer;
use crate::web::views::awards::{self as views, AwardsPage, Totals};
use crate::web::{AppState, kept_pages};

/// Awards fetched per database query while streaming a file: large enough that a file of
/// thousands of awards takes a handful of queries, small enough to hold in memory at once.
pub const OPEN_DATA_PAGE_SIZE: i64 = 500;

/// The names of the kept files (see [`kept_path`]).
const JSON_FILE: &str = "360giving.json";
const CSV_FILE: &str = "360giving.csv";

/// The files change only when a group accepts an award: caches may keep them for a few minutes.
const OPEN_DATA_CACHE: &str = "public, max-age=300";

#[derive(Debug, serde::Deserialize)]
pub struct AwardsQuery {
    page: Option<i64>,
}

/// `GET /awards`: the totals of every accepted award, and the named ones, newest first.
pub async fn awards(
    state: web::Data<AppState>,
    viewer: Viewer,
    query: web::Query<AwardsQuery>,
) -> Result<HttpResponse, AppError> {
    let lookup = kept_pages::look_up(&state, &viewer).await?;
    if let Some(kept) = lookup.answer() {
        return Ok(kept);
    }
    let page_number = query.page.unwrap_or(1).clamp(1, 100_000);
    let offset = (page_number - 1) * grants::AWARDS_PAGE_SIZE;
    let (totals, awards) = state
        .db
        .run(move |conn| {
            let (count, money, unnamed) = grants::accepted_totals(conn)?;
            let awards = grants::newest_public_awards(conn, offset, grants::AWARDS_PAGE_SIZE)?;
            Ok::<_, AppError>((Totals { count, money, unnamed }, awards))
        })
        .await?;
    if page_number > 1 && awards.is_empty() {
        return Err(AppError::NotFound);
    }
    let view = AwardsPage { totals, awards: &awards, page_number };
    let good_until = kept_pages::next_london_midnight(state.now());
    Ok(lookup.keep(&state, views::awards(&viewer.ctx(), &view), good_until))
}

/// `GET /open-data/360giving.json`: a 360Giving data package of the named awards.
///
/// The package schema requires at least one grant, so while no group has agreed to be named
/// there is no valid file to give: the answer is 404 with a short JSON explanation (a machine
/// fetching the file gets JSON, not an HTML page, and no invalid package is ever published).
pub async fn threesixty_json(state: web::Data<AppState>, request: HttpRequest) -> Result<HttpResponse, AppError> {
    let marker = state.db.change_marker().await?;
    if let Ok(body) = kept_body(&state, &marker, JSON_FILE).await {
        return Ok(json_file_answer(body));
    }
    let first = fetch_page(&state.db, 0).await?;
    if first.is_empty() {
        return Ok(no_public_awards(explanation_language(&state, &request)));
    }
    let publication = publication(&state);
    let head = Bytes::from(threesixty::package_head(&publication));
    let mut first_grant = true;
    let grants = pages(state.db.clone(), first)
        .map_ok(move |page| {
            let chunks: Vec<Result<Bytes, AppError>> = page
                .iter()
                .map(|(public, equality)| {
                    let grant = threesixty::grant(
                        public,
                        equality.as_ref(),
                        &publication,
                        Disclosure::chosen_for(&public.award),
                    );
                    let separator = if std::mem::take(&mut first_grant) { "" } else { "," };
                    Ok(Bytes::from(format!("{separator}{grant}")))
                })
                .collect();
            stream::iter(chunks)
        })
        .try_flatten();
    let body = stream::once(async move { Ok(head) })
        .chain(grants)
        .chain(stream::once(async { Ok(Bytes::from_static(threesixty::PACKAGE_TAIL.as_bytes())) }));
    kept_file(&state, &marker, JSON_FILE, body).await?;
    Ok(json_file_answer(kept_body(&state, &marker, JSON_FILE).await?))
}

fn json_file_answer(body: BoxBody) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((CONTENT_DISPOSITION, "inline; filename=\"360giving.json\""))
        .insert_header((CACHE_CONTROL, OPEN_DATA_CACHE))
        .body(body)
}

/// `GET /open-data/360giving.csv`: the named awards as the 360Giving grants sheet. Unlike the
/// JSON package, a sheet with only its header row is a valid (empty) file, so it is served even
/// before any award is public.
pub async fn threesixty_csv(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let marker = state.db.change_marker().await?;
    let body = match kept_body(&state, &marker, CSV_FILE).await {
        Ok(body) => body,
        Err(_not_made_yet) => {
            let first = fetch_page(&state.db, 0).await?;
            let publication = publication(&state);
            let head = Bytes::from(sheet::head().map_err(csv_error)?);
            let rows = pages(state.db.clone(), first).and_then(move |page| {
                let chunk = sheet::rows(page.iter().map(|(public, _)| public), &publication)
                    .map(Bytes::from)
                    .map_err(csv_error);
                async move { chunk }
            });
            let body = stream::once(async move { Ok(head) }).chain(rows);
            kept_file(&state, &marker, CSV_FILE, body).await?;
            kept_body(&state, &marker, CSV_FILE).await?
        }
    };
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((CONTENT_DISPOSITION, "attachment; filename=\"360giving-grants.csv\""))
        .insert_header((CACHE_CONTROL, OPEN_DATA_CACHE))
        .body(body))
}

/// Where today's file for `name` is kept while the database stands at `marker`.
fn kept_path(state: &AppState, marker: &ChangeMarker, name: &str) -> PathBuf {
    let day = crate::time::in_london(state.now()).format("%Y-%m-%d");
    state.config.data_dir.join("cache").join(format!("{name}.{day}.{}", marker.as_key()))
}

/// Writes `body` to the kept file for `name` (through a temporary file, so no request ever
/// reads half a file) and removes files made before.
async fn kept_file(
    state: &AppState,
    marker: &ChangeMarker,
    name: &str,
    body: impl Stream<Item = Result<Bytes, AppError>> + 'static,
) -> Result<(), AppError> {
    let path = kept_path(state, marker, name);
    // Requests arriving together make the file once; the others find it made.
    let _making = state.memos.open_data_files.lock().await;
    if tokio::fs::metadata(&path).await.is_ok() {
        return Ok(());
    }
    let folder = path.parent().expect("the cache folder").to_path_buf();
    tokio::fs::create_dir_all(&folder).await.map_err(io_error)?;
    let temporary = folder.join(format!("{name}.making.{}", crate::accounts::tokens::new_token().0));
    let written = write_all(&temporary, logged(body)).await;
    if let Err(error) = written {
        let _ = tokio::fs::remove_file(&temporary).await;
        return Err(error);
    }
    tokio::fs::rename(&temporary, &path).await.map_err(io_error)?;
    remove_older(&folder, name, &path).await;
    Ok(())
}

async fn write_all(path: &Path, body: impl Stream<Item = Result<Bytes, AppError>>) -> Result<(), AppError> {
    let mut file = tokio::fs::File::create(path).await.map_err(io_error)?;
    let mut body = std::pin::pin!(body);
    while let Some(chunk) = body.next().await {
        file.write_all(&chunk?).await.map_err(io_error)?;
    }
    file.flush().await.map_err(io_error)
}

/// Removes the files for `name` other than `keep` (older days and markers; unfinished ones
/// left by a crash).
async fn remove_older(folder: &Path, name: &str, keep: &Path) {
    let Ok(mut entries) = tokio::fs::read_dir(folder).await else { return };
    while let Ok(Some(entry)) = entries.next_entry().await {
        let path = entry.path();
        let same_file = entry.file_name().to_string_lossy().starts_with(&format!("{name}."));
        if same_file && path != keep && !entry.file_name().to_string_lossy().contains(".making.") {
            let _ = tokio::fs::remove_file(&path).await;
        }
    }
}

/// How much of a kept file is read at a time. Each chunk is read on a blocking thread and then
/// copied into the connection's write buffer, so memory per download is a few chunks whatever
/// the file's size; larger chunks mean fewer trips to a blocking thread.
const FILE_CHUNK_BYTES: usize = 64 * 1024;

/// How much of a file held in memory is handed to a connection at a time: larger than a chunk
/// read from disk, as it costs no trip to a blocking thread (32 downloads at once hold 8 MB).
const HELD_PIECE_BYTES: usize = 256 * 1024;

/// Kept files up to this size are also held in memory, one of each (the JSON package and the
/// sheet), and sent from there: about 60,000 awards in the JSON package. Read from the file in
/// chunks, each download cost a trip to a blocking thread per 64 KB, which made the file of
/// 2,000 awards (1.4 MB) the slowest page a busy portal served; larger files are still read in
/// chunks, so memory stays bounded at any size.
const HELD_IN_MEMORY_UP_TO: u64 = 8 * 1024 * 1024;

/// The kept file for `name` as a response body: from memory when it is held there, else read
/// from the file (and held, when small enough). Fails when the file has not been made (yet) for
/// this day and marker. Opening, measuring and (for a small file) reading take one trip to a
/// blocking thread, not one each.
async fn kept_body(state: &AppState, marker: &ChangeMarker, name: &str) -> Result<BoxBody, AppError> {
    let path = kept_path(state, marker, name);
    let held_as = path.file_name().map(|file| file.to_string_lossy().into_owned()).unwrap_or_default();
    if let Some(held) = state.memos.open_data_bodies.get(name, marker).filter(|held| held.0 == held_as) {
        return Ok(in_pieces(held.1.clone()));
    }
    let opened = blocking_io(move || {
        use std::io::Read;
        let mut file = std::fs::File::open(&path)?;
        let length = file.metadata()?.len();
        if length > HELD_IN_MEMORY_UP_TO {
            return Ok(Opened::Large(file, length));
        }
        let mut whole = Vec::with_capacity(length as usize);
        file.read_to_end(&mut whole)?;
        Ok(Opened::Whole(Bytes::from(whole)))
    })
    .await?;
    Ok(match opened {
        Opened::Whole(bytes) => {
            state.memos.open_data_bodies.put(name.to_string(), *marker, std::sync::Arc::new((held_as, bytes.clone())));
            in_pieces(bytes)
        }
        Opened::Large(file, length) => BoxBody::new(SizedStream::new(length, chunks_of(file))),
    })
}

/// A file held in memory as a response body, handed over a chunk at a time (slices of the one
/// copy, not copies): given whole, each connection would copy the whole file into its write
/// buffer at once (32 downloads of 1.4 MB, 45 MB more memory); in pieces, it copies the next
/// one as the client takes the last.
fn in_pieces(bytes: Bytes) -> BoxBody {
    let pieces: Vec<Result<Bytes, AppError>> = (0..bytes.len())
        .step_by(HELD_PIECE_BYTES)
        .map(|start| Ok(bytes.slice(start..(start + HELD_PIECE_BYTES).min(bytes.len()))))
        .collect();
    BoxBody::new(SizedStream::new(bytes.len() as u64, stream::iter(pieces)))
}

/// A kept file as opened: read whole, or left to be read in chunks.
enum Opened {
    Whole(Bytes),
    Large(std::fs::File, u64),
}

/// The rest of `file`, read in chunks as the client takes them.
fn chunks_of(file: std::fs::File) -> impl Stream<Item = Result<Bytes, AppError>> {
    stream::unfold(Some(file), |file| async move {
        let file = file?;
        let read = blocking_io(move || {
            use std::io::Read;
            let mut buffer = BytesMut::zeroed(FILE_CHUNK_BYTES);
            let filled = (&file).read(&mut buffer)?;
            buffer.truncate(filled);
            Ok((file, buffer.freeze()))
        })
        .await;
        match read {
            Ok((_, chunk)) if chunk.is_empty() => None,
            Ok((file, chunk)) => Some((Ok(chunk), Some(file))),
            Err(error) => Some((Err(error), None)),
        }
    })
}

/// Runs file work on a blocking thread.
async fn blocking_io<T: Send + 'static>(
    work: impl FnOnce() -> std::io::Result<T> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(format!("open data file: {e}")))?
        .map_err(io_error)
}

fn io_error(error: std::io::Error) -> AppError {
    AppError::Internal(format!("open data file: {error}"))
}

/// The language of the explanation when there is no file yet: the browser's, among those the
/// installation offers (this address takes no session, so a language chosen on the pages is
/// not known here).
fn explanation_language(state: &AppState, request: &HttpRequest) -> Tr {
    let offered: Vec<Tr> = state.config.languages.iter().filter_map(|code| Tr::for_code(code)).collect();
    let accept = request.headers().get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    crate::web::language::from_accept_language(accept, &offered)
}

fn no_public_awards(tr: Tr) -> HttpResponse {
    let explanation = serde_json::json!({
        "error": "no_public_awards",
        "message": tr.t("public-open-data-no-awards"),
        "awards": "/awards",
    });
    HttpResponse::NotFound()
        .content_type("application/json")
        .insert_header((CACHE_CONTROL, "no-store"))
        .body(explanation.to_string())
}

/// The file is dated with today's London date and links to this portal.
fn publication(state: &AppState) -> Publication {
    Publication::new(&state.config.base_url, crate::time::in_london(state.now()).date_naive())
}

fn csv_error(error: csv::Error) -> AppError {
    AppError::Internal(format!("writing the grants sheet: {error}"))
}

type Page = Vec<(PublicAward, Option<Equality>)>;

async fn fetch_page(db: &Db, after: i64) -> Result<Page, AppError> {
    db.run(move |conn| Ok::<_, AppError>(grants::open_data_page(conn, after, OPEN_DATA_PAGE_SIZE)?)).await
}

/// Where the stream of pages is: a page in hand, the award id to continue after, or the end.
enum Cursor {
    Ready(Page),
    After(i64),
    Done,
}

/// The public awards a page at a time in award order, starting with `first` (already fetched)
/// and fetching each next page only when the previous one has been consumed. A short page is
/// the last, so the end costs no extra query.
fn pages(db: Db, first: Page) -> impl Stream<Item = Result<Page, AppError>> + 'static {
    stream::unfold(Cursor::Ready(first), move |cursor| {
        let db = db.clone();
        async move {
            let page = match cursor {
                Cursor::Done => return None,
                Cursor::Ready(page) => page,
                Cursor::After(after) => match fetch_page(&db, after).await {
                    Ok(page) => page,
                    Err(error) => return Some((Err(error), Cursor::Done)),
                },
            };
            let last_id = page.last()?.0.award.id;
            let next = if (page.len() as i64) < OPEN_DATA_PAGE_SIZE { Cursor::Done } else { Cursor::After(last_id) };
            Some((Ok(page), next))
        }
    })
}

/// A failure half-way through a file cannot change the status already sent: the connection is
/// cut (so the client sees a truncated, invalid file rather than a short valid one), and the
/// log says why.
fn logged(
    body: impl Stream<Item = Result<Bytes, AppError>> + 'static,
) -> impl Stream<Item = Result<Bytes, AppError>> + 'static {
    body.inspect_err(|error| tracing::error!(%error, "open data export failed part-way"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file held in memory is handed over in chunks that make up the whole file.
    #[tokio::test]
    async fn a_held_file_is_sent_whole_in_pieces() {
        let contents: Vec<u8> = (0..HELD_PIECE_BYTES * 2 + 7).map(|i| (i % 251) as u8).collect();
        let body = actix_web::body::to_bytes(in_pieces(Bytes::from(contents.clone()))).await.unwrap();
        assert_eq!(body, contents);
        assert_eq!(actix_web::body::to_bytes(in_pieces(Bytes::new())).await.unwrap(), Bytes::new());
    }

    /// A file too large to hold in memory is sent whole, a chunk at a time.
    #[tokio::test]
    async fn a_large_file_is_read_whole_in_chunks() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("360giving.json");
        let contents: Vec<u8> = (0..FILE_CHUNK_BYTES * 3 + 1234).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &contents).unwrap();
        let chunks: Vec<Bytes> = chunks_of(std::fs::File::open(&path).unwrap()).try_collect().await.unwrap();
        assert_eq!(chunks.len(), 4, "three full chunks and the rest");
        assert_eq!(chunks.concat(), contents);
    }
}
