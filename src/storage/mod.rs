//! Files (recordings, supporting documents) kept through `object_store`: a local folder by
//! default, S3-compatible storage by configuration, memory in tests.
//!
//! Every object key is built here by [`StorageKey`] from random bytes, never from a person's file
//! name, so a name cannot collide with or reach into another object.

pub mod range;

use std::ops::Range;
use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::{BoxStream, StreamExt};
use object_store::path::Path as ObjectPath;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};

use crate::config::{StorageLocation, StorageTimeouts};

pub use range::{RangeRequest, parse_range};

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("no such file")]
    NotFound,
    #[error("storage: {0}")]
    Backend(String),
}

impl From<object_store::Error> for StorageError {
    fn from(error: object_store::Error) -> Self {
        match error {
            object_store::Error::NotFound { .. } => StorageError::NotFound,
            other => StorageError::Backend(other.to_string()),
        }
    }
}

/// What an object is, which decides the first part of its key (and so lets an operator apply
/// different retention rules per kind in their bucket).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    Recording,
    Attachment,
    ReportMedia,
    /// A programme's logo.
    Logo,
}

impl ObjectKind {
    fn folder(self) -> &'static str {
        match self {
            ObjectKind::Recording => "recordings",
            ObjectKind::Attachment => "attachments",
            ObjectKind::ReportMedia => "reports",
            ObjectKind::Logo => "logos",
        }
    }
}

/// The key of one stored object: `<kind folder>/<32 random hex digits>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageKey(String);

impl StorageKey {
    pub fn new_random(kind: ObjectKind) -> StorageKey {
        let mut bytes = [0u8; 16];
        rand::fill(&mut bytes);
        StorageKey(format!("{}/{}", kind.folder(), hex::encode(bytes)))
    }

