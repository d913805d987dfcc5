// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { simplyhiredBoard } from '../../../src/boards/simplyhired';
import { loadBoardFixture, setUrl } from './load-board-fixture';

const SEARCH = 'https://www.simplyhired.com/search?q=pharmacy+technician&l=Columbus%2C+OH';
const A = 'Y8X7pqhLnWbjmMQksAj0u59EFUht0h9zBN3U_zZDD9Q'; // Pharmacy Technician, CVS Health (aria-current)
const B = 'ldIUGrcMC8t04AKuiReAM4_7FgOFfMGZcY3tiaPykpA'; // IV Pharmacy Technician, shown in the pane
const D = 'alUMZHey5dZ58MQLjy5wBTbJwtZ_Fjt7_GVvmtzvNnQ'; // Inpatient Pharmacy Technician, detail page
const results = (job = B) => loadBoardFixture('simplyhired', 'results.html', `${SEARCH}&job=${job}`);

describe('simplyhired: results page', () => {
  it('finds exactly the 22 cards, skipping the ad, alert, skeletons and the rail', () => {
    const { doc, url } = results();
    const cards = simplyhiredBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(doc.querySelectorAll('[data-testid="searchSerpJob"]')).toHaveLength(25);
    expect(cards.every((c) => c.element.tagName === 'LI' && c.element.closest('#job-list'))).toBe(true);
  });

  it('reads key, title, employer, location and snippet', () => {
    const { doc, url } = results();
    const cards = simplyhiredBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: A, title: 'Pharmacy Technician', employer: 'CVS Health', location: 'Columbus, OH' });
    expect(cards[0]!.snippet).toContain('Estimated: $17.00 - $19.50 an hour');
    expect(cards[7]).toMatchObject({ key: B, title: 'IV Pharmacy Technician', employer: "Nationwide Children's Hospital" });
    expect(cards[12]).toMatchObject({ key: D, title: 'Inpatient Pharmacy Technician' });
    expect(cards[21]).toMatchObject({ title: 'Line Cook', employer: 'Northstar Cafe' });
    for (const c of cards) {
      expect(c.badgeAnchor.getAttribute('data-testid')).toBe('searchSerpJob');
      expect(c.element.contains(c.badgeAnchor)).toBe(true);
    }
  });
});

describe('simplyhired: split view', () => {
  it('reads the pane job named by ?job=, not the current card', () => {
    const { doc, url } = results();
    expect(doc.querySelector('[aria-current="true"] a')!.getAttribute('href')).toContain(A);
    const open = simplyhiredBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: B, title: 'IV Pharmacy Technician', employer: "Nationwide Children's Hospital", location: 'Columbus, OH 43205', source: 'selectors' });
    expect(open.text.startsWith('$21 - $26 an hour · Full-time\n')).toBe(true);
    expect(open.text).toContain('Perform gowning, garbing and aseptic technique');
  });

  it('reports nothing while the pane lags behind the URL, then re-keys', () => {
    const page = results(B);
    setUrl(page, `${SEARCH}&job=${A}`);
    expect(simplyhiredBoard.findOpenPosting(page.doc, page.url)).toBeNull();
    page.doc.querySelector('[data-testid="viewJobTitle"]')!.textContent = 'Pharmacy Technician';
    // Same title as card A, but the employer is still job B's: not yet re-rendered.
    expect(simplyhiredBoard.findOpenPosting(page.doc, page.url)).toBeNull();
    page.doc.querySelector('[data-testid="viewJobCompanyName"]')!.textContent = 'CVS Health';
    page.doc.querySelector('[data-testid="viewJobBodyJobFullDescriptionContent"]')!.textContent = 'Fill and label prescriptions.';
    expect(simplyhiredBoard.findOpenPosting(page.doc, page.url)).toMatchObject({ key: A, title: 'Pharmacy Technician' });
  });
});

describe('simplyhired: detail page', () => {
  it('reads /job/{id} with the card\'s key', () => {
    const { doc, url } = loadBoardFixture('simplyhired', 'detail.html', `https://www.simplyhired.com/job/${D}`);
    const open = simplyhiredBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: D, title: 'Inpatient Pharmacy Technician', employer: 'The Ohio State University Wexner Medical Center' });
    expect(open.text).toContain('PTCB certification required.');
    expect(open.badgeAnchor.querySelector('h1')).not.toBeNull();
  });
});

describe('simplyhired: expectsListings', () => {
  it('is true on search and job URLs, false on salary and home pages', () => {
    const t = (u: string) => simplyhiredBoard.expectsListings(new URL(u));
    expect(t(SEARCH)).toBe(true);
    expect(t(`https://www.simplyhired.com/job/${D}`)).toBe(true);
    expect(t('https://www.simplyhired.com/')).toBe(false);
    expect(t('https://www.simplyhired.com/salaries-k-pharmacy-technician-jobs.html')).toBe(false);
  });
});
