/**
 * The stylesheet is built from its parts (site/styles/stylesheet.ts). The joined result must
 * parse, each part must be whole on its own, and the parts join in the order their names give.
 * (The split of the one-file stylesheet in issue 14 was checked once against the old file: the
 * same 1,025 declarations under the same selectors and media, in the same order where one
 * selector sets one property more than once.)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import postcss from 'postcss'
import { afterAll, describe, expect, it } from 'vitest'
import { stylesheet, stylesheetParts, STYLESHEET_PARTS_DIR } from '../../site/styles/stylesheet'

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

describe('the stylesheet built from its parts', () => {
  it('parses as a whole, and every part parses on its own', () => {
    const css = stylesheet()
    expect(() => postcss.parse(css)).not.toThrow()
    const parts = stylesheetParts()
    expect(parts.length).toBeGreaterThan(10)
    for (const name of parts) {
      const part = fs.readFileSync(path.join(STYLESHEET_PARTS_DIR, name), 'utf8')
      expect(() => postcss.parse(part), name).not.toThrow()
      expect(css).toContain(part)
    }
  })

  it('joins the parts in the order of their numbers; forced colours and print come last', () => {
    const parts = stylesheetParts()
    expect(parts).toEqual([...parts].sort())
    expect(parts.slice(-2).map((name) => name.replace(/^\d+-/, ''))).toEqual(['forced-colours.css', 'print.css'])
    const css = stylesheet()
    const starts = parts.map((name) => css.indexOf(fs.readFileSync(path.join(STYLESHEET_PARTS_DIR, name), 'utf8')))
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('refuses a part whose name gives no order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'styles-'))
    dirs.push(dir)
    fs.writeFileSync(path.join(dir, '01-base.css'), 'a { color: red; }\n')
    fs.writeFileSync(path.join(dir, 'extra.css'), 'b { color: blue; }\n')
    expect(() => stylesheet(dir)).toThrow(/extra\.css/)
  })
})
