// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { greenhouseBoard } from '../../../src/boards/greenhouse';
import { loadBoardFixture, loadHtml } from './load-board-fixture';

const LIST = 'https://boards.greenhouse.io/northfieldhealth';
const JOB = 'https://job-boards.greenhouse.io/northfieldhealth/jobs/5104421085';
const results = () => loadBoardFixture('greenhouse', 'results.html', LIST);
const detail = () => loadBoardFixture('greenhouse', 'detail.html', JOB);

describe('greenhouse: classic list', () => {
  it('finds the 22 openings, skipping the talent-community opening, filters, nav and footer', () => {
    const { doc, url } = results();
    const cards = greenhouseBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(doc.querySelectorAll('.opening')).toHaveLength(23);
    expect(new Set(cards.map((c) => c.key)).size).toBe(22);
    expect(cards.map((c) => c.title)).not.toContain('Join our Talent Community');
    for (const c of cards) expect(c.element.classList.contains('opening')).toBe(true);
  });

  it('reads job ids, titles and locations', () => {
    const { doc, url } = results();
    const byKey = new Map(greenhouseBoard.findCards(doc, url).map((c) => [c.key, c]));
    expect(byKey.get('5104421000')).toMatchObject({ title: 'Pharmacy Technician - Inpatient (Nights)', location: 'Portland, OR' });
    expect(byKey.get('5104421085')).toMatchObject({ title: 'Certified Pharmacy Technician - IV Room (Sterile Compounding)' });
    expect(byKey.get('5104421119')).toMatchObject({ title: 'Sterile Processing Technician', location: 'Vancouver, WA' });
    expect(byKey.get('5104421102')).toMatchObject({ title: 'Warehouse Associate - Distribution Center' });
  });

  it('anchors badges in the opening, after the link (never inside it)', () => {
    const { doc, url } = results();
    for (const c of greenhouseBoard.findCards(doc, url)) {
      expect(c.badgeAnchor).toBe(c.element);
      expect(c.badgeAnchor.closest('a')).toBeNull();
    }
  });
});

describe('greenhouse: newer job-boards list', () => {
  it('reads tr.job-post rows and anchors the badge beside the link', () => {
    const { doc, url } = loadHtml(`<!DOCTYPE html><html><body><div class="job-posts"><h3 class="section-header">Pharmacy</h3><table><tbody>
      <tr class="job-post"><td class="cell"><a href="https://job-boards.greenhouse.io/northfieldhealth/jobs/5104421000" target="_top"><p class="body body--medium">Pharmacy Technician - Inpatient (Nights)</p><p class="body body__secondary body--metadata">Portland, OR</p></a></td></tr>
      <tr class="job-post"><td class="cell"><a href="https://job-boards.greenhouse.io/northfieldhealth/jobs/5104421034" target="_top"><p class="body body--medium">Registered Nurse - Med/Surg</p><p class="body body__secondary body--metadata">Portland, OR</p></a></td></tr>
      </tbody></table></div></body></html>`, 'https://job-boards.greenhouse.io/northfieldhealth');
    const cards = greenhouseBoard.findCards(doc, url);
    expect(cards.map((c) => [c.key, c.title, c.location])).toEqual([
      ['5104421000', 'Pharmacy Technician - Inpatient (Nights)', 'Portland, OR'],
      ['5104421034', 'Registered Nurse - Med/Surg', 'Portland, OR'],
    ]);
    expect(cards[0]!.badgeAnchor.tagName).toBe('TD');
  });
});

describe('greenhouse: job page', () => {
  it('reads the matching JSON-LD (HTML-escaped description) and keys by the job id', () => {
    const { doc, url } = detail();
    const open = greenhouseBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({
      key: '5104421085',
      title: 'Certified Pharmacy Technician - IV Room (Sterile Compounding)',
      employer: 'Northfield Health',
      location: 'Portland, OR',
      source: 'jsonld',
    });
    expect(open.text).toContain('Requirements\nActive Oregon pharmacy technician license\nPTCB certification (CPhT) required');
    expect(open.text).toContain('following USP <797>.');
    expect(open.text).not.toMatch(/&lt;|<p>|First Name|Submit application/);
    expect(open.text).toContain('Pay: $22.50 - $31.25 per hour');
    expect(open.badgeAnchor.tagName).toBe('H1');
  });

  it('falls back to .job__description without JSON-LD, leaving out the application form', () => {
    const { doc, url } = detail();
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    const open = greenhouseBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: '5104421085', source: 'selectors', employer: 'Northfield Health' });
    expect(open.text).toContain('Sterile compounding certification (CSPT) preferred, or completion within 12 months');
    expect(open.text).toContain('Pay range\n$22.50—$31.25 USD');
    expect(open.text).not.toContain('Do you hold a current PTCB certification?');
  });

  it('keys a custom-domain embed by gh_jid, the same key as the board card', () => {
    const { doc } = detail();
    expect(greenhouseBoard.findOpenPosting(doc, new URL('https://www.northfieldhealth.org/careers/job?gh_jid=5104421085'))?.key).toBe('5104421085');
    const r = results();
    expect(greenhouseBoard.findCards(r.doc, r.url).map((c) => c.key)).toContain('5104421085');
  });
});

describe('greenhouse: expectsListings', () => {
  it('is true on board lists, job pages and embeds; false elsewhere', () => {
    for (const u of [LIST, JOB, 'https://boards.greenhouse.io/northfieldhealth/jobs/5104421085', 'https://job-boards.eu.greenhouse.io/acme', 'https://boards.greenhouse.io/embed/job_board?for=northfieldhealth'])
      expect(greenhouseBoard.expectsListings(new URL(u))).toBe(true);
    for (const u of ['https://www.greenhouse.io/', 'https://boards-api.greenhouse.io/v1/boards/x/jobs', 'https://boards.greenhouse.io/northfieldhealth/jobs/5104421085/confirmation'])
      expect(greenhouseBoard.expectsListings(new URL(u))).toBe(false);
  });
});

describe('greenhouse: read only', () => {
  it('never mutates the page while reading cards and the open job', () => {
    for (const { doc, url } of [results(), detail()]) {
      const before = doc.documentElement.outerHTML;
      greenhouseBoard.findCards(doc, url);
      greenhouseBoard.findOpenPosting(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});
