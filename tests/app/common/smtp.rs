//! A small SMTP server on loopback that records every message it accepts, and can be stopped
//! and started again on the same port to play an outage.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// One accepted message: the envelope recipient and the raw data.
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
    received: Arc<Mutex<Vec<ReceivedMessage>>>,
    running: Option<(Arc<AtomicBool>, JoinHandle<()>)>,
}

impl SmtpServer {
    pub fn start() -> SmtpServer {
        let mut server = SmtpServer { port: 0, received: Arc::default(), running: None };
        server.listen(TcpListener::bind("127.0.0.1:0").expect("bind SMTP"));
        server
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn messages(&self) -> Vec<ReceivedMessage> {
        self.received.lock().unwrap().clone()
    }

    /// Stops accepting connections: the port is closed, as when a mail server is down.
    pub fn stop(&mut self) {
        if let Some((stop, handle)) = self.running.take() {
            stop.store(true, Ordering::SeqCst);
            let _ = TcpStream::connect(("127.0.0.1", self.port));
            let _ = handle.join();
        }
    }

    /// Listens again on the same port.
    pub fn restart(&mut self) {
        self.stop();
        let listener = TcpListener::bind(("127.0.0.1", self.port)).expect("re-bind SMTP port");
        self.listen(listener);
    }

    fn listen(&mut self, listener: TcpListener) {
        self.port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let received = self.received.clone();
        let stop_flag = stop.clone();
        let handle = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop_flag.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let received = received.clone();
                    std::thread::spawn(move || {
                        let _ = serve_connection(stream, &received);
                    });
                }
            }
        });
        self.running = Some((stop, handle));
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn serve_connection(stream: TcpStream, received: &Mutex<Vec<ReceivedMessage>>) -> std::io::Result<()> {
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    writer.write_all(b"220 test.local ESMTP ready\r\n")?;
    let mut recipients = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_ascii_uppercase();
        if command.starts_with("EHLO") {
            writer.write_all(b"250-test.local\r\n250 8BITMIME\r\n")?;
        } else if command.starts_with("HELO")
            || command.starts_with("MAIL FROM")
            || command.starts_with("RSET")
            || command.starts_with("NOOP")
        {
            if command.starts_with("RSET") {
                recipients.clear();
            }
            writer.write_all(b"250 OK\r\n")?;
        } else if command.starts_with("RCPT TO") {
            recipients.push(line.trim_end()[8..].trim().trim_matches(['<', '>']).to_string());
            writer.write_all(b"250 OK\r\n")?;
        } else if command == "DATA" {
            writer.write_all(b"354 go ahead\r\n")?;
            let mut data = String::new();
            loop {
                line.clear();
                if reader.read_line(&mut line)? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                data.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            received.lock().unwrap().push(ReceivedMessage { recipients: std::mem::take(&mut recipients), data });
            writer.write_all(b"250 queued\r\n")?;
        } else if command == "QUIT" {
            writer.write_all(b"221 bye\r\n")?;
            return Ok(());
        } else {
            writer.write_all(b"502 not implemented\r\n")?;
        }
    }
}
