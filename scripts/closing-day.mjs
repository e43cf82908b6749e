#!/usr/bin/env node
// The closing-day load for `scripts/bench --closing-day`: the last minutes of a round, as real
// browsers would send them. Each group signs in (the sign-in page's form token and cookie, then
// the password), opens its bid's case page, saves need, reach and impact with the page's form
// token, opens check-your-answers and presses "Confirm and send"; the groups arrive spread over a
// window of CLOSING_SECONDS (ten minutes compressed), and the round closes about 80% of the way
// in, so the last fifth must be told the round has closed, never have a bid sent. Meanwhile
// recordings upload at a bounded rate each, as phones on mobile data would (a multipart body
// streamed and paced by a timer), and the lead and the panel browse at a steady rate.
//
// Reads the accounts `seed-demo --closing-day` printed (ACCOUNTS), the lead's session cookie
// (LEAD_COOKIE: the lead signs in with a code, which the bench does), and writes to OUT_DIR:
//   acknowledged.txt   bid ids whose "Confirm and send" was answered with the sent page
//   refused.txt        bid ids told the round had closed
//   uploads.txt        "bid bytes sha256" for each recording the portal accepted
//   steps.md           a table per step: count, p50, p99, max, errors, target
//   summary.txt        key=value lines for the bench (requests/s, counts, verdict)
// Built-in fetch only (Node 20), so it runs wherever the bench does.

import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const setting = (name, fallback) => process.env[name] ?? fallback;
const BASE = setting('BASE');
const ACCOUNTS = setting('ACCOUNTS');
const LEAD_COOKIE = setting('LEAD_COOKIE');
const OUT_DIR = setting('OUT_DIR');
const WINDOW_SECONDS = Number(setting('CLOSING_SECONDS', '120'));
const SENDERS = Number(setting('CLOSING_SENDERS', '1000'));
const UPLOADS = Number(setting('CLOSING_UPLOADS', '40'));
const RECORDING_BYTES = Number(setting('CLOSING_RECORDING_BYTES', String(30 * 1024 * 1024)));
const UPLOAD_KBIT = Number(setting('CLOSING_UPLOAD_KBIT', '2000'));
const PANEL_BROWSERS = Number(setting('CLOSING_PANEL', '20'));
/** Each browsing lead or panel member opens a page this often. */
const BROWSE_EVERY_MS = Number(setting('CLOSING_BROWSE_MS', '1000'));
/** Where in the window the round closes. */
const CLOSE_AT_FRACTION = 0.8;
/** How often a paced upload sends what its rate allows. */
const UPLOAD_TICK_MS = 100;

/** The steps in the order a group meets them, then the uploads and the browsing. */
const STEP_ORDER = [
  'sign-in page',
  'sign in',
  'task page',
  'save task',
  'check your answers',
  'confirm and send',
  'sent page',
  'upload recording',
  'lead dashboard',
  'lead round page',
  'panel dashboard',
  'panel queue',
];

/** p99 targets (ms) by step; steps without one are reported only. */
const TARGETS = {
  'sign-in page': 100,
  'task page': 100,
  'save task': 100,
  'check your answers': 100,
  'confirm and send': 300,
  'sent page': 100,
  'recording page': 100,
  'lead dashboard': 100,
  'lead round page': 100,
  'panel dashboard': 100,
  'panel queue': 100,
};

// ----- accounts -------------------------------------------------------------------------------

/** The round, the groups (email, password, bid) and the panel, from seed-demo's lines. */
function readAccounts(path) {
  const round = {};
  const applicants = [];
  const panel = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [role, ...rest] = line.trim().split(/\s+/);
    if (role === 'closing-round') {
      for (const pair of rest) {
        const [key, value] = pair.split('=');
        round[key] = value;
      }
    } else if (role === 'closing-applicant') {
      applicants.push({ email: rest[0], password: rest[1], bid: Number(rest[2].replace('bid=', '')) });
    } else if (role === 'closing-panel') {
      panel.push({ email: rest[0], password: rest[1] });
    }
  }
  if (!round.id || !round.closes_at) throw new Error(`${path} has no closing-round line`);
  return { roundId: Number(round.id), closesAt: Date.parse(round.closes_at), applicants, panel };
}

// ----- measuring ------------------------------------------------------------------------------

/** Every timed request, by step. */
const timings = new Map();
let requests = 0;
let lastAnswerAt = 0;

