// @vitest-environment happy-dom
/** @jsxImportSource ../../../src/ui/dom-jsx */
import { describe, expect, it, vi } from 'vitest';
import { inDocument } from '../../../src/ui/dom-jsx/jsx-runtime';

describe('the DOM JSX runtime of the explanation card', () => {
  it('turns strings into text nodes, never markup', () => {
    const hostile = '<img src=x onerror="window.__rxlPwned=1"><script>window.__rxlPwned=2</script>';
    const el = (
      <p class="t" title={hostile}>
        {hostile}
        {[1, ' and ', null, false, true, undefined, <b>{hostile}</b>]}
      </p>
    ) as HTMLElement;
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toBe(`${hostile}1 and ${hostile}`);
    expect(el.getAttribute('title')).toBe(hostile);
    expect(el.getAttribute('class')).toBe('t');
    expect((window as { __rxlPwned?: unknown }).__rxlPwned).toBeUndefined();
  });

  it('sets boolean attributes only when true, skips keys, and wires on<Event> props as listeners', () => {
    const onClick = vi.fn();
    const on = (<button type="button" disabled={true} onClick={onClick} key="k" />) as HTMLButtonElement;
    const off = (<button type="button" disabled={false} aria-label="Close" />) as HTMLButtonElement;
    expect(on.hasAttribute('disabled')).toBe(true);
    expect(on.hasAttribute('key')).toBe(false);
    expect(off.hasAttribute('disabled')).toBe(false);
    expect(off.getAttribute('aria-label')).toBe('Close');
    off.click();
    (<button onClick={onClick} /> as HTMLButtonElement).click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('renders function components and fragments, in the document it is asked to', () => {
    const Item = ({ n }: { n: number }) => <li>{`item ${n}`}</li>;
    const other = document.implementation.createHTMLDocument('frame');
    const list = inDocument(other, () => (
      <ul>
        <>
          <Item n={1} />
          <Item n={2} />
        </>
      </ul>
    )) as HTMLElement;
    expect(list.ownerDocument).toBe(other);
    expect(Array.from(list.children, (c) => c.textContent)).toEqual(['item 1', 'item 2']);
  });
});
