// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { leverBoard } from '../../../src/boards/lever';
import { loadBoardFixture } from './load-board-fixture';

const LIST = 'https://jobs.lever.co/stbrigidhealth?team=Pharmacy';
const ID = '0baa8c36-45cc-4973-a7bd-204c25e88c46';
const JOB = `https://jobs.lever.co/stbrigidhealth/${ID}`;
const results = () => loadBoardFixture('lever', 'results.html', LIST);
const detail = () => loadBoardFixture('lever', 'detail.html', JOB);

describe('lever: list', () => {
  it('finds the 22 postings by data-qa-posting-id, skipping the resume posting and filter links', () => {
    const { doc, url } = results();
    const cards = leverBoard.findCards(doc, url);
    expect(cards).toHaveLength(22);
    expect(doc.querySelectorAll('.posting')).toHaveLength(23);
    expect(new Set(cards.map((c) => c.key)).size).toBe(22);
    expect(cards.every((c) => /^[0-9a-f-]{36}$/.test(c.key))).toBe(true);
    expect(cards.map((c) => c.title)).not.toContain("Don't see your role? Send us your resume");
  });

  it('reads titles and locations, and anchors badges in the posting outside its links', () => {
    const { doc, url } = results();
    const cards = leverBoard.findCards(doc, url);
    const first = cards.find((c) => c.key === ID)!;
    expect(first).toMatchObject({ title: 'Pharmacy Technician - Inpatient (Nights)', location: 'Portland, OR' });
    expect(first.snippet).toContain('Full-time');
    expect(cards.find((c) => c.title === 'Cashier - Outpatient Pharmacy')).toMatchObject({ location: 'Gresham, OR' });
    for (const c of cards) {
      expect(c.badgeAnchor).toBe(c.element);
      expect(c.badgeAnchor.closest('a')).toBeNull();
    }
  });

  it('still finds cards by their /{org}/{uuid} link when data-qa-posting-id is gone', () => {
    const { doc, url } = results();
    for (const el of doc.querySelectorAll('[data-qa-posting-id]')) el.removeAttribute('data-qa-posting-id');
    expect(leverBoard.findCards(doc, url)).toHaveLength(22);
  });
});

describe('lever: job page', () => {
  it('reads headline, categories and every body section except the apply button', () => {
    const { doc, url } = detail();
    const open = leverBoard.findOpenPosting(doc, url)!;
    expect(open).toMatchObject({ key: ID, title: 'Pharmacy Technician - Inpatient (Nights)', employer: 'St. Brigid Health System', location: 'Portland, OR', source: 'selectors' });
    expect(open.text).toContain("What you'll need\nOregon pharmacy technician license");
    expect(open.text).toContain('Current PTCB or NHA national certification');
    expect(open.text).toContain('Pay range for this role\n$20.15 - $27.40 per hour');
    expect(open.text).toContain('tuition help for technicians');
    expect(open.text).not.toContain('Apply for this job');
    expect(open.badgeAnchor.tagName).toBe('H2');
  });

  it('gives the job the same key as its card', () => {
    const r = results();
    const d = detail();
    expect(leverBoard.findCards(r.doc, r.url).map((c) => c.key)).toContain(leverBoard.findOpenPosting(d.doc, d.url)!.key);
  });

  it('has no open posting on the list', () => {
    const { doc, url } = results();
    expect(leverBoard.findOpenPosting(doc, url)).toBeNull();
  });
});

describe('lever: expectsListings', () => {
  it('is true on lists and job pages, false on apply pages and other hosts', () => {
    expect(leverBoard.expectsListings(new URL(LIST))).toBe(true);
    expect(leverBoard.expectsListings(new URL(JOB))).toBe(true);
    expect(leverBoard.expectsListings(new URL(`https://jobs.eu.lever.co/acme/${ID}`))).toBe(true);
    expect(leverBoard.expectsListings(new URL(`${JOB}/apply`))).toBe(false);
    expect(leverBoard.expectsListings(new URL('https://api.lever.co/v0/postings/stbrigidhealth'))).toBe(false);
    expect(leverBoard.expectsListings(new URL('https://www.lever.co/'))).toBe(false);
  });
});

describe('lever: read only', () => {
  it('never mutates the page while reading cards and the open job', () => {
    for (const { doc, url } of [results(), detail()]) {
      const before = doc.documentElement.outerHTML;
      leverBoard.findCards(doc, url);
      leverBoard.findOpenPosting(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});
