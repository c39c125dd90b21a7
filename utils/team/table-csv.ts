import { csvField } from '../backup/csv';
import type { TeamTable } from './report-tables';

// A Team page table as a CSV file (issue 15), exactly the rows and columns the text table shows, written like
// the notes CSV (utils/backup/csv.ts: RFC 4180, CRLF, a BOM for Excel, and no cell that could run as a formula:
// adults' names are typed by people).

const BOM = '\uFEFF';

export function tableCsv(table: TeamTable, number: (value: number) => string = String): string {
  const rows = [table.columns, ...table.rows.map((row) => [row.label, ...row.values.map(number)])];
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
