// Registering, after the form is sent: the portal answers "Check your email", and the account
// exists once the emailed link is followed and "Continue" pressed. Each journey passes its own
// `heading` and `submit` helpers, so the checks read as they do in the rest of that journey.

import assert from 'node:assert/strict';

/**
 * `sent` is the response to "Create account" for `email`; answers the response to "Continue"
 * on the emailed link's page (a 303 to where the person was going).
 */
export async function finishRegistration({ page, server, email, sent, heading, submit }) {
  assert.equal(sent.status(), 200, `asked for the link; the page says:\n${await page.locator('main').innerText()}`);
  await heading(page, 'Check your email');
  const { link } = await server.outbox.nextLink('finish_registration', '/login/link/', { to: email });
  assert.ok(link.startsWith(`${server.baseUrl}/login/link/`), `the link uses the base URL: ${link}`);
  assert.equal((await page.goto(link)).status(), 200);
  await heading(page, 'Sign in');
  return submit(page, 'Continue');
}
