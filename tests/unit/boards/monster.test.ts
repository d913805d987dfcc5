// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { monsterBoard } from '../../../src/boards/monster';
import { loadBoardFixture, setUrl } from './load-board-fixture';

const SEARCH = 'https://www.monster.com/jobs/search?q=pharmacy+technician&where=Columbus%2C+OH';
const D = '94e625b7-2136-4636-a7f5-0dc6b6c45501';
const DETAIL = `https://www.monster.com/job-openings/pharmacy-technician-mail-order-columbus-oh--${D}`;
const results = () => loadBoardFixture('monster', 'results.html', SEARCH);

describe('monster: results page', () => {
  it('finds exactly the 22 job cards, skipping ads, advice cards, skeletons and the rail', () => {
    const { doc, url } = results();
    const cards = monsterBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(doc.querySelectorAll('[data-testid="svx_jobCard"]')).toHaveLength(25);
    expect(cards.every((c) => c.element.closest('[data-testid="JobCardList"]'))).toBe(true);
  });

  it('reads key (the id after "--"), title, employer, location and snippet', () => {
    const { doc, url } = results();
    const cards = monsterBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: '400e1a6b-0102-47e4-ae3c-87990d8e07f6', title: 'Pharmacy Technician', employer: 'CVS Health', location: 'Columbus, OH' });
    expect(cards[0]!.snippet).toContain('$17.00 - $19.50 Per Hour');
    expect(cards[9]).toMatchObject({ key: D, title: 'Pharmacy Technician - Mail Order', employer: 'Optum' });
    expect(cards[5]).toMatchObject({ title: 'Warehouse Associate', employer: 'Amazon', location: 'Obetz, OH' });
    expect(cards[0]!.badgeAnchor).toBe(cards[0]!.element);
  });
});

describe('monster: detail page', () => {
  it('prefers the JSON-LD when it names this job, with the card\'s key', () => {
    const { doc, url } = loadBoardFixture('monster', 'detail.html', DETAIL);
    const open = monsterBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: D, title: 'Pharmacy Technician - Mail Order', employer: 'Optum', location: 'Columbus, OH 43228', source: 'jsonld' });
    expect(open.text).toContain('Active pharmacy technician registration with the Ohio Board of Pharmacy.');
    expect(open.text.split('\n')).toContain('Required qualifications');
    expect(open.badgeAnchor.querySelector('h1')).not.toBeNull();
  });

  it('ignores JSON-LD left over from the previous job after in-app navigation', () => {
    const page = loadBoardFixture('monster', 'detail.html', DETAIL);
    // The app navigates to the CVS job: URL and visible content change, the <script> stays.
    const cvs = '400e1a6b-0102-47e4-ae3c-87990d8e07f6';
    setUrl(page, `https://www.monster.com/job-openings/pharmacy-technician-columbus-oh--${cvs}`);
    page.doc.querySelector('h1')!.textContent = 'Pharmacy Technician';
    page.doc.querySelector('[data-testid="company"]')!.textContent = 'CVS Health';
    page.doc.querySelector('[data-testid="svx-description-container-inner"]')!.innerHTML = '<p>Enter and fill prescriptions under pharmacist supervision.</p>';
    const open = monsterBoard.findOpenPosting(page.doc, page.url)!;
    expect(open).toMatchObject({ key: cvs, title: 'Pharmacy Technician', employer: 'CVS Health', source: 'selectors' });
    expect(open.text).toBe('Enter and fill prescriptions under pharmacist supervision.');
  });

  it('ignores JSON-LD whose title differs from the visible one even if ids are absent', () => {
    const { doc, url } = loadBoardFixture('monster', 'detail.html', DETAIL);
    const script = doc.getElementById('googleJsonJob')!;
    const ld = JSON.parse(script.textContent!);
    delete ld.url;
    delete ld.identifier;
    ld.title = 'Cashier';
    script.textContent = JSON.stringify({ '@graph': [ld] });
    expect(monsterBoard.findOpenPosting(doc, url)!.source).toBe('selectors');
    ld.title = 'Pharmacy Technician - Mail Order';
    script.textContent = JSON.stringify([{ '@type': 'Organization' }, ld]);
    expect(monsterBoard.findOpenPosting(doc, url)!.source).toBe('jsonld');
  });

  it('survives malformed JSON-LD', () => {
    const { doc, url } = loadBoardFixture('monster', 'detail.html', DETAIL);
    doc.getElementById('googleJsonJob')!.textContent = '{"@type": "JobPosting", ';
    expect(monsterBoard.findOpenPosting(doc, url)).toMatchObject({ key: D, source: 'selectors' });
  });
});

describe('monster: expectsListings', () => {
  it('is true on search and job pages, false on career advice and the home page', () => {
    const t = (u: string) => monsterBoard.expectsListings(new URL(u));
    expect(t(SEARCH)).toBe(true);
    expect(t(DETAIL)).toBe(true);
    expect(t('https://www.monster.com/')).toBe(false);
    expect(t('https://www.monster.com/career-advice/article/how-to-become-a-pharmacy-technician')).toBe(false);
  });
});
