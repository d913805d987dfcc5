/**
 * The results page of each supported board, at a realistic URL on the board's own host, answered
 * from tests/fixtures/boards/<board>/results.html. Used by tests/e2e/all-boards.e2e.test.ts and by
 * `npm run demo` (scripts/demo.mjs).
 *
 *   const server = await serveFolder(BOARD_FIXTURES);
 *   const page = await browser.context.newPage();
 *   const { foreign } = await routeFixtures(page, server, bp.host, boardPageRoutes(bp, server));
 *   await page.goto(server.url(bp.host, bp.path));
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, type FixtureServer } from './browser';

export const BOARD_FIXTURES = join(REPO_ROOT, 'tests/fixtures/boards');

export interface BoardPage {
  board: string;
  host: string;
  /** Path + query of the board's results page (the URLs the unit tests load the fixtures at). */
  path: string;
  /** iCIMS: the list lives in a frame at this path; the page at `path` only frames it. */
  framePath?: string;
}

export const BOARD_PAGES: BoardPage[] = [
  { board: 'indeed', host: 'www.indeed.com', path: '/jobs?q=pharmacy+technician&l=Columbus%2C+OH&vjk=6940cbd84ada64d8' },
  { board: 'linkedin', host: 'www.linkedin.com', path: '/jobs/search/?currentJobId=4066747583&keywords=pharmacy%20technician&location=Columbus%2C%20Ohio' },
  { board: 'glassdoor', host: 'www.glassdoor.com', path: '/Job/columbus-oh-pharmacy-technician-jobs-SRCH_IL.0,11_IC1145185_KO12,33.htm' },
  { board: 'ziprecruiter', host: 'www.ziprecruiter.com', path: '/jobs-search?search=pharmacy+technician&location=Columbus%2C+OH' },
  { board: 'usajobs', host: 'www.usajobs.gov', path: '/search/results/?k=pharmacy%20technician&l=Ohio' },
  { board: 'monster', host: 'www.monster.com', path: '/jobs/search?q=pharmacy+technician&where=Columbus%2C+OH' },
  { board: 'simplyhired', host: 'www.simplyhired.com', path: '/search?q=pharmacy+technician&l=Columbus%2C+OH' },
  { board: 'careerbuilder', host: 'www.careerbuilder.com', path: '/jobs?keywords=pharmacy+technician&location=Portland%2C+OR' },
  { board: 'dice', host: 'www.dice.com', path: '/jobs?q=pharmacy%20technician&location=Portland,%20OR' },
  { board: 'workday', host: 'cascadevalley.wd5.myworkdayjobs.com', path: '/en-US/CVH_Careers?q=pharmacy' },
  { board: 'greenhouse', host: 'boards.greenhouse.io', path: '/northfieldhealth' },
  { board: 'lever', host: 'jobs.lever.co', path: '/stbrigidhealth?team=Pharmacy' },
  { board: 'icims', host: 'careers-stbrigidhealth.icims.com', path: '/jobs/search?ss=1', framePath: '/jobs/search?ss=1&in_iframe=1' },
];

export type FixtureRoutes = Record<string, { file: string } | { html: string }>;

/** What to answer for the board's results page (and, for iCIMS, its framing parent page). */
export function boardPageRoutes(bp: BoardPage, server: FixtureServer): FixtureRoutes {
  if (!bp.framePath) return { [bp.path]: { file: `${bp.board}/results.html` } };
  // The career site's parent page only frames the list, as iCIMS does (fixture icims/outer.html frames a job).
  return {
    [bp.path]: {
      html: `<!DOCTYPE html><html lang="en"><head><title>Search Results | Careers at St. Brigid Health System</title></head><body><div id="icims_content"><iframe id="icims_content_iframe" title="iCIMS Content" style="width:100%;height:1600px;border:0" src="${server.url(bp.host, bp.framePath)}"></iframe></div></body></html>`,
    },
    [bp.framePath]: { file: `${bp.board}/results.html` },
  };
}

/** URLs a fixture page itself loads (its <img src> etc.): requests by the page, not by RxLadder. */
function pageOwnUrls(html: string): string[] {
  return Array.from(html.matchAll(/\b(?:src|srcset)="([^"]+)"/g), (m) => m[1]!.replace(/&amp;/g, '&'));
}

/** A 1x1 transparent GIF, served for the fixture pages' own images. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * Answer `routes` (path + query on `host` -> fixture file or HTML) from the fixtures, so pages sit
 * at realistic board URLs; other requests to the host reach the fixture server. Resources the
 * fixture pages themselves reference (their images) get an empty image; any other request is
 * recorded in `foreign` (only the extension could have made it) and fails.
 */
export async function routeFixtures(page: Page, server: FixtureServer, host: string, routes: FixtureRoutes): Promise<{ foreign: string[] }> {
  const origin = server.origin(host);
  const own = new Set<string>();
  for (const [path, r] of Object.entries(routes)) {
    if (!('file' in r)) continue;
    for (const u of pageOwnUrls(await readFile(join(BOARD_FIXTURES, r.file), 'utf8'))) own.add(new URL(u, server.url(host, path)).href);
  }
  const foreign: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (own.has(url)) return route.fulfill({ contentType: 'image/gif', body: GIF });
    const u = new URL(url);
    if (u.origin === origin) {
      const r = routes[u.pathname + u.search];
      if (!r) return route.continue();
      const body = 'file' in r ? await readFile(join(BOARD_FIXTURES, r.file)) : r.html;
      return route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'cache-control': 'no-store' }, body });
    }
    if (url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return { foreign };
}
