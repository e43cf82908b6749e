// Paying a group, on the demo. On a phone, in Polish, the demo applicant accepts the offer
// waiting for its group ("Warm Saturdays") and gives the group's bank details. The group's second
// member opens the emailed link and, in Urdu (right to left), types the account number from the
// group's papers. On a desktop the demo lead (with the code from the app) finds the payment due
// from the dashboard, makes a payment run, downloads the Bacs file and marks the run paid after
// the page that asks first. Last, the applicant names a host organisation and the host's contact,
// with no account, opens the emailed link on a phone and says it does not hold the group's money.
// Every page is checked with axe (WCAG 2.2 AA) and photographed, and must run without console
// errors.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

const APPLICANT = { email: 'applicant@demo.example', password: 'demo-applicant-words' };
const MEMBER = { email: 'member@demo.example', password: 'demo-member-words' };
const LEAD = { email: 'lead@demo.example', password: 'demo-lead-words' };
const OFFER = 'Warm Saturdays';
const ACCOUNT = { name: 'Riverside Walkers', sortCode: '30-94-57', number: '01234567' };

const squash = (text) => text.replace(/\s+/g, ' ').trim();

async function heading(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.first().waitFor();
  return squash(await h1.innerText());
}

/** Sends the form whose action is `action` with its (only) submit button, and waits for the page
 * the POST leads to. By the form, not the button's words: these pages are in Polish and Urdu. */
async function send(page, action) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    page.locator(`main form[action="${action}"] button[type="submit"]`).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

async function signIn(page, who) {
  await page.goto(server.url('/login'));
  const form = page.locator('main form[action="/login"]');
  await form.locator('input[name="email"]').fill(who.email);
  await form.locator('input[name="password"]').fill(who.password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    form.getByRole('button', { name: 'Sign in', exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

/** Chooses a language with the switcher in the page's header, as a person would. */
async function switchTo(page, name) {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name, exact: true }).click()]);
  await page.waitForLoadState('load');
}

