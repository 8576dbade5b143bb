// Drives the editor and curation pages in Debian's Chromium (playwright-core).
//   NODE_PATH=src/main/frontend/node_modules node src/test/browser/pages.cjs <base URL> <screenshot dir>
// Prints one JSON object of what it saw; exits non-zero with the reason when a step fails.
'use strict';
const { WAIT_MS, inChromium, shot: shotIn } = require('./chromium.cjs');

const [base, shots] = process.argv.slice(2);
const DRAFT = 'Putin and Lukashenko held talks in Sochi on September 16, 2020.';
const HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
const seen = {};

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const shot = (page, name) => shotIn(page, shots, name);

async function checked(page) {
  await page.waitForFunction(() => {
    const state = document.querySelector('#draft').getAttribute('data-factcheck-state');
    return state === 'done' || state === 'error';
  }, null, { timeout: WAIT_MS });
  const state = await page.getAttribute('#draft', 'data-factcheck-state');
  check(state === 'done', `the check failed: ${await page.textContent('#status')}`);
}

async function typeDraft(page, text, published) {
  await page.goto(`${base}/editor`);
  if (published) {
    await page.fill('#published', published);
    await page.dispatchEvent('#published', 'change');
  }
  await page.click('#draft');
  await page.keyboard.type(text, { delay: 5 });
  // Typing pauses: the debounced check runs, and stale answers are dropped on the way.
  await page.waitForFunction(
    (expected) => document.querySelector('#draft').value === expected
      && document.querySelector('#draft').getAttribute('data-factcheck-state') === 'done',
    text, { timeout: WAIT_MS });
  await checked(page);
}

async function editorFixesAWrongDate(page) {
  await typeDraft(page, DRAFT, '2020-09-20');
  const mark = page.locator('.fc-mark.fc-contradicted');
  await mark.first().waitFor({ timeout: WAIT_MS });
  seen.flagged = await mark.allTextContents();
  seen.listed = await page.locator('#findings .fc-item.fc-contradicted').count();
  await shot(page, '01-editor-flagged');

  // Hovering the underline opens the card with the message and its source.
  const box = await mark.first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = page.locator('.fc-card:not([hidden])');
  await card.waitFor({ timeout: WAIT_MS });
  await page.waitForFunction(() => {
    const cite = document.querySelector('.fc-card .fc-source');
    return cite && cite.textContent !== 'Loading source…';
  }, null, { timeout: WAIT_MS });
  seen.cardMessage = await card.locator('.fc-card-message').textContent();
  seen.cardQuote = await card.locator('blockquote').first().textContent();
  seen.cardSource = await card.locator('.fc-source').first().textContent();
  seen.applyLabel = await card.locator('.fc-apply').textContent();
  await shot(page, '02-editor-card');

  // One click applies the suggestion; the flag goes and stays gone after the next check.
  await card.locator('.fc-apply').click();
  seen.fixedDraft = await page.inputValue('#draft');
  await page.waitForFunction(() => document.querySelector('#draft').getAttribute('data-factcheck-state') === 'checking'
    || document.querySelectorAll('.fc-mark.fc-contradicted').length === 0, null, { timeout: WAIT_MS });
  await checked(page);
  seen.contradictedAfterFix = await page.locator('.fc-mark.fc-contradicted').count();
  seen.supportedAfterFix = await page.locator('.fc-mark.fc-supported').count();
  await shot(page, '03-editor-fixed');
}

async function editorWorksByKeyboard(page) {
  await typeDraft(page, DRAFT, '2020-09-20');
  await page.locator('.fc-mark.fc-contradicted').first().waitFor({ timeout: WAIT_MS });
  // Caret onto the wrong date with the keyboard, Alt+Enter to the card, Enter to apply.
  await page.keyboard.press('Control+Home');
  const at = DRAFT.indexOf('September 16') + 2;
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
  await page.locator('.fc-card:not([hidden])').waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Alt+Enter');
  seen.keyboardFocus = await page.evaluate(() => document.activeElement.className);
  await page.keyboard.press('Enter');
  seen.keyboardFixedDraft = await page.inputValue('#draft');
  await checked(page);
  seen.keyboardContradictedAfterFix = await page.locator('.fc-mark.fc-contradicted').count();
}

async function dismissing(page) {
  await typeDraft(page, DRAFT, '2020-09-20');
  await page.locator('#findings .fc-item.fc-contradicted').first().click();
  await page.locator('.fc-card:not([hidden]) .fc-dismiss').click();
  seen.contradictedAfterDismiss = await page.locator('.fc-mark.fc-contradicted').count();
  seen.draftAfterDismiss = await page.inputValue('#draft');
}

