import type { ClassroomRoute } from './urls';

// Real example URLs per page kind, in the style of github-url-detection: every URL here is checked against
// every predicate in urls.test.ts, so each belongs to exactly one kind. Sources: tests/fixtures/README.md
// (the fixture pages and the links inside them) and tests/fixtures/README.md A.1 (public extensions and scrapers). URLs
// marked "variant" are a real URL with only the account prefix, a trailing slash, a query or the padding changed.

export const exampleUrls: Record<ClassroomRoute['kind'] | 'none', string[]> = {
  home: [
    'https://classroom.google.com/u/0/h', // classroom-home.html
    'https://classroom.google.com/h', // GCR-Renamer HOME_REGEX
    'https://classroom.google.com/u/3/h', // variant
    'https://classroom.google.com/u/0/h/', // variant: trailing slash
    'https://classroom.google.com/h/st', // "Enrolled" filter (tests/fixtures/README.md A.1 [S])
    'https://classroom.google.com/u/1/h/st', // variant
  ],
  stream: [
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3', // classroom-stream.html
    'https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3', // variant
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/', // variant: trailing slash
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3?cjc=x7k2qpd', // variant: query (class code)
    'https://classroom.google.com/u/0/c/NzEyMzQ1Njc4OTAx', // course card link, classroom-home.html
    'https://classroom.google.com/u/0/c/NjU5ODc2NTQzMjEw', // course card link, classroom-home.html
    'https://classroom.google.com/c/Nzk0MDIwNzQyNzcx', // course 794020742771 (tests/fixtures/README.md A.1)
    'https://classroom.google.com/u/3/c/NTQ5NzUyNTc2NjJa', // 11-digit id + "Z" (tests/fixtures/README.md A.1 [S])
    'https://classroom.google.com/c/NTQ5NzUyNTc2NjI=', // variant: API alternateLink with `=` padding
  ],
  post: [
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/p/NjM4NjAxMDAwMDAx', // announcement 638601000001
    'https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3/p/NjM4NjAxMDAwMDAy/details', // timestamp link form
  ],
  details: [
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details', // classroom-assignment.html
    'https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details', // variant
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details/', // variant: trailing slash
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details#comments', // variant: hash
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/m/NjM4NjAwMTIzNDYz/details', // classwork row 1
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU5/details', // classwork row 3
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/sa/NjM4NjAwMTIzNDU4/details', // classwork row 4
    'https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3/sa/NjM4NjAwMTIzNDU4/details', // variant
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/mc/NjM4NjAwMTIzNDYw/details', // classwork row 5
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/m/NjM4NjAwMTIzNDU3/details', // classwork row 6
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDYy/details', // classwork row 7
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/m/NjM4NjAwMTIzNDYx/details', // classwork row 8
    // a test URL (tests/fixtures/README.md A.1)
    'https://classroom.google.com/u/3/c/NjcyOTEyOTk2Nzgx/m/NjkwNTE0Njc3NDA3/details',
  ],
  studentWork: [
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/submissions/by-status/and-sort-last-name/all',
    'https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/submissions/by-status/and-sort-name/all',
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/submissions/by-status/and-sort-first-name/all',
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/submissions/by-status/and-sort-first-name/all/all',
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/sa/NjM4NjAwMTIzNDU4/submissions/by-status/and-sort-last-name/all',
    // one student's work, a real URL (tests/fixtures/README.md A.1 [S])
    'https://classroom.google.com/u/3/c/NTQ5NzUyNTc2NjJa/a/MTIyNTAxNjE2Nzc1/submissions/by-status/and-sort-name/student/MTYzNzQ0Mzk4NjRa',
  ],
  gradebook: [
    'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/gb/sort-last-name', // Grades tab in the fixtures
    'https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3/gb/sort-last-name/default',
    'https://classroom.google.com/u/0/c/NzEyMzQ1Njc4OTAx/gb/sort-name',
  ],
  classwork: [
    'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all', // classroom-classwork.html
    'https://classroom.google.com/w/NzUwMzY0Mjk2OTY2/t/all', // real link (tests/fixtures/README.md A.1)
    'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all/', // variant: trailing slash
  ],
  topic: [
    'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/tc/NjM4NTk5MDAwMTAx', // classroom-topic.html
    'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/tc/NjM4NTk5MDAwMTAy', // "Lab Safety" topic link
    'https://classroom.google.com/w/NjM4NTk1MjQ3MTQ3/tc/NjM4NTk5MDAwMTAx', // variant
  ],
  people: [
    'https://classroom.google.com/u/0/r/NjM4NTk1MjQ3MTQ3/sort-last-name', // People tab in the fixtures
    'https://classroom.google.com/r/NzEyMzQ1Njc4OTAx/sort-last-name', // variant
  ],
  none: [
    'https://classroom.google.com/', // the root redirects to /h
    'https://classroom.google.com/u/0/ta/not-reviewed/all', // teacher "To review" (drawer link)
    'https://classroom.google.com/u/0/ta/reviewed/all',
    'https://classroom.google.com/u/0/a/not-turned-in/all', // student "To-do"
    'https://classroom.google.com/u/2/a/not-turned-in/all',
    'https://classroom.google.com/u/0/calendar/this-week/course/all', // Classroom's own calendar (drawer link)
    'https://classroom.google.com/u/0/calendar/this-week/course/638595247147',
    'https://classroom.google.com/u/0/c/638595247147', // raw numeric id: not a Classroom URL id
    'https://calendar.google.com/calendar/u/0/r/week/2025/9/15', // calendar-week.html
    'https://calendar.google.com/calendar/u/0/r/month/2025/9/1', // calendar-month.html
    'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Co-planning%3A%20Unit%204%20launch&dates=20250919T130000/20250919T140000&ctz=America/New_York&location=Room%20114',
    'https://docs.google.com/document/d/1FixtureLabTemplate/edit?usp=drive_web', // attachment link
    'https://drive.google.com/file/d/1FixtureRubricPdf/view?usp=drive_web', // attachment link
    'https://accounts.google.com/SignOutOptions?hl=en&continue=https://classroom.google.com/u/0/h',
    'https://classroom.google.com.evil.example/u/0/c/NjM4NTk1MjQ3MTQ3', // look-alike host
    'http://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3', // not https: Classroom never serves it
  ],
};
