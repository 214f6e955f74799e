import type { TextareaField } from 'payload'
import { msg } from '../../cms/i18n/messages'
import { charCount, TEXT_LIMIT } from '../../cms/domain/programRules'

/** A textarea limited to `max` characters counted as a person counts them (한글 한 글자 = 1). */
export function limitedTextarea(name: string, labelText: Record<string, string>, overrides: Partial<TextareaField> = {}): TextareaField {
  const max = TEXT_LIMIT
  return {
    name,
    type: 'textarea',
    label: labelText,
    required: true,
    admin: { description: { ko: `${max}자 이내`, en: `At most ${max} characters` } },
    validate: (value, { req, required }) => {
      const count = charCount(value ?? '')
      if (required && count === 0) return req.t('validation:required')
      return count <= max ? true : msg(req, 'tooLong', { max, count })
    },
    ...overrides,
  } as TextareaField
}
