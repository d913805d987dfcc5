// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  attrKey, blockText, cleanKey, closestOf, firstMatch, firstText, hostMatches, htmlToText, inlineText, inResultList,
  pathKey, queryAllWithSelf, safely, sameJob, sameText, scriptJson, urlParam,
} from '../../../src/boards/dom';
import { loadHtml } from './load-board-fixture';

const page = (html: string) => loadHtml(html, 'https://www.example.com/jobs?q=x').doc;

describe('dom: text', () => {
  it('keeps line breaks between blocks and collapses spaces inside lines', () => {
    const doc = page(`<div id="d"><p>About   the<b> role</b></p><ul><li>CPhT&nbsp;required</li><li>IV <i>cert</i></li></ul>
      Line one<br>Line two<table><tr><td>Pay</td><td>$18</td></tr></table><script>var x = "<p>no</p>";</script>
      <style>.a{}</style><rxl-badge data-rxl-key="indeed:abc">badge host</rxl-badge>
      <span data-rxl-key="x">a page's own span with the attribute</span></div>`);
    expect(blockText(doc.getElementById('d'))).toBe('About the role\nCPhT required\nIV cert\nLine one\nLine two\nPay $18\na page\'s own span with the attribute');
    expect(inlineText(doc.getElementById('d')!.querySelector('ul'))).toBe('CPhT required IV cert');
  });

  it('reads what textContent reads (no layout), and never throws', () => {
    const doc = page('<p id="p">a<span style="display:none">b</span>c</p>');
    expect(blockText(doc.getElementById('p'))).toBe(doc.getElementById('p')!.textContent);
    expect(blockText(null)).toBe('');
    expect(inlineText(undefined)).toBe('');
  });

  it('parses description HTML inertly', () => {
    const doc = page('<p>x</p>');
    expect(htmlToText('<p>Req</p><ul><li>A</li><li>B</li></ul><img src=x onerror="globalThis.__pwned=1">', doc)).toBe('Req\nA\nB');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(doc.body.innerHTML).toBe('<p>x</p>');
  });
});

describe('dom: selectors', () => {
  const doc = page(`<ul id="list"><li class="c"><h2>Tech</h2><span class="co">CVS</span></li><li class="c"><h2></h2></li></ul>
    <aside><li class="c"><h2>Ad</h2></li></aside>`);

  it('firstMatch/firstText try ordered selectors and skip invalid ones and empty text', () => {
    expect(firstMatch(doc, ['.missing', ':::bad', 'h2'])!.textContent).toBe('Tech');
    expect(firstText(doc, [':::bad', '.missing', 'li h2'])).toBe('Tech');
    expect(firstText(doc.querySelectorAll('li')[1]!, ['h2', '.co'])).toBe('');
    expect(firstText(doc, ['h2'], { notInside: '#list' })).toBe('Ad');
    expect(firstMatch(null, ['h2'])).toBeNull();
  });

  it('closestOf tries selectors in order; queryAllWithSelf includes a matching root', () => {
    const h2 = doc.querySelector('h2')!;
    expect(closestOf(h2, ['.none', 'li', 'ul'])!.className).toBe('c');
    const li = doc.querySelector('li')!;
    expect(queryAllWithSelf(li, 'li.c')).toEqual([li]);
    expect(queryAllWithSelf(doc, 'li.c')).toHaveLength(3);
  });

  it('inResultList keeps list members, drops outsiders and excluded ones, and keeps all when no list exists', () => {
    const [a, , c] = Array.from(doc.querySelectorAll('li.c'));
    expect(inResultList(a!, ['#list'])).toBe(true);
    expect(inResultList(c!, ['#list'])).toBe(false);
    expect(inResultList(a!, ['#list'], ['ul'])).toBe(false);
    expect(inResultList(c!, ['#renamed-list'])).toBe(true);
  });
});

describe('dom: keys and URLs', () => {
  it('cleans keys', () => {
    expect(cleanKey(' 4087360354 ')).toBe('4087360354');
    expect(cleanKey('ab"c')).toBeNull();
    expect(cleanKey('')).toBeNull();
    expect(cleanKey('-x')).toBeNull();
    expect(cleanKey('a'.repeat(129))).toBeNull();
  });

  it('reads keys from query parameters, paths and attributes', () => {
    expect(urlParam('/rc/clk?jk=112104b730fa333d&from=serp', 'jk')).toBe('112104b730fa333d');
    expect(urlParam(new URL('https://www.indeed.com/jobs?vjk=abc'), 'vjk')).toBe('abc');
    expect(urlParam('not a url', 'jk', 'http://[bad')).toBeNull();
    expect(pathKey('/jobs/view/pharmacy-tech-at-x-4059957160?trk=1', /\/jobs\/view\/(?:[^/]*-)?(\d+)(?:\/|$)/)).toBe('4059957160');
    expect(pathKey(null, /(.*)/)).toBeNull();
    const el = page('<i data-a="" data-b="k1"></i>').querySelector('i');
    expect(attrKey(el, ['data-a', 'data-b'])).toBe('k1');
  });

  it('matches hosts by suffix and compares titles loosely', () => {
    expect(hostMatches(new URL('https://uk.indeed.com/jobs'), ['indeed.com'])).toBe(true);
    expect(hostMatches(new URL('https://notindeed.com/'), ['indeed.com'])).toBe(false);
    expect(sameText(' Pharmacy  Technician', 'pharmacy technician')).toBe(true);
    expect(sameText('', '')).toBe(false);
    expect(sameJob({ title: 'Pharmacy Technician – Mail Order', employer: 'Optum' }, { title: 'pharmacy technician - mail order', employer: 'OPTUM' })).toBe(true);
    expect(sameJob({ title: 'Pharmacy Technician', employer: 'CVS Health' }, { title: 'Pharmacy Technician', employer: 'Walgreens' })).toBe(false);
    expect(sameJob({ title: 'Pharmacy Technician' }, { title: 'Pharmacy Technician', employer: 'Walgreens' })).toBe(true);
    expect(sameJob({ title: '' }, { title: '' })).toBe(false);
  });

  it('parses script JSON and swallows errors', () => {
    const doc = page('<script id="a" type="application/json">{"x":1}</script><script id="b" type="application/json">{bad</script>');
    expect(scriptJson(doc.getElementById('a'))).toEqual({ x: 1 });
    expect(scriptJson(doc.getElementById('b'))).toBeUndefined();
    expect(safely(() => { throw new Error('x'); }, 7)).toBe(7);
  });
});
