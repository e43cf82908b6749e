// The programme lead's setup journey in a real browser, on a desktop: a site admin made with the
// command line signs in and must first set up two-step sign-in (their tools wait until then: the
// pages say so and lead to the set-up page); the admin adds the key shown on the page to an
// authenticator app (after a wrong code), gets ten recovery codes, and on signing in again gives
// the app's code after the password. The admin creates a programme (after sending the form empty)
// and appoints a lead, who sets up two-step sign-in on signing in as a lead; the lead
// adds this year's ring-fenced pot, corrects its allocation (after an absurd amount), sets up a
// round (after a budget larger than the pot and a closing date before the opening) and adds a
// scoring criterion. Then the public pages, signed out, on a phone and on a desktop: the home
// page lists the round, and the round's page shows its tracker, guidance, criteria and the
// "Start a bid" button, which the keyboard reaches. Every page is checked with axe (WCAG 2.2 AA),
// and every page must run without console errors or failed requests.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';

import {
  Authenticator,
  RFC6238_SHA1_VECTORS,
  SECOND_STEP_PATH,
  SET_UP_PATH,
  VIEWPORTS,
  base32Decode,
  binaryPath,
  continueFromRecoveryCodes,
  enterAppCode,
  finishRegistration,
  journey,
  launchBrowser,
  newContext,
  readAppKey,
  setUpAuthenticator,
  setUpTwoFactor,
  startServer,
  totpAt,
  wrongCode,
} from './lib/index.mjs';

let server;
let browser;

before(async () => {
  // An empty portal: no --demo.
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const SERVICE = 'smallgrants';

const admin = { name: 'Ada Admin', email: 'admin@example.org', password: 'harbour lights evening song' };
const lead = { name: 'Lena Lead', email: 'lead@example.org', password: 'walnut orchard under snow' };

const programme = {
  name: 'Riverside Community Mental Health Small Grants',
  description: 'Small grants for **grassroots groups** in Riverside.',
  funderName: 'Riverside Integrated Care Board',
  funderOrgId: 'GB-NHS-QRV',
  identifierPrefix: '360G-riverside',
};

const round = {
  name: 'Winter community small grants',
  slug: 'winter-community-grants',
  summary: 'Up to £5,000 for community groups supporting mental health',
  eligibility: [
    'Groups based in Riverside that support people\u2019s mental health:',
    '',
    '- community groups',
    '- faith groups',
    '- peer-support groups run by volunteers',
  ].join('\n'),
  eligibilityItems: ['community groups', 'faith groups', 'peer-support groups run by volunteers'],
  uses: 'For example: a part-time peer support worker, equipment, room hire.',
};

const criterion = {
  title: 'How you will know it worked',
  weight: '1',
  descriptors: [
    'No idea how the group will tell whether it helped.',
    'A vague sense of how the group will tell.',
    'A simple way to hear from the people it supports.',
    'A clear, simple way to hear from people, used during the project.',
    'People it supports help decide what success looks like and say whether it happened.',
  ],
};

// What the setup journey made, for the public pages.
const made = { roundSlug: null };

// ---- dates, as the portal reads them (Europe/London) ----------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Today's date in London as [year, month (1-12), day]. */
function londonToday() {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  return [y, m, d];
}

/** A London calendar date `days` from today, as YYYY-MM-DD (what a date input takes). */
function londonDate(days) {
  const [y, m, d] = londonToday();
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "20 December 2026" for YYYY-MM-DD. */
function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** This financial year's label, e.g. "2026/27" (1 April to 31 March). */
function financialYearLabel() {
  const [y, m] = londonToday();
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

// ---- the command line ------------------------------------------------------------------------

/** Runs the binary with `args` against this server's data folder, writing `input` to its
 * standard input; resolves `{ code, stdout, stderr }`. */
function runCli(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(binaryPath(), args, {
      env: {
        ...process.env,
        SMALLGRANTS_DATA_DIR: server.dataDir,
        SMALLGRANTS_BASE_URL: server.baseUrl,
        SMALLGRANTS_LOG_LEVEL: 'warn',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

// ---- looking at pages ------------------------------------------------------------------------

/** Waits for the page's one `h1` and returns its text (spaces collapsed). */
async function h1Text(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.first().waitFor();
  assert.equal(await h1.count(), 1, `one h1 on ${page.url()}`);
  return (await h1.innerText()).replace(/\s+/g, ' ').trim();
}

/** Waits for the page's one `h1` to say `text`. */
async function heading(page, text) {
  assert.equal(await h1Text(page), text, `the h1 on ${page.url()}`);
}

/** Clicks something that follows a link and waits until `path` has loaded. */
async function clickAndWait(page, locator, path) {
  const target = server.url(path);
  await Promise.all([page.waitForURL((url) => url.toString() === target, { waitUntil: 'load' }), locator.click()]);
}

/** Clicks a form's submit button and returns the response of the POST itself (before any redirect). */
async function submit(page, buttonName, scope = page) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    scope.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

/** The one-off message banner at the top of the page. */
async function banner(page) {
  const note = page.locator('.notification-banner');
  await note.waitFor();
  return (await note.innerText()).trim();
}

/** "Signed in as <strong>NAME</strong>" in the header, or null when nobody is signed in. */
async function signedInAs(page) {
  const person = page.locator('header .site-header__person');
  if ((await person.count()) === 0) return null;
  return (await person.locator('strong').innerText()).trim();
}

/** The error summary's links as `{ href, text }`, after checking it is an alert that has focus. */
async function errorSummary(page) {
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.equal((await summary.getByRole('heading').innerText()).trim(), 'There is a problem');
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, { timeout: 5_000 });
  return summary.getByRole('link').evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.replace(/\s+/g, ' ').trim() })),
  );
}

/** The summary's link to `href` leads to a field that shows the same message beside it and is
 * described by it (for a group of radios, the fieldset is). */
async function errorAtField(page, { href, text }) {
  const field = page.locator(href);
  assert.equal(await field.count(), 1, `${href} is on the page`);
  assert.ok(text.length > 0, `the link to ${href} says what is wrong`);
  const errorId = `${href.slice(1)}-error`;
  const beside = (await page.locator(`#${errorId}`).textContent()).replace(/\s+/g, ' ').trim();
  assert.equal(beside, `Error: ${text}`, `the message beside ${href}`);
  const describer = (await field.getAttribute('type')) === 'radio' ? field.locator('xpath=ancestor::fieldset[1]') : field;
  const describedBy = ((await describer.getAttribute('aria-describedby')) || '').split(/\s+/);
  assert.ok(describedBy.includes(errorId), `${href} is described by #${errorId} (aria-describedby="${describedBy.join(' ')}")`);
}

/** The `dt`/`dd` pairs of the first list of key figures (or of `scope`) as an object. */
async function keyFigures(scope) {
  return scope.locator('dl.key-figures').first().evaluate((dl) =>
    Object.fromEntries(
      [...dl.querySelectorAll(':scope > div')].map((row) => [
        row.querySelector('dt').textContent.trim(),
        row.querySelector('dd').textContent.replace(/\s+/g, ' ').trim(),
      ]),
    ),
  );
}

/** The rows of the summary list as an object. */
async function summaryRows(page) {
  return page.locator('.summary-list__row').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.querySelector('dt').textContent.trim(),
        row.querySelector('dd').textContent.replace(/\s+/g, ' ').trim(),
      ]),
    ),
  );
}

