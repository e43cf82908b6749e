// The browser-test helpers, in one import.
export { checkAccessibility, formatViolations, WCAG_TAGS } from './axe.mjs';
export { CHROMIUM, OUTPUT_DIR, VIEWPORTS, launchBrowser, newContext, saveScreenshot } from './browser.mjs';
export { Outbox, decodeQuotedPrintable, firstLink, parseEmail } from './email.mjs';
export { binaryPath, freePort, startServer } from './server.mjs';
export { journey } from './journey.mjs';
export { finishRegistration } from './registration.mjs';
