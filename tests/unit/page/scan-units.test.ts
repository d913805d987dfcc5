// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boardFor } from '../../../src/boards';
import { scanUnits } from '../../../src/page/runtime';
import { loadPage } from './harness';

/** Every board's results fixture, at a URL the board file recognises. */
const PAGES: [string, string][] = [
  ['indeed', 'https://www.indeed.com/jobs?q=pharmacy+technician&vjk=6940cbd84ada64d8'],
  ['linkedin', 'https://www.linkedin.com/jobs/search/?keywords=pharmacy%20technician&currentJobId=4087360354'],
  ['glassdoor', 'https://www.glassdoor.com/Job/columbus-oh-pharmacy-technician-jobs-SRCH_IL.0,11_IC1145185_KO12,33.htm'],
  ['ziprecruiter', 'https://www.ziprecruiter.com/jobs-search?search=pharmacy+technician&location=Columbus%2C+OH'],
  ['usajobs', 'https://www.usajobs.gov/search/results/?k=pharmacy%20technician&l=Ohio'],
  ['monster', 'https://www.monster.com/jobs/search?q=pharmacy+technician&where=Columbus%2C+OH'],
  ['simplyhired', 'https://www.simplyhired.com/search?q=pharmacy+technician&l=Columbus%2C+OH'],
  ['careerbuilder', 'https://www.careerbuilder.com/jobs?keywords=pharmacy+technician&location=Portland%2C+OR'],
  ['dice', 'https://www.dice.com/jobs?q=pharmacy%20technician&location=Portland,%20OR'],
  ['workday', 'https://cascadevalley.wd5.myworkdayjobs.com/en-US/CVH_Careers?q=pharmacy'],
  ['greenhouse', 'https://boards.greenhouse.io/northfieldhealth'],
  ['lever', 'https://jobs.lever.co/stbrigidhealth?team=Pharmacy'],
  ['icims', 'https://careers-stbrigidhealth.icims.com/jobs/search?ss=1&in_iframe=1'],
];

describe('progressive full scan (one small subtree at a time)', () => {
  for (const [board, url] of PAGES) {
    it(`${board}: finds exactly the cards findCards(document) finds`, () => {
      loadPage(board, 'results.html');
      const adapter = boardFor(new URL(url))!;
      expect(adapter.id).toBe(board);
      const whole = adapter.findCards(document, new URL(url));
      expect(whole.length).toBeGreaterThanOrEqual(20);
      const units = scanUnits(document.body);
      const pieces = new Map<Element, string>();
      for (const u of units) for (const c of adapter.findCards(u, new URL(url))) pieces.set(c.element, c.key);
      expect([...pieces.entries()].map(([el, k]) => `${k}@${el.tagName}`).sort()).toEqual(whole.map((c) => `${c.key}@${c.element.tagName}`).sort());
      // Units are small (or leaves) and in document order.
      for (const u of units) expect(u.children.length === 0 || u.getElementsByTagName('*').length <= 250).toBe(true);
      for (let i = 1; i < units.length; i++) {
        expect(units[i - 1]!.compareDocumentPosition(units[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      }
    });
  }
});
