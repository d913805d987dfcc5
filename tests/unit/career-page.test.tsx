// @vitest-environment happy-dom
import { type ComponentChild, render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App as CareerApp } from '../../entrypoints/career/App';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { LADDER } from '../../keywords/ladder';
import { flushProfile, resetProfile, saveProfile } from '../../src/profile/storage';
import type { ReaderProfile } from '../../src/profile/types';
import { CareerPage } from '../../src/ui/career/CareerPage';

const mounted: HTMLElement[] = [];

function mount(node: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  mounted.push(root);
  return root;
}

const current = (root: HTMLElement) => [...root.querySelectorAll('article[aria-current="step"]')].map((a) => a.id);

const FULL: ReaderProfile = {
  version: 2,
  credentials: { 'ptcb-cpht': 'held', 'state-license': 'held', cspt: 'held', 'sterile-compounding': 'held', 'hazardous-drugs': 'held', 'cpht-adv': 'held' },
  yearsExperience: 6,
  interests: ['hospital'],
};

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/career.html');
});

afterEach(async () => {
  for (const root of mounted.splice(0)) render(null, root);
  document.body.replaceChildren();
  await flushProfile();
  await resetProfile();
});

describe('Career paths page', () => {
  it('empty profile: the whole ladder, nobody placed, an invitation to set credentials', () => {
    const root = mount(<CareerPage profile={{ version: 2, credentials: {} }} />);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('h1')?.textContent).toBe('Career paths');
    expect(root.querySelectorAll('article.rxl-rung')).toHaveLength(LADDER.length);
    expect(current(root)).toEqual([]);
    expect(root.textContent).not.toContain('You are here');
    const invite = root.querySelector('.rxl-invite a');
    expect(invite?.textContent).toBe('Set your credentials');
    expect(invite?.getAttribute('href')).toBe('options.html');
    // The start rungs are the next steps, with what they ask for.
    expect([...root.querySelectorAll('.rxl-next-item')].map((li) => li.getAttribute('data-rung'))).toEqual(['trainee', 'certified']);
    expect(root.textContent).toContain('not a sourced claim');
    expect(root.textContent).toContain('Unverified:');
  });

  it('full profile: "You are here" on the top rung (label + aria-current), next rungs with training', () => {
    const root = mount(<CareerPage profile={FULL} />);
    expect(current(root)).toEqual(['cpht-adv']);
    const here = root.querySelector('#cpht-adv');
    expect(here?.querySelector('.rxl-tag--current')?.textContent).toBe('★ You are here');
    expect(root.querySelector('.rxl-here')?.textContent).toContain('You are here: Advanced certified technician (CPhT-Adv).');
    expect(root.querySelector('#hospital')?.getAttribute('data-status')).toBe('other');
    expect(root.querySelector('#certified')?.getAttribute('data-status')).toBe('reached');
    const next = [...root.querySelectorAll('.rxl-next-item')].map((li) => li.getAttribute('data-rung'));
    expect(next).toEqual(['lead', 'supervisor', 'educator']);
    expect(root.textContent).not.toContain('Set your credentials');
  });

  it('explains what a next rung lacks with the training guide, and links only to https official sites', () => {
    const root = mount(<CareerPage profile={{ version: 2, credentials: { 'state-license': 'held' } }} />);
    expect(current(root)).toEqual(['trainee']);
    const certified = root.querySelector('.rxl-next-item[data-rung="certified"]')!;
    expect(certified.textContent).toContain('What you still lack:');
    expect(certified.textContent).toContain('National pharmacy technician certification (CPhT)');
    expect(certified.textContent).not.toContain('State pharmacy technician license');
    for (const a of root.querySelectorAll('a')) {
      const href = a.getAttribute('href')!;
      expect(href, a.textContent ?? '').toMatch(/^(#[a-z-]+|options\.html|https:\/\/www\.(ptcb\.org|nhanow\.com|ashp\.org|pharmacist\.com|bls\.gov|usajobs\.gov)\/)/);
      if (href.startsWith('https:')) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // Every rung link inside the page points at a rung that exists.
    for (const a of root.querySelectorAll('a[href^="#"]')) expect(root.querySelector(a.getAttribute('href')!)).not.toBeNull();
  });

  it('in progress shows as on the way; sourced pay or "no sourced figure"', () => {
    const root = mount(<CareerPage profile={{ version: 2, credentials: { 'ptcb-cpht': 'in-progress' } }} />);
    const certified = root.querySelector('.rxl-next-item[data-rung="certified"]')!;
    expect(certified.textContent).toContain('On the way (in progress): National pharmacy technician certification (CPhT).');
    expect(root.querySelector('#hospital')?.textContent).toContain('Hospitals: median $38,310 a year in 2019 (historic BLS figure).');
    expect(root.querySelector('#specialty')?.textContent).toContain('No sourced figure for this rung.');
  });

  it('app: reads the stored profile, follows changes live, and opens on the rung in the hash', async () => {
    history.replaceState(null, '', '/career.html#nuclear');
    const root = mount(<CareerApp />);
    await vi.waitFor(() => expect(root.querySelector('.rxl-invite')).not.toBeNull());
    const nuclear = root.querySelector('#nuclear')!;
    expect(nuclear.classList.contains('rxl-rung--target')).toBe(true);
    expect(nuclear.textContent).toContain('The rung for the posting you opened');
    // Focus goes to the named rung's heading (a fragment target), nowhere else.
    expect(document.activeElement?.id).toBe('rung-nuclear-name');

    await saveProfile(FULL, { immediate: true });
    await vi.waitFor(() => expect(current(root)).toEqual(['cpht-adv']));
    expect(root.querySelector('.rxl-invite')).toBeNull();
  });

  it('app: without a rung in the hash nothing takes the focus; an unknown hash is ignored', async () => {
    history.replaceState(null, '', '/career.html#javascript:alert(1)');
    const root = mount(<CareerApp />);
    await vi.waitFor(() => expect(root.querySelector('.rxl-invite')).not.toBeNull());
    expect(root.querySelector('.rxl-rung--target')).toBeNull();
    expect(document.activeElement === document.body || document.activeElement === null).toBe(true);
  });

  it('options page links to the Career paths page', async () => {
    const root = mount(<OptionsApp />);
    await vi.waitFor(() => expect(root.querySelector('#home-state')).not.toBeNull());
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Career paths');
    expect(link?.getAttribute('href')).toBe('career.html');
  });
});
