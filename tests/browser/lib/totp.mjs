// Codes from an authenticator app, as a person's phone would show them: RFC 6238 time-based
// one-time passwords (HMAC-SHA1, 6 digits, 30-second steps), written here from the RFC with
// node:crypto, independently of the portal's own implementation (the totp-rs crate).
//
// The portal accepts a code for the current step or one step either side, and each step only
// once per person (a later sign-in must use a later step). `authenticator.code(key)` remembers
// the last step it gave for each key and, when the current step is used up, gives the next
// step's code (one step of drift is allowed); only if that one is used too does it wait, by
// watching the clock, for the next step to begin.

import { createHmac } from 'node:crypto';

export const STEP_SECONDS = 30;
export const DIGITS = 6;

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The bytes of a base32 key (RFC 4648; spaces, hyphens and `=` padding ignored, any case). */
export function base32Decode(text) {
  const clean = text.replace(/[\s=-]+/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const char of clean) {
    const index = BASE32_ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`base32Decode: "${char}" is not a base32 character (in "${text}")`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** RFC 4226 HOTP: the `digits`-digit code for `counter` with the key `keyBytes`. */
export function hotp(keyBytes, counter, digits = DIGITS) {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', keyBytes).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The time step a Unix time (in seconds) falls in. */
export const stepAt = (unixSeconds) => Math.floor(unixSeconds / STEP_SECONDS);

/** The time step now, by this machine's clock (the server under test reads the same clock). */
export const currentStep = () => stepAt(Date.now() / 1000);

/** The code for time step `step` of the base32 key `key`. */
export const codeForStep = (key, step) => hotp(base32Decode(key), step);

/** The code an app shows at `unixSeconds` for the base32 key `key`. */
export const totpAt = (key, unixSeconds) => codeForStep(key, stepAt(unixSeconds));

/** RFC 6238 appendix B, SHA-1: the secret is the ASCII "12345678901234567890"; the codes are the
 * last six of the eight digits listed there. */
export const RFC6238_SHA1_VECTORS = {
  key: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  codes: [
    [59, '287082'],
    [1111111109, '081804'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ],
};

/** Six digits that are not the code of any step near now (so a test can send a wrong one). */
export function wrongCode(key) {
  const now = currentStep();
  const near = new Set([-2, -1, 0, 1, 2].map((d) => codeForStep(key, now + d)));
  for (let n = 0; ; n += 1) {
    const candidate = String((123456 + n * 111111) % 1_000_000).padStart(DIGITS, '0');
    if (!near.has(candidate)) return candidate;
  }
}

/** Polls the clock (never a blind sleep) until the current step is at least `step`. */
async function untilStep(step, { pollMs = 200, timeoutMs = 3 * STEP_SECONDS * 1000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (currentStep() < step) {
    if (Date.now() > deadline) throw new Error(`the clock did not reach time step ${step} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * A phone's authenticator app, for every key the tests add to it. It remembers the last time step
 * whose code it gave for each key, because the portal accepts each step once per person.
 */
export class Authenticator {
  constructor() {
    this.lastStep = new Map();
  }

  /** The key as typed from the page (spaces removed), checked to be base32 of at least 128 bits. */
  static readKey(shown) {
    const key = shown.replace(/\s+/g, '').toUpperCase();
    if (!/^[A-Z2-7]+=*$/.test(key) || base32Decode(key).length < 16) {
      throw new Error(`"${shown}" is not a base32 key of at least 128 bits`);
    }
    return key;
  }

  /**
   * A code for `key` that the portal has not seen: this step's, or the next step's if this step's
   * was given already; if both were, waits for the clock to move on. Answers `{ code, step }`.
   */
  async code(key) {
    const last = this.lastStep.get(key) ?? -Infinity;
    let now = currentStep();
    let step = Math.max(now, last + 1);
    if (step > now + 1) {
      // Both this step and the next were used (three codes within 30 seconds): wait for the
      // clock, so the next unused step is within the one step of drift the portal allows.
      await untilStep(step - 1);
      now = currentStep();
      step = Math.max(now, last + 1);
    }
    this.lastStep.set(key, step);
    return { code: codeForStep(key, step), step };
  }
}

/** The one authenticator app the tests of a file share. */
export const authenticator = new Authenticator();
