// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { glassdoorBoard } from '../../../src/boards/glassdoor';
import { loadBoardFixture, loadHtml } from './load-board-fixture';

const SEARCH = 'https://www.glassdoor.com/Job/columbus-oh-pharmacy-technician-jobs-SRCH_IL.0,11_IC1145185_KO12,33.htm';
const A = '1009701354213'; // Pharmacy Technician, CVS Health: data-selected card (last clicked)
const B = '1009932812258'; // IV Pharmacy Technician, Nationwide Children's: shown in the pane
const results = () => loadBoardFixture('glassdoor', 'results.html', SEARCH);

describe('glassdoor: results page', () => {
  it('finds exactly the 22 job cards, skipping alert, ad, skeleton and "Jobs you may like" items', () => {
    const { doc, url } = results();
    const cards = glassdoorBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(doc.querySelectorAll('li[data-test="jobListing"]')).toHaveLength(27);
    expect(new Set(cards.map((c) => c.key)).size).toBe(22);
    for (const c of cards) expect(c.element.closest('ul[aria-label="Jobs List"]')).not.toBeNull();
    expect(cards.map((c) => c.key)).not.toContain('1009266367343'); // recommended, outside the list
  });

  it('reads key, title, employer (without the rating), location and snippet', () => {
    const { doc, url } = results();
    const cards = glassdoorBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: A, title: 'Pharmacy Technician', employer: 'CVS Health', location: 'Columbus, OH' });
    expect(cards[0]!.snippet).toContain('Skills: Ohio Board of Pharmacy technician registration required');
    expect(cards[0]!.snippet).toContain('$17.00 - $19.50 Per Hour (Employer provided)');
    expect(cards[6]).toMatchObject({ key: '1009765090648', title: 'Pharmacy Technician Trainee', employer: 'Walgreens', location: 'Hilliard, OH' });
    expect(cards[21]).toMatchObject({ key: '1009946563004', title: 'Line Cook' });
  });

  it('anchors badges in the card text column (hashed class matched by prefix)', () => {
    const { doc, url } = results();
    for (const c of glassdoorBoard.findCards(doc, url)) {
      expect(c.badgeAnchor.className).toMatch(/^JobCard_jobCardLeftContent__/);
      expect(c.element.contains(c.badgeAnchor)).toBe(true);
    }
  });

  it('still finds cards after a deploy changes every CSS-Modules hash', () => {
    const { doc, url } = results();
    for (const el of doc.querySelectorAll('[class]')) el.setAttribute('class', el.getAttribute('class')!.replace(/__[A-Za-z0-9_-]{5}\b/g, '__zz9Yq'));
    const cards = glassdoorBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(cards[0]).toMatchObject({ key: A, employer: 'CVS Health' });
    expect(glassdoorBoard.findOpenPosting(doc, url)).toMatchObject({ key: B });
  });
});

describe('glassdoor: split view', () => {
  it('keys the pane by the job it shows, not the selected card', () => {
    const { doc, url } = results();
    expect(doc.querySelector('[data-selected="true"]')!.closest('[data-jobid]')!.getAttribute('data-jobid')).toBe(A);
    const open = glassdoorBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: B, title: 'IV Pharmacy Technician', employer: "Nationwide Children's Hospital", location: 'Columbus, OH', source: 'selectors' });
    expect(open.text).toContain('Ohio Board of Pharmacy registration as a certified pharmacy technician is required.');
    expect(open.text).not.toContain('Show more');
    expect(open.badgeAnchor.querySelector('h1')).not.toBeNull();
  });

  it('uses the selected card only when its title matches the pane', () => {
    const { doc, url } = results();
    doc.querySelector('h1[data-test="job-title"]')!.removeAttribute('id');
    expect(glassdoorBoard.findOpenPosting(doc, url)).toBeNull(); // selected A, pane still B
    // Selection moves to B.
    doc.querySelector('[data-selected="true"]')!.setAttribute('data-selected', 'false');
    doc.querySelector(`[data-jobid="${B}"] [data-test="job-card-wrapper"]`)!.setAttribute('data-selected', 'true');
    expect(glassdoorBoard.findOpenPosting(doc, url)).toMatchObject({ key: B, title: 'IV Pharmacy Technician' });
  });
});

describe('glassdoor: detail page', () => {
  it('reads /job-listing/ keyed by jl, the same key as the card link', () => {
    const id = '1009616687980';
    const { doc, url } = loadBoardFixture('glassdoor', 'detail.html',
      `https://www.glassdoor.com/job-listing/inpatient-pharmacy-technician-the-ohio-state-university-wexner-medical-center-JV_IC1145185_KO0,29_KE30,77.htm?jl=${id}&pos=180`);
    const open = glassdoorBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: id, title: 'Inpatient Pharmacy Technician', employer: 'The Ohio State University Wexner Medical Center', location: 'Columbus, OH' });
    expect(open.text).toContain('Certified pharmacy technician registration with the Ohio Board of Pharmacy.');
    expect(glassdoorBoard.findCards(doc, url)).toEqual([]); // "Similar jobs" is not a result list
    const res = results();
    const card = glassdoorBoard.findCards(res.doc, res.url).find((c) => c.title === 'Inpatient Pharmacy Technician')!;
    expect(new URL(card.element.querySelector('a')!.href).searchParams.get('jl')).toBe(card.key);
  });
});

describe('glassdoor: expectsListings and robustness', () => {
  it('is true on search and listing URLs, false on reviews and the home page', () => {
    const t = (u: string) => glassdoorBoard.expectsListings(new URL(u));
    expect(t(SEARCH)).toBe(true);
    expect(t('https://www.glassdoor.com/job-listing/x-JV_IC1145185_KO0,19.htm?jl=1009616687980')).toBe(true);
    expect(t('https://www.glassdoor.com/Reviews/CVS-Health-Reviews-E437.htm')).toBe(false);
    expect(t('https://www.glassdoor.com/index.htm')).toBe(false);
  });

  it('returns [] / null on an unrelated page', () => {
    const { doc, url } = loadHtml('<main><h1>Salaries</h1></main>', 'https://www.glassdoor.com/Salaries/index.htm');
    expect(glassdoorBoard.findCards(doc, url)).toEqual([]);
    expect(glassdoorBoard.findOpenPosting(doc, url)).toBeNull();
  });
});

describe('glassdoor: structured data on /job-listing/ (unverified)', () => {
  const URL_D = 'https://www.glassdoor.com/job-listing/x-JV_IC1145185_KO0,29.htm?jl=1009616687980';
  const addLd = (doc: Document, ld: object) => {
    const s = doc.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify(ld);
    doc.head.append(s);
  };

  it('uses JSON-LD naming this job, and ignores JSON-LD for another one', () => {
    const fresh = loadBoardFixture('glassdoor', 'detail.html', URL_D);
    addLd(fresh.doc, { '@type': 'JobPosting', title: 'Inpatient Pharmacy Technician', url: URL_D, identifier: '1009616687980', description: '<ul><li>PTCB required</li></ul>' });
    expect(glassdoorBoard.findOpenPosting(fresh.doc, fresh.url)).toMatchObject({ key: '1009616687980', source: 'jsonld', text: 'PTCB required' });
    const stale = loadBoardFixture('glassdoor', 'detail.html', URL_D);
    addLd(stale.doc, { '@type': 'JobPosting', title: 'Inpatient Pharmacy Technician', identifier: '1009000000001', description: '<p>Other job</p>' });
    expect(glassdoorBoard.findOpenPosting(stale.doc, stale.url)).toMatchObject({ key: '1009616687980', source: 'selectors' });
  });
});
