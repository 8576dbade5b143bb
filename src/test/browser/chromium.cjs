// Shared by the page scripts: one page in Debian's Chromium (playwright-core), set up for a closed
// network; the steps fill `seen`, which is printed as one JSON line at the end, also when a step
// fails (then the process exits non-zero with the reason on stderr).
'use strict';
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const path = require('node:path');

const WAIT_MS = 20000;

async function shot(page, shots, name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

async function inChromium(shots, seen, steps) {
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    timeout: WAIT_MS,
    // Without the network switches Chromium waits on services a closed network never answers.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const requests = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => { seen.pageErrors = [...(seen.pageErrors ?? []), String(error)]; });
    await steps(page, requests);
    console.log(JSON.stringify(seen));
  } catch (error) {
    console.log(JSON.stringify(seen));
    console.error(error && error.stack ? error.stack : String(error));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

module.exports = { WAIT_MS, inChromium, shot };
