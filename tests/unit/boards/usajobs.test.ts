// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { usajobsBoard } from '../../../src/boards/usajobs';
import { loadBoardFixture } from './load-board-fixture';

const SEARCH = 'https://www.usajobs.gov/search/results/?k=pharmacy%20technician&l=Ohio';
const results = () => loadBoardFixture('usajobs', 'results.html', SEARCH);

describe('usajobs: results page', () => {
  it('finds exactly the 22 announcements, skipping the event banner, skeleton, Save links and the rail', () => {
    const { doc, url } = results();
    const cards = usajobsBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(new Set(cards.map((c) => c.key)).size).toBe(22);
    expect(cards.map((c) => c.key)).not.toContain('882377536'); // "Jobs you might like", outside the list
    expect(cards.every((c) => c.element.matches('.usajobs-search-result--core'))).toBe(true);
  });

  it('reads control number, title, agency and location', () => {
    const { doc, url } = results();
    const cards = usajobsBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: '884776847', title: 'Pharmacy Technician', employer: 'Veterans Health Administration', location: 'Chillicothe, Ohio' });
    expect(cards[0]!.snippet).toContain('Starting at $45,538 Per Year (GS 5)');
    expect(cards[5]).toMatchObject({ key: '802967505', title: 'Pharmacy Technician', employer: 'Indian Health Service', location: 'Cass Lake, Minnesota' });
    expect(cards[8]).toMatchObject({ key: '822180585', title: 'Pharmacy Technician (CMOP)' });
    expect(cards[21]).toMatchObject({ key: '881872127', title: 'Firefighter', employer: 'Air Force Materiel Command' });
    expect(cards[0]!.badgeAnchor).toBe(cards[0]!.element);
  });

  it('keys cards by the link alone when the class names change (list-item fallback)', () => {
    const { doc, url } = results();
    const list = doc.querySelector('#usajobs-search-results')!;
    const ul = doc.createElement('ul');
    for (const block of Array.from(list.children)) {
      const li = doc.createElement('li');
      li.innerHTML = block.innerHTML.replace(/usajobs-search-result--core/g, 'usa-card');
      ul.append(li);
    }
    list.replaceChildren(ul);
    const cards = usajobsBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(cards[0]).toMatchObject({ key: '884776847', title: 'Pharmacy Technician' });
    expect(cards[0]!.element.tagName).toBe('LI');
  });

  it('returns no cards on an announcement page (its "Similar jobs" are not results)', () => {
    const { doc, url } = loadBoardFixture('usajobs', 'detail.html', 'https://www.usajobs.gov/job/884776847');
    expect(usajobsBoard.findCards(doc, url)).toEqual([]);
  });
});

describe('usajobs: announcement', () => {
  it('reads the announcement by section headings, keyed by the control number of the card', () => {
    const { doc, url } = loadBoardFixture('usajobs', 'detail.html', 'https://www.usajobs.gov/job/884776847');
    const open = usajobsBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: '884776847', title: 'Pharmacy Technician', employer: 'Veterans Health Administration', location: 'Chillicothe, OH', source: 'selectors' });
    expect(open.text).toContain('Pharmacy Technician Certification Board (PTCB) exam');
    const lines = open.text.split('\n');
    expect(lines.filter((l) => l === 'Qualifications')).toHaveLength(1); // h3 inside Requirements, read once
    expect(lines).toEqual(expect.arrayContaining(['Summary', 'Duties', 'Requirements', 'Conditions of Employment', 'Education']));
    expect(open.text).not.toContain('Apply online through USAJOBS'); // How to Apply is procedure
    expect(open.text).not.toContain('Similar jobs');
    expect(open.badgeAnchor.matches('.usajobs-joa-banner__header')).toBe(true);
  });

  it('accepts the legacy /GetJob/ViewDetails/ URL', () => {
    const { doc, url } = loadBoardFixture('usajobs', 'detail.html', 'https://www.usajobs.gov/GetJob/ViewDetails/884776847');
    expect(usajobsBoard.findOpenPosting(doc, url)!.key).toBe('884776847');
  });

  it('falls back to the main text when the headings are unknown', () => {
    const { doc, url } = loadBoardFixture('usajobs', 'detail.html', 'https://www.usajobs.gov/job/884776847');
    for (const h of doc.querySelectorAll('h2, h3')) h.textContent = 'Section';
    const open = usajobsBoard.findOpenPosting(doc, url)!;
    expect(open.source).toBe('heuristic');
    expect(open.text).toContain('Prepares unit-dose and intravenous medications under pharmacist supervision.');
  });
});

describe('usajobs: expectsListings', () => {
  it('is true on search and announcement URLs, false on help and profile pages', () => {
    const t = (u: string) => usajobsBoard.expectsListings(new URL(u));
    expect(t(SEARCH)).toBe(true);
    expect(t('https://www.usajobs.gov/job/884776847')).toBe(true);
    expect(t('https://www.usajobs.gov/GetJob/ViewDetails/884776847')).toBe(true);
    expect(t('https://www.usajobs.gov/')).toBe(false);
    expect(t('https://www.usajobs.gov/help/how-to/search/')).toBe(false);
  });
});

describe('usajobs: structured data (unverified on USAJOBS)', () => {
  const addLd = (doc: Document, ld: object) => {
    const s = doc.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify(ld);
    doc.head.append(s);
  };

  it('uses a JobPosting that names this control number', () => {
    const { doc, url } = loadBoardFixture('usajobs', 'detail.html', 'https://www.usajobs.gov/job/884776847');
    addLd(doc, { '@type': 'JobPosting', title: 'Pharmacy Technician', identifier: '884776847', description: '<p>Active PTCB certification required.</p>' });
    expect(usajobsBoard.findOpenPosting(doc, url)).toMatchObject({ key: '884776847', source: 'jsonld', text: 'Active PTCB certification required.' });
  });

  it('ignores a JobPosting left over from another announcement', () => {
    const { doc, url } = loadBoardFixture('usajobs', 'detail.html', 'https://www.usajobs.gov/job/884776847');
    addLd(doc, { '@type': 'JobPosting', title: 'Pharmacy Technician', identifier: '802967505', description: '<p>IHS text.</p>' });
    const open = usajobsBoard.findOpenPosting(doc, url)!;
    expect(open.source).toBe('selectors');
    expect(open.text).not.toContain('IHS text.');
  });
});
