// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { badgeAnchorFor, normTitle, pickPostingFor, readJobPostings } from '../../../src/boards/jsonld';
import { loadBoardFixture, loadHtml } from './load-board-fixture';

const page = (head: string, body = '<h1>Pharmacy Technician</h1>') =>
  loadHtml(`<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`, 'https://careers.example.org/jobs/123');
/** A JSON-LD block; `</` is escaped as publishers do, so a `</script>` in a string cannot end the element. */
const ld = (json: string) => `<script type="application/ld+json">${json.replace(/<\//g, '<\\/')}</script>`;

describe('readJobPostings: JSON-LD', () => {
  it('walks @graph, top-level arrays and nested objects, skipping other types', () => {
    const { doc } = page(
      ld('{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"X"},{"@type":"JobPosting","title":"A","description":"a"}]}') +
        ld('[{"@type":"BreadcrumbList"},{"@type":["JobPosting"],"title":"B","description":"b"}]') +
        ld('{"@type":"WebPage","mainEntity":{"@type":"http://schema.org/JobPosting","title":"C","description":"c"}}'),
    );
    expect(readJobPostings(doc).map((p) => p.title)).toEqual(['A', 'B', 'C']);
  });

  it('never throws on malformed or hostile JSON, and repairs common publisher mistakes', () => {
    const { doc } = page(
      ld('{"@type":"JobPosting", "title": ') + // truncated
        ld('') +
        ld('null') +
        ld('"just a string"') +
        ld('<!-- {"@type":"JobPosting","title":"Wrapped","description":"w"} -->') +
        ld('{"@type":"JobPosting","title":"Raw\nnewline","description":"line one\nline two"}') +
        ld('{"@type":"JobPosting","title":{"weird":true},"description":42,"hiringOrganization":[null],"jobLocation":[1,null,"x"],"baseSalary":"lots"}'),
    );
    expect(() => readJobPostings(doc)).not.toThrow();
    const titles = readJobPostings(doc).map((p) => p.title);
    expect(titles).toContain('Wrapped');
    expect(titles).toContain('Raw newline');
  });

  it('turns description HTML, also when HTML-escaped, into text with line breaks for p, li, br and headings', () => {
    const html = '<h3>Requirements</h3><ul><li>CPhT required</li><li>BLS</li></ul><p>Nights<br>Weekends &amp; holidays</p>';
    const escaped = html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const d of [html, escaped]) {
      const { doc } = page(ld(JSON.stringify({ '@type': 'JobPosting', title: 'T', description: d })));
      expect(readJobPostings(doc)[0]!.text).toBe('Requirements\nCPhT required\nBLS\nNights\nWeekends & holidays');
    }
  });

  it('parses the description inertly: no script runs and nothing enters the page', () => {
    const w = globalThis as unknown as { __rxlPwned?: boolean };
    const { doc, window } = page(
      ld(JSON.stringify({ '@type': 'JobPosting', title: 'T', description: '<p>Hi</p><img src=x onerror="window.__rxlPwned=true"><script>window.__rxlPwned=true</script>' })),
    );
    const before = doc.body.innerHTML;
    expect(readJobPostings(doc)[0]!.text).toBe('Hi');
    expect(doc.body.innerHTML).toBe(before);
    expect(w.__rxlPwned).toBeUndefined();
    expect((window as unknown as { __rxlPwned?: boolean }).__rxlPwned).toBeUndefined();
  });

  it('reads employer, location, identifiers, urls and salary', () => {
    const { doc } = loadBoardFixture('generic', 'jsonld-unknown-site.html',
      'https://careers.mountainviewhealth.org/us/en/job/MVH-58213/Pharmacy-Technician-I-Central-Pharmacy');
    const [p] = readJobPostings(doc);
    expect(p).toMatchObject({
      source: 'jsonld',
      title: 'Pharmacy Technician I - Central Pharmacy',
      employer: 'Mountain View Health',
      location: 'Boise, ID',
      identifiers: ['MVH-58213'],
      salary: 'Pay: $18.25 - $24.60 per hour',
    });
    expect(p!.urls).toContain('https://careers.mountainviewhealth.org/us/en/job/MVH-58213/Pharmacy-Technician-I-Central-Pharmacy');
    expect(p!.text).toContain('Responsibilities\nFill cart-fill and first-dose orders under pharmacist supervision');
    expect(p!.text).toContain('Evenings and every other weekend.\nShift differential applies.');
  });
});

describe('readJobPostings: microdata', () => {
  it('reads itemprop title, description, hiringOrganization, jobLocation, identifier and baseSalary', () => {
    const { doc } = loadBoardFixture('generic', 'microdata.html', 'https://careers.harborviewhealth.org/job/Tacoma-Pharmacy-Technician-WA-98405/1123456700/');
    const posts = readJobPostings(doc);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      source: 'microdata',
      title: 'Pharmacy Technician - Retail Pharmacy',
      employer: 'Harborview Health',
      location: 'Tacoma, WA',
      identifiers: ['1123456700'],
      salary: 'Pay: $22.10 - $30.45 per hour',
    });
    expect(posts[0]!.text).toContain('Qualifications\nWashington pharmacy technician license (PHTC) required\nNational certification preferred');
  });

  it('keeps nested itemscopes apart (the organisation name is not the job title)', () => {
    const { doc } = page('', `<div itemscope itemtype="https://schema.org/JobPosting">
      <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Org</span><span itemprop="title">Not the job</span></div>
      <h1 itemprop="title">Pharmacy Technician</h1><div itemprop="description"><p>Needs CPhT.</p></div></div>`);
    expect(readJobPostings(doc)[0]).toMatchObject({ title: 'Pharmacy Technician', employer: 'Org', text: 'Needs CPhT.' });
  });
});

