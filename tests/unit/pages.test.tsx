// @vitest-environment happy-dom
import { type ComponentChild, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { App as PopupApp } from '../../entrypoints/popup/App';

function mount(node: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('extension pages', () => {
  it('popup: one h1, the hint, a link to the options page', () => {
    const root = mount(<PopupApp />);
    const headings = root.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0]?.textContent).toBe('RxLadder');
    expect(root.textContent).toContain('Open a job board to see pharmacy-technician listings.');
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toMatch(/\/options\.html$/);
  });

  it('options: one h1 and the welcome text', () => {
    const root = mount(<OptionsApp />);
    const headings = root.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0]?.textContent).toBe('RxLadder settings');
    expect(root.textContent).toContain('Set your credentials and home state in under a minute.');
  });
});
