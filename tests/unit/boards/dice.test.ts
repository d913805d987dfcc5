// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { diceBoard } from '../../../src/boards/dice';
import { loadBoardFixture } from './load-board-fixture';

const SEARCH = 'https://www.dice.com/jobs?q=pharmacy%20technician&location=Portland,%20OR';
const ID = 'cc30c2d7-deca-4768-a292-997afc18bed4';
const JOB = `https://www.dice.com/job-detail/${ID}`;
const results = () => loadBoardFixture('dice', 'results.html', SEARCH);
const detail = () => loadBoardFixture('dice', 'detail.html', JOB);

describe('dice: results', () => {
  it('finds the 22 job cards, skipping the skeleton card, recently viewed, similar searches and nav', () => {
    const { doc, url } = results();
    const cards = diceBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(doc.querySelectorAll('[data-testid="job-card"]')).toHaveLength(23);
    expect(new Set(cards.map((c) => c.key)).size).toBe(22);
    expect(cards.map((c) => c.title)).not.toContain('Pharmacy Technician - Retail (Seattle, WA)');
  });

  it('reads uuid keys, titles, employers and snippets (with pay chips)', () => {
    const { doc, url } = results();
    const cards = diceBoard.findCards(doc, url);
    expect(cards[2]).toMatchObject({ key: ID, title: 'Pharmacy Technician II - Outpatient Pharmacy', employer: 'Riverbend Medical Center' });
    expect(cards[2]!.snippet).toContain('USD 21.00 - 26.00 per hour');
    expect(cards[4]).toMatchObject({ title: 'Cashier - Outpatient Pharmacy', employer: 'Lakeshore Family Pharmacy' });
    expect(cards[6]).toMatchObject({ title: 'Warehouse Associate - Distribution Center', employer: 'Northfield Supply Co.' });
    for (const c of cards) {
      expect(c.badgeAnchor.closest('a')).toBeNull();
      expect(c.element.contains(c.badgeAnchor)).toBe(true);
    }
  });
});

describe('dice: job page', () => {
  it('reads title, employer, location and the description, keyed like the card', () => {
    const { doc, url } = detail();
    const open = diceBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: ID, title: 'Pharmacy Technician II - Outpatient Pharmacy', employer: 'Riverbend Medical Center', location: 'Beaverton, OR', source: 'selectors' });
    expect(open.text).toContain('Requirements\nOregon certified pharmacy technician license\nNational certification through PTCB (CPhT) or NHA (ExCPT) required');
    expect(open.text).not.toMatch(/Similar Jobs|Easy Apply/);
    expect(open.badgeAnchor.tagName).toBe('H1');
    const r = results();
    expect(diceBoard.findCards(r.doc, r.url).map((c) => c.key)).toContain(open.key);
  });

  it('falls back to div[class*="jobDescription"] when the data-testid is gone; ignores the similar-jobs card', () => {
    const { doc, url } = detail();
    doc.querySelector('[data-testid="jobDescriptionHtml"]')!.removeAttribute('data-testid');
    expect(diceBoard.findOpenPosting(doc, url)?.text).toContain('Two years of retail or outpatient pharmacy experience');
    expect(diceBoard.findCards(doc, url)).toEqual([]);
  });
});

describe('dice: expectsListings', () => {
  it('is true on search and job pages only', () => {
    expect(diceBoard.expectsListings(new URL(SEARCH))).toBe(true);
    expect(diceBoard.expectsListings(new URL(JOB))).toBe(true);
    expect(diceBoard.expectsListings(new URL('https://www.dice.com/career-paths'))).toBe(false);
    expect(diceBoard.expectsListings(new URL('https://www.indeed.com/jobs?q=x'))).toBe(false);
  });
});

describe('dice: read only', () => {
  it('never mutates the page while reading cards and the open job', () => {
    for (const { doc, url } of [results(), detail()]) {
      const before = doc.documentElement.outerHTML;
      diceBoard.findCards(doc, url);
      diceBoard.findOpenPosting(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});
