import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { optionsActions } from '../../components/options/options-actions';
import { TandemDatabase } from '../../utils/db/database';
import { t, uiLanguage } from '../../utils/i18n';
import '../../components/ui/page.css';
import '../../components/ui/panel.css';
import './style.css';

// The options page is an extension page (the extension's own origin), so it opens the database directly
// (.github/CONTRIBUTING.md rule 1); a live query sees writes from the service worker and the popup.
const db = new TandemDatabase();
// index.html says lang="en"; the text is in the language the browser picked, and screen readers must know which.
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsPage actions={optionsActions(db)} />, root);
