// An award from the offer to the end-of-grant report and completion, with the pot's figures
// checked at every step, on a phone and on a desktop, each person in a browser of their own.
//
// Setup, on an empty portal (no --demo), for each screen size: a site admin made with
// `smallgrants create-admin` signs in, sets up two-step sign-in (an authenticator app,
// lib/totp.mjs), creates a programme and appoints a lead, who sets up two-step sign-in (its pages
// checked like the others) before using the lead's pages; a person who registered
// is given the panel member role on /manage/users/{id}; the lead adds this year's pot (£600,000)
// and an open round (budget £10,000, awards of £500 to £5,000, one panel member per bid); a
// group registers, confirms its address and sends a bid for £2,500 in written answers; the lead
// assigns the panel and passes the bid to it ("With the panel").
//
// The journey:
//   1. the lead awards £2,000 with conditions and a payment plan; the group is emailed; the pot
//      report shows £2,000 committed, £0 paid, one offer waiting, the forecast underspend and
//      the month-by-month chart and table;
//   2. the group reads the offer (£2,000, the conditions, the payment plan), sends the acceptance
//      empty (errors at each field), then accepts and agrees to be named; the lead is emailed;
//   3. the lead records £1,500 paid, then tries £600 (only £500 is left: refused at the amount,
//      £600 kept); the pot report shows £1,500 paid and no offers waiting; the group is emailed
//      and sees "£1,500 of £2,000" and the payment;
//   4. the group sends its end-of-grant report (after sending it empty) with a short recording;
//      the lead is emailed; the group sees the report and "Change your report";
//   5. the lead reads the report and completes the grant: £500 goes back as underspend; the pot
//      report shows £1,500 committed and paid, £500 released, £500 more to award; the group is
//      emailed and sees "Completed";
//   6. the pot's awards spreadsheet has the award: 2000 awarded, 1500 paid, 500 released;
//   7. signed out, /awards names the group with £2,000 and the 360Giving file has the grant.
//
// Every page visited is checked with axe (WCAG 2.2 AA), pages showing errors included; on a
// phone, every page must also fit the screen's width; and every page must run without console
// errors or failed requests.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';

import {
  SET_UP_PATH,
  binaryPath,
  continueFromRecoveryCodes,
  finishRegistration,
  journey,
  launchBrowser,
  newContext,
  setUpAuthenticator,
  setUpTwoFactor,
  startServer,
} from './lib/index.mjs';

let server;
let browser;

before(async () => {
  // An empty portal: no --demo. Everyone and everything is made by the test.
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const SERVICE = 'smallgrants';
const REFERENCE = /SG-\d{4}-\d{4}/;

// ---- dates, as the portal reads them (Europe/London) ----------------------------------------

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

/** Today in London as the portal writes dates in sentences and tables: "22 November 2026". */
function londonLongDate() {
  const [y, m, d] = londonToday();
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
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

const squash = (text) => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits for the page's one `h1` and returns its text (spaces collapsed). */
async function h1Text(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.first().waitFor();
  assert.equal(await h1.count(), 1, `one h1 on ${page.url()}`);
  return squash(await h1.innerText());
}

/** Waits for the page's one `h1` to say `text`. */
async function heading(page, text) {
  assert.equal(await h1Text(page), text, `the h1 on ${page.url()}`);
}

/** Clicks something that follows a link and waits until `path` (a string, or a RegExp matched
 * against path and query) has loaded. */
async function clickAndWait(page, locator, path) {
  const matches = (url) =>
    path instanceof RegExp ? path.test(url.pathname + url.search) : url.toString() === server.url(path);
  await Promise.all([page.waitForURL(matches, { waitUntil: 'load' }), locator.click()]);
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
  return squash(await note.innerText());
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

/** The summary's link to `href` leads to a field that is visible, shows the same message beside
 * it and is described by it (for a group of radios, the fieldset is). */
async function errorAtField(page, { href, text }) {
  const field = page.locator(href);
  assert.equal(await field.count(), 1, `${href} is on the page`);
  assert.ok(text.length > 0, `the link to ${href} says what is wrong`);
  assert.ok(await field.isVisible(), `${href} is visible, not hidden in a closed <details>`);
  const errorId = `${href.slice(1)}-error`;
  const beside = squash((await page.locator(`#${errorId}`).textContent()) || '');
  assert.equal(beside, `Error: ${text}`, `the message beside ${href}`);
  const isRadio = (await field.getAttribute('type')) === 'radio';
  const describer = isRadio ? field.locator('xpath=ancestor::fieldset[1]') : field;
  const describedBy = ((await describer.getAttribute('aria-describedby')) || '').split(/\s+/).filter(Boolean);
  assert.ok(
    describedBy.includes(errorId),
    `${href}${isRadio ? "'s fieldset" : ''} is described by #${errorId} (aria-describedby="${describedBy.join(' ')}"), ` +
      'so a screen reader says what is wrong when it gets there',
  );
}

/** The rows of the page's summary lists as an object: label → text of the value (the first
 * list's row wins when two lists share a label). */
async function summaryRows(page, scope = page.locator('main')) {
  return scope.locator('.summary-list__row').evaluateAll((rows) => {
    const out = {};
    for (const row of rows) {
      const label = row.querySelector('dt').textContent.trim();
      if (!(label in out)) out[label] = row.querySelector('dd').textContent.replace(/\s+/g, ' ').trim();
    }
    return out;
  });
}

/** The pot report's key figures (`dl.key-figures`) as an object: "Committed" → "£2,000". */
async function keyFigures(page) {
  return page.locator('main dl.key-figures > div').evaluateAll((divs) =>
    Object.fromEntries(
      divs.map((div) => [div.querySelector('dt').textContent.trim(), div.querySelector('dd').textContent.replace(/\s+/g, ' ').trim()]),
    ),
  );
}

/** "£598,500" as a number of pounds. */
const pounds = (text) => Number(String(text).replace(/[£,\s]/g, ''));

/** The list after the `h2` called `name` as its items' texts. */
async function listAfterHeading(page, name) {
  const items = page.getByRole('heading', { name, level: 2, exact: true }).locator('xpath=following-sibling::*[self::ul or self::ol][1]/li');
  return (await items.allInnerTexts()).map(squash);
}

/** The rows of the table whose caption (visible or not) is `caption`, as arrays of cell texts
 * (header cells included). */
async function tableRows(page, caption) {
  return page
    .getByRole('table', { name: caption })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.replace(/\s+/g, ' ').trim())));
}

/** A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---- files -----------------------------------------------------------------------------------

/** Half a second of silence as an 8 kHz, 8-bit mono WAV: a real voice recording a browser can
 * play, and one the server recognises by its first bytes (RIFF … WAVE). */
function smallWav(seconds = 0.5) {
  const rate = 8000;
  const samples = Math.round(rate * seconds);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVE', 8, 'latin1');
  header.write('fmt ', 12, 'latin1');
  header.writeUInt32LE(16, 16); // the size of the fmt chunk
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28); // bytes per second
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 0x80)]);
}

