import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const ENTRY = fileURLToPath(new URL('./search.ts', import.meta.url))

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
