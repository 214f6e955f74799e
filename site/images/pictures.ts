/**
 * Logos and card images through @11ty/eleventy-img: AVIF and WebP with the original format as
 * the fallback, width and height set, lazy loading, alt text from the CMS.
 *
 * Encoding AVIF is the slowest step of a build, so the files go to a cache folder that outlives
 * builds (eleventy-img skips a file whose hashed name already exists there); each build then
 * links the files it used into its own output, keeping every build folder self-contained.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import Image from '@11ty/eleventy-img'
import type { SiteImage } from '../data/schema'

export const IMAGE_URL_PATH = '/img/'

export type PictureOptions = { widths: (number | 'auto')[]; sizes: string; className?: string; eager?: boolean }

export class Pictures {
  private readonly used = new Set<string>()

  constructor(private readonly cacheDir: string) {}

  async html(image: SiteImage, { widths, sizes, className, eager }: PictureOptions): Promise<string> {
    const metadata = await Image(image.file, {
      widths,
      formats: ['avif', 'webp', 'auto'],
      outputDir: this.cacheDir,
      urlPath: IMAGE_URL_PATH,
      // effort 2 encodes several times faster than the default 4 for a slightly larger file; a
      // first build (a fresh install) would otherwise spend most of its time here.
      sharpAvifOptions: { quality: 55, effort: 2 },
    })
    for (const format of Object.values(metadata)) for (const entry of format ?? []) this.used.add(path.basename(entry.outputPath))
    return Image.generateHTML(metadata, {
      alt: image.alt,
      sizes,
      loading: eager ? 'eager' : 'lazy',
      decoding: 'async',
      ...(className ? { class: className } : {}),
    })
  }

  /** Hard-links (or copies, across file systems) the images this build used into its output. */
  async publish(outputDir: string): Promise<number> {
    const target = path.join(outputDir, IMAGE_URL_PATH)
    await fs.mkdir(target, { recursive: true })
    for (const name of this.used) {
      const from = path.join(this.cacheDir, name)
      const to = path.join(target, name)
      await fs.link(from, to).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return
        await fs.copyFile(from, to)
      })
    }
    return this.used.size
  }
}
