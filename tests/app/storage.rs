//! Files through the storage module on the local store, and streamed to the browser with byte
//! ranges.

use actix_web::body::{BodySize, MessageBody};
use actix_web::test as http_test;
use actix_web::{App, HttpRequest, web};
use bytes::Bytes;
use futures_util::StreamExt;
use smallgrants::config::{StorageLocation, StorageTimeouts};
use smallgrants::storage::{ObjectKind, Storage, StorageKey};
use smallgrants::web::files::{Download, stream_object};

fn test_timeouts() -> StorageTimeouts {
    StorageTimeouts { connect: std::time::Duration::from_secs(2), request: std::time::Duration::from_secs(5) }
}

fn local_store() -> (tempfile::TempDir, Storage) {
    let folder = tempfile::tempdir().unwrap();
    let storage =
        Storage::from_location(&StorageLocation::Local(folder.path().join("files")), &test_timeouts()).unwrap();
    (folder, storage)
}

async fn read_all(storage: &Storage, key: &StorageKey, range: Option<std::ops::Range<u64>>) -> Vec<u8> {
    let mut object = storage.get(key, range).await.unwrap();
    let mut bytes = Vec::new();
    while let Some(chunk) = object.body.next().await {
        bytes.extend_from_slice(&chunk.unwrap());
    }
    bytes
}

fn header(response: &actix_web::dev::ServiceResponse, name: &str) -> String {
    response.headers().get(name).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

fn body_size(response: &actix_web::dev::ServiceResponse) -> BodySize {
    response.response().body().size()
}

fn sample(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

#[actix_web::test]
async fn local_store_puts_reads_ranges_and_deletes() {
    let (folder, storage) = local_store();
    let key = StorageKey::new_random(ObjectKind::Recording);
    assert!(key.as_str().starts_with("recordings/"));
    let data = sample(10_000);
    storage.put(&key, Bytes::from(data.clone())).await.unwrap();

    let on_disk = folder.path().join("files").join(key.as_str());
    assert!(on_disk.exists(), "kept under the data folder by its random key");
    assert_eq!(storage.size(&key).await.unwrap(), 10_000);
    assert_eq!(read_all(&storage, &key, None).await, data);
    assert_eq!(read_all(&storage, &key, Some(100..200)).await, data[100..200]);

    storage.delete(&key).await.unwrap();
    assert!(!on_disk.exists());
    assert!(matches!(storage.get(&key, None).await, Err(smallgrants::storage::StorageError::NotFound)));
    storage.delete(&key).await.expect("deleting twice is harmless");
}

#[actix_web::test]
async fn streamed_uploads_stop_at_the_limit_and_leave_nothing_behind() {
    let (folder, storage) = local_store();
    let chunks =
        || futures_util::stream::iter((0..10).map(|_| Ok::<_, std::io::Error>(Bytes::from(vec![7u8; 100_000]))));
    let fits = StorageKey::new_random(ObjectKind::Recording);
    assert_eq!(storage.put_stream(&fits, chunks(), 1_000_000).await.unwrap(), Some(1_000_000));
    assert_eq!(storage.size(&fits).await.unwrap(), 1_000_000);

    let too_big = StorageKey::new_random(ObjectKind::Recording);
    assert_eq!(storage.put_stream(&too_big, chunks(), 999_999).await.unwrap(), None);
    assert!(storage.size(&too_big).await.is_err());
    let leftovers: Vec<_> = walk(folder.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(too_big.as_str().split('/').nth(1).unwrap()))
        .collect();
    assert!(leftovers.is_empty(), "partial upload left behind: {leftovers:?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn only_keys_this_module_makes_are_accepted_back() {
    let key = StorageKey::new_random(ObjectKind::Attachment);
    assert_eq!(StorageKey::from_stored(key.as_str()), Some(key));
    for bad in
        ["../etc/passwd", "attachments/../../x", "attachments/short", "other/0123456789abcdef0123456789abcdef", ""]
    {
        assert_eq!(StorageKey::from_stored(bad), None, "{bad}");
    }
}

#[actix_web::test]
async fn recordings_stream_with_byte_ranges_and_safe_headers() {
    let (_folder, storage) = local_store();
    let key = StorageKey::new_random(ObjectKind::Recording);
    let data = sample(5_000);
    storage.put(&key, Bytes::from(data.clone())).await.unwrap();
    let key_text = key.as_str().to_string();

    let app = http_test::init_service(App::new().app_data(web::Data::new((storage, key_text))).route(
        "/file",
        web::get().to(|request: HttpRequest, data: web::Data<(Storage, String)>| async move {
            let key = StorageKey::from_stored(&data.1).unwrap();
            let download =
                Download { key: &key, content_type: "video/mp4", filename: "our \"group\"\r\n.mp4", inline: true };
            stream_object(&data.0, &request, download).await
        }),
    ))
    .await;

    let whole = http_test::call_service(&app, http_test::TestRequest::get().uri("/file").to_request()).await;
    assert_eq!(whole.status(), 200);
    assert_eq!(header(&whole, "accept-ranges"), "bytes");
    assert_eq!(body_size(&whole), BodySize::Sized(5000));
    assert_eq!(header(&whole, "x-content-type-options"), "nosniff");
    assert!(header(&whole, "content-security-policy").contains("sandbox"));
    let disposition = header(&whole, "content-disposition").to_string();
    assert!(disposition.starts_with("inline"), "{disposition}");
    assert!(!disposition.contains('\r') && !disposition.contains("\"group\""), "{disposition}");
    assert_eq!(http_test::read_body(whole).await.to_vec(), data);

    let part = http_test::call_service(
        &app,
        http_test::TestRequest::get().uri("/file").insert_header(("Range", "bytes=1000-1999")).to_request(),
    )
    .await;
    assert_eq!(part.status(), 206);
    assert_eq!(header(&part, "content-range"), "bytes 1000-1999/5000");
    assert_eq!(body_size(&part), BodySize::Sized(1000));
    assert_eq!(http_test::read_body(part).await.to_vec(), data[1000..2000]);

    let tail = http_test::call_service(
        &app,
        http_test::TestRequest::get().uri("/file").insert_header(("Range", "bytes=-10")).to_request(),
    )
    .await;
    assert_eq!(header(&tail, "content-range"), "bytes 4990-4999/5000");

    let past = http_test::call_service(
        &app,
        http_test::TestRequest::get().uri("/file").insert_header(("Range", "bytes=9000-")).to_request(),
    )
    .await;
    assert_eq!(past.status(), 416);
    assert_eq!(header(&past, "content-range"), "bytes */5000");
}
