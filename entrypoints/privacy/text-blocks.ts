// PRIVACY.md read into headings, paragraphs and list items, so the privacy page can show it as text. Only
// what PRIVACY.md uses is understood (`#` headings, `- ` and `1. ` items, paragraphs, `code` and **bold**);
// everything else stays as written. Nothing here makes HTML: the page renders each block's text with Preact.

export type TextBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const ITEM = /^(-|\d+\.)\s+(.*)$/;

export function textBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ kind: 'list', ...list });
    list = undefined;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (line === '') {
      endParagraph();
      endList();
    } else if (heading) {
      endParagraph();
      endList();
      blocks.push({ kind: 'heading', level: heading[1]?.length as 1 | 2 | 3, text: heading[2] ?? '' });
    } else if (item) {
      endParagraph();
      const ordered = item[1] !== '-';
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(item[2] ?? '');
    } else if (list && raw.startsWith(' ')) {
      // An item's continuation line (indented under it).
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}

/** A line's text in runs: `code` runs apart from the rest; **bold** markers dropped (the words stay). */
export function inlineRuns(text: string): Array<{ code: boolean; text: string }> {
  return text
    .split('`')
    .map((part, index) => ({ code: index % 2 === 1, text: index % 2 === 1 ? part : part.replaceAll('**', '') }))
    .filter((run) => run.text !== '');
}
