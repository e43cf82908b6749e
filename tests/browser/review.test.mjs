// A round run end to end, on a desktop: screening, panels, a conflict of interest, scoring,
// the ranking and decisions, by everyone who takes part, each in a browser of their own.
//
// Setup, on an empty portal (no --demo): a site admin made with `smallgrants create-admin` signs
// in, sets up two-step sign-in (an authenticator app, lib/totp.mjs), creates a programme and
// appoints a lead, who sets up two-step sign-in before using the lead's pages; three people who registered are given the panel
// member role (one with lived experience) on /manage/users/{id}; the lead adds this year's pot
// and an open round (budget £10,000, awards of £500 to £5,000); three groups register, confirm
// their address and send bids by video link (£2,500, £2,500 and £4,000).
//
// The journey:
//   1. the lead screens the bids, returns one with a question (after sending the question
//      empty); the group is emailed, changes its answers and sends the bid again;
//   2. the lead assigns panels automatically (every bid gets the lived-experience member) and
//      passes the bids to the panel;
//   3. the lived-experience member scores every bid (after sending the form empty);
//   4. another member declares a conflict on one of theirs (after sending it without a note);
//      the lead is emailed, assigns panels again and the third member gets it; the others score,
//      two of them 2 apart on one criterion, so that bid is tagged "Discuss";
//   5. the lead reads the ranking (weighted means, "Discuss", running totals, the funding line,
//      the CSV), awards the top bid less than it asked for, cuts the round's budget so the money
//      runs out before the last bid (the funding line must show where), and declines that bid
//      (after empty feedback); the groups are emailed;
//   6. the awarded group sees "Offered", the declined group "Not funded" with the feedback.
//
// Every page visited is checked with axe (WCAG 2.2 AA), pages showing errors included, and every
// page must run without console errors or failed requests, except requests to the video hosts
// whose players the bid pages embed: the test browser has no network, so the YouTube
// (youtube-nocookie.com) or Vimeo player cannot load.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';

import {
  SET_UP_PATH,
  binaryPath,
  finishRegistration,
  journey,
  launchBrowser,
  newContext,
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
const VIDEO = 'https://youtu.be/dQw4w9WgXcQ';

// The players the bid pages embed for a video link. They cannot load here (no network), so
// their failed requests are not the portal's problems.
const VIDEO_EMBED_HOSTS = ['www.youtube-nocookie.com', 'youtube-nocookie.com', 'player.vimeo.com', 'vimeo.com', 'i.vimeocdn.com', 'f.vimeocdn.com'];

// ---- the people ------------------------------------------------------------------------------

const PASSWORD = 'copper kettle morning tide';
const admin = { name: 'Ada Admin', email: 'admin@example.org', password: 'harbour lights evening song' };
const lead = { name: 'Lena Lead', email: 'lead@example.org', password: 'walnut orchard under snow' };
// Registered in this order, so their ids rise in this order (assignment breaks ties by id).
const panel = {
  lived: { name: 'Priya Patel', email: 'priya.panel@example.org', password: PASSWORD, lived: true },
  amir: { name: 'Amir Khan', email: 'amir.panel@example.org', password: PASSWORD, lived: false },
  beth: { name: 'Beth Jones', email: 'beth.panel@example.org', password: PASSWORD, lived: false },
};

const programme = {
  name: 'Eastside Community Mental Health Small Grants',
  funderName: 'Eastside Integrated Care Board',
  identifierPrefix: '360G-eastside',
};

const round = {
  name: 'Spring community small grants',
  slug: 'spring-community-grants',
  summary: 'Up to £5,000 for community groups supporting mental health',
  budget: '10000',
  minAward: '500',
  maxAward: '5000',
  panelSize: '2',
  eligibility: 'Community, faith and peer-support groups based in Eastside.',
  uses: 'For example: a part-time peer support worker, equipment, room hire.',
};

// Three groups and their bids; `key` names them in the scores below.
const applicants = {
  walk: {
    person: { name: 'Grace Mensah', email: 'grace@example.org', password: 'lantern meadow quiet harbour' },
    group: { name: "St Anne's Tuesday Circle", kind: 'Faith group', area: 'Sparkbrook' },
    bid: {
      title: 'Walk and talk',
      summary: 'Weekly walks and a warm drink for people feeling low through the spring.',
      amount: '2500',
      amountShown: '£2,500',
      purpose: 'Room hire £40 a week for 30 weeks; tea and biscuits.',
    },
  },
  shed: {
    person: { name: 'Tomasz Nowak', email: 'tomasz@example.org', password: 'pine needle river stone' },
    group: { name: "Eastside Men's Shed", kind: 'Community group (not registered)', area: 'Eastside' },
    bid: {
      title: 'Shed sessions',
      summary: 'Two afternoons a week in the shed for men who are isolated.',
      amount: '2500',
      amountShown: '£2,500',
      purpose: 'Tools, timber and a volunteer coordinator for four hours a week.',
    },
  },
  sisters: {
    person: { name: 'Fatima Begum', email: 'fatima@example.org', password: 'saffron lantern evening bell' },
    group: { name: 'Sisters in Mind', kind: 'Registered charity', area: 'Whitechapel' },
    bid: {
      title: "Sisters' circle",
      summary: 'A peer-support circle in Bengali and Sylheti for women after a hospital stay.',
      amount: '4000',
      amountShown: '£4,000',
      purpose: 'A sessional peer support worker, interpreting and room hire for a year.',
    },
  },
};

// The scores each bid gets from the lived-experience member and from the other member on its
// panel (whoever that turns out to be), on Need and Reach. Weighted means (both weight 1):
// walk 4.75, sisters 3.75, shed 3.00; the shed's reviewers differ by 2 on Need ("Discuss").
const SCORES = {
  walk: { lived: { need: 5, reach: 5, recommend: 'Fund' }, other: { need: 5, reach: 4, recommend: 'Fund' } },
  shed: { lived: { need: 4, reach: 3, recommend: 'Fund' }, other: { need: 2, reach: 3, recommend: 'Discuss' } },
  sisters: { lived: { need: 3, reach: 4, recommend: 'Fund' }, other: { need: 4, reach: 4, recommend: 'Fund' } },
};
const RANKED = ['walk', 'sisters', 'shed'];
const WEIGHTED = { walk: '4.75', sisters: '3.75', shed: '3.00' };

const RETURN_QUESTION = 'We need to know who will lead the walks, and whether they have done this before.';
const RETURN_ANSWER = ' Two trained volunteer walk leaders, who have led the group for three years, run every walk.';
const AWARD = { amount: '2000', shown: '£2,000' };
const DECLINE_FEEDBACK =
  'The panel liked the shed and the men it reaches. They were less sure how many men would come: ' +
  'a short note of who came to the last few sessions would make a future bid stronger.';

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
  const describer = (await field.getAttribute('type')) === 'radio' ? field.locator('xpath=ancestor::fieldset[1]') : field;
  const describedBy = ((await describer.getAttribute('aria-describedby')) || '').split(/\s+/).filter(Boolean);
  assert.ok(
    describedBy.includes(errorId),
    `${href === '#' ? href : `${href}${(await field.getAttribute('type')) === 'radio' ? "'s fieldset" : ''}`} is described by #${errorId} ` +
      `(aria-describedby="${describedBy.join(' ')}"), so a screen reader says what is wrong when it gets there`,
  );
}

/** The rows of the page's summary lists as an object: label → text of the value. */
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

/** The task list's items as `{ title, href, status }`. */
async function tasks(page) {
  return page.locator('ol.task-list > li').evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector('a');
      const label = li.querySelector('span');
      return {
        title: (link ? link.textContent : label.firstChild.textContent).trim(),
        href: link ? link.getAttribute('href') : null,
        status: li.querySelector('.tag')?.textContent.trim() ?? null,
      };
    }),
  );
}

/** The list after the `h2` called `name` (e.g. the lead's "Panel" list) as its items' texts. */
async function listAfterHeading(page, name) {
  const items = page.getByRole('heading', { name, level: 2, exact: true }).locator('xpath=following-sibling::*[self::ul or self::ol][1]/li');
  return (await items.allInnerTexts()).map(squash);
}

