// Small helpers shared by the benchmark scripts: order statistics and plain
// text tables. Figures only; nothing here asserts anything.

/** Median (mean of the two middle values for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Percentile by the nearest-rank method (p95 of 30 values is the 29th). */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1];
}

/** Milliseconds with one decimal, e.g. `12.3 ms`. */
export const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * A table with a header line and a rule, columns padded to fit. Numbers
 * (cells starting with a digit) are right-aligned.
 */
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const numeric = (cell) => /^[\d.,]+(?:\s?(?:ms|×|%))?$/.test(cell);
  const line = (cells) =>
    cells
      .map((c, i) => {
        const cell = String(c ?? '');
        return numeric(cell) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]);
      })
      .join(' | ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
