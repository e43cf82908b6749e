//! The file store on a real S3-compatible server: moto in server mode, from PyPI, installed by
//! `scripts/ensure-python-tools` and started here on a free loopback port. The portal runs as
//! its own process with `SMALLGRANTS_STORAGE_URL=s3://…`, as an installation would: recordings
//! and files go up through the pages and stream back whole and in byte ranges, a 60 MB
//! recording passes with the server's memory bounded, a store that hangs gives the friendly
//! "try again" page within the configured limit (and `/healthz` says so) until it answers
//! again, and a missing bucket stops start-up with a message naming the setting.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::common::browser_like::Browser;
use crate::common::portal::{Portal, portal_env, seed_demo, url_text};
use crate::common::{Backend, TestDatabase};
use crate::common::{free_port, http_get, python_tool};

const BUCKET: &str = "smallgrants-test";

/// A moto S3 server, stopped when dropped.
struct S3Server {
    port: u16,
    child: Child,
}

impl S3Server {
    fn start() -> S3Server {
        let port = free_port();
        let child = Command::new(python_tool("moto_server"))
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start moto_server");
        let server = S3Server { port, child };
        let started = Instant::now();
        while raw_request(port, "GET", "/").is_err() {
            assert!(started.elapsed() < Duration::from_secs(30), "moto_server did not start on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let created = raw_request(port, "PUT", &format!("/{BUCKET}")).expect("create the bucket");
        assert!(created.starts_with("HTTP/1.1 200"), "creating the bucket: {created}");
        server
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Freezes the server (SIGSTOP): connections are accepted by the kernel but never answered,
    /// as a hung store behaves.
    fn hang(&self) {
        signal(self.child.id(), "STOP");
    }

    fn resume(&self) {
        signal(self.child.id(), "CONT");
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        self.resume();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn signal(pid: u32, name: &str) {
    let status = Command::new("kill").arg(format!("-{name}")).arg(pid.to_string()).status().expect("kill");
    assert!(status.success(), "kill -{name} {pid}");
}

/// One unsigned request (moto does not check signatures); answers the response's head.
fn raw_request(port: u16, method: &str, path: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response)
}

fn s3_env(data_dir: &std::path::Path, database: &TestDatabase, s3: &S3Server, bucket: &str) -> Vec<(String, String)> {
    let mut env = portal_env(data_dir, &url_text(&database.url));
    for (key, value) in [
        ("SMALLGRANTS_STORAGE_URL", format!("s3://{bucket}/files")),
        ("SMALLGRANTS_STORAGE_CONNECT_TIMEOUT_SECONDS", "2".into()),
        ("SMALLGRANTS_STORAGE_TIMEOUT_SECONDS", "3".into()),
        ("AWS_ENDPOINT", s3.endpoint()),
        ("AWS_ALLOW_HTTP", "true".into()),
        ("AWS_ACCESS_KEY_ID", "test".into()),
        ("AWS_SECRET_ACCESS_KEY", "test".into()),
        ("AWS_REGION", "us-east-1".into()),
    ] {
        env.push((key.to_string(), value));
    }
    env
}

/// The demo applicant's draft bid.
fn demo_draft(database: &TestDatabase) -> i64 {
    let mut conn = smallgrants::db::establish(&database.url).expect("open the test database");
    let demo = seed_demo(&mut conn);
    smallgrants::bids::queries::of_person(&mut conn, demo.people[4])
        .unwrap()
        .into_iter()
        .find(|(bid, _, _)| bid.state == smallgrants::bids::BidState::Draft)
        .expect("the demo applicant's draft")
        .0
        .id
}

/// The newest file of the bid that is (or is not) a recording: its download path.
fn file_path(database: &TestDatabase, bid: i64, recording: bool) -> String {
    let mut conn = smallgrants::db::establish(&database.url).expect("open the test database");
    let files = smallgrants::bids::queries::files_of(&mut conn, bid).unwrap();
    let file = files.iter().rev().find(|f| f.is_recording() == recording).expect("the uploaded file is recorded");
    format!("/bids/{bid}/files/{}", file.id)
}

/// The server's peak resident memory so far, in MB (Linux's VmHWM).
fn peak_rss_mb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

#[test]
fn recordings_and_files_go_through_a_real_s3_server_and_a_hung_store_gets_the_friendly_page() {
    let s3 = S3Server::start();
    let database = TestDatabase::new(Backend::Sqlite);
    let draft = demo_draft(&database);
    let folder = tempfile::tempdir().unwrap();
    let portal = Portal::start(s3_env(folder.path(), &database, &s3, BUCKET), &folder.path().join("server.log"));
    let health = http_get(portal.port, "/healthz").unwrap();
    assert_eq!(health.0, 200, "{}", health.1);
    assert!(health.1.contains("\"storage\":\"ok\""), "{}", health.1);

    let mut browser = Browser::new(portal.port).with_timeout(Duration::from_secs(60));
    assert_eq!(browser.sign_in("applicant@demo.example", "demo-applicant-words").unwrap().status, 303);

    // A small recording and a supporting file, whole and in byte ranges.
    let recording = crate::common::applying::mp4_bytes(250_000);
    let sent =
        browser.upload(&format!("/bids/{draft}/recording"), "recording", "our story.mp4", "video/mp4", &recording);
    let sent = sent.unwrap();
    assert_eq!(sent.status, 303, "{}", sent.text());
    let recording_path = file_path(&database, draft, true);
    let whole = browser.get(&recording_path).unwrap();
    assert_eq!(whole.status, 200);
    assert!(whole.body == recording, "the same bytes back ({} of {})", whole.body.len(), recording.len());
    let part = browser.get_with(&recording_path, &[("Range", "bytes=1000-1999")]).unwrap();
    assert_eq!(part.status, 206);
    assert_eq!(part.header("content-range"), Some("bytes 1000-1999/250000"));
    assert!(part.body == recording[1000..2000], "the right byte range");
    let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".to_vec();
    let sent = browser.upload(&format!("/bids/{draft}/files"), "attachment", "plan.pdf", "application/pdf", &pdf);
    assert_eq!(sent.unwrap().status, 303);
    assert!(browser.get(&file_path(&database, draft, false)).unwrap().body == pdf);

    // A 60 MB recording: streamed up in parts and back, with the server's memory bounded.
    let large = crate::common::applying::mp4_bytes(60 * 1024 * 1024);
    let sent = browser.upload(&format!("/bids/{draft}/recording"), "recording", "long.mp4", "video/mp4", &large);
    assert_eq!(sent.unwrap().status, 303);
    // A bid has one recording: the long one replaced the first.
    let recording_path = file_path(&database, draft, true);
    let back = browser.get(&recording_path).unwrap();
    assert_eq!(back.body.len(), large.len());
    assert_eq!(Sha256::digest(&back.body), Sha256::digest(&large), "the 60 MB recording came back whole");
    let peak = peak_rss_mb(portal.pid());
    assert!(peak < 150, "the server's peak memory was {peak} MB for a 60 MB recording");

    // The store hangs: the person gets the "try again" page within the limit, never a 500.
    s3.hang();
    let asked = Instant::now();
    let hung = browser.get(&recording_path).unwrap();
    let waited = asked.elapsed();
    assert_eq!(hung.status, 503, "{}", hung.text());
    assert!(hung.text().contains("Try again in a few minutes"));
    assert!(waited < Duration::from_secs(15), "answered after {waited:?}, not minutes");
    let (status, body) = http_get(portal.port, "/healthz").unwrap();
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("\"storage\":\"unreachable\"") && body.contains("\"database\":\"ok\""), "{body}");
    let upload = browser.upload(&format!("/bids/{draft}/files"), "attachment", "late.pdf", "application/pdf", &pdf);
    assert_eq!(upload.unwrap().status, 503, "an upload while the store hangs gets the same page");

    // Back again: everything works, with no restart.
    s3.resume();
    portal.wait_healthy(Duration::from_secs(20));
    let part = browser.get_with(&recording_path, &[("Range", "bytes=0-999")]).unwrap();
    assert_eq!(part.status, 206);
    assert!(part.body == large[..1000], "the recording streams again");
    let sent = browser.upload(&format!("/bids/{draft}/files"), "attachment", "again.pdf", "application/pdf", &pdf);
    assert_eq!(sent.unwrap().status, 303);
}

#[test]
fn a_missing_bucket_stops_start_up_naming_the_setting() {
    let s3 = S3Server::start();
    let database = TestDatabase::new(Backend::Sqlite);
    let folder = tempfile::tempdir().unwrap();
    let output = Command::new(crate::common::portal::BINARY)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(s3_env(folder.path(), &database, &s3, "no-such-bucket"))
        .env("SMALLGRANTS_LISTEN", format!("127.0.0.1:{}", free_port()))
        .arg("serve")
        .output()
        .unwrap();
    assert!(!output.status.success(), "the server must not start without its bucket");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("SMALLGRANTS_STORAGE_URL") && stderr.contains("no-such-bucket"), "{stderr}");
    assert!(stderr.contains("NoSuchBucket"), "the server's own answer is passed on: {stderr}");
}
