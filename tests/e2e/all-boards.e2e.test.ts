/**
 * Every supported board, one browser: the results fixture of each of the 13 boards is loaded at a
 * realistic URL on the board's own host (tests/e2e/support/browser.ts maps the board hosts to the
 * fixture server on 127.0.0.1), and the production build must put exactly one badge on each
 * pharmacy-technician card and none on any other card. Per board also: no console errors, no
 * request made by the extension, and a screenshot test-output/board-<board>.png.
 *
 * The expected technician cards are written here as data, decided by reading each fixture card's
 * title as a person would (not by running the analyzer): pharmacy technician, CPhT, IV / sterile
 * products technician, pharmacy buyer / inventory technician are technician roles; pharmacist,
 * pharmacy intern, pharmacy clerk, cashier, nurse, warehouse, sterile processing, patient care,
 * supply, medical records and biological science technicians are not.
 *
 * Last test: the badge of an Indeed card is upgraded once the reader has opened the job's detail
 * page (fixture indeed/detail-meijer.html) and comes back to the results.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithBrowser,
  launchOnFixtures,
  screenshot,
  scrollThrough,
  watchConsole,
  type ExtensionBrowser,
  type FixtureServer,
} from './support/browser';
import { BOARD_FIXTURES, BOARD_PAGES, boardPageRoutes, routeFixtures, type FixtureRoutes } from './support/board-pages';

/** The 22 cards shared by the consumer-board fixtures, in page order: title -> technician role? */
const CONSUMER_TITLES: [string, boolean][] = [
  ['Pharmacy Technician', true],
  ['Cashier', false],
  ['Certified Pharmacy Technician (CPhT)', true],
  ['Registered Nurse - Med/Surg', false],
  ['Pharmacist', false],
  ['Warehouse Associate', false],
  ['Pharmacy Technician Trainee', true],
  ['IV Pharmacy Technician', true],
  ['Retail Sales Associate', false],
  ['Pharmacy Technician - Mail Order', true],
  ['Delivery Driver', false],
  ['Medical Assistant', false],
  ['Inpatient Pharmacy Technician', true],
  ['Customer Service Representative', false],
  ['Pharmacy Clerk', false], // front-counter clerk, not a technician
  ['Licensed Practical Nurse', false],
  ['Pharmacy Technician II', true],
  ['Forklift Operator', false],
  ['Remote Pharmacy Technician - Prior Authorization', true],
  ['Dental Assistant', false],
  ['Pharmacy Technician (Part-Time)', true],
  ['Line Cook', false],
];

/** The 22 cards shared by the ATS-style fixtures (CareerBuilder, Dice, Workday, iCIMS order). */
const ATS_TITLES: [string, boolean][] = [
  ['Pharmacy Technician - Inpatient (Nights)', true],
  ['Registered Nurse - Med/Surg', false],
  ['Pharmacy Technician II - Outpatient Pharmacy', true],
  ['Clinical Pharmacist - Emergency Department', false],
  ['Cashier - Outpatient Pharmacy', false],
  ['Certified Pharmacy Technician - IV Room (Sterile Compounding)', true],
  ['Warehouse Associate - Distribution Center', false],
  ['Sterile Processing Technician', false], // instrument reprocessing, not pharmacy
  ['Pharmacy Technician Trainee', true],
  ['Patient Care Technician - Telemetry', false],
  ['Pharmacy Buyer / Inventory Technician', true],
  ['Environmental Services Aide', false],
  ['Lead Pharmacy Technician - Central Pharmacy', true],
  ['Medical Assistant - Family Medicine', false],
  ['Pharmacy Technician - Home Infusion', true],
  ['Food Service Worker', false],
  ['Registered Nurse - ICU', false],
  ['Pharmacy Technician - Oncology Infusion Center', true],
  ['Security Officer', false],
  ['Pharmacy Intern', false], // a pharmacy student (future pharmacist)
  ['Pharmacy Technician - Ambulatory Retail', true],
  ['Unit Secretary - Labor and Delivery', false],
];

