// The programme's tracker on the demo. On a phone, a visitor follows "Have your say" from the
// home page to the tracker and opens the spring round's draft criteria, open for views. The demo
// panel member (lived experience) signs in, sends an empty view (told at the field), then a
// view, and sees it waiting for an answer. On a desktop the demo lead (with the code from the
// app) answers that view and publishes the decision with what changed and what was heard; the
// panel member then reads the answer, and the tracker, in Urdu, lists it under "Decided". Every
// page is checked with axe (WCAG 2.2 AA) and must run without console errors.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { enterAppCode, journey, launchBrowser, newContext, startServer } from './lib/index.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ args: ['--demo'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const PANEL = { email: 'panel@demo.example', password: 'demo-panel-words' };
const LEAD = { email: 'lead@demo.example', password: 'demo-lead-words' };
const ITEM = 'The criteria for Spring peer support';
const VIEW = 'Please let groups that meet in the evening score well for reach.';

const squash = (text) => text.replace(/\s+/g, ' ').trim();

async function heading(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.first().waitFor();
  return squash(await h1.innerText());
}

/** Clicks a form's button and waits for the page the POST leads to. */
async function submit(page, name) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

async function signIn(page, who) {
  const form = page.locator('main form[action="/login"]');
  await form.getByLabel('Email address').fill(who.email);
  await form.getByLabel('Password', { exact: true }).fill(who.password);
  return submit(page, 'Sign in');
}

test('People see what is being decided, give their view, and read what changed', { timeout: 240_000 }, async (t) => {
  const context = await newContext(browser, 'phone');
  t.after(() => context.close());
  let page = await context.newPage();
  const phone = journey(t, { page: () => page, name: 'tracker-phone' });
  let itemPath;

  await phone.step('a visitor follows "Have your say" from the home page to the tracker', async () => {
    await page.goto(server.url('/'));
    await Promise.all([
      page.waitForURL(/\/programmes\/[a-z-]+\/tracker$/),
      page.getByRole('link', { name: /is deciding, and how to have your say$/ }).click(),
    ]);
    assert.equal(await heading(page), 'What we are deciding, and how you can have your say');
    for (const section of ['Open for your views', 'In progress', 'Planned', 'Decided: you said, we did', 'Rounds and their dates']) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    const main = squash(await page.locator('main').innerText());
    assert.ok(main.includes('You said small groups cannot show reach with numbers'), 'you said, we did');
    assert.ok(main.includes('Grants paid'), "each round's stages run to its payments");
  });
  await phone.accessible('the tracker');
  await phone.screenshot('tracker');

  await phone.step('the spring criteria are open for views, with what each score means', async () => {
    await Promise.all([page.waitForURL(/\/tracker\/\d+$/), page.getByRole('link', { name: ITEM, exact: true }).click()]);
    itemPath = new URL(page.url()).pathname;
    assert.match(await heading(page), new RegExp(`^${ITEM}`));
    await page.getByRole('heading', { level: 2, name: 'The draft criteria for Spring peer support' }).waitFor();
    await page.getByRole('link', { name: 'Sign in to give your view' }).waitFor();
  });
  await phone.accessible('an item open for views');
  await phone.screenshot('item');

  await phone.step('the panel member signs in and comes back to the item', async () => {
    await Promise.all([page.waitForURL(/\/login\?next=/), page.getByRole('link', { name: 'Sign in to give your view' }).click()]);
    assert.equal((await signIn(page, PANEL)).status(), 303);
    assert.equal(new URL(page.url()).pathname, itemPath);
  });

  await phone.step('an empty view is told at the field', async () => {
    assert.equal((await submit(page, 'Send your view')).status(), 422);
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByText('Enter your view').first().waitFor();
  });
  await phone.accessible('a view with an error');

  await phone.step('the view is sent and waits for an answer', async () => {
    await page.getByLabel('Your view').fill(VIEW);
    assert.equal((await submit(page, 'Send your view')).status(), 303);
    await page.getByText('Thank you. Your view has been sent').waitFor();
    const main = squash(await page.locator('main').innerText());
    assert.ok(main.includes(VIEW), 'the view is listed under "Your views"');
    assert.ok(main.includes('We have not answered yet'));
  });
  await phone.accessible('the item with the view sent');
  await phone.screenshot('view-sent');
  await phone.check('no console errors or failed requests', () => assert.deepEqual(context.problems, []));

  const leadContext = await newContext(browser, 'desktop');
  t.after(() => leadContext.close());
  const leadPage = await leadContext.newPage();
  const desk = journey(t, { page: () => leadPage, name: 'tracker-desktop' });

  await desk.step('the lead signs in with the code from the app and opens the item', async () => {
    await leadPage.goto(server.url(`/manage${itemPath.replace(/^\/programmes\/[a-z-]+/, '')}`));
    assert.equal((await signIn(leadPage, LEAD)).status(), 303);
    const key = /^\s*lead lead@demo\.example \S+ totp=([A-Z2-7]+)\s*$/m.exec(server.output())?.[1];
    assert.ok(key, 'serve --demo printed the lead key');
    const response = await enterAppCode({
      page: leadPage,
      key,
      heading: async (p, text) => assert.equal(await heading(p), text),
      submit: (p, name) => submit(p, name),
    });
    assert.equal(response.status(), 303);
    assert.match(await heading(leadPage), new RegExp(`^${ITEM}`));
    await leadPage.getByText(VIEW).waitFor();
  });
  await desk.accessible("the lead's item page");

  await desk.step('the lead answers the new view', async () => {
    const card = leadPage.locator('.card', { hasText: VIEW });
    await card.getByLabel('Answer this person').fill('Thank you, Marcus: evening groups will count for reach.');
    const [response] = await Promise.all([
      leadPage.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
      card.getByRole('button', { name: 'Send answer' }).click(),
    ]);
    await leadPage.waitForLoadState('load');
    assert.equal(response.status(), 303);
    await leadPage.getByText('Your answer has been saved').waitFor();
  });

  await desk.step('the lead publishes the decision with what changed and what was heard', async () => {
    await leadPage.getByLabel('What was decided').fill('Reach can be shown by people who come back, from the first month.');
    await leadPage.getByLabel("What changed because of people's views").fill('You said peer support is slow to show results, so reach counts people who come back.');
    await leadPage.getByLabel('A summary of what you heard').fill('Two views from a panel member with lived experience, both about showing reach early.');
    assert.equal((await submit(leadPage, 'Publish the decision')).status(), 303);
    await leadPage.getByText('The decision is on the tracker.').waitFor();
  });
  await desk.accessible('a decided item, for the lead');
  await desk.screenshot('lead-item');
  await desk.check('no console errors or failed requests', () => assert.deepEqual(leadContext.problems, []));

  await phone.step('the panel member reads the answer, and the tracker in Urdu lists the decision', async () => {
    await page.goto(server.url(itemPath));
    const main = squash(await page.locator('main').innerText());
    assert.ok(main.includes('evening groups will count for reach'), 'the answer');
    await page.goto(server.url(itemPath.replace(/\/\d+$/, '')));
    await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name: 'اردو' }).click()]);
    await page.waitForLoadState('load');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    const decided = page.locator('section[aria-labelledby="items-decided"] article');
    assert.ok(squash(await page.locator('section[aria-labelledby="items-decided"]').innerText()).includes(ITEM));
    assert.ok((await decided.count()) >= 2);
  });
  await phone.accessible('the tracker in Urdu');
  await phone.screenshot('urdu');
  await phone.check('no console errors or failed requests', () => assert.deepEqual(context.problems, []));
});
