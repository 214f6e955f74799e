/**
 * Images for e-mail. Mail clients show JPEG, PNG and GIF only (no AVIF/WebP, no <picture>),
 * so each image becomes one file: PNG when the source is PNG or has transparency (logos would
 * lose it as JPEG), JPEG otherwise (photos, card news), 1120 px wide for a 560 px slot so it
 * stays sharp on high-density screens.
 *
 * The files go to DATA_DIR/newsletter-images, served at /newsletter-images/ by server/server.ts.
 * They must outlive site builds and cache clean-ups: an e-mail is opened months after it was
 * sent. eleventy-img names each file by a hash of its content and options, so a name never
 * changes meaning and the server can cache them forever.
 */
import path from 'node:path'
import Image from '@11ty/eleventy-img'
import sharp from 'sharp'
import { DATA_DIR } from '../../kernel/settings/env'

export const EMAIL_IMAGE_ROUTE = '/newsletter-images'
export const EMAIL_IMAGE_URL_PATH = `${EMAIL_IMAGE_ROUTE}/`
/** The content column of the e-mail is 600 px with 20 px padding each side. */
export const EMAIL_IMAGE_SLOT = 560

export type EmailImage = { url: string; width: number; height: number; alt: string }

export const emailImageDir = (): string => path.join(DATA_DIR, 'newsletter-images')

async function formatFor(file: string): Promise<'png' | 'jpeg'> {
  const meta = await sharp(file).metadata()
  return meta.format === 'png' || meta.hasAlpha ? 'png' : 'jpeg'
}

/**
 * Writes (once; later calls find the hashed file) the e-mail version of `file`. `alt` is the
 * text that replaces the image; pass '' for a decorative image.
 */
export async function emailImage(file: string, opts: { alt: string; siteUrl: string; slot?: number }): Promise<EmailImage> {
  const format = await formatFor(file)
  const width = (opts.slot ?? EMAIL_IMAGE_SLOT) * 2
  const metadata = await Image(file, {
    widths: [width],
    formats: [format],
    outputDir: emailImageDir(),
    urlPath: EMAIL_IMAGE_URL_PATH,
    // Baseline JPEG: older Outlook shows a progressive one only once fully loaded.
    sharpJpegOptions: { quality: 80, progressive: false },
    sharpPngOptions: { compressionLevel: 9 },
  })
  const entry = (metadata as Record<string, { url: string; width: number; height: number }[] | undefined>)[format]?.[0]
  if (!entry) throw new Error(`소식지 이미지를 만들지 못했습니다: ${file}`)
  return { url: `${opts.siteUrl.replace(/\/$/, '')}${entry.url}`, width: entry.width, height: entry.height, alt: opts.alt }
}