/** Keys of the technician cards: `keys` lists every card's key in the order of `titles`. */
function techKeys(titles: [string, boolean][], keys: string[]): string[] {
  if (keys.length !== titles.length) throw new Error(`expected ${titles.length} keys, got ${keys.length}`);
  return keys.filter((_, i) => titles[i]![1]);
}

interface BoardCase {
  board: string;
  /** The job keys of the technician cards, as in data-rxl-key="<board>:<key>". */
  tech: string[];
}

const CASES: BoardCase[] = [
  {
    board: 'indeed',
    tech: techKeys(CONSUMER_TITLES, ['112104b730fa333d', '79029d886f3f9b8b', '726b87af195fa7d2', 'b9f95581bc2f28f4', 'e22b2a48c770a798', '02041230cadb2eb8', 'b896fb1b75b3414d', '6940cbd84ada64d8', 'a877d82c5549c3b9', '1e5203a7e8e7f07e', '5c6ff511d607e157', '338dbf8834b80171', '30f3fc718ebc6d63', '631c9715ee986483', 'f32008a6c3e53fa6', '835ddea81c939d1a', 'b2043f30e70f9d5a', '3f6c4e2e5e7ef797', '93527518aa95ee36', '024b1e9103d0bafc', 'e3eaa50d83c54ab5', 'c56ea5a016e19578']),
  },
  {
    board: 'linkedin',
    tech: techKeys(CONSUMER_TITLES, ['4087360354', '4094840056', '4094464903', '4086858361', '4071468162', '4010583613', '4025953474', '4066747583', '4051395593', '4054559778', '4069624605', '4002483760', '4059957160', '4099039567', '4017007026', '4043670927', '4024574253', '4049180246', '4042228049', '4029818424', '4067304131', '4077889532']),
  },
  {
    board: 'glassdoor',
    tech: techKeys(CONSUMER_TITLES, ['1009701354213', '1009707490874', '1009058190083', '1009390843793', '1009188168278', '1009004171897', '1009765090648', '1009932812258', '1009546038541', '1009321077377', '1009473671113', '1009517225688', '1009616687980', '1009876542443', '1009162986715', '1009910541046', '1009737438127', '1009195936169', '1009901217290', '1009942396989', '1009919689465', '1009946563004']),
  },
  {
    board: 'ziprecruiter',
    tech: techKeys(CONSUMER_TITLES, ['ZUp1lpbarXeJDI5xgPQE6Z', 'PxhoAWxvz81GyuKMYn44FE', 'V4OmEpOMyUR5GNYzA3GJeh', 'ASetdTBtBjRN4zp3QPCDg5', 'xTI93r4OtaI8695PxcuNph', 'LZf12Bt6WQE3OzkrSLQPpj', 'GgsfPzOf2YmVPCR9RJ2x1h', 'sbiQFSn5AMNwr35DDtJksT', 'h3QEhgOGExlvhTcNLGcTfc', '1LoeaMEDGVv7e0HBXIMeKE', '6stscsIkDPwMsrFBJvPYML', 'Evz7hs6xYtrVxmxxliNeTw', 'Eo2HFggktE3YG55O5QH4pp', 'KJHjMpQXuj8iyDjA5CSCkA', 'jrWjClRYQjWifQrtlBxYme', '2EvKcgQ1A9bnxkflQPvwkd', 'dEkiVhbW7ujpv8OCCSvyde', 'kCx9MlWv6xGU4BY8xqtneM', 'tDXZQ8uC5m2NvJnlmWxg26', '7pk8MUpdodwnZuLRwIxp48', 'N3DGxVhcRIkGLYwgJd763q', 'xK4qeCbJpr4DoLh9w39UnI']),
  },
  {
    board: 'usajobs',
    // Its own list: Pharmacy Technician (plain, Lead, CMOP, Sterile Products, Outpatient) are
    // technicians; Supply, Medical Records and Biological Science Technician are not pharmacy roles.
    tech: [
      '884776847', // Pharmacy Technician, Veterans Health Administration
      '868795965', // Pharmacy Technician (Lead)
      '802967505', // Pharmacy Technician, Indian Health Service
      '822180585', // Pharmacy Technician (CMOP)
      '877203450', // Pharmacy Technician, Federal Bureau of Prisons
      '897230645', // Pharmacy Technician (Sterile Products)
      '822414797', // Pharmacy Technician, U.S. Army Medical Command
      '861252161', // Pharmacy Technician (Outpatient)
    ],
  },
  {
    board: 'monster',
    tech: techKeys(CONSUMER_TITLES, ['400e1a6b-0102-47e4-ae3c-87990d8e07f6', 'deff1c17-264c-4fd0-a473-c3cd9c1c242d', '2f082dff-7bee-4e48-aea6-bb6cddcf87c8', '0761cafe-43ac-4bc1-a910-38d424936d5b', '06b8fecb-a033-4f3a-aeaf-67013540c214', '623acfcf-5169-4d43-a5d0-77ab41dcc03c', '18475a7d-3a7f-494e-a2c6-a5af0df58f8b', '6ec10554-15da-4a12-a946-c915dbf3bb48', 'ec27a5b0-b0ba-4192-a113-fab2e2d289b2', '94e625b7-2136-4636-a7f5-0dc6b6c45501', 'f2fd13f6-9dec-44c6-a97e-42d83e7861bb', '07120a84-953d-40f6-add8-c7a6eaeecd17', '8477b51b-47de-4109-aadc-f4274bd627da', 'e80942b7-3e64-4c81-ab0d-bcd1462ed5e8', '336fc0d2-6ef4-4bf4-a927-04e5ad364c80', '5d9b988c-c7d7-4eb1-a752-6fb4c6ad4b42', 'bc16eb7f-2946-4ad8-a2b4-ceb4cc8f3d2f', '4b04ab01-8d64-4567-adeb-64a4cd5f5c6d', 'f8622c30-01ef-48c8-af0d-6e4339758cf1', 'a42b4b2d-1b6b-484d-afc4-e1faad927174', 'f6af9fe3-e021-408a-a14e-0733a0966bf7', '38215f75-fdec-45e6-a6e6-dd9b6e68da3a']),
  },
  {
    board: 'simplyhired',
    tech: techKeys(CONSUMER_TITLES, ['Y8X7pqhLnWbjmMQksAj0u59EFUht0h9zBN3U_zZDD9Q', 'SPgaFEe_5i8j-dV4QaIsONUmk8FiAk25rmD6CzioS_A', '2-JrtD8odrvtsNzAgitSF3iEYJ_uIvN3QB1GHesm3Sk', 'XTQq8bps1ro7hD0nQHFY4d0Gp44MeIMVZBEGWCMIT2o', 'wP1lgZ9JXwiJvpbkLIwE9FmdCYJQIXr9YOf2TI2otaM', 'SjrIHTyPiNoXdxp62MS9Y8vIbnx4kXB7crpUz0ICpC0', '81qWIKKOC7Cav7xT0ZC9XoDyyTSfBMAY_ONNF2yMr4Q', 'ldIUGrcMC8t04AKuiReAM4_7FgOFfMGZcY3tiaPykpA', 'JLyXwxwWQlvgMdTZtA5R8pAiaLClJnxppSZrVk60UTo', 'QUYPXt4L5vIH--_mBAKVzCGmXhgulcdyunMSgRIAkDc', 'Pmb4UfV5PhzUPAofOx7W4KaODfvnGEPGIdHyVGUS8mQ', 'MnUH2bozJr_0iskLUdxuyzelSNV3IG0auB1_lYfeaMA', 'alUMZHey5dZ58MQLjy5wBTbJwtZ_Fjt7_GVvmtzvNnQ', 'yfUlblzMvs3AY6kdRtv60XvUniPxjlQsh1QTZIUp7lQ', 'XFMYtQLpzax9XL1H5hQZ5KjP-i4mArkDXNW0zg9We-I', 'IlTJ8iS8iIxbbauFnzOmGWBgZIO1yic8T9a4o_wdNQg', 'RBU5LG9hZ7yhfv8ST_9SIYdRRrhcGvH-0YH5pawUCz4', 'Cy7tGQBnQp5pceRdKQgzKphYYb1NwTFV5OoPULBqchU', 's8-0W0uJZagmsQzsImxcrh7UA5LnhlnzIAnsC149IbI', 'FW3zD2CxPiA_7G-ntt5-CnOkPQdXmgKB-WfVJOwd5hY', 'cVk3dDDGcKzzeGrBTSRa3zMnXE1J1A49-VQ4lp0eUsk', 'LoYf1jpRI1ulEY4fCnc3wOXOiWqROXwK6ZrrGTp5aFc']),
  },
  {
    board: 'careerbuilder',
    tech: techKeys(ATS_TITLES, ['J351A8B6F049AE56634', 'J3A64174565DCA957B3', 'J3FADA3482C0543D7BF', 'J34F72F13F5ECD6BD37', 'J3A40BB0889A20DF5FD', 'J3F8A46E0B8706B051B', 'J34D3D2C8E73EC8143A', 'J3A1D5EA1160D252359', 'J3F66EAA20EA92685C5', 'J34B0767C0B042CB284', 'J39FA02626C45E0A403', 'J3F438E4A9B144DB322', 'J348D1A2BA22C9500DC', 'J39D6A623C27EAC24AD', 'J3F2031FF8C664B6F0C', 'J3469BDE4201B6642EA', 'J39B349CC4EE9C35209', 'J3EFCD5A2B02B874388', 'J3446618CAC868D7047', 'J398FED71403BC10DF3', 'J3ED9794D0A23478E85', 'J3423054E02BF48F0F1']),
  },
  {
    board: 'dice',
    tech: techKeys(ATS_TITLES, ['22ff450b-b691-42e9-ad03-63b40a4bd4d8', '779803aa-947b-40b2-a013-e78065f2d876', 'cc30c2d7-deca-4768-a292-997afc18bed4', '20c9805a-cbb0-485a-a054-1fd062ebc072', '75623edd-b896-494c-ae15-a6263b525e80', 'c9fafc60-a57c-4a3d-acd7-2c7c13b8fcaa', '1e93bb8d-0805-40ab-a2a9-39aa1b5992db', '732c7af3-1c22-4156-aa55-b292d1845a24', 'c7c53876-0908-4248-a817-38e8a9eaf832', '1c5df6f8-f5ee-44ce-a2d6-20aa9bb4923c', '70f6b47b-e2d4-442c-a49a-45945ab834f8', 'c58f73c5-1e28-4e07-a87c-230828ee3372', '1a28320e-597a-4cd8-ad33-05dfe0995913', '6ec0f091-4660-4c37-a0da-5200f0ea300e', 'c359ae85-c6e2-4a8a-aab5-3b52a93e1a17', '17f26c97-202c-4fae-a85a-c018bb1a6825', '6c8b2be0-5b7f-41a7-a462-f02423378400', 'c123ea29-96d2-4533-aadb-e4c2d11666bd', '15bca8ac-83b8-47b9-a49a-cc84514c643b', '6a55662f-709e-4717-a65e-f16e105006f7', 'beee24b2-5d84-4809-a420-77c4e8b6a493', '1386e3fb-98d7-4d29-a823-6aa88399b82e']),
  },
  {
    board: 'workday',
    // Workday keys carry the tenant: R-20401 ... R-20422 in ATS_TITLES order.
    tech: techKeys(ATS_TITLES, ATS_TITLES.map((_, i) => `cascadevalley:R-${20401 + i}`)),
  },
  {
    board: 'greenhouse',
    // Grouped by department on the page, so listed by id here.
    tech: [
      '5104421000', // Pharmacy Technician - Inpatient (Nights)
      '5104421034', // Pharmacy Technician II - Outpatient Pharmacy
      '5104421085', // Certified Pharmacy Technician - IV Room (Sterile Compounding)
      '5104421136', // Pharmacy Technician Trainee
      '5104421170', // Pharmacy Buyer / Inventory Technician
      '5104421204', // Lead Pharmacy Technician - Central Pharmacy
      '5104421238', // Pharmacy Technician - Home Infusion
      '5104421289', // Pharmacy Technician - Oncology Infusion Center
      '5104421340', // Pharmacy Technician - Ambulatory Retail
      // not: 5104421051 Clinical Pharmacist, 5104421323 Pharmacy Intern, 5104421068 Cashier,
      // 5104421119 Sterile Processing Technician, 5104421153 Patient Care Technician, and the rest.
    ],
  },
  {
    board: 'lever',
    tech: [
      '0baa8c36-45cc-4973-a7bd-204c25e88c46', // Pharmacy Technician - Inpatient (Nights)
      'b4dc0974-01a0-4371-a0fd-9f40024e7081', // Pharmacy Technician II - Outpatient Pharmacy
      'b2a64451-8324-41ce-a449-26642fd0c48f', // Certified Pharmacy Technician - IV Room
      'b0708066-e6b0-49d9-a089-32d0c602c0a5', // Pharmacy Technician Trainee
      '59a1fc6c-c07c-4bbc-ac0c-3f7c76cffc4e', // Pharmacy Buyer / Inventory Technician
      '02d37855-c17e-424f-a4c5-91545e78f4cb', // Lead Pharmacy Technician - Central Pharmacy
      'a9cf3154-260c-43db-ac2d-878cf75eccfd', // Pharmacy Technician - Oncology Infusion Center
      'a7996bc0-13f6-4173-aea4-e086406d3eab', // Pharmacy Technician - Ambulatory Retail
      'ac04f53e-c280-4bd0-a0ed-7b20612cd0e7', // Pharmacy Technician - Home Infusion
      // not: Clinical Pharmacist, Pharmacy Intern, Cashier, Sterile Processing Technician, ...
    ],
  },
  {
    board: 'icims',
    tech: techKeys(ATS_TITLES, ATS_TITLES.map((_, i) => `careers-stbrigidhealth:${10401 + i}`)),
  },
];

