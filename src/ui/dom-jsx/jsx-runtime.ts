/**
 * A JSX runtime that builds real DOM nodes, for the content script's explanation card
 * (`/** @jsxImportSource ./dom-jsx *\/` in src/ui/Explanation.tsx): the card is drawn once per
 * opening from plain props, so a virtual DOM buys nothing there, and leaving Preact out keeps it
 * out of every board's content script (budget: 25 KB gzipped).
 *
 * Safety is the same as Preact's text children: strings become text nodes (createTextNode),
 * never markup; attributes are set with setAttribute; `on<Event>` props become listeners.
 * Elements are created in the document of the first element rendered into (see `inDocument`).
 */
type Primitive = string | number | boolean | null | undefined;
export type Child = Node | Primitive | Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component = (props: never) => Node;

let doc: Document | null = null;

/** Build with `target` (the card's document; a content script may render into a frame). */
export function inDocument<T>(target: Document, build: () => T): T {
  const previous = doc;
  doc = target;
  try {
    return build();
  } finally {
    doc = previous;
  }
}

function owner(): Document {
  return doc ?? document;
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false || child === true) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
  } else if (typeof child === 'string' || typeof child === 'number') {
    parent.appendChild(owner().createTextNode(String(child)));
  } else {
    parent.appendChild(child);
  }
}

export const Fragment = (props: { children?: Child }): Node => {
  const frag = owner().createDocumentFragment();
  append(frag, props.children);
  return frag;
};

export function jsx(type: string | Component, props: Props): Node {
  if (typeof type === 'function') return (type as (p: Props) => Node)(props);
  const el = owner().createElement(type);
  for (const name in props) {
    const value = props[name];
    if (name === 'children' || name === 'key' || value === null || value === undefined || value === false) continue;
    if (name.length > 2 && name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    } else {
      el.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
    }
  }
  append(el, props.children);
  return el;
}

export { jsx as jsxs, jsx as jsxDEV };

// Types for TypeScript's JSX checking in files that use this runtime.
export namespace JSX {
  export type Element = Node;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export interface IntrinsicElements {
    [tag: string]: Record<string, unknown>;
  }
}
