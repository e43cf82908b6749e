// The applicant's journey, counted. On the demo portal (`serve --demo`: the open round "Winter
// wellbeing small grants" asks two eligibility questions), on a phone, each journey is walked with
// JavaScript on and again with it off, and counts what a person goes through from the home page
// to "Bid sent":
//
//   - screens: every page load the person sees, counted by listening to the browser (each load of
//     the main frame: a link followed, a form sent and the page it leads to), plus one for each
//     trip out to the mailbox to open an emailed link;
//   - typed answers: every box the person types into (choosing Yes or No, a kind of group or a
//     tick box is a tap, not typing).
//
// The journeys, and the most each may take (the aims; the README shows the counts):
//
//   1. a new person with a video link: home, the round's questions, "Your group can apply" (with
//      "New here?": a name and an email address), "Check your email", the email, the group form
//      the link opens, the money, the video, checking, "Bid sent": at most 10 screens and 12 typed
//      answers;
//   2. the same group returning (still signed in on its phone) with a few written words: at most
//      6 screens;
//   3. a community connector at a hub getting a bid ready with a new group, whose contact sends it
//      from the emailed link (the group's own word): the connector's screens and the contact's.
//
// Every screen is checked with axe (WCAG 2.2 AA). With JavaScript off, axe (which is a script)
// checks a copy of the page as served, its scripts removed, in a second browser context.

import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { OUTPUT_DIR, checkAccessibility, journey, launchBrowser, newContext, startServer } from './lib/index.mjs';

let server;
let browser;
/** The counts of every journey walked, written to tests/browser/output/journey-counts.json. */
const counts = [];

before(async () => {
  server = await startServer({ args: ['--demo'] });
  browser = await launchBrowser();
});

after(async () => {
  if (counts.length) {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(join(OUTPUT_DIR, 'journey-counts.json'), `${JSON.stringify(counts, null, 2)}\n`);
  }
  await browser?.close();
  await server?.stop();
});

const ROUND = { name: 'Winter wellbeing small grants', slug: 'winter-wellbeing' };
const ELIGIBILITY_PATH = `/rounds/${ROUND.slug}/eligibility`;
const REFERENCE = /SG-\d{4}-\d{4}/;
const VIDEO = 'https://youtu.be/dQw4w9WgXcQ';
const CONNECTOR = { name: 'Tom Hughes', email: 'connector@demo.example', password: 'demo-connector-words' };

const LIMITS = {
  newPerson: { screens: 10, typed: 12 },
  returning: { screens: 6, typed: 12 },
  // The connector's part and the group's contact's, together: measured, and held there.
  connector: { screens: 12, typed: 12 },
};

// ---- counting ----------------------------------------------------------------------------------

/**
 * Counts a person's screens and typed answers on `page`. `screen(label)` is called once the
 * page the person now sees has loaded: it checks that the browser loaded exactly one new page
 * since the last screen, checks it with axe and photographs it. `mailbox(label)` counts the trip
 * out to open an email.
 */
function counter(t, page, { name, script }) {
  const j = journey(t, { page: () => page, name });
  const loads = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) loads.push(new URL(frame.url()).pathname);
  });
  const screens = [];
  let seenLoads = 0;
  let typed = 0;

  async function screen(label) {
    await j.check(`one new page loaded for: ${label}`, async () => {
      assert.equal(loads.length - seenLoads, 1, `pages loaded since the last screen: ${loads.slice(seenLoads).join(', ')}`);
    });
    seenLoads = loads.length;
    screens.push(`${label} (${loads.at(-1)})`);
    if (script) {
      await j.accessible(label);
    } else {
      await j.check(`accessibility: ${label} (as served, without JavaScript)`, () => accessibleAsServed(page, label));
    }
    if (!j.stopped) await j.screenshot(label);
  }

  return {
    ...j,
    screen,
    mailbox: (label) => screens.push(`${label} (the mailbox)`),
    /** Pages loaded before the journey being counted begins (signing in at the hub). */
    notCounted: () => {
      seenLoads = loads.length;
    },
    /** Types `value` into `locator`, counted as one typed answer. */
    type: async (locator, value) => {
      await locator.fill(value);
      typed += 1;
    },
    get screens() {
      return screens;
    },
    get typed() {
      return typed;
    },
  };
}

/** axe on the page as the server sent it, with no script run: a copy of its HTML without its
 * scripts, opened at the same address in a second context (so its stylesheet loads). */
async function accessibleAsServed(page, label) {
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const context = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    await copy.route((address) => address.href === url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await copy.goto(url);
    await checkAccessibility(copy, `${label}, without JavaScript`);
  } finally {
    await context.close();
  }
}

