import { render } from 'preact';
import { PopupApp } from '../../components/notes/PopupApp';
import { TandemDatabase } from '../../utils/db/database';
import { t, uiLanguage } from '../../utils/i18n';
import { popupActions } from '../../utils/popup/actions';
import '../../components/ui/page.css';
import '../../components/ui/panel.css';
import './style.css';

// The toolbar popup is an extension page (the extension's own origin), so it opens the database directly
// (.github/CONTRIBUTING.md rule 1). `?tab=<id>` addresses a tab when the page is opened in a tab of its own.
const actions = popupActions(new TandemDatabase(), location, {
  lesson: t('linkUntitledLesson'),
  class: t('linkUntitledClass'),
});
// index.html says lang="en"; the text is in the language the browser picked, and screen readers must know which.
document.documentElement.lang = uiLanguage();
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<PopupApp actions={actions} />, root);