// ---- the people, the programme and the bid, one set for each screen size --------------------

function cast(kind) {
  const side = kind === 'phone' ? 'Phone' : 'Desk';
  const slug = kind;
  return {
    admin: { name: `Ada Admin ${side}`, email: `admin.${slug}@example.org`, password: 'harbour lights evening song' },
    lead: { name: `Lena Lead ${side}`, email: `lead.${slug}@example.org`, password: 'walnut orchard under snow' },
    member: { name: `Priya Patel ${side}`, email: `priya.${slug}@example.org`, password: 'copper kettle morning tide' },
    applicant: { name: `Grace Mensah ${side}`, email: `grace.${slug}@example.org`, password: 'lantern meadow quiet harbour' },
    programme: {
      name: `Northside Community Mental Health Small Grants ${side}`,
      funderName: 'Northside Integrated Care Board',
      identifierPrefix: `360G-northside-${slug}`,
    },
    round: {
      name: `Autumn community small grants ${side}`,
      slug: `autumn-community-grants-${slug}`,
      summary: 'Up to £5,000 for community groups supporting mental health',
      budget: '10000',
      minAward: '500',
      maxAward: '5000',
      panelSize: '1',
      eligibility: 'Community, faith and peer-support groups based in Northside.',
      uses: 'For example: a part-time peer support worker, equipment, room hire.',
    },
    group: { name: `St Anne's Tuesday Circle ${side}`, kind: 'Faith group', area: 'Sparkbrook' },
    bid: {
      title: `Walk and talk ${side}`,
      summary: 'Weekly walks and a warm drink for people feeling low through the winter.',
      amount: '2500',
      purpose: 'Room hire £40 a week for 30 weeks; tea and biscuits; a first-aid course for two walk leaders.',
      need: 'People in Sparkbrook who feel low have nowhere to go between GP appointments.',
      reach: 'Our congregation and neighbours: about forty people, many of them older and living alone.',
      impact: 'People come back each week and tell us they feel less alone; we count who comes.',
    },
  };
}

const AWARD = {
  amount: '2000',
  shown: '£2,000',
  conditions: 'Send us a short note of who came to the walks each term.',
  plan: 'Two instalments: £1,500 when you accept the offer, and £500 after six months.',
  message: 'Congratulations from the panel.',
};
const PAYMENT = { amount: '1500', shown: '£1,500', reference: 'BACS 0042' };
const REPORT = {
  people: '42',
  sessions: '12',
  story: 'Forty-two people came on the walks over the autumn. Several now meet for tea on other days too.',
  explanation: 'Room hire cost less than planned because the church let us use the hall for free in December.',
};

// ---- the journey -----------------------------------------------------------------------------

