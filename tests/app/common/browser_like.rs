//! A browser-like HTTP/1.1 client over plain TCP, for tests that drive the real binary: a cookie
//! jar, the session's form token, `Origin` on every POST, urlencoded and multipart forms.
//!
//! One connection per request (`Connection: close`), so a server that is killed or cannot answer
//! shows up as an error or a status, never as a hang beyond the read timeout. Cheap to clone: a
//! clone is the same browser, e.g. sent to another instance behind a load balancer.

use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// A response with its body read (chunked bodies decoded).
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// The first header called `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn location(&self) -> Option<&str> {
        self.header("location")
    }

    /// The first form token on the page.
    pub fn csrf_token(&self) -> Option<String> {
        let text = self.text();
        let marker = "name=\"csrf_token\" value=\"";
        let start = text.find(marker)? + marker.len();
        let end = text[start..].find('"')? + start;
        Some(text[start..end].to_string())
    }
}

/// One browser: its cookies and the form token of its session.
#[derive(Debug, Clone)]
pub struct Browser {
    pub port: u16,
    cookies: BTreeMap<String, String>,
    token: Option<String>,
    timeout: Duration,
}

impl Browser {
    pub fn new(port: u16) -> Browser {
        Browser { port, cookies: BTreeMap::new(), token: None, timeout: Duration::from_secs(30) }
    }

    /// The same browser (cookies and form token) talking to a server on another port.
    pub fn on_port(&self, port: u16) -> Browser {
        Browser { port, ..self.clone() }
    }

    /// How long to wait for an answer before giving up with an error.
    pub fn with_timeout(mut self, timeout: Duration) -> Browser {
        self.timeout = timeout;
        self
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.get(name).map(String::as_str)
    }

    pub fn get(&mut self, path: &str) -> io::Result<Response> {
        self.send("GET", path, &[], &[])
    }

    /// A GET with extra headers, e.g. `Range`.
    pub fn get_with(&mut self, path: &str, headers: &[(&str, &str)]) -> io::Result<Response> {
        self.send("GET", path, headers, &[])
    }

    /// The session's form token, read from a page the first time it is needed.
    pub fn form_token(&mut self) -> io::Result<String> {
        if let Some(token) = &self.token {
            return Ok(token.clone());
        }
        let account = self.get("/account")?;
        let page = if account.status == 200 { account } else { self.get("/login")? };
        let token = page
            .csrf_token()
            .ok_or_else(|| io::Error::other(format!("no form token on the page ({})", page.status)))?;
        self.token = Some(token.clone());
        Ok(token)
    }

    /// Posts a urlencoded form with the session's form token, as a page's form would.
    pub fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> io::Result<Response> {
        let token = self.form_token()?;
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf_token", &token)
            .extend_pairs(fields)
            .finish();
        let origin = self.origin();
        self.send(
            "POST",
            path,
            &[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", &origin)],
            body.as_bytes(),
        )
    }

    /// Sends a file as an upload form does: multipart, the form token as the first field.
    pub fn upload(
        &mut self,
        path: &str,
        field: &str,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> io::Result<Response> {
        let token = self.form_token()?;
        let boundary = "----smallgrantsFaultBoundary5e0f3a";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n\
             Content-Type: {content_type}\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={boundary}");
        let origin = self.origin();
        self.send("POST", path, &[("Content-Type", &content_type), ("Origin", &origin)], &body)
    }

    /// Signs in through the form; answers the response (303 on success). The session gets a
    /// new form token at sign-in, so the old one is forgotten.
    pub fn sign_in(&mut self, email: &str, password: &str) -> io::Result<Response> {
        self.token = None;
        let response = self.post_form("/login", &[("email", email), ("password", password)])?;
        self.token = None;
        Ok(response)
    }

    /// Signs in with a code from the person's authenticator app given with the password, as
    /// the sign-in form takes them (a lead or admin's one step).
    pub fn sign_in_with_code(&mut self, email: &str, password: &str, code: &str) -> io::Result<Response> {
        self.token = None;
        let response = self.post_form("/login", &[("email", email), ("password", password), ("code", code)])?;
        self.token = None;
        Ok(response)
    }

    /// Registers through the form (which also signs in).
    pub fn register(&mut self, name: &str, email: &str, password: &str) -> io::Result<Response> {
        self.token = None;
        let response = self.post_form("/register", &[("name", name), ("email", email), ("password", password)])?;
        self.token = None;
        Ok(response)
    }

    fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn send(&mut self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> io::Result<Response> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))?;
        stream.set_read_timeout(Some(self.timeout))?;
        stream.set_write_timeout(Some(self.timeout))?;
        let mut request = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n", self.port);
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self.cookies.iter().map(|(name, value)| format!("{name}={value}")).collect();
            request.push_str(&format!("Cookie: {}\r\n", jar.join("; ")));
        }
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        if method != "GET" {
            request.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        request.push_str("\r\n");
        let mut bytes = request.into_bytes();
        bytes.extend_from_slice(body);
        stream.write_all(&bytes)?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw)?;
        let response = parse(&raw)?;
        self.keep_cookies(&response);
        Ok(response)
    }

    fn keep_cookies(&mut self, response: &Response) {
        for (name, value) in &response.headers {
            if !name.eq_ignore_ascii_case("set-cookie") {
                continue;
            }
            let mut parts = value.split(';').map(str::trim);
            let Some((cookie, content)) = parts.next().and_then(|pair| pair.split_once('=')) else { continue };
            let expired = parts.any(|attribute| attribute.eq_ignore_ascii_case("max-age=0"));
            if expired || content.is_empty() {
                self.cookies.remove(cookie);
            } else {
                self.cookies.insert(cookie.to_string(), content.to_string());
            }
        }
    }
}

fn parse(raw: &[u8]) -> io::Result<Response> {
    let split = raw
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "the connection closed before a full answer"))?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| io::Error::other(format!("not an HTTP answer: {head}")))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        .collect();
    let rest = &raw[split + 4..];
    let chunked = headers
        .iter()
        .any(|(name, value)| name.eq_ignore_ascii_case("transfer-encoding") && value.eq_ignore_ascii_case("chunked"));
    let body = if chunked { dechunk(rest)? } else { rest.to_vec() };
    Ok(Response { status, headers, body })
}

fn dechunk(mut rest: &[u8]) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = rest
            .windows(2)
            .position(|window| window == b"\r\n")
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "a chunked body was cut short"))?;
        let size_text = String::from_utf8_lossy(&rest[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| io::Error::other(format!("bad chunk size {size_text:?}")))?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        if rest.len() < size + 2 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "a chunked body was cut short"));
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}
