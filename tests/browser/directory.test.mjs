// The community directory on the demo, as its people use it. On a phone, a visitor with no
// account searches for "mental health" and for "peer support", narrows the results by day, opens
// a listing and reads when, where and whom to contact, then reads the directory in Urdu (right
// to left). The demo applicant's group lists a new activity (after a form with a bad time, the
// typed answers kept); it waits, unseen by the public, until the demo connector, the directory's
// editor, shows it from the queue; then anyone finds it. The search page is also photographed on
// a desktop. Every page is checked with axe (WCAG 2.2 AA) and must run without console errors.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { journey, launchBrowser, newContext, saveScreenshot, startServer } from './lib/index.mjs';

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

const APPLICANT = { email: 'applicant@demo.example', password: 'demo-applicant-words' };
const EDITOR = { email: 'connector@demo.example', password: 'demo-connector-words' };
const NEW_LISTING = 'Sisters sewing circle';

const squash = (text) => text.replace(/\s+/g, ' ').trim();

async function heading(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.first().waitFor();
  return squash(await h1.innerText());
}

/** The names of the listings on a results page. */
async function results(page) {
  return page.locator('.directory-result h3').allInnerTexts();
}

/** Searches from the search page's form, as a person types and presses the button. */
async function search(page, words) {
  await page.getByLabel('Search', { exact: true }).fill(words);
  await Promise.all([page.waitForURL(/\/directory\?/), page.getByRole('button', { name: 'Search' }).click()]);
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
  await page.goto(server.url('/login'));
  const form = page.locator('main form[action="/login"]');
  await form.getByLabel('Email address').fill(who.email);
  await form.getByLabel('Password', { exact: true }).fill(who.password);
  return submit(page, 'Sign in');
}

