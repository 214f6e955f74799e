import type { PayloadRequest, TextFieldSingleValidation, Validate } from 'payload'
import { kstToday } from '../../kernel/rules/dates'
import { checkProgramDates, titleNamesPeriod, type DateProblem, type ProgramDates } from '../../kernel/rules/programRules'
import { msg, type MessageKey } from '../../kernel/i18n/messages'

const PROBLEM_MESSAGES: Record<DateProblem['code'], (field: string) => MessageKey> = {
  'invalid-date': () => 'invalidDate',
  'end-before-start': (field) => (field === 'applyEnd' ? 'applyEndBeforeStart' : 'supportEndBeforeStart'),
  'already-ended': () => 'alreadyEnded',
}

/** The day a program counts as registered: today in Seoul, or a historical day a trusted import sets. */
function registrationDay(req: PayloadRequest): string {
  const day = req.context?.registeredOn
  return typeof day === 'string' ? day : kstToday()
}

/** One validator per date field, each reporting the problems that belong to it. */
export const validateProgramDate =
  (field: keyof ProgramDates): Validate =>
  (value, { siblingData, req, operation, required }) => {
    if (value == null || value === '') return required ? req.t('validation:required') : true
    const dates = { ...(siblingData as ProgramDates), [field]: value }
    const registeredOn = operation === 'create' ? registrationDay(req) : undefined
    const problem = checkProgramDates(dates, registeredOn).find((p) => p.field === field)
    return problem ? msg(req, PROBLEM_MESSAGES[problem.code](field)) : true
  }

export const validateTitle: TextFieldSingleValidation = (value, { req }) => {
  if (!value?.trim()) return req.t('validation:required')
  return titleNamesPeriod(value) ? true : msg(req, 'titleNeedsPeriod')
}
