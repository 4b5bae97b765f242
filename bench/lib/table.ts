/** Plain-text tables: a header row, a rule, right-aligned numbers. */
export type Cell = string | number | undefined;

function show(c: Cell): string {
  if (c === undefined) return '';
  if (typeof c === 'string') return c;
  if (!Number.isFinite(c)) return String(c);
  const a = Math.abs(c);
  if (a === 0) return '0';
  if (a >= 100 || Number.isInteger(c)) return Math.round(c).toLocaleString('en-US');
  if (a >= 10) return c.toFixed(1);
  if (a >= 1) return c.toFixed(2);
  return c.toPrecision(2);
}

/**
 * A row of only a name and one text (such as "fluxion: not available yet") spans the columns after the
 * name: it does not widen the second column.
 */
export function table(title: string, header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cells = [header.map(String), ...rows.map((r) => r.map(show))];
  const spans = (r: readonly string[]): boolean => r.length === 2 && header.length > 2;
  const widths = header.map((_, j) => Math.max(...cells.map((r) => (j > 0 && spans(r) ? 0 : (r[j] ?? '').length))));
  const line = (r: readonly string[], head: boolean): string =>
    r.map((c, j) => (j === 0 || head || !/^[-\d.,×%<>~]/.test(c) ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0)))
      .join('  ').trimEnd();
  const out = [`\n${title}`, line(cells[0] as string[], true), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of cells.slice(1)) out.push(spans(r) ? `${(r[0] ?? '').padEnd(widths[0] ?? 0)}  ${r[1] ?? ''}` : line(r, false));
  return out.join('\n');
}

/** Formats a ratio to fluxion: "2.3×"; empty when either side is missing. */
export function ratio(peer: number | undefined, fluxion: number | undefined): string {
  if (peer === undefined || fluxion === undefined || !(fluxion > 0) || !Number.isFinite(peer)) return '';
  const r = peer / fluxion;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
}

/** Microseconds as a readable duration. */
export function duration(us: number | undefined): string {
  if (us === undefined || !Number.isFinite(us)) return '';
  if (us < 1) return `${(us * 1000).toFixed(0)} ns`;
  if (us < 1000) return `${us.toPrecision(3)} µs`;
  if (us < 1e6) return `${(us / 1000).toPrecision(3)} ms`;
  return `${(us / 1e6).toPrecision(3)} s`;
}

/** An error as a short cell: the kind of failure, not the engine's whole message. */
export function brief(err: string | undefined): string {
  if (err === undefined) return '';
  if (/not available/.test(err)) return 'not available yet';
  if (/not installed/.test(err)) return 'not installed';
  if (/skipped/.test(err)) return '–'; // "skipped after a timeout": test before "timeout"
  if (/timeout/.test(err)) return 'timeout';
  if (/stack|recursion|Recursion|too many nested/i.test(err)) return 'stack overflow';
  if (/crashed/.test(err)) return 'crashed';
  return err.length > 28 ? `${err.slice(0, 27)}…` : err;
}
