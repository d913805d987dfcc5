// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { careerbuilderBoard } from '../../../src/boards/careerbuilder';
import { loadBoardFixture } from './load-board-fixture';

const SEARCH = 'https://www.careerbuilder.com/jobs?keywords=pharmacy+technician&location=Portland%2C+OR';
const ID = 'J3F2031FF8C664B6F0C';
const JOB = `https://www.careerbuilder.com/job/${ID}`;
const results = () => loadBoardFixture('careerbuilder', 'results.html', SEARCH);
const detail = () => loadBoardFixture('careerbuilder', 'detail.html', JOB);

describe('careerbuilder: results', () => {
  it('finds the 22 result cards, skipping the ad row, recommended carousel, related titles and nav', () => {
    const { doc, url } = results();
    const cards = careerbuilderBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(doc.querySelectorAll('li.data-results-content-parent')).toHaveLength(23);
    expect(new Set(cards.map((c) => c.key)).size).toBe(22);
    expect(cards.map((c) => c.key)).not.toContain('J3RECOMMENDED00001');
  });

  it('reads ids, titles, employer and location from .data-details, and the card snippet', () => {
    const { doc, url } = results();
    const cards = careerbuilderBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: 'J351A8B6F049AE56634', title: 'Pharmacy Technician - Inpatient (Nights)', employer: 'Cascade Valley Health', location: 'Portland, OR' });
    expect(cards[14]).toMatchObject({ key: ID, title: 'Pharmacy Technician - Home Infusion', employer: 'St. Brigid Health System', location: 'Clackamas, OR' });
    expect(cards[14]!.snippet).toContain('$20.00 - $27.00/Hour');
    expect(cards[7]).toMatchObject({ title: 'Sterile Processing Technician', employer: 'Riverbend Medical Center' });
  });

  it('anchors badges in the card, outside the card-wide link', () => {
    const { doc, url } = results();
    for (const c of careerbuilderBoard.findCards(doc, url)) {
      expect(c.badgeAnchor).toBe(c.element);
      expect(c.badgeAnchor.closest('a')).toBeNull();
    }
  });
});

describe('careerbuilder: job page', () => {
  it('reads the @graph JSON-LD (escaped HTML description, baseSalary) for the job on screen', () => {
    const { doc, url } = detail();
    const open = careerbuilderBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: ID, title: 'Pharmacy Technician - Home Infusion', employer: 'St. Brigid Health System', location: 'Clackamas, OR', source: 'jsonld' });
    expect(open.text).toContain('Requirements\nOregon pharmacy technician license\nCPhT certification required');
    expect(open.text).toContain('Monday to Friday, 7:00 a.m. to 3:30 p.m., one weekend in six.\nBenefits start');
    expect(open.text).toContain('Pay: $21 - $28.50 per hour');
    expect(open.text).not.toMatch(/&lt;|<h3>/);
    expect(open.badgeAnchor.tagName).toBe('H2');
    const r = results();
    expect(careerbuilderBoard.findCards(r.doc, r.url).map((c) => c.key)).toContain(open.key);
  });

  it('rejects JSON-LD for another job id and reads #jdp_description instead', () => {
    const { doc } = detail();
    // Same page content, but the URL now names another job: the JSON-LD no longer proves anything.
    const other = new URL('https://www.careerbuilder.com/job/J3OTHERJOB000000001');
    doc.querySelector('h2.dark-blue-text')!.textContent = 'Pharmacy Technician - Mail Order';
    const open = careerbuilderBoard.findOpenPosting(doc, other)!;
    expect(open).toMatchObject({ key: 'J3OTHERJOB000000001', title: 'Pharmacy Technician - Mail Order', source: 'selectors' });
    expect(open.text).toContain('$21.00 - $28.50/Hour');
  });

  it('does not throw on malformed JSON-LD and falls back to the DOM', () => {
    const { doc, url } = detail();
    doc.querySelector('script[type="application/ld+json"]')!.textContent = '{"@graph": [ {"@type": "JobPosting", ';
    expect(() => careerbuilderBoard.findOpenPosting(doc, url)).not.toThrow();
    expect(careerbuilderBoard.findOpenPosting(doc, url)).toMatchObject({ key: ID, source: 'selectors' });
  });
});

describe('careerbuilder: expectsListings', () => {
  it('is true on search and job pages only', () => {
    expect(careerbuilderBoard.expectsListings(new URL(SEARCH))).toBe(true);
    expect(careerbuilderBoard.expectsListings(new URL(JOB))).toBe(true);
    expect(careerbuilderBoard.expectsListings(new URL('https://www.careerbuilder.com/jobs-pharmacy-technician'))).toBe(true);
    expect(careerbuilderBoard.expectsListings(new URL('https://www.careerbuilder.com/advice'))).toBe(false);
  });
});

describe('careerbuilder: read only', () => {
  it('never mutates the page while reading cards and the open job', () => {
    for (const { doc, url } of [results(), detail()]) {
      const before = doc.documentElement.outerHTML;
      careerbuilderBoard.findCards(doc, url);
      careerbuilderBoard.findOpenPosting(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});
