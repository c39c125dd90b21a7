// Every DOM hook Tandem uses on Google Calendar, in one place. Only stable hooks: data-* attributes, role and
// aria-*; never Calendar's minified class names (GTG3wb, XuJrye, …), which changed between 2019 and 2024 while
// these attributes stayed (tests/fixtures/README.md C.2). Confidence labels are those of tests/fixtures/README.md: [C]
// ≥2 independent sources, [S] one source, [G] a guess. Fixture counts (week / month) are checked in
// tests/unit/pages/calendar/selectors.test.ts; when Google changes a page: save a new fixture, watch that test fail,
// fix here.

/**
 * Carries the current view (`WEEK`, `MONTH`, …); updated slightly after the URL, so the URL wins. [C]
 * (tests/fixtures/README.md B.1) — 1 / 1
 */
export const VIEW_KEY = 'body[data-viewkey]';

// ---- Time grid (day, week, custom days) -------------------------------------------------------------------

/**
 * The grid of the shown period: its first and last day as datekeys. One per rendered period, so two while
 * a week-paging animation keeps the old week in the DOM (tests/fixtures/README.md B.3). [C] (calendar-plus, 2024 month
 * copy, idx:33317003652) — week 1 / month 1 (the side panel's mini month is a role=grid without keys).
 */
export const GRID = '[data-start-date-key][data-end-date-key]';

/**
 * One day column of the time grid; `data-datekey` is the day (datekey.ts), `data-column-index` its position.
 * The chips of timed events sit inside it. [C] (calendar-plus, 2019 DOM copy) — week 7 / month 0.
 */
export const DAY_COLUMN = '[role="gridcell"][data-column-index][data-datekey]';

/**
 * Any grid cell: in a week grid's all-day row the cells have no `data-column-index` (so they are not day
 * columns); month day cells have no `data-datekey`. [C] for role=gridcell — week 14 / month 35.
 */
export const GRIDCELL = '[role="gridcell"]';

/** A cell of the all-day row: a grid cell that is not a day column. [S] (calendar-plus parseDom) — week 7 / month 35 (unused there). */
export const ALL_DAY_CELL = `${GRIDCELL}:not([data-column-index])`;

/**
 * Rows of a grid: the all-day row in week view, one row per week in month view. [C] ARIA grid pattern —
 * week 8 / month 11, of which 5 are the side panel's mini month: readers only look for rows inside a grid.
 */
export const ROW = '[role="row"]';

/**
 * The date button in a week column header; same datekey as the column below it. Only a fallback for dating
 * all-day cells. [S] (idx:33754153224) — week 7 / month 0.
 */
export const COLUMN_HEADER_DATE = '[role="columnheader"] [data-datekey]';

// ---- Event chips (all views) ------------------------------------------------------------------------------

/**
 * The root of one event chip. Inner elements (the `.leOeGd` drag handle, task parts) repeat `data-eventid`
 * without `data-eventchip`, so a bare `[data-eventid]` over-counts; readers still dedupe by id.
 * [C] (2019 DOM copy, quick-duplicate fix of Feb 2025, idx:70368368959) — week 17 (of 32 `[data-eventid]`) / month 13.
 */
export const EVENT_CHIP = '[data-eventid][data-eventchip]';

// ---- Month view --------------------------------------------------------------------------------------------

/**
 * The day numbers of a month week row, one per day in display order; the only dated elements of the row
 * besides the click targets, because month day cells carry no datekey. [S] (2024 month copy idx:29534057676)
 * — week 0 / month 35.
 */
export const MONTH_DATE_NUMBER = 'h2[data-datekey]';

/**
 * The click-to-create targets of a month week row (`div.MGaLHf[data-datekey]`), also one per day: the
 * fallback when the day numbers do not line up with the cells. `:not([role])` keeps week-view day columns
 * out. [S] (2024 month copy) — week 0 / month 35.
 */
export const MONTH_DAY_TARGET = 'div[data-datekey]:not([role])';

/**
 * The filled button of an all-day (or multi-day) month chip; timed month chips show a colour dot on a
 * transparent button instead (tests/fixtures/README.md B.4: "all-day chips are filled"). [G] that the fill is always an
 * inline background-colour (true in the 2024 copy's chips and our fixture); only sets `allDay`, never the date.
 * — week 2 (the all-day row) / month 4.
 */
export const FILLED_STACKED_CHIP = '[data-stacked-layout-chip][style*="background-color"]';