    /// Accepts a key read back from the database; refuses anything this module would not have
    /// made.
    pub fn from_stored(text: &str) -> Option<StorageKey> {
        let (folder, name) = text.split_once('/')?;
        let known = ["recordings", "attachments", "reports", "logos"].contains(&folder);
        let random = name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit());
        (known && random).then(|| StorageKey(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn path(&self) -> ObjectPath {
        ObjectPath::from(self.0.as_str())
    }
}

/// A stored object being read: its full size, the byte range being returned, and the bytes.
pub struct StoredObject {
    pub size: u64,
    pub range: Range<u64>,
    pub body: BoxStream<'static, Result<Bytes, StorageError>>,
}

/// The file store. Cheap to clone.
#[derive(Clone)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
    /// How much of an upload is gathered before it is written ([`Storage::put_stream`]): each
    /// upload in flight holds up to this much (times the parts being written). S3 needs 5 MiB
    /// (its smallest part but the last); a folder takes small pieces, so forty phones uploading
    /// on closing day hold a few megabytes between them rather than two hundred.
    part_size: usize,
}

/// S3's smallest part of a multipart upload (all but the last).
const S3_PART_SIZE: usize = 5 * 1024 * 1024;
/// What a local folder (or memory) is written in.
const LOCAL_PART_SIZE: usize = 256 * 1024;

impl Storage {
    /// Opens the configured store. For S3 the connection and each request have time limits
    /// from the configuration, and retries stop within the request limit, so a person waits
    /// seconds, not minutes, when the store is down or hangs.
    pub fn from_location(location: &StorageLocation, timeouts: &StorageTimeouts) -> Result<Storage, StorageError> {
        let part_size = match location {
            StorageLocation::Local(_) => LOCAL_PART_SIZE,
            StorageLocation::S3 { .. } => S3_PART_SIZE,
        };
        let store: Arc<dyn ObjectStore> = match location {
            StorageLocation::Local(dir) => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| StorageError::Backend(format!("cannot create {}: {e}", dir.display())))?;
                Arc::new(object_store::local::LocalFileSystem::new_with_prefix(dir)?.with_automatic_cleanup(true))
            }
            StorageLocation::S3 { bucket, prefix } => {
                // Set through config keys, not a new `ClientOptions`, so that what `from_env` read
                // (AWS_ALLOW_HTTP, proxies, certificates) is kept.
                use object_store::ClientConfigKey;
                use object_store::aws::AmazonS3ConfigKey::Client;
                let retry = object_store::RetryConfig {
                    max_retries: 2,
                    retry_timeout: timeouts.request,
                    ..object_store::RetryConfig::default()
                };
                let s3 = object_store::aws::AmazonS3Builder::from_env()
                    .with_bucket_name(bucket)
                    .with_config(Client(ClientConfigKey::ConnectTimeout), format!("{}s", timeouts.connect.as_secs()))
                    .with_config(Client(ClientConfigKey::Timeout), format!("{}s", timeouts.request.as_secs()))
                    .with_retry(retry)
                    .build()?;
                if prefix.is_empty() {
                    Arc::new(s3)
                } else {
                    Arc::new(object_store::prefix::PrefixStore::new(s3, prefix.as_str()))
                }
            }
        };
        Ok(Storage { store, part_size })
    }

    /// Proves the store can be written: stores and removes a small object under `healthz/`.
    /// Run at start-up (a missing bucket or wrong credentials stop the server with a clear
    /// message) and by `/healthz`.
    pub async fn check_writable(&self) -> Result<(), StorageError> {
        let probe = ObjectPath::from("healthz/probe");
        self.store
            .put(&probe, PutPayload::from_static(b"ok"))
            .await
            .map_err(|e| StorageError::Backend(e.to_string()))?;
        match self.store.delete(&probe).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(StorageError::Backend(error.to_string())),
        }
    }

    /// A store that lives in memory, for tests.
    pub fn in_memory() -> Storage {
        Storage { store: Arc::new(object_store::memory::InMemory::new()), part_size: LOCAL_PART_SIZE }
    }

    /// Stores a small object in one piece.
    pub async fn put(&self, key: &StorageKey, data: Bytes) -> Result<(), StorageError> {
        self.store.put(&key.path(), PutPayload::from(data)).await?;
        Ok(())
    }

    /// Stores an object that arrives in chunks (an uploaded recording) without holding it all
    /// in memory. Stops and removes the partial object once more than `limit` bytes arrive,
    /// answering `Ok(None)`; otherwise the stored size.
    pub async fn put_stream<S, E>(
        &self,
        key: &StorageKey,
        mut chunks: S,
        limit: u64,
    ) -> Result<Option<u64>, StorageError>
    where
        S: futures_util::Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        let upload = self.store.put_multipart(&key.path()).await?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, self.part_size);
        let mut size: u64 = 0;
        while let Some(chunk) = chunks.next().await {
            let chunk = match chunk {
                Ok(chunk) => chunk,
                Err(error) => {
                    writer.abort().await?;
                    return Err(StorageError::Backend(format!("upload interrupted: {error}")));
                }
            };
            size += chunk.len() as u64;
            if size > limit {
                writer.abort().await?;
                return Ok(None);
            }
            writer.wait_for_capacity(4).await?;
            writer.write(&chunk);
        }
        writer.finish().await?;
        Ok(Some(size))
    }

    /// Reads an object, or the byte range `range` of it, as a stream.
    pub async fn get(&self, key: &StorageKey, range: Option<Range<u64>>) -> Result<StoredObject, StorageError> {
        let options = GetOptions { range: range.map(GetRange::Bounded), ..GetOptions::default() };
        let result = self.store.get_opts(&key.path(), options).await?;
        let size = result.meta.size;
        let range = result.range.clone();
        let body = result.into_stream().map(|chunk| chunk.map_err(StorageError::from)).boxed();
        Ok(StoredObject { size, range, body })
    }

    /// The object's size in bytes.
    pub async fn size(&self, key: &StorageKey) -> Result<u64, StorageError> {
        Ok(self.store.head(&key.path()).await?.size)
    }

    /// Removes an object; removing one that is already gone is not an error.
    pub async fn delete(&self, key: &StorageKey) -> Result<(), StorageError> {
        match self.store.delete(&key.path()).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(error.into()),
        }
    }
}
