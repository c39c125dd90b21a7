import type { TeamTable } from '../../utils/team/report-tables';

/** The text table beside a chart: the numbers for screen readers, printing and the CSV file. */
export function DataTable(props: { table: TeamTable; format: (value: number) => string }) {
  const { table } = props;
  return (
    <table class="team-table">
      <caption>{table.title}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table; the index is the column
              <td key={index}>{props.format(value)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