test('A group is paid: bank details checked by a second member, a payment run, a host asked', { timeout: 300_000 }, async (t) => {
  const phoneContext = await newContext(browser, 'phone');
  t.after(() => phoneContext.close());
  const page = await phoneContext.newPage();
  const phone = journey(t, { page: () => page, name: 'payments-phone' });
  let bidPath;
  let groupPath;

  await phone.step('the applicant signs in, chooses Polski, and opens the offer waiting for the group', async () => {
    assert.equal((await signIn(page, APPLICANT)).status(), 303);
    await page.goto(server.url('/dashboard'));
    await switchTo(page, 'Polski');
    assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
    await Promise.all([page.waitForURL(/\/bids\/\d+$/), page.getByRole('link', { name: OFFER }).first().click()]);
    bidPath = new URL(page.url()).pathname;
    await page.locator(`main form[action="${bidPath}/accept"]`).waitFor();
  });
  await phone.accessible('the offer, in Polish');

  await phone.step('accepting the offer leads straight to the bank details form', async () => {
    const form = page.locator(`main form[action="${bidPath}/accept"]`);
    await form.locator('input[name="accepted_name"]').fill('Amina Rahman');
    await form.locator('input[name="agree"]').check();
    await form.locator('input[name="public"][value="yes"]').check();
    assert.equal((await send(page, `${bidPath}/accept`)).status(), 303);
    groupPath = new URL(page.url()).pathname.replace(/\/bank-details$/, '');
    assert.match(groupPath, /^\/groups\/\d+$/);
    assert.equal(await heading(page), 'Dane bankowe Twojej grupy');
  });
  await phone.accessible('the bank details form, in Polish');
  await phone.screenshot('bank-details-polish');

  await phone.step('a sort code too short is told at its field, in Polish, then the details are saved', async () => {
    const form = page.locator(`main form[action="${groupPath}/bank-details"]`);
    await form.locator('input[name="account_name"]').fill(ACCOUNT.name);
    await form.locator('input[name="sort_code"]').fill('30-94');
    await form.locator('input[name="account_number"]').fill(ACCOUNT.number);
    assert.equal((await send(page, `${groupPath}/bank-details`)).status(), 422);
    await page.locator('.error-summary').waitFor();
    assert.equal(await page.locator('input[name="sort_code"]').inputValue(), '30-94', 'input kept');
    await page.locator('input[name="sort_code"]').fill(ACCOUNT.sortCode);
    assert.equal((await send(page, `${groupPath}/bank-details`)).status(), 303);
    const main = squash(await page.locator('main').innerText());
    assert.ok(main.includes('••••4567') && !main.includes(ACCOUNT.number), main);
  });
  await phone.accessible('the grant with bank details waiting for a check, in Polish');
  await phone.check('no console errors or failed requests', () => assert.deepEqual(phoneContext.problems, []));

  // ---- the second member checks them, in Urdu ------------------------------------------------
  // Each part needs the one before: stop at the first that could not finish.
  if (phone.stopped) return;

  const memberContext = await newContext(browser, 'phone');
  t.after(() => memberContext.close());
  const memberPage = await memberContext.newPage();
  const member = journey(t, { page: () => memberPage, name: 'payments-member' });

  await member.step('the second member follows the emailed link, signs in and switches to اردو', async () => {
    const { link } = await server.outbox.nextLink('bank_details_to_check', `${groupPath}/bank-details/check`, { to: MEMBER.email });
    await memberPage.goto(link);
    assert.equal((await signIn(memberPage, MEMBER)).status(), 303);
    await memberPage.goto(link);
    await switchTo(memberPage, 'اردو');
    assert.equal(await memberPage.locator('html').getAttribute('dir'), 'rtl');
    const main = squash(await memberPage.locator('main').innerText());
    assert.ok(main.includes('••••4567') && !main.includes(ACCOUNT.number), main);
  });
  await member.accessible('the check page, in Urdu');
  await member.screenshot('check-urdu');

  await member.step('a wrong number is refused at its field; the right one confirms the details', async () => {
    const action = `${groupPath}/bank-details/check`;
    await memberPage.locator(`main form[action="${action}"] input[name="account_number"]`).fill('87654321');
    assert.equal((await send(memberPage, action)).status(), 422);
    await memberPage.locator('#account_number-error').waitFor();
    await memberPage.locator(`main form[action="${action}"] input[name="account_number"]`).fill('0123 4567');
    assert.equal((await send(memberPage, action)).status(), 303);
  });
  await member.accessible('the group after the check, in Urdu');
  await member.check('no console errors or failed requests', () => assert.deepEqual(memberContext.problems, []));

  // ---- the lead pays, on a desktop ------------------------------------------------------------
  if (member.stopped) return;

  const leadContext = await newContext(browser, 'desktop');
  t.after(() => leadContext.close());
  const leadPage = await leadContext.newPage();
  const desk = journey(t, { page: () => leadPage, name: 'payments-desktop' });
  let runPath;

  await desk.step('the lead signs in with the code from the app and follows "instalment due" to the payments', async () => {
    assert.equal((await signIn(leadPage, LEAD)).status(), 303);
    const key = /^\s*lead lead@demo\.example \S+ totp=([A-Z2-7]+)\s*$/m.exec(server.output())?.[1];
    assert.ok(key, 'serve --demo printed the lead key');
    const response = await enterAppCode({
      page: leadPage,
      key,
      heading: async (p, text) => assert.equal(await heading(p), text),
      submit: async (p, name) => {
        const [r] = await Promise.all([
          p.waitForResponse((res) => res.request().method() === 'POST' && res.request().isNavigationRequest()),
          p.getByRole('button', { name, exact: true }).click(),
        ]);
        await p.waitForLoadState('load');
        return r;
      },
    });
    assert.equal(response.status(), 303);
    await leadPage.goto(server.url('/dashboard'));
    await Promise.all([
      leadPage.waitForURL(/\/payment-runs$/),
      leadPage.getByRole('link', { name: /instalment(s)? due to pay/ }).first().click(),
    ]);
    assert.equal(await heading(leadPage), 'Payments to make');
    const main = squash(await leadPage.locator('main').innerText());
    assert.ok(main.includes('£1,200') && main.includes('1 payment ready'), main);
  });
  await desk.accessible('payments to make');
  await desk.screenshot('payments-due');

  await desk.step('the lead makes a run of the payment due', async () => {
    const action = new URL(leadPage.url()).pathname;
    assert.equal((await send(leadPage, action)).status(), 303);
    runPath = new URL(leadPage.url()).pathname;
    assert.match(runPath, /^\/manage\/payment-runs\/\d+$/);
    const main = squash(await leadPage.locator('main').innerText());
    assert.ok(main.includes('Not yet paid') && main.includes('••••4567') && !main.includes(ACCOUNT.number), main);
  });
  await desk.accessible('a payment run');
  await desk.screenshot('payment-run');

  await desk.step('the Bacs file: one line, in the order banks import', async () => {
    const [download] = await Promise.all([
      leadPage.waitForEvent('download'),
      leadPage.locator(`main form[action="${runPath}/bacs.csv"] button`).click(),
    ]);
    assert.match(download.suggestedFilename(), /^payment-run-\d+-bacs\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    assert.match(text, /^30-94-57,01234567,RIVERSIDE WALKERS,1200\.00,SG-\d{4}-\d{4}\r\n$/);
  });

  await desk.step('"Mark as paid" asks first, then records the payment', async () => {
    await Promise.all([leadPage.waitForURL(/\/mark-paid$/), leadPage.getByRole('link', { name: 'Mark as paid', exact: true }).click()]);
    assert.match(await heading(leadPage), /^Mark payment run \d+ as paid\?$/);
    await leadPage.getByText('You cannot undo this.').waitFor();
  });
  await desk.accessible('marking a run paid: asked first');
  await desk.screenshot('mark-paid');

  await desk.step('confirmed: the run is paid and the grant shows the payment', async () => {
    assert.equal((await send(leadPage, `${runPath}/mark-paid`)).status(), 303);
    await leadPage.getByText('The payment run is marked paid. 1 payment was recorded.').waitFor();
    assert.ok(squash(await leadPage.locator('main').innerText()).includes('Marked paid by'));
  });
  await desk.accessible('a paid run');
  await desk.check('no console errors or failed requests', () => assert.deepEqual(leadContext.problems, []));

  // ---- a host organisation is asked, and says no ---------------------------------------------
  if (desk.stopped) return;

  await phone.step('the applicant names a host organisation', async () => {
    await page.goto(server.url(`${groupPath}/host`));
    const form = page.locator(`main form[action="${groupPath}/host"]`);
    await form.locator('input[name="host_name"]').fill('Sparkbrook CVS');
    await form.locator('input[name="charity_number"]').fill('1123456');
    await form.locator('input[name="contact_name"]').fill('Sam Patel');
    await form.locator('input[name="contact_email"]').fill('sam@sparkbrook-cvs.example');
    assert.equal((await send(page, `${groupPath}/host`)).status(), 303);
  });
  await phone.accessible('the bank details page with a host asked, in Polish');

  const hostContext = await newContext(browser, 'phone');
  t.after(() => hostContext.close());
  const hostPage = await hostContext.newPage();
  const host = journey(t, { page: () => hostPage, name: 'payments-host' });
  let hostLink;

  await host.step("the host's contact opens the emailed link, with no account", async () => {
    ({ link: hostLink } = await server.outbox.nextLink('host_to_confirm', '/host/', { to: 'sam@sparkbrook-cvs.example' }));
    const response = await hostPage.goto(hostLink);
    assert.equal(response.status(), 200);
    assert.match(await heading(hostPage), /^Do you hold money for .+\?$/);
  });
  await host.accessible("the host's page");
  await host.screenshot('host-page');

  await host.step('the host says it does not hold the money, and the link then stops working', async () => {
    const action = `${new URL(hostLink).pathname}/decline`;
    assert.equal((await send(hostPage, action)).status(), 200);
    await hostPage.getByText('We will not pay anything to you').waitFor();
    assert.equal((await hostPage.goto(hostLink)).status(), 404);
  });
  await host.check('no console errors or failed requests', () => assert.deepEqual(hostContext.problems, []));
});
