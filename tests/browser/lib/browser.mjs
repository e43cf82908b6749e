// Headless Chromium from the Debian package (never a browser downloaded by Playwright), and
// browser contexts the size of a phone or a desktop.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.SMALLGRANTS_CHROMIUM || '/usr/bin/chromium';

/** Where screenshots of failures go (ignored by git). */
export const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'output');

/** Launches headless Chromium. Playwright gives each launch a fresh, temporary profile. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const VIEWPORTS = {
  // A mid-sized phone held upright.
  phone: {
    viewport: { width: 390, height: 844 },
    screen: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  },
  desktop: {
    viewport: { width: 1280, height: 900 },
    screen: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
  },
};

/**
 * A fresh browser context (its own cookies and storage) sized as a `'phone'` or a `'desktop'`.
 * Every page opened in it records its console errors, failed requests and uncaught exceptions
 * in `context.problems`, so a test can assert the pages ran cleanly (a Content-Security-Policy
 * violation, for instance, is reported on the console).
 */
export async function newContext(browser, kind, options = {}) {
  const device = VIEWPORTS[kind];
  if (!device) throw new Error(`newContext: unknown kind ${kind}; use 'phone' or 'desktop'`);
  const context = await browser.newContext({
    ...device,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    ...options,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  context.problems = [];
  context.on('page', (page) => watchPage(page, context.problems));
  return context;
}

function watchPage(page, problems) {
  page.on('console', (message) => {
    // Chromium logs every 4xx/5xx response as "Failed to load resource", the page itself
    // included (a form with errors is a 422 on purpose); failed sub-resources are caught below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error on ${page.url()}: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() >= 400 && request.resourceType() !== 'document') {
      problems.push(`${request.resourceType()} ${request.url()} answered ${response.status()} on ${page.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText || 'failed';
    // A navigation replaced by the next one is aborted on purpose; that is not a problem.
    if (failure !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.method()} ${request.url()}: ${failure}`);
  });
}

/** Saves a full-page screenshot to tests/browser/output/<name>.png; never throws. */
export async function saveScreenshot(page, name) {
  try {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const path = join(OUTPUT_DIR, `${name.replace(/[^a-z0-9_-]+/gi, '-')}.png`);
    await page.screenshot({ path, fullPage: true, timeout: 10_000 });
    return path;
  } catch {
    return null;
  }
}
