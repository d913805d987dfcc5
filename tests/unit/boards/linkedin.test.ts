// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedinBoard } from '../../../src/boards/linkedin';
import { loadBoardFixture, loadHtml, setUrl } from './load-board-fixture';

const SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=pharmacy%20technician&location=Columbus%2C%20Ohio';
const A = '4087360354'; // Pharmacy Technician, CVS Health: active card, just clicked
const B = '4066747583'; // IV Pharmacy Technician, Nationwide Children's: shown in the pane
const SHELLS = ['4029270255', '4009990687', '4071867834', '4055490218'];
const results = (current = A) => loadBoardFixture('linkedin', 'results.html', `${SEARCH}&currentJobId=${current}`);

describe('linkedin: results page', () => {
  it('finds exactly the 22 rendered cards and skips virtualised shells and decoys', () => {
    const { doc, url } = results();
    const cards = linkedinBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(doc.querySelectorAll('li[data-occludable-job-id]')).toHaveLength(26);
    const keys = cards.map((c) => c.key);
    for (const shell of SHELLS) expect(keys).not.toContain(shell);
    // "Top job picks" in the aside carry data-job-id too, but are not results.
    const picks = Array.from(doc.querySelectorAll('aside [data-job-id]'), (e) => e.getAttribute('data-job-id'));
    expect(picks).toHaveLength(2);
    for (const p of picks) expect(keys).not.toContain(p);
    for (const c of cards) expect(c.element.matches('li[data-occludable-job-id]')).toBe(true);
  });

  it('reads key, title (once, without the visually-hidden copy), employer and location', () => {
    const { doc, url } = results();
    const cards = linkedinBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: A, title: 'Pharmacy Technician', employer: 'CVS Health', location: 'Columbus, OH (On-site)' });
    expect(cards[0]!.snippet).toContain('$17.00 - $19.50 an hour');
    expect(cards[7]).toMatchObject({ key: B, title: 'IV Pharmacy Technician', employer: "Nationwide Children's Hospital" });
    expect(cards[13]).toMatchObject({ key: '4099039567', title: 'Customer Service Representative', location: 'United States (Remote)' });
    expect(cards.map((c) => c.title)).not.toContain('Are these results helpful?');
  });

  it('anchors badges in the lockup content column inside the card', () => {
    const { doc, url } = results();
    for (const c of linkedinBoard.findCards(doc, url)) {
      expect(c.badgeAnchor.matches('.artdeco-entity-lockup__content')).toBe(true);
      expect(c.element.contains(c.badgeAnchor)).toBe(true);
    }
  });

  it('picks up a shell once LinkedIn fills it in (recycled list item)', () => {
    const { doc, url } = results();
    const shell = doc.querySelector(`li[data-occludable-job-id="${SHELLS[0]}"]`)!;
    expect(linkedinBoard.findCards(shell, url)).toEqual([]);
    shell.innerHTML = `<div data-job-id="${SHELLS[0]}" class="job-card-container"><div class="artdeco-entity-lockup__content">
      <a class="job-card-list__title--link" href="/jobs/view/${SHELLS[0]}/"><span aria-hidden="true"><strong>Pharmacy Technician - Evenings</strong></span></a>
      <div class="artdeco-entity-lockup__subtitle"><span>Kroger</span></div></div></div>`;
    expect(linkedinBoard.findCards(shell, url)).toMatchObject([{ key: SHELLS[0], title: 'Pharmacy Technician - Evenings', employer: 'Kroger' }]);
    expect(linkedinBoard.findCards(doc, url)).toHaveLength(23);
  });
});

describe('linkedin: split view', () => {
  it('keys the open posting by the pane\'s own job link, not currentJobId or the active card', () => {
    const { doc, url } = results(A);
    expect(doc.querySelector('.jobs-search-results-list__list-item--active')!.getAttribute('data-job-id')).toBe(A);
    const open = linkedinBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: B, title: 'IV Pharmacy Technician', employer: "Nationwide Children's Hospital", location: 'Columbus, OH', source: 'selectors' });
    expect(open.text).toContain('Certified Pharmacy Technician (CPhT) through PTCB is required.');
    expect(open.text.split('\n')).toContain('Qualifications');
    expect(open.badgeAnchor.matches('.job-details-jobs-unified-top-card__job-title')).toBe(true);
    expect(linkedinBoard.findCards(doc, url).find((c) => c.key === open.key)!.title).toBe(open.title);
  });

  it('falls back to currentJobId only when it agrees with the pane', () => {
    const page = results(A);
    const link = page.doc.querySelector('.job-details-jobs-unified-top-card__job-title h1 a')!;
    link.removeAttribute('href');
    // currentJobId says A, the pane shows B: stale, report nothing.
    expect(linkedinBoard.findOpenPosting(page.doc, page.url)).toBeNull();
    setUrl(page, `${SEARCH}&currentJobId=${B}`);
    expect(linkedinBoard.findOpenPosting(page.doc, page.url)).toMatchObject({ key: B, title: 'IV Pharmacy Technician' });
  });
});

