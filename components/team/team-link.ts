import { browser } from 'wxt/browser';
import { teamPagePath } from '../../utils/team/team-page-path';

/** The Team page's full address (entrypoints/team/), for links from the popup and the options page. */
export function teamPageUrl(courseId?: string): string {
  return browser.runtime.getURL(teamPagePath(courseId) as '/team.html');
}
