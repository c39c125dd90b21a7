import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineRuns, textBlocks } from '../../../entrypoints/privacy/text-blocks';
import { projectRoot } from '../source-files';

describe('the privacy page reads PRIVACY.md into text blocks', () => {
  it('finds headings, paragraphs, lists and their continuation lines', () => {
    const blocks = textBlocks('# Title\n\nOne\nparagraph.\n\n## Part\n\n- first\n  continued\n- second\n1. numbered\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'One paragraph.' },
      { kind: 'heading', level: 2, text: 'Part' },
      { kind: 'list', ordered: false, items: ['first continued', 'second'] },
      { kind: 'list', ordered: true, items: ['numbered'] },
    ]);
  });

  it('keeps code apart, drops bold markers, and leaves anything HTML-looking as plain characters', () => {
    expect(inlineRuns('Ask for **no** `tabs` <b>x</b>')).toEqual([
      { code: false, text: 'Ask for no ' },
      { code: true, text: 'tabs' },
      { code: false, text: ' <b>x</b>' },
    ]);
  });

  it('the real statement starts with its title and has the sections a district reviewer looks for', () => {
    const blocks = textBlocks(readFileSync(join(projectRoot, 'PRIVACY.md'), 'utf8'));
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Tandem privacy statement' });
    const sections = blocks.flatMap((block) => (block.kind === 'heading' && block.level === 2 ? [block.text] : []));
    expect(sections).toEqual(
      expect.arrayContaining([
        'What Tandem stores',
        'Where it is stored',
        'Who can see it',
        'Nothing is collected or sent',
        'Permissions, and why each is needed',
        'Deleting data',
        'Backups and partner files',
      ]),
    );
  });
});
