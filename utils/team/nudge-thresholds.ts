// When the Team page (issue 15) offers a gentle nudge: every threshold in this one place, each with the
// co-teaching guidance behind it. Nudges never block anything; they are worded as a suggestion.

/**
 * "One teach, one assist" (Tandem's Lead and roam) is the model co-teaching guidance says to use sparingly:
 * Friend & Cook (Interactions: Collaboration Skills for School Professionals) describe it as the easiest to plan
 * and the one that most easily turns the second adult into an aide; they advise it for a minority of lessons.
 * Nudge when it is the main model (half of the lesson or more) in at least LEAD_AND_ROAM_MIN of the last
 * LEAD_AND_ROAM_WINDOW lessons, and suggest Stations or Parallel teaching, the models that give both adults
 * instruction. Needs a full window: fewer lessons say nothing about a pattern.
 */
export const LEAD_AND_ROAM_WINDOW = 10;
export const LEAD_AND_ROAM_MIN = 8;

/**
 * Paraprofessionals and push-in educators as instructors: guidance on paraprofessional roles (e.g. Giangreco's
 * work on paraprofessional supports, and IDEA's expectation that they deliver instruction under a teacher's
 * plan) is that they should teach small groups under the teacher's plan, not only prepare materials or roam. Nudge
 * when an adult took part in at least NOT_LEADING_MIN_LESSONS lessons of the range and led in none of them
 * (utils/team/who-leads.ts): with fewer lessons, not leading yet is no pattern.
 */
export const NOT_LEADING_MIN_LESSONS = 4;

/**
 * Protected common planning time is the condition co-teaching most depends on (Friend & Cook; Murawski's
 * co-teaching guidance): lost time once is life, lost several weeks running is a pattern to bring to an
 * administrator. Nudge when planning minutes were lost in at least LOST_PLANNING_WEEKS consecutive weeks,
 * ending with the latest week that lost any, and say how many minutes.
 */
export const LOST_PLANNING_WEEKS = 3;

/**
 * Pulling the push-in partner to cover another class leaves the co-taught lesson with one adult and its plan
 * undone. Nudge when an adult lost at least COVERAGE_MINUTES_MONTH co-taught minutes to coverage in one month
 * (about three class periods): enough to change what students got, and worth saying to whoever schedules
 * coverage.
 */
export const COVERAGE_MINUTES_MONTH = 135;
