import type { ComponentChildren } from 'preact';

export interface PageProps {
  /** The page's one and only h1. */
  title: string;
  /** `popup` is the narrow toolbar popup; `full` is a tab-sized page (options). */
  size?: 'popup' | 'full';
  children?: ComponentChildren;
}

/** Shared layout for the extension's own pages: one landmark, one h1. */
export function Page({ title, size = 'full', children }: PageProps) {
  return (
    <main class={`rxl-page rxl-page--${size}`}>
      <h1 class="rxl-title">{title}</h1>
      {children}
    </main>
  );
}
