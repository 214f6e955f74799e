import type { Field } from 'payload'

/** A named data field (text, relationship, …) found in a document's data, with its dotted path. */
export type FieldValue = { field: Field & { name: string }; value: unknown; path: string }

/**
 * Every named non-container field of `fields` that has a value in `data`, wherever it sits:
 * groups and named tabs (nested objects), arrays (each row, `cards.1.alt`), rows, collapsibles
 * and unnamed tabs (same level). Used by the hooks that check what a request sent before any
 * other hook reads it.
 */
export function fieldValues(data: unknown, fields: Field[], prefix = ''): FieldValue[] {
  if (!data || typeof data !== 'object') return []
  const record = data as Record<string, unknown>
  const found: FieldValue[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) found.push(...('name' in tab && tab.name ? fieldValues(record[tab.name], tab.fields, `${prefix}${tab.name}.`) : fieldValues(record, tab.fields, prefix)))
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) found.push(...fieldValues(record, field.fields, prefix))
      continue
    }
    const value = record[field.name]
    if (value === undefined || value === null) continue
    const path = `${prefix}${field.name}`
    if (field.type === 'group') found.push(...fieldValues(value, field.fields, `${path}.`))
    else if (field.type === 'array' && Array.isArray(value)) value.forEach((row, i) => found.push(...fieldValues(row, field.fields, `${path}.${i}.`)))
    else found.push({ field: field as Field & { name: string }, value, path })
  }
  return found
}
