import { t } from '@/utils/i18n';
import type { PageDescribeAnswer } from '@/utils/messaging/page-protocol';
import { describePage } from '@/utils/pages/classroom/describe';

// Chunk (utils/build/lazy-chunks.ts), loaded when the popup asks what this tab is about.

export function describeThisPage(): PageDescribeAnswer {
  try {
    return describePage(location.href, document, new Date(), {
      lesson: t('linkUntitledLesson'),
      class: t('linkUntitledClass'),
    });
  } catch (error) {
    // describePage is written not to throw; if Google's page still manages it, the note is simply unlinked.
    console.warn('[Tandem] Could not describe this page:', error);
    return null;
  }
}
