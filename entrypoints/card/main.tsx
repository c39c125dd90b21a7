import { render } from 'preact';
import { CardPage } from '../../components/card/CardPage';
import { cardPageActions } from '../../components/card/card-page-actions';
import { parseCardQuery } from '../../components/card/card-query';
import { TandemDatabase } from '../../utils/db/database';
import { t, uiLanguage } from '../../utils/i18n';
import { localDate } from '../../utils/planning-time/dates';
import '../../components/ui/page.css';
import '../../components/ui/panel.css';
import './style.css';

// The card page (issue 13): an extension page, unlisted (WXT builds entrypoints/card/ as card.html and the
// manifest does not name it), opened from the options page and the lesson panel by the URLs in
// components/card/card-query.ts. Being in the extension's origin, it opens the database directly
// (.github/CONTRIBUTING.md rule 1); its live query sees edits from the service worker and other pages.
const db = new TandemDatabase();
// index.html says lang="en"; the text is in the language the browser picked, and screen readers must know which.
document.documentElement.lang = uiLanguage();
document.title = t('cardPageTitle');
const root = document.getElementById('app');
if (root)
  render(
    <CardPage initial={parseCardQuery(location.search, localDate(new Date()))} actions={cardPageActions(db)} />,
    root,
  );