/** Whatever the service sends is text: a hostile finding and a hostile event stay inert. */
async function hostileTextStaysText(page) {
  await page.route('**/v1/checks', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ findings: [{
      start: 0, end: 5, verdict: 'CONTRADICTED', kind: 'OTHER',
      message: `Bad ${HOSTILE}`, suggestion: HOSTILE,
      evidence: [{ eventId: 1, documentId: 'hostile', quote: HOSTILE, start: 0, end: 10 }],
    }] }),
  }));
  await page.route('**/v1/documents/hostile', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ id: 'hostile', title: HOSTILE, source: HOSTILE, published: '2020', text: `${HOSTILE} text` }),
  }));
  await typeDraft(page, 'Hello there.', null);
  await page.locator('#findings .fc-item').first().click();
  await page.waitForFunction(() => document.querySelector('.fc-card .fc-source')?.textContent !== 'Loading source…', null, { timeout: WAIT_MS });
  seen.hostileQuote = await page.locator('.fc-card blockquote').first().textContent();
  seen.hostileSource = await page.locator('.fc-card .fc-source').first().textContent();
  seen.hostileElementsInEditor = await page.locator('.fc-card img, .fc-card script, #findings img, #findings script').count();
  await shot(page, '04-editor-hostile');
  await page.unrouteAll();

  const event = {
    id: 424242, type: 'MEETING', participants: [{ id: 'x', name: HOSTILE }], places: [HOSTILE],
    counts: [], summary: HOSTILE, uncertain: [], status: 'PROPOSED', version: 0,
    date: { start: '2020-09-14', end: '2020-09-14', precision: 'DAY' },
    sources: [{ documentId: 'hostile', start: 0, end: HOSTILE.length, quote: HOSTILE }],
    conflicts: [{ slot: 'date', values: ['2020-09-14', HOSTILE] }],
  };
  await page.route((url) => url.pathname === '/v1/events', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify([event]) }));
  await page.route('**/v1/events/424242', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(event) }));
  await page.route('**/v1/documents/hostile', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ id: 'hostile', title: HOSTILE, source: 'TASS', published: '2020', text: `${HOSTILE} text` }),
  }));
  await page.goto(`${base}/curate`);
  await page.locator('[data-event="424242"]').click();
  await page.locator('#sources mark.provenance').waitFor({ timeout: WAIT_MS });
  seen.hostileProvenance = await page.locator('#sources mark.provenance').textContent();
  seen.hostileConflicts = await page.locator('#conflicts-body').textContent();
  seen.hostileElementsInCuration = await page.locator('main img, main script').count();
  await shot(page, '05-curate-hostile');
  await page.unrouteAll();
  seen.xss = await page.evaluate(() => window.__xss ?? null);
}

async function curationChangesTheCheck(page) {
  await page.goto(`${base}/curate`);
  await page.fill('#filters [name=participant]', 'Lukashenko');
  await page.fill('#filters [name=from]', '2020-09-14');
  await page.fill('#filters [name=to]', '2020-09-14');
  await page.click('#filters button[type=submit]');
  const row = page.locator('#events tbody tr', { hasText: 'sochi' }).first();
  await row.waitFor({ timeout: WAIT_MS });
  await row.locator('button').click();
  await page.locator('#sources mark.provenance').first().waitFor({ timeout: WAIT_MS });
  seen.curatedEvent = await page.textContent('#detail-title');
  seen.provenance = await page.locator('#sources mark.provenance').first().textContent();
  await shot(page, '06-curate-event');

  // A participant the store does not know: the service's 400 shows next to the field.
  const participants = await page.inputValue('#f-participants');
  await page.fill('#f-participants', 'nobody-at-all');
  await page.click('#save');
  const error = page.locator('[data-error-for="participants"]:not([hidden])');
  await error.waitFor({ timeout: WAIT_MS });
  seen.participantError = await error.textContent();
  seen.participantInvalid = await page.getAttribute('#f-participants', 'aria-invalid');
  await shot(page, '07-curate-error');

  // The sources say the 14th; the curator moves the meeting to the 16th.
  await page.fill('#f-participants', participants);
  await page.fill('#f-start', '2020-09-16');
  await page.fill('#f-end', '2020-09-16');
  await page.click('#save');
  await page.waitForFunction(() => document.querySelector('#detail-message').textContent === 'Saved.', null, { timeout: WAIT_MS });
  seen.savedEvent = await page.textContent('#detail-title');
  await shot(page, '08-curate-saved');

  await typeDraft(page, DRAFT, '2020-09-20');
  seen.contradictedAfterCuration = await page.locator('.fc-mark.fc-contradicted').count();
  seen.supportedAfterCuration = await page.locator('.fc-mark.fc-supported').allTextContents();
  await shot(page, '09-editor-after-curation');
}

inChromium(shots, seen, async (page, requests) => {
  await editorFixesAWrongDate(page);
  await editorWorksByKeyboard(page);
  await dismissing(page);
  await hostileTextStaysText(page);
  await curationChangesTheCheck(page);
  seen.foreignRequests = requests.filter((url) => !url.startsWith(base));
});
