import { render } from 'preact';
import { downloadText } from '../../components/options/download';
import { installChartsCss } from '../../components/team/charts-css';
import { TeamPage } from '../../components/team/TeamPage';
import { loadTeamData } from '../../components/team/team-data';
import { formatNumber } from '../../components/team/team-format';
import { parseTeamQuery } from '../../components/team/team-query';
import { TandemDatabase } from '../../utils/db/database';
import { t, uiLanguage } from '../../utils/i18n';
import { localDate } from '../../utils/planning-time/dates';
import { tableCsv } from '../../utils/team/table-csv';
import '../../components/ui/page.css';
import '../../components/ui/panel.css';
import './style.css';

// The Team page (issue 15): an extension page, unlisted (WXT builds entrypoints/team/ as team.html), opened from
// the popup, the options page and the class summary (components/team/team-query.ts). Being in the extension's
// origin it opens the database directly (.github/CONTRIBUTING.md rule 1), like the card page.
installChartsCss();
const db = new TandemDatabase();
// index.html says lang="en"; the text is in the language the browser picked, and screen readers must know which.
document.documentElement.lang = uiLanguage();
document.title = t('teamPageTitle');
const root = document.getElementById('app');
if (root)
  render(
    <TeamPage
      initial={parseTeamQuery(location.search, localDate(new Date()))}
      actions={{
        load: async () => {
          const data = await loadTeamData(db);
          // For `npm run bench` (tests/bench/team.mjs): when the first read returned.
          performance.mark('tandem-team-read');
          return data;
        },
        // The same number format as the text table, so the file holds what the page shows.
        downloadCsv: (table) =>
          downloadText(
            tableCsv(table, formatNumber),
            `tandem-team-${table.id}-${localDate(new Date())}.csv`,
            'text/csv',
          ),
        print: () => window.print(),
      }}
    />,
    root,
  );
