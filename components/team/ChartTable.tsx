import { t } from '../../utils/i18n';
import type { TeamTable } from '../../utils/team/report-tables';

// A chart drawn by Charts.css (https://chartscss.org, bundled from node_modules/charts.css; see README "Team
// page"): a real <table> whose cells CSS paints as bars, sized by each cell's `--size` (0–1). No script draws
// anything, so the extension page's CSP is untouched and print is crisp. The text table beside it holds the
// same numbers for screen readers, so the chart is one image to them ("Chart: Model mix"), not a second table.

export function ChartTable(props: { table: TeamTable; format: (value: number) => string }) {
  const { table } = props;
  const values = table.rows.flatMap((row) => table.charted.map((index) => row.values[index] ?? 0));
  const max = Math.max(1, ...values);
  const multiple = table.charted.length > 1;
  const classes = ['charts-css', table.chart, 'show-labels', 'data-spacing-2', multiple ? 'multiple' : ''];
  return (
    <div class={`team-chart team-chart-${table.chart}`} role="img" aria-label={t('teamChartName', table.title)}>
      <table class={classes.join(' ')}>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {table.charted.map((index) => {
                const value = row.values[index] ?? 0;
                return (
                  <td key={index} style={{ '--size': String(value / max) }}>
                    {value > 0 && <span class="data">{props.format(value)}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {multiple && (
        <ul class="charts-css legend legend-inline legend-square">
          {table.charted.map((index) => (
            <li key={index}>{table.columns[index + 1]}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
