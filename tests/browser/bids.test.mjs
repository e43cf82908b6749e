// The applicant's journey, the heart of the product: "a two-volunteer group applies on a phone in
// fifteen minutes". On the demo portal (`serve --demo`, with the open round "Winter wellbeing
// small grants", awards of £500 to £5,000), on a phone and on a desktop:
//
//   A. a new person registers and confirms their address, finds the round from the home page,
//      tells us about their group on the way (saving it opens the bid at "About the money"),
//      answers "About the money" (after an amount below the round's smallest award), gives a
//      video link (after an http:// one), checks the answers and sends the bid, gets a reference and a receipt by email, and sees the bid as
//      "Sent" on their dashboard;
//   B. the same, but with a recording uploaded from the phone instead of a link (after a text file
//      renamed story.mp4), which the check page plays back with a <video> element.
//
// On a phone, journey A also finds the programme team's contact (issue 16): the line on the
// round's card, "Questions? Talk to a person" on the round page, "Bid sent" and the sent bid, and
// the team in the footer of "Bid sent"; it photographs the round page and "Bid sent". A short
// last test opens the programme's privacy notice and the accessibility statement signed out, on a
// phone and a desktop (the notice once in Urdu, right to left), and photographs each.
//
// Every page visited is checked with axe (WCAG 2.2 AA), pages showing errors included; the task
// list is checked with the keyboard; and every page must run without console errors or failed
// requests, except requests to the video hosts whose players the check page embeds: the test
// browser has no network, so the YouTube (youtube-nocookie.com) or Vimeo player cannot load.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { finishRegistration, journey, launchBrowser, newContext, startServer } from './lib/index.mjs';

let server;
let browser;

