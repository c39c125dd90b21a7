import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../utils/messaging/handlers';
import { freshDatabase } from '../db/test-db';

// Issue 15: the class summary's "How the team works" asks the background to open the Team page for its class
// (a Google page cannot open an extension page itself). Only that page, only for a class id.

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const classroomTab = { id: ID, url: 'https://classroom.google.com/u/0/c/x', tab: { id: 1 } };

function setup() {
  const opened: string[] = [];
  const handle = createMessageHandler({
    db: freshDatabase(),
    extensionId: ID,
    extensionOrigin: `chrome-extension://${ID}`,
    openPage: async (path) => {
      opened.push(path);
    },
  });
  const send = (payload: unknown) => handle({ tandem: 1, type: 'team.open', payload }, classroomTab);
  return { opened, send };
}

describe('team.open', () => {
  it('opens the Team page for the class', async () => {
    const { send, opened } = setup();
    expect(await send({ courseId: '638595247147' })).toEqual({ ok: true, data: null });
    expect(opened).toEqual(['/team.html?class=638595247147']);
  });

  it.each([
    ['a class id that is not one', { courseId: '../options.html' }],
    ['no class', {}],
    ['a page of its own choosing', { courseId: '638595247147', path: '/options.html' }],
  ])('refuses %s and opens nothing', async (_what, payload) => {
    const { send, opened } = setup();
    expect(await send(payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(opened).toEqual([]);
  });
});
