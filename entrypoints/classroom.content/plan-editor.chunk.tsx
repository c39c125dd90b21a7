import { render } from 'preact';
import { PLAN_BODY_PARTS, PlanEditor, type PlanEditorProps } from '@/components/lesson-plan/PlanEditor';
import { nextTask, whenIdle } from '@/utils/content/wait-for';
import { preloadMessages } from '@/utils/i18n';

/** The full plan in a lesson's panel, as the panel's chunk drives it (lesson-plan.chunk.tsx). */
export interface PlanEditorView {
  /** Renders the full plan with the panel's current state (the first time, a part per task). */
  update: (props: PlanEditorProps) => void;
  unmount: () => void;
}

/**
 * The full plan editor (issue 14: compiled only when a teacher opens it). A chunk of its own
 * (utils/build/lazy-chunks.ts) with its own copy of Preact, so it renders into the element the panel leaves
 * for it rather than as a child of the panel's tree; the panel hands it plain state and actions. The first
 * render builds the editor a part per task, so a slow machine never sees one long task.
 */
export function mountPlanEditor(host: HTMLElement, live: () => boolean): PlanEditorView {
  // This chunk has its own copy of the string cache (utils/i18n.ts), which the panel's chunk cannot fill: what
  // the lesson's notes say after an update, when the i18n API no longer answers, is cached here.
  whenIdle(() => preloadMessages(['lessonNotesInvalidated', 'retry']));
  let props: PlanEditorProps | null = null;
  let parts = 0;
  let growing = false;
  const paint = () => {
    if (!props) return;
    if (props.state.load === 'ready' && parts === 0) parts = 1;
    render(<PlanEditor {...props} bodyParts={parts} />, host);
    if (parts > 0 && parts < PLAN_BODY_PARTS && !growing) void grow();
  };
  const grow = async () => {
    growing = true;
    while (parts < PLAN_BODY_PARTS) {
      await nextTask();
      if (!live() || !props) return;
      parts++;
      paint();
    }
    performance.mark('tandem:panel:painted');
  };
  return {
    update(next) {
      props = next;
      paint();
    },
    unmount() {
      props = null;
      render(null, host);
    },
  };
}
