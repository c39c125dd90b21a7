// Every DOM hook Tandem uses on Classroom, in one place. Only URL-independent *stable* hooks: data-*
// attributes, role and aria-*; never Classroom's minified class names (gHz6xd, tfGBod, …), which change
// between releases (tests/fixtures/README.md A.2 [C]). Confidence labels are those of tests/fixtures/README.md: [C] ≥2
// independent sources, [S] one source, [G] a guess (for us: the fixture's modelling). selectors.test.ts shows each one
// matching the fixtures in tests/fixtures. When Google changes a page: save a new fixture, watch that test fail, fix
// here.

/**
 * The page's main content area; kept across SPA navigation. [C] (tests/fixtures/README.md A.2). Empty classwork pages
 * may lack it [S].
 */
export const MAIN = '[role="main"]';

/** The top app bar, which names the course on course pages. role=banner is standard; the layout inside is [G]. */
export const BANNER = '[role="banner"]';

/** Course tabs (Stream, Classwork, People, Grades). They also link to the course stream, so are not a course name. [G] */
export const TAB = '[role="tab"]';

/**
 * The course-name link in the banner: its href is the course stream `/c/<courseToken>` and its first text line
 * is the course name (the second is the section). Readers also check the href's course id against the URL.
 * [G] in the fixtures, modelled on the old `#UGb2Qe` name element [S] (tests/fixtures/README.md A.4), which we do not
 * use.
 */
export const BANNER_COURSE_LINK = `${BANNER} a[href*="/c/"]:not(${TAB})`;

// ---- Home -----------------------------------------------------------------------------------------------

/**
 * One course card; `data-course-id` is the raw numeric id. [C] (tests/fixtures/README.md A.3). Count courses with this,
 * not links.
 */
export const COURSE_CARD = 'li[data-course-id]';

/** The card's course link (href has the URL id; text lines = name, section). [C] (tests/fixtures/README.md A.3) */
export const COURSE_CARD_LINK = `${COURSE_CARD} h2 a[href*="/c/"]`;

// ---- Stream, classwork and details: items ------------------------------------------------------------------

/**
 * Anything that belongs to a stream item, with the raw numeric id. [C] (tests/fixtures/README.md A.4, A.6). Not unique
 * per item: class-comment boxes and attachment blocks repeat their item's id, and stale views repeat whole headers.
 */
export const ITEM_HEADER = '[data-stream-item-id]';

/** Elements of one item, by its numeric id (digits only, so safe in a selector). */
export function itemById(itemId: string): string {
  return `[data-stream-item-id="${itemId.replace(/\D/g, '')}"]`;
}

/**
 * The item title on a details page: the `h1` inside the visible header whose id is the URL's. [C]
 * (tests/fixtures/README.md A.6)
 */
export const ITEM_TITLE = 'h1';

/**
 * A row or stub that is a lesson: it has a kind. Nested children repeat the id without the type. [C]
 * (tests/fixtures/README.md A.5)
 */
export const LIST_ROW = '[data-stream-item-id][data-stream-item-type]';

/** One classwork row (all topics). [C] (tests/fixtures/README.md A.5) */
export const CLASSWORK_ROW = `li${LIST_ROW}`;

/**
 * One row on a single-topic page `/w/<cid>/tc/<tid>`: rows are `div`, not `li`. [S] (tests/fixtures/README.md A.5, CQD
 * catalogue)
 */
export const TOPIC_PAGE_ROW = `div${LIST_ROW}`;

/** Announcement cards in the stream (not lessons). [S] (tests/fixtures/README.md A.4) */
export const ANNOUNCEMENT = '[data-stream-item-id][data-include-stream-item-materials="false"]';

/** Class-comment box of a post; it repeats the post's id. [S] (tests/fixtures/README.md A.4, A.6) */
export const CLASS_COMMENTS = '[data-type="2"][data-visibility="2"][data-stream-item-id]';

/**
 * A "new assignment / material / question" stub in the stream: typed, and neither an announcement nor a
 * comment box. [C] for the id, [S] for the type on stubs (tests/fixtures/README.md A.4).
 */
export const STREAM_ITEM_STUB = `${LIST_ROW}:not([data-include-stream-item-materials="false"]):not([data-type])`;

/**
 * The stub's JS link (no href); aria-label "<author> posted a new assignment: <title>". [S] (tests/fixtures/README.md
 * A.4), wording [G]
 */
export const STUB_LINK = '[role="link"][aria-label]';

/** The classwork row's expander; its aria-label is the item title. [C] (tests/fixtures/README.md A.5) */
export const ROW_TITLE = '[role="button"][aria-expanded][aria-label]';

/** A topic section and its header both carry the topic's numeric id. [C] (tests/fixtures/README.md A.5) */
export const TOPIC = '[data-topic-id]';

/**
 * A real link to an item page; only expanded rows and widgets such as "Upcoming" have one. [S]
 * (tests/fixtures/README.md A.4, A.5)
 */
export const DETAILS_LINK = 'a[href*="/details"]';

/** Attachment links; label "Attachment: PDF: x.pdf". [S] (tests/fixtures/README.md A.4) */
export const ATTACHMENT = 'a[aria-label^="Attachment"]';

// ---- Text hooks ------------------------------------------------------------------------------------------
// The due line ("Due Sep 19, 11:59 PM" / "No due date", tests/fixtures/README.md A.5/A.6 [S]; "Fecha de entrega: 19
// sept" in Spanish) is recognised by isDueLine and parsed in ./due-date.ts, in every language of ./due-words.ts.
export { isDueLine } from './due-date';

/** Separates the author part from the title in a stub's aria-label ("… posted a new material: Density Notes"). */
export const STUB_TITLE_SEPARATOR = ': ';
