/**
 * docs/SPEC.md "Text fields: lengths and characters" lists every text field people type with its
 * maximum and kind; the config (collections/fields/textRules.ts) must say the same, row for row.
 */
import fs from 'node:fs'
import { expect, test } from 'vitest'
import { collections } from '../../collections'
import { textFieldTable } from '../../collections/fields/textRules'
import { ReviewDigest } from '../../cms/globals/ReviewDigest'
import { SiteStatus } from '../../cms/globals/SiteStatus'

function specRows(): string[] {
  const spec = fs.readFileSync('docs/SPEC.md', 'utf8')
  const section = spec.slice(spec.indexOf('## Text fields: lengths and characters'))
  const table = section.slice(section.indexOf('| collection | field |'))
  const end = table.indexOf('\n\n')
  return table.slice(0, end).split('\n').slice(2).map((line) => line.trim())
}

test('the SPEC table of text maxima is the config', () => {
  const config = textFieldTable([...collections, SiteStatus, ReviewDigest] as never).map(
    (row) => `| \`${row.slug}\` | \`${row.path}\` | ${row.label} | ${row.kind} | ${row.max.toLocaleString('en')} |`,
  )
  expect(config.length).toBeGreaterThan(40)
  expect(specRows()).toEqual(config)
})
