// Drives the editor and curation pages of a service with access control on (Debian's Chromium,
// playwright-core): without a key the pages say they need one; with the key typed into the header
// they work, and the key is remembered for the tab.
//   NODE_PATH=src/main/frontend/node_modules node src/test/browser/pages-with-key.cjs <base URL> <screenshot dir> <curator key> <checker key>
// Prints one JSON object of what it saw; exits non-zero with the reason when a step fails.
'use strict';
const { WAIT_MS, inChromium, shot: shotIn } = require('./chromium.cjs');

const [base, shots, key, checkerKey] = process.argv.slice(2);
const DRAFT = 'Putin and Lukashenko held talks in Sochi on September 16, 2020.';
const seen = {};

const shot = (page, name) => shotIn(page, shots, name);

async function setKey(page, value) {
  await page.fill('#api-key', value);
  await page.dispatchEvent('#api-key', 'change');
}

async function checkSettles(page) {
  await page.waitForFunction(() => {
    const state = document.querySelector('#draft').getAttribute('data-factcheck-state');
    return state === 'done' || state === 'error';
  }, null, { timeout: WAIT_MS });
}

async function curationAsksForTheKey(page) {
  await page.goto(`${base}/curate`);
  await page.waitForFunction(() => /API key/.test(document.querySelector('#list-status').textContent),
    null, { timeout: WAIT_MS });
  seen.curateWithoutKey = await page.textContent('#list-status');
  seen.rowsWithoutKey = await page.locator('#events tbody tr').count();
  seen.keyFieldInvalid = await page.getAttribute('#api-key', 'aria-invalid');
  await shot(page, 'key-01-curate-without-key');

  await setKey(page, key);
  await page.locator('#events tbody tr').first().waitFor({ timeout: WAIT_MS });
  seen.rowsWithKey = await page.locator('#events tbody tr').count();
  await shot(page, 'key-02-curate-with-key');
}

async function stateAfterCheck(page) {
  const state = await page.waitForFunction(() => {
    const now = document.querySelector('#draft').getAttribute('data-factcheck-state');
    return now === 'done' || now === 'error' ? now : null;
  }, null, { timeout: WAIT_MS });
  return state.jsonValue();
}

async function editorUsesTheRememberedKey(page) {
  await page.goto(`${base}/editor`);
  seen.editorKeyRemembered = (await page.inputValue('#api-key')) === key;
  await page.fill('#published', '2020-09-20');
  await page.dispatchEvent('#published', 'change');
  await page.click('#draft');
  await page.keyboard.type(DRAFT, { delay: 5 });
  await page.waitForFunction((expected) => document.querySelector('#draft').value === expected,
    DRAFT, { timeout: WAIT_MS });
  // A curator's key may not check drafts.
  seen.editorWithCuratorKey = `${await stateAfterCheck(page)}: ${await page.textContent('#status')}`;

  await setKey(page, checkerKey);
  seen.editorWithCheckerKey = await stateAfterCheck(page);
  seen.flagged = await page.locator('.fc-mark.fc-contradicted').allTextContents();
  await shot(page, 'key-03-editor-with-key');

  // Clearing the key: the next check fails and says why.
  await setKey(page, '');
  seen.editorWithoutKey = `${await stateAfterCheck(page)}: ${await page.textContent('#status')}`;
  await shot(page, 'key-04-editor-without-key');
}

inChromium(shots, seen, async (page) => {
  await curationAsksForTheKey(page);
  await editorUsesTheRememberedKey(page);
});
