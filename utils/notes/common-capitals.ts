// Capitalised words that are not part of a student's name in a teacher's note. The privacy guard
// (./privacy.ts) ignores them, so "Station Rotation on Monday" or "Great Job today" is not mistaken for a
// full name. Lower case; compared case-insensitively. A word missing here only costs a gentle warning
// that the teacher can ignore; a name added here would hide a real one, so no common first names or
// surnames belong in this list (months stay, so "June Parker" is missed: a price paid for "May Assembly").

const CALENDAR = `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
christmas thanksgiving easter halloween hanukkah diwali eid ramadan kwanzaa passover juneteenth valentine
memorial labor labour veterans independence presidents mlk new year years eve spring summer fall autumn winter
break holiday holidays weekend morning afternoon evening today tomorrow yesterday tonight week weeks month year`;

// "I" alone is one letter (never a name word); its contractions are capitalised words.
const PRONOUNS_AND_FUNCTION_WORDS = `i'm i've i'd i'll im ive the a an and but or nor so yet if then than when while after before
during since until because also just only still even again next last first second third finally this that these those
there here we our ours us they them their he him his she her hers it its my me mine you your yours who whom whose what
which where why how all any some most many much more less few every each both either neither no not yes ok okay maybe
please thanks thank great good nice well very really so too lovely amazing awesome excellent fantastic wonderful super
perfect fine bad poor hard easy quick quickly overall today's let's let can could should would must might shall
did does do done is are was were be been being has have had get got going went go come came see saw look looked
remember remind reminder note notes idea ideas question questions check follow talk ask send share bring make need needs
try tried keep kept start started finish finished discuss plan plans planning agenda item items concern concerns
observation observations update updates fyi asap re per via from to for with without about into onto over under by at on
in of off out up down new old big small whole entire independent everyone everybody someone somebody anyone nobody`;

const SUBJECTS = `math maths mathematics english ela science sciences history social studies reading writing spelling phonics
grammar vocabulary literacy literature art arts music pe gym health biology chemistry physics algebra geometry calculus
statistics geography spanish french german chinese mandarin latin arabic japanese italian portuguese esl ell esol
computer computing coding technology stem steam band choir orchestra drama theatre theater economics civics government
earth life physical world us american european ancient modern religion ethics philosophy psychology sel`;

const SCHOOL = `school schools classroom class classes room rooms hall hallway library cafeteria office lab labs auditorium
playground field bus building wing campus portable annex lobby nurse front main north south east west upstairs
downstairs station stations rotation group groups table tables period periods block blocks unit units lesson lessons
chapter chapters section sections module modules quiz quizzes test tests exam exams assessment assessments project
projects homework worksheet worksheets warm warmup exit ticket tickets bell ringer review practice report reports essay
essays grade grades team teams advisory homeroom lunch recess assembly meeting meetings conference conferences parent
parents family families teacher teachers student students principal counselor counsellor para paras paraprofessional
sub substitute staff department district board pta pto open house trip day days semester term quarter trimester
goal goals rubric rubrics standard standards common core state national map iready dibels fountas pinnell lexia
words word problem problems slide slides notebook notebooks journal journals centre center centers centres
circle carpet morning meeting intervention enrichment reteach pre co coteaching teaching co-teaching support
accommodations accommodation modifications behavior behaviour chart charts data observe observed led lead leads
whole-group small-group one-to-one lead-and-roam parallel alternative`;

const PRODUCTS = `google classroom calendar docs doc slides sheets forms drive meet gmail chromebook chromebooks ipad ipads
zoom kahoot quizlet nearpod seesaw canvas desmos flipgrid padlet jamboard youtube microsoft teams word powerpoint excel
tandem`;

export const COMMON_CAPITALISED: ReadonlySet<string> = new Set(
  [CALENDAR, PRONOUNS_AND_FUNCTION_WORDS, SUBJECTS, SCHOOL, PRODUCTS].join(' ').split(/\s+/).filter(Boolean),
);

/** Titles before an adult's surname: "Ms Rivera", "Mr. Lee", "Dr Patel" name a colleague, not a student. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'dr',
  'prof',
  'coach',
  'sr',
  'sra',
  'srta',
  'mme',
  'mlle',
  'herr',
  'frau',
]);
