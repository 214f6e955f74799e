/**
 * The text rules of kernel/rules/textRules.ts on every text, textarea and e-mail field of a
 * collection or global, wherever it sits (groups, arrays, rows, tabs, blocks): a maximum length
 * (the field's own `maxLength`, else the default for its kind) and the character rules, each
 * refused with a Korean message on the field, once the field's own validation (or Payload's
 * default for its type) has passed.
 *
 * Fields only the server writes (a delivery's SMTP answer, a newsletter's frozen HTML) say so
 * with `custom: { machineWritten: true }` and are left alone: they are not typed by people and
 * legitimately hold line breaks or long text.
 */
import type { Field, TextFieldValidation } from 'payload'
import { email as payloadEmail, text as payloadText, textarea as payloadTextarea } from 'payload/shared'
import { hasForbiddenCharacters, isTooLong, TEXT_DEFAULT_MAX, type TextKind } from '../../kernel/rules/textRules'
import { charCount } from '../../kernel/rules/programRules'
import { msg } from '../../kernel/i18n/messages'

type Validate = (value: unknown, options: Parameters<TextFieldValidation>[1]) => ReturnType<TextFieldValidation>

const PAYLOAD_DEFAULTS = { text: payloadText, textarea: payloadTextarea, email: payloadEmail } as unknown as Record<'text' | 'textarea' | 'email', Validate>

/** The label a message names: the field's Korean label, else its name. */
function labelOf(field: { name: string; label?: unknown }): string {
  const { label } = field
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'ko' in label && typeof (label as { ko: unknown }).ko === 'string') return (label as { ko: string }).ko
  return field.name
}

/** One validator: the field's own rule first (its message is the most specific), then characters, then length. */
export function textRuleValidate(kind: TextKind, max: number, label: string, own: Validate): Validate {
  return async (value, options) => {
    const answer = await own(value, options)
    if (answer !== true) return answer
    const values = Array.isArray(value) ? value : [value]
    for (const item of values) {
      if (typeof item !== 'string') continue
      if (hasForbiddenCharacters(item, kind)) return msg(options.req, 'controlCharacters', { field: label })
      if (isTooLong(item, max)) return msg(options.req, 'tooLong', { max, count: charCount(item) })
    }
    return true
  }
}

function withRules(field: Field): Field {
  if ('custom' in field && (field.custom as { machineWritten?: boolean } | undefined)?.machineWritten) return field
  if (field.type === 'text' || field.type === 'textarea' || field.type === 'email') {
    const max = ('maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : undefined) ?? TEXT_DEFAULT_MAX[field.type]
    // Payload's default validator would count maxLength in UTF-16 units (an emoji as 2): the
    // length is ours to count (textRuleValidate), so the default runs without it.
    const fallback = PAYLOAD_DEFAULTS[field.type]
    const own = (field.validate as unknown as Validate | undefined) ?? ((value: unknown, options: Parameters<Validate>[1]) => fallback(value, { ...options, maxLength: undefined } as never))
    const kind: TextKind = field.type === 'textarea' ? 'multi-line' : 'single-line'
    const validate = textRuleValidate(kind, max, labelOf(field), own)
    return { ...field, ...(field.type === 'email' ? {} : { maxLength: max }), validate } as Field
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withRules) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => (typeof block === 'string' ? block : { ...block, fields: block.fields.map(withRules) })) }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withRules) } as Field
  return field
}

/** A collection's or global's fields with the text rules on each text field (see above). */
export function withTextRules<T extends { fields: Field[] }>(config: T): T {
  return { ...config, fields: config.fields.map(withRules) }
}


export type TextFieldRow = { slug: string; path: string; label: string; kind: TextKind; max: number }

/** Every text field people type, with the maximum and kind the rules give it: the table of docs/SPEC.md. */
export function textFieldTable(configs: { slug: string; fields: Field[] }[]): TextFieldRow[] {
  const rows: TextFieldRow[] = []
  const walk = (slug: string, fields: Field[], prefix: string) => {
    for (const field of fields) {
      if ('custom' in field && (field.custom as { machineWritten?: boolean } | undefined)?.machineWritten) continue
      if (field.type === 'tabs') {
        for (const tab of field.tabs) walk(slug, tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix)
        continue
      }
      if (field.type === 'text' || field.type === 'textarea' || field.type === 'email') {
        const max = ('maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : undefined) ?? TEXT_DEFAULT_MAX[field.type]
        rows.push({ slug, path: `${prefix}${field.name}`, label: labelOf(field), kind: field.type === 'textarea' ? 'multi-line' : 'single-line', max })
        continue
      }
      if (field.type === 'blocks') continue
      if ('fields' in field && Array.isArray(field.fields)) walk(slug, field.fields, 'name' in field && field.name ? `${prefix}${field.name}.` : prefix)
    }
  }
  for (const config of configs) walk(config.slug, config.fields, '')
  return rows
}
