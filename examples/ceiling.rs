//! The benchmark's ceiling: the least an actix-web server can do to answer a page — a fixed
//! HTML body of the requested size from memory, with the same worker count and on the same
//! machine as the portal. `scripts/bench` reports each portal page as a share of this.
//!
//! `cargo run --release --example ceiling -- 127.0.0.1:9090` then `GET /{bytes}`.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use actix_web::{App, HttpResponse, HttpServer, web};

/// Bodies made so far, by size: each is made once and then served from memory.
type Bodies = Arc<RwLock<HashMap<usize, web::Bytes>>>;

fn body_of(size: usize) -> web::Bytes {
    let mut page = String::with_capacity(size);
    page.push_str("<!DOCTYPE html><html lang=\"en-GB\"><head><title>ceiling</title></head><body><p>");
    while page.len() + 18 < size {
        page.push_str("community grants ");
    }
    page.push_str("</p></body></html>");
    web::Bytes::from(page)
}

async fn page(bodies: web::Data<Bodies>, size: web::Path<usize>) -> HttpResponse {
    let size = size.into_inner().min(50_000_000);
    let cached = bodies.read().expect("lock").get(&size).cloned();
    let body = match cached {
        Some(body) => body,
        None => bodies.write().expect("lock").entry(size).or_insert_with(|| body_of(size)).clone(),
    };
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(body)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let listen = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:9090".to_string());
    let workers: usize = std::env::var("SMALLGRANTS_WORKERS")
        .ok()
        .and_then(|w| w.parse().ok())
        .filter(|w| *w > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let bodies: Bodies = Arc::default();
    println!("ceiling listening on http://{listen}/");
    HttpServer::new(move || App::new().app_data(web::Data::new(bodies.clone())).route("/{size}", web::get().to(page)))
        .workers(workers)
        .bind(&listen)?
        .run()
        .await
}