/** Signs in on `page` with the password from the header's "Sign in" link and lands on `landsOn`
 * (the dashboard; a lead or admin without an authenticator app, the page to set one up). */
async function signIn(page, person, landsOn = '/dashboard') {
  await page.goto(server.url('/'));
  await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Sign in' }), '/login');
  await heading(page, 'Sign in');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  const response = await submit(page, 'Sign in');
  assert.equal(response.status(), 303, `signing in as ${person.email}`);
  assert.equal(page.url(), server.url(landsOn));
  assert.equal(await signedInAs(page), person.name);
}

/** The inset banner every page shows a lead or admin who has not set up two-step sign-in. */
const setUpPrompt = (page) => page.locator('main .inset-text', { hasText: 'Set up two-step sign-in to use your' });

/** The header's links to the lead's and admin's tools that are on the page now. */
async function staffLinks(page) {
  const links = [];
  for (const name of ['Programmes', 'People']) {
    if ((await page.locator('header').getByRole('link', { name, exact: true }).count()) > 0) links.push(name);
  }
  return links;
}

/** Shows the page at a phone's width (390×844) for a moment: takes a screenshot, checks nothing
 * makes the page scroll sideways, and goes back to the desktop's size. */
async function atPhoneWidth(page, screenshot, label) {
  try {
    await page.setViewportSize(VIEWPORTS.phone.viewport);
    await screenshot(`${label}-phone-width`);
    const wide = await page.evaluate(() => ({
      width: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
      over: [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
    }));
    assert.ok(wide.scrollWidth <= wide.width, `${label}: ${wide.scrollWidth}px wide on a ${wide.width}px screen; past the edge: ${wide.over.join(', ')}`);
  } finally {
    await page.setViewportSize(VIEWPORTS.desktop.viewport);
  }
}

/** Fills the round form: every field, from `values`. */
async function fillRoundForm(page, values) {
  await page.getByLabel('Round name').fill(values.name);
  await page.getByLabel('Web address name (optional)').fill(values.slug);
  await page.getByLabel('One-line summary (optional)').fill(values.summary);
  await page.getByLabel('Pot', { exact: true }).selectOption(values.potId);
  await page.getByLabel('Budget').fill(values.budget);
  await page.getByLabel('Smallest award').fill(values.minAward);
  await page.getByLabel('Largest award').fill(values.maxAward);
  await page.fill('#opens_date', values.opensDate);
  await page.fill('#opens_time', values.opensTime);
  await page.fill('#closes_date', values.closesDate);
  await page.fill('#closes_time', values.closesTime);
  await page.getByLabel('Decisions made by').fill(values.decisionDate);
  await page.getByLabel('Panel members per bid').fill(values.panelSize);
  await page.getByLabel('Who can apply').fill(values.eligibility);
  await page.getByLabel('What the money can be used for').fill(values.uses);
}

// ---- the tests' authenticator app ------------------------------------------------------------

test("the tests' authenticator app gives RFC 6238's codes (appendix B, SHA-1) and never repeats a step", async () => {
  const { key, codes } = RFC6238_SHA1_VECTORS;
  assert.equal(base32Decode(key).toString('ascii'), '12345678901234567890');
  for (const [unixSeconds, code] of codes) assert.equal(totpAt(key, unixSeconds), code, `T = ${unixSeconds}`);
  const app = new Authenticator();
  const first = await app.code(key);
  const second = await app.code(key);
  assert.equal(second.step, first.step + 1, 'a second code in the same 30 seconds is the next step\'s');
  assert.throws(() => Authenticator.readKey('ABCD EFGH'), /not a base32 key of at least 128 bits/);
  assert.equal(Authenticator.readKey('gezd gnbv gy3t qojq gezd gnbv gy3t qojq'), key);
});

// ---- the setup journey -----------------------------------------------------------------------

test('a programme lead sets up a programme, pot and round on a desktop', { timeout: 300_000 }, async (t) => {
  const adminContext = await newContext(browser, 'desktop');
  const leadContext = await newContext(browser, 'desktop');
  t.after(() => Promise.all([adminContext.close(), leadContext.close()]));
  const adminPage = await adminContext.newPage();
  const leadPage = await leadContext.newPage();
  let page = leadPage;
  const { step, check, accessible, screenshot } = journey(t, { page: () => page, name: 'programmes-desktop' });

  const fyLabel = financialYearLabel();
  const potName = `VCSE ring-fence ${fyLabel}`;
  let programmePath;
  let potPath;
  let potId;
  let roundPath;

  await step('create the site admin with `smallgrants create-admin`, the password on standard input', async () => {
    const result = await runCli(['create-admin', '--email', admin.email, '--name', admin.name], `${admin.password}\n`);
    assert.equal(result.code, 0, `create-admin exits 0; it printed:\n${result.stdout}${result.stderr}`);
    assert.match(result.stdout, new RegExp(`Created site admin ${admin.name} <${admin.email}>`));
  });

  // The lead, in a browser of their own.
  await step('the lead registers through /register', async () => {
    page = leadPage;
    const response = await page.goto(server.url('/register'));
    assert.equal(response.status(), 200);
    await heading(page, 'Create an account');
  });
  await accessible('register');

  await step('the lead creates the account', async () => {
    await page.getByLabel('Your full name').fill(lead.name);
    await page.getByLabel('Email address').fill(lead.email);
    await page.getByLabel('Create a password').fill(lead.password);
    const sent = await submit(page, 'Create account');
    const response = await finishRegistration({ page, server, email: lead.email, sent, heading, submit });
    assert.equal(response.status(), 303);
    assert.equal(page.url(), server.url('/dashboard'));
    assert.equal(await signedInAs(page), lead.name);
    assert.equal(
      await page.locator('header').getByRole('link', { name: 'Programmes' }).count(),
      0,
      'no "Programmes" in the header before the lead is appointed',
    );
  });
  await accessible('dashboard (new account)');

  await step('the lead signs out', async () => {
    await clickAndWait(page, page.locator('header').getByRole('button', { name: 'Sign out' }), '/');
    assert.equal(await signedInAs(page), null);
  });

  // The admin.
  await step('the admin signs in', async () => {
    page = adminPage;
    await page.goto(server.url('/login'));
    await heading(page, 'Sign in');
  });
  await accessible('sign in');

  await step('the password is not enough: the admin is sent to set up two-step sign-in', async () => {
    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    const response = await submit(page, 'Sign in');
    assert.equal(response.status(), 303);
    assert.equal(page.url(), server.url(SET_UP_PATH));
    await heading(page, 'Set up two-step sign-in');
    assert.equal(await signedInAs(page), admin.name);
    assert.ok(
      await page.getByText('You lead a programme or look after this site', { exact: false }).isVisible(),
      'the page says why an admin must',
    );
    assert.equal(await setUpPrompt(page).count(), 0, 'no banner about setting it up on the page that does it');
  });

  await step('until then, the dashboard says to set it up, and the header has no "Programmes" or "People"', async () => {
    const response = await page.goto(server.url('/dashboard'));
    assert.equal(response.status(), 200);
    assert.equal(await signedInAs(page), admin.name);
    const prompt = setUpPrompt(page);
    assert.equal(await prompt.count(), 1, 'the banner is on the dashboard');
    assert.match(
      (await prompt.innerText()).replace(/\s+/g, ' ').trim(),
      /^Set up two-step sign-in to use your programme lead or site admin tools\. /,
    );
    assert.equal(await prompt.getByRole('link', { name: 'Set up two-step sign-in' }).getAttribute('href'), SET_UP_PATH);
    assert.deepEqual(await staffLinks(page), [], 'no links to the tools in the header yet');
  });
  await accessible('dashboard (admin, before two-step sign-in)');

  await step("the admin's pages wait for it: /manage/programmes leads to the set-up page, which keeps the way back", async () => {
    const response = await page.goto(server.url('/manage/programmes'));
    assert.equal(response.status(), 200);
    const redirect = await response.request().redirectedFrom()?.response();
    assert.equal(redirect?.status(), 303, 'a redirect, not the page');
    assert.equal(page.url(), server.url(`${SET_UP_PATH}?next=%2Fmanage%2Fprogrammes`));
    await heading(page, 'Set up two-step sign-in');
    assert.equal(await page.title(), `Set up two-step sign-in – ${SERVICE}`);
  });
  await accessible('set up two-step sign-in');

  await check('the QR code is shown: square, black on white, with a quiet zone', async () => {
    const qr = page.locator('svg.qr-code');
    assert.equal(await qr.count(), 1, 'one QR code');
    assert.ok(await qr.isVisible(), 'the QR code is visible');
    assert.equal(await qr.getAttribute('role'), 'img');
    assert.match((await qr.getAttribute('aria-label')) || '', /QR code/);
    const box = await qr.boundingBox();
    assert.ok(box.width >= 150 && Math.abs(box.width - box.height) < 1, `square and at least 150px: ${JSON.stringify(box)}`);
    const drawn = await qr.evaluate((svg) => {
      const [, , w, h] = svg.getAttribute('viewBox').split(/\s+/).map(Number);
      const path = svg.querySelector('path');
      const xs = [...path.getAttribute('d').matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      return {
        w,
        h,
        background: svg.querySelector('rect').getAttribute('fill'),
        ink: path.getAttribute('fill'),
        min: Math.min(...xs.flat()),
        max: Math.max(...xs.flat()),
      };
    });
    assert.equal(drawn.w, drawn.h, 'a square grid');
    assert.equal(drawn.background.toLowerCase(), '#ffffff');
    assert.equal(drawn.ink.toLowerCase(), '#000000');
    assert.ok(drawn.min >= 4 && drawn.max <= drawn.w - 5, `four empty modules all round: ${JSON.stringify(drawn)}`);
    assert.match(await page.locator('p.secret-key code').innerText(), /^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/, 'the key in groups of four');
  });

  await check('the set-up page: a screenshot on the desktop and at a phone\'s width, which it fits', async () => {
    await screenshot('set-up-two-step');
    await atPhoneWidth(page, screenshot, 'set-up-two-step');
  });

  let adminKey;
  await step('a wrong code is refused at the field, and the same key is shown again', async () => {
    adminKey = await readAppKey(page);
    await page.getByLabel('Code from the app', { exact: true }).fill(wrongCode(adminKey));
    const response = await submit(page, 'Turn on two-step sign-in');
    assert.equal(response.status(), 422);
    await heading(page, 'Set up two-step sign-in');
    assert.equal(await page.title(), `Error: Set up two-step sign-in – ${SERVICE}`);
    const links = await errorSummary(page);
    assert.deepEqual(links.map((l) => l.href), ['#code']);
    assert.match(links[0].text, /^That code does not match\./);
    await errorAtField(page, links[0]);
    assert.equal(await readAppKey(page), adminKey, 'the same key, so the entry already in the app still works');
    // The summary's link takes the keyboard to the field.
    await page.locator('.error-summary').getByRole('link').first().click();
    await page.waitForFunction(() => document.activeElement?.id === 'code', null, { timeout: 5_000 });
  });
  await accessible('set up two-step sign-in with a wrong code');

  await step('the code from the app turns it on: "Two-step sign-in is on", with ten recovery codes', async () => {
    const made = await setUpAuthenticator({ page, heading, submit });
    assert.equal(made.key, adminKey);
    admin.key = made.key;
    assert.equal(await page.title(), `Two-step sign-in is on – ${SERVICE}`);
  });
  await accessible('recovery codes');

  await check('the recovery codes are in two tidy columns of five', async () => {
    const boxes = await page.locator('ol.recovery-codes > li').evaluateAll((lis) =>
      lis.map((li) => {
        const box = li.getBoundingClientRect();
        return { left: Math.round(box.left), top: Math.round(box.top) };
      }),
    );
    const columns = [...new Set(boxes.map((b) => b.left))];
    assert.equal(columns.length, 2, `two columns: ${JSON.stringify(boxes)}`);
    assert.deepEqual(boxes.map((b) => b.left), [...Array(5).fill(columns[0]), ...Array(5).fill(columns[1])], 'down the first, then the second');
    assert.deepEqual(boxes.slice(5).map((b) => b.top), boxes.slice(0, 5).map((b) => b.top), 'the rows line up');
  });

  await check('the recovery codes: a screenshot on the desktop and at a phone\'s width, which it fits', async () => {
    await screenshot('recovery-codes');
    await atPhoneWidth(page, screenshot, 'recovery-codes');
  });

  await step('"I have saved my codes, continue" goes back to Programmes, which lists none yet; the header has the tools now', async () => {
    await continueFromRecoveryCodes({ page, server, to: '/manage/programmes' });
    await heading(page, 'Programmes');
    assert.ok(await page.getByText('You do not manage any programmes yet.').isVisible());
    assert.deepEqual(await staffLinks(page), ['Programmes', 'People']);
    assert.equal(await setUpPrompt(page).count(), 0, 'no banner any more');
  });
  await accessible('programmes (none yet)');

  await step('the admin signs out, and back in on the way to Programmes: after the password, the code from the app', async () => {
    await clickAndWait(page, page.locator('header').getByRole('button', { name: 'Sign out' }), '/');
    assert.equal(await signedInAs(page), null);
    await page.goto(server.url('/manage/programmes'));
    assert.equal(page.url(), server.url('/login?next=%2Fmanage%2Fprogrammes'));
    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    const response = await submit(page, 'Sign in');
    assert.equal(response.status(), 303);
    assert.equal(page.url(), server.url(`${SECOND_STEP_PATH}?next=%2Fmanage%2Fprogrammes`));
    await heading(page, 'Enter the code from your authenticator app');
    assert.equal(await signedInAs(page), null, 'not signed in until the code is given');
    assert.equal(await page.locator('summary', { hasText: 'I cannot use my app' }).count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Cancel and sign out', exact: true }).count(), 1);
  });
  await accessible('sign in: the code from the app');

  await step('the code from the app signs the admin in, back on Programmes', async () => {
    const response = await enterAppCode({ page, key: admin.key, heading, submit });
    assert.equal(response.status(), 303);
    assert.equal(page.url(), server.url('/manage/programmes'));
    await heading(page, 'Programmes');
    assert.equal(await signedInAs(page), admin.name);
    assert.deepEqual(await staffLinks(page), ['Programmes', 'People']);
  });

  await step('follow "Create a programme"', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'Create a programme' }), '/manage/programmes/new');
    await heading(page, 'Create a programme');
    assert.equal(await page.title(), `Create a programme – ${SERVICE}`);
  });
  await accessible('create a programme');

  await step('send the programme form empty: the error summary lists each problem at its field', async () => {
    const response = await submit(page, 'Save programme');
    assert.equal(response.status(), 422);
    assert.equal(page.url(), server.url('/manage/programmes/new'));
    await heading(page, 'Create a programme');
    assert.equal(await page.title(), `Error: Create a programme – ${SERVICE}`);
    const links = await errorSummary(page);
    assert.deepEqual(
      links.map((l) => l.href),
      ['#name', '#funder_name', '#identifier_prefix'],
      'one link for each required field, in the order of the form',
    );
    for (const link of links) await errorAtField(page, link);
  });
  await accessible('create a programme with errors');

  await step('create the programme', async () => {
    await page.getByLabel('Programme name').fill(programme.name);
    await page.getByLabel('Description (optional)').fill(programme.description);
    await page.getByLabel('Funder', { exact: true }).fill(programme.funderName);
    await page.getByLabel("Funder's organisation identifier (optional)").fill(programme.funderOrgId);
    await page.getByLabel('360Giving identifier prefix').fill(programme.identifierPrefix);
    const response = await submit(page, 'Save programme');
    assert.equal(response.status(), 303);
    programmePath = new URL(page.url()).pathname;
    assert.match(programmePath, /^\/manage\/programmes\/\d+$/);
    await heading(page, programme.name);
    assert.match(await banner(page), /Programme created\. Add this year's pot, then set up a round\./);
    const rows = await summaryRows(page);
    assert.equal(rows.Funder, `${programme.funderName} (${programme.funderOrgId})`);
    assert.equal(rows['360Giving prefix'], programme.identifierPrefix);
    assert.equal(
      await page.locator('.summary-list__value strong', { hasText: 'grassroots groups' }).count(),
      1,
      'the description is shown with its markdown rendered',
    );
    assert.ok(await page.getByText('No leads yet.').isVisible());
  });
  await accessible('programme (new)');

  await step('appoint Lena Lead by email address', async () => {
    await page.getByLabel('Appoint a lead by email address').fill(lead.email);
    const response = await submit(page, 'Appoint lead');
    assert.equal(response.status(), 303);
    assert.equal(new URL(page.url()).pathname, programmePath);
    assert.match(await banner(page), new RegExp(`${lead.email} is now a lead of this programme`));
    const leads = await page
      .getByRole('heading', { name: 'Programme leads' })
      .locator('xpath=following-sibling::ul[1]/li')
      .allInnerTexts();
    assert.deepEqual(leads.map((l) => l.trim()), [`${lead.name} (${lead.email})`]);
  });
  await accessible('programme with its lead');

  // The lead.
  await step('the lead signs in: a lead now, they set up two-step sign-in first, then see "Programmes" in the header', async () => {
    page = leadPage;
    await signIn(page, lead, SET_UP_PATH);
    lead.key = (await setUpTwoFactor({ page, server, heading, submit })).key;
    assert.equal(await signedInAs(page), lead.name);
    await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Programmes' }), '/manage/programmes');
    await heading(page, 'Programmes');
    assert.equal(await page.getByRole('link', { name: 'Create a programme' }).count(), 0, 'a lead cannot create programmes');
  });
  await accessible('programmes (lead)');

  await step('open the programme', async () => {
    await clickAndWait(page, page.getByRole('link', { name: programme.name }), programmePath);
    await heading(page, programme.name);
    assert.ok(await page.getByText('No pots yet.', { exact: false }).isVisible());
    assert.equal(await page.getByRole('link', { name: 'Set up a round' }).count(), 0, 'no rounds before there is a pot');
    assert.equal(await page.getByLabel('Appoint a lead by email address').count(), 0, 'only admins appoint leads');
  });
  await accessible('programme (lead)');

  await step('follow "Add a pot"', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'Add a pot' }), `${programmePath}/pots/new`);
    await heading(page, 'Add a pot');
  });
  await accessible('add a pot');

  await step(`add the ${fyLabel} pot: 25% of £2,400,000, the allocation worked out`, async () => {
    await page.getByRole('radio', { name: fyLabel, exact: true }).check();
    await page.getByLabel('Name', { exact: true }).fill(potName);
    await page.getByLabel('Transformation funding total').fill('£2,400,000');
    await page.getByLabel('Ring-fenced percentage').fill('25');
    assert.equal(await page.getByLabel('Allocation', { exact: true }).inputValue(), '', 'the allocation is left empty');
    const response = await submit(page, 'Add pot');
    assert.equal(response.status(), 303);
    potPath = new URL(page.url()).pathname;
    assert.match(potPath, /^\/manage\/pots\/\d+$/);
    potId = potPath.split('/').pop();
    await heading(page, potName);
    assert.match(await banner(page), new RegExp(`${potName} added`));
  });

  await check('the pot page says "25% of £2,400,000 ring-fenced for VCSE: £600,000"', async () => {
    assert.ok(
      await page.getByText('25% of £2,400,000 ring-fenced for VCSE: £600,000', { exact: true }).isVisible(),
      `the sentence is on the page; main says:\n${await page.locator('main').innerText()}`,
    );
    const figures = await keyFigures(page.locator('main'));
    assert.equal(figures.Allocated, '£600,000');
    assert.equal(figures['Not yet set aside'], '£600,000');
  });

  await check('the pot page has a chart (svg role=img with a name) and "The same figures as a table"', async () => {
    const chart = page.locator('svg[role="img"]');
    assert.equal(await chart.count(), 1, 'one chart');
    assert.ok(await chart.isVisible(), 'the chart is visible');
    const name = await chart.evaluate((svg) =>
      (svg.getAttribute('aria-labelledby') || '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent.trim() || '')
        .join(' | '),
    );
    assert.match(name, new RegExp(`How ${potName} is used`), 'the chart is named by its title');
    const table = page.getByRole('table', { name: 'The same figures as a table' });
    assert.ok(await table.isVisible(), 'the table with the same figures is visible');
    const total = await table.getByRole('row', { name: /Allocated in all/ }).innerText();
    assert.match(total, /£600,000/);
  });
  await accessible('pot');

  await step('correct the allocation with an absurd amount ("£1e9"): the amount is refused at its field', async () => {
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Save correction' }) });
    await form.getByRole('radio', { name: 'Reduce' }).check();
    await form.getByLabel('Amount').fill('£1e9');
    await form.getByLabel('Reason').fill('Testing an absurd figure');
    const response = await submit(page, 'Save correction');
    assert.equal(response.status(), 422);
    assert.equal(new URL(page.url()).pathname, `${potPath}/adjust`);
    assert.equal(await page.title(), `Error: ${potName} – ${SERVICE}`);
    const links = await errorSummary(page);
    assert.deepEqual(links.map((l) => l.href), ['#amount']);
    assert.match(links[0].text, /Enter an amount in pounds/);
    await errorAtField(page, links[0]);
    // The amount box shows a "£" of its own beside the box (Input with InputKind::Money in
    // src/web/views/components.rs), so the server keeps what was typed but drops the leading "£".
    assert.equal(await page.getByLabel('Amount').inputValue(), '1e9', 'what was typed is kept, without the £ the box shows');
    const figures = await keyFigures(page.locator('main'));
    assert.equal(figures.Allocated, '£600,000', 'nothing changed');
  });
  await accessible('pot with an error in the correction');

  await step('increase the allocation by £10,000 with a reason: the figures follow', async () => {
    await page.getByRole('radio', { name: 'Increase' }).check();
    await page.getByLabel('Amount').fill('10000');
    await page.getByLabel('Reason').fill('In-year allocation uplift from the ICB');
    const response = await submit(page, 'Save correction');
    assert.equal(response.status(), 303);
    assert.equal(new URL(page.url()).pathname, potPath);
    assert.match(await banner(page), /Correction added to the ledger/);
    const figures = await keyFigures(page.locator('main'));
    assert.equal(figures.Allocated, '£610,000');
    assert.equal(figures['Not yet set aside'], '£610,000');
    const table = page.getByRole('table', { name: 'The same figures as a table' });
    assert.match(await table.getByRole('row', { name: /Allocated in all/ }).innerText(), /£610,000/);
    const ledger = await page.getByRole('table', { name: 'The latest movements of money, newest first' }).innerText();
    assert.match(ledger, /In-year allocation uplift from the ICB/, 'the reason is in the ledger');
    assert.match(ledger, /£10,000/, 'the correction is in the ledger');
  });
  await accessible('pot after the correction');

  await check('after the correction, the ring-fence sentence does not claim 25% of £2,400,000 is £610,000', async () => {
    const sentence = (await page.locator('main p.body-l').allInnerTexts()).join(' ');
    assert.doesNotMatch(
      sentence,
      /25% of £2,400,000 ring-fenced for VCSE: £610,000/,
      `25% of £2,400,000 is £600,000; the page says "${sentence}"`,
    );
  });

  await step('back on the programme page, the pot is listed and "Set up a round" is offered', async () => {
    await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Programmes' }), '/manage/programmes');
    await clickAndWait(page, page.getByRole('link', { name: programme.name }), programmePath);
    await heading(page, programme.name);
    const row = page.getByRole('table', { name: 'Pots by financial year' }).getByRole('row', { name: new RegExp(potName) });
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    assert.deepEqual(cells, [fyLabel, potName, '£610,000', '£0', '£0', '£610,000']);
  });
  await accessible('programme with a pot');

  await step('follow "Set up a round"', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'Set up a round' }), `${programmePath}/rounds/new`);
    await heading(page, 'Set up a round');
    assert.equal(await page.getByLabel('Pot', { exact: true }).inputValue(), potId, "this year's pot is chosen already");
    const option = await page.locator(`#pot_id option[value="${potId}"]`).innerText();
    assert.equal(option.trim(), `${potName} (£610,000 not yet set aside)`);
  });
  await accessible('set up a round');

  const good = {
    name: round.name,
    slug: round.slug,
    summary: round.summary,
    potId,
    budget: '60000',
    minAward: '500',
    maxAward: '5000',
    opensDate: londonDate(-1),
    opensTime: '09:00',
    closesDate: londonDate(28),
    closesTime: '17:00',
    decisionDate: londonDate(58),
    panelSize: '2',
    eligibility: round.eligibility,
    uses: round.uses,
  };

  await step('send a round with a budget larger than the pot and a closing date before the opening', async () => {
    await fillRoundForm(page, { ...good, budget: '700000', closesDate: londonDate(-2) });
    const response = await submit(page, 'Save round');
    assert.equal(response.status(), 422);
    await heading(page, 'Set up a round');
    assert.equal(await page.title(), `Error: Set up a round – ${SERVICE}`);
    assert.equal(await page.getByLabel('Budget').inputValue(), '700000', 'the budget typed is kept');
    assert.equal(await page.locator('#closes_date').inputValue(), londonDate(-2), 'the closing date typed is kept');
  });
  await accessible('set up a round with errors');

  await check('both problems are in the error summary at once, each at its field', async () => {
    const links = await errorSummary(page);
    const hrefs = links.map((l) => l.href);
    for (const link of links) await errorAtField(page, link);
    const closes = links.find((l) => l.href === '#closes_date');
    assert.ok(closes, `the summary links to #closes_date; it links to ${JSON.stringify(links)}`);
    assert.equal(closes.text, 'The closing date must be after the opening date');
    const budget = links.find((l) => l.href === '#budget');
    assert.ok(
      budget,
      `the summary also links to #budget (a budget of £700,000 is more than the £610,000 not yet set aside); ` +
        `it lists only ${JSON.stringify(hrefs)}: ${JSON.stringify(links.map((l) => l.text))}`,
    );
    assert.match(budget.text, /£610,000/, 'the budget error names the money available');
  });

  await step('with the dates right, the budget larger than the pot is refused at its field, naming the £610,000 available', async () => {
    await fillRoundForm(page, { ...good, budget: '700000' });
    const response = await submit(page, 'Save round');
    assert.equal(response.status(), 422);
    await heading(page, 'Set up a round');
    const links = await errorSummary(page);
    assert.deepEqual(links.map((l) => l.href), ['#budget']);
    assert.equal(
      links[0].text,
      'The budget cannot be more than £610,000, the money in this pot not set aside for other rounds',
    );
    await errorAtField(page, links[0]);
  });
  await accessible('set up a round with a budget larger than the pot');

  await step('set up the round properly: open since yesterday, closing in 4 weeks', async () => {
    await fillRoundForm(page, good);
    const response = await submit(page, 'Save round');
    assert.equal(response.status(), 303, `the round is saved; the page says:\n${await page.locator('main').innerText()}`);
    roundPath = new URL(page.url()).pathname;
    assert.match(roundPath, /^\/manage\/rounds\/\d+$/);
    assert.equal(await h1Text(page), `${round.name} Open`);
    assert.match(await banner(page), /Round set up/);
    const rows = await summaryRows(page);
    assert.equal(rows['Public page'], `/rounds/${round.slug}`);
    assert.equal(rows.Budget, '£60,000 (£0 committed)');
    assert.equal(rows.Awards, '£500 to £5,000');
    assert.equal(rows.Opens, `${longDate(good.opensDate)} at 9:00am`);
    assert.equal(rows.Closes, `${longDate(good.closesDate)} at 5:00pm`);
    assert.equal(rows['Decisions by'], longDate(good.decisionDate));
    made.roundSlug = round.slug;
  });
  await accessible('round (new)');

  await check('the round is scored on Need and Reach to begin with', async () => {
    const titles = await page.locator('main section.card h3').allInnerTexts();
    assert.deepEqual(titles.map((t) => t.trim()), ['Need (weight 1)', 'Reach (weight 1)']);
  });

  await step(`add the criterion "${criterion.title}" from "Add a criterion"`, async () => {
    const details = page.locator('details', { has: page.locator('summary', { hasText: 'Add a criterion' }) });
    assert.equal(await details.count(), 1);
    assert.equal(await details.getAttribute('open'), null, 'closed until opened');
    await details.locator('summary').click();
    await page.waitForFunction((el) => el.open, await details.elementHandle());
    await details.getByLabel('Name', { exact: true }).fill(criterion.title);
    await details.getByLabel('Weight (1 to 10)').fill(criterion.weight);
    for (const [index, text] of criterion.descriptors.entries()) {
      await details.getByLabel(`What a score of ${index + 1} means`).fill(text);
    }
    const response = await submit(page, 'Add criterion', details);
    assert.equal(response.status(), 303);
    assert.equal(new URL(page.url()).pathname, roundPath);
    assert.match(await banner(page), /Criterion added/);
    const titles = await page.locator('main section.card h3').allInnerTexts();
    assert.deepEqual(titles.map((t) => t.trim()), ['Need (weight 1)', 'Reach (weight 1)', `${criterion.title} (weight 1)`]);
    const added = page.locator('main section.card', { hasText: criterion.title });
    // The descriptors are a plain list that writes each score out ("1: …"; criterion_section in
    // src/web/views/manage.rs), so a numbered list would say every number twice.
    const descriptors = (await added.locator('ul > li').allInnerTexts()).map((d) => d.replace(/\s+/g, ' ').trim());
    assert.deepEqual(descriptors, criterion.descriptors.map((d, i) => `${i + 1}: ${d}`));
  });
  await accessible('round with three criteria');

  await step('no script errors, console errors or failed requests on any page', async () => {
    assert.deepEqual([...adminContext.problems, ...leadContext.problems], []);
  });
});