/** Keeps the journey's counts, and fails above the limits. */
async function reportCounts(j, t, journeyName, script, limits) {
  const entry = { journey: journeyName, javascript: script ? 'on' : 'off', screens: j.screens.length, typed: j.typed, path: j.screens };
  counts.push(entry);
  t.diagnostic(`${journeyName}, JavaScript ${entry.javascript}: ${entry.screens} screens, ${entry.typed} typed answers`);
  t.diagnostic(j.screens.map((s, i) => `${i + 1}. ${s}`).join('\n'));
  await j.check(`at most ${limits.screens} screens (${entry.screens}: ${j.screens.join(' → ')})`, () => {
    assert.ok(entry.screens <= limits.screens, `${entry.screens} screens`);
  });
  await j.check(`at most ${limits.typed} typed answers (${entry.typed})`, () => {
    assert.ok(entry.typed <= limits.typed, `${entry.typed} typed answers`);
  });
}

// ---- moving about ------------------------------------------------------------------------------

/** Clicks `locator` (a link or a button) and waits for the page it leads to (path and query
 * matching `where`). */
async function go(page, locator, where) {
  await Promise.all([
    page.waitForURL((url) => where.test(url.pathname + url.search), { waitUntil: 'load' }),
    locator.click(),
  ]);
}

async function h1(page) {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.first().waitFor();
  return (await heading.innerText()).replace(/\s+/g, ' ').trim();
}

/** The round's card on the home page. */
const card = (page) => page.locator('li.card', { has: page.getByRole('link', { name: ROUND.name, exact: true }) });

/** Answers the round's two questions (Yes, No) and presses Continue. */
async function answerQuestions(page) {
  const questions = page.locator('main fieldset');
  assert.equal(await questions.count(), 2, 'two questions');
  await questions.nth(0).getByLabel('Yes', { exact: true }).check();
  await questions.nth(1).getByLabel('No', { exact: true }).check();
}

/** Fills in "About the money" (four typed answers) and saves it. */
async function money(page, j, bid) {
  await j.type(page.getByLabel('A short name for your project'), bid.title);
  await j.type(page.getByLabel('Your project in one sentence'), bid.summary);
  await j.type(page.getByLabel('How much are you asking for?'), bid.amount);
  await j.type(page.getByLabel('What will the money pay for?'), bid.purpose);
  await go(page, page.getByRole('button', { name: 'Save and continue' }), /\/case$/);
}

/** "Confirm and send" on the check page: "Bid sent", with a reference. */
async function confirmAndSend(page) {
  await go(page, page.getByRole('button', { name: 'Confirm and send' }), /\/sent$/);
  assert.equal(await h1(page), 'Bid sent');
  assert.match(await page.locator('.panel').innerText(), REFERENCE);
}

// ---- the journeys ------------------------------------------------------------------------------

