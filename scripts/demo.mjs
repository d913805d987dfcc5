#!/usr/bin/env node
/**
 * `npm run demo`: see RxLadder on every supported job board in one command.
 *
 * Builds the extension (the npm script runs `npm run build` first), serves the bundled board
 * fixtures (tests/fixtures/boards) on 127.0.0.1 with the board host names mapped there, and opens
 * Debian's Chromium (/usr/bin/chromium, or $RXL_CHROMIUM) with the build loaded, one tab per board's
 * results page at a realistic URL (https is not served: the fixtures are reached over http).
 *
 *   - With a display ($DISPLAY set): a visible window; the demo waits until you close it.
 *   - Without one (or with --headless): headless; a full-page screenshot per board is written
 *     to demo-output/<board>.png and the paths are printed.
 *
 * Runs through tsx, so it reuses the e2e harness (tests/e2e/support/*.ts) rather than a copy of it.
 * Nothing here reaches the internet: every other host name fails to resolve in the launched browser.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CHROMIUM_PATH, launchExtension, REPO_ROOT, serveFolder, waitForPageWithUrl } from '../tests/e2e/support/browser.ts';
import { BOARD_FIXTURES, BOARD_PAGES, boardPageRoutes, routeFixtures } from '../tests/e2e/support/board-pages.ts';

const OUTPUT_DIR = join(REPO_ROOT, 'demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

if (!CHROMIUM_PATH) {
  console.error('npm run demo needs Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set $RXL_CHROMIUM.');
  process.exit(1);
}

const server = await serveFolder(BOARD_FIXTURES);
const browser = await launchExtension({ headless });
let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await browser.close();
  await server.close();
};
process.on('SIGINT', () => void shutdown().then(() => process.exit(130)));

/** Open a board's results page in a new tab; resolves with the tab and the frame holding the list. */
async function openBoard(bp) {
  const page = await browser.context.newPage();
  await routeFixtures(page, server, bp.host, boardPageRoutes(bp, server));
  await page.goto(server.url(bp.host, bp.path));
  let target = page;
  if (bp.framePath) {
    const deadline = Date.now() + 10_000;
    while (!page.frames().some((f) => f.url().includes('in_iframe=1')) && Date.now() < deadline) await page.waitForTimeout(50);
    target = page.frames().find((f) => f.url().includes('in_iframe=1')) ?? page;
  }
  return { page, target };
}

/** Wait until RxLadder has read the page and its badges stopped changing; return how many there are. */
async function settle(target) {
  await target.waitForFunction(() => document.documentElement.dataset.rxlReady === '1', undefined, { timeout: 15_000 });
  let last = -1;
  for (let stable = 0, i = 0; stable < 5 && i < 100; i++) {
    const n = await target.evaluate(() => document.querySelectorAll('[data-rxl-key]').length);
    stable = n === last && n > 0 ? stable + 1 : 0;
    last = n;
    await target.waitForTimeout(100);
  }
  return last;
}

try {
  // The options page RxLadder opens on install: keep it in a visible window, close it headless.
  const optionsUrl = browser.extensionUrl('options.html');
  const options = await waitForPageWithUrl(browser.context, (u) => u.startsWith(optionsUrl)).catch(() => null);
  console.log(`RxLadder demo: ${BOARD_PAGES.length} job boards served from ${relative(REPO_ROOT, BOARD_FIXTURES)}/ (Chromium ${headless ? 'headless' : 'window'})`);

  if (headless) {
    await options?.close();
    await mkdir(OUTPUT_DIR, { recursive: true });
    for (const bp of BOARD_PAGES) {
      const { page, target } = await openBoard(bp);
      const badges = await settle(target).catch(() => 0);
      const file = join(OUTPUT_DIR, `${bp.board}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`  ${bp.board.padEnd(13)} ${String(badges).padStart(2)} badges  ${relative(process.cwd(), file)}`);
      await page.close();
    }
    console.log(`\nScreenshots written to ${OUTPUT_DIR}/`);
  } else {
    for (const bp of BOARD_PAGES) {
      const { target } = await openBoard(bp);
      const badges = await settle(target).catch(() => 0);
      console.log(`  ${bp.board.padEnd(13)} ${String(badges).padStart(2)} badges  ${server.url(bp.host, bp.path)}`);
    }
    await browser.context.pages()[0]?.bringToFront();
    console.log('\nOne tab per board is open in the Chromium window. Close the window (or press Ctrl+C) to end the demo.');
    await new Promise((resolve) => browser.context.once('close', resolve));
  }
} finally {
  await shutdown();
}
