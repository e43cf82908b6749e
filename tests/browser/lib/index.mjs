// The browser-test helpers, in one import.
export { checkAccessibility, formatViolations, WCAG_TAGS } from './axe.mjs';
export { CHROMIUM, OUTPUT_DIR, VIEWPORTS, launchBrowser, newContext, saveScreenshot } from './browser.mjs';
export { Outbox, decodeQuotedPrintable, firstLink, parseEmail } from './email.mjs';
export { binaryPath, freePort, startServer } from './server.mjs';
export { journey } from './journey.mjs';
export { finishRegistration } from './registration.mjs';
export {
  Authenticator,
  DIGITS,
  RFC6238_SHA1_VECTORS,
  STEP_SECONDS,
  authenticator,
  base32Decode,
  codeForStep,
  currentStep,
  hotp,
  stepAt,
  totpAt,
  wrongCode,
} from './totp.mjs';
export {
  SECOND_STEP_PATH,
  SET_UP_PATH,
  continueFromRecoveryCodes,
  enterAppCode,
  readAppKey,
  readRecoveryCodes,
  setUpAuthenticator,
  setUpTwoFactor,
} from './two-factor.mjs';
