import sharp from 'sharp'

/** What one card of a card-news story shows. */
export type CardFace = {
  /** the story's title, on the card's top band */
  title: string
  /** what this card says, in the middle */
  text: string
  /** 1-based position and the story's number of cards: "1 / 3" */
  index: number
  total: number
  /** the story's two brand colours (a gradient) */
  colors: [string, string]
}

/** The alt text of a card: its number and what it says (the story's title is the page's heading). */
export const cardAlt = (face: Pick<CardFace, 'text' | 'index' | 'total'>): string => `카드 ${face.index}/${face.total}: ${face.text}`

/** The font the cards are drawn in (Debian: fonts-noto-cjk; fontconfig substitutes elsewhere). */
const CARD_FONT = 'Noto Sans CJK KR'
const INK = '#1a1a1a'

/** Pango markup is XML: the card's own text must not be read as tags. */
const markup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Lines break between words only, as the site's `word-break: keep-all` does: Pango would break
 * inside a Hangul word (any two syllables may part), so the letters of each word are joined
 * with WORD JOINER (U+2060), which allows no break and draws nothing.
 */
const keepWords = (text: string) => text.split(' ').map((word) => [...word].join('\u2060')).join(' ')

type Block = { input: Buffer; width: number; height: number }

/** A block of wrapped text as a transparent PNG (Pango, through sharp), and its size; null for no text. */
async function textBlock(text: string, { size, width, color, weight = 'bold', align = 'left' }: { size: number; width: number; color: string; weight?: 'bold' | 'normal'; align?: 'left' | 'centre' }): Promise<Block | null> {
  if (!text.trim()) return null
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${color}" font_weight="${weight}">${markup(keepWords(text))}</span>`,
      font: `${CARD_FONT} ${size}px`,
      width,
      align,
      wrap: 'word',
      spacing: Math.round(size * 0.35),
      rgba: true,
    },
  }).png().toBuffer({ resolveWithObject: true })
  return { input: data, width: info.width, height: info.height }
}

/** The card's text in the largest of `sizes` that fits the box; cut at the box's foot if none does. */
async function fitted(text: string, sizes: number[], width: number, height: number): Promise<Block | null> {
  let block: Block | null = null
  for (const size of sizes) {
    block = await textBlock(text, { size, width, color: INK })
    if (!block || block.height <= height) return block
  }
  const input = await sharp(block!.input).extract({ left: 0, top: 0, width: block!.width, height }).png().toBuffer()
  return { input, width: block!.width, height }
}

/**
 * A demo card-news card that reads as one: the story's title on a dark band, the card's own text
 * large on a white panel, "상생누리 상생정보통" and the card's number at the foot, over the
 * story's brand gradient — an SVG ground with Pango text composited on it by sharp, then a
 * palette PNG. Same face, same bytes (on the same fonts), about 15 kB.
 */
export async function cardImage(face: CardFace, size = 800): Promise<Buffer> {
  const [from, to] = face.colors
  const pad = Math.round(size * 0.07)
  const band = Math.round(size * 0.2)
  const foot = Math.round(size * 0.12)
  const panel = { x: pad, y: band + pad / 2, w: size - pad * 2, h: size - band - foot - pad }
  const circles = [0, 1, 2]
    .map((i) => {
      const r = size * (0.12 + 0.06 * ((i + face.index) % 3))
      const cx = size * (0.2 + 0.3 * i)
      const cy = size * (0.75 - 0.25 * ((i + face.index) % 3))
      return `<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${r.toFixed(0)}" fill="#ffffff" fill-opacity="0.16"/>`
    })
    .join('')
  const ground = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
  </linearGradient></defs>
  <rect width="${size}" height="${size}" fill="url(#g)"/>${circles}
  <rect width="${size}" height="${band}" fill="#000000" fill-opacity="0.45"/>
  <rect y="${size - foot}" width="${size}" height="${foot}" fill="#000000" fill-opacity="0.45"/>
  <rect x="${panel.x}" y="${panel.y}" width="${panel.w}" height="${panel.h}" rx="${Math.round(size * 0.03)}" fill="#ffffff" fill-opacity="0.95"/>
</svg>`

  const title = await textBlock(face.title, { size: Math.round(size * 0.04), width: size - pad * 2, color: '#ffffff' })
  const body = await fitted(face.text, [0.052, 0.044, 0.036, 0.03].map((f) => Math.round(size * f)), panel.w - pad * 2, panel.h - pad)
  const brand = await textBlock('상생누리 상생정보통', { size: Math.round(size * 0.03), width: size / 2, color: '#ffffff' })
  const number = await textBlock(`${face.index} / ${face.total}`, { size: Math.round(size * 0.036), width: size / 4, color: '#ffffff' })
  const middle = (box: number, content: number) => Math.max(0, Math.round((box - content) / 2))
  const place = (block: Block | null, left: (b: Block) => number, top: (b: Block) => number) => (block ? [{ input: block.input, left: left(block), top: top(block) }] : [])
  return sharp(Buffer.from(ground))
    .composite([
      ...place(title, () => pad, (b) => middle(band, b.height)),
      ...place(body, () => panel.x + pad, (b) => panel.y + middle(panel.h, b.height)),
      ...place(brand, () => pad, (b) => size - foot + middle(foot, b.height)),
      ...place(number, (b) => size - pad - b.width, (b) => size - foot + middle(foot, b.height)),
    ])
    // 64 colours without dithering: a third of the bytes, and the text stays crisp.
    .png({ palette: true, colours: 64, dither: 0, compressionLevel: 9 })
    .toBuffer()
}

/**
 * A demo company logo without text: a rounded mark in two colours derived from the company's
 * key, so each company keeps the same logo across seeds.
 */
export async function logoImage(key: string, width = 320, height = 160): Promise<Buffer> {
  let hash = 0
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  const hue = hash % 360
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#ffffff"/>
  <circle cx="${height / 2}" cy="${height / 2}" r="${height * 0.36}" fill="hsl(${hue}, 62%, 38%)"/>
  <rect x="${height * 0.32}" y="${height * 0.44}" width="${height * 0.36}" height="${height * 0.12}" rx="${height * 0.06}" fill="#ffffff"/>
  <rect x="${height * 1.05}" y="${height * 0.34}" width="${width - height * 1.25}" height="${height * 0.12}" rx="${height * 0.06}" fill="hsl(${hue}, 30%, 30%)"/>
  <rect x="${height * 1.05}" y="${height * 0.54}" width="${(width - height * 1.25) * 0.65}" height="${height * 0.1}" rx="${height * 0.05}" fill="hsl(${(hue + 40) % 360}, 55%, 45%)"/>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