before(async () => {
  // The demo portal: an open round and the demo accounts; applicants register themselves.
  server = await startServer({ args: ['--demo'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const SERVICE = 'smallgrants';
const ROUND = { name: 'Winter wellbeing small grants', slug: 'winter-wellbeing' };
const ROUND_PATH = `/rounds/${ROUND.slug}`;
// The demo round asks two eligibility questions (ids 1 and 2) before any bid; answered Yes and No,
// the Start button carries the answers.
const ELIGIBILITY_PATH = `${ROUND_PATH}/eligibility`;
const START_PATH = `${ROUND_PATH}/bids/new?eligibility=1-yes.2-no`;
const REFERENCE = /SG-\d{4}-\d{4}/;

// The demo programme's public identity (src/demo/mod.rs): who runs it and how to reach a person.
const PROGRAMME = {
  name: 'Riverside Community Mental Health Small Grants',
  slug: 'riverside-small-grants',
  team: 'Riverside Community Grants Team',
  funder: 'NHS Riverside Integrated Care Board',
  email: 'grants@riverside-icb.example.org',
  phone: '0121 496 0000',
  tel: 'tel:01214960000',
  hours: 'Monday to Friday, 9am to 5pm',
};
const PROGRAMME_PRIVACY_PATH = `/programmes/${PROGRAMME.slug}/privacy`;

// The players the check page embeds for a video link. They cannot load here (no network), so
// their failed requests are not the portal's problems.
const VIDEO_EMBED_HOSTS = ['www.youtube-nocookie.com', 'youtube-nocookie.com', 'player.vimeo.com', 'vimeo.com', 'i.vimeocdn.com', 'f.vimeocdn.com'];

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
  return (await note.innerText()).replace(/\s+/g, ' ').trim();
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
 * described by it. */
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
      const hint = li.querySelector('.task-list__hint');
      const label = li.querySelector('span');
      const title = (link ? link.textContent : label.firstChild.textContent).trim();
      return {
        title,
        href: link ? link.getAttribute('href') : null,
        status: li.querySelector('.tag')?.textContent.trim() ?? null,
        hint: hint ? hint.textContent.trim() : null,
      };
    }),
  );
}

/** The task called `title`, from `tasks(page)`. */
async function taskNamed(page, title) {
  const all = await tasks(page);
  const found = all.find((t) => t.title === title);
  assert.ok(found, `the task list has "${title}"; it has ${JSON.stringify(all.map((t) => t.title))}`);
  return found;
}

/** Whether a problem the context recorded is a request to a video host whose player the check
 * page embeds (it cannot load: the test browser has no network). Console errors and uncaught
 * exceptions always count, whatever they mention. */
function isVideoEmbedRequest(problem) {
  if (problem.startsWith('console error') || problem.startsWith('uncaught exception')) return false;
  // "request failed: GET <url>: <error>" or "<type> <url> answered <status> on <page>": the
  // first address is the request's.
  const first = /https?:\/\/[^\s]+/.exec(problem);
  if (!first) return false;
  try {
    return VIDEO_EMBED_HOSTS.includes(new URL(first[0].replace(/:$/, '')).hostname);
  } catch {
    return false;
  }
}

/** The context's problems, less the video players' requests (reported as a diagnostic). */
function problemsExceptVideoEmbeds(t, problems) {
  const ignored = problems.filter(isVideoEmbedRequest);
  if (ignored.length) t.diagnostic(`left out, as the video host cannot be reached offline: ${ignored.join(' | ')}`);
  return problems.filter((p) => !isVideoEmbedRequest(p));
}

/** The journey's helpers, with `accessible(label)` also checking, on a phone, that the page fits
 * the screen's width without scrolling sideways (WCAG 1.4.10 Reflow). */
function applicantJourney(t, page, name, kind) {
  const j = journey(t, { page: () => page, name });
  const accessible = async (label) => {
    await j.accessible(label);
    if (kind !== 'phone') return;
    await j.check(`fits a 390px-wide phone screen without scrolling sideways: ${label}`, async () => {
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const describe = (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
        const over = [];
        // Text that runs past the screen's edge (a long word in a box that does not wrap it).
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node && over.length < 5; node = walker.nextNode()) {
          if (!node.textContent.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          if (box.width > 0 && box.right > width + 1 && !node.parentElement.closest('.table-wrapper')) {
            const path = [];
            for (let el = node.parentElement; el && el !== document.body && path.length < 3; el = el.parentElement) path.unshift(describe(el));
            over.push(`"${node.textContent.trim().slice(0, 60)}" in ${path.join(' > ')} (right edge ${Math.round(box.right)}px)`);
          }
        }
        // Boxes wider than the screen.
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
  };
  return { step: j.step, check: j.check, accessible, screenshot: j.screenshot, get stopped() { return j.stopped; } };
}

/** `scope` (the round page's or sent page's team panel, the footer's team part, a round card)
 * is on screen and shows, to the eye, who runs the programme, its email address as a mailto: link
 * and its phone number as a tel: link; `hours` too where the hours are shown. */
async function assertTeamContact(scope, where, { hours = true } = {}) {
  assert.equal(await scope.count(), 1, `one ${where}`);
  assert.ok(await scope.isVisible(), `the ${where} is visible`);
  const text = (await scope.innerText()).replace(/\s+/g, ' ');
  assert.ok(text.includes(`Run by ${PROGRAMME.team} for ${PROGRAMME.funder}`), `the ${where} says who runs the programme: "${text}"`);
  const email = scope.getByRole('link', { name: PROGRAMME.email, exact: true });
  assert.equal(await email.count(), 1, `one link to ${PROGRAMME.email} in the ${where}`);
  assert.ok(await email.isVisible(), `the email link in the ${where} is visible`);
  assert.equal(await email.getAttribute('href'), `mailto:${PROGRAMME.email}`);
  const phone = scope.getByRole('link', { name: PROGRAMME.phone, exact: true });
  assert.equal(await phone.count(), 1, `one link to ${PROGRAMME.phone} in the ${where}`);
  assert.ok(await phone.isVisible(), `the phone link in the ${where} is visible`);
  assert.equal(await phone.getAttribute('href'), PROGRAMME.tel);
  if (hours) assert.ok(text.includes(PROGRAMME.hours), `the ${where} says when someone answers: "${text}"`);
}

/** The "Questions? Talk to a person" panel in the page's main part. */
const teamPanel = (page) => page.locator('main section.team-panel', { has: page.getByRole('heading', { name: 'Questions? Talk to a person', exact: true }) });

/** The footer's part for a page within the programme. */
const footerTeam = (page) => page.locator('footer div.site-footer__team');

// ---- files -----------------------------------------------------------------------------------

/** About 50 KB that starts like an MP4 from a phone: an ISO BMFF `ftyp` box (brand mp42,
 * compatible mp42 and isom) and a `free` box, then zeros. Enough for the server, which judges a
 * recording by its first bytes; not a video anyone can watch. */
function smallMp4(size = 50 * 1024) {
  const head = Buffer.concat([
    Buffer.from([0x00, 0x00, 0x00, 0x18]),
    Buffer.from('ftypmp42', 'latin1'),
    Buffer.from([0x00, 0x00, 0x00, 0x00]),
    Buffer.from('mp42isom', 'latin1'),
    Buffer.from([0x00, 0x00, 0x00, 0x08]),
    Buffer.from('free', 'latin1'),
  ]);
  return Buffer.concat([head, Buffer.alloc(size - head.length)]);
}

// ---- the people and groups -------------------------------------------------------------------

/** A new applicant, group and bid. The email address is `grace.<journey>.<kind>.<12 characters>
 * @example.org`, so its length is the same on every run: 42 characters for the video journey on
 * a phone, 46 for the recording journey on a phone. Real addresses are often that long (a group's
 * shared address such as stannes.tuesday.circle.volunteers@btinternet.com is 48), and the pages
 * that show the address must wrap it on a phone. */
function newApplicant(journeyName, kind) {
  const stamp = `${Date.now().toString(36).padStart(8, '0')}${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;
  const side = kind === 'phone' ? 'Phone' : 'Desk';
  return {
    person: {
      name: `Grace Mensah ${journeyName} ${side}`,
      email: `grace.${journeyName.toLowerCase()}.${kind}.${stamp}@example.org`,
      password: 'lantern meadow quiet harbour',
    },
    group: {
      name: `St Anne's Tuesday Circle ${journeyName} ${side} ${stamp}`,
      kind: 'Faith group',
      area: 'Sparkbrook and Balsall Heath',
      postcode: 'b11 1aa',
    },
    bid: {
      title: `Walk and talk ${journeyName} ${side}`,
      summary: 'Weekly walks and a warm drink for people feeling low through the winter.',
      amount: '£2,500',
      amountShown: '£2,500',
      purpose: 'Room hire £40 a week for 30 weeks; tea and biscuits; a sessional peer support worker.',
    },
  };
}

// ---- the parts both journeys share -----------------------------------------------------------

/** Registers `person`, confirms the address from the emailed link. */
async function registerAndConfirm(page, j, person) {
  const { step, accessible } = j;

  await step('open the home page, signed out', async () => {
    const response = await page.goto(server.url('/'));
    assert.equal(response.status(), 200);
    await heading(page, 'Funding for community groups');
    assert.equal(await signedInAs(page), null);
  });
  await accessible('home, signed out');

  await step('follow "Create an account" in the header', async () => {
    await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Create an account' }), '/register');
    await heading(page, 'Create an account');
  });
  await accessible('register');

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
  });
  await accessible('dashboard of a new account');

}

