// Two-step sign-in, as a programme lead or site admin goes through it: setting up an
// authenticator app on /account/two-factor by typing the key shown on the page into the app (the
// tests' app is lib/totp.mjs), keeping the recovery codes, and entering the app's code at
// /login/two-factor on a later sign-in. Each journey passes its own `heading` and `submit`
// helpers, as for `finishRegistration`.

import assert from 'node:assert/strict';

import { Authenticator, authenticator } from './totp.mjs';

export const SET_UP_PATH = '/account/two-factor';
export const SECOND_STEP_PATH = '/login/two-factor';
// The portal's alphabet for recovery codes leaves out 0, 1, i, l and o.
const RECOVERY_CODE = /^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/;

/** The key the set-up page shows for typing by hand, without its spaces. */
export async function readAppKey(page) {
  const shown = page.locator('p.secret-key code');
  assert.equal(await shown.count(), 1, 'the set-up page shows one key to type');
  return Authenticator.readKey(await shown.innerText());
}

/** The recovery codes the page lists, in order. */
export async function readRecoveryCodes(page) {
  return (await page.locator('ol.recovery-codes > li code').allInnerTexts()).map((code) => code.trim());
}

/**
 * On the set-up page: adds the key to the app, enters the app's code and checks the answer is the
 * page "Two-step sign-in is on" with ten different recovery codes. Stays on that page; answers
 * `{ key, recoveryCodes, response }`.
 */
export async function setUpAuthenticator({ page, heading, submit, app = authenticator }) {
  await heading(page, 'Set up two-step sign-in');
  const key = await readAppKey(page);
  const { code } = await app.code(key);
  await page.getByLabel('Code from the app', { exact: true }).fill(code);
  const response = await submit(page, 'Turn on two-step sign-in');
  assert.equal(response.status(), 200, `the code ${code} turns it on; the page says:\n${await page.locator('main').innerText()}`);
  await heading(page, 'Two-step sign-in is on');
  const recoveryCodes = await readRecoveryCodes(page);
  assert.equal(recoveryCodes.length, 10, `ten recovery codes: ${JSON.stringify(recoveryCodes)}`);
  assert.equal(new Set(recoveryCodes).size, 10, 'all different');
  for (const recovery of recoveryCodes) assert.match(recovery, RECOVERY_CODE);
  return { key, recoveryCodes, response };
}

/** On the recovery codes page: "I have saved my codes, continue", which leads to `to` (a path,
 * with its query if any). */
export async function continueFromRecoveryCodes({ page, server, to = '/dashboard' }) {
  const link = page.getByRole('link', { name: 'I have saved my codes, continue', exact: true });
  await Promise.all([page.waitForURL((url) => url.toString() === server.url(to), { waitUntil: 'load' }), link.click()]);
}

/** Both of the above: set up the app from the set-up page and continue to `to`. */
export async function setUpTwoFactor({ page, server, heading, submit, to = '/dashboard', app = authenticator }) {
  const made = await setUpAuthenticator({ page, heading, submit, app });
  await continueFromRecoveryCodes({ page, server, to });
  return made;
}

/** On /login/two-factor: enters a fresh code for `key` and answers the response to "Continue"
 * (a 303 to where the person was going). */
export async function enterAppCode({ page, key, heading, submit, app = authenticator }) {
  await heading(page, 'Enter the code from your authenticator app');
  const { code } = await app.code(key);
  await page.getByLabel('Enter the code from your authenticator app', { exact: true }).fill(code);
  return submit(page, 'Continue');
}