for (const kind of ['phone', 'desktop']) {
  test(`an award from offer to final report and completion, the pot's figures right at each step, on a ${kind}`, { timeout: 600_000 }, async (t) => {
    const who = cast(kind);
    const contexts = {};
    const pages = {};
    for (const person of ['admin', 'lead', 'member', 'applicant']) {
      contexts[person] = await newContext(browser, kind);
      pages[person] = await contexts[person].newPage();
    }
    t.after(() => Promise.all(Object.values(contexts).map((c) => c.close())));

    let page = pages.admin;
    /** Carries on as `person`, in their own browser. */
    const actAs = (person) => {
      page = pages[person];
      return page;
    };
    const j = journey(t, { page: () => page, name: `grants-${kind}` });
    const { step, check } = j;

    /** axe on the page as it is now and, on a phone, a check that the page fits the screen's
     * width without scrolling sideways (WCAG 1.4.10 Reflow; tables scroll in their wrapper). */
    async function accessible(label) {
      await j.accessible(label);
      if (kind !== 'phone') return;
      await j.check(`fits a 390px-wide phone screen without scrolling sideways: ${label}`, async () => {
        const wide = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const describe = (el) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
          const over = [];
          for (const el of document.querySelectorAll('body *')) {
            if (over.length >= 5) break;
            const box = el.getBoundingClientRect();
            if (box.width > 0 && box.right > width + 1 && getComputedStyle(el).position !== 'fixed' && !el.closest('.table-wrapper')) {
              over.push(`${describe(el)} (right edge ${Math.round(box.right)}px)`);
            }
          }
          return { width, scrollWidth: document.documentElement.scrollWidth, over };
        });
        assert.ok(
          wide.scrollWidth <= wide.width,
          `the page is ${wide.scrollWidth}px wide on a ${wide.width}px screen; past the edge: ${wide.over.join('; ')}`,
        );
      });
    }

    const fyLabel = financialYearLabel();
    const potName = `VCSE ring-fence ${fyLabel} ${kind === 'phone' ? 'Phone' : 'Desk'}`;
    const made = { programmePath: null, potPath: null, roundPath: null, memberPath: null, bidId: null, reference: null };
    const bidPath = () => `/bids/${made.bidId}`;
    const managePath = () => `/manage/bids/${made.bidId}`;
    const reportPath = () => `${made.potPath}/report`;
    const { bid, group, round, programme } = who;
    // Figures of the pot report worth comparing across steps.
    const figures = {};

    // ---- setup: the admin, the lead, the panel member and the group's member -----------------

    await step('create the site admin with `smallgrants create-admin`, the password on standard input', async () => {
      const result = await runCli(['create-admin', '--email', who.admin.email, '--name', who.admin.name], `${who.admin.password}\n`);
      assert.equal(result.code, 0, `create-admin exits 0; it printed:\n${result.stdout}${result.stderr}`);
    });

    /** `person` registers through /register and confirms the address from the emailed link. */
    async function registerAndConfirm(key) {
      const person = who[key];
      await step(`${person.name} opens /register`, async () => {
        actAs(key);
        const response = await page.goto(server.url('/register'));
        assert.equal(response.status(), 200);
        await heading(page, 'Create an account');
      });
      await accessible(`register (${person.name})`);

      await step(`${person.name} creates the account`, async () => {
        await page.getByLabel('Your full name').fill(person.name);
        await page.getByLabel('Email address').fill(person.email);
        await page.getByLabel('Create a password').fill(person.password);
        const sent = await submit(page, 'Create account');
        const response = await finishRegistration({ page, server, email: person.email, sent, heading, submit });
        assert.equal(response.status(), 303);
        assert.equal(page.url(), server.url('/dashboard'));
        assert.equal(await signedInAs(page), person.name);
      });
      await accessible(`dashboard of a new account (${person.name})`);

    }

    await registerAndConfirm('lead');
    await registerAndConfirm('member');

    await step('the admin opens "Sign in"', async () => {
      actAs('admin');
      const response = await page.goto(server.url('/login'));
      assert.equal(response.status(), 200);
      await heading(page, 'Sign in');
    });
    await accessible('sign in (admin)');

    await step('the admin signs in, setting up two-step sign-in first', async () => {
      await page.getByLabel('Email address').fill(who.admin.email);
      await page.getByLabel('Password', { exact: true }).fill(who.admin.password);
      const signIn = await submit(page, 'Sign in');
      assert.equal(signIn.status(), 303);
      assert.equal(page.url(), server.url(SET_UP_PATH), 'a site admin without an authenticator app sets one up first');
      await setUpTwoFactor({ page, server, heading, submit });
      assert.equal(page.url(), server.url('/dashboard'));
      assert.equal(await signedInAs(page), who.admin.name);
    });
    await accessible('dashboard (admin)');

    await step('"Programmes" in the header: none yet', async () => {
      await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Programmes' }), '/manage/programmes');
      await heading(page, 'Programmes');
    });
    await accessible('programmes (admin, none yet)');

    await step('follow "Create a programme"', async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'Create a programme' }), '/manage/programmes/new');
      await heading(page, 'Create a programme');
    });
    await accessible('create a programme');

    await step('create the programme', async () => {
      await page.getByLabel('Programme name').fill(programme.name);
      await page.getByLabel('Funder', { exact: true }).fill(programme.funderName);
      await page.getByLabel('360Giving identifier prefix').fill(programme.identifierPrefix);
      const response = await submit(page, 'Save programme');
      assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
      made.programmePath = new URL(page.url()).pathname;
      assert.match(made.programmePath, /^\/manage\/programmes\/\d+$/);
      await heading(page, programme.name);
    });
    await accessible('programme (new)');

    await step(`appoint ${who.lead.name} as the programme's lead`, async () => {
      await page.getByLabel('Appoint a lead by email address').fill(who.lead.email);
      const response = await submit(page, 'Appoint lead');
      assert.equal(response.status(), 303);
      assert.match(await banner(page), new RegExp(`${escapeRegExp(who.lead.email)} is now a lead of this programme`));
    });
    await accessible('programme with its lead');

    await step('"People" in the header', async () => {
      await clickAndWait(page, page.locator('header').getByRole('link', { name: 'People' }), '/manage/users');
      await heading(page, 'People');
    });
    await accessible('people');

    await step(`find ${who.member.name}`, async () => {
      await page.getByLabel('Find people by name or email').fill(who.member.name);
      await clickAndWait(page, page.getByRole('button', { name: 'Search', exact: true }), /^\/manage\/users\?/);
      await heading(page, 'People');
    });
    await accessible(`people, searched for ${who.member.name}`);

    await step(`open ${who.member.name}'s page`, async () => {
      await clickAndWait(page, page.getByRole('link', { name: who.member.name, exact: true }), /^\/manage\/users\/\d+$/);
      made.memberPath = new URL(page.url()).pathname;
      await heading(page, who.member.name);
    });
    await accessible(`person (${who.member.name}, no roles)`);

    await step('"Give a role": panel member in the programme', async () => {
      await page.getByLabel('Programme', { exact: true }).selectOption({ label: programme.name });
      await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Panel member' });
      const response = await submit(page, 'Give role');
      assert.equal(response.status(), 303, `given; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(new URL(page.url()).pathname, made.memberPath);
      assert.match(await banner(page), /Role given: Panel member\./);
    });
    await accessible(`person (${who.member.name}, panel member)`);

    // ---- setup: the lead's pot and round -----------------------------------------------------

    await step('the lead opens the dashboard: a lead now, asked to set up two-step sign-in', async () => {
      actAs('lead');
      const response = await page.goto(server.url('/dashboard'));
      assert.equal(response.status(), 200);
      assert.equal(await signedInAs(page), who.lead.name);
      assert.equal(await page.locator('header').getByRole('link', { name: 'Programmes' }).count(), 0, 'not until it is set up');
      const prompt = page.locator('main .inset-text', { hasText: 'Set up two-step sign-in to use your programme lead or site admin tools.' });
      assert.equal(await prompt.count(), 1, 'the dashboard says so');
    });
    await accessible('dashboard (lead, before two-step sign-in)');

    await step('"Set up two-step sign-in" from the banner', async () => {
      const prompt = page.locator('main .inset-text', { hasText: 'Set up two-step sign-in to use your programme lead or site admin tools.' });
      await clickAndWait(page, prompt.getByRole('link', { name: 'Set up two-step sign-in' }), SET_UP_PATH);
      await heading(page, 'Set up two-step sign-in');
      if (kind === 'phone') await j.screenshot('set-up-two-step');
    });
    await accessible('set up two-step sign-in');

    await step('the lead adds the key to the app and enters its code: ten recovery codes', async () => {
      await setUpAuthenticator({ page, heading, submit });
      if (kind === 'phone') await j.screenshot('recovery-codes');
    });
    await accessible('recovery codes');

    await step('"I have saved my codes, continue": the dashboard, with "Programmes" in the header now', async () => {
      await continueFromRecoveryCodes({ page, server, to: '/dashboard' });
      assert.equal(await signedInAs(page), who.lead.name);
      assert.equal(await page.locator('header').getByRole('link', { name: 'Programmes' }).count(), 1);
    });
    await accessible('dashboard (lead)');

    await step('"Programmes" lists the programme', async () => {
      await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Programmes' }), '/manage/programmes');
      await heading(page, 'Programmes');
    });
    await accessible('programmes (lead)');

    await step('open the programme', async () => {
      await clickAndWait(page, page.getByRole('link', { name: programme.name }), made.programmePath);
      await heading(page, programme.name);
    });
    await accessible('programme (lead, no pot yet)');

    await step('follow "Add a pot"', async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'Add a pot' }), `${made.programmePath}/pots/new`);
      await heading(page, 'Add a pot');
    });
    await accessible('add a pot');

    await step(`add the ${fyLabel} pot with an allocation of £600,000`, async () => {
      await page.getByRole('radio', { name: fyLabel, exact: true }).check();
      await page.getByLabel('Name', { exact: true }).fill(potName);
      await page.getByLabel('Allocation', { exact: true }).fill('600000');
      const response = await submit(page, 'Add pot');
      assert.equal(response.status(), 303, `added; the page says:\n${await page.locator('main').innerText()}`);
      made.potPath = new URL(page.url()).pathname;
      assert.match(made.potPath, /^\/manage\/pots\/\d+$/);
      await heading(page, potName);
    });
    await accessible('pot (new)');

    await step('back to the programme: the pot is listed', async () => {
      await clickAndWait(page, page.locator('main .caption-l a'), made.programmePath);
      await heading(page, programme.name);
      assert.equal(await page.getByRole('table', { name: 'Pots by financial year' }).getByRole('link', { name: potName }).count(), 1);
    });
    await accessible('programme with a pot');

    await step('follow "Set up a round"', async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'Set up a round' }), `${made.programmePath}/rounds/new`);
      await heading(page, 'Set up a round');
    });
    await accessible('set up a round');

    await step('set up the round: £10,000, awards £500 to £5,000, one panel member per bid, open since yesterday', async () => {
      await page.getByLabel('Round name').fill(round.name);
      await page.getByLabel('Web address name (optional)').fill(round.slug);
      await page.getByLabel('One-line summary (optional)').fill(round.summary);
      await page.getByLabel('Pot', { exact: true }).selectOption({ label: `${potName} (£600,000 not yet set aside)` });
      await page.getByLabel('Budget').fill(round.budget);
      await page.getByLabel('Smallest award').fill(round.minAward);
      await page.getByLabel('Largest award').fill(round.maxAward);
      await page.fill('#opens_date', londonDate(-1));
      await page.fill('#opens_time', '09:00');
      await page.fill('#closes_date', londonDate(28));
      await page.fill('#closes_time', '17:00');
      await page.getByLabel('Decisions made by').fill(londonDate(58));
      await page.getByLabel('Panel members per bid').fill(round.panelSize);
      await page.getByLabel('Who can apply').fill(round.eligibility);
      await page.getByLabel('What the money can be used for').fill(round.uses);
      const response = await submit(page, 'Save round');
      assert.equal(response.status(), 303, `the round is saved; the page says:\n${await page.locator('main').innerText()}`);
      made.roundPath = new URL(page.url()).pathname;
      assert.match(made.roundPath, /^\/manage\/rounds\/\d+$/);
      assert.equal(await h1Text(page), `${round.name} Open`);
    });
    await accessible('round (new, no bids)');

    // ---- setup: the group sends its bid ------------------------------------------------------

    await registerAndConfirm('applicant');

    await step(`${who.applicant.name}: the home page lists the round`, async () => {
      actAs('applicant');
      const response = await page.goto(server.url('/'));
      assert.equal(response.status(), 200);
      await heading(page, 'Funding for community groups');
    });
    await accessible('home, signed in (group)');

    await step('the round\'s page', async () => {
      await clickAndWait(page, page.getByRole('link', { name: round.name, exact: true }), `/rounds/${round.slug}`);
      assert.equal(await h1Text(page), `${round.name} Open`);
    });
    await accessible('round page (group)');

    await step('"Start a bid" asks about the group first', async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'Start a bid', exact: true }).first(), `/rounds/${round.slug}/bids/new`);
      await heading(page, 'Start a bid');
    });
    await accessible('start a bid, no group yet');

    await step('"Tell us about your group"', async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'Tell us about your group' }), /^\/groups\/new\?next=/);
      await heading(page, 'Tell us about your group');
    });
    await accessible('tell us about your group');

    await step(`save ${group.name}: straight into a new bid, at "About the money"`, async () => {
      await page.getByLabel('Group name').fill(group.name);
      await page.getByRole('group', { name: 'What kind of group are you?' }).getByLabel(group.kind, { exact: true }).check();
      await page.getByLabel('Where you work').fill(group.area);
      const response = await submit(page, 'Save group');
      assert.equal(response.status(), 303, `the group is saved; the page says:\n${await page.locator('main').innerText()}`);
      const path = new URL(page.url()).pathname;
      assert.match(path, /^\/bids\/\d+\/money$/, 'a group made on the way to a bid goes straight into it');
      made.bidId = Number(path.split('/')[2]);
      await heading(page, 'About the money');
    });
    await accessible('about the money');

    await step('ask for £2,500; on to "Need, reach and impact"', async () => {
      await page.getByLabel('A short name for your project').fill(bid.title);
      await page.getByLabel('Your project in one sentence').fill(bid.summary);
      await page.getByLabel('How much are you asking for?').fill(bid.amount);
      await page.getByLabel('What will the money pay for?').fill(bid.purpose);
      const response = await submit(page, 'Save and continue');
      assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(`${bidPath()}/case`));
      await heading(page, 'Need, reach and impact');
    });
    await accessible('need, reach and impact');

    await step('"Need, reach and impact" in a few written words; "Save and come back later"', async () => {
      await page.getByLabel('Need', { exact: true }).fill(bid.need);
      await page.getByLabel('Reach', { exact: true }).fill(bid.reach);
      await page.getByLabel('Impact', { exact: true }).fill(bid.impact);
      const response = await submit(page, 'Save and come back later');
      assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(bidPath()));
    });
    await accessible('task list, ready to send');

    await step('"Check your answers and send"', async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'Check your answers and send' }), `${bidPath()}/check`);
      await heading(page, 'Check your answers before sending your bid');
      assert.equal((await summaryRows(page)).Amount, '£2,500');
    });
    await accessible('check your answers');

    await step('"Confirm and send": "Bid sent", with a reference', async () => {
      const response = await submit(page, 'Confirm and send');
      assert.equal(response.status(), 303, `sent; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(`${bidPath()}/sent`));
      const found = REFERENCE.exec(squash(await page.locator('.panel').innerText()));
      assert.ok(found, 'the panel shows a reference');
      made.reference = found[0];
      await server.outbox.next('bid_received', { to: who.applicant.email });
    });
    await accessible('bid sent');

    await step('the lead: the round has the bid to screen', async () => {
      actAs('lead');
      await page.goto(server.url(made.roundPath));
      await page.getByRole('heading', { name: 'Sent, waiting to be screened (1)', level: 3 }).waitFor();
    });
    await accessible('round with a bid to screen');

    await step('"Assign panels automatically"', async () => {
      const response = await submit(page, 'Assign panels automatically');
      assert.equal(response.status(), 303);
      assert.match(await banner(page), /^1 assignment/);
    });
    await accessible('round, the panel assigned');

    await step('"Pass every fully assigned bid to the panel": "With the panel (1)"', async () => {
      const response = await submit(page, 'Pass every fully assigned bid to the panel');
      assert.equal(response.status(), 303);
      await page.getByRole('heading', { name: 'With the panel (1)', level: 3 }).waitFor();
    });
    await accessible('round, the bid with the panel');

    // ---- 1. the award, and the pot report with an offer waiting --------------------------------

    await step(`1. the lead opens the bid: "With the panel", ${made.reference ?? 'its reference'} beside the round`, async () => {
      await clickAndWait(page, page.locator(`main a[href="${managePath()}"]`), managePath());
      assert.equal(await h1Text(page), `${bid.title} With the panel`);
      const caption = squash(await page.locator('main .caption-l').innerText());
      assert.ok(caption.endsWith(made.reference), `the caption names the reference: "${caption}"`);
      assert.equal(await page.getByLabel('Award', { exact: true }).inputValue(), bid.amount, 'the award starts at the amount asked for');
    });
    await accessible('bid to decide (lead)');

    await step(`award ${AWARD.shown} (it asked for £2,500) with conditions and a payment plan: "Offered"`, async () => {
      await page.getByLabel('Award', { exact: true }).fill(AWARD.amount);
      await page.getByLabel('Conditions (optional)').fill(AWARD.conditions);
      await page.getByLabel('Message to the group (optional)').fill(AWARD.message);
      await page.getByLabel('How it will be paid (optional)').fill(AWARD.plan);
      const response = await submit(page, 'Award');
      assert.equal(response.status(), 303, `awarded; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(new URL(page.url()).pathname, managePath());
      assert.match(await banner(page), new RegExp(`^${AWARD.shown} awarded\\. The group has been told\\.`));
      assert.equal(await h1Text(page), `${bid.title} Offered`);
      const rows = await summaryRows(page);
      assert.equal(rows.Conditions, AWARD.conditions);
      assert.equal(rows['How it will be paid'], AWARD.plan);
      assert.ok(squash(await page.locator('main').innerText()).includes('Waiting for the group to accept the offer.'));
    });
    await accessible('bid offered (lead)');

    let offerLink;
    await check(`the group is emailed (bid_awarded) with ${AWARD.shown}, the conditions and a link to the bid`, async () => {
      const { email, link } = await server.outbox.nextLink('bid_awarded', bidPath(), { to: who.applicant.email });
      offerLink = link;
      assert.ok(email.subject.includes(AWARD.shown), email.subject);
      assert.ok(email.text.includes(group.name), 'names the group');
      assert.ok(squash(email.text).includes(AWARD.conditions), 'has the conditions');
    });

    await step('the pot', async () => {
      await page.goto(server.url(made.potPath));
      await heading(page, potName);
    });
    await accessible('pot, an offer made');

    await step('"The pot report…"', async () => {
      await clickAndWait(page, page.getByRole('link', { name: /^The pot report/ }), reportPath());
      await heading(page, `${potName}: report`);
      assert.equal(await page.title(), `${potName} report – ${SERVICE}`);
    });
    await accessible('pot report, an offer waiting');

    await check(`the pot report: ${AWARD.shown} committed, £0 paid, £598,000 to award`, async () => {
      const f = await keyFigures(page);
      assert.equal(f.Allocated, '£600,000', JSON.stringify(f));
      assert.equal(f.Committed, AWARD.shown, JSON.stringify(f));
      assert.equal(f.Paid, '£0', JSON.stringify(f));
      assert.equal(f['Released back'], '£0', JSON.stringify(f));
      assert.equal(f['Available to award'], '£598,000', JSON.stringify(f));
      figures.offered = f;
    });

    await check(`the pot report: 1 offer worth ${AWARD.shown} is waiting for the group to accept`, async () => {
      const main = squash(await page.locator('main').innerText());
      assert.match(main, new RegExp(`\\b1 offer(\\(s\\))? worth ${AWARD.shown} (is|are) waiting for groups? to accept`), main);
    });

    await check('the pot report: the forecast underspend, with the offer not yet accepted as possible underspend', async () => {
      await page.getByRole('heading', { name: 'Forecast underspend', level: 2 }).waitFor();
      const rows = await tableRows(page, 'Where the underspend could come from');
      const offers = rows.find((r) => r[0] === 'Offers not yet accepted');
      assert.deepEqual(offers, ['Offers not yet accepted', AWARD.shown, 'Possible'], JSON.stringify(rows));
      const inRounds = rows.find((r) => r[0] === 'Left in rounds still open or deciding');
      assert.deepEqual(inRounds?.slice(0, 2), ['Left in rounds still open or deciding', '£8,000'], JSON.stringify(rows));
    });

    await check('the pot report: month by month, a chart with a title and the same figures as a table', async () => {
      await page.getByRole('heading', { name: new RegExp(`^Month by month, ${escapeRegExp(fyLabel)}$`), level: 2 }).waitFor();
      const chart = page.locator('main svg#months-chart');
      assert.equal(await chart.count(), 1, 'the chart is drawn');
      assert.equal(await chart.getAttribute('role'), 'img');
      const title = squash((await chart.locator('title').first().textContent()) || '');
      assert.match(title, /^Committed and paid against the allocation/, 'the chart has a title');
      const table = page.getByRole('table', { name: /^The same figures as a table/ });
      assert.equal(await table.count(), 1);
      const rows = await tableRows(page, /^The same figures as a table/);
      assert.equal(rows.length, 12, 'a row for each month of the financial year');
      assert.match(rows[0][0], /^Apr(il)? \d{4}/);
      assert.match(rows[11][0], /^Mar(ch)? \d{4}/);
      const thisMonth = rows.find((r) => / \(so far\)$/.test(r[0])) || rows.filter((r) => r[2] !== 'Not yet').pop();
      assert.equal(thisMonth?.[2], AWARD.shown, `this month's running committed total: ${JSON.stringify(rows)}`);
      assert.equal(thisMonth?.[3], '£0');
    });

    // ---- 2. the group accepts the offer ------------------------------------------------------

    await step('2. the group opens the bid from the email: "You have been offered £2,000"', async () => {
      actAs('applicant');
      const response = await page.goto(offerLink || server.url(bidPath()));
      assert.equal(response.status(), 200);
      assert.equal(new URL(page.url()).pathname, bidPath());
      assert.equal(await signedInAs(page), who.applicant.name);
      assert.equal(await h1Text(page), `${bid.title} Offered`);
      assert.equal(squash(await page.locator('main .panel__title').innerText()), `You have been offered ${AWARD.shown}`);
    });
    await accessible('the offer (group)');

    await check('the offer shows the award (and the £2,500 asked for), the conditions and the payment plan', async () => {
      const rows = await summaryRows(page);
      assert.equal(rows.Award, `${AWARD.shown} (you asked for £2,500)`, JSON.stringify(rows));
      assert.equal(rows.Conditions, AWARD.conditions);
      assert.equal(rows['How it will be paid'], AWARD.plan);
      assert.ok(squash(await page.locator('main').innerText()).includes(AWARD.message), 'the message from the panel');
    });

    await step('"Accept the offer" with nothing filled in: refused, nothing accepted', async () => {
      const response = await submit(page, 'Accept the offer');
      assert.equal(response.status(), 422);
      assert.equal(new URL(page.url()).pathname, `${bidPath()}/accept`);
      assert.equal(await page.title(), `Error: ${bid.title} – ${SERVICE}`);
      assert.equal(await h1Text(page), `${bid.title} Offered`, 'nothing accepted');
    });
    await accessible('the offer, accepted with nothing filled in');

    let acceptLinks = [];
    await check('the error summary (with focus) links to the name, the agreement and the choice about being named', async () => {
      acceptLinks = await errorSummary(page);
      assert.deepEqual(
        acceptLinks.map((l) => l.href),
        ['#accepted_name', '#agree', '#public'],
        JSON.stringify(acceptLinks),
      );
    });
    for (const link of acceptLinks) {
      await check(`the error for ${link.href} is at its field, which it describes`, () => errorAtField(page, link));
    }

    await check('following the summary\'s link to the name moves focus to the name field', async () => {
      await page.locator('.error-summary').getByRole('link').first().click();
      await page.waitForFunction(() => document.activeElement?.id === 'accepted_name', null, { timeout: 5_000 });
    });

    await step('fill in the name, tick the agreement, "Yes, name our group and the award", accept: "Funded"', async () => {
      await page.getByLabel('Your full name').fill(who.applicant.name);
      await page.getByLabel(/^Our group agrees to the conditions/).check();
      await page.getByLabel('Yes, name our group and the award', { exact: true }).check();
      const response = await submit(page, 'Accept the offer');
      assert.equal(response.status(), 303, `accepted; the page says:\n${await page.locator('main').innerText()}`);
      assert.match(new URL(page.url()).pathname, /^\/groups\/\d+\/bank-details$/, 'asked at once where to pay');
      assert.match(await banner(page), /^You have accepted the offer\./);
      assert.equal(await h1Text(page), "Your group's bank details");
    });
    await accessible('where to pay the grant (group)');
    await j.screenshot('bank-details-form');

    await step('a 7-digit account number is explained at its field, then the details are saved', async () => {
      await page.getByLabel('Name on the account').fill('Riverside Walkers');
      await page.getByLabel('Sort code').fill('30-94-57');
      await page.getByLabel('Account number').fill('1234567');
      let response = await submit(page, 'Save bank details');
      assert.equal(response.status(), 422);
      assert.match(await page.locator('#account_number-error').innerText(), /If yours has 7, put a 0 in front/);
      assert.equal(await page.getByLabel('Sort code').inputValue(), '30-94-57', 'input kept');
      await page.getByLabel('Account number').fill('01234567');
      response = await submit(page, 'Save bank details');
      assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(bidPath()));
      assert.equal(await h1Text(page), `${bid.title} Funded`);
      const main = squash(await page.locator('main').innerText());
      assert.ok(main.includes('Account number ending ••••4567.') && main.includes('The programme team will phone you'), main);
      assert.ok(!main.includes('01234567'), 'the number is never shown in full');
      await page.getByRole('heading', { name: 'Your grant', level: 2, exact: true }).waitFor();
      const rows = await summaryRows(page);
      assert.match(rows.Accepted, new RegExp(`^${escapeRegExp(londonLongDate())} by ${escapeRegExp(who.applicant.name)}$`), JSON.stringify(rows));
      assert.equal(rows['Named publicly'], 'Yes');
      assert.equal(rows['Paid so far'], `£0 of ${AWARD.shown}`);
    });
    await accessible('the grant running, nothing paid yet (group)');

    let acceptedLink;
    await check('the lead is emailed (offer_accepted), with a link to the bid', async () => {
      const { email, link } = await server.outbox.nextLink('offer_accepted', managePath(), { to: who.lead.email });
      acceptedLink = link;
      assert.ok(email.subject.includes(made.reference), email.subject);
      assert.ok(email.text.includes(AWARD.shown), 'says how much was accepted');
    });

    // ---- 3. payments ------------------------------------------------------------------------

    await step('3. the lead opens the bid from the email: "Funded", £2,000 left to pay', async () => {
      actAs('lead');
      const response = await page.goto(acceptedLink || server.url(managePath()));
      assert.equal(response.status(), 200);
      assert.equal(await h1Text(page), `${bid.title} Funded`);
      await page.getByRole('heading', { name: 'Record a payment', level: 2 }).waitFor();
      assert.ok(squash(await page.locator('main').innerText()).includes(`${AWARD.shown} is left to pay.`));
    });
    await accessible('bid funded, nothing paid (lead)');

    await step('the bank details wait for a check: payments are held until the lead calls the group back', async () => {
      const main = squash(await page.locator('main').innerText());
      assert.ok(main.includes('••••4567') && main.includes('Payments to this group are held'), main);
      await page.getByText('Confirm after calling the group back').click();
      await page.getByLabel('Who you spoke to').fill(who.applicant.name);
      await page.getByLabel('The number you called').fill('0161 496 0000');
      await page.getByLabel('They read the details to me and they match').check();
      const response = await submit(page, 'Confirm the bank details');
      assert.equal(response.status(), 303, `confirmed; the page says:\n${await page.locator('main').innerText()}`);
      assert.match(await banner(page), /^Bank details confirmed\./);
      assert.ok(squash(await page.locator('main').innerText()).includes(`after calling ${who.applicant.name} on 0161 496 0000`));
    });
    await accessible('bank details confirmed after a call back (lead)');
    await j.screenshot('bank-details-confirmed');

    await step(`"Record a payment": ${PAYMENT.shown} today, reference "${PAYMENT.reference}"`, async () => {
      await page.getByLabel('Amount paid').fill(PAYMENT.amount);
      await page.getByLabel('Date paid').fill(londonDate(0));
      await page.getByLabel('Payment reference (optional)').fill(PAYMENT.reference);
      const response = await submit(page, 'Record payment');
      assert.equal(response.status(), 303, `recorded; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(managePath()));
      assert.match(await banner(page), new RegExp(`^Payment of ${PAYMENT.shown} recorded\\.`));
      assert.equal((await summaryRows(page))['Paid so far'], `${PAYMENT.shown} of ${AWARD.shown}`);
      assert.ok(squash(await page.locator('main').innerText()).includes('£500 is left to pay.'));
    });
    await accessible('bid with a payment (lead)');

    await step('record £600 more: refused, as only £500 is left', async () => {
      await page.getByLabel('Amount paid').fill('600');
      await page.getByLabel('Date paid').fill(londonDate(0));
      await page.getByLabel('Payment reference (optional)').fill('BACS 0043');
      const response = await submit(page, 'Record payment');
      assert.equal(response.status(), 422, `refused; the page says:\n${squash(await page.locator('main').innerText()).slice(0, 600)}`);
      assert.equal(new URL(page.url()).pathname, `${managePath()}/payments`);
      assert.equal(await page.title(), `Error: ${bid.title} – ${SERVICE}`);
    });
    await accessible('bid, a payment of more than is left (lead)');

    await check('the error is at the Amount field: "Only £500 is left to pay on this award of £2,000", with £600 kept', async () => {
      const links = await errorSummary(page);
      assert.deepEqual(links, [{ href: '#amount', text: `Only £500 is left to pay on this award of ${AWARD.shown}` }]);
      await errorAtField(page, links[0]);
      assert.equal(await page.getByLabel('Amount paid').inputValue(), '600', 'the amount typed is kept');
      assert.equal(await page.getByLabel('Payment reference (optional)').inputValue(), 'BACS 0043', 'the reference is kept');
      assert.equal((await summaryRows(page))['Paid so far'], `${PAYMENT.shown} of ${AWARD.shown}`, 'nothing more was paid');
    });

    await step('the pot after the payment', async () => {
      await page.goto(server.url(made.potPath));
      await heading(page, potName);
    });
    await accessible('pot, a payment made');

    await check('the pot agrees: £2,000 committed, £1,500 paid, £500 awarded but not yet paid', async () => {
      const f = await keyFigures(page);
      assert.equal(f.Committed, AWARD.shown, JSON.stringify(f));
      assert.equal(f.Paid, PAYMENT.shown, JSON.stringify(f));
      const rows = await tableRows(page, 'The same figures as a table');
      assert.deepEqual(rows.find((r) => r[0] === 'Awarded, not yet paid'), ['Awarded, not yet paid', '£500'], JSON.stringify(rows));
    });

    await step('the pot report after the payment', async () => {
      await clickAndWait(page, page.getByRole('link', { name: /^The pot report/ }), reportPath());
      await heading(page, `${potName}: report`);
    });
    await accessible('pot report, a payment made');

    await check(`the pot report: ${PAYMENT.shown} paid, ${AWARD.shown} committed, no offers waiting`, async () => {
      const f = await keyFigures(page);
      assert.equal(f.Committed, AWARD.shown, JSON.stringify(f));
      assert.equal(f.Paid, PAYMENT.shown, JSON.stringify(f));
      assert.equal(f['Released back'], '£0', JSON.stringify(f));
      assert.equal(f['Available to award'], '£598,000', JSON.stringify(f));
      figures.paid = f;
      const main = squash(await page.locator('main').innerText());
      assert.ok(main.includes('No offers are waiting for groups to accept.'), main);
      const offers = (await tableRows(page, 'Where the underspend could come from')).find((r) => r[0] === 'Offers not yet accepted');
      assert.equal(offers?.[1], '£0');
    });

    await check(`the group is emailed (payment_made): ${PAYMENT.shown}`, async () => {
      const email = await server.outbox.next('payment_made', { to: who.applicant.email });
      assert.ok(email.subject.includes(PAYMENT.shown), email.subject);
      assert.ok(email.text.includes(londonLongDate()), 'says when it was paid');
    });

    await step(`the group's bid page: "${PAYMENT.shown} of ${AWARD.shown}" and the payment`, async () => {
      actAs('applicant');
      const response = await page.goto(server.url(bidPath()));
      assert.equal(response.status(), 200);
      assert.equal(await h1Text(page), `${bid.title} Funded`);
      assert.equal((await summaryRows(page))['Paid so far'], `${PAYMENT.shown} of ${AWARD.shown}`);
      const rows = await tableRows(page, 'Payments');
      assert.deepEqual(rows, [[londonLongDate(), PAYMENT.shown, PAYMENT.reference]]);
    });
    await accessible('the grant with a payment (group)');

    // ---- 4. the end-of-grant report ----------------------------------------------------------

    await step('4. "Send your short report"', async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'Send your short report' }), `${bidPath()}/report`);
      await heading(page, 'Your short end-of-grant report');
    });
    await accessible('end-of-grant report');

    await step('"Send report" with nothing filled in: refused', async () => {
      const response = await submit(page, 'Send report');
      assert.equal(response.status(), 422);
      assert.equal(new URL(page.url()).pathname, `${bidPath()}/report`);
      assert.equal(await page.title(), `Error: Your short end-of-grant report – ${SERVICE}`);
      await heading(page, 'Your short end-of-grant report');
    });
    await accessible('end-of-grant report with errors');

    let reportLinks = [];
    await check('the error summary (with focus) links to the programme\'s two measures, the story and "spent as planned"', async () => {
      reportLinks = await errorSummary(page);
      const hrefs = reportLinks.map((l) => l.href);
      assert.equal(hrefs.length, 4, JSON.stringify(reportLinks));
      assert.ok(hrefs.slice(0, 2).every((href) => /^#measure-\d+$/.test(href)), JSON.stringify(reportLinks));
      assert.deepEqual(hrefs.slice(2), ['#story', '#spent_as_planned'], JSON.stringify(reportLinks));
    });
    for (const link of reportLinks) {
      await check(`the error for ${link.href} is at its field, which it describes`, () => errorAtField(page, link));
    }

    await step('send the report: 42 people, 12 sessions, a story, a recording, not spent as planned (with why)', async () => {
      await page.getByLabel('People reached', { exact: true }).fill(REPORT.people);
      await page.getByLabel('Activities or sessions held', { exact: true }).fill(REPORT.sessions);
      await page.getByLabel('How did it go?').fill(REPORT.story);
      await page.getByLabel('Or a recording (optional)').setInputFiles({ name: 'how-it-went.wav', mimeType: 'audio/wav', buffer: smallWav() });
      await page.getByRole('group', { name: 'Did you spend the money as planned?' }).getByLabel('No', { exact: true }).check();
      await page.getByLabel('Anything to explain? (optional)').fill(REPORT.explanation);
      const response = await submit(page, 'Send report');
      assert.equal(response.status(), 303, `sent; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(bidPath()));
      assert.match(await banner(page), /^Thank you\. Your report has been sent to the programme team\./);
    });
    await accessible('the grant with its report (group)');

    await check('the bid page shows the report, the recording to play, and "Change your report"', async () => {
      const rows = await summaryRows(page);
      assert.equal(rows['People reached'], REPORT.people, JSON.stringify(rows));
      assert.equal(rows['Activities or sessions held'], REPORT.sessions);
      assert.ok(rows['The story']?.includes(REPORT.story), rows['The story']);
      assert.ok(rows['Spent as planned']?.startsWith('No'), rows['Spent as planned']);
      assert.ok(rows['Spent as planned']?.includes(REPORT.explanation), 'the explanation is shown');
      const audio = page.locator('main audio.recording');
      assert.equal(await audio.count(), 1, 'the recording plays as audio');
      const src = await audio.getAttribute('src');
      assert.equal(src, `${bidPath()}/report/recording`);
      const served = await page.request.get(server.url(src));
      assert.equal(served.status(), 200);
      assert.match(served.headers()['content-type'], /^audio\//);
      assert.equal((await served.body()).length, smallWav().length, 'the whole recording, as sent');
      assert.equal(await page.getByRole('link', { name: 'Change your report', exact: true }).count(), 1);
    });

    let reportLink;
    await check('the lead is emailed (report_received), with a link to the bid', async () => {
      const { email, link } = await server.outbox.nextLink('report_received', managePath(), { to: who.lead.email });
      reportLink = link;
      assert.ok(email.subject.includes(made.reference), email.subject);
    });

    // ---- 5. the lead completes the grant -----------------------------------------------------

    await step('5. the lead opens the bid from the email: the report is shown', async () => {
      actAs('lead');
      const response = await page.goto(reportLink || server.url(managePath()));
      assert.equal(response.status(), 200);
      assert.equal(await h1Text(page), `${bid.title} Funded`);
      await page.getByRole('heading', { name: 'End-of-grant report', level: 2 }).waitFor();
      const rows = await summaryRows(page);
      assert.equal(rows['People reached'], REPORT.people, JSON.stringify(rows));
      assert.equal(rows['Activities or sessions held'], REPORT.sessions);
      assert.ok(rows['Spent as planned']?.startsWith('No'), rows['Spent as planned']);
      assert.ok(rows['Spent as planned']?.includes(REPORT.explanation), rows['Spent as planned']);
      const audio = page.locator('main audio.recording');
      assert.equal(await audio.getAttribute('src'), `${managePath()}/report/recording`);
      const served = await page.request.get(server.url(`${managePath()}/report/recording`));
      assert.equal(served.status(), 200, 'the lead can play the recording');
    });
    await accessible('bid with its report (lead)');

    await check('"Complete the grant" says the £500 not paid goes back to the pot as underspend', async () => {
      const text = squash(
        await page.getByRole('heading', { name: 'Complete the grant', level: 2 }).locator('xpath=following-sibling::p[1]').innerText(),
      );
      assert.match(text, /£500 not paid back to the pot as underspend/, text);
    });

    await step('"Complete the grant": "Completed", £500 back as underspend', async () => {
      const response = await submit(page, 'Complete the grant');
      assert.equal(response.status(), 303, `completed; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(managePath()));
      assert.match(await banner(page), /^The grant is complete; £500 went back to the pot as underspend\./);
      assert.equal(await h1Text(page), `${bid.title} Completed`);
      assert.equal(await page.getByRole('button', { name: 'Record payment' }).count(), 0, 'no more payments');
    });
    await accessible('bid completed (lead)');

    await step('the pot after completion', async () => {
      await page.goto(server.url(made.potPath));
      await heading(page, potName);
    });
    await accessible('pot, the grant completed');

    await check('the pot agrees: £1,500 committed and paid, nothing awarded but not yet paid', async () => {
      const f = await keyFigures(page);
      assert.equal(f.Committed, PAYMENT.shown, JSON.stringify(f));
      assert.equal(f.Paid, PAYMENT.shown, JSON.stringify(f));
      const rows = await tableRows(page, 'The same figures as a table');
      assert.deepEqual(rows.find((r) => r[0] === 'Awarded, not yet paid'), ['Awarded, not yet paid', '£0'], JSON.stringify(rows));
    });

    await step('the pot report after completion', async () => {
      await clickAndWait(page, page.getByRole('link', { name: /^The pot report/ }), reportPath());
      await heading(page, `${potName}: report`);
    });
    await accessible('pot report, the grant completed');

    await check('the pot report: £1,500 committed and paid, £500 released back, £500 more to award than before', async () => {
      const f = await keyFigures(page);
      assert.equal(f.Committed, PAYMENT.shown, JSON.stringify(f));
      assert.equal(f.Paid, PAYMENT.shown, JSON.stringify(f));
      assert.equal(f['Released back'], '£500', JSON.stringify(f));
      assert.equal(f['Available to award'], '£598,500', JSON.stringify(f));
      if (figures.paid) {
        assert.equal(pounds(f['Available to award']) - pounds(figures.paid['Available to award']), 500, 'up by £500 since the payment');
      }
      const main = squash(await page.locator('main').innerText());
      assert.ok(main.includes('No offers are waiting for groups to accept.'), main);
    });

    await check('the pot report: the round\'s row shows £1,500 committed and paid and £500 released', async () => {
      const rows = await tableRows(page, "Each round's money");
      const line = rows.find((r) => r[0] === round.name);
      assert.ok(line, JSON.stringify(rows));
      // Round, budget, committed, paid, released, left to award, waiting on acceptance, status.
      assert.deepEqual(line.slice(1, 7), ['£10,000', PAYMENT.shown, PAYMENT.shown, '£500', '£8,500', '£0'], JSON.stringify(line));
    });

    await check('the group is emailed (grant_completed)', async () => {
      const email = await server.outbox.next('grant_completed', { to: who.applicant.email });
      assert.ok(email.subject.includes(bid.title), email.subject);
    });

    await step('the group\'s bid page says "Completed", with the report and no way to change it', async () => {
      actAs('applicant');
      const response = await page.goto(server.url(bidPath()));
      assert.equal(response.status(), 200);
      assert.equal(await h1Text(page), `${bid.title} Completed`);
      assert.equal((await summaryRows(page))['People reached'], REPORT.people);
      assert.equal(await page.getByRole('link', { name: 'Change your report' }).count(), 0);
      const steps = await listAfterHeading(page, 'History').catch(() => []);
      t.diagnostic(`the group's history: ${JSON.stringify(steps)}`);
    });
    await accessible('the grant completed (group)');

    // ---- 6. the awards spreadsheet -----------------------------------------------------------

    await step('6. the lead downloads "Awards from this pot" from the pot report: the award\'s row', async () => {
      actAs('lead');
      if (new URL(page.url()).pathname !== reportPath()) await page.goto(server.url(reportPath()));
      const link = page.getByRole('link', { name: 'Awards from this pot', exact: true });
      assert.equal(await link.getAttribute('href'), `${made.potPath}/awards.csv`);
      assert.notEqual(await link.getAttribute('download'), null, 'the link downloads');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      assert.match(download.suggestedFilename(), /awards\.csv$/);
      const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const [header, ...rows] = parseCsv(text.trim());
      const col = (name) => {
        const index = header.indexOf(name);
        assert.ok(index >= 0, `the header has "${name}": ${JSON.stringify(header)}`);
        return index;
      };
      const row = rows.find((r) => r[col('Reference')] === made.reference);
      assert.ok(row, `a row for ${made.reference}: ${JSON.stringify(rows)}`);
      assert.equal(rows.length, 1, 'one award from this pot');
      assert.equal(row[col('Group')], group.name);
      assert.equal(row[col('Requested (£)')], '2500');
      assert.equal(row[col('Awarded (£)')], '2000');
      assert.equal(row[col('Paid (£)')], '1500');
      assert.equal(row[col('Released (£)')], '500');
      assert.equal(row[col('State')], 'Completed');
      assert.equal(row[col('Accepted by')], who.applicant.name);
      assert.equal(row[col('Named publicly')], 'yes');
      assert.equal(row[col('Report received')], 'yes');
    });

    // ---- 7. the public list and the open data ------------------------------------------------

    await step('7. the lead signs out', async () => {
      const response = await submit(page, 'Sign out', page.locator('header'));
      assert.equal(response.status(), 303);
      assert.equal(await signedInAs(page), null);
    });
    await accessible('signed out');

    await step('"Awards made" in the footer: the group is named, with £2,000', async () => {
      await clickAndWait(page, page.locator('footer').getByRole('link', { name: 'Awards made' }), '/awards');
      await heading(page, 'Awards made');
      const rows = await tableRows(page, 'Awards to groups that agreed to be named, newest first');
      const row = rows.find((r) => r[0] === group.name);
      assert.ok(row, `the group is listed: ${JSON.stringify(rows)}`);
      assert.equal(row[1], AWARD.shown);
      assert.ok(row[2].startsWith(bid.title), row[2]);
    });
    await accessible('awards made (public)');

    await check('the 360Giving JSON has the grant, its id ending with the bid\'s reference', async () => {
      const link = page.getByRole('link', { name: '360Giving JSON file' });
      assert.equal(await link.getAttribute('href'), '/open-data/360giving.json');
      const response = await page.request.get(server.url('/open-data/360giving.json'));
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'], /^application\/json/);
      const data = await response.json();
      assert.ok(Array.isArray(data.grants), 'a 360Giving package with grants');
      const grant = data.grants.find((g) => typeof g.id === 'string' && g.id.endsWith(`-${made.reference}`));
      assert.ok(grant, `a grant with an id ending ${made.reference}: ${JSON.stringify(data.grants.map((g) => g.id))}`);
      assert.equal(grant.id, `${programme.identifierPrefix}-${made.reference}`);
      assert.equal(grant.amountAwarded, 2000);
      assert.equal(grant.amountAppliedFor, 2500);
      assert.equal(grant.recipientOrganization?.[0]?.name, group.name);
    });

    await step('no script errors, console errors or failed requests on any page', async () => {
      const all = Object.values(contexts).flatMap((c) => c.problems);
      assert.deepEqual(all, []);
    });
  });
}
