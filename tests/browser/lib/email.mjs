// Reads the emails the server writes as `.eml` files into `$DATA_DIR/outbox/` (no SMTP is
// configured in the tests): `<YYYYmmdd-HHMMSS>-<6-digit id>-<kind>.eml`, written atomically.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const EML_NAME = /^(\d{8}-\d{6})-(\d+)-(.+)\.eml$/;

/** The outbox folder of one server. Each email is handed out once, so a test that waits for
 * "the next reset_password email to ada@…" never gets an older one. */
export class Outbox {
  constructor(dir) {
    this.dir = dir;
    this.claimed = new Set();
  }

  /** Every `.eml` file there now, oldest first: `{ file, path, kind, id }`. */
  list() {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .map((file) => ({ file, match: EML_NAME.exec(file) }))
      .filter(({ match }) => match)
      .map(({ file, match }) => ({ file, path: join(this.dir, file), kind: match[3], id: Number(match[2]) }))
      .sort((a, b) => a.id - b.id || a.file.localeCompare(b.file));
  }

  /**
   * Waits for an email of `kind` (e.g. `verify_email`) not handed out before, optionally only
   * one addressed to `to`; returns `{ file, kind, headers, subject, to, text }` with the plain-text
   * body decoded.
   */
  async next(kind, { to, timeoutMs = 20_000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const entry of this.list()) {
        if (entry.kind !== kind || this.claimed.has(entry.file)) continue;
        const email = { file: entry.file, kind: entry.kind, ...parseEmail(readFileSync(entry.path)) };
        if (to && !email.to.toLowerCase().includes(to.toLowerCase())) continue;
        this.claimed.add(entry.file);
        return email;
      }
      if (Date.now() > deadline) {
        const seen = this.list().map((e) => e.file);
        throw new Error(
          `no new ${kind} email${to ? ` to ${to}` : ''} in ${this.dir} within ${timeoutMs / 1000} s; ` +
            `the outbox holds: ${seen.length ? seen.join(', ') : 'nothing'}`,
        );
      }
      await sleep(200);
    }
  }

  /** Waits for the next email of `kind` (to `to`) and returns the first link in it whose path
   * starts with `pathPrefix`, e.g. `/verify-email/`. */
  async nextLink(kind, pathPrefix, options = {}) {
    const email = await this.next(kind, options);
    return { email, link: firstLink(email.text, pathPrefix, email.file) };
  }
}

/** The first absolute http(s) link in `text` whose path starts with `pathPrefix`. */
export function firstLink(text, pathPrefix, where = 'the email') {
  const links = text.match(/https?:\/\/[^\s<>"'()[\]]+/g) || [];
  for (const link of links) {
    let url;
    try {
      url = new URL(link);
    } catch {
      continue;
    }
    if (url.pathname.startsWith(pathPrefix)) return url.toString();
  }
  throw new Error(`no link to ${pathPrefix}… in ${where}; it says:\n${text}`);
}

/** A small MIME reader: headers, and the decoded text of the text/plain part(s). */
export function parseEmail(raw) {
  const part = parsePart(Buffer.isBuffer(raw) ? raw.toString('latin1') : Buffer.from(raw).toString('latin1'));
  const texts = [];
  collectText(part, texts);
  const header = (name) => part.headers.get(name) || '';
  return { headers: part.headers, subject: decodeWords(header('subject')), to: decodeWords(header('to')), text: texts.join('\n') };
}

// `source` is the raw bytes as a latin1 string, so quoted-printable and base64 can be decoded
// to bytes and only then read in the part's charset.
function parsePart(source) {
  const split = /\r?\n\r?\n/.exec(source);
  const head = split ? source.slice(0, split.index) : source;
  const body = split ? source.slice(split.index + split[0].length) : '';
  const headers = new Map();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const contentType = headers.get('content-type') || 'text/plain; charset=us-ascii';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType);
  if (/^multipart\//i.test(contentType) && boundary) {
    const parts = body
      .split(`--${boundary[1]}`)
      .slice(1)
      .filter((chunk) => !chunk.startsWith('--'))
      .map((chunk) => parsePart(chunk.replace(/^\r?\n/, '')));
    return { headers, contentType, parts };
  }
  const charset = (/charset="?([^";]+)"?/i.exec(contentType) || [])[1] || 'utf-8';
  const encoding = (headers.get('content-transfer-encoding') || '7bit').toLowerCase();
  let bytes;
  if (encoding === 'quoted-printable') bytes = decodeQuotedPrintable(body);
  else if (encoding === 'base64') bytes = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  else bytes = Buffer.from(body, 'latin1');
  return { headers, contentType, text: new TextDecoder(charset.toLowerCase() === 'us-ascii' ? 'utf-8' : charset).decode(bytes) };
}

function collectText(part, texts) {
  if (part.parts) {
    const plain = part.parts.filter((p) => /^text\/plain/i.test(p.contentType));
    for (const p of plain.length ? plain : part.parts) collectText(p, texts);
  } else if (/^text\//i.test(part.contentType)) {
    texts.push(part.text);
  }
}

/** Quoted-printable to bytes: soft line breaks (`=` at the end of a line) vanish, `=3D` is `=`. */
export function decodeQuotedPrintable(latin1) {
  const joined = latin1.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words in headers (`=?utf-8?b?…?=`), as the names in `To:` may be. */
function decodeWords(value) {
  return value.replace(/=\?([^?]+)\?([bqBQ])\?([^?]*)\?=/g, (_, charset, kind, data) => {
    const bytes =
      kind.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64')
        : decodeQuotedPrintable(data.replace(/_/g, ' '));
    return new TextDecoder(charset).decode(bytes);
  });
}
