//! A TCP forwarder that can be cut and restored, to play a database that goes away and comes
//! back without touching the real server other tests use.

use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

pub struct TcpProxy {
    pub port: u16,
    target: String,
    connections: Arc<Mutex<Vec<TcpStream>>>,
    running: Option<(Arc<AtomicBool>, JoinHandle<()>)>,
}

impl TcpProxy {
    pub fn start(target: &str) -> TcpProxy {
        let mut proxy = TcpProxy { port: 0, target: target.to_string(), connections: Arc::default(), running: None };
        proxy.listen(TcpListener::bind("127.0.0.1:0").expect("bind proxy"));
        proxy
    }

    /// Closes the port and every open connection through it.
    pub fn cut(&mut self) {
        if let Some((stop, handle)) = self.running.take() {
            stop.store(true, Ordering::SeqCst);
            let _ = TcpStream::connect(("127.0.0.1", self.port));
            let _ = handle.join();
        }
        for stream in self.connections.lock().unwrap().drain(..) {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }

    /// Opens the port again.
    pub fn restore(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).expect("re-bind proxy port");
        self.listen(listener);
    }

    fn listen(&mut self, listener: TcpListener) {
        self.port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let stop_flag = stop.clone();
        let target = self.target.clone();
        let connections = self.connections.clone();
        let handle = std::thread::spawn(move || {
            for client in listener.incoming() {
                if stop_flag.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(client) = client else { continue };
                let Ok(server) = TcpStream::connect(&target) else { continue };
                let mut list = connections.lock().unwrap();
                list.push(client.try_clone().unwrap());
                list.push(server.try_clone().unwrap());
                pipe(client.try_clone().unwrap(), server.try_clone().unwrap());
                pipe(server, client);
            }
        });
        self.running = Some((stop, handle));
    }
}

fn pipe(mut from: TcpStream, mut to: TcpStream) {
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut from, &mut to);
        let _ = to.shutdown(Shutdown::Both);
    });
}

impl Drop for TcpProxy {
    fn drop(&mut self) {
        self.cut();
    }
}
