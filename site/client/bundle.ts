import path from 'node:path'
import { build } from 'esbuild'

// Relative to the repository root (every command runs there): this module is also bundled into
// the server, where import.meta.url no longer points into site/.
const ENTRY = path.resolve('site/client/search.ts')

/** Writes `${outDir}/assets/search.js`, the /programs/ search script, as one ES module. */
export async function bundleSearchClient(outDir: string): Promise<void> {
  await build({
    entryPoints: [ENTRY],
    outfile: path.join(outDir, 'assets', 'search.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    sourcemap: false,
    // Module scripts are always decoded as UTF-8; Hangul left as-is is half the size of \u escapes.
    charset: 'utf8',
    // The Pagefind bundle is generated next to the site at build time and imported at run time.
    external: ['/pagefind/pagefind.js'],
    logLevel: 'silent',
  })
}