for (const script of [true, false]) {
  const mode = script ? 'JavaScript on' : 'JavaScript off';
  const tag = script ? 'js' : 'nojs';
  const person = { name: `Joy Mensah ${tag}`, email: `joy.${tag}@example.org` };

  test(`A new person applies by video link, then comes back with a few words (phone, ${mode})`, { timeout: 300_000 }, async (t) => {
    const context = await newContext(browser, 'phone', { javaScriptEnabled: script });
    t.after(() => context.close());
    const page = await context.newPage();

    await t.test('new person, video link', async (t) => {
      const j = counter(t, page, { name: `journey-new-${tag}`, script });

      await j.step('the home page', async () => {
        assert.equal((await page.goto(server.url('/'))).status(), 200);
        assert.equal(await h1(page), 'Funding for community groups');
      });
      await j.screen('home');

      await j.step(`"Start a bid" on the round's card: two questions, no account needed`, async () => {
        await go(page, card(page).getByRole('link', { name: /Start a bid/ }), /\/eligibility$/);
        assert.equal(await h1(page), 'Can your group apply?');
      });
      await j.screen('can your group apply');

      await j.step('Yes, No, Continue: the group can apply, and "New here?" is on the same page', async () => {
        await answerQuestions(page);
        await go(page, page.getByRole('button', { name: 'Continue', exact: true }), /\/eligibility\?/);
        assert.equal(await h1(page), 'Your group can apply');
        await page.getByRole('heading', { name: 'New here?' }).waitFor();
      });
      await j.screen('your group can apply');

      await j.step('a name and an email address: "Check your email"', async () => {
        await j.type(page.locator('#new-name'), person.name);
        await j.type(page.locator('#new-email'), person.email);
        await go(page, page.getByRole('button', { name: 'Create account' }), /^\/register$/);
        assert.equal(await h1(page), 'Check your email');
      });
      await j.screen('check your email');

      let link;
      await j.step('the email: a link that finishes making the account', async () => {
        ({ link } = await server.outbox.nextLink('finish_registration', '/login/link/', { to: person.email }));
      });
      j.mailbox('the email');

      await j.step('the link opens the group form, the contact filled in', async () => {
        assert.equal((await page.goto(link)).status(), 200);
        assert.equal(await h1(page), 'Welcome. Now tell us about your group');
        assert.equal(await page.locator('input[name="contact_email"]').inputValue(), person.email);
      });
      await j.screen('tell us about your group');

      await j.step('"Save group": the account is made and the bid opens at the money', async () => {
        await j.type(page.getByLabel('Group name'), `Northfield Walkers ${tag}`);
        await page.getByRole('group', { name: 'What kind of group are you?' }).getByLabel('Community group (not registered)', { exact: true }).check();
        await j.type(page.getByLabel('Where you work'), 'Northfield');
        await go(page, page.getByRole('button', { name: 'Save group' }), /^\/bids\/\d+\/money$/);
        assert.equal(await h1(page), 'About the money');
      });
      await j.screen('about the money');

      await j.step('the money, "Save and continue": the case', async () => {
        await money(page, j, { title: 'Walk and talk', summary: 'Weekly walks for men who are lonely', amount: '1200', purpose: 'A walk leader and flasks of tea' });
        assert.equal(await h1(page), 'Need, reach and impact');
      });
      await j.screen('need, reach and impact');

      await j.step('a video link, "Save and continue": check your answers', async () => {
        await j.type(page.getByLabel('Link to a video (optional)'), VIDEO);
        await go(page, page.getByRole('button', { name: 'Save and continue' }), /\/check$/);
        assert.equal(await h1(page), 'Check your answers before sending your bid');
      });
      await j.screen('check your answers');

      await j.step('"Confirm and send": Bid sent', () => confirmAndSend(page));
      await j.screen('bid sent');

      await reportCounts(j, t, 'new person, video link', script, LIMITS.newPerson);
    });

    await t.test('returning group, a few written words', async (t) => {
      const j = counter(t, page, { name: `journey-returning-${tag}`, script });

      await j.step('the home page, still signed in', async () => {
        assert.equal((await page.goto(server.url('/'))).status(), 200);
        await page.getByText(`Signed in as`).first().waitFor();
      });
      await j.screen('home');

      await j.step(`"Start a bid" on the round's card: the questions`, async () => {
        await go(page, card(page).getByRole('link', { name: /Start a bid/ }), /\/eligibility$/);
        assert.equal(await h1(page), 'Can your group apply?');
      });
      await j.screen('can your group apply');

      await j.step('Yes, No, Continue: straight into a new bid for the one group, at the money', async () => {
        await answerQuestions(page);
        await go(page, page.getByRole('button', { name: 'Continue', exact: true }), /^\/bids\/\d+\/money$/);
        assert.equal(await h1(page), 'About the money');
      });
      await j.screen('about the money');

      await j.step('the money: the case', async () => {
        await money(page, j, { title: 'Spring walks', summary: 'More walks in spring', amount: '800', purpose: 'A second walk leader' });
      });
      await j.screen('need, reach and impact');

      await j.step('a few written words, "Save and continue": check your answers', async () => {
        await j.type(page.getByLabel('Need', { exact: true }), 'Men here are lonely.');
        await j.type(page.getByLabel('Reach', { exact: true }), 'We walk from the barber.');
        await j.type(page.getByLabel('Impact', { exact: true }), 'They talk and come back.');
        await go(page, page.getByRole('button', { name: 'Save and continue' }), /\/check$/);
      });
      await j.screen('check your answers');

      await j.step('"Confirm and send": Bid sent', () => confirmAndSend(page));
      await j.screen('bid sent');

      await reportCounts(j, t, 'returning group, written words', script, LIMITS.returning);
    });
  });

  test(`A connector gets a bid ready with a new group, whose contact sends it by the emailed link (phone, ${mode})`, { timeout: 300_000 }, async (t) => {
    const context = await newContext(browser, 'phone', { javaScriptEnabled: script });
    t.after(() => context.close());
    const page = await context.newPage();
    const contact = { name: `Ama Owusu ${tag}`, email: `ama.${tag}@example.org` };
    const j = counter(t, page, { name: `journey-connector-${tag}`, script });
    let bidPath;

    await j.step('the connector signs in at the hub (not counted)', async () => {
      await page.goto(server.url('/login'));
      await page.getByLabel('Email address').first().fill(CONNECTOR.email);
      await page.getByLabel('Password').fill(CONNECTOR.password);
      await go(page, page.getByRole('button', { name: 'Sign in', exact: true }), /^\/dashboard/);
    });
    j.notCounted();

    await j.step('the home page', async () => {
      assert.equal((await page.goto(server.url('/'))).status(), 200);
    });
    await j.screen('home');

    await j.step(`"Start a bid" on the round's card: the questions`, async () => {
      await go(page, card(page).getByRole('link', { name: /Start a bid/ }), /\/eligibility$/);
    });
    await j.screen('can your group apply');

    await j.step('Yes, No, Continue: the group can apply', async () => {
      await answerQuestions(page);
      await go(page, page.getByRole('button', { name: 'Continue', exact: true }), /\/eligibility\?/);
      assert.equal(await h1(page), 'Your group can apply');
    });
    await j.screen('your group can apply');

    await j.step('"Start a bid": which group?', async () => {
      await go(page, page.getByRole('link', { name: 'Start a bid', exact: true }), /\/bids\/new\?/);
    });
    await j.screen('start a bid');

    await j.step('a new group: the group form', async () => {
      await go(page, page.locator('main a[href^="/groups/new?next="]'), /^\/groups\/new\?next=/);
      assert.equal(await h1(page), 'Tell us about your group');
    });
    await j.screen('tell us about the group');

    await j.step('the group, its contact, "I am a community connector": "Save group", into the bid', async () => {
      await j.type(page.getByLabel('Group name'), `Kente Elders ${tag}`);
      await page.getByRole('group', { name: 'What kind of group are you?' }).getByLabel('Community group (not registered)', { exact: true }).check();
      await j.type(page.getByLabel('Where you work'), 'Lozells');
      const main = page.getByRole('group', { name: 'Main contact' });
      await j.type(main.getByLabel('Name', { exact: true }), contact.name);
      await j.type(main.getByLabel('Email address'), contact.email);
      await page.getByLabel('I am a community connector setting this group up with them').check();
      await go(page, page.getByRole('button', { name: 'Save group' }), /^\/bids\/\d+\/money$/);
      bidPath = new URL(page.url()).pathname.replace(/\/money$/, '');
    });
    await j.screen('about the money');

    await j.step('the money: the case', async () => {
      await money(page, j, { title: 'Elders lunch club', summary: 'A weekly lunch and talk', amount: '1500', purpose: 'Food and the hall' });
    });
    await j.screen('need, reach and impact');

    await j.step('a video link: check your answers, which asks for the group\'s word', async () => {
      await j.type(page.getByLabel('Link to a video (optional)'), VIDEO);
      await go(page, page.getByRole('button', { name: 'Save and continue' }), /\/check$/);
      await page.getByRole('heading', { name: 'The group sends the bid' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Confirm and send' }).count(), 0, 'the connector cannot send alone');
    });
    await j.screen('check your answers');

    await j.step('"Email the link to send it": the page says where it went', async () => {
      await go(page, page.getByRole('button', { name: 'Email the link to send it' }), /\/check$/);
      assert.match(await page.locator('.notification-banner').innerText(), new RegExp(contact.email.replace('.', '\\.')));
    });
    await j.screen('check your answers, link sent');

    // The group's contact, on their own phone, with no account.
    const theirs = await newContext(browser, 'phone', { javaScriptEnabled: script });
    t.after(() => theirs.close());
    const contactPage = await theirs.newPage();
    const c = counter(t, contactPage, { name: `journey-contact-${tag}`, script });
    let link;
    await c.step('the contact opens the email', async () => {
      ({ link } = await server.outbox.nextLink('group_word_send', '/word/', { to: contact.email }));
    });
    c.mailbox('the email');

    await c.step('the link: the bid to read, and "Send our bid"', async () => {
      assert.equal((await contactPage.goto(link)).status(), 200);
      assert.equal(await h1(contactPage), 'Read your bid and send it');
      await contactPage.getByText('Elders lunch club').first().waitFor();
    });
    await c.screen('read your bid and send it');

    await c.step('"Send our bid": sent, with its reference', async () => {
      await go(contactPage, contactPage.getByRole('button', { name: 'Send our bid' }), /^\/word\//);
      assert.match(await contactPage.locator('.notification-banner').innerText(), REFERENCE);
    });
    await c.screen('your bid is sent');

    await j.check("the connector's page for the bid says it is sent", async () => {
      await page.goto(server.url(bidPath));
      assert.match(await h1(page), /Sent/);
    });

    const together = { screens: [...j.screens, ...c.screens], typed: j.typed + c.typed, check: j.check };
    await reportCounts(together, t, 'connector with a group, the contact sends by email', script, LIMITS.connector);
  });
}
