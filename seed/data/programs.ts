import { CASE_PROGRAMS } from './programs/cases'
import { FOUNDATION_PROGRAMS } from './programs/foundation'
import { GUIDE_TABLE_PROGRAMS } from './programs/guideTable'

/**
 * 프로그램 fixtures. Dates are offsets in days from "today" in Seoul, so the demo always shows
 * every 진행단계; titles are built from the resulting dates so they name the right period.
 * `stem` is the natural key within the business (a part of the title that never changes).
 */
export type { Period, ProgramFixture, ReviewTarget } from './programs/types'
import type { ProgramFixture } from './programs/types'

export const PROGRAMS: ProgramFixture[] = [...GUIDE_TABLE_PROGRAMS, ...CASE_PROGRAMS, ...FOUNDATION_PROGRAMS]
