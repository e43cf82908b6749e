// The portal in the reader's language, on a phone. On the demo portal (`serve --demo`, with the
// open round "Winter wellbeing small grants", awards of £500 to £5,000, and the demo lead and
// panel member):
//
//   1. a new person whose browser asks for Urdu (Accept-Language ur-PK) reads every page in
//      Urdu, right to left: the home page, the round, its questions, signing up under "New here?"
//      on the page that says the group can apply, their group (the form the emailed link opens),
//      which opens the bid at its money (sent once with
//      too small an amount: the error borders are on the right), a video link, the check page and
//      "Bid sent";
//   2. a Polish-speaking group on an English browser chooses "Polski" in the language switcher,
//      keeps Polish through registering, writes its bid in Polish, and gets its receipt by email
//      in Polish;
//   3. the demo lead adds an English translation of that Polish bid and gives it to the panel;
//      the demo panel member sees the group's own words with the translation, and who made it,
//      beside them. (A connector helping the group may translate too, from the group's side; the
//      lead's form is the one this journey uses.) On the way, the lead opens the programme's
//      contact page (who runs it and how to reach a person), checked with axe and photographed.
//
// The pages are found by their addresses and form fields, never by their English words, so a
// page that is not translated yet still gets checked: each page of journeys 1 and 2 is checked
// for its language and direction (`<html lang dir>`) and for a short list of English sentences
// from locales/en-GB/ that must not be left on it (a check: the journey goes on and lists every
// page with English on it). Every page visited is checked with axe (WCAG 2.2 AA) and
// photographed into tests/browser/output/, to look at the mirrored layout.
//
// Journey 3 continues from journey 2's bid (it is a Polish bid only once sent), so it needs
// journey 2 to have sent it; it fails at its first step otherwise.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { enterAppCode, journey, launchBrowser, newContext, saveScreenshot, startServer } from './lib/index.mjs';

let server;
let browser;