describe('pickPostingFor: staleness', () => {
  const posting = (o: object) => ld(JSON.stringify({ '@type': 'JobPosting', description: 'd', ...o }));

  it('accepts a posting whose identifier or url holds the key as a whole token', () => {
    const { doc } = page(posting({ title: 'Other title', identifier: { '@type': 'PropertyValue', value: 'REQ-123' } }));
    expect(pickPostingFor(doc, { key: 'REQ-123' })?.title).toBe('Other title');
    expect(pickPostingFor(doc, { key: '123' })?.title).toBe('Other title'); // "REQ-123": '-' separates
    expect(pickPostingFor(doc, { key: '12' })).toBeNull(); // not a whole token
  });

  it('accepts a title match after normalisation, but not a near miss', () => {
    const { doc } = page(posting({ title: 'Pharmacy Technician II – Nights' }));
    expect(pickPostingFor(doc, { title: 'pharmacy technician ii - nights' })).not.toBeNull();
    expect(pickPostingFor(doc, { title: 'Pharmacy Technician II – Nights | Careers at X' })).not.toBeNull();
    expect(pickPostingFor(doc, { title: 'Pharmacy Technician I' })).toBeNull();
    expect(pickPostingFor(doc, { title: 'Pharmacist' })).toBeNull();
    expect(normTitle('Pharmacy Technician II – Nights')).toBe('pharmacy technician ii nights');
  });

  it('rejects a same-title posting whose url or identifier names another job', () => {
    const byUrl = page(posting({ title: 'Pharmacy Technician', url: 'https://careers.example.org/jobs/999' })).doc;
    expect(pickPostingFor(byUrl, { key: '123', title: 'Pharmacy Technician' })).toBeNull();
    expect(pickPostingFor(byUrl, { key: '999', title: 'Pharmacy Technician' })).not.toBeNull();
    // Two openings with one title (another location): the leftover block names requisition R-2.
    const byId = page(posting({ title: 'Pharmacy Technician', identifier: { '@type': 'PropertyValue', value: 'R-2' } })).doc;
    expect(pickPostingFor(byId, { key: 'R-1', title: 'Pharmacy Technician' })).toBeNull();
    // Nothing to contradict: the title decides.
    const bare = page(posting({ title: 'Pharmacy Technician' })).doc;
    expect(pickPostingFor(bare, { key: 'R-1', title: 'Pharmacy Technician' })).not.toBeNull();
  });

  it('accepts a posting whose url is the page itself, ignoring scheme, www, query and trailing slash', () => {
    const { doc } = page(posting({ title: 'Other', url: 'https://www.careers.example.org/job/pharmacy-tech/' }));
    expect(pickPostingFor(doc, { url: 'http://careers.example.org/job/pharmacy-tech?src=mail' })?.title).toBe('Other');
    expect(pickPostingFor(doc, { url: 'https://careers.example.org/job/pharmacist', title: 'Other' })).toBeNull();
  });

  it('re-reads a JSON-LD block when the page replaces its text', () => {
    const { doc } = page(posting({ title: 'Pharmacy Technician', identifier: 'R-1' }));
    expect(pickPostingFor(doc, { key: 'R-2' })).toBeNull();
    doc.querySelector('script')!.textContent = JSON.stringify({ '@type': 'JobPosting', title: 'Pharmacist', identifier: 'R-2', description: 'd' });
    expect(pickPostingFor(doc, { key: 'R-2' })?.title).toBe('Pharmacist');
  });

  it('trusts nothing without a key or title, and never throws', () => {
    const { doc } = page(posting({ title: 'Pharmacy Technician' }) + ld('{oops'));
    expect(pickPostingFor(doc, {})).toBeNull();
    expect(() => pickPostingFor(doc, { key: 'x', title: 'y' })).not.toThrow();
  });

  it('rejects the stale Workday block and picks the matching one when both exist', () => {
    const { doc } = loadBoardFixture('workday', 'detail.html', 'https://cascadevalley.wd5.myworkdayjobs.com/en-US/CVH_Careers/job/Portland-OR/Pharmacy-Technician---Inpatient--Nights-_R-20401');
    expect(pickPostingFor(doc, { key: 'R-20401', title: 'Pharmacy Technician - Inpatient (Nights)' })).toBeNull();
    expect(pickPostingFor(doc, { key: 'R-20404' })?.title).toBe('Clinical Pharmacist - Emergency Department');
  });
});

describe('badgeAnchorFor', () => {
  it('never returns a link, and stays inside the card', () => {
    const { doc } = page('', `<div id="c1"><h3><a href="/j/1">T</a></h3></div><div id="c2"><a href="/j/2"><h5>T</h5></a></div><div id="c3"><h2>T</h2></div>`);
    const c1 = doc.getElementById('c1')!, c2 = doc.getElementById('c2')!, c3 = doc.getElementById('c3')!;
    expect(badgeAnchorFor(c1.querySelector('a'), c1).tagName).toBe('H3');
    expect(badgeAnchorFor(c2.querySelector('h5'), c2)).toBe(c2);
    expect(badgeAnchorFor(c3.querySelector('h2'), c3).tagName).toBe('H2');
    expect(badgeAnchorFor(null, c3)).toBe(c3);
  });
});
