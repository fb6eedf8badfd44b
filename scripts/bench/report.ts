import type { Row } from './benchmark.ts';

/** A fixed-width table for the terminal; the JSON file is the record, this is for reading. */
export function formatTable(sections: Array<{ name: string; rows: Row[] }>): string {
  const lines: string[][] = [['benchmark', 'metric', 'value', 'unit', 'target', 'met']];
  for (const { name, rows } of sections) {
    for (const row of rows) {
      const met = row.met === undefined ? '' : row.met ? 'yes' : 'NO';
      lines.push([name, row.metric, String(row.value), row.unit, row.target ?? '', met]);
    }
  }
  const widths = lines[0]!.map((_, col) => Math.max(...lines.map((line) => line[col]!.length)));
  const render = (line: string[]) =>
    line.map((cell, col) => (col === 2 ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!))).join('  ');
  const [header, ...body] = lines;
  return [render(header!), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(render)].join('\n');
}