before(async () => {
  // The demo portal: an open round, a lead with an authenticator app and a panel member.
  server = await startServer({ args: ['--demo'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const ROUND = { name: 'Winter wellbeing small grants', slug: 'winter-wellbeing' };
const ROUND_PATH = `/rounds/${ROUND.slug}`;
// The demo round asks two eligibility questions (ids 1 and 2) before any bid; answered Yes and No,
// the Start button carries the answers.
const ELIGIBILITY_PATH = `${ROUND_PATH}/eligibility`;
const START_PATH = `${ROUND_PATH}/bids/new?eligibility=1-yes.2-no`;
const REFERENCE = /SG-\d{4}-\d{4}/;
const VIDEO = 'https://youtu.be/dQw4w9WgXcQ';

// The demo accounts (src/demo/mod.rs). The lead's authenticator key is random: `serve --demo`
// prints it as `totp=KEY` after the lead's password.
const DEMO_LEAD = { name: 'Priya Shah', email: 'lead@demo.example', password: 'demo-lead-words' };
const DEMO_PANEL = { name: 'Marcus Reid', email: 'panel@demo.example', password: 'demo-panel-words', label: 'Marcus Reid (lived experience)' };
// The open round needs two panel members per bid; another of the demo's.
const SECOND_PANEL_LABEL = 'Dr Helen Ward';

// The players the check page embeds for a video link cannot load here (no network).
const VIDEO_EMBED_HOSTS = ['www.youtube-nocookie.com', 'youtube-nocookie.com', 'player.vimeo.com', 'vimeo.com', 'i.vimeocdn.com', 'f.vimeocdn.com'];

const URDU = { code: 'ur', dir: 'rtl', name: 'Urdu' };
const POLISH = { code: 'pl', dir: 'ltr', name: 'Polish' };

// ---- the English that must not be left on a page in another language --------------------------
// Sentences from locales/en-GB/*.ftl, per page. Only the portal's own words: the demo round's
// name, summary and guidance are the programme team's, written in English.

const ENGLISH = {
  everyPage: ['Skip to main content', 'Support links', 'Accessibility statement', 'is free software for community grant programmes'],
  signedIn: ['Signed in as', 'Sign out', 'Your groups and bids'],
  home: ['Funding for community groups', 'How to apply', 'Create an account and tell us about your group', 'Grants of'],
  round: ['Start a bid', 'Where this round is up to', 'Who can apply', 'What the money can be used for', 'How bids are scored'],
  signIn: ['Email address', 'Email me a link to sign in', 'I have forgotten my password', 'New here?', 'You do not need a password', 'Your full name'],
  eligibility: ['Can your group apply?', 'Answer these 2 questions', 'You do not need an account', 'Continue'],
  eligible: ['Your group can apply', 'From your answers', 'Change your answers', 'New here?', 'Already have an account?', 'Sign in to carry on with your bid'],
  checkEmail: ['Check your email', 'We have sent an email to', 'check your spam folder'],
  firstGroup: ['Welcome. Now tell us about your group', 'Thank you for following the link', 'Group name', 'Save group'],
  group: ['Tell us about your group', 'Group name', 'What kind of group are you?', 'Faith group', 'Where you work', 'Save group'],
  groupAdded: ['has been added'],
  taskList: ['About the money', 'Need, reach and impact', 'Check your answers and send', 'Not started', 'Send your bid by'],
  money: ['About the money', 'A short name for your project', 'Your project in one sentence', 'How much are you asking for?', 'What will the money pay for?', 'Save and continue'],
  moneyErrors: ['There is a problem', 'Error:', 'Ask for between'],
  caseForm: ['Need, reach and impact', 'Link to a video (optional)', 'Or a few written words', 'Save and come back later', 'words is plenty'],
  taskListReady: ['Completed', 'Ready', 'Check your answers and send'],
  check: ['Check your answers before sending your bid', 'In one sentence', 'What it pays for', 'Now send your bid', 'Confirm and send'],
  sent: ['Bid sent', 'Your reference number', 'We have sent a receipt to', 'What happens next'],
};

// A message key shown in place of its words (a key missing from every locales/ file): the
// prefixes of the keys in locales/en-GB/, then at least one more part ("accounts-login-title").
const MESSAGE_KEY = /\b(?:accounts|bids?|dashboard|emails|errors?|format|grants|groups|languages|layout|money|nav|pages|pagination|public|rounds|what)(?:-[a-z0-9]+)+\b/g;

// The receipt's subject in English (locales/en-GB/emails.ftl, emails-bid-received-subject).
const ENGLISH_RECEIPT_SUBJECT = (reference) => `We have your bid ${reference}`;
const ENGLISH_RECEIPT_BODY = ['Thank you. We have received', 'Your reference is', 'What happens next'];

// ---- the people --------------------------------------------------------------------------------

// An Urdu-reading women's group. Their words are in Urdu; their video is in Pahari-Pothwari.
const nasreen = {
  person: { name: 'Nasreen Akhtar', email: 'nasreen.akhtar@example.org' },
  group: { name: 'اسپارک بروک خواتین کا حلقہ', kind: 'faith', area: 'Riverside' },
  bid: {
    title: 'سردیوں میں چائے اور گپ شپ',
    summary: 'اکیلی خواتین کے لیے ہر ہفتے چائے، گپ شپ اور ایک دوسرے کا سہارا۔',
    amount: '2500',
    purpose: 'ہال کا کرایہ، چائے، اور ایک تربیت یافتہ رضاکار کا خرچ۔',
    language: { code: 'other', other: 'Pahari-Pothwari' },
  },
};

// A Polish mothers' club. Their bid is written, in Polish.
const agnieszka = {
  person: { name: 'Agnieszka Kowalska', email: 'agnieszka.kowalska@example.org' },
  group: { name: 'Klub Polskich Mam', kind: 'unregistered', area: 'Riverside' },
  bid: {
    title: 'Spacery i rozmowy',
    summary: 'Cotygodniowe spacery i ciepła herbata dla samotnych polskich mam.',
    amount: '2000',
    purpose: 'Wynajem sali 40 £ tygodniowo przez 30 tygodni; herbata; szkolenie dla wolontariuszek.',
    need: 'Wiele polskich mam w Riverside jest samotnych i słabo mówi po angielsku. Nie ma dla nich grupy wsparcia w ich języku.',
    reach: 'Docieramy do około 40 mam przez parafię i polską szkołę sobotnią. Inne usługi do nich nie docierają.',
    impact: 'Mamy będą mniej samotne i będą wiedziały, gdzie szukać pomocy. Zapytamy je o to na początku i na końcu.',
    language: { code: 'pl', other: '' },
  },
  // What the lead writes in journey 3.
  translation: [
    'Walks and talks. Weekly walks and a warm drink for lonely Polish mothers.',
    'Need: many Polish mothers in Riverside are lonely and speak little English. There is no support group for them in their language.',
    'Reach: we reach about 40 mothers through the parish and the Polish Saturday school. Other services do not reach them.',
    'Impact: the mothers will be less lonely and will know where to look for help. We will ask them at the start and at the end.',
  ].join('\n\n'),
};

/** What journey 2 sent, for journey 3. */
const polishBid = { id: null, reference: null };

// ---- looking at pages --------------------------------------------------------------------------

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** Waits for the page's one `h1` and returns its text (spaces collapsed). */
async function h1Text(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.first().waitFor();
  assert.equal(await h1.count(), 1, `one h1 on ${page.url()}`);
  return squash(await h1.innerText());
}

/** Waits for the page's one `h1` to say `text` (the English pages of journey 3). */
async function heading(page, text) {
  assert.equal(await h1Text(page), text, `the h1 on ${page.url()}`);
}

/** The path of the page now, with its query. */
const here = (page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

/** Clicks a link and waits until `path` (a string, or a RegExp matched against path and query)
 * has loaded. */
async function clickAndWait(page, locator, path) {
  assert.equal(await locator.count(), 1, `one ${locator} on ${page.url()}`);
  const matches = (url) =>
    path instanceof RegExp ? path.test(url.pathname + url.search) : url.toString() === server.url(path);
  await Promise.all([page.waitForURL(matches, { waitUntil: 'load' }), locator.click()]);
}

/** Clicks a submit button (a locator) and returns the response of the POST itself (before any
 * redirect). */
async function submit(page, button) {
  assert.equal(await button.count(), 1, `one ${button} on ${page.url()}`);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    button.click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

/** The submit button of the form posting to `action` (a path). */
const buttonOf = (page, action) => page.locator(`main form[action="${action}"] button[type="submit"]`);

/** The words a reader sees (and a screen reader reads, the visually hidden ones too), with the
 * browser tab's title. */
async function pageWords(page) {
  const { title, text } = await page.evaluate(() => ({ title: document.title, text: document.body.innerText }));
  return squash(`${title}\n${text}`);
}

/** Whether a problem the context recorded is a request to a video host whose player the check
 * page embeds. Console errors and uncaught exceptions always count. */
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

/**
 * The journey's helpers, with `visited(label, english)` for each page: a check that the page is
 * in `language` with none of `english` (nor the words on every page) left on it, axe, and a
 * screenshot. Without a language (the English pages of journey 3): axe and a screenshot.
 * `visited` runs subtests of the journey, so it is called between steps, never inside one (a
 * subtest started inside another waits for it forever).
 */
function languageJourney(t, page, name, language) {
  const j = journey(t, { page: () => page(), name });
  let signedIn = false;
  async function visited(label, english = []) {
    if (language) {
      await j.check(`${label}: in ${language.name}${language.dir === 'rtl' ? ', right to left' : ''}, no English left`, async () => {
        const html = await page().evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        assert.deepEqual(html, { lang: language.code, dir: language.dir }, `<html lang dir> on ${here(page())}`);
        const words = await pageWords(page());
        const sentences = [...ENGLISH.everyPage, ...(signedIn ? ENGLISH.signedIn : []), ...english];
        const left = [...sentences.filter((sentence) => words.includes(sentence)), ...new Set(words.match(MESSAGE_KEY) || [])];
        assert.deepEqual(left, [], `English or message keys left on ${here(page())} (${label}): ${left.map((s) => `"${s}"`).join(', ')}`);
      });
    }
    await j.accessible(label);
    if (!j.stopped) await j.screenshot(label);
  }
  return {
    step: j.step,
    check: j.check,
    accessible: j.accessible,
    screenshot: j.screenshot,
    visited,
    /** From now on, the pages also have the signed-in header. */
    signedIn: () => {
      signedIn = true;
    },
    get stopped() {
      return j.stopped;
    },
  };
}

// ---- the parts journeys 1 and 2 share ----------------------------------------------------------

/** From the home page (the language already chosen) to the round, its questions, signing up on
 * the way (under "New here?" on the page that says the group can apply), the group (on the page
 * the emailed link opens), which opens the new bid at its money, and the bid's task list. Sets
 * `made.bidPath`. */
async function signUpAndStartBid(page, j, { person, group }, made) {
  const { step, visited } = j;

  await step('follow the round from the home page', async () => {
    await clickAndWait(page, page.locator(`main a[href="${ROUND_PATH}"]`).first(), ROUND_PATH);
    await h1Text(page);
  });
  await visited('round', ENGLISH.round);

  await step('"Start a bid": two questions first, with no account needed', async () => {
    await clickAndWait(page, page.locator(`main a.button[href="${ELIGIBILITY_PATH}"]`).first(), ELIGIBILITY_PATH);
    await h1Text(page);
  });
  await visited('can your group apply', ENGLISH.eligibility);

  await step('answer the questions (yes, no): the group can apply, and "New here?" is on the same page', async () => {
    await page.locator('main fieldset').nth(0).locator('input[value="yes"]').check();
    await page.locator('main fieldset').nth(1).locator('input[value="no"]').check();
    await clickAndWait(page, page.locator(`main form[action="${ELIGIBILITY_PATH}"] button[type="submit"]`), /\/eligibility\?/);
    await h1Text(page);
    assert.equal(await page.inputValue('form[action="/register"] input[name="next"]'), START_PATH, 'registering carries the answers on');
  });
  await visited('the group can apply', ENGLISH.eligible);

  await step('begin under "New here?" with a name and an email address: "Check your email"', async () => {
    await page.fill('#new-name', person.name);
    await page.fill('#new-email', person.email);
    const response = await submit(page, buttonOf(page, '/register'));
    assert.equal(response.status(), 200, `asked for the link; the page says:\n${await page.locator('main').innerText()}`);
    await h1Text(page);
    assert.ok((await page.locator('main').innerText()).includes(person.email), 'says where the link went');
  });
  await visited('check your email', ENGLISH.checkEmail);

  await step('open the emailed link: the group form, the contact filled in already', async () => {
    const { link } = await server.outbox.nextLink('finish_registration', '/login/link/', { to: person.email });
    assert.equal((await page.goto(link)).status(), 200);
    await h1Text(page);
    assert.equal(await page.inputValue('input[name="contact_email"]'), person.email, 'the contact is filled in already');
  });
  await visited('the link: tell us about your group', ENGLISH.firstGroup);

  await step('save the group: the account is made, and straight into a new bid at its first part (the money)', async () => {
    await page.fill('input[name="name"]', group.name);
    await page.check(`input[name="kind"][value="${group.kind}"]`);
    await page.fill('input[name="area"]', group.area);
    const response = await submit(page, page.locator('main form[action$="/group"] button[type="submit"]'));
    assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
    const path = new URL(page.url()).pathname;
    assert.match(path, /^\/bids\/\d+\/money$/, 'a group made on the way to a bid goes straight into the bid');
    made.bidPath = path.replace(/\/money$/, '');
    await page.locator('.notification-banner').waitFor();
    await h1Text(page);
    assert.equal(await page.locator('header .site-header__person strong').innerText(), person.name);
  });
  j.signedIn();
  await visited('about the money, straight after saving the group', [...ENGLISH.money, ...ENGLISH.groupAdded]);

  await step("open the bid's task list", async () => {
    assert.equal((await page.goto(server.url(made.bidPath))).status(), 200);
    await h1Text(page);
  });
  await visited('task list, new bid', ENGLISH.taskList);
}

/** Fills in "About the money". */
async function fillMoney(page, bid) {
  await page.fill('input[name="title"]', bid.title);
  await page.fill('input[name="summary"]', bid.summary);
  await page.fill('input[name="amount_requested"]', bid.amount);
  await page.fill('textarea[name="purpose"]', bid.purpose);
}

/** Says which language the bid is in, on the case page (the select `language`, with
 * `language_other` for another language). */
async function chooseBidLanguage(page, { code, other }) {
  await page.locator('select[name="language"]').selectOption(code);
  if (other) await page.fill('input[name="language_other"]', other);
}

/** From the task list (both parts done) to "Check your answers", "Confirm and send" and
 * "Bid sent". Sets `made.reference`. */
async function checkAndSend(page, j, person, made) {
  const { step, visited } = j;

  await step('"Check your answers and send"', async () => {
    await clickAndWait(page, page.locator(`main a[href="${made.bidPath}/check"]`), `${made.bidPath}/check`);
    await h1Text(page);
  });
  await visited('check your answers', ENGLISH.check);

  await step('confirm and send: "Bid sent", with a reference', async () => {
    const response = await submit(page, buttonOf(page, `${made.bidPath}/submit`));
    assert.equal(response.status(), 303, `sent; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(`${made.bidPath}/sent`));
    made.reference = squash(await page.locator('.panel strong').innerText());
    assert.match(made.reference, REFERENCE);
    assert.ok((await page.locator('main').innerText()).includes(person.email), 'says where the receipt went');
  });
  await visited('bid sent', ENGLISH.sent);
}

// ---- journey 1: Urdu, right to left ------------------------------------------------------------

test('A new person whose browser asks for Urdu applies by video link', { timeout: 300_000 }, async (t) => {
  const context = await newContext(browser, 'phone', {
    locale: 'ur-PK',
    extraHTTPHeaders: { 'Accept-Language': 'ur-PK,ur;q=0.9' },
  });
  t.after(() => context.close());
  const page = await context.newPage();
  const j = languageJourney(t, () => page, 'languages-urdu-phone', URDU);
  const { step, check, visited } = j;
  const { person, group, bid } = nasreen;
  const made = { bidPath: null, reference: null };
  const started = Date.now();

  await step('open the home page: the browser asked for Urdu, so it is in Urdu, right to left', async () => {
    const response = await page.goto(server.url('/'));
    assert.equal(response.status(), 200);
    await page.locator('html[lang="ur"][dir="rtl"]').waitFor({ state: 'attached' });
    await h1Text(page);
  });
  await visited('home', ENGLISH.home);

  await signUpAndStartBid(page, j, { person, group }, made);

  await step('go to the money', async () => {
    await clickAndWait(page, page.locator(`main a[href="${made.bidPath}/money"]`), `${made.bidPath}/money`);
    await h1Text(page);
  });
  await visited('about the money', ENGLISH.money);

  // A part saves as far as it goes, so only an answer that is there but wrong is refused: an
  // amount below the round's smallest award.
  await step('"Save and continue" with only an amount, below the smallest award: refused at the amount', async () => {
    await page.fill('input[name="amount_requested"]', '50');
    const response = await submit(page, page.locator('main form button[name="then"][value="continue"]'));
    assert.equal(response.status(), 422);
    assert.equal(new URL(page.url()).pathname, `${made.bidPath}/money`);
    await page.locator('.error-summary').waitFor();
  });
  await visited('about the money, with errors', [...ENGLISH.money, ...ENGLISH.moneyErrors]);

  await check('right to left mirrors the page: the red bar of a field with a problem is on its right', async () => {
    const group = page.locator('.form-group--error').first();
    await group.waitFor();
    const sides = await group.evaluate((el) => {
      const style = getComputedStyle(el);
      return { right: parseFloat(style.borderRightWidth), left: parseFloat(style.borderLeftWidth) };
    });
    assert.ok(sides.right > 0 && sides.left === 0, `the border is on the right only: ${JSON.stringify(sides)}`);
  });

  await step('fill in the money and "Save and continue": on to need, reach and impact', async () => {
    await fillMoney(page, bid);
    const response = await submit(page, page.locator('main form button[name="then"][value="continue"]'));
    assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(`${made.bidPath}/case`));
    await h1Text(page);
  });
  await visited('need, reach and impact', ENGLISH.caseForm);

  await step('give a YouTube link (a video in Pahari-Pothwari) and "Save and come back later"', async () => {
    await chooseBidLanguage(page, bid.language);
    await page.fill('input[name="video_url"]', VIDEO);
    const response = await submit(page, page.locator('main form button[name="then"][value="later"]'));
    assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(made.bidPath));
    assert.equal(await page.locator(`main a[href="${made.bidPath}/check"]`).count(), 1, 'ready to check and send');
  });
  await visited('task list, ready to send', ENGLISH.taskListReady);

  await checkAndSend(page, j, person, made);

  await step('no script errors, console errors or failed requests on any page (the video player aside)', async () => {
    assert.deepEqual(context.problems.filter((p) => !isVideoEmbedRequest(p)), []);
    t.diagnostic(`journey 1 took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});

// ---- journey 2: Polish, by the language switcher, and the receipt in Polish --------------------

test('A Polish-speaking group applies in Polish and gets its receipt in Polish', { timeout: 300_000 }, async (t) => {
  const context = await newContext(browser, 'phone');
  t.after(() => context.close());
  const page = await context.newPage();
  const j = languageJourney(t, () => page, 'languages-polish-phone', POLISH);
  const { step, check, accessible, screenshot, visited } = j;
  const { person, group, bid } = agnieszka;
  const made = { bidPath: null, reference: null };
  const started = Date.now();

  await step('open the home page on an English browser: in English', async () => {
    const response = await page.goto(server.url('/'));
    assert.equal(response.status(), 200);
    await page.locator('html[lang="en-GB"][dir="ltr"]').waitFor({ state: 'attached' });
  });
  await accessible('home, in English');
  await screenshot('home-in-English');

  await step('choose "Polski" in the language switcher: the home page in Polish', async () => {
    const polski = page.locator('nav.language-switcher a[hreflang="pl"]');
    assert.equal(squash(await polski.innerText()), 'Polski');
    await clickAndWait(page, polski, '/?lang=pl');
    await h1Text(page);
  });
  await visited('home', ENGLISH.home);

  await signUpAndStartBid(page, j, { person, group }, made);

  await step('go to the money', async () => {
    await clickAndWait(page, page.locator(`main a[href="${made.bidPath}/money"]`), `${made.bidPath}/money`);
    await h1Text(page);
  });
  await visited('about the money', ENGLISH.money);

  await step('fill in the money and "Save and continue": on to need, reach and impact', async () => {
    await fillMoney(page, bid);
    const response = await submit(page, page.locator('main form button[name="then"][value="continue"]'));
    assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(`${made.bidPath}/case`));
    await h1Text(page);
  });
  await visited('need, reach and impact', ENGLISH.caseForm);

  await step('write need, reach and impact in Polish, the bid in Polish, and "Save and come back later"', async () => {
    await chooseBidLanguage(page, bid.language);
    await page.fill('textarea[name="need"]', bid.need);
    await page.fill('textarea[name="reach"]', bid.reach);
    await page.fill('textarea[name="impact"]', bid.impact);
    const response = await submit(page, page.locator('main form button[name="then"][value="later"]'));
    assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(made.bidPath));
    assert.equal(await page.locator(`main a[href="${made.bidPath}/check"]`).count(), 1, 'ready to check and send');
  });
  await visited('task list, ready to send', ENGLISH.taskListReady);

  await checkAndSend(page, j, person, made);
  polishBid.id = made.bidPath ? Number(made.bidPath.split('/').pop()) : null;
  polishBid.reference = made.reference;

  await check('the receipt (bid_received) is in Polish', async () => {
    const email = await server.outbox.next('bid_received', { to: person.email });
    assert.ok(email.subject.includes(made.reference), `the subject names ${made.reference}: "${email.subject}"`);
    assert.notEqual(email.subject, ENGLISH_RECEIPT_SUBJECT(made.reference), `the subject is the English one: "${email.subject}"`);
    // "wniosek" (a bid), as the Polish messages call it; in the receipt it may be declined.
    assert.match(email.subject + email.text, /wnios(ek|ku|kiem)/i, `a Polish word for the bid; the email says:\n${email.subject}\n${email.text}`);
    const english = ENGLISH_RECEIPT_BODY.filter((sentence) => email.text.includes(sentence));
    assert.deepEqual(english, [], `English left in the receipt:\n${email.text}`);
    assert.ok(email.text.includes(made.reference) && email.text.includes(bid.title), 'names the reference and the bid');
  });

  await step('no script errors, console errors or failed requests on any page', async () => {
    assert.deepEqual(context.problems, []);
    t.diagnostic(`journey 2 took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});

// ---- journey 3: the English translation beside the group's own words ---------------------------

test('A panel member sees a bid written in Polish with a connector\'s English translation beside it', { timeout: 300_000 }, async (t) => {
  const contexts = { lead: await newContext(browser, 'phone'), panel: await newContext(browser, 'phone') };
  t.after(() => Promise.all(Object.values(contexts).map((c) => c.close())));
  const pages = { lead: await contexts.lead.newPage(), panel: await contexts.panel.newPage() };
  let page = pages.lead;
  const j = languageJourney(t, () => page, 'languages-translation-phone', null);
  const { step, check, visited } = j;
  const { bid, translation } = agnieszka;
  const leadBidPath = () => `/manage/bids/${polishBid.id}`;
  const translationPath = () => `${leadBidPath()}/translation`;
  const started = Date.now();

  /** Signs in on /login (the page now) as `who`; answers the response to "Sign in". */
  async function signIn(who) {
    // The sign-in form itself: "New here?" below it has an email address too.
    const form = page.locator('main form[action="/login"]');
    await form.getByLabel('Email address').fill(who.email);
    await form.getByLabel('Password', { exact: true }).fill(who.password);
    return submit(page, form.getByRole('button', { name: 'Sign in', exact: true }));
  }

  await step('the Polish group sent its bid (journey 2)', async () => {
    assert.ok(polishBid.id && polishBid.reference, 'journey 2 sent the Polish bid; this journey starts from it');
  });

  await step('the demo lead opens the bid: asked to sign in', async () => {
    const response = await page.goto(server.url(leadBidPath()));
    assert.equal(response.status(), 200);
    assert.match(here(page), /^\/login\?next=/);
    await heading(page, 'Sign in');
  });
  await visited('sign in (lead)');

  await step('the lead signs in with the password: asked for the code from the authenticator app', async () => {
    const response = await signIn(DEMO_LEAD);
    assert.equal(response.status(), 303);
    assert.equal(new URL(page.url()).pathname, '/login/two-factor');
  });
  await visited('code from the app (lead)');

  await step("the lead gives the app's code: the bid", async () => {
    const key = /^\s*lead lead@demo\.example \S+ totp=([A-Z2-7]+)\s*$/m.exec(server.output())?.[1];
    assert.ok(key, `serve --demo printed the lead's key (totp=…); it printed:\n${server.output()}`);
    const response = await enterAppCode({
      page,
      key,
      heading,
      submit: (p, name) => submit(p, p.getByRole('button', { name, exact: true })),
    });
    assert.equal(response.status(), 303);
    assert.equal(page.url(), server.url(leadBidPath()));
    assert.match(await h1Text(page), new RegExp(`^${bid.title} `));
  });
  await visited('bid to screen (lead)');

  await step("the lead's front door, /dashboard: what waits in the programme, not an applicant's empty page", async () => {
    assert.equal((await page.goto(server.url('/dashboard'))).status(), 200);
    await heading(page, 'What is waiting for you');
    await page.getByRole('link', { name: /^\d+ bids? to screen$/ }).first().waitFor();
    assert.equal(await page.getByText('You have no bids yet').count(), 0);
  });
  await visited('dashboard (lead)');

  await step('back to the bid', async () => {
    assert.equal((await page.goto(server.url(leadBidPath()))).status(), 200);
    assert.match(await h1Text(page), new RegExp(`^${bid.title} `));
  });

  await check("the lead's page says the bid is in Polish", async () => {
    const main = squash(await page.locator('main').innerText());
    assert.ok(main.includes('Polish'), `the page names the bid's language, Polish; it says:\n${main.slice(0, 600)}…`);
  });

  await step('follow "Add an English translation" to its page', async () => {
    await clickAndWait(page, page.locator(`main a[href="${translationPath()}"]`), translationPath());
    await h1Text(page);
    assert.equal(await page.locator(`main form[action="${translationPath()}"] textarea[name="translation"]`).count(), 1);
  });
  await visited('add an English translation (lead)');

  await step('write the English translation and save it: back on the bid', async () => {
    await page.fill(`main form[action="${translationPath()}"] textarea[name="translation"]`, translation);
    const response = await submit(page, buttonOf(page, translationPath()));
    assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(leadBidPath()));
  });
  await visited('bid with its translation (lead)');

  await step(`give the bid to ${DEMO_PANEL.name} and ${SECOND_PANEL_LABEL}, and pass it to the panel`, async () => {
    await page.getByLabel(DEMO_PANEL.label, { exact: true }).check();
    await page.getByLabel(SECOND_PANEL_LABEL, { exact: true }).check();
    let response = await submit(page, buttonOf(page, `${leadBidPath()}/assign`));
    assert.equal(response.status(), 303, `assigned; the page says:\n${await page.locator('main').innerText()}`);
    response = await submit(page, buttonOf(page, `${leadBidPath()}/start-review`));
    assert.equal(response.status(), 303, `passed to the panel; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(leadBidPath()));
    assert.match(await h1Text(page), /With the panel$/);
  });
  await visited('bid with the panel (lead)');

  // While the lead is signed in: the page where a lead says who runs the programme and how to
  // reach a person (issue 16), looked at once with axe and photographed.
  await step("the lead opens the demo programme's contact page: the team's details, filled in", async () => {
    const response = await page.goto(server.url('/manage/programmes/1/contact'));
    assert.equal(response.status(), 200);
    await heading(page, 'Who runs this programme and how to reach you');
    assert.equal(await page.getByLabel('Email address groups can write to').inputValue(), 'grants@riverside-icb.example.org');
    assert.equal(await page.getByLabel('Phone number (optional)').inputValue(), '0121 496 0000');
  });
  await visited('programme contact (lead)');

  // Co-production (issue 18): the involvement budget, and the tracker's list of items with the
  // views waiting for an answer.
  await step("the lead opens the programme's involvement budget: this year's payments for people's time", async () => {
    assert.equal((await page.goto(server.url('/manage/programmes/1/involvement'))).status(), 200);
    assert.match(await h1Text(page), /^Involvement budget /);
    const main = await page.locator('main').innerText();
    assert.ok(main.includes('Marcus Reid'), 'the demo panel member was paid for scoring');
  });
  await visited('involvement budget (lead)');
  await step("the lead opens the programme's tracker: the items and the views to answer", async () => {
    assert.equal((await page.goto(server.url('/manage/programmes/1/tracker'))).status(), 200);
    await heading(page, "The programme's tracker");
  });
  await visited('tracker (lead)');

  // While the lead is signed in: the lead's front door, the round's ranking and the two reports a
  // lead takes to the board, photographed at a desktop's width and a phone's (kept in output/ to
  // look at), none wider than the phone's screen; and the pot's chart checked as served: money
  // moves in steps (paths of horizontal and vertical moves only) against axes labelled in round
  // amounts.
  const leadPages = [
    ['lead-dashboard', '/dashboard'],
    ['ranking', '/manage/rounds/2/ranking'],
    ['pot-report', '/manage/pots/1/report'],
    ['equity-report', '/manage/programmes/1/equity'],
    ['measures', '/manage/programmes/1/measures'],
    ['measures-report', '/manage/programmes/1/measures-report'],
  ];
  for (const [label, path] of leadPages) {
    await step(`the lead opens the ${label.replace('-', ' ')} at 1280 and 390 pixels wide`, async () => {
      for (const [size, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
        await page.setViewportSize(viewport);
        assert.equal((await page.goto(server.url(path))).status(), 200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${label} at ${size}: the page scrolls sideways by ${overflow}px`);
        await saveScreenshot(page, `${label}-${size}`);
      }
    });
  }
  await check("the pot report's chart: steps, and each panel's axis labelled in round amounts", async () => {
    assert.equal((await page.goto(server.url('/manage/pots/1/report'))).status(), 200);
    const chart = page.locator('svg#months-chart');
    const paths = await chart.locator('path.chart__step').evaluateAll((all) => all.map((p) => p.getAttribute('d')));
    assert.ok(paths.length >= 2, `step paths: ${paths.length}`);
    for (const d of paths) assert.match(d, /^M[\d.]+,[\d.]+([HV][\d.]+)+$/, `only horizontal and vertical moves: ${d}`);
    assert.ok(paths.some((d) => d.includes('V')), 'at least one step');
    const ticks = await chart.locator('.chart__tick-label text').allTextContents();
    assert.ok(ticks.length >= 4 && ticks.every((tick) => /^£\d{1,3}(,\d{3})*$/.test(tick)), `round amounts: ${ticks.join(', ')}`);
    assert.equal(ticks.filter((tick) => tick === '£0').length, 2, `each of the two panels starts at £0: ${ticks.join(', ')}`);
    const months = await chart.locator('text').allTextContents();
    assert.ok(months.includes('Apr') && months.includes('Mar'), 'the months along the bottom');
    const fontPx = await chart.locator('text').first().evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(fontPx >= 10, `the chart's text is readable on a phone (${fontPx.toFixed(1)}px high)`);
  });
  await page.setViewportSize({ width: 390, height: 844 });

  const panelPath = () => `/panel/bids/${polishBid.id}`;
  await step(`${DEMO_PANEL.name} opens the bid on their phone: asked to sign in`, async () => {
    page = pages.panel;
    const response = await page.goto(server.url(panelPath()));
    assert.equal(response.status(), 200);
    await heading(page, 'Sign in');
  });
  await visited('sign in (panel member)');

  await step(`${DEMO_PANEL.name} signs in: the bid to score`, async () => {
    const response = await signIn(DEMO_PANEL);
    assert.equal(response.status(), 303);
    assert.equal(page.url(), server.url(panelPath()));
    await heading(page, bid.title);
  });
  await visited('bid to score, with a translation (panel member)');

  await step(`${DEMO_PANEL.name}'s front door, /dashboard: the bids to score`, async () => {
    assert.equal((await page.goto(server.url('/dashboard'))).status(), 200);
    await heading(page, 'What is waiting for you');
    await page.getByRole('link', { name: /^\d+ bids? to score$/ }).waitFor();
    for (const [size, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
      await page.setViewportSize(viewport);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the panel's dashboard at ${size}: the page scrolls sideways by ${overflow}px`);
      await saveScreenshot(page, `panel-dashboard-${size}`);
    }
  });
  await visited('dashboard (panel member)');

  await step(`${DEMO_PANEL.name} opens what they have been paid for their time, and their choice`, async () => {
    assert.equal((await page.goto(server.url('/panel/payments'))).status(), 200);
    await heading(page, 'What you have been paid');
    const main = await page.locator('main').innerText();
    assert.ok(/benefits/i.test(main), 'it says plainly that payments can affect benefits');
  });
  await visited('payments for time (panel member)');

  await step(`${DEMO_PANEL.name}'s queue: what came of last year's bids, and the lead's reason for a decision out of rank order`, async () => {
    assert.equal((await page.goto(server.url('/panel'))).status(), 200);
    await page.getByRole('heading', { level: 2, name: "Decisions that differ from the panel's ranking" }).waitFor();
    const main = squash(await page.locator('main').innerText());
    assert.ok(main.includes('Not funded, though above the funding line'), `the departure is named; the page says:\n${main}`);
    assert.ok(main.includes("The lead's reason: Another funder is paying for this work this year"), 'with the reason');
  });
  await visited("panel member's queue with the lead's reasons");

  await step('back to the bid to score', async () => {
    assert.equal((await page.goto(server.url(panelPath()))).status(), 200);
    await heading(page, bid.title);
  });

  await check("the group's own words are there, as they wrote them", async () => {
    const main = squash(await page.locator('main').innerText());
    for (const words of [bid.summary, bid.need, bid.reach, bid.impact]) {
      assert.ok(main.includes(words), `the page shows "${words}"`);
    }
  });

  await check('the group\'s words are marked as Polish (lang="pl"), so a screen reader reads them in Polish (WCAG 3.1.2)', async () => {
    const langs = await page.locator('main').evaluate((main, texts) => {
      const found = {};
      for (const text of texts) {
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.textContent.includes(text)) {
            found[text.slice(0, 30)] = node.parentElement.closest('[lang]')?.getAttribute('lang') ?? null;
            break;
          }
        }
      }
      return found;
    }, [bid.summary, bid.need]);
    assert.deepEqual(Object.values(langs), ['pl', 'pl'], `the language each is marked with: ${JSON.stringify(langs)}`);
  });

  await check(`beside them, the English translation (.translation), with who made it: ${DEMO_LEAD.name}`, async () => {
    const box = page.locator('main .translation');
    assert.equal(await box.count(), 1, 'one translation on the page');
    const text = squash(await box.innerText());
    for (const paragraph of translation.split('\n\n')) assert.ok(text.includes(squash(paragraph)), `it has "${paragraph}"`);
    assert.ok(text.includes(DEMO_LEAD.name), `it names the translator, ${DEMO_LEAD.name}: "${text}"`);
  });

  await step('no script errors, console errors or failed requests on any page', async () => {
    assert.deepEqual([...contexts.lead.problems, ...contexts.panel.problems], []);
    t.diagnostic(`journey 3 took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