function record(step, ms, ok) {
  if (!timings.has(step)) timings.set(step, { ms: [], errors: 0 });
  const entry = timings.get(step);
  entry.ms.push(ms);
  if (!ok) entry.errors += 1;
  requests += 1;
  lastAnswerAt = Date.now();
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const errorsSeen = new Map();
/** Keeps the first few unexpected answers of each step, to print. */
function unexpected(step, detail) {
  const list = errorsSeen.get(step) ?? [];
  if (list.length < 3) list.push(detail);
  errorsSeen.set(step, list);
}

// ----- a browser: cookies and forms -----------------------------------------------------------

/** One person's browser: keeps the session cookie the portal sets, sends Origin on POSTs. */
class Browser {
  constructor(cookie = '') {
    this.cookie = cookie;
  }

  keepCookie(response) {
    for (const line of response.headers.getSetCookie()) {
      const match = /^sg_session=([^;]*)/.exec(line);
      if (match) this.cookie = match[1];
    }
  }

  headers(extra = {}) {
    return { ...(this.cookie ? { Cookie: `sg_session=${this.cookie}` } : {}), ...extra };
  }

  /**
   * One timed request: answered when the whole body has arrived. `expect` is the status that
   * means success; the answer is returned for the caller to look at.
   */
  async request(step, path, { method = 'GET', form, body, headers = {}, expect = 200, accept } = {}) {
    const started = performance.now();
    let status = 0;
    let text = '';
    let location = '';
    try {
      const init = { method, redirect: 'manual', headers: this.headers(headers) };
      if (form) {
        init.body = new URLSearchParams(form).toString();
        init.headers['Content-Type'] = 'application/x-www-form-urlencoded';
      }
      if (body) {
        init.body = body;
        init.duplex = 'half';
      }
      if (method === 'POST') init.headers.Origin = BASE;
      const response = await fetch(BASE + path, init);
      text = await response.text();
      status = response.status;
      location = response.headers.get('location') ?? '';
      this.keepCookie(response);
    } catch (error) {
      text = String(error?.cause ?? error);
    }
    const ms = performance.now() - started;
    const ok = status === expect || (accept ? accept(status, text) : false);
    if (!ok) unexpected(step, `${method} ${path} answered ${status || 'nothing'} ${text.slice(0, 120).replace(/\s+/g, ' ')}`);
    record(step, ms, ok);
    return { status, text, location, ok };
  }

  async signIn(email, password) {
    const page = await this.request('sign-in page', '/login');
    const token = formToken(page.text);
    const answer = await this.request('sign in', '/login', {
      method: 'POST',
      form: { csrf_token: token, email, password, code: '' },
      expect: 303,
    });
    return answer.ok;
  }
}

function formToken(html) {
  return /name="csrf_token" value="([^"]*)"/.exec(html)?.[1] ?? '';
}

function hiddenValue(html, name) {
  return new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
}

// ----- the groups -----------------------------------------------------------------------------

const acknowledged = [];
const refused = [];
/** Answers that were neither: counted against the run. */
const strays = [];

const CASE = {
  need: 'Many people here have nobody to talk to, and services have long waits.',
  reach: 'About forty people a month, most never seen by services.',
  impact: 'People will meet every week and know where to get help.',
};

/** One group's last minutes: sign in, save the case, check, send, see the sent page. */
async function sendBid(applicant, closesAt) {
  const browser = new Browser();
  if (!(await browser.signIn(applicant.email, applicant.password))) return;
  const bid = applicant.bid;
  const taskPage = await browser.request('task page', `/bids/${bid}/case`);
  if (!taskPage.ok) return;
  const saved = await browser.request('save task', `/bids/${bid}/case`, {
    method: 'POST',
    form: { csrf_token: formToken(taskPage.text), version: hiddenValue(taskPage.text, 'version'), then: 'continue', video_url: '', ...CASE },
    expect: 303,
  });
  if (!saved.ok) return;
  const check = await browser.request('check your answers', `/bids/${bid}/check`);
  if (!check.ok) return;
  const sentAt = Date.now();
  const isClosedAnswer = (status, text) => status === 422 && text.includes('can no longer be sent');
  const send = await browser.request('confirm and send', `/bids/${bid}/submit`, {
    method: 'POST',
    form: { csrf_token: formToken(check.text) },
    expect: 303,
    accept: isClosedAnswer,
  });
  const answeredAt = Date.now();
  if (send.status === 303 && send.location === `/bids/${bid}/sent`) {
    acknowledged.push({ bid, sentAt, answeredAt });
    if (sentAt >= closesAt) strays.push(`bid ${bid} was sent at or after the close`);
    await browser.request('sent page', `/bids/${bid}/sent`);
  } else if (isClosedAnswer(send.status, send.text)) {
    refused.push({ bid, sentAt, answeredAt });
    if (answeredAt < closesAt) strays.push(`bid ${bid} was told the round had closed before it closed`);
  }
}