/**
 * Console errors, without the browser's own "Failed to load resource" lines for the fixture
 * server's 404s (e.g. /favicon.ico): those are page requests, and requests are checked separately.
 * (Same filter as boards.e2e.test.ts.)
 */
function errors(log: ReturnType<typeof watchConsole>) {
  return log.errors().filter((m) => !/^Failed to load resource: the server responded with a status of 404/.test(m.text));
}

/** Badge hosts in a document: [data-rxl-key, data-rxl-place] of each, in page order. */
const readHosts = (target: Page | Frame) =>
  target.evaluate(() => Array.from(document.querySelectorAll('[data-rxl-key]')).map((h) => ({ key: h.getAttribute('data-rxl-key')!, place: h.getAttribute('data-rxl-place'), shadow: !!h.shadowRoot && h.shadowRoot.mode === 'open', attrs: ['data-rxl-verdict', 'data-rxl-requires', 'data-rxl-settings'].every((a) => h.hasAttribute(a)) })));

/** Wait until the badges stop changing (same hosts for 600 ms, at least one), then return them. */
async function settledHosts(target: Page | Frame, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  for (;;) {
    const hosts = await readHosts(target);
    const now = JSON.stringify(hosts);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (hosts.length > 0 && Date.now() - since >= 600) {
      return hosts;
    }
    if (Date.now() > deadline) return hosts;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeWithBrowser('RxLadder on all 13 boards (production build in Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    ({ browser, server } = await launchOnFixtures(BOARD_FIXTURES));
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('covers all 13 boards', () => {
    expect(CASES.map((c) => c.board).sort()).toEqual(BOARD_PAGES.map((b) => b.board).sort());
    expect(CASES).toHaveLength(13);
  });

  /** A new tab answering `routes` on `host` from the fixtures (see routeFixtures). */
  async function openTab(host: string, routes: FixtureRoutes) {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    const { foreign } = await routeFixtures(page, server, host, routes);
    return { page, log, foreign };
  }

  for (const bc of CASES) {
    it(`${bc.board}: exactly one badge per pharmacy-technician card, none on the others`, async () => {
      const c = { ...bc, ...BOARD_PAGES.find((bp) => bp.board === bc.board)! };
      const { page, log, foreign } = await openTab(c.host, boardPageRoutes(c, server));
      await page.goto(server.url(c.host, c.path));
      let target: Page | Frame = page;
      if (c.framePath) {
        await expect.poll(() => page.frames().some((f) => f.url().includes('in_iframe=1'))).toBe(true);
        target = page.frames().find((f) => f.url().includes('in_iframe=1'))!;
      }
      await target.waitForFunction(() => document.documentElement.dataset.rxlReady === '1');
      // The reader scrolls down the list: cards far below the fold are read as they come near.
      await scrollThrough(target);

      const hosts = await settledHosts(target);
      const expected = c.tech.map((k) => `${c.board}:${k}`).sort();
      // Exactly one card badge per technician card (duplicates would show twice), none elsewhere.
      const cardKeys = hosts.filter((h) => h.place === 'card').map((h) => h.key).sort();
      expect(cardKeys).toEqual(expected);
      // A split pane's badge, if any, is for a technician posting too.
      for (const h of hosts.filter((x) => x.place !== 'card')) expect(expected, `${h.place} badge ${h.key}`).toContain(h.key);
      // Each host carries the attribute contract and an open shadow root.
      expect(hosts.filter((h) => !h.shadow || !h.attrs)).toEqual([]);
      if (c.framePath) expect(await page.evaluate(() => document.querySelectorAll('[data-rxl-key]').length)).toBe(0);

      await screenshot(page, `board-${c.board}`);
      expect(errors(log)).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    });
  }

  it('Indeed: a card badge is upgraded after the reader opens the job detail and comes back', async () => {
    // Start from an empty store of read postings (the board test above read Indeed's split pane).
    await browser.serviceWorker.evaluate(async () => {
      await chrome.storage.local.remove('rxl-analyses');
      await new Promise((r) => setTimeout(r, 100));
    });
    const MEIJER = 'e3eaa50d83c54ab5'; // "Pharmacy Technician (Part-Time)": the snippet names no required credential
    const results = '/jobs?q=pharmacy+technician&l=Columbus%2C+OH';
    const detail = `/viewjob?jk=${MEIJER}&from=serp&vjs=3`;
    const { page, log, foreign } = await openTab('www.indeed.com', {
      [results]: { file: 'indeed/results.html' },
      [detail]: { file: 'indeed/detail-meijer.html' },
    });
    const host = `[data-rxl-place="card"][data-rxl-key="indeed:${MEIJER}"]`;
    const attrs = () =>
      page.evaluate((sel) => {
        const hs = document.querySelectorAll(sel);
        const h = hs[0];
        return h ? { count: hs.length, verdict: h.getAttribute('data-rxl-verdict'), requires: h.getAttribute('data-rxl-requires'), source: h.getAttribute('data-rxl-source') } : null;
      }, host);

    await page.goto(server.url('www.indeed.com', results));
    const card = `[data-jk="${MEIJER}"]`;
    await page.locator(card).scrollIntoViewIfNeeded();
    await page.waitForSelector(host, { state: 'attached' });
    expect(await attrs()).toEqual({ count: 1, verdict: 'unknown', requires: '', source: 'card' });

    // The reader opens the job's page: the full posting requires a state registration and PTCB.
    await page.goto(server.url('www.indeed.com', detail));
    const detailHost = `[data-rxl-place="detail"][data-rxl-key="indeed:${MEIJER}"]`;
    await page.waitForSelector(detailHost, { state: 'attached' });
    await expect.poll(() => page.getAttribute(detailHost, 'data-rxl-source')).toBe('posting');
    expect((await page.getAttribute(detailHost, 'data-rxl-requires'))!.split(' ').sort()).toEqual(['ptcb-cpht', 'state-license']);

    // Back to the results: the card now shows the full posting's picture.
    await page.goBack();
    await page.locator(card).scrollIntoViewIfNeeded();
    await page.waitForSelector(host, { state: 'attached' });
    await expect.poll(attrs).toMatchObject({ count: 1, source: 'posting' });
    const after = (await attrs())!;
    expect(after.verdict).not.toBe('unknown');
    expect(after.requires!.split(' ').sort()).toEqual(['ptcb-cpht', 'state-license']);
    await screenshot(page, 'board-indeed-upgraded');
    expect(errors(log)).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

declare const chrome: {
  storage: { local: { remove(key: string): Promise<void> } };
};
