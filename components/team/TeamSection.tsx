import { t } from '../../utils/i18n';
import type { TeamTable } from '../../utils/team/report-tables';
import { Button } from '../ui/fields';
import { ChartTable } from './ChartTable';
import { DataTable } from './DataTable';

/** One chart with its text table beside it, how it is counted, and its CSV download. */
export function TeamSection(props: {
  table: TeamTable;
  format: (value: number) => string;
  onCsv: (table: TeamTable) => void;
}) {
  const { table } = props;
  const headingId = `team-${table.id}-heading`;
  return (
    <section class={`team-section team-section-${table.id}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{table.title}</h2>
      {table.rows.length === 0 ? (
        <p class="hint">{t('teamNothing')}</p>
      ) : (
        <div class="team-figure">
          <ChartTable table={table} format={props.format} />
          <div class="team-numbers">
            <DataTable table={table} format={props.format} />
            {table.note && <p class="hint">{table.note}</p>}
            <div class="team-csv">
              <Button onPress={() => props.onCsv(table)} label={t('teamCsvName', table.title)}>
                {t('teamCsv')}
              </Button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
