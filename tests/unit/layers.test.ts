/**
 * The layer order (.dependency-cruiser.cjs, README "Layers") is checked by `npm run lint:layers`
 * before the tests run. This shows the check can fail: an upward import, a type-only one and a
 * cycle between folders, each in a throw-away tree, are reported by the same configuration.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs')
const DEPCRUISE = path.join(ROOT, 'node_modules/.bin/depcruise')
const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

type Violation = { from: string; to: string; rule: { name: string } }

/** Cruises a tree of files (relative path → content) with the product's configuration. */
function cruise(files: Record<string, string>): Violation[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'))
  dirs.push(dir)
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', strict: true } }))
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  const folders = [...new Set(Object.keys(files).map((file) => file.split('/')[0]))]
  const result = spawnSync(DEPCRUISE, [...folders, '--config', CONFIG, '--output-type', 'json'], { cwd: dir, encoding: 'utf8' })
  return (JSON.parse(result.stdout) as { summary: { violations: Violation[] } }).summary.violations
}

describe('the layer rule', () => {
  it('passes imports that point down', { timeout: 60_000 }, () => {
    expect(cruise({
      'kernel/rules.ts': 'export const rule = 1\n',
      'views/card.ts': "import { rule } from '../kernel/rules'\nexport const card = rule\n",
      'cms/config.ts': "import { card } from '../views/card'\nexport const config = card\n",
    })).toEqual([])
  })

  it('reports an import from a folder above, type-only ones included', { timeout: 60_000 }, () => {
    const violations = cruise({
      'cms/config.ts': 'export type Config = { a: 1 }\nexport const config = 1\n',
      'kernel/rules.ts': "import { config } from '../cms/config'\nexport const rule = config\n",
      'newsletter/render.ts': "import type { Config } from '../cms/config'\nexport const render = (c: Config) => c\n",
    })
    expect(violations.map((v) => [v.from, v.to, v.rule.name]).sort()).toEqual([
      ['kernel/rules.ts', 'cms/config.ts', 'kernel-imports-only-below'],
      ['newsletter/render.ts', 'cms/config.ts', 'newsletter-imports-only-below'],
    ])
  })

  it('reports a cycle between two folders on the way up', { timeout: 60_000 }, () => {
    const violations = cruise({
      'site/a.ts': "import { b } from '../members/b'\nexport const a = () => b\n",
      'members/b.ts': "import { a } from '../site/a'\nexport const b = () => a\n",
    })
    expect(violations.map((v) => v.rule.name)).toContain('members-imports-only-below')
  })

  it('holds for the product as it is', () => {
    const output = execFileSync('npm', ['run', '--silent', 'lint:layers'], { cwd: ROOT, encoding: 'utf8' })
    expect(output).toMatch(/no dependency violations found/)
  }, 120_000)
})
