import sharp from 'sharp'

/**
 * A card image without text (no CJK font is installed): a diagonal two-colour gradient with
 * a few soft circles, rendered from SVG by sharp. The same inputs give the same PNG bytes.
 */
export async function cardImage(colors: [string, string], variant = 0, size = 800): Promise<Buffer> {
  const circles = [0, 1, 2]
    .map((i) => {
      const r = size * (0.12 + 0.06 * ((i + variant) % 3))
      const cx = size * (0.2 + 0.3 * i)
      const cy = size * (0.75 - 0.25 * ((i + variant) % 3))
      return `<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${r.toFixed(0)}" fill="#ffffff" fill-opacity="0.18"/>`
    })
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${colors[0]}"/><stop offset="1" stop-color="${colors[1]}"/>
  </linearGradient></defs>
  <rect width="${size}" height="${size}" fill="url(#g)"/>${circles}
  <rect x="${size * 0.08}" y="${size * 0.08}" width="${size * 0.84}" height="${size * 0.1}" rx="${size * 0.02}" fill="#ffffff" fill-opacity="0.85"/>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
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