/** From the home page to the round, "Start a bid", the group form, and the bid's task list.
 * Sets `made.bidPath`. With `team`, also checks the programme team's contact on the round's card
 * and the round page, and photographs the round page. */
async function startBidWithNewGroup(page, j, { group, person }, made, { team = false } = {}) {
  const { step, check, accessible } = j;

  await step(`the home page, signed in, lists "${ROUND.name}"`, async () => {
    const response = await page.goto(server.url('/'));
    assert.equal(response.status(), 200);
    assert.equal(await signedInAs(page), person.name);
    const card = page.locator('li.card', { has: page.getByRole('link', { name: ROUND.name, exact: true }) });
    assert.equal(await card.count(), 1, 'one card for the round');
  });
  await accessible('home, signed in');

  if (team) {
    await check("the round's card says who runs the programme, with its email and phone as links", async () => {
      const card = page.locator('li.card', { has: page.getByRole('link', { name: ROUND.name, exact: true }) });
      await assertTeamContact(card.locator('.round-card__team'), "card's team line", { hours: false });
    });
  }

  await step("follow the round's name to its page", async () => {
    const card = page.locator('li.card', { has: page.getByRole('link', { name: ROUND.name, exact: true }) });
    await clickAndWait(page, card.getByRole('link', { name: ROUND.name, exact: true }), ROUND_PATH);
    assert.equal(await h1Text(page), `${ROUND.name} Open`);
  });
  await accessible('round page');

  if (team) {
    await check('the round page has "Questions? Talk to a person": the team, its email and phone as links, and its hours', async () => {
      await assertTeamContact(teamPanel(page), 'team panel on the round page');
    });
    if (!j.stopped) await j.screenshot('round-page');
  }

  await step('press "Start a bid": two questions first, with no account needed', async () => {
    // At the top of the round's page (there is another at its foot).
    await clickAndWait(page, page.getByRole('link', { name: 'Start a bid', exact: true }).first(), ELIGIBILITY_PATH);
    await heading(page, 'Can your group apply?');
  });
  await accessible('can your group apply?');

  await step('answer Yes and No, and "Continue": the group can apply', async () => {
    const questions = page.locator('main fieldset');
    assert.equal(await questions.count(), 2, 'two questions');
    await questions.nth(0).getByLabel('Yes', { exact: true }).check();
    await questions.nth(1).getByLabel('No', { exact: true }).check();
    await clickAndWait(page, page.getByRole('button', { name: 'Continue', exact: true }), /\/eligibility\?/);
    await heading(page, 'Your group can apply');
  });
  await accessible('your group can apply');

  await step('press "Start a bid": it asks about the group first', async () => {
    // The round page has the button at its top and at its foot: the first one.
    await clickAndWait(page, page.getByRole('link', { name: 'Start a bid', exact: true }).first(), START_PATH);
    await heading(page, 'Start a bid');
    assert.equal(await page.title(), `Start a bid – ${SERVICE}`);
    assert.ok(await page.getByText('First, tell us about your group.').isVisible(), 'says to tell us about the group first');
  });
  await accessible('start a bid, no group yet');

  await step('follow "Tell us about your group": the contact is filled in already', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'Tell us about your group' }), /^\/groups\/new\?next=/);
    assert.equal(new URL(page.url()).searchParams.get('next'), START_PATH, 'it will come back to "Start a bid"');
    await heading(page, 'Tell us about your group');
    const contact = page.getByRole('group', { name: 'Main contact' });
    assert.equal(await contact.getByLabel('Name', { exact: true }).inputValue(), person.name);
    assert.equal(await contact.getByLabel('Email address').inputValue(), person.email);
  });
  await accessible('tell us about your group');

  await step('fill in the group and "Save group": straight into a new bid, at "About the money"', async () => {
    await page.getByLabel('Group name').fill(group.name);
    await page.getByRole('group', { name: 'What kind of group are you?' }).getByLabel(group.kind, { exact: true }).check();
    await page.getByLabel('Where you work').fill(group.area);
    await page.getByLabel('Postcode (optional)').fill(group.postcode);
    const response = await submit(page, 'Save group');
    assert.equal(response.status(), 303, `the group is saved; the page says:\n${await page.locator('main').innerText()}`);
    const path = new URL(page.url()).pathname;
    assert.match(path, /^\/bids\/\d+\/money$/, 'a group made on the way to a bid goes straight into the bid');
    made.bidPath = path.replace(/\/money$/, '');
    await heading(page, 'About the money');
    assert.match(await banner(page), new RegExp(`${group.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has been added`));
  });
  await accessible('about the money, straight after saving the group');

  await step("the bid's task list: a new draft, nothing started yet", async () => {
    assert.equal((await page.goto(server.url(made.bidPath))).status(), 200);
    assert.equal(await h1Text(page), 'Untitled bid Draft');
    const money = await taskNamed(page, 'About the money');
    assert.equal(money.status, 'Not started');
    assert.equal(money.href, `${made.bidPath}/money`);
    const sendTask = await taskNamed(page, 'Check your answers and send');
    assert.equal(sendTask.href, null, 'nothing to check yet');
  });
  await accessible('task list, new bid');

  await check('keyboard: Tab reaches the first task, "About the money", and shows it has focus', async () => {
    await page.goto(server.url(made.bidPath));
    let reached = null;
    for (let presses = 1; presses <= 40 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        tag: document.activeElement?.tagName,
        text: document.activeElement?.textContent.trim(),
        href: document.activeElement?.getAttribute('href'),
      }));
      if (focused.tag === 'A' && focused.text === 'About the money') reached = { presses, ...focused };
    }
    assert.ok(reached, '"About the money" is reached within 40 presses of Tab');
    assert.equal(reached.href, `${made.bidPath}/money`);
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
    assert.ok(look.inView, 'the focused link is on screen');
    assert.ok(look.outline || look.shadow, `the focused link has a visible focus indicator: ${JSON.stringify(look)}`);
    // Enter follows it, as a click would.
    await Promise.all([page.waitForURL(server.url(`${made.bidPath}/money`)), page.keyboard.press('Enter')]);
    await page.goto(server.url(made.bidPath));
  });
}

