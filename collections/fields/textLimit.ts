import type { TextareaField } from 'payload'
import { msg } from '../../kernel/i18n/messages'
import { charCount, TEXT_LIMIT } from '../../kernel/rules/programRules'

/** A textarea limited to `max` characters counted as a person counts them (한글 한 글자 = 1), with a live counter. */
export function limitedTextarea(name: string, labelText: Record<string, string>, overrides: Partial<TextareaField> = {}): TextareaField {
  const max = TEXT_LIMIT
  return {
    name,
    type: 'textarea',
    label: labelText,
    required: true,
    maxLength: max,
    admin: {
      description: { ko: `${max}자 이내`, en: `At most ${max} characters` },
      // The live "12 / 200자" counter, counting as the validator below does.
      components: { afterInput: [{ path: '/admin/fields/CharacterCount#CharacterCount', clientProps: { max } }] },
    },
    validate: (value, { req, required }) => {
      const count = charCount(value ?? '')
      if (required && count === 0) return req.t('validation:required')
      return count <= max ? true : msg(req, 'tooLong', { max, count })
    },
    ...overrides,
  } as TextareaField
}