test('Anyone finds what groups run; a group lists an activity and an editor shows it', { timeout: 240_000 }, async (t) => {
  const context = await newContext(browser, 'phone');
  t.after(() => context.close());
  let page = await context.newPage();
  const { step, check, accessible, screenshot } = journey(t, { page: () => page, name: 'directory-phone' });

  await step('a visitor opens the directory from the footer', async () => {
    await page.goto(server.url('/'));
    await Promise.all([page.waitForURL(/\/directory$/), page.locator('footer').getByRole('link', { name: 'Community directory' }).click()]);
    assert.equal(await heading(page), 'Community directory');
    assert.ok((await results(page)).length >= 20, 'a first page of listings');
  });
  await accessible('the directory');

  await step('searching "mental health" finds listings', async () => {
    await search(page, 'mental health');
    const found = await results(page);
    assert.ok(found.length >= 3, `found: ${found.join(', ')}`);
    assert.ok(found.includes('Hearing voices group'), `found: ${found.join(', ')}`);
    await page.getByRole('heading', { level: 2, name: /activities found$/ }).waitFor();
  });
  await accessible('results for "mental health"');
  await screenshot('mental-health');

  await step('searching "peer support" finds listings; on Tuesdays, fewer', async () => {
    await search(page, 'peer support');
    const all = await results(page);
    assert.ok(all.length >= 5, `found: ${all.join(', ')}`);
    await page.getByText('Filter the results').click();
    await page.getByLabel('Day').selectOption({ label: 'Tuesday' });
    await Promise.all([page.waitForURL(/day=2/), page.getByRole('button', { name: 'Search' }).click()]);
    const tuesdays = await results(page);
    assert.ok(tuesdays.length >= 1 && tuesdays.length < all.length, `Tuesdays: ${tuesdays.join(', ')}`);
    assert.equal(await page.locator('details.directory-more[open]').count(), 1, 'the filters stay open when set');
  });
  await accessible('results filtered by day');

  await step('a listing says when, where and whom to contact', async () => {
    await Promise.all([page.waitForURL(/\/directory\/\d+$/), page.locator('.directory-result h3 a').first().click()]);
    const main = squash(await page.locator('main').innerText());
    for (const words of ['When', 'Where', 'Contact', 'How to join', 'Every Tuesday']) {
      assert.ok(main.includes(words), `the listing says "${words}": ${main.slice(0, 500)}`);
    }
  });
  await accessible('a listing');
  await screenshot('listing');

  await step('the directory in Urdu reads right to left', async () => {
    await page.goto(server.url('/directory?text=peer+support'));
    await Promise.all([page.waitForURL(/\/directory/), page.getByRole('link', { name: 'اردو' }).click()]);
    await page.waitForLoadState('load');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ur');
    assert.ok((await results(page)).length >= 5);
  });
  await accessible('the directory in Urdu');
  await screenshot('urdu');
  await check('no console errors or failed requests', () => assert.deepEqual(context.problems, []));

  // The demo applicant's group lists a new activity.
  const groupContext = await newContext(browser, 'phone');
  t.after(() => groupContext.close());
  page = await groupContext.newPage();
  let listingPath;

  await step('the demo applicant signs in and opens their group', async () => {
    assert.equal((await signIn(page, APPLICANT)).status(), 303);
    await page.goto(server.url('/dashboard'));
    const hrefs = await page.locator('main a[href^="/groups/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const groupPath = hrefs.find((href) => /^\/groups\/\d+$/.test(href));
    assert.ok(groupPath, `the dashboard links to the group: ${hrefs.join(', ')}`);
    await page.goto(server.url(groupPath));
    await page.getByRole('heading', { level: 2, name: 'In the community directory' }).waitFor();
  });

  await step('"Add an activity to the directory": a bad time is told at the field, the answers kept', async () => {
    await Promise.all([page.waitForURL(/\/listings\/new$/), page.getByRole('link', { name: 'Add an activity to the directory' }).click()]);
    await page.getByLabel('Name of the activity').fill(NEW_LISTING);
    await page.getByLabel('What happens there').fill('Bring something to mend or make. We share machines, thread and tea.');
    await page.getByLabel('Arts and creativity').check();
    await page.getByLabel('Every week').check();
    await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Thursday' });
    await page.getByLabel('Starts at').fill('25:99');
    await page.getByLabel('Name of the place').fill('Sparkhill community centre');
    await page.getByLabel('Postcode').fill('b11 4aa');
    await page.getByLabel('Just turn up').check();
    await page.getByLabel('Phone number').fill('0121 496 0123');
    assert.equal((await submit(page, 'Save')).status(), 422);
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    assert.equal(await page.getByLabel('Name of the activity').inputValue(), NEW_LISTING);
    assert.ok(await page.getByLabel('Arts and creativity').isChecked());
  });
  await accessible('the listing form with an error');
  await screenshot('form-error');

  await step('with the time put right it is saved, waiting for an editor', async () => {
    await page.getByLabel('Starts at').fill('18:30');
    assert.equal((await submit(page, 'Save')).status(), 303);
    listingPath = new URL(page.url()).pathname;
    assert.match(listingPath, /^\/directory\/\d+$/);
    assert.ok(squash(await page.locator('main').innerText()).includes('waiting for a directory editor'));
  });
  await accessible('a listing waiting for an editor');

  await step('the public does not see it yet', async () => {
    const visitor = await browser.newPage();
    const response = await visitor.goto(server.url(listingPath));
    assert.equal(response.status(), 404);
    await visitor.close();
  });

  // The demo connector is the directory's editor.
  const editorContext = await newContext(browser, 'desktop');
  t.after(() => editorContext.close());
  page = await editorContext.newPage();

  await step('the editor finds it in the queue and shows it in the directory', async () => {
    assert.equal((await signIn(page, EDITOR)).status(), 303);
    await page.goto(server.url('/dashboard'));
    await Promise.all([page.waitForURL(/\/directory\/review$/), page.locator('header').getByRole('link', { name: 'Directory' }).click()]);
    assert.equal(await heading(page), 'Directory listings to check');
    await Promise.all([page.waitForURL(new RegExp(`${listingPath}$`)), page.getByRole('link', { name: NEW_LISTING }).click()]);
    assert.equal((await submit(page, 'Show in the directory')).status(), 303);
    await page.getByText('The listing is in the directory.').waitFor();
  });
  await accessible("the editor's view of a listing");

  await step('now anyone finds it', async () => {
    await page.goto(server.url('/directory?text=sewing'));
    assert.deepEqual(await results(page), [NEW_LISTING]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url('/directory'));
    await saveScreenshot(page, 'directory-desktop');
  });
  await check('no console errors or failed requests', () =>
    assert.deepEqual([...groupContext.problems, ...editorContext.problems], []),
  );
});