/** Fills "About the money" with `bid`, the amount given separately. */
async function fillMoney(page, bid, amount) {
  await page.getByLabel('A short name for your project').fill(bid.title);
  await page.getByLabel('Your project in one sentence').fill(bid.summary);
  await page.getByLabel('How much are you asking for?').fill(amount);
  await page.getByLabel('What will the money pay for?').fill(bid.purpose);
}

/** "About the money": first with £50 (refused, the answers kept), then properly; ends on
 * "Need, reach and impact". */
async function answerMoney(page, j, bid, made, { withError }) {
  const { step, check, accessible } = j;

  await step('go to "About the money"', async () => {
    await clickAndWait(page, page.getByRole('link', { name: 'About the money', exact: true }), `${made.bidPath}/money`);
    await heading(page, 'About the money');
    assert.equal(await page.title(), `About the money – ${SERVICE}`);
  });
  await accessible('about the money');

  if (withError) {
    await step('"Save and continue" with £50: refused at the amount, with what was typed kept', async () => {
      await fillMoney(page, bid, '£50');
      const response = await submit(page, 'Save and continue');
      assert.equal(response.status(), 422);
      assert.equal(new URL(page.url()).pathname, `${made.bidPath}/money`);
      await heading(page, 'About the money');
      assert.equal(await page.title(), `Error: About the money – ${SERVICE}`);
      assert.equal(await page.getByLabel('A short name for your project').inputValue(), bid.title, 'the title is kept');
      assert.equal(await page.getByLabel('Your project in one sentence').inputValue(), bid.summary, 'the summary is kept');
      // The amount box shows a "£" of its own beside the box (Input with InputKind::Money in
      // src/web/views/components.rs), so the server keeps what was typed but drops the leading
      // "£": put back inside the box it would read "££50".
      assert.equal(await page.getByLabel('How much are you asking for?').inputValue(), '50', 'the amount is kept, without the £ the box shows');
      assert.equal(await page.getByLabel('What will the money pay for?').inputValue(), bid.purpose, 'the purpose is kept');
    });
    await accessible('about the money with errors');

    await check('the error summary links to the amount, which says "Ask for between £500 and £5,000"', async () => {
      const links = await errorSummary(page);
      assert.deepEqual(links, [{ href: '#amount_requested', text: 'Ask for between £500 and £5,000' }]);
      await errorAtField(page, links[0]);
    });
  }

  await step(`fill in the money with ${bid.amount} and "Save and continue": on to "Need, reach and impact"`, async () => {
    await fillMoney(page, bid, bid.amount);
    const response = await submit(page, 'Save and continue');
    assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(`${made.bidPath}/case`));
    await heading(page, 'Need, reach and impact');
  });
  await accessible('need, reach and impact');
}