// ---- the public pages ------------------------------------------------------------------------

for (const kind of ['phone', 'desktop']) {
  test(`the round's public pages on a ${kind}`, { timeout: 180_000 }, async (t) => {
    if (!made.roundSlug) {
      t.skip('the setup journey did not set up the round');
      return;
    }
    const context = await newContext(browser, kind);
    t.after(() => context.close());
    const page = await context.newPage();
    const { step, check, accessible } = journey(t, { page: () => page, name: `programmes-public-${kind}` });
    const closesDate = londonDate(28);
    const roundPath = `/rounds/${made.roundSlug}`;

    await step('the home page lists the open round', async () => {
      const response = await page.goto(server.url('/'));
      assert.equal(response.status(), 200);
      await heading(page, 'Funding for community groups');
      assert.equal(await signedInAs(page), null, 'nobody is signed in');
      const card = page.locator('li.card', { has: page.getByRole('link', { name: round.name }) });
      assert.equal(await card.count(), 1, 'one card for the round');
      const figures = await keyFigures(card);
      assert.deepEqual(figures, {
        'Grants of': '£500 to £5,000',
        'Total available': '£60,000',
        'Closing date': `${longDate(closesDate)} at 5:00pm`,
      });
      const left = (await card.locator('p strong').innerText()).trim();
      assert.match(left, /^Closes in 28 days\b/, `says how long is left: "${left}"`);
      assert.ok(await card.getByText(programme.name).isVisible(), "names the round's programme");
    });
    await accessible('home');

    await step("follow the round's name to its page", async () => {
      await clickAndWait(page, page.getByRole('link', { name: round.name, exact: true }), roundPath);
      assert.equal(await h1Text(page), `${round.name} Open`);
      assert.equal(await page.title(), `${round.name} – ${SERVICE}`);
    });
    await accessible('round page');

    await check('the tracker shows "Where this round is up to", with the round open now', async () => {
      await page.getByRole('heading', { name: 'Where this round is up to', level: 2 }).waitFor();
      const stages = await page.locator('ol.tracker > li').evaluateAll((lis) =>
        lis.map((li) => ({
          title: li.querySelector('.tracker__title').textContent.replace(/\s+/g, ' ').trim(),
          current: li.getAttribute('aria-current'),
        })),
      );
      assert.deepEqual(stages, [
        { title: 'Open for bids (done)', current: null },
        { title: 'Closes (now)', current: 'step' },
        { title: 'Panel scores the bids', current: null },
        { title: 'Decisions made', current: null },
        { title: 'Grants paid', current: null },
      ]);
    });

    await check('"Who can apply" shows the markdown list as a list', async () => {
      const section = page.getByRole('heading', { name: 'Who can apply', level: 2 }).locator('xpath=following-sibling::div[1]');
      const items = (await section.locator('ul > li').allInnerTexts()).map((i) => i.trim());
      assert.deepEqual(items, round.eligibilityItems);
      assert.equal(await section.getByText('- faith groups').count(), 0, 'no raw markdown');
    });

    await check('each criterion has a table of what each score means', async () => {
      for (const [title, first, last] of [
        ['Need', 'Little or no evidence of need.', null],
        ['Reach', 'Unclear who the group will reach.', null],
        [criterion.title, criterion.descriptors[0], criterion.descriptors[4]],
      ]) {
        await page.getByRole('heading', { name: title, level: 3, exact: true }).waitFor();
        const table = page.getByRole('table', { name: `What each score for ${title} means` });
        assert.equal(await table.count(), 1, `a table for ${title}`);
        const rows = await table.locator('tbody tr').evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
        );
        assert.deepEqual(rows.map((r) => r[0]), ['1', '2', '3', '4', '5'], `${title}: scores 1 to 5`);
        assert.equal(rows[0][1], first, `${title}: what 1 means`);
        if (last) assert.equal(rows[4][1], last, `${title}: what 5 means`);
      }
    });

    await check('the page says written and video bids are treated the same', async () => {
      assert.ok(
        await page.getByText('Video, recorded and written bids are treated the same', { exact: false }).isVisible(),
      );
      assert.ok(await page.getByText('how well a bid is written are not scored', { exact: false }).isVisible());
    });

    await check('there is a "Start a bid" button at the top of the page and at its foot', async () => {
      const start = page.getByRole('button', { name: 'Start a bid' }).or(page.getByRole('link', { name: 'Start a bid' }));
      assert.equal(await start.count(), 2);
      for (const button of await start.all()) {
        assert.equal(await button.getAttribute('href'), `${roundPath}/bids/new`);
      }
      assert.ok(await start.first().isVisible());
    });

    await check('keyboard: Tab reaches "Start a bid", and it shows it has focus', async () => {
      await page.goto(server.url(roundPath));
      let reached = null;
      for (let presses = 1; presses <= 40 && !reached; presses += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return { text: el?.textContent.trim(), tag: el?.tagName };
        });
        if (focused.text === 'Start a bid') reached = { presses, ...focused };
      }
      assert.ok(reached, '"Start a bid" is reached within 40 presses of Tab');
      const look = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
          shadow: style.boxShadow !== 'none',
          background: style.backgroundColor,
          inView: box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight,
        };
      });
      assert.ok(look.inView, 'the focused button is scrolled into view');
      assert.ok(look.outline || look.shadow, `the focused button has a visible focus indicator: ${JSON.stringify(look)}`);
    });

    await step('no script errors, console errors or failed requests on any page', async () => {
      assert.deepEqual(context.problems, []);
    });
  });
}
