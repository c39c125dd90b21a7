import { isVisible } from '../visible';
import { ScrapedText, valid } from './scraped';
import { BANNER_COURSE_LINK, ITEM_TITLE, MAIN } from './selectors';
import { firstTextLine } from './text';
import { type ClassroomRoute, parseClassroomLink } from './urls';

// The course name on any course page. Classroom's URL and data attributes carry only ids, so the name has
// to come from text. Two hooks, both tied to the URL's course id so another course's name is never read:
//  1. the banner link whose href is this course's stream (`/c/<courseToken>`) [G: fixture header layout;
//     tests/fixtures/README.md A.4 only knows the old `#UGb2Qe` id [S], an internal id we do not key on]; its
//     first text line is the name, the second the section. Tabs link to the stream too and are excluded.
//  2. on the stream only, the course banner `h1` in the main area [G]. Elsewhere main's h1 is an item title.
// document.title is not used: it is the item title on details pages and "Classwork - <name>" [G] elsewhere.

/** The course name shown on the page, or null when no trusted hook shows it. Never throws. */
export function readCourseName(root: ParentNode, route: ClassroomRoute): string | null {
  if (!('courseId' in route)) return null;
  try {
    for (const link of root.querySelectorAll(BANNER_COURSE_LINK)) {
      if (!isVisible(link) || !linksToStream(link, route.courseId)) continue;
      const name = valid(ScrapedText, firstTextLine(link));
      if (name !== null) return name;
    }
    if (route.kind === 'stream') {
      const heading = [...root.querySelectorAll(`${MAIN} ${ITEM_TITLE}`)].find(isVisible);
      if (heading) return valid(ScrapedText, firstTextLine(heading));
    }
  } catch {
    // fall through: reported as missing
  }
  return null;
}

function linksToStream(link: Element, courseId: string): boolean {
  const target = parseClassroomLink(link.getAttribute('href'));
  return target?.kind === 'stream' && target.courseId === courseId;
}