/** From the task list (both parts complete) to the check page. */
async function goToCheck(page, j, made) {
  const { step } = j;
  await step('"Check your answers and send" is ready: follow it', async () => {
    const sendTask = await taskNamed(page, 'Check your answers and send');
    assert.equal(sendTask.status, 'Ready');
    await clickAndWait(page, page.getByRole('link', { name: 'Check your answers and send' }), `${made.bidPath}/check`);
    await heading(page, 'Check your answers before sending your bid');
  });
}

/** "Confirm and send", the "Bid sent" panel, the receipt by email. Sets `made.reference`. With
 * `team`, also checks the programme team's contact on the "Bid sent" page (its panel and footer)
 * and on the sent bid, and photographs the "Bid sent" page. */
async function sendAndGetReceipt(page, j, person, bid, made, { team = false } = {}) {
  const { step, check, accessible } = j;

  await step('"Confirm and send": "Bid sent", with a reference', async () => {
    const response = await submit(page, 'Confirm and send');
    assert.equal(response.status(), 303, `sent; the page says:\n${await page.locator('main').innerText()}`);
    assert.equal(page.url(), server.url(`${made.bidPath}/sent`));
    const panel = page.locator('.panel');
    await panel.waitFor();
    assert.equal((await panel.getByRole('heading', { level: 1 }).innerText()).trim(), 'Bid sent');
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    const found = REFERENCE.exec(text);
    assert.ok(found, `the panel shows a reference like SG-2027-0001: "${text}"`);
    made.reference = found[0];
    assert.equal((await panel.locator('strong').innerText()).trim(), made.reference);
    assert.ok(await page.getByText(person.email).isVisible(), 'says where the receipt went');
  });
  await accessible('bid sent');

  if (team) {
    await check('"Bid sent" has "Questions? Talk to a person": the team, its email and phone as links, and its hours', async () => {
      await assertTeamContact(teamPanel(page), 'team panel on "Bid sent"');
    });
    await check("the footer of \"Bid sent\" names the programme and its team, with the email, the phone and the programme's privacy notice", async () => {
      const footer = footerTeam(page);
      await assertTeamContact(footer, 'footer\'s team part on "Bid sent"');
      assert.ok((await footer.innerText()).includes(PROGRAMME.name), 'the footer names the programme');
      const privacy = footer.getByRole('link', { name: 'How this programme uses your information', exact: true });
      assert.ok(await privacy.isVisible(), "the link to the programme's privacy notice is visible");
      assert.equal(await privacy.getAttribute('href'), PROGRAMME_PRIVACY_PATH);
    });
    if (!j.stopped) await j.screenshot('bid-sent');
  }

  await check('a receipt (bid_received) arrives with the reference', async () => {
    const email = await server.outbox.next('bid_received', { to: person.email });
    assert.ok(email.subject.includes(made.reference), `the subject names ${made.reference}: "${email.subject}"`);
    assert.ok(email.text.includes(made.reference), `the text names ${made.reference}`);
    assert.ok(email.text.includes(bid.title), 'the text names the bid');
    assert.ok(email.text.includes(`${server.baseUrl}${made.bidPath}`), 'the text links to the bid');
  });

  await step('"Your groups and bids" in the header: the bid is listed as "Sent"', async () => {
    await clickAndWait(page, page.locator('header').getByRole('link', { name: 'Your groups and bids' }), '/dashboard');
    await heading(page, 'Your groups and bids');
    const table = page.getByRole('table', { name: 'Your bids' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: bid.title, exact: true }) });
    assert.equal(await row.count(), 1, 'one row for the bid');
    assert.equal(await row.getByRole('link', { name: bid.title, exact: true }).getAttribute('href'), made.bidPath);
    assert.equal((await row.locator('.tag').innerText()).trim(), 'Sent');
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
    assert.match(cells[2], /^Nothing to do: decisions by \d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
  await accessible('dashboard with a sent bid');

  await step('the bid itself now shows its reference and status, not a form', async () => {
    await clickAndWait(page, page.getByRole('link', { name: bid.title, exact: true }), made.bidPath);
    assert.equal(await h1Text(page), `${bid.title} Sent`);
    assert.ok(await page.getByText(made.reference).isVisible(), 'the reference is shown');
    assert.equal(await page.locator('ol.task-list').count(), 0, 'no task list once sent');
  });
  await accessible('sent bid');

  if (team) {
    await check('the sent bid has "Questions? Talk to a person" with the team\'s email and phone', async () => {
      await assertTeamContact(teamPanel(page), 'team panel on the sent bid');
    });
  }
}

// ---- journey A: a video link -----------------------------------------------------------------

for (const kind of ['phone', 'desktop']) {
  test(`a group applies with a video link on a ${kind}`, { timeout: 240_000 }, async (t) => {
    const context = await newContext(browser, kind);
    t.after(() => context.close());
    const page = await context.newPage();
    const j = applicantJourney(t, page, `bids-video-${kind}`, kind);
    const { step, check, accessible } = j;
    const { person, group, bid } = newApplicant('Video', kind);
    const made = { bidPath: null, reference: null };
    const started = Date.now();

    await registerAndConfirm(page, j, person);
    // On a phone, this journey also finds the programme team's contact on the way (issue 16).
    const team = kind === 'phone';
    await startBidWithNewGroup(page, j, { group, person }, made, { team });
    await answerMoney(page, j, bid, made, { withError: true });

    await step('give a video link that starts http://: refused, saying it must start with https://', async () => {
      await page.getByLabel('Link to a video (optional)').fill('http://youtu.be/dQw4w9WgXcQ');
      const response = await submit(page, 'Save and come back later');
      assert.equal(response.status(), 422);
      assert.equal(new URL(page.url()).pathname, `${made.bidPath}/case`);
      await heading(page, 'Need, reach and impact');
      assert.equal(await page.title(), `Error: Need, reach and impact – ${SERVICE}`);
      assert.equal(await page.getByLabel('Link to a video (optional)').inputValue(), 'http://youtu.be/dQw4w9WgXcQ', 'the link is kept');
    });
    await accessible('need, reach and impact with errors');

    await check('the error summary links to the video link, which says it must start with https://', async () => {
      const links = await errorSummary(page);
      assert.equal(links.length, 1, JSON.stringify(links));
      assert.equal(links[0].href, '#video_url');
      assert.match(links[0].text, /must start with https:\/\//);
      await errorAtField(page, links[0]);
    });

    await step('give the https:// link and "Save and come back later": both parts Completed', async () => {
      await page.getByLabel('Link to a video (optional)').fill('https://youtu.be/dQw4w9WgXcQ');
      const response = await submit(page, 'Save and come back later');
      assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(made.bidPath));
      assert.equal(await h1Text(page), `${bid.title} Draft`);
      assert.equal((await taskNamed(page, 'About the money')).status, 'Completed');
      assert.equal((await taskNamed(page, 'Need, reach and impact')).status, 'Completed');
    });
    await accessible('task list, both parts complete');

    await goToCheck(page, j, made);
    await accessible('check your answers (video link)');

    await check('the check page shows the answers and embeds the video with the privacy-enhanced player', async () => {
      const rows = await summaryRows(page);
      assert.match(rows.Project, new RegExp(`^${bid.title}\\b`));
      assert.equal(rows['In one sentence'], bid.summary);
      assert.equal(rows.Amount, bid.amountShown);
      assert.equal(rows['What it pays for'], bid.purpose);
      assert.match(rows.Video, /Watch on YouTube/);
      assert.equal(rows.Recording, undefined, 'no empty "Recording" row beside a video');
      for (const part of ['Need', 'Reach', 'Impact']) {
        assert.equal(rows[part], 'Told in the video', `${part} is told in the video, not "Not answered"`);
      }
      const iframe = page.locator('.video-embed iframe');
      assert.equal(await iframe.count(), 1);
      assert.equal(await iframe.getAttribute('src'), 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
      assert.equal(await iframe.getAttribute('title'), `Video: ${bid.title}`);
      const watch = page.getByRole('link', { name: /Watch on YouTube/ });
      assert.equal(await watch.getAttribute('href'), 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    });

    await check('each "Change" link says, to a screen reader, which part it changes in words on the page', async () => {
      const names = await page.locator('main a', { hasText: 'Change' }).evaluateAll((as) =>
        as.map((a) => a.textContent.replace(/\s+/g, ' ').trim()),
      );
      const jargon = names.filter((n) => /^Change (money|case|recording|files)$/.test(n));
      assert.deepEqual(
        jargon,
        [],
        `the "Change" links are read out as ${JSON.stringify(names)}: their hidden text is the web address ` +
          `("case", "money"), not the name of the part ("Need, reach and impact", "About the money")`,
      );
    });

    await sendAndGetReceipt(page, j, person, bid, made, { team });

    await check('the whole application took less than fifteen minutes (of test time)', async () => {
      const minutes = (Date.now() - started) / 60_000;
      assert.ok(minutes < 15, `${minutes.toFixed(1)} minutes`);
      t.diagnostic(`journey A on a ${kind}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

    await step('no script errors, console errors or failed requests on any page (the video players aside)', async () => {
      // The check page embeds https://www.youtube-nocookie.com/embed/…; the test browser has no
      // network, so that frame cannot load. That is the video host, not the portal.
      assert.deepEqual(problemsExceptVideoEmbeds(t, context.problems), []);
    });
  });
}

// ---- journey B: an uploaded recording --------------------------------------------------------

for (const kind of ['phone', 'desktop']) {
  test(`a group applies with an uploaded recording on a ${kind}`, { timeout: 240_000 }, async (t) => {
    const context = await newContext(browser, kind);
    t.after(() => context.close());
    const page = await context.newPage();
    const j = applicantJourney(t, page, `bids-recording-${kind}`, kind);
    const { step, check, accessible } = j;
    const { person, group, bid } = newApplicant('Recording', kind);
    const made = { bidPath: null, reference: null };
    const mp4 = smallMp4();

    await registerAndConfirm(page, j, person);
    await startBidWithNewGroup(page, j, { group, person }, made);
    await answerMoney(page, j, bid, made, { withError: false });

    await step('press "Upload or record a video or voice recording" (it saves the page first)', async () => {
      const response = await submit(page, 'Upload or record a video or voice recording');
      assert.equal(response.status(), 303, `saved; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(`${made.bidPath}/recording`));
      await heading(page, 'Upload a recording');
    });
    await accessible('upload a recording');

    // Two fields (recording_form in src/web/views/bids.rs): "Record now" opens the camera or
    // microphone on a phone; "Or choose a recording you already have" picks a saved file.
    await check('two file fields take video or audio: "Record now" offers the camera or microphone on a phone, the other picks a saved file', async () => {
      const record = page.getByLabel('Record now', { exact: true });
      assert.equal(await record.getAttribute('type'), 'file');
      assert.equal(await record.getAttribute('accept'), 'video/*,audio/*');
      assert.notEqual(await record.getAttribute('capture'), null, 'it has a capture attribute');
      const choose = page.getByLabel('Or choose a recording you already have', { exact: true });
      assert.equal(await choose.getAttribute('type'), 'file');
      assert.equal(await choose.getAttribute('accept'), 'video/*,audio/*');
      assert.equal(await choose.getAttribute('capture'), null, 'it offers the files already saved, not the camera');
    });

    await step('upload a text file called story.mp4: refused, saying it must be a video or audio recording', async () => {
      await page.getByLabel('Or choose a recording you already have', { exact: true }).setInputFiles({
        name: 'story.mp4',
        mimeType: 'video/mp4',
        buffer: Buffer.from('Our story: we meet on Tuesdays at the church hall and walk by the canal.\n'.repeat(20)),
      });
      const response = await submit(page, 'Upload recording');
      assert.equal(response.status(), 422);
      assert.equal(new URL(page.url()).pathname, `${made.bidPath}/recording`);
      await heading(page, 'Upload a recording');
      assert.equal(await page.title(), `Error: Upload a recording – ${SERVICE}`);
    });
    await accessible('upload a recording with errors');

    await check('the error summary links to the file field, which says it must be a video or audio recording', async () => {
      const links = await errorSummary(page);
      assert.equal(links.length, 1, JSON.stringify(links));
      assert.equal(links[0].href, '#recording');
      assert.match(links[0].text, /must be a video or audio recording/);
      await errorAtField(page, links[0]);
    });

    await step('upload a small MP4: back on "Need, reach and impact", which says it was uploaded', async () => {
      await page.getByLabel('Or choose a recording you already have', { exact: true }).setInputFiles({ name: 'our-group.mp4', mimeType: 'video/mp4', buffer: mp4 });
      const response = await submit(page, 'Upload recording');
      assert.equal(response.status(), 303, `uploaded; the page says:\n${await page.locator('main').innerText()}`);
      assert.equal(page.url(), server.url(`${made.bidPath}/case`));
      await heading(page, 'Need, reach and impact');
      assert.match(await banner(page), /Your recording has been uploaded/);
      const said = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      assert.match(said, /You have uploaded our-group\.mp4 \(50 KB\)/);
    });
    await accessible('need, reach and impact with a recording');

    await step('"Save and come back later": both parts Completed', async () => {
      const response = await submit(page, 'Save and come back later');
      assert.equal(response.status(), 303);
      assert.equal(page.url(), server.url(made.bidPath));
      assert.equal((await taskNamed(page, 'About the money')).status, 'Completed');
      assert.equal((await taskNamed(page, 'Need, reach and impact')).status, 'Completed');
    });
    await accessible('task list, both parts complete');

    await goToCheck(page, j, made);
    await accessible('check your answers (recording)');

    await check('the check page plays the recording back with a <video> element', async () => {
      const rows = await summaryRows(page);
      assert.equal(rows.Amount, bid.amountShown);
      assert.equal(rows.Video, undefined, 'no empty "Video" row beside a recording');
      for (const part of ['Need', 'Reach', 'Impact']) {
        assert.equal(rows[part], 'Told in the recording', `${part} is told in the recording, not "Not answered"`);
      }
      const video = page.locator('video');
      assert.equal(await video.count(), 1, 'one <video>');
      const src = await video.getAttribute('src');
      assert.match(src, new RegExp(`^${made.bidPath}/files/\\d+$`));
      assert.notEqual(await video.getAttribute('controls'), null, 'it has controls');
      // The recording is served to the group's members, with byte ranges for seeking.
      const served = await page.request.get(server.url(src), { headers: { Range: 'bytes=0-99' } });
      assert.equal(served.status(), 206);
      assert.equal((await served.body()).length, 100);
      assert.deepEqual([...(await served.body()).subarray(4, 8)], [...Buffer.from('ftyp')]);
    });

    await sendAndGetReceipt(page, j, person, bid, made);

    await step('no script errors, console errors or failed requests on any page', async () => {
      assert.deepEqual(problemsExceptVideoEmbeds(t, context.problems), []);
    });
  });
}

// ---- the notices: the programme's privacy notice and the accessibility statement -------------

test("the programme's privacy notice and the accessibility statement, signed out, on a phone and a desktop, and the notice in Urdu", { timeout: 120_000 }, async (t) => {
  const started = Date.now();
  for (const kind of ['phone', 'desktop']) {
    const context = await newContext(browser, kind);
    t.after(() => context.close());
    const page = await context.newPage();
    const { step, check, accessible, screenshot } = applicantJourney(t, page, `notices-${kind}`, kind);
    const words = async () => (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    const description = async () => (await page.locator('head meta[name="description"]').getAttribute('content')) || '';
    const says = (text, sentences) => {
      const missing = sentences.filter((sentence) => !text.includes(sentence));
      assert.deepEqual(missing, [], `missing from the page: ${missing.map((m) => `"${m}"`).join(', ')}`);
    };

    await step(`open the programme's privacy notice, signed out (${kind})`, async () => {
      const response = await page.goto(server.url(PROGRAMME_PRIVACY_PATH));
      assert.equal(response.status(), 200);
      await page.locator('html[lang="en-GB"][dir="ltr"]').waitFor({ state: 'attached' });
      await heading(page, `How ${PROGRAMME.name} uses your information`);
      assert.equal(await signedInAs(page), null);
    });
    await accessible(`programme privacy notice (${kind})`);
    await screenshot('programme-privacy');

    await check(`the notice names the controller, the data protection officer, the recordings' retention and the ICO (${kind})`, async () => {
      const rows = await summaryRows(page);
      assert.equal(rows['Data controller'], PROGRAMME.funder);
      assert.equal(rows['Data protection officer'], 'dpo@riverside-icb.example.org');
      says(await words(), ['12 months after the last decision on the bid', "Information Commissioner's Office (ICO)"]);
      assert.match(await description(), new RegExp(PROGRAMME.name), 'the meta description names the programme');
      await assertTeamContact(footerTeam(page), "footer's team part on the privacy notice");
    });

    await step(`open the accessibility statement from the footer (${kind})`, async () => {
      await clickAndWait(page, page.locator('footer').getByRole('link', { name: 'Accessibility statement', exact: true }), '/accessibility');
      await heading(page, 'Accessibility statement');
    });
    await accessible(`accessibility statement (${kind})`);
    await screenshot('accessibility-statement');

    await check(`the statement gives its compliance status, the date it was prepared and the EHRC (${kind})`, async () => {
      says(await words(), ['partially compliant', 'This statement was prepared on 3 December 2026', 'EHRC']);
      assert.ok((await description()).trim().length > 0, 'the page has a meta description');
    });

    if (kind === 'phone') {
      await step("the programme's privacy notice in Urdu (?lang=ur): right to left", async () => {
        const response = await page.goto(server.url(`${PROGRAMME_PRIVACY_PATH}?lang=ur`));
        assert.equal(response.status(), 200);
        const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        assert.deepEqual(html, { lang: 'ur', dir: 'rtl' });
        assert.ok((await words()).includes(PROGRAMME.funder), 'the notice still names the controller');
        assert.ok((await description()).trim().length > 0, 'the page has a meta description');
      });
      await accessible('programme privacy notice in Urdu (phone)');
      await screenshot('programme-privacy-urdu');
    }

    await step(`no script errors, console errors or failed requests (${kind})`, async () => {
      assert.deepEqual(context.problems, []);
    });
  }
  t.diagnostic(`the notices took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
