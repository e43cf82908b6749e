// The account journey in a real browser, on a phone and on a desktop: create an account (after
// a form with errors), confirm the email address from the emailed link, sign out, recover a
// forgotten password from the emailed link, sign out, sign in with the new password and see the
// account page. Every page is checked with axe (WCAG 2.2 AA), and one page with the keyboard.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { finishRegistration, journey, launchBrowser, newContext, startServer } from './lib/index.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const SERVICE = 'smallgrants';

/** Waits for the page's one `h1` to say `text`. */
async function heading(page, text) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.first().waitFor();
  assert.equal(await h1.count(), 1, `one h1 on ${page.url()}`);
  assert.equal((await h1.innerText()).trim(), text, `the h1 on ${page.url()}`);
}

/** Clicks something that submits a form or follows a link and waits until `path` has loaded. */
async function clickAndWait(page, locator, path) {
  const target = server.url(path);
  await Promise.all([page.waitForURL((url) => url.toString() === target, { waitUntil: 'load' }), locator.click()]);
}

/** Clicks a form's submit button and returns the response of the POST itself (before any redirect). */
async function submit(page, buttonName) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

/** The text of the one-off message banner at the top of the page. */
async function banner(page) {
  const note = page.locator('.notification-banner');
  await note.waitFor();
  return (await note.innerText()).trim();
}

/** The text of the message banner as the page is now, or null if there is none. */
async function bannerNow(page) {
  const note = page.locator('.notification-banner');
  return (await note.count()) === 0 ? null : (await note.innerText()).trim();
}

/** "Signed in as <strong>NAME</strong>" in the header, or null when nobody is signed in. */
async function signedInAs(page) {
  const person = page.locator('header .site-header__person');
  if ((await person.count()) === 0) return null;
  assert.match((await person.innerText()).trim(), /^Signed in as /);
  return (await person.locator('strong').innerText()).trim();
}

