import type { DateField, FieldHook, Validate } from 'payload'
import { dayToStoredInstant, parseCalendarDay } from '../../kernel/rules/dates'
import { msg } from '../../kernel/i18n/messages'

/** Stores any accepted input as noon in Seoul, so the calendar day is the same everywhere. */
export const storeAsSeoulDay: FieldHook = ({ value }) => {
  if (value == null || value === '') return value
  const parsed = parseCalendarDay(value)
  return parsed.ok ? dayToStoredInstant(parsed.day) : value
}

/** A day-only date field (YYYY-MM-DD in the admin) with Seoul-day storage. */
export function calendarDayField(name: string, label: Record<string, string>, validate: Validate, overrides: Partial<DateField> = {}): DateField {
  return {
    name,
    type: 'date',
    label,
    required: true,
    index: true,
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    validate,
    hooks: { beforeChange: [storeAsSeoulDay] },
    ...overrides,
  } as DateField
}

/** A real calendar day (no 2018-02-31), Korean message otherwise. */
export const validateCalendarDay: Validate = (value, { req, required }) => {
  if (value == null || value === '') return required ? req.t('validation:required') : true
  return parseCalendarDay(value).ok || msg(req, 'invalidDate')
}
