// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { workdayBoard } from '../../../src/boards/workday';
import { loadBoardFixture } from './load-board-fixture';

const SEARCH = 'https://cascadevalley.wd5.myworkdayjobs.com/en-US/CVH_Careers?q=pharmacy';
const JOB = 'https://cascadevalley.wd5.myworkdayjobs.com/en-US/CVH_Careers/job/Portland-OR/Pharmacy-Technician---Inpatient--Nights-_R-20401';
const results = () => loadBoardFixture('workday', 'results.html', SEARCH);
const detail = () => loadBoardFixture('workday', 'detail.html', JOB);

describe('workday: results', () => {
  it('finds the 22 listings in jobResults, skipping the placeholder row, featured rail, facets and nav', () => {
    const { doc, url } = results();
    const cards = workdayBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(new Set(cards.map((c) => c.key)).size).toBe(22);
    expect(cards.map((c) => c.key)).not.toContain('cascadevalley:R-30001'); // featured rail only
    expect(cards.some((c) => c.title.startsWith('Loading'))).toBe(false);
    for (const c of cards) expect(c.element.closest('[data-automation-id="jobResults"]')).not.toBeNull();
    // R-20401 is also in the featured rail: its card is the one in the result list.
    expect(cards.filter((c) => c.key === 'cascadevalley:R-20401')).toHaveLength(1);
  });

  it('reads tenant-scoped requisition keys, titles, locations and snippets', () => {
    const { doc, url } = results();
    const cards = workdayBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: 'cascadevalley:R-20401', title: 'Pharmacy Technician - Inpatient (Nights)', location: 'Portland, OR' });
    expect(cards[7]).toMatchObject({ key: 'cascadevalley:R-20408', title: 'Sterile Processing Technician', location: 'Vancouver, WA' });
    expect(cards[21]).toMatchObject({ key: 'cascadevalley:R-20422', title: 'Unit Secretary - Labor and Delivery' });
    expect(cards[0]!.snippet).toContain('R-20401');
    expect(cards.filter((c) => /pharmacy (technician|buyer)|pharmacy technician/i.test(c.title))).toHaveLength(9);
  });

  it('anchors each badge in the title heading, outside the link', () => {
    const { doc, url } = results();
    for (const c of workdayBoard.findCards(doc, url)) {
      expect(c.badgeAnchor.tagName).toBe('H3');
      expect(c.badgeAnchor.closest('a')).toBeNull();
      expect(c.element.contains(c.badgeAnchor)).toBe(true);
    }
  });

  it('finds a card when handed the card itself (a node added by infinite scroll)', () => {
    const { doc, url } = results();
    const li = doc.querySelectorAll('[data-automation-id="jobResults"] ul[role="list"] > li')[3]!;
    expect(workdayBoard.findCards(li, url).map((c) => c.key)).toEqual(['cascadevalley:R-20404']);
  });

  it('has no open posting on the results page', () => {
    const { doc, url } = results();
    expect(workdayBoard.findOpenPosting(doc, url)).toBeNull();
  });
});

describe('workday: job page with stale JSON-LD', () => {
  it('rejects the leftover JSON-LD (another job) and reads the DOM', () => {
    const { doc, url } = detail();
    const open = workdayBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: 'cascadevalley:R-20401', title: 'Pharmacy Technician - Inpatient (Nights)', location: 'Portland, OR - Main Campus', source: 'selectors' });
    expect(open.text).toContain('National certification (PTCB CPhT or NHA ExCPT) required within 180 days of hire');
    expect(open.text).toContain('Pay range: $21.40 - $29.95 per hour');
    expect(open.text).not.toContain('PharmD');
    expect(open.text).not.toContain('Similar Jobs');
    expect(open.badgeAnchor.getAttribute('data-automation-id')).toBe('jobPostingHeader');
  });

  it('uses the JSON-LD once it describes the job on screen', () => {
    const { doc, url } = detail();
    const script = doc.querySelector('script[type="application/ld+json"]')!;
    script.textContent = script.textContent!.replace('R-20404', 'R-20401').replace('Clinical Pharmacist - Emergency Department', 'Pharmacy Technician - Inpatient (Nights)');
    const open = workdayBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: 'cascadevalley:R-20401', source: 'jsonld', employer: 'Cascade Valley Health' });
  });

  it('gives the open job the same key as its card', () => {
    const r = results();
    const d = detail();
    const open = workdayBoard.findOpenPosting(d.doc, d.url)!;
    expect(workdayBoard.findCards(r.doc, r.url).map((c) => c.key)).toContain(open.key);
  });

  it('reads the split-pane /details/ URL and falls back to the requisitionId field', () => {
    const d = detail();
    expect(workdayBoard.findOpenPosting(d.doc, new URL('https://cascadevalley.wd5.myworkdayjobs.com/CVH_Careers/details/Pharmacy-Technician---Inpatient--Nights-_R-20401?q=rx'))?.key).toBe('cascadevalley:R-20401');
    expect(workdayBoard.findOpenPosting(d.doc, new URL('https://cascadevalley.wd5.myworkdayjobs.com/en-US/CVH_Careers'))?.key).toBe('cascadevalley:R-20401');
  });

  it('waits while the description has not rendered, and ignores the "Similar Jobs" rail as cards', () => {
    const { doc, url } = detail();
    expect(workdayBoard.findCards(doc, url)).toEqual([]);
    doc.querySelector('[data-automation-id="jobPostingDescription"]')!.remove();
    expect(workdayBoard.findOpenPosting(doc, url)).toBeNull();
  });
});

describe('workday: expectsListings', () => {
  it('is true on search and job pages, false on apply/sign-in pages and other hosts', () => {
    expect(workdayBoard.expectsListings(new URL(SEARCH))).toBe(true);
    expect(workdayBoard.expectsListings(new URL(JOB))).toBe(true);
    expect(workdayBoard.expectsListings(new URL(`${JOB}/apply`))).toBe(false);
    expect(workdayBoard.expectsListings(new URL('https://cascadevalley.wd5.myworkdayjobs.com/en-US/CVH_Careers/login'))).toBe(false);
    expect(workdayBoard.expectsListings(new URL('https://www.cascadevalleyhealth.org/careers'))).toBe(false);
  });
});

describe('workday: read only', () => {
  it('never mutates the page while reading cards and the open job', () => {
    for (const { doc, url } of [results(), detail()]) {
      const before = doc.documentElement.outerHTML;
      workdayBoard.findCards(doc, url);
      workdayBoard.findOpenPosting(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});
