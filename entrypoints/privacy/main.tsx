import { render } from 'preact';
import privacyStatement from '../../PRIVACY.md?raw';
import { t } from '../../utils/i18n';
import { inlineRuns, type TextBlock, textBlocks } from './text-blocks';
import '../../components/ui/page.css';
import '../../components/ui/panel.css';
import './style.css';

// The privacy statement, shown from the options page ('Privacy statement' under Backup and data). PRIVACY.md
// at the repo root is the one source: it is bundled as a string and shown as text (never as HTML), so the
// page and the file a district reviewer reads cannot differ.
document.title = t('privacyPageTitle');

function Inline(props: { text: string }) {
  return (
    <>
      {inlineRuns(props.text).map((run, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the statement is fixed text, drawn once; nothing reorders
        run.code ? <code key={index}>{run.text}</code> : run.text,
      )}
    </>
  );
}

function Block(props: { block: TextBlock }) {
  const { block } = props;
  if (block.kind === 'heading') {
    const Heading = `h${block.level}` as const;
    return (
      <Heading>
        <Inline text={block.text} />
      </Heading>
    );
  }
  if (block.kind === 'paragraph')
    return (
      <p>
        <Inline text={block.text} />
      </p>
    );
  const List = block.ordered ? 'ol' : 'ul';
  return (
    <List>
      {block.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the statement is fixed text, drawn once; nothing reorders
        <li key={index}>
          <Inline text={item} />
        </li>
      ))}
    </List>
  );
}

const root = document.getElementById('app');
if (root)
  render(
    <article>
      {textBlocks(privacyStatement).map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the statement is fixed text, drawn once; nothing reorders
        <Block key={index} block={block} />
      ))}
    </article>,
    root,
  );
