// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ziprecruiterBoard } from '../../../src/boards/ziprecruiter';
import { loadBoardFixture, setUrl } from './load-board-fixture';

const SEARCH = 'https://www.ziprecruiter.com/jobs-search?search=pharmacy+technician&location=Columbus%2C+OH';
const A = 'ZUp1lpbarXeJDI5xgPQE6Z'; // Pharmacy Technician, CVS Health: first render (js_variables)
const B = 'sbiQFSn5AMNwr35DDtJksT'; // IV Pharmacy Technician: shown in the right pane now
const results = (lk = B) => loadBoardFixture('ziprecruiter', 'results.html', `${SEARCH}&lk=${lk}`);
const D = '1LoeaMEDGVv7e0HBXIMeKE';
const DETAIL = `https://www.ziprecruiter.com/c/Optum/Job/Pharmacy-Technician-Mail-Order/-in-Columbus,OH?jid=97ab14bb&lk=${D}`;

describe('ziprecruiter: results page', () => {
  it('finds exactly the 22 job cards in the left pane, skipping the ad slot and skeletons', () => {
    const { doc, url } = results();
    const cards = ziprecruiterBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(doc.querySelectorAll('[data-testid="job-card"]')).toHaveLength(24);
    expect(cards.every((c) => c.element.closest('[data-testid="left-pane"]'))).toBe(true);
  });

  it('reads key, title, employer, location and snippet', () => {
    const { doc, url } = results();
    const cards = ziprecruiterBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: A, title: 'Pharmacy Technician', employer: 'CVS Health', location: 'Columbus, OH' });
    expect(cards[0]!.snippet).toContain('$17 - $19.50/hr');
    expect(cards[0]!.snippet).toContain('PTCB certification within 12 months of hire.');
    expect(cards[7]).toMatchObject({ key: B, title: 'IV Pharmacy Technician', employer: "Nationwide Children's Hospital" });
    expect(cards[4]).toMatchObject({ title: 'Pharmacist', employer: 'Walgreens' });
    // The card id and its link's lk agree (the key survives either hook disappearing).
    for (const c of cards) expect(new URL(c.element.querySelector('h2 a')!.getAttribute('href')!, SEARCH).searchParams.get('lk')).toBe(c.key);
    expect(cards[0]!.badgeAnchor).toBe(cards[0]!.element);
  });

  it('keys a card by its link when the id attribute is gone', () => {
    const { doc, url } = results();
    for (const a of doc.querySelectorAll('article[id^="job-card-"]')) a.removeAttribute('id');
    const cards = ziprecruiterBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(cards[7]!.key).toBe(B);
  });
});

describe('ziprecruiter: split view and embedded data', () => {
  it('reads the pane (job B) from the DOM, not the first-render js_variables (job A)', () => {
    const { doc, url } = results();
    const open = ziprecruiterBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: B, title: 'IV Pharmacy Technician', employer: "Nationwide Children's Hospital", source: 'selectors' });
    expect(open.text).toContain('CSPT certification preferred, or obtain within 2 years of hire.');
    expect(open.text).not.toContain('Count, pour and label medications accurately.'); // job A's description
  });

  it('keys the pane by its own job link even when the URL already names another job', () => {
    const page = results(B);
    setUrl(page, `${SEARCH}&lk=${A}`);
    expect(ziprecruiterBoard.findOpenPosting(page.doc, page.url)!.key).toBe(B);
    // Without its own link, the URL's lk is used only if that card's title matches the pane.
    page.doc.querySelector('[data-testid="right-pane"] h2 a')!.removeAttribute('href');
    expect(ziprecruiterBoard.findOpenPosting(page.doc, page.url)).toBeNull();
    setUrl(page, `${SEARCH}&lk=${B}`);
    expect(ziprecruiterBoard.findOpenPosting(page.doc, page.url)!.key).toBe(B);
  });

  it('never uses stale embedded details for another job', () => {
    const { doc, url } = results();
    doc.querySelector('[data-testid="right-pane"] .job_description')!.remove();
    const open = ziprecruiterBoard.findOpenPosting(doc, url)!;
    expect(open.source).toBe('heuristic'); // pane text, not job A's htmlFullDescription
    expect(open.text).not.toContain('Count, pour and label medications accurately.');
  });
});

describe('ziprecruiter: detail page', () => {
  it('reads the job page with the card\'s key', () => {
    const { doc, url } = loadBoardFixture('ziprecruiter', 'detail.html', DETAIL);
    const open = ziprecruiterBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: D, title: 'Pharmacy Technician - Mail Order', employer: 'Optum', source: 'selectors' });
    expect(open.text).toContain('Active pharmacy technician registration with the Ohio Board of Pharmacy.');
    expect(ziprecruiterBoard.findCards(doc, url)).toEqual([]);
  });

  it('falls back to the embedded description when it belongs to the job on screen', () => {
    const { doc, url } = loadBoardFixture('ziprecruiter', 'detail.html', DETAIL);
    doc.querySelector('.job_description')!.remove();
    doc.querySelector('h2 a')!.removeAttribute('href');
    const open = ziprecruiterBoard.findOpenPosting(doc, new URL('https://www.ziprecruiter.com/c/Optum/Job/Pharmacy-Technician-Mail-Order/-in-Columbus,OH'))!;
    expect(open).toMatchObject({ key: D, source: 'embedded' });
    expect(open.text).toContain('National certification (PTCB or NHA) within 6 months of hire.');
    expect(url.searchParams.get('lk')).toBe(D);
  });
});

describe('ziprecruiter: embedded details for a same-titled job', () => {
  it('are not used when their listingKey names another job', () => {
    const { doc, url } = loadBoardFixture('ziprecruiter', 'detail.html', DETAIL);
    const script = doc.getElementById('js_variables')!;
    script.textContent = script.textContent!.replace(`"jobDetails":{"listingKey":"${D}"`, '"jobDetails":{"listingKey":"OtherKey123"');
    expect(script.textContent).toContain('OtherKey123');
    doc.querySelector('.job_description')!.remove();
    const open = ziprecruiterBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: D, source: 'heuristic' });
  });
});

describe('ziprecruiter: expectsListings', () => {
  it('is true on search and job URLs, false on the home and salary pages', () => {
    const t = (u: string) => ziprecruiterBoard.expectsListings(new URL(u));
    expect(t(SEARCH)).toBe(true);
    expect(t(DETAIL)).toBe(true);
    expect(t('https://www.ziprecruiter.com/')).toBe(false);
    expect(t('https://www.ziprecruiter.com/Salaries/Pharmacy-Technician-Salary')).toBe(false);
  });
});
