/**
 * The site's one stylesheet, /assets/site.css, made at build time from its parts: one file per
 * component or concern in site/styles/parts/, joined in the order of their numbered names
 * (`NN-name.css`). The order is the cascade order: a later part wins over an earlier one at
 * equal specificity, so the base and layout come first and forced colours and print last. The
 * public site's build writes it (site/eleventy.config.ts); the member pages the server renders
 * link the same URL, served from the live build.
 *
 * The parts are read from disk on every build, not bundled: editing one needs a site rebuild,
 * not a rebuild of the admin (cli/build.mjs lists the folder in RUNTIME_FILES).
 */
import fs from 'node:fs'
import path from 'node:path'

export const STYLESHEET_URL = '/assets/site.css'
export const STYLESHEET_PARTS_DIR = path.resolve('site/styles/parts')

const PART_NAME = /^\d{2}-[a-z0-9-]+\.css$/

/** The part files in cascade order; a .css file not named `NN-name.css` is refused, not placed by guess. */
export function stylesheetParts(dir: string = STYLESHEET_PARTS_DIR): string[] {
  const names = fs.readdirSync(dir).filter((name) => name.endsWith('.css'))
  const misnamed = names.filter((name) => !PART_NAME.test(name))
  if (misnamed.length) throw new Error(`stylesheet parts must be named NN-name.css (two digits give the order): ${misnamed.join(', ')}`)
  return names.sort()
}

/** The whole stylesheet: the parts joined in order, one blank line between them. */
export function stylesheet(dir: string = STYLESHEET_PARTS_DIR): string {
  return stylesheetParts(dir)
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n')
}
