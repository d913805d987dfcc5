// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { icimsBoard } from '../../../src/boards/icims';
import { loadBoardFixture } from './load-board-fixture';

const HOST = 'https://careers-stbrigidhealth.icims.com';
const LIST_FRAME = `${HOST}/jobs/search?ss=1&in_iframe=1`;
const JOB_FRAME = `${HOST}/jobs/10409/pharmacy-technician-trainee/job?in_iframe=1`;
const JOB_PARENT = `${HOST}/jobs/10409/pharmacy-technician-trainee/job`;
const results = () => loadBoardFixture('icims', 'results.html', LIST_FRAME);
const detail = () => loadBoardFixture('icims', 'detail.html', JOB_FRAME);

describe('icims: list (frame document)', () => {
  it('finds the 22 rows of the jobs table, skipping the header row, hot jobs and paging', () => {
    const { doc, url } = results();
    const cards = icimsBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(new Set(cards.map((c) => c.key)).size).toBe(22);
    for (const c of cards) expect(c.element.closest('.iCIMS_JobsTable')).not.toBeNull();
    expect(cards.filter((c) => c.key === 'careers-stbrigidhealth:10401')).toHaveLength(1); // not again from Hot Jobs
  });

  it('reads tenant-scoped ids, titles without the screen-reader label, locations and snippets', () => {
    const { doc, url } = results();
    const cards = icimsBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: 'careers-stbrigidhealth:10401', title: 'Pharmacy Technician - Inpatient (Nights)', location: 'US-OR-Portland' });
    expect(cards[8]).toMatchObject({ key: 'careers-stbrigidhealth:10409', title: 'Pharmacy Technician Trainee', location: 'US-OR-Salem' });
    expect(cards[6]).toMatchObject({ title: 'Warehouse Associate - Distribution Center' });
    expect(cards[8]!.snippet).toContain('Paid training program');
    for (const c of cards) {
      expect(c.badgeAnchor.classList.contains('title')).toBe(true);
      expect(c.badgeAnchor.closest('a')).toBeNull();
    }
  });
});

describe('icims: job (frame document)', () => {
  it('reads the matching JSON-LD (array with a BreadcrumbList) and keys like the card', () => {
    const { doc, url } = detail();
    const open = icimsBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({
      key: 'careers-stbrigidhealth:10409',
      title: 'Pharmacy Technician Trainee',
      employer: 'St. Brigid Health System',
      location: 'US-OR-Salem', // the header shows it; JSON-LD only fills gaps
      source: 'jsonld',
    });
    expect(open.text).toContain('Qualifications\nHigh school diploma or GED\nOregon pharmacy technician trainee license');
    expect(open.text).toContain('Must pass the PTCB exam (CPhT) within 12 months of hire');
    expect(open.badgeAnchor.tagName).toBe('H1');
    const r = results();
    expect(icimsBoard.findCards(r.doc, r.url).map((c) => c.key)).toContain(open.key);
  });

  it('reads .iCIMS_JobContent when there is no JSON-LD', () => {
    const { doc, url } = detail();
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    const open = icimsBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: 'careers-stbrigidhealth:10409', source: 'selectors', employer: 'St. Brigid Health System' });
    expect(open.text).toContain('Responsibilities\nLearn to fill unit-dose and first-dose orders under pharmacist supervision');
    expect(open.text).not.toContain('Apply for this job online');
  });
});

describe('icims: parent page that frames the content', () => {
  it('reports no cards and no posting (the frame reports them), despite the JSON-LD in the parent', () => {
    const { doc, url } = loadBoardFixture('icims', 'outer.html', JOB_PARENT);
    expect(doc.querySelector('iframe#icims_content_iframe')).not.toBeNull();
    expect(icimsBoard.findOpenPosting(doc, url)).toBeNull();
    expect(icimsBoard.findCards(doc, url)).toEqual([]);
  });

  it('expects listings only in the framed documents', () => {
    expect(icimsBoard.expectsListings(new URL(LIST_FRAME))).toBe(true);
    expect(icimsBoard.expectsListings(new URL(JOB_FRAME))).toBe(true);
    expect(icimsBoard.expectsListings(new URL(JOB_PARENT))).toBe(false);
    expect(icimsBoard.expectsListings(new URL(`${HOST}/jobs/search?ss=1`))).toBe(false);
    expect(icimsBoard.expectsListings(new URL(`${HOST}/jobs/10409/pharmacy-technician-trainee/login?in_iframe=1`))).toBe(false);
    expect(icimsBoard.expectsListings(new URL('https://www.icims.com/'))).toBe(false);
  });
});

describe('icims: read only', () => {
  it('never mutates the page while reading cards and the open job', () => {
    for (const { doc, url } of [results(), detail()]) {
      const before = doc.documentElement.outerHTML;
      icimsBoard.findCards(doc, url);
      icimsBoard.findOpenPosting(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});