describe('linkedin: detail pages', () => {
  it('reads a logged-in /jobs/view/{id}/ page and ignores the "More jobs" section', () => {
    const { doc, url } = loadBoardFixture('linkedin', 'detail.html', 'https://www.linkedin.com/jobs/view/4054559778/');
    const open = linkedinBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: '4054559778', title: 'Pharmacy Technician - Mail Order', employer: 'Optum', location: 'Columbus, OH' });
    expect(open.text).toContain('National certification (PTCB or NHA) within 6 months of hire.');
    expect(open.text.split('\n')).toContain('Required qualifications');
    expect(linkedinBoard.findCards(doc, url)).toEqual([]);
  });

  it('reads a logged-out slugged page, keyed by the trailing id', () => {
    const id = '4059957160';
    const { doc, url } = loadBoardFixture('linkedin', 'guest-detail.html',
      `https://www.linkedin.com/jobs/view/inpatient-pharmacy-technician-at-the-ohio-state-university-wexner-medical-center-${id}?trk=public_jobs`);
    const open = linkedinBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: id, title: 'Inpatient Pharmacy Technician', employer: 'The Ohio State University Wexner Medical Center', location: 'Columbus, OH' });
    expect(open.text).toContain('PTCB certification required.');
    expect(open.text).toContain('Show more'); // the button sits inside .description__text; harmless for matching
    expect(open.badgeAnchor.matches('.top-card-layout__entity-info')).toBe(true);
    expect(linkedinBoard.findCards(doc, url)).toEqual([]);
  });
});

describe('linkedin: newer and logged-out result cards', () => {
  it('reads data-view-name cards in .jobs-semantic-search-list keyed by their link', () => {
    const { doc, url } = loadHtml(`<ul class="jobs-semantic-search-list">
      <li><div data-view-name="job-search-job-card"><a href="/jobs/search-results/?currentJobId=4111111111&amp;q=x">
        <div><p>Pharmacy Technician</p></div></a></div></li>
      <li><div data-view-name="job-search-job-card"></div></li></ul>`, 'https://www.linkedin.com/jobs/search-results/?keywords=x');
    const cards = linkedinBoard.findCards(doc, url);
    expect(cards).toMatchObject([{ key: '4111111111', title: 'Pharmacy Technician' }]);
  });

  it('reads logged-out .base-card results keyed by their entity urn', () => {
    const { doc, url } = loadHtml(`<ul class="jobs-search__results-list"><li>
      <div class="base-card job-search-card" data-entity-urn="urn:li:jobPosting:4222222222"><div class="base-search-card__info">
      <h3 class="base-search-card__title">Pharmacy Technician</h3><h4 class="base-search-card__subtitle">Kroger</h4>
      <span class="job-search-card__location">Dublin, OH</span></div></div></li></ul>`, 'https://www.linkedin.com/jobs/search?keywords=x');
    expect(linkedinBoard.findCards(doc, url)).toMatchObject([{ key: '4222222222', title: 'Pharmacy Technician', employer: 'Kroger', location: 'Dublin, OH' }]);
  });
});

describe('linkedin: expectsListings', () => {
  it('is true on job search and job pages, false on the feed and company pages', () => {
    const t = (u: string) => linkedinBoard.expectsListings(new URL(u));
    expect(t(`${SEARCH}&currentJobId=${A}`)).toBe(true);
    expect(t('https://www.linkedin.com/jobs/search-results/?currentJobId=4087360354')).toBe(true);
    expect(t('https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4087360354')).toBe(true);
    expect(t('https://www.linkedin.com/jobs/view/4054559778/')).toBe(true);
    expect(t('https://www.linkedin.com/feed/')).toBe(false);
    expect(t('https://www.linkedin.com/company/cvs-health/')).toBe(false);
    expect(t('https://www.linkedin.com/')).toBe(false);
  });
});
