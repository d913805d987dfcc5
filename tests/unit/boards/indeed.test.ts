// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indeedBoard } from '../../../src/boards/indeed';
import { loadBoardFixture, loadHtml, setUrl } from './load-board-fixture';

const RESULTS = 'https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH';
const CVS = '112104b730fa333d'; // card A: Pharmacy Technician, CVS Health (highlighted, last clicked)
const NCH = '6940cbd84ada64d8'; // job B: IV Pharmacy Technician, shown in the pane (vjk)
const results = (vjk = NCH) => loadBoardFixture('indeed', 'results.html', `${RESULTS}&vjk=${vjk}`);

describe('indeed: results page (mosaic layout)', () => {
  it('finds exactly the 22 listing cards, in page order, skipping ads, skeletons and recommendations', () => {
    const { doc, url } = results();
    const cards = indeedBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(new Set(cards.map((c) => c.key)).size).toBe(22);
    // The "Recommended jobs" strip outside #mosaic-provider-jobcards also has data-jk links.
    expect(doc.querySelectorAll('[data-jk]')).toHaveLength(24);
    for (const c of cards) {
      expect(c.element.matches('.cardOutline')).toBe(true);
      expect(c.element.closest('#mosaic-provider-jobcards')).not.toBeNull();
    }
  });

  it('reads a card from its marked parts as the whole card reads, and whole when its snippet has no list items', () => {
    const { doc, url } = results();
    const card = indeedBoard.findCards(doc, url)[0]!;
    // Title, company, location, pay and job type, the snippet's bullets: a line each, in page order.
    expect(card.snippet.split('\n')).toEqual([
      'Pharmacy Technician', 'CVS Health', 'Columbus, OH 43215', '$17.00 - $19.50 an hour', 'Full-time',
      'Fill and label prescriptions under pharmacist supervision.',
      'Ohio Board of Pharmacy technician registration required; PTCB certification within 12 months of hire.',
    ]);
    // A snippet written as a paragraph (no list items): the card is read whole, nothing is lost.
    const footer = card.element.querySelector('[data-testid="jobsnippet_footer"]')!;
    footer.innerHTML = '<p>Hospital pharmacy; <b>CPhT</b> required.</p>';
    const whole = indeedBoard.findCards(doc, url)[0]!;
    expect(whole.snippet.split('\n')).toContain('Hospital pharmacy; CPhT required.');
    expect(whole.snippet).toContain('$17.00 - $19.50 an hour');
  });

  it('reads key, title, employer, location and snippet of specific cards', () => {
    const { doc, url } = results();
    const cards = indeedBoard.findCards(doc, url);
    expect(cards[0]).toMatchObject({ key: CVS, title: 'Pharmacy Technician', employer: 'CVS Health', location: 'Columbus, OH 43215' });
    expect(cards[0]!.snippet).toContain('PTCB certification within 12 months of hire.');
    expect(cards[0]!.snippet).toContain('$17.00 - $19.50 an hour');
    expect(cards[1]).toMatchObject({ key: '79029d886f3f9b8b', title: 'Cashier', employer: 'Kroger' });
    const iv = cards.find((c) => c.key === NCH)!;
    expect(iv).toMatchObject({ title: 'IV Pharmacy Technician', employer: "Nationwide Children's Hospital" });
    // Snippet keeps the list items on separate lines and decodes entities.
    expect(iv.snippet.split('\n')).toContain('CPhT required; sterile compounding experience (USP <797>) preferred.');
    expect(cards.at(-1)).toMatchObject({ key: 'c56ea5a016e19578', title: 'Line Cook', employer: 'Northstar Cafe' });
    // Sponsored cards are real listings and are kept.
    expect(cards.find((c) => c.title === 'Certified Pharmacy Technician (CPhT)')!.element.matches('.sponsoredJob')).toBe(true);
  });

  it('anchors card badges right after the title heading, inside the card (where the reservation keeps their space)', () => {
    const { doc, url } = results();
    for (const c of indeedBoard.findCards(doc, url)) {
      expect(c.badgeAnchor.lastElementChild!.matches('h2.jobTitle')).toBe(true);
      expect(c.badgeAnchor.closest('td.resultContent')).not.toBeNull();
      expect(c.element.contains(c.badgeAnchor)).toBe(true);
    }
  });

  it('anchors in the card text column when a card has no title heading', () => {
    const { doc, url } = results();
    const heading = doc.querySelector('.job_seen_beacon h2.jobTitle')!;
    const plain = doc.createElement('div');
    plain.append(...heading.childNodes);
    heading.replaceWith(plain);
    const card = indeedBoard.findCards(doc, url).find((c) => c.element.contains(plain))!;
    expect(card.badgeAnchor.matches('td.resultContent')).toBe(true);
  });

  it('finds one card when handed that card (or its list item) as the root', () => {
    const { doc, url } = results();
    const li = doc.querySelector(`[data-jk="${NCH}"]`)!.closest('li')!;
    expect(indeedBoard.findCards(li, url).map((c) => c.key)).toEqual([NCH]);
    const card = li.querySelector('.cardOutline')!;
    expect(indeedBoard.findCards(card, url).map((c) => c.key)).toEqual([NCH]);
  });

  it('does not mutate the page', () => {
    const { doc, url } = results();
    const before = doc.documentElement.outerHTML;
    indeedBoard.findCards(doc, url);
    indeedBoard.findOpenPosting(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('indeed: split view', () => {
  it('reads the job the pane shows (vjk), not the highlighted card', () => {
    const { doc, url } = results();
    expect(doc.querySelector(`[data-jk="${CVS}"]`)!.closest('.vjs-highlight')).not.toBeNull();
    const open = indeedBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: NCH, title: 'IV Pharmacy Technician', employer: "Nationwide Children's Hospital", location: 'Columbus, OH 43205', source: 'selectors' });
    expect(open.text).toContain('Certified Pharmacy Technician (CPhT) through PTCB is required.');
    expect(open.text.startsWith('$21 - $26 an hour - Full-time\n')).toBe(true);
    expect(open.text).not.toContain('job post');
    expect(open.badgeAnchor.matches('.jobsearch-JobInfoHeader-title-container')).toBe(true);
    // Same key as the card for the same job.
    expect(indeedBoard.findCards(doc, url).some((c) => c.key === open.key && c.title === open.title)).toBe(true);
  });

  it('reports nothing while vjk already names card A but the pane still shows job B, then re-keys', () => {
    const page = results();
    setUrl(page, `${RESULTS}&vjk=${CVS}`);
    expect(indeedBoard.findOpenPosting(page.doc, page.url)).toBeNull();
    // The pane re-renders with job A.
    const pane = page.doc.querySelector('.jobsearch-JobComponent')!;
    pane.querySelector('[data-testid="jobsearch-JobInfoHeader-title"] span')!.firstChild!.textContent = 'Pharmacy Technician';
    // Title already matches card A, employer is still job B's: half-rendered, still not A.
    expect(indeedBoard.findOpenPosting(page.doc, page.url)).toBeNull();
    pane.querySelector('[data-testid="inlineHeader-companyName"] a')!.textContent = 'CVS Health';
    pane.querySelector('#jobDescriptionText')!.textContent = 'Count, pour and label medications accurately.';
    const open = indeedBoard.findOpenPosting(page.doc, page.url)!;
    expect(open).toMatchObject({ key: CVS, title: 'Pharmacy Technician', employer: 'CVS Health' });
    expect(open.text).toContain('Count, pour and label medications accurately.');
  });

  it('returns null when no pane is open', () => {
    const { doc, url } = loadBoardFixture('indeed', 'results.html', RESULTS);
    doc.querySelector('#jobsearch-ViewjobPaneWrapper')!.remove();
    expect(indeedBoard.findOpenPosting(doc, url)).toBeNull();
  });
});

describe('indeed: detail page', () => {
  it('reads /viewjob?jk= with the same key as the card', () => {
    const { doc, url } = loadBoardFixture('indeed', 'detail.html', `https://www.indeed.com/viewjob?jk=${CVS}&from=serp&vjs=3`);
    const open = indeedBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: CVS, title: 'Pharmacy Technician', employer: 'CVS Health', location: 'Columbus, OH 43215' });
    expect(open.text).toContain('National certification (PTCB CPhT or NHA ExCPT) must be obtained within 12 months of hire.');
    expect(open.text.split('\n')).toContain('Requirements');
    expect(open.badgeAnchor.querySelector('h1')).not.toBeNull();
    // The "Similar jobs" link under the description is a bare link, not a result card.
    expect(indeedBoard.findCards(doc, url)).toEqual([]);
  });
});

describe('indeed: older layout (#resultsCol, iframe pane)', () => {
  const OLDER = 'https://www.indeed.com/jobs?q=pharmacy+technician&l=Columbus%2C+OH&vjk=30f3fc718ebc6d63';

  it('reads the data-jk cards of #resultsCol', () => {
    const { doc, url } = loadBoardFixture('indeed', 'older.html', OLDER);
    const cards = indeedBoard.findCards(doc, url);
    expect(cards).toHaveLength(10);
    expect(cards[0]).toMatchObject({ key: CVS, title: 'Pharmacy Technician', employer: 'CVS Health', location: 'Columbus, OH 43215' });
    expect(cards[7]).toMatchObject({ key: '30f3fc718ebc6d63', title: 'Inpatient Pharmacy Technician' });
    expect(cards[0]!.element.matches('.jobsearch-SerpJobCard')).toBe(true);
    expect(cards[0]!.badgeAnchor).toBe(cards[0]!.element);
    expect(cards[0]!.snippet).toContain('Fill and label prescriptions under pharmacist supervision.');
  });

  it('reads the pane from the same-origin iframe when its document is reachable, keyed by its jk', () => {
    const { doc, url } = loadBoardFixture('indeed', 'older.html', OLDER);
    expect(indeedBoard.findOpenPosting(doc, url)).toBeNull(); // iframe not loaded
    const inner = loadHtml(
      `<div class="jobsearch-JobComponent"><div class="jobsearch-JobInfoHeader-title-container"><h1 class="jobsearch-JobInfoHeader-title">Inpatient Pharmacy Technician</h1></div>
       <div id="jobDescriptionText"><p>PTCB certification required.</p></div></div>`,
      'https://www.indeed.com/viewjob?jk=30f3fc718ebc6d63&viewtype=embedded',
    ).doc;
    Object.defineProperty(doc.querySelector('iframe')!, 'contentDocument', { value: inner });
    expect(indeedBoard.findOpenPosting(doc, url)).toMatchObject({ key: '30f3fc718ebc6d63', title: 'Inpatient Pharmacy Technician', text: 'PTCB certification required.' });
  });
});

describe('indeed: expectsListings', () => {
  it('is true on results and detail URLs, false elsewhere on indeed.com', () => {
    const t = (u: string) => indeedBoard.expectsListings(new URL(u));
    expect(t(RESULTS)).toBe(true);
    expect(t('https://uk.indeed.com/jobs?q=pharmacy+technician')).toBe(true);
    expect(t('https://www.indeed.com/viewjob?jk=112104b730fa333d')).toBe(true);
    expect(t('https://www.indeed.com/q-pharmacy-technician-l-columbus,-oh-jobs.html')).toBe(true);
    expect(t('https://www.indeed.com/')).toBe(false);
    expect(t('https://www.indeed.com/cmp/Cvs-Health/reviews')).toBe(false);
    expect(t('https://www.linkedin.com/jobs/search/?keywords=x')).toBe(false);
  });

  it('never throws on odd input', () => {
    const { doc, url } = loadHtml('<p>nothing</p>', 'https://www.indeed.com/jobs?q=x');
    expect(indeedBoard.findCards(doc, url)).toEqual([]);
    expect(indeedBoard.findOpenPosting(doc, url)).toBeNull();
    expect(indeedBoard.findCards(null as unknown as Document, url)).toEqual([]);
  });
});
