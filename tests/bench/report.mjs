// Small statistics and the one table the bench prints.

/** Nearest-rank percentile (p in 0..100) of `values`; NaN for none. */
export function percentile(values, p) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export const median = (values) => percentile(values, 50);
export const p95 = (values) => percentile(values, 95);
export const mean = (values) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN);

/** "12.3 ms", "1.23 s" */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (Math.abs(value) >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (Math.abs(value) >= 100) return `${value.toFixed(0)} ms`;
  return `${value.toFixed(1)} ms`;
}

/** "+12.3 ms" for differences. */
export function plusMs(value) {
  if (!Number.isFinite(value)) return 'n/a';
  return `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;
}

/** kB and MB of 1000, as Vite and WXT print sizes. */
export function bytes(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 1_000_000) return `${(value / 1_000_000).toFixed(1)} MB`;
  if (value >= 1000) return `${(value / 1000).toFixed(1)} kB`;
  return `${value} B`;
}

/** The rows of the table, in order. Each: section, figure, value, control, goal, verdict (ok / MISS / info). */
export class Table {
  rows = [];
  notes = [];

  section(title) {
    this.rows.push({ section: title });
  }

  /**
   * `pass`: true / false against the goal; undefined for a figure without a goal (verdict "info").
   * @param {{ figure: string, value: string, control?: string, goal?: string, pass?: boolean | null }} row
   */
  add({ figure, value, control = '—', goal = '—', pass }) {
    const verdict = pass === undefined || pass === null ? 'info' : pass ? 'ok' : 'MISS';
    this.rows.push({ figure, value, control, goal, verdict });
  }

  /** A figure that could not be measured: printed as MISS with the reason, so it is never silently absent. */
  broken(figure, reason, goal = '—') {
    this.rows.push({ figure, value: `not measured: ${reason}`, control: '—', goal, verdict: 'MISS' });
  }

  note(text) {
    this.notes.push(text);
  }

  render() {
    const data = this.rows.filter((row) => !row.section);
    const header = { figure: 'figure', value: 'value', control: 'control', goal: 'goal', verdict: 'ok/MISS' };
    const width = (key) => Math.max(header[key].length, ...data.map((row) => row[key].length));
    const widths = {
      figure: width('figure'),
      value: width('value'),
      control: width('control'),
      goal: width('goal'),
      verdict: width('verdict'),
    };
    const line = (row) =>
      ['figure', 'value', 'control', 'goal', 'verdict']
        .map((key) => row[key].padEnd(widths[key]))
        .join(' | ')
        .trimEnd();
    const rule = ['figure', 'value', 'control', 'goal', 'verdict'].map((key) => '-'.repeat(widths[key])).join('-|-');
    const out = [line(header), rule];
    for (const row of this.rows) out.push(row.section ? `${row.section}` : line(row));
    return out.join('\n');
  }

  counts() {
    const data = this.rows.filter((row) => !row.section);
    return {
      ok: data.filter((row) => row.verdict === 'ok').length,
      miss: data.filter((row) => row.verdict === 'MISS').length,
      info: data.filter((row) => row.verdict === 'info').length,
    };
  }
}