// ----- recordings -----------------------------------------------------------------------------

/** The start of an MP4 file from a phone (an ISO BMFF `ftyp` box), so the type check passes. */
const MP4_HEAD = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypmp42', 'latin1'),
  Buffer.from([0, 0, 0, 0]),
  Buffer.from('mp42isom', 'latin1'),
]);

/** `length` bytes of a recording from `offset`: the MP4 head, then noise (which no one compresses). */
function recordingBytes(offset, length) {
  const chunk = randomBytes(length);
  if (offset < MP4_HEAD.length) MP4_HEAD.copy(chunk, 0, offset, Math.min(MP4_HEAD.length, offset + length));
  return chunk;
}

/**
 * A multipart body (form token first, as the portal reads it before the upload) whose file part
 * is `size` bytes sent no faster than `bytesPerSecond`, made as it goes, with its SHA-256.
 */
function pacedRecordingBody(token, size, bytesPerSecond, boundary, digest) {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n${token}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="recording_file"; filename="closing-day.mp4"\r\n` +
      'Content-Type: video/mp4\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let sent = 0;
  let started = 0;
  let stage = 'head';
  return new ReadableStream({
    async pull(controller) {
      if (stage === 'head') {
        controller.enqueue(new Uint8Array(head));
        stage = 'file';
        started = performance.now();
        return;
      }
      if (sent >= size) {
        controller.enqueue(new Uint8Array(tail));
        controller.close();
        return;
      }
      await sleep(UPLOAD_TICK_MS);
      const due = Math.min(size, Math.floor(((performance.now() - started) / 1000) * bytesPerSecond));
      if (due <= sent) return;
      const chunk = recordingBytes(sent, due - sent);
      digest.update(chunk);
      sent += chunk.length;
      controller.enqueue(new Uint8Array(chunk));
    },
  }, { highWaterMark: 0 });
}

const uploads = [];

/** One group uploading a recording to its bid over a slow link. */
async function uploadRecording(browser, bid, token) {
  const digest = createHash('sha256');
  const boundary = `closingday${randomBytes(8).toString('hex')}`;
  const body = pacedRecordingBody(token, RECORDING_BYTES, (UPLOAD_KBIT * 1000) / 8, boundary, digest);
  const answer = await browser.request('upload recording', `/bids/${bid}/recording`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    expect: 303,
  });
  if (answer.ok) uploads.push({ bid, bytes: RECORDING_BYTES, sha256: digest.digest('hex') });
}

// ----- the lead and the panel -----------------------------------------------------------------

/** Opens the pages in turn, one every BROWSE_EVERY_MS, until `until`. */
async function browse(browser, pages, until) {
  await sleep(Math.random() * BROWSE_EVERY_MS);
  for (let n = 0; Date.now() < until; n += 1) {
    const [step, path] = pages[n % pages.length];
    const started = Date.now();
    await browser.request(step, path);
    await sleep(Math.max(0, BROWSE_EVERY_MS - (Date.now() - started)));
  }
}

// ----- the run --------------------------------------------------------------------------------

async function sleepUntil(at) {
  const wait = at - Date.now();
  if (wait > 0) await sleep(wait);
}

function table() {
  const lines = [
    '| step               | count | p50 ms | p99 ms | max ms | errors | target p99 | verdict |',
    '|--------------------|-------|--------|--------|--------|--------|------------|---------|',
  ];
  const missed = [];
  const order = [...STEP_ORDER, ...[...timings.keys()].filter((step) => !STEP_ORDER.includes(step))];
  for (const step of order.filter((name) => timings.has(name))) {
    const { ms, errors } = timings.get(step);
    const sorted = [...ms].sort((a, b) => a - b);
    const [p50, p99, max] = [percentile(sorted, 0.5), percentile(sorted, 0.99), sorted[sorted.length - 1]];
    const target = TARGETS[step];
    let verdict = target === undefined ? '—' : p99 < target ? 'ok' : 'MISS: p99';
    if (errors > 0) verdict = verdict === 'ok' || verdict === '—' ? 'MISS: errors' : `${verdict} errors`;
    if (verdict.startsWith('MISS')) missed.push(`${step} (${verdict.replace('MISS: ', '')})`);
    const f = (v) => v.toFixed(1);
    lines.push(
      `| ${step.padEnd(18)} | ${String(ms.length).padStart(5)} | ${f(p50).padStart(6)} | ${f(p99).padStart(6)} | ${f(max).padStart(6)} | ${String(errors).padStart(6)} | ${(target === undefined ? '—' : `< ${target}`).padStart(10)} | ${verdict} |`,
    );
  }
  return { text: lines.join('\n'), missed };
}

async function main() {
  for (const [name, value] of Object.entries({ BASE, ACCOUNTS, LEAD_COOKIE, OUT_DIR })) {
    if (!value) throw new Error(`${name} is not set`);
  }
  const { roundId, closesAt, applicants, panel } = readAccounts(ACCOUNTS);
  if (applicants.length < SENDERS + UPLOADS) throw new Error(`need ${SENDERS + UPLOADS} groups, the seed has ${applicants.length}`);
  const windowStart = closesAt - CLOSE_AT_FRACTION * WINDOW_SECONDS * 1000;
  const windowEnd = windowStart + WINDOW_SECONDS * 1000;
  if (Date.now() > windowStart) {
    throw new Error(`the window should have started ${((Date.now() - windowStart) / 1000).toFixed(0)}s ago: seed with a later --closes-in`);
  }
  // The senders are every other group; the uploaders are among the rest, and sign in and open
  // their recording page before the window, so their upload starts with it.
  const senders = applicants.filter((_, n) => n % 2 === 0).slice(0, SENDERS);
  const uploaders = applicants.filter((_, n) => n % 2 === 1).slice(0, UPLOADS);
  const ready = [];
  for (const uploader of uploaders) {
    const browser = new Browser();
    if (!(await browser.signIn(uploader.email, uploader.password))) continue;
    const page = await browser.request('recording page', `/bids/${uploader.bid}/recording`);
    if (page.ok) ready.push({ browser, bid: uploader.bid, token: formToken(page.text) });
  }
  const browsers = [];
  const lead = new Browser(LEAD_COOKIE);
  browsers.push([lead, [['lead dashboard', '/dashboard'], ['lead round page', `/manage/rounds/${roundId}`]]]);
  for (const member of panel.slice(0, PANEL_BROWSERS)) {
    const browser = new Browser();
    if (await browser.signIn(member.email, member.password)) {
      browsers.push([browser, [['panel dashboard', '/dashboard'], ['panel queue', '/panel']]]);
    }
  }
  // Only what happens in the window is measured.
  timings.clear();
  requests = 0;
  console.error(`closing-day: window of ${WINDOW_SECONDS}s starts in ${((windowStart - Date.now()) / 1000).toFixed(0)}s; the round closes ${(CLOSE_AT_FRACTION * WINDOW_SECONDS).toFixed(0)}s into it`);
  await sleepUntil(windowStart);
  const work = [];
  for (const [browser, pages] of browsers) work.push(browse(browser, pages, windowEnd));
  ready.forEach(({ browser, bid, token }, n) => work.push(sleep(n * 50).then(() => uploadRecording(browser, bid, token))));
  senders.forEach((sender, n) => {
    const at = windowStart + ((n + Math.random()) / senders.length) * WINDOW_SECONDS * 1000;
    work.push(sleepUntil(at).then(() => sendBid(sender, closesAt)));
  });
  await Promise.all(work);
  const seconds = (lastAnswerAt - windowStart) / 1000;
  const { text, missed } = table();
  writeFileSync(join(OUT_DIR, 'steps.md'), `${text}\n`);
  writeFileSync(join(OUT_DIR, 'acknowledged.txt'), acknowledged.map((a) => `${a.bid}\n`).join(''));
  writeFileSync(join(OUT_DIR, 'refused.txt'), refused.map((r) => `${r.bid}\n`).join(''));
  writeFileSync(join(OUT_DIR, 'uploads.txt'), uploads.map((u) => `${u.bid} ${u.bytes} ${u.sha256}\n`).join(''));
  const summary = {
    requests,
    seconds: seconds.toFixed(1),
    requests_per_second: (requests / seconds).toFixed(0),
    senders: senders.length,
    acknowledged: acknowledged.length,
    refused_closed: refused.length,
    uploads_started: ready.length,
    uploads_whole: uploads.length,
    strays: strays.length,
    missed_steps: missed.join(', ') || 'none',
  };
  writeFileSync(join(OUT_DIR, 'summary.txt'), Object.entries(summary).map(([k, v]) => `${k}=${v}\n`).join(''));
  for (const problem of strays) console.error(`closing-day: ${problem}`);
  for (const [step, list] of errorsSeen) for (const detail of list) console.error(`closing-day: ${step}: ${detail}`);
}

main().catch((error) => {
  console.error(`closing-day: ${error.message}`);
  process.exit(1);
});