/** The bid's history, oldest first, one text per step. */
async function history(page) {
  return listAfterHeading(page, 'History').catch(() => []);
}

/** Whether a problem the context recorded is a request to a video host whose player a bid page
 * embeds (it cannot load: the test browser has no network). Console errors and uncaught
 * exceptions always count, whatever they mention. */
function isVideoEmbedRequest(problem) {
  if (problem.startsWith('console error') || problem.startsWith('uncaught exception')) return false;
  const first = /https?:\/\/[^\s]+/.exec(problem);
  if (!first) return false;
  try {
    return VIDEO_EMBED_HOSTS.includes(new URL(first[0].replace(/:$/, '')).hostname);
  } catch {
    return false;
  }
}

// ---- the journey -----------------------------------------------------------------------------

test('a round run end to end: screening, panels, a conflict, scoring, ranking and decisions on a desktop', { timeout: 900_000 }, async (t) => {
  // One browser context (its own cookies) for each person.
  const contexts = {};
  const pages = {};
  for (const who of ['admin', 'lead', 'lived', 'amir', 'beth', 'walk', 'shed', 'sisters']) {
    contexts[who] = await newContext(browser, 'desktop');
    pages[who] = await contexts[who].newPage();
  }
  t.after(() => Promise.all(Object.values(contexts).map((c) => c.close())));

  let page = pages.admin;
  /** Carries on as `who`, in their own browser. */
  const actAs = (who) => {
    page = pages[who];
    return page;
  };
  const { step, check, accessible, screenshot } = journey(t, { page: () => page, name: 'review-desktop' });

  const fyLabel = financialYearLabel();
  const potName = `VCSE ring-fence ${fyLabel}`;
  const made = {
    programmePath: null,
    roundPath: null,
    personPaths: {},
    bids: {}, // key → { id, reference }
    panelOf: {}, // key → names of the members on the bid's panel, without a conflict
    conflict: null, // { who, member, key, replacement, replacementWho }
  };

  // ---- setup: the admin, the lead and the panel ----------------------------------------------

  await step('create the site admin with `smallgrants create-admin`, the password on standard input', async () => {
    const result = await runCli(['create-admin', '--email', admin.email, '--name', admin.name], `${admin.password}\n`);
    assert.equal(result.code, 0, `create-admin exits 0; it printed:\n${result.stdout}${result.stderr}`);
    assert.match(result.stdout, new RegExp(`Created site admin ${admin.name} <${admin.email}>`));
  });

  /** `who` registers through /register and confirms the address from the emailed link. */
  async function registerAndConfirm(who, person) {
    await step(`${person.name} opens /register`, async () => {
      actAs(who);
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
      await heading(page, 'Your groups and bids');
      assert.equal(await signedInAs(page), person.name);
    });
    await accessible(`dashboard of a new account (${person.name})`);

  }

  await registerAndConfirm('lead', lead);
  for (const [who, member] of Object.entries(panel)) await registerAndConfirm(who, member);

  await step('the admin signs in', async () => {
    actAs('admin');
    const response = await page.goto(server.url('/login'));
    assert.equal(response.status(), 200);
    await heading(page, 'Sign in');
  });
  await accessible('sign in');

  await step('the admin reaches the dashboard, after setting up two-step sign-in', async () => {
    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    const response = await submit(page, 'Sign in');
    assert.equal(response.status(), 303);
    assert.equal(page.url(), server.url(SET_UP_PATH), 'a site admin without an authenticator app sets one up first');
    await setUpTwoFactor({ page, server, heading, submit });
    assert.equal(page.url(), server.url('/dashboard'));
    assert.equal(await signedInAs(page), admin.name);
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

  await step(`appoint ${lead.name} as the programme's lead`, async () => {
    await page.getByLabel('Appoint a lead by email address').fill(lead.email);
    const response = await submit(page, 'Appoint lead');
    assert.equal(response.status(), 303);
    assert.equal(new URL(page.url()).pathname, made.programmePath);
    assert.match(await banner(page), new RegExp(`${escapeRegExp(lead.email)} is now a lead of this programme`));
  });
  await accessible('programme with its lead');

  for (const [who, member] of Object.entries(panel)) {
    await step(`People → find ${member.name}`, async () => {
      actAs('admin');
      await clickAndWait(page, page.locator('header').getByRole('link', { name: 'People' }), '/manage/users');
      await heading(page, 'People');
      await page.getByLabel('Find people by name or email').fill(member.name);
      await clickAndWait(page, page.getByRole('button', { name: 'Search', exact: true }), /^\/manage\/users\?/);
      await heading(page, 'People');
    });
    await accessible(`people, searched for ${member.name}`);

    await step(`open ${member.name}'s page`, async () => {
      await clickAndWait(page, page.getByRole('link', { name: member.name, exact: true }), /^\/manage\/users\/\d+$/);
      made.personPaths[who] = new URL(page.url()).pathname;
      await heading(page, member.name);
      assert.ok(await page.getByText('No roles. They can apply for their groups.').isVisible());
    });
    await accessible(`person (${member.name}, no roles)`);

    await step(`"Give a role": panel member in the programme${member.lived ? ', with lived experience' : ''}`, async () => {
      await page.getByLabel('Programme', { exact: true }).selectOption({ label: programme.name });
      await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Panel member' });
      if (member.lived) await page.getByLabel('Lived-experience panel member').check();
      const response = await submit(page, 'Give role');
      assert.equal(response.status(), 303, `given; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(new URL(page.url()).pathname, made.personPaths[who]);
      assert.match(await banner(page), /Role given: Panel member\./);
      const roles = page.getByRole('table', { name: 'Roles' });
      const cells = (await roles.locator('tbody tr').first().getByRole('cell').allInnerTexts()).map(squash);
      assert.equal(cells[0], programme.name);
      assert.equal(cells[1], member.lived ? 'Panel member (lived experience)' : 'Panel member');
    });
    await accessible(`person (${member.name}, panel member)`);
  }

  // ---- setup: the lead's pot and round -------------------------------------------------------

  await step('the lead opens the dashboard: a lead now, asked to set up two-step sign-in before "Programmes"', async () => {
    actAs('lead');
    const response = await page.goto(server.url('/dashboard'));
    assert.equal(response.status(), 200);
    await heading(page, 'Your groups and bids');
    assert.equal(await page.locator('header').getByRole('link', { name: 'Programmes' }).count(), 0, 'not until it is set up');
    const prompt = page.locator('main .inset-text', { hasText: 'Set up two-step sign-in to use your programme lead or site admin tools.' });
    await clickAndWait(page, prompt.getByRole('link', { name: 'Set up two-step sign-in' }), SET_UP_PATH);
    await setUpTwoFactor({ page, server, heading, submit });
  });

  await step('back on the dashboard: "Programmes" is in the header now, and the programme\'s work is the front door', async () => {
    await heading(page, 'What is waiting for you');
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
    assert.match(new URL(page.url()).pathname, /^\/manage\/pots\/\d+$/);
    await heading(page, potName);
    assert.match(await banner(page), new RegExp(`${escapeRegExp(potName)} added`));
  });
  await accessible('pot');

  await step('back to the programme: the pot is listed', async () => {
    await page.goto(server.url(made.programmePath));
    await heading(page, programme.name);
    assert.equal(await page.getByRole('table', { name: 'Pots by financial year' }).getByRole('link', { name: potName }).count(), 1);
  });
  await accessible('programme with a pot');

  await step('follow "Set up a round"', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'Set up a round' }), `${made.programmePath}/rounds/new`);
    await heading(page, 'Set up a round');
  });
  await accessible('set up a round');

  await step('set up the round: £10,000, awards £500 to £5,000, open since yesterday, closing in 4 weeks', async () => {
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
    const rows = await summaryRows(page);
    assert.equal(rows.Budget, '£10,000 (£0 committed)');
    assert.equal(rows.Awards, '£500 to £5,000');
    assert.equal(rows['Panel members per bid'], '2');
    assert.ok(await page.getByText('No bids have been sent yet.').isVisible());
  });
  await accessible('round (new, no bids)');

  // ---- setup: three groups send bids ---------------------------------------------------------

  for (const [key, { person, group, bid }] of Object.entries(applicants)) {
    await registerAndConfirm(key, person);

    await step(`${person.name}: the home page lists the round; follow it`, async () => {
      actAs(key);
      const response = await page.goto(server.url('/'));
      assert.equal(response.status(), 200);
      await heading(page, 'Funding for community groups');
    });
    await accessible(`home, signed in (${person.name})`);

    await step(`${person.name}: the round's page`, async () => {
      await clickAndWait(page, page.getByRole('link', { name: round.name, exact: true }), `/rounds/${round.slug}`);
      assert.equal(await h1Text(page), `${round.name} Open`);
    });
    await accessible(`round page (${person.name})`);

    await step(`${person.name}: "Start a bid" asks about the group first`, async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'Start a bid', exact: true }).first(), `/rounds/${round.slug}/bids/new`);
      await heading(page, 'Start a bid');
    });
    await accessible(`start a bid, no group yet (${person.name})`);

    await step(`${person.name}: "Tell us about your group"`, async () => {
      await clickAndWait(page, page.getByRole('link', { name: 'Tell us about your group' }), /^\/groups\/new\?next=/);
      await heading(page, 'Tell us about your group');
    });
    await accessible(`tell us about your group (${person.name})`);

    await step(`${person.name}: save ${group.name}: straight into a new bid, at "About the money"`, async () => {
      await page.getByLabel('Group name').fill(group.name);
      await page.getByRole('group', { name: 'What kind of group are you?' }).getByLabel(group.kind, { exact: true }).check();
      await page.getByLabel('Where you work').fill(group.area);
      const response = await submit(page, 'Save group');
      assert.equal(response.status(), 303, `the group is saved; the page says:\n${await page.locator('main').innerText()}`);
      const path = new URL(page.url()).pathname;
      assert.match(path, /^\/bids\/\d+\/money$/, 'a group made on the way to a bid goes straight into it');
      made.bids[key] = { id: Number(path.split('/')[2]), reference: null };
      await heading(page, 'About the money');
    });
    await accessible(`about the money (${person.name})`);

    await step(`${person.name}: save the money; on to "Need, reach and impact"`, async () => {
      const base = `/bids/${made.bids[key].id}`;
      await page.getByLabel('A short name for your project').fill(bid.title);
      await page.getByLabel('Your project in one sentence').fill(bid.summary);
      await page.getByLabel('How much are you asking for?').fill(bid.amount);
      await page.getByLabel('What will the money pay for?').fill(bid.purpose);
      const response = await submit(page, 'Save and continue');
      assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(`${base}/case`));
      await heading(page, 'Need, reach and impact');
    });
    await accessible(`need, reach and impact (${person.name})`);

    await step(`${person.name}: give the video link and "Save and come back later"`, async () => {
      const base = `/bids/${made.bids[key].id}`;
      await page.getByLabel('Link to a video (optional)').fill(VIDEO);
      const response = await submit(page, 'Save and come back later');
      assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(base));
      assert.equal(await h1Text(page), `${bid.title} Draft`);
      const all = await tasks(page);
      assert.equal(all.find((x) => x.title === 'Check your answers and send')?.status, 'Ready');
    });
    await accessible(`task list, ready to send (${person.name})`);

    await step(`${person.name}: "Check your answers and send"`, async () => {
      const base = `/bids/${made.bids[key].id}`;
      await clickAndWait(page, page.getByRole('link', { name: 'Check your answers and send' }), `${base}/check`);
      await heading(page, 'Check your answers before sending your bid');
      const rows = await summaryRows(page);
      assert.equal(rows.Amount, bid.amountShown);
    });
    await accessible(`check your answers (${person.name})`);

    await step(`${person.name}: "Confirm and send": "Bid sent", with a reference`, async () => {
      const base = `/bids/${made.bids[key].id}`;
      const response = await submit(page, 'Confirm and send');
      assert.equal(response.status(), 303, `sent; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(`${base}/sent`));
      const text = squash(await page.locator('.panel').innerText());
      const found = REFERENCE.exec(text);
      assert.ok(found, `the panel shows a reference: "${text}"`);
      made.bids[key].reference = found[0];
      await server.outbox.next('bid_received', { to: person.email });
    });
    await accessible(`bid sent (${person.name})`);
  }

  // ---- 1. screening: a question for one group ------------------------------------------------

  await step('1. the lead: "Programmes" in the header', async () => {
    actAs('lead');
    await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Programmes' }), '/manage/programmes');
    await heading(page, 'Programmes');
  });
  await accessible('programmes (lead, with bids in)');

  await step('the programme lists the round', async () => {
    await clickAndWait(page, page.getByRole('link', { name: programme.name }), made.programmePath);
    await heading(page, programme.name);
  });
  await accessible('programme with an open round');

  await step('the round: "Sent, waiting to be screened (3)"', async () => {
    await clickAndWait(
      page,
      page.getByRole('table', { name: 'Rounds' }).getByRole('link', { name: round.name, exact: true }),
      made.roundPath,
    );
    assert.equal(await h1Text(page), `${round.name} Open`);
    await page.getByRole('heading', { name: 'Sent, waiting to be screened (3)', level: 3 }).waitFor();
    for (const [key, { bid }] of Object.entries(applicants)) {
      const link = page.locator(`main a[href="/manage/bids/${made.bids[key].id}"]`);
      assert.equal(await link.count(), 1, `the round lists ${bid.title}`);
      assert.equal(squash(await link.innerText()), `${made.bids[key].reference} ${bid.title}`);
    }
  });
  await accessible('round with three bids to screen');

  const walkPath = () => `/manage/bids/${made.bids.walk.id}`;

  await step(`open ${applicants.walk.bid.title}`, async () => {
    await clickAndWait(page, page.locator(`main a[href="${walkPath()}"]`), walkPath());
    assert.equal(await h1Text(page), `${applicants.walk.bid.title} Sent`);
    const rows = await summaryRows(page);
    assert.equal(rows.Group, `${applicants.walk.group.name} (Faith group)`);
    assert.equal(rows['Asks for'], '£2,500');
    assert.equal(rows['Round money left'], '£10,000');
  });
  await accessible('bid to screen');

  await step('"Return to the group with a question", sent empty: refused at the question', async () => {
    const details = page.locator('details', { has: page.locator('summary', { hasText: 'Return to the group with a question' }) });
    await details.locator('summary').click();
    await page.waitForFunction((el) => el.open, await details.elementHandle());
    const response = await submit(page, 'Return the bid', details);
    assert.equal(response.status(), 422);
    assert.equal(new URL(page.url()).pathname, `${walkPath()}/return`);
    assert.equal(await page.title(), `Error: ${applicants.walk.bid.title} – ${SERVICE}`);
    assert.equal(await h1Text(page), `${applicants.walk.bid.title} Sent`, 'nothing changed');
  });
  await accessible('bid to screen, with an empty question');

  await check('the error summary links to the question, shown open with the message beside it', async () => {
    const links = await errorSummary(page);
    assert.equal(links.length, 1, JSON.stringify(links));
    assert.equal(links[0].href, '#note');
    assert.match(links[0].text, /Write the question for the group/);
    await errorAtField(page, links[0]);
  });

  await step('return the bid with a question: the bid is returned, the question in its history', async () => {
    const details = page.locator('details', { has: page.locator('summary', { hasText: 'Return to the group with a question' }) });
    if (!(await details.evaluate((el) => el.open))) await details.locator('summary').click();
    await details.getByLabel('Your question').fill(RETURN_QUESTION);
    const response = await submit(page, 'Return the bid', details);
    assert.equal(response.status(), 303, `returned; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(new URL(page.url()).pathname, walkPath());
    assert.match(await banner(page), /returned to the group with your question/);
    assert.match(await h1Text(page), new RegExp(`^${escapeRegExp(applicants.walk.bid.title)} Returned`));
    const steps = await history(page);
    assert.ok(steps.some((s) => s.includes(RETURN_QUESTION)), `the history has the question: ${JSON.stringify(steps)}`);
  });
  await accessible('returned bid (lead)');

  await check('wording: the lead\'s page does not call the bid "Returned to you" (it went to the group)', async () => {
    const title = await h1Text(page);
    assert.doesNotMatch(
      title,
      /Returned to you$/,
      `the lead's h1 says "${title}": the status tag is the group's wording ("to you"), while the lead's round page ` +
        'calls the same bids "Returned to the group"',
    );
  });

  let returnedLink;
  await check('the group gets the question by email (bid_returned), with a link to the bid', async () => {
    const { email, link } = await server.outbox.nextLink('bid_returned', `/bids/${made.bids.walk.id}`, {
      to: applicants.walk.person.email,
    });
    returnedLink = link;
    assert.ok(email.subject.includes(made.bids.walk.reference), `the subject names the reference: "${email.subject}"`);
    assert.ok(email.text.includes(RETURN_QUESTION), 'the email has the question');
  });

  await step('the group opens the bid: the task list shows the question', async () => {
    actAs('walk');
    const response = await page.goto(returnedLink || server.url(`/bids/${made.bids.walk.id}`));
    assert.equal(response.status(), 200);
    assert.equal(new URL(page.url()).pathname, `/bids/${made.bids.walk.id}`);
    assert.match(await h1Text(page), new RegExp(`^${escapeRegExp(applicants.walk.bid.title)} Returned to you$`));
    const inset = page.locator('.inset-text', { hasText: 'The programme team has a question' });
    assert.equal(await inset.count(), 1, 'a box with the question');
    assert.ok(squash(await inset.innerText()).includes(RETURN_QUESTION), 'the question is shown');
    assert.ok((await tasks(page)).length >= 4, 'the task list is there to change the answers');
  });
  await accessible('returned bid, task list (group)');

  await step('the group changes "About the money" to answer the question', async () => {
    const base = `/bids/${made.bids.walk.id}`;
    await clickAndWait(page, page.getByRole('link', { name: 'About the money', exact: true }), `${base}/money`);
    await heading(page, 'About the money');
  });
  await accessible('about the money, returned bid');

  await step('save the new answer and come back to the task list', async () => {
    const base = `/bids/${made.bids.walk.id}`;
    await page.getByLabel('What will the money pay for?').fill(applicants.walk.bid.purpose + RETURN_ANSWER);
    const response = await submit(page, 'Save and come back later');
    assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(base));
    const all = await tasks(page);
    assert.equal(all.find((x) => x.title === 'Check your answers and send')?.status, 'Ready');
  });
  await accessible('returned bid, task list after the change');

  await step('"Check your answers and send" shows the new answer', async () => {
    const base = `/bids/${made.bids.walk.id}`;
    await clickAndWait(page, page.getByRole('link', { name: 'Check your answers and send' }), `${base}/check`);
    await heading(page, 'Check your answers before sending your bid');
    const rows = await summaryRows(page);
    assert.equal(rows['What it pays for'], squash(applicants.walk.bid.purpose + RETURN_ANSWER));
  });
  await accessible('check your answers, returned bid');

  await step('"Confirm and send" again: "Bid sent", the same reference', async () => {
    const base = `/bids/${made.bids.walk.id}`;
    const response = await submit(page, 'Confirm and send');
    assert.equal(response.status(), 303, `sent; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(`${base}/sent`));
    assert.equal((await page.locator('.panel strong').innerText()).trim(), made.bids.walk.reference);
  });
  await accessible('bid sent again');

  await check('the bid says it was sent again with changes', async () => {
    await page.goto(server.url(`/bids/${made.bids.walk.id}`));
    assert.equal(await h1Text(page), `${applicants.walk.bid.title} Sent`);
    const steps = await history(page);
    assert.ok(steps.some((s) => s.includes('sent the bid again with changes')), JSON.stringify(steps));
  });
  await accessible('bid sent again, its page (group)');

  // ---- 2. panels -----------------------------------------------------------------------------

  await step('2. the lead: the round has the bid back to screen: "Sent, waiting to be screened (3)"', async () => {
    actAs('lead');
    await page.goto(server.url(made.roundPath));
    await page.getByRole('heading', { name: 'Sent, waiting to be screened (3)', level: 3 }).waitFor();
  });
  await accessible('round, the returned bid sent again');

  await step('"Assign panels automatically"', async () => {
    const response = await submit(page, 'Assign panels automatically');
    assert.equal(response.status(), 303);
    assert.equal(new URL(page.url()).pathname, made.roundPath);
    assert.match(await banner(page), /^6 assignment/, 'three bids, two members each');
  });
  await accessible('round, panels assigned');

  await step('"Pass every fully assigned bid to the panel": "With the panel (3)"', async () => {
    const response = await submit(page, 'Pass every fully assigned bid to the panel');
    assert.equal(response.status(), 303);
    assert.match(await banner(page), /^3 bid/);
    await page.getByRole('heading', { name: 'With the panel (3)', level: 3 }).waitFor();
    assert.equal(await page.getByRole('heading', { name: /^Sent, waiting to be screened/ }).count(), 0);
  });
  await accessible('round, every bid with the panel');

  for (const key of Object.keys(applicants)) {
    await step(`${applicants[key].bid.title}: 2 panel members, one of them ${panel.lived.name} (lived experience)`, async () => {
      const path = `/manage/bids/${made.bids[key].id}`;
      await clickAndWait(page, page.locator(`main a[href="${path}"]`), path);
      assert.equal(await h1Text(page), `${applicants[key].bid.title} With the panel`);
      const members = await listAfterHeading(page, 'Panel');
      assert.equal(members.length, 2, `two members: ${JSON.stringify(members)}`);
      const names = members.map((m) => m.replace(/ Waiting$/, ''));
      assert.ok(names.includes(panel.lived.name), `${panel.lived.name} is on it: ${JSON.stringify(members)}`);
      made.panelOf[key] = names;
    });
    await accessible(`${applicants[key].bid.title} with the panel (lead)`);

    await step('back to the round', async () => {
      await clickAndWait(page, page.locator('main .caption-l a'), made.roundPath);
    });
    await accessible(`round, after looking at ${applicants[key].bid.title}`);
  }

  await check('the work is shared: the other two members have 2 bids and 1 bid', async () => {
    const load = { [panel.amir.name]: 0, [panel.beth.name]: 0 };
    for (const names of Object.values(made.panelOf)) for (const n of names) if (n in load) load[n] += 1;
    assert.deepEqual(Object.values(load).sort(), [1, 2], JSON.stringify(load));
  });

  await check('each member is told by email (panel_assigned) how many bids they have', async () => {
    for (const member of Object.values(panel)) {
      const count = Object.values(made.panelOf).filter((names) => names.includes(member.name)).length;
      const email = await server.outbox.next('panel_assigned', { to: member.email });
      const bids = count === 1 ? '1 bid' : `${count} bids`;
      assert.equal(email.subject, `${bids} to score for ${round.name}`, member.name);
    }
  });

  // ---- 3. the lived-experience member scores every bid --------------------------------------

  /** Scores the bid `key` as `who` from their queue; `first` sends the form empty first. */
  async function scoreBid(who, key, { first = false } = {}) {
    const member = panel[who];
    const { bid } = applicants[key];
    const scores = SCORES[key][who === 'lived' ? 'lived' : 'other'];
    const path = () => `/panel/bids/${made.bids[key].id}`;

    await step(`${member.name}: open ${bid.title} from the queue`, async () => {
      actAs(who);
      await clickAndWait(page, page.getByRole('table', { name: 'Bids to score' }).getByRole('link', { name: bid.title, exact: true }), path());
      await heading(page, bid.title);
      assert.equal(await page.title(), `Score ${bid.title} – ${SERVICE}`);
      assert.ok(await page.getByText('Score on need and reach, not on polish.').isVisible());
    });
    await accessible(`score ${bid.title} (${member.name})`);

    if (first) {
      await step(`${member.name}: "Submit review" with nothing chosen: refused`, async () => {
        const response = await submit(page, 'Submit review');
        assert.equal(response.status(), 422);
        assert.equal(await page.title(), `Error: Score ${bid.title} – ${SERVICE}`);
        await heading(page, bid.title);
      });
      await accessible(`score ${bid.title} with errors (${member.name})`);

      let links = [];
      await check('the error summary lists each missing score, the comment, the recommendation and "watched"', async () => {
        links = await errorSummary(page);
        assert.deepEqual(links, [
          { href: '#need', text: 'Choose a score for need' },
          { href: '#reach', text: 'Choose a score for reach' },
          { href: '#comment', text: 'Add a comment: it helps the lead give the group feedback' },
          { href: '#recommendation', text: 'Choose whether to fund, not fund, or discuss' },
          { href: '#watched', text: "Confirm you have watched or listened to the group's video or recording" },
        ]);
      });
      for (const link of links) {
        await check(`the error for ${link.href} is at its field, which it describes`, () => errorAtField(page, link));
      }
    }

    await step(`${member.name}: score Need ${scores.need}, Reach ${scores.reach}, "${scores.recommend}", and "Submit review"`, async () => {
      await page.getByRole('group', { name: 'Need', exact: true }).getByLabel(new RegExp(`^${scores.need} — `)).check();
      await page.getByRole('group', { name: 'Reach', exact: true }).getByLabel(new RegExp(`^${scores.reach} — `)).check();
      await page.getByLabel('Your comment').fill(`${member.name} on ${bid.title}: need ${scores.need}, reach ${scores.reach}.`);
      await page.getByRole('group', { name: 'Your recommendation' }).getByLabel(scores.recommend, { exact: true }).check();
      await page.getByLabel("I have watched or listened to the group's video or recording").check();
      const response = await submit(page, 'Submit review');
      assert.equal(response.status(), 303, `submitted; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(path()));
      assert.match(await banner(page), /Your review has been submitted\./);
      await page.getByRole('heading', { name: "Other panel members' reviews", level: 2 }).waitFor();
      const need = page.getByRole('group', { name: 'Need', exact: true }).getByLabel(new RegExp(`^${scores.need} — `));
      assert.ok(await need.isChecked(), 'the scores are kept on the form');
    });
    await accessible(`score ${bid.title}, submitted (${member.name})`);

    await step(`${member.name}: "Panel" in the header, back to the queue`, async () => {
      await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Panel', exact: true }), '/panel');
      await heading(page, 'Bids to score');
      const row = page.getByRole('table', { name: 'Bids to score' }).getByRole('row').filter({ hasText: bid.title });
      assert.equal((await row.locator('.tag').innerText()).trim(), 'Submitted');
    });
    await accessible(`bids to score, after ${bid.title} (${member.name})`);
  }

  await step(`3. ${panel.lived.name} opens the dashboard: "Panel" is in the header now`, async () => {
    actAs('lived');
    const response = await page.goto(server.url('/dashboard'));
    assert.equal(response.status(), 200);
    await heading(page, 'What is waiting for you');
    await page.getByRole('heading', { name: 'Scoring bids', level: 2 }).waitFor();
  });
  await accessible(`dashboard (${panel.lived.name})`);

  await step(`"Panel" in the header: three bids to score`, async () => {
    await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Panel', exact: true }), '/panel');
    await heading(page, 'Bids to score');
    assert.ok(await page.getByText('You have submitted 0 of 3 reviews.').isVisible());
    const titles = await page.getByRole('table', { name: 'Bids to score' }).locator('tbody tr td:first-child a').allInnerTexts();
    assert.deepEqual(titles.map((x) => x.trim()).sort(), Object.values(applicants).map((a) => a.bid.title).sort());
  });
  await accessible(`bids to score (${panel.lived.name})`);

  let firstReview = true;
  for (const key of Object.keys(applicants)) {
    await scoreBid('lived', key, { first: firstReview });
    firstReview = false;
  }

  await check(`${panel.lived.name} has submitted 3 of 3`, async () => {
    assert.ok(await page.getByText('You have submitted 3 of 3 reviews.').isVisible());
  });

  // ---- 4. a conflict of interest, a new panel member, the other reviews -----------------------

  // The member with two bids declares a conflict on the later one; the third member, with one
  // bid, is the only one left to take it.
  await step('4. find the member with two bids, and the bid they will declare a conflict on', async () => {
    const others = [panel.amir, panel.beth];
    const bidsOf = (m) => Object.keys(made.panelOf).filter((k) => made.panelOf[k].includes(m.name));
    const busy = others.find((m) => bidsOf(m).length === 2);
    assert.ok(busy, `one of them has two bids: ${JSON.stringify(made.panelOf)}`);
    const replacement = others.find((m) => m !== busy);
    const who = Object.keys(panel).find((k) => panel[k] === busy);
    const key = bidsOf(busy).sort((a, b) => made.bids[b].id - made.bids[a].id)[0];
    made.conflict = { who, member: busy, key, replacement, replacementWho: Object.keys(panel).find((k) => panel[k] === replacement) };
    t.diagnostic(`${busy.name} declares a conflict on ${applicants[key].bid.title}; ${replacement.name} should get it`);
  });

  await step('the member with two bids opens the dashboard', async () => {
    actAs(made.conflict.who);
    const response = await page.goto(server.url('/dashboard'));
    assert.equal(response.status(), 200);
    await heading(page, 'What is waiting for you');
    await page.getByRole('heading', { name: 'Scoring bids', level: 2 }).waitFor();
  });
  await accessible('dashboard (member with two bids)');

  await step('"Panel" in the header: two bids to score', async () => {
    await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Panel', exact: true }), '/panel');
    await heading(page, 'Bids to score');
    assert.ok(await page.getByText('You have submitted 0 of 2 reviews.').isVisible());
  });
  await accessible('bids to score (member with two bids)');

  await step('open the bid they know', async () => {
    const { key } = made.conflict;
    const path = `/panel/bids/${made.bids[key].id}`;
    await clickAndWait(page, page.getByRole('table', { name: 'Bids to score' }).getByRole('link', { name: applicants[key].bid.title, exact: true }), path);
    await heading(page, applicants[key].bid.title);
  });
  await accessible('score a bid, before declaring a conflict');

  const conflictDetails = () =>
    page.locator('details', { has: page.locator('summary', { hasText: 'I have a conflict of interest with this group' }) });

  await step('"Declare a conflict" without saying what it is: refused', async () => {
    const details = conflictDetails();
    await details.locator('summary').click();
    await page.waitForFunction((el) => el.open, await details.elementHandle());
    const response = await submit(page, 'Declare a conflict', details);
    assert.equal(response.status(), 422);
    assert.equal(new URL(page.url()).pathname, `/panel/bids/${made.bids[made.conflict.key].id}/conflict`);
    assert.match(await page.title(), /^Error: /);
  });
  await accessible('score a bid, conflict declared without a note');

  await check('the error summary links to the conflict note, shown open with the message beside it', async () => {
    const links = await errorSummary(page);
    assert.equal(links.length, 1, JSON.stringify(links));
    assert.equal(links[0].href, '#note');
    await errorAtField(page, links[0]);
  });

  const conflictNote = 'I volunteer with this group on Saturdays.';
  await step('write what the conflict is and "Declare a conflict": back on the queue without that bid', async () => {
    const details = conflictDetails();
    if (!(await details.evaluate((el) => el.open))) await details.locator('summary').click();
    await details.getByLabel('What is the conflict?').fill(conflictNote);
    const response = await submit(page, 'Declare a conflict', details);
    assert.equal(response.status(), 303, `declared; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url('/panel'));
    assert.match(await banner(page), /taken off your list/);
    const titles = await page.getByRole('table', { name: 'Bids to score' }).locator('tbody tr td:first-child a').allInnerTexts();
    assert.ok(!titles.map((x) => x.trim()).includes(applicants[made.conflict.key].bid.title), `the bid is gone: ${JSON.stringify(titles)}`);
    assert.equal(titles.length, 1);
  });
  await accessible('bids to score, after a conflict');

  await check('the bid cannot be opened by them any more (404)', async () => {
    const response = await page.request.get(server.url(`/panel/bids/${made.bids[made.conflict.key].id}`));
    assert.equal(response.status(), 404);
  });

  await check('the lead is emailed (conflict_declared), with a link to the bid', async () => {
    const { email } = await server.outbox.nextLink('conflict_declared', `/manage/bids/${made.bids[made.conflict.key].id}`, { to: lead.email });
    assert.ok(email.subject.includes(made.bids[made.conflict.key].reference), email.subject);
    assert.ok(email.text.includes(made.conflict.member.name), 'names who declared it');
  });

  await step('the lead: the round says a bid needs another panel member', async () => {
    actAs('lead');
    await page.goto(server.url(made.roundPath));
    const inset = page.locator('main .inset-text', { hasText: 'another panel member' });
    await inset.waitFor();
    assert.match(squash(await inset.innerText()), /^1 bid.* another panel member because someone declared a conflict/);
  });
  await accessible('round, a bid needs another panel member');

  await check('wording: the notice says "1 bid needs another panel member", not "1 bid(s) need"', async () => {
    const text = squash(await page.locator('main .inset-text', { hasText: 'another panel member' }).innerText());
    assert.match(text, /^1 bid needs another panel member/, `it says "${text}"`);
  });

  await step('the conflicted bid\'s page shows the conflict and its note', async () => {
    const path = `/manage/bids/${made.bids[made.conflict.key].id}`;
    await clickAndWait(page, page.locator(`main a[href="${path}"]`), path);
    const members = await listAfterHeading(page, 'Panel');
    const conflicted = members.find((m) => m.startsWith(made.conflict.member.name));
    assert.ok(conflicted, JSON.stringify(members));
    assert.match(conflicted, /Conflict declared: reassign/);
    assert.ok(conflicted.includes(conflictNote), 'the note is shown to the lead');
  });
  await accessible('bid with a conflict (lead)');

  await step('back to the round', async () => {
    await clickAndWait(page, page.locator('main .caption-l a'), made.roundPath);
  });
  await accessible('round, still a bid needing another panel member');

  await step('"Assign panels automatically" again: 1 assignment, the notice is gone', async () => {
    const response = await submit(page, 'Assign panels automatically');
    assert.equal(response.status(), 303);
    assert.match(await banner(page), /^1 assignment/);
    assert.equal(await page.locator('main .inset-text', { hasText: 'another panel member' }).count(), 0, 'the notice is gone');
  });
  await accessible('round, panels assigned again');

  await step('the third member has the bid', async () => {
    const path = `/manage/bids/${made.bids[made.conflict.key].id}`;
    await clickAndWait(page, page.locator(`main a[href="${path}"]`), path);
    const members = await listAfterHeading(page, 'Panel');
    assert.ok(members.some((m) => m.startsWith(made.conflict.replacement.name)), JSON.stringify(members));
    made.panelOf[made.conflict.key] = made.panelOf[made.conflict.key]
      .filter((n) => n !== made.conflict.member.name)
      .concat(made.conflict.replacement.name);
  });
  await accessible('bid reassigned (lead)');

  await check('the third member is emailed (panel_assigned)', async () => {
    const email = await server.outbox.next('panel_assigned', { to: made.conflict.replacement.email });
    assert.equal(email.subject, `1 bid to score for ${round.name}`);
  });

  // The other reviews: every bid gets its second.
  for (const who of ['amir', 'beth']) {
    const member = panel[who];
    await step(`${member.name} opens the dashboard`, async () => {
      actAs(who);
      const response = await page.goto(server.url('/dashboard'));
      assert.equal(response.status(), 200);
    });
    await accessible(`dashboard (${member.name})`);

    await step(`${member.name}: "Panel" → the queue`, async () => {
      await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Panel', exact: true }), '/panel');
      await heading(page, 'Bids to score');
    });
    await accessible(`bids to score (${member.name})`);
    for (const key of Object.keys(applicants)) {
      if (made.panelOf[key]?.includes(member.name)) await scoreBid(who, key);
    }
  }

  await check('every bid with the panel has 2 reviews on the round page', async () => {
    actAs('lead');
    await page.goto(server.url(made.roundPath));
    for (const key of Object.keys(applicants)) {
      const item = page.locator('main li', { has: page.locator(`a[href="/manage/bids/${made.bids[key].id}"]`) });
      assert.match(squash(await item.innerText()), /panel 2, reviews 2$/, applicants[key].bid.title);
    }
  });
  await accessible('round, every bid reviewed');

  // ---- 5. the ranking and the decisions ------------------------------------------------------

  /** The ranking's rows: `{ key, reference, text, cells, funding }`. */
  async function rankingRows() {
    const rows = await page.getByRole('table', { name: 'Bids ranked by score' }).locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.replace(/\s+/g, ' ').trim()),
        funding: tr.classList.contains('funding-line'),
        discuss: [...tr.querySelectorAll('.tag')].some((tag) => tag.textContent.trim() === 'Discuss'),
      })),
    );
    return rows.map((row) => {
      const key = Object.keys(applicants).find((k) => row.cells[1].includes(made.bids[k].reference));
      return { key, ...row };
    });
  }
  // Columns: select, bid, asks for, Need (spread), Reach (spread), weighted mean, reviews (of
  // the panel's size), scores differ by 2 or more ("Discuss"), recommendations, running total.
  const COL = { asks: 2, need: 3, reach: 4, mean: 5, reviews: 6, differ: 7, recommendations: 8, running: 9 };

  await step('5. "See the ranking"', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'See the ranking' }), `${made.roundPath}/ranking`);
    await heading(page, 'Ranking');
    assert.equal(await page.title(), `Ranking: ${round.name} – ${SERVICE}`);
  });
  await accessible('ranking');
  await screenshot('ranking');

  await check('on a 1280px-wide desktop the ranking table fits: "Running total" is in view without scrolling sideways', async () => {
    const fit = await page.locator('main .table-wrapper').first().evaluate((wrapper) => {
      const headers = [...wrapper.querySelectorAll('thead th')];
      const box = wrapper.getBoundingClientRect();
      const last = headers[headers.length - 1].getBoundingClientRect();
      return {
        wrapper: Math.round(box.width),
        table: wrapper.scrollWidth,
        lastHeader: headers[headers.length - 1].textContent.trim(),
        hidden: headers.filter((th) => th.getBoundingClientRect().right > box.right + 1).map((th) => th.textContent.trim()),
        lastRight: Math.round(last.right),
        bidColumn: Math.round(headers[1].getBoundingClientRect().width),
      };
    });
    assert.ok(
      fit.table <= fit.wrapper,
      `the table is ${fit.table}px wide in a ${fit.wrapper}px column, so ${JSON.stringify(fit.hidden)} are cut off until ` +
        `the lead scrolls the table sideways; the "Bid" column is squeezed to ${fit.bidColumn}px, so references break ` +
        'over three lines ("SG-" / "2026-" / "0001")',
    );
  });

  await check('the bids are ranked by weighted mean: 4.75, 3.75, 3.00', async () => {
    const rows = await rankingRows();
    assert.deepEqual(rows.map((r) => r.key), RANKED);
    assert.deepEqual(rows.map((r) => r.cells[COL.mean]), RANKED.map((k) => WEIGHTED[k]));
    assert.deepEqual(rows.map((r) => r.cells[COL.need]), ['5.0 (0)', '3.5 (1)', '3.0 (2)']);
    assert.deepEqual(rows.map((r) => r.cells[COL.reach]), ['4.5 (1)', '4.0 (0)', '3.0 (0)']);
    assert.deepEqual(rows.map((r) => r.cells[COL.recommendations]), [
      'Fund 2, not 0, discuss 0',
      'Fund 2, not 0, discuss 0',
      'Fund 1, not 0, discuss 1',
    ]);
  });

  await check('only the bid whose reviewers differ by 2 on Need is tagged "Discuss"', async () => {
    const rows = await rankingRows();
    assert.deepEqual(rows.filter((r) => r.discuss).map((r) => r.key), ['shed']);
    assert.equal(rows.find((r) => r.key === 'shed').cells[COL.differ], 'Discuss', 'in its own column');
    assert.deepEqual(rows.map((r) => r.cells[COL.reviews]), ['2 of 2', '2 of 2', '2 of 2'], 'every bid fully reviewed');
  });

  await check('running totals: £2,500, £6,500, £9,000, all within the £10,000, the funding line under the last', async () => {
    const rows = await rankingRows();
    assert.deepEqual(rows.map((r) => r.cells[COL.running]), ['£2,500', '£6,500', '£9,000']);
    assert.deepEqual(rows.map((r) => r.funding), [false, false, true]);
    assert.ok(squash(await page.locator('main').innerText()).includes('£10,000 of the round\'s budget is not yet committed'));
  });

  await check('"Download as a spreadsheet (CSV)" gives the ranking as CSV, header row first', async () => {
    const link = page.getByRole('link', { name: 'Download as a spreadsheet (CSV)' });
    const href = await link.getAttribute('href');
    assert.equal(href, `${made.roundPath}/ranking.csv`);
    assert.notEqual(await link.getAttribute('download'), null, 'the link downloads');
    const response = await page.request.get(server.url(href));
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^text\/csv/);
    assert.match(response.headers()['content-disposition'], new RegExp(`attachment; filename="ranking-${round.slug}\\.csv"`));
    const text = (await response.body()).toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    assert.equal(
      lines[0],
      'Reference,Title,Group,State,Requested (£),Need mean,Need spread,Reach mean,Reach spread,Weighted mean,Reviews,Discuss,' +
        'Fund,Do not fund,Discuss votes,Running total (£),Within budget',
    );
    assert.equal(lines.length, 4, 'a row for each bid');
    assert.ok(lines[1].startsWith(`${made.bids.walk.reference},Walk and talk,`), lines[1]);
    assert.match(lines[3], /,yes,1,0,1,9000(\.00)?,yes$/, `the shed's row: ${lines[3]}`);
  });

  await check('the ranking sorts by amount from its column header', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'Asks for', exact: true }), `${made.roundPath}/ranking?sort=amount`);
    const rows = await rankingRows();
    assert.equal(rows[0].key, 'sisters', 'the largest request first');
    assert.deepEqual(rows.map((r) => r.funding), [false, false, false], 'the funding line is drawn only in score order');
  });
  await accessible('ranking sorted by amount');

  const topPath = () => `/manage/bids/${made.bids[RANKED[0]].id}`;
  await step('sort the ranking by weighted mean again', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'Weighted mean', exact: true }), `${made.roundPath}/ranking?sort=score`);
    assert.deepEqual((await rankingRows()).map((r) => r.key), RANKED);
  });
  await accessible('ranking sorted by weighted mean');

  await step(`open the top bid, ${applicants[RANKED[0]].bid.title}, from the ranking`, async () => {
    await clickAndWait(page, page.getByRole('link', { name: made.bids[RANKED[0]].reference, exact: true }), topPath());
    assert.equal(await h1Text(page), `${applicants[RANKED[0]].bid.title} With the panel`);
    assert.equal(await page.getByLabel('Award', { exact: true }).inputValue(), '2500', 'the award starts at the amount asked for');
    const reviews = await page.getByRole('table', { name: 'Submitted reviews' }).locator('tbody tr').count();
    assert.equal(reviews, 2);
  });
  await accessible('bid to decide (lead)');

  await step(`award ${AWARD.shown}, less than the £2,500 asked for: "Offered"`, async () => {
    await page.getByLabel('Award', { exact: true }).fill(AWARD.amount);
    await page.getByLabel('Message to the group (optional)').fill('Congratulations from the panel.');
    const response = await submit(page, 'Award');
    assert.equal(response.status(), 303, `awarded; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(new URL(page.url()).pathname, topPath());
    assert.match(await banner(page), new RegExp(`^${AWARD.shown} awarded\\. The group has been told\\.`));
    assert.equal(await h1Text(page), `${applicants[RANKED[0]].bid.title} Offered`);
    assert.match(squash(await page.locator('main .inset-text').first().innerText()), new RegExp(`^Awarded ${AWARD.shown} on `));
    assert.equal((await summaryRows(page))['Round money left'], '£8,000');
  });
  await accessible('bid awarded (lead)');

  await check(`the awarded group is emailed (bid_awarded) with ${AWARD.shown}`, async () => {
    const email = await server.outbox.next('bid_awarded', { to: applicants[RANKED[0]].person.email });
    assert.ok(email.subject.includes(AWARD.shown), email.subject);
    assert.ok(email.text.includes(applicants[RANKED[0]].group.name), 'names the group');
    assert.ok(!email.text.includes('£2,500'), 'does not mention the amount asked for as the offer');
  });

  const declinedKey = 'shed';
  const declinedPath = () => `/manage/bids/${made.bids[declinedKey].id}`;
  await step('back to the ranking', async () => {
    await page.goto(server.url(`${made.roundPath}/ranking`));
    await heading(page, 'Ranking');
  });
  await accessible('ranking after an award');

  await check('after the award, £8,000 is left; the bids still to decide come first, in score order', async () => {
    assert.ok(squash(await page.locator('main').innerText()).includes('£8,000 of the round\'s budget is not yet committed'));
    const rows = await rankingRows();
    assert.deepEqual(rows.map((r) => r.key), ['sisters', 'shed', RANKED[0]]);
    assert.match(rows[2].cells[1], /Offered$/, 'the decided bid is tagged "Offered"');
    assert.deepEqual(rows.slice(0, 2).map((r) => r.cells[COL.running]), ['£4,000', '£6,500']);
  });

  await check('after the award, the running total never goes down the table', async () => {
    const rows = await rankingRows();
    const totals = rows.map((r) => Number(r.cells[COL.running].replace(/[£,]/g, '')));
    for (let i = 1; i < totals.length; i += 1) {
      assert.ok(
        totals[i] >= totals[i - 1],
        `the running totals read ${JSON.stringify(rows.map((r) => r.cells[COL.running]))} down the table ` +
          `(${JSON.stringify(rows.map((r) => r.key))}): the offered bid's "running total" starts again from £0 and is ` +
          `the £2,500 it asked for, not the ${AWARD.shown} committed`,
      );
    }
  });

  // The money runs out: the lead cuts the round's budget to £7,000, so £5,000 is left, enough for
  // the £4,000 bid but not for both.
  await step('the lead cuts the budget: back to the round', async () => {
    await clickAndWait(page, page.locator('main .caption-l a'), made.roundPath);
    assert.equal((await summaryRows(page)).Budget, `£10,000 (${AWARD.shown} committed)`);
  });
  await accessible('round after an award');

  await step('"Change the round\'s details or budget"', async () => {
    await clickAndWait(page, page.getByRole('link', { name: "Change the round's details or budget" }), `${made.roundPath}/edit`);
    await heading(page, 'Change the round');
    assert.equal(await page.getByLabel('Budget').inputValue(), '10000');
  });
  await accessible('change the round');

  await step('save the round with a budget of £7,000: £2,000 of it committed', async () => {
    await page.getByLabel('Budget').fill('7000');
    const response = await submit(page, 'Save round');
    assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(new URL(page.url()).pathname, made.roundPath);
    assert.match(await banner(page), /Round saved\./);
    assert.equal((await summaryRows(page)).Budget, `£7,000 (${AWARD.shown} committed)`);
  });
  await accessible('round with a smaller budget');

  await step('"See the ranking": £5,000 left', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'See the ranking' }), `${made.roundPath}/ranking`);
    await heading(page, 'Ranking');
    assert.ok(squash(await page.locator('main').innerText()).includes('£5,000 of the round\'s budget is not yet committed'));
  });
  await accessible('ranking, the money runs out');

  await check('the money runs out at the second bid: its running total says so to a screen reader', async () => {
    const rows = await rankingRows();
    assert.deepEqual(rows.map((r) => r.key), ['sisters', 'shed', RANKED[0]]);
    assert.equal(rows[0].cells[COL.running], '£4,000');
    assert.equal(rows[1].cells[COL.running], '£6,500 (over the money left)');
  });

  await check('the funding line (class funding-line) is drawn under the last bid the money reaches', async () => {
    const rows = await rankingRows();
    const funding = rows.filter((r) => r.funding).map((r) => r.key);
    assert.deepEqual(
      funding,
      ['sisters'],
      `the red line is under ${JSON.stringify(funding)} (rows ${JSON.stringify(rows.map((r) => r.key))}): with any bid decided, ` +
        'it goes under the last decided bid at the bottom of the table, so it no longer shows where the £5,000 runs out',
    );
  });

  await step(`open ${applicants[declinedKey].bid.title}`, async () => {
    await clickAndWait(page, page.getByRole('link', { name: made.bids[declinedKey].reference, exact: true }), declinedPath());
    assert.equal(await h1Text(page), `${applicants[declinedKey].bid.title} With the panel`);
  });
  await accessible('bid to decline (lead)');

  await step('"Decline with feedback", sent empty: refused at the feedback', async () => {
    const details = page.locator('details', { has: page.locator('summary', { hasText: 'Decline with feedback' }) });
    await details.locator('summary').click();
    await page.waitForFunction((el) => el.open, await details.elementHandle());
    const response = await submit(page, 'Decline', details);
    assert.equal(response.status(), 422);
    assert.equal(new URL(page.url()).pathname, `${declinedPath()}/decline`);
    assert.equal(await h1Text(page), `${applicants[declinedKey].bid.title} With the panel`, 'nothing changed');
  });
  await accessible('bid to decline, empty feedback');

  await check('the error summary links to the feedback, shown open with the message beside it', async () => {
    const links = await errorSummary(page);
    assert.equal(links.length, 1, JSON.stringify(links));
    assert.equal(links[0].href, '#feedback');
    assert.match(links[0].text, /^Write feedback for the group/);
    await errorAtField(page, links[0]);
  });

  await step('decline with feedback: "Not funded"', async () => {
    const details = page.locator('details', { has: page.locator('summary', { hasText: 'Decline with feedback' }) });
    if (!(await details.evaluate((el) => el.open))) await details.locator('summary').click();
    await details.getByLabel('Feedback for the group').fill(DECLINE_FEEDBACK);
    const response = await submit(page, 'Decline', details);
    assert.equal(response.status(), 303, `declined; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(new URL(page.url()).pathname, declinedPath());
    assert.match(await banner(page), /declined and the group sent your feedback/);
    assert.equal(await h1Text(page), `${applicants[declinedKey].bid.title} Not funded`);
  });
  await accessible('bid declined (lead)');

  await check('the declined group is emailed (bid_declined) with the feedback', async () => {
    const email = await server.outbox.next('bid_declined', { to: applicants[declinedKey].person.email });
    assert.ok(email.subject.includes(made.bids[declinedKey].reference), email.subject);
    assert.ok(email.text.includes(applicants[declinedKey].group.name), 'names the group');
    assert.ok(squash(email.text).includes(DECLINE_FEEDBACK), 'has the feedback');
  });

  await check('no decision email went to the group whose bid is still with the panel', async () => {
    const others = server.outbox
      .list()
      .filter((e) => /^bid_(awarded|declined|waitlisted|ineligible)$/.test(e.kind));
    assert.equal(others.length, 2, JSON.stringify(others.map((e) => e.file)));
  });

  // ---- 6. the groups see the decisions --------------------------------------------------------

  /** Opens the home page in a fresh browser (signed out) for `who`. */
  async function freshBrowser(who) {
    await contexts[who].close();
    contexts[who] = await newContext(browser, 'desktop');
    pages[who] = await contexts[who].newPage();
    actAs(who);
    const response = await page.goto(server.url('/'));
    assert.equal(response.status(), 200);
    assert.equal(await signedInAs(page), null);
  }

  /** From the home page, "Sign in" in the header. */
  async function goToSignIn() {
    await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Sign in' }), '/login');
    await heading(page, 'Sign in');
  }

  /** Signs `person` in from the sign-in page and lands on the dashboard. */
  async function signIn(person) {
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    const response = await submit(page, 'Sign in');
    assert.equal(response.status(), 303, `signing in as ${person.email}`);
    assert.equal(page.url(), server.url('/dashboard'));
    assert.equal(await signedInAs(page), person.name);
  }

  // The problems of the browsers about to be replaced, kept for the end.
  const earlierProblems = [];
  const awarded = applicants[RANKED[0]];
  await step(`6. ${awarded.person.name} opens the portal in a fresh browser`, async () => {
    earlierProblems.push(...contexts[RANKED[0]].problems);
    await freshBrowser(RANKED[0]);
  });
  await accessible(`home, signed out (${awarded.person.name})`);

  await step('"Sign in" in the header', goToSignIn);
  await accessible(`sign in (${awarded.person.name})`);

  await step(`${awarded.person.name} signs in: the dashboard shows the bid "Offered"`, async () => {
    await signIn(awarded.person);
    const row = page.getByRole('table', { name: 'Your bids' }).getByRole('row').filter({ has: page.getByRole('link', { name: awarded.bid.title, exact: true }) });
    assert.equal(await row.count(), 1);
    assert.equal((await row.locator('.tag').innerText()).trim(), 'Offered');
  });
  await accessible('dashboard with an offered bid');

  await step('the bid page: "Offered", and the history says "The bid was offered funding."', async () => {
    await clickAndWait(page, page.getByRole('link', { name: awarded.bid.title, exact: true }), `/bids/${made.bids[RANKED[0]].id}`);
    assert.equal(await h1Text(page), `${awarded.bid.title} Offered`);
    const steps = await history(page);
    assert.ok(steps.some((s) => s.endsWith('The bid was offered funding.')), JSON.stringify(steps));
  });
  await accessible('offered bid (group)');

  await check(`the offered bid's page says how much was offered (${AWARD.shown}, not the £2,500 asked for) and how to accept it`, async () => {
    const main = squash(await page.locator('main').innerText());
    assert.ok(
      main.includes(AWARD.shown),
      `the page does not say ${AWARD.shown} was offered (the group asked for £2,500), though the dashboard says ` +
        `"Read your offer and accept it" and the email "read the offer and accept it on the portal". It says:\n${main}`,
    );
    const accept = page.getByRole('button', { name: /accept/i }).or(page.getByRole('link', { name: /accept/i }));
    assert.ok((await accept.count()) > 0, 'there is a way to accept the offer');
  });

  const declined = applicants[declinedKey];
  await step(`${declined.person.name} opens the portal in a fresh browser`, async () => {
    earlierProblems.push(...contexts[declinedKey].problems);
    await freshBrowser(declinedKey);
  });
  await accessible(`home, signed out (${declined.person.name})`);

  await step('"Sign in" in the header', goToSignIn);
  await accessible(`sign in (${declined.person.name})`);

  await step(`${declined.person.name} signs in: the bid is "Not funded"`, async () => {
    await signIn(declined.person);
    const row = page.getByRole('table', { name: 'Your bids' }).getByRole('row').filter({ has: page.getByRole('link', { name: declined.bid.title, exact: true }) });
    assert.equal((await row.locator('.tag').innerText()).trim(), 'Not funded');
  });
  await accessible('dashboard with a declined bid');

  await step('the bid page: "Not funded", with the feedback', async () => {
    await clickAndWait(page, page.getByRole('link', { name: declined.bid.title, exact: true }), `/bids/${made.bids[declinedKey].id}`);
    assert.equal(await h1Text(page), `${declined.bid.title} Not funded`);
    const steps = await history(page);
    const notFunded = steps.find((s) => s.includes('The bid was not funded.'));
    assert.ok(notFunded, JSON.stringify(steps));
    assert.ok(notFunded.includes(DECLINE_FEEDBACK), `the feedback is shown: ${notFunded}`);
  });
  await accessible('declined bid (group)');

  await step('no script errors, console errors or failed requests on any page (the video players aside)', async () => {
    const all = [...earlierProblems, ...Object.values(contexts).flatMap((c) => c.problems)];
    const ignored = all.filter(isVideoEmbedRequest);
    if (ignored.length) t.diagnostic(`left out, as the video host cannot be reached offline: ${ignored.length} request(s)`);
    assert.deepEqual(all.filter((p) => !isVideoEmbedRequest(p)), []);
  });
});
