/** The citations behind a block of facts, folded away (a native <details>: keyboard and screen-reader friendly). */
export function Sources({ sources, label = 'Sources' }: { sources: readonly string[]; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <details class="rxl-sources">
      <summary>{label}</summary>
      <ul>
        {[...new Set(sources)].map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </details>
  );
}
