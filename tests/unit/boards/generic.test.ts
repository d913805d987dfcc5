// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { descriptionBlock, genericBoard, genericKey } from '../../../src/boards/generic';
import { loadBoardFixture, loadHtml } from './load-board-fixture';

const UNKNOWN = 'https://careers.mountainviewhealth.org/us/en/job/MVH-58213/Pharmacy-Technician-I-Central-Pharmacy';
const PLAIN = 'https://www.lakeshorechildrens.org/careers/openings/pharmacy-technician-ii?id=4471&utm_source=newsletter';
const MICRO = 'https://careers.harborviewhealth.org/job/Tacoma-Pharmacy-Technician-WA-98405/1123456700/';

describe('generic board', () => {
  it('is a fallback: no hosts, no cards, never expects listings', () => {
    const { doc, url } = loadBoardFixture('generic', 'no-jsonld.html', PLAIN);
    expect(genericBoard).toMatchObject({ id: 'generic', hosts: [] });
    expect(genericBoard.findCards(doc, url)).toEqual([]);
    expect(genericBoard.expectsListings(url)).toBe(false);
  });

  it('keys a page by host, path and job-id parameters only', () => {
    expect(genericKey(new URL(PLAIN))).toBe('www.lakeshorechildrens.org/careers/openings/pharmacy-technician-ii?id=4471');
    expect(genericKey(new URL('https://x.org/careers/job/?utm_campaign=a&jobId=77&reqId=R1'))).toBe('x.org/careers/job?jobId=77&reqId=R1');
  });
});

describe('generic: JSON-LD on an unknown hospital site', () => {
  it('reads the posting from JSON-LD (@graph) and anchors the badge at the visible h1', () => {
    const { doc, url } = loadBoardFixture('generic', 'jsonld-unknown-site.html', UNKNOWN);
    const open = genericBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({
      source: 'jsonld',
      key: 'careers.mountainviewhealth.org/us/en/job/MVH-58213/Pharmacy-Technician-I-Central-Pharmacy',
      title: 'Pharmacy Technician I - Central Pharmacy',
      employer: 'Mountain View Health',
      location: 'Boise, ID',
    });
    expect(open.text).toContain('Qualifications\nIdaho Board of Pharmacy technician registration required at hire\nPTCB certification (CPhT) preferred');
    expect(open.text).toContain('Pay: $18.25 - $24.60 per hour'); // baseSalary appended: the description states no pay
    expect(open.badgeAnchor.tagName).toBe('H1');
  });

  it('rejects JSON-LD that describes another job (stale after in-page navigation) and falls back to the page', () => {
    const { doc } = loadBoardFixture('generic', 'jsonld-unknown-site.html', UNKNOWN);
    // The site navigated in-page to another job: new URL and h1, the old script left behind.
    const other = new URL('https://careers.mountainviewhealth.org/us/en/job/MVH-58190/Pharmacist');
    doc.querySelector('h1')!.textContent = 'Pharmacist';
    const open = genericBoard.findOpenPosting(doc, other)!;
    expect(open.source).toBe('heuristic');
    expect(open.title).toBe('Pharmacist');
    expect(open.key).toBe('careers.mountainviewhealth.org/us/en/job/MVH-58190/Pharmacist');
  });

  it('survives malformed JSON-LD next to a good block', () => {
    const { doc, url } = loadBoardFixture('generic', 'jsonld-unknown-site.html', UNKNOWN);
    const bad = doc.createElement('script');
    bad.setAttribute('type', 'application/ld+json');
    bad.textContent = '{"@type": "JobPosting", "title": "Broken", ';
    doc.head.prepend(bad);
    expect(() => genericBoard.findOpenPosting(doc, url)).not.toThrow();
    expect(genericBoard.findOpenPosting(doc, url)).toMatchObject({ source: 'jsonld', title: 'Pharmacy Technician I - Central Pharmacy' });
  });
});

describe('generic: microdata', () => {
  it('reads an itemprop JobPosting when there is no JSON-LD', () => {
    const { doc, url } = loadBoardFixture('generic', 'microdata.html', MICRO);
    const open = genericBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ source: 'jsonld', title: 'Pharmacy Technician - Retail Pharmacy', employer: 'Harborview Health', location: 'Tacoma, WA' });
    expect(open.text).toContain('Washington pharmacy technician license (PHTC) required');
    expect(open.text).toContain('Pay: $22.10 - $30.45 per hour');
    expect(open.badgeAnchor.tagName).toBe('H1');
  });
});

describe('generic: heuristic (headings and text only)', () => {
  it('picks the description block, not the mega-menu, the longer footer or the sidebar', () => {
    const { doc, url } = loadBoardFixture('generic', 'no-jsonld.html', PLAIN);
    const footer = doc.querySelector('footer')!;
    const block = descriptionBlock(doc)!;
    expect(block.id).toBe('main-content');
    expect(footer.textContent!.length).toBeGreaterThan(doc.querySelector('.job-body')!.textContent!.length);

    const open = genericBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ source: 'heuristic', title: 'Pharmacy Technician II', key: 'www.lakeshorechildrens.org/careers/openings/pharmacy-technician-ii?id=4471' });
    expect(open.text).toContain('Qualifications\nWisconsin pharmacy technician license required\nCertified Pharmacy Technician (PTCB) required');
    expect(open.text).toContain('Starting pay: $20.00 - $27.50 per hour');
    expect(open.text).not.toMatch(/Volunteer|Find a Doctor|Other openings|Pharmacist - Pediatrics/);
    expect(open.badgeAnchor.tagName).toBe('H1');
  });

  it('takes the title from the hooks or document.title when there is no h1', () => {
    const { doc, url } = loadHtml(`<!DOCTYPE html><html><head><title>Pharmacy Tech | Acme Health</title></head><body>
      <nav><h1>Acme Health</h1></nav>
      <div class="posting"><div><h3>Requirements</h3><p>CPhT required.</p></div></div></body></html>`, 'https://acme.example/jobs?jobId=5');
    expect(genericBoard.findOpenPosting(doc, url)).toMatchObject({ title: 'Pharmacy Tech', text: 'Requirements\nCPhT required.', source: 'heuristic' });
    doc.querySelector('.posting')!.insertAdjacentHTML('afterbegin', '<span data-testid="job-title-text">Pharmacy Technician (Evenings)</span>');
    expect(genericBoard.findOpenPosting(doc, url)).toMatchObject({ title: 'Pharmacy Technician (Evenings)' });
  });

  it('returns null on a page without a posting', () => {
    const { doc, url } = loadHtml('<!DOCTYPE html><html><head><title>Home</title></head><body><main><h1>Welcome</h1><p>News.</p></main></body></html>', 'https://acme.example/');
    expect(genericBoard.findOpenPosting(doc, url)).toBeNull();
  });

  it('never mutates the page', () => {
    const { doc, url } = loadBoardFixture('generic', 'no-jsonld.html', PLAIN);
    const before = doc.documentElement.outerHTML;
    genericBoard.findOpenPosting(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
