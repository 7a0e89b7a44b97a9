type Change = { from: unknown; to: unknown };

function isChange(value: unknown): value is Change {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What changed, as the server recorded it: one line per field; `{ field: { from, to } }` as `from → to`. */
export function AuditSummary({ summary }: { summary: Record<string, unknown> }) {
  const lines: [string, string][] = [];
  for (const [field, value] of Object.entries(summary)) {
    if (field === 'changes' && typeof value === 'object' && value !== null) {
      for (const [changed, change] of Object.entries(value)) {
        lines.push([changed, isChange(change) ? `${show(change.from)} → ${show(change.to)}` : show(change)]);
      }
    } else {
      lines.push([field, show(value)]);
    }
  }
  if (lines.length === 0) return null;
  return (
    <dl className="audit-summary">
      {lines.map(([field, text], index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a field may appear both at the top and among the changes
        <div key={`${index}-${field}`}>
          <dt>{field}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