for (const kind of ['phone', 'desktop']) {
  test(`accounts journey on a ${kind}`, { timeout: 180_000 }, async (t) => {
    const context = await newContext(browser, kind);
    t.after(() => context.close());
    const page = await context.newPage();
    const { step, check, accessible } = journey(t, { page: () => page, name: `accounts-${kind}` });

    const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const person = {
      name: `Amina Okafor ${kind === 'phone' ? 'Phone' : 'Desk'}`,
      email: `amina.${kind}.${stamp}@example.org`,
      password: 'copper kettle morning tide',
      newPassword: 'seven quiet lanterns glow',
    };

    await step('open the register page', async () => {
      const response = await page.goto(server.url('/register'));
      assert.equal(response.status(), 200);
      await heading(page, 'Create an account');
      assert.equal(await page.title(), `Create an account – ${SERVICE}`);
    });
    await accessible('register');

    await check('keyboard: the first Tab reaches "Skip to main content", which moves focus to the main content', async () => {
      await page.reload();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        const box = el.getBoundingClientRect();
        return {
          tag: el.tagName,
          text: el.textContent.trim(),
          href: el.getAttribute('href'),
          visible: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth,
        };
      });
      assert.deepEqual(
        { tag: focused.tag, text: focused.text, href: focused.href },
        { tag: 'A', text: 'Skip to main content', href: '#main-content' },
        'the first Tab focuses the skip link',
      );
      assert.ok(focused.visible, 'the skip link is on screen while it has focus');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main-content');
      assert.equal(new URL(page.url()).hash, '#main-content');
      // The next Tab goes into the main content, not back to the header.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => ({
        inMain: Boolean(document.activeElement.closest('main')),
        id: document.activeElement.id,
      }));
      assert.ok(next.inMain, `after the skip link, Tab moves into the main content (focused #${next.id})`);
    });

    await step('send the register form empty but for a too-short password: an error summary links to each field', async () => {
      await page.goto(server.url('/register'));
      // The password is optional; one too short to use is an error like the empty fields.
      await page.getByLabel('Create a password').fill('short');
      const response = await submit(page, 'Create account');
      assert.equal(response.status(), 422);
      assert.equal(new URL(page.url()).pathname, '/register');
      await heading(page, 'Create an account');
      assert.equal(await page.title(), `Error: Create an account – ${SERVICE}`);

      const summary = page.locator('.error-summary');
      await summary.waitFor();
      assert.equal(await summary.getAttribute('role'), 'alert');
      assert.equal((await summary.getByRole('heading').innerText()).trim(), 'There is a problem');
      // The script moves focus to the summary so screen readers read it first.
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, {
        timeout: 5_000,
      });

      const links = await summary.getByRole('link').evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })),
      );
      assert.deepEqual(
        links.map((l) => l.href),
        ['#name', '#email', '#password'],
        'one link for each field, in the order of the form',
      );
      for (const { href, text } of links) {
        const field = page.locator(href);
        assert.equal(await field.count(), 1, `${href} is on the page`);
        assert.ok(text.length > 0, `the link to ${href} says what is wrong`);
        // The same message is beside the field, and the field is described by it.
        const errorId = `${href.slice(1)}-error`;
        const beside = (await page.locator(`#${errorId}`).textContent()).replace(/\s+/g, ' ').trim();
        assert.equal(beside, `Error: ${text}`, `the message beside ${href}`);
        const describedBy = ((await field.getAttribute('aria-describedby')) || '').split(/\s+/);
        assert.ok(describedBy.includes(errorId), `${href} is described by #${errorId} (aria-describedby="${describedBy.join(' ')}")`);
      }

      // Following a link in the summary takes the person to that field.
      await summary.getByRole('link', { name: links[1].text }).click();
      await page.waitForFunction(() => location.hash === '#email');
      const email = page.locator('#email');
      assert.ok(await email.isVisible(), 'the email field is visible after following its link');
      const inView = await email.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      assert.ok(inView, 'the email field is scrolled into view');
      await page.keyboard.type(person.email);
      assert.equal(await email.inputValue(), person.email, 'typing after following the link goes into the email field');
    });
    await accessible('register with errors');

    await step('create the account', async () => {
      await page.getByLabel('Your full name').fill(person.name);
      await page.getByLabel('Email address').fill(person.email);
      await page.getByLabel('Create a password').fill(person.password);
      const sent = await submit(page, 'Create account');
      const response = await finishRegistration({ page, server, email: person.email, sent, heading, submit });
      assert.equal(response.status(), 303);
      assert.equal(page.url(), server.url('/dashboard'));
      await heading(page, 'Your groups and bids');
      assert.equal(await signedInAs(page), person.name);
      assert.match(await banner(page), /Your account is ready/);
      assert.equal(await page.getByText('Confirm your email address.').count(), 0, 'the link confirmed the address');
    });
    await accessible('dashboard');


    await check('the home page, while signed in, says who is signed in', async () => {
      // In a second tab, so the journey's page stays where it is.
      const other = await context.newPage();
      try {
        await other.goto(server.url('/'));
        assert.equal(await signedInAs(other), person.name, 'the header of / says "Signed in as …"');
        assert.ok(
          await other.locator('header').getByRole('button', { name: 'Sign out' }).isVisible(),
          'the header of / has the "Sign out" button',
        );
      } finally {
        await other.close();
      }
    });

    await step('sign out with the button in the header', async () => {
      await clickAndWait(page, page.locator('header').getByRole('button', { name: 'Sign out' }), '/');
      assert.equal(await signedInAs(page), null);
      assert.ok(await page.locator('header').getByRole('link', { name: 'Sign in' }).isVisible());
    });
    await check('the home page says "You have signed out"', async () => {
      const text = await bannerNow(page);
      assert.ok(
        text !== null && /You have signed out/.test(text),
        `expected the banner "You have signed out." on /, found ${text === null ? 'no banner' : JSON.stringify(text)}`,
      );
    });
    await accessible('home');

    await step('go to "Sign in" from the header', async () => {
      await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Sign in' }), '/login');
      await heading(page, 'Sign in');
    });
    await accessible('sign in');

    await step('follow "I have forgotten my password"', async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'I have forgotten my password' }), '/password/forgot');
      await heading(page, 'Reset your password');
    });
    await accessible('forgotten password');

    await step('ask for a reset link', async () => {
      await page.getByLabel('Email address').fill(person.email);
      const response = await submit(page, 'Send me a link');
      assert.equal(response.status(), 200);
      await heading(page, 'Check your email');
      assert.ok(await page.getByText(person.email).isVisible(), 'says where the link went');
    });
    await accessible('check your email');

    await step('open the reset link from the email', async () => {
      const { link } = await server.outbox.nextLink('reset_password', '/password/reset/', { to: person.email });
      assert.ok(link.startsWith(`${server.baseUrl}/password/reset/`), `the link uses the base URL: ${link}`);
      const response = await page.goto(link);
      assert.equal(response.status(), 200);
      await heading(page, 'Choose a new password');
    });
    await accessible('choose a new password');

    await step('save the new password', async () => {
      await page.getByLabel('New password').fill(person.newPassword);
      const response = await submit(page, 'Save new password');
      assert.equal(response.status(), 303);
      assert.equal(page.url(), server.url('/account'));
      await heading(page, 'Your account');
      assert.match(await banner(page), /Your password has been changed/);
      assert.equal(await signedInAs(page), person.name);
      const notice = await server.outbox.next('password_changed', { to: person.email });
      assert.ok(notice.text.trim().length > 0, 'the "password changed" email says something');
    });
    await accessible('account, after the password change');

    await step('sign out again', async () => {
      await clickAndWait(page, page.locator('header').getByRole('button', { name: 'Sign out' }), '/');
      assert.equal(await signedInAs(page), null);
    });

    await step('the old password no longer works', async () => {
      await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Sign in' }), '/login');
      await page.getByLabel('Email address').fill(person.email);
      await page.getByLabel('Password', { exact: true }).fill(person.password);
      const response = await submit(page, 'Sign in');
      assert.equal(response.status(), 401);
      await heading(page, 'Sign in');
      const summary = page.locator('.error-summary');
      assert.match(await summary.innerText(), /Enter a correct email address and password/);
      assert.equal(await page.getByLabel('Email address').inputValue(), person.email, 'the email address is kept');
    });
    await accessible('sign in with errors');

    await step('sign in with the new password', async () => {
      await page.getByLabel('Password', { exact: true }).fill(person.newPassword);
      const response = await submit(page, 'Sign in');
      assert.equal(response.status(), 303);
      assert.equal(page.url(), server.url('/dashboard'));
      assert.equal(await signedInAs(page), person.name);
    });

    await step('see the account page', async () => {
      await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Your account' }), '/account');
      await heading(page, 'Your account');
      const rows = await page.locator('.summary-list__row').evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [
            row.querySelector('dt').textContent.trim(),
            row.querySelector('dd').textContent.replace(/\s+/g, ' ').trim(),
          ]),
        ),
      );
      assert.equal(rows.Name, person.name);
      assert.equal(rows['Email address'], `${person.email} Confirmed`);
      assert.ok(rows['Account created'], 'shows when the account was made');
    });
    await accessible('account');

    await step('no script errors, console errors or failed requests on any page', async () => {
      assert.deepEqual(context.problems, []);
    });
  });
}
