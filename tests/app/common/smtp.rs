//! A real SMTP server for the tests: aiosmtpd (from PyPI, installed by
//! `scripts/ensure-python-tools`) on a free loopback port, delivering into a maildir that the
//! test reads back. Stopping it closes the port, as when a mail server is down; restarting listens
//! again on the same port with the messages kept.

use std::io::Read;
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One accepted message: the envelope recipients and the raw message as delivered.
#[derive(Debug, Clone)]
pub struct ReceivedMessage {
    pub recipients: Vec<String>,
    pub data: String,
}

impl ReceivedMessage {
    /// The value of a header, e.g. `Message-ID`.
    pub fn header(&self, name: &str) -> Option<String> {
        let prefix = format!("{}:", name.to_ascii_lowercase());
        self.data
            .lines()
            .take_while(|line| !line.is_empty())
            .find(|line| line.to_ascii_lowercase().starts_with(&prefix))
            .map(|line| line[prefix.len()..].trim().to_string())
    }
}

pub struct SmtpServer {
    pub port: u16,
    maildir: tempfile::TempDir,
    child: Option<Child>,
}

impl SmtpServer {
    pub fn start() -> SmtpServer {
        let mut server =
            SmtpServer { port: super::free_port(), maildir: tempfile::tempdir().expect("maildir"), child: None };
        server.launch();
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message delivered so far, in the order they arrived.
    pub fn messages(&self) -> Vec<ReceivedMessage> {
        let mut files: Vec<(std::time::SystemTime, PathBuf)> = ["new", "cur"]
            .iter()
            .flat_map(|sub| std::fs::read_dir(self.maildir.path().join("mail").join(sub)).into_iter().flatten())
            .filter_map(Result::ok)
            .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
            .collect();
        files.sort();
        files
            .into_iter()
            .filter_map(|(_, path)| std::fs::read_to_string(path).ok())
            .map(|data| {
                let message = ReceivedMessage { recipients: Vec::new(), data };
                // aiosmtpd's handlers record the envelope in this header.
                let recipients = message
                    .header("X-RcptTo")
                    .map(|to| to.split(',').map(|r| r.trim().to_string()).collect())
                    .unwrap_or_default();
                ReceivedMessage { recipients, ..message }
            })
            .collect()
    }

    /// Stops the server: the port is closed, as when a mail server is down.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Listens again on the same port.
    pub fn restart(&mut self) {
        self.stop();
        self.launch();
    }

    fn launch(&mut self) {
        let mailbox = self.maildir.path().join("mail");
        let child = Command::new(super::python_tool("python"))
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{}", self.port)])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&mailbox)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        self.child = Some(child);
        let started = Instant::now();
        while !self.greets() {
            assert!(started.elapsed() < Duration::from_secs(30), "aiosmtpd did not start on port {}", self.port);
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Whether the server answers a connection with its 220 greeting.
    fn greets(&self) -> bool {
        let Ok(mut stream) = TcpStream::connect(("127.0.0.1", self.port)) else { return false };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        let mut greeting = [0u8; 3];
        stream.read_exact(&mut greeting).is_ok() && &greeting == b"220"
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}
