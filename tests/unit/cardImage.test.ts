/**
 * The demo's card-news cards (seed/lib/images.ts): drawn with what the card says, the story's
 * title and the card's number — not blank — the same bytes for the same card, and small.
 */
import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { CARD_NEWS } from '../../seed/data/cardNews'
import { cardAlt, cardImage, type CardFace } from '../../seed/lib/images'

const FACE: CardFace = {
  title: '두산중공업 직무교육, 현장 맞춤형 기술교육을 무료로',
  text: '생산계획수립, 원자력 품질보증실무 등 현장 맞춤형 교육을 무료로 지원합니다',
  index: 2,
  total: 3,
  colors: ['#005eb8', '#00a3e0'],
}

/** Share of pixels in a region (fractions of the side) darker than `below` (0–255 luminance), or lighter than `above`. */
async function share(png: Buffer, region: { left: number; top: number; width: number; height: number }, test: (luma: number) => boolean): Promise<number> {
  const { width } = await sharp(png).metadata()
  const px = (f: number) => Math.round(f * width!)
  const { data, info } = await sharp(png)
    .extract({ left: px(region.left), top: px(region.top), width: px(region.width), height: px(region.height) })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true })
  let hits = 0
  for (const value of data) if (test(value)) hits++
  return hits / (info.width * info.height)
}

/** The white panel in the middle, where the card's text is. */
const PANEL = { left: 0.15, top: 0.3, width: 0.7, height: 0.45 }
/** The dark band at the top, where the story's title is. */
const TITLE_BAND = { left: 0.07, top: 0.03, width: 0.86, height: 0.14 }
/** The right end of the foot, where "2 / 3" is. */
const NUMBER = { left: 0.75, top: 0.89, width: 0.2, height: 0.1 }

describe('cardImage', () => {
  test('an 800 px square PNG of a few kilobytes, the same bytes every time', async () => {
    const [a, b] = [await cardImage(FACE), await cardImage({ ...FACE })]
    expect(a.equals(b)).toBe(true)
    const meta = await sharp(a).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 800, 800])
    expect(a.length).toBeLessThan(40_000)
  })

  test('the card’s text is drawn on the panel: dark ink there, none without text', async () => {
    const ink = (luma: number) => luma < 100
    const written = await share(await cardImage(FACE), PANEL, ink)
    const empty = await share(await cardImage({ ...FACE, text: '' }), PANEL, ink)
    expect(empty).toBe(0)
    expect(written).toBeGreaterThan(0.03)
    expect(written).toBeLessThan(0.5)
  })

  test('the title and the card number are drawn in white on the dark bands', async () => {
    const white = (luma: number) => luma > 230
    const card = await cardImage(FACE)
    expect(await share(card, TITLE_BAND, white)).toBeGreaterThan(0.02)
    expect(await share(await cardImage({ ...FACE, title: '' }), TITLE_BAND, white)).toBe(0)
    expect(await share(card, NUMBER, white)).toBeGreaterThan(0.01)
    const other = await cardImage({ ...FACE, index: 3 })
    expect(other.equals(card)).toBe(false)
  })

  test('text that looks like markup is drawn as text', async () => {
    const card = await cardImage({ ...FACE, text: '<b>협약</b> & "동반성장" <span foreground="red">' })
    expect(await share(card, PANEL, (luma) => luma < 100)).toBeGreaterThan(0.01)
  })

  /** No ink in the panel's right margin, nor between the panel and the foot. */
  const staysInPanel = async (card: Buffer, label: string) => {
    const ink = (luma: number) => luma < 100
    expect(await share(card, { left: 0.865, top: 0.24, width: 0.06, height: 0.6 }, ink), `${label}: right margin`).toBe(0)
    expect(await share(card, { left: 0.07, top: 0.85, width: 0.86, height: 0.025 }, ink), `${label}: below the panel`).toBe(0)
  }

  test('every demo card’s text stays inside the white panel', async () => {
    for (const story of CARD_NEWS) {
      for (const [i, text] of story.cards.entries()) {
        await staysInPanel(await cardImage({ title: story.title, text, index: i + 1, total: story.cards.length, colors: story.colors }), `${story.slug} ${i + 1}`)
      }
    }
  })

  test('a text too long for the panel is drawn smaller, and never past it', async () => {
    const long = await cardImage({ ...FACE, text: '상생협력 프로그램 안내 문구 '.repeat(40) })
    await staysInPanel(long, 'long text')
    expect(await share(long, PANEL, (luma) => luma < 100)).toBeGreaterThan(0.05)
  })
})

test('cardAlt: the card’s number and what it says', () => {
  expect(cardAlt(FACE)).toBe('카드 2/3: 생산계획수립, 원자력 품질보증실무 등 현장 맞춤형 교육을 무료로 지원합니다')
})
