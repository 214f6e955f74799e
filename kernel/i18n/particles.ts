import { josa, numberToHangul } from 'es-hangul'

/**
 * The particles (조사) whose form depends on the word before them. es-hangul's josa() picks the
 * form from the last syllable's final consonant (받침): 한빛정밀이, 두산중공업이, 사업을, 서울로.
 */
export type Particle = Parameters<typeof josa>[1]

/**
 * `word` with the particle its ending calls for. A trailing number is read as Korean first
 * (2026 → 이천이십육 → "2026이"); a name that ends in Latin letters is left to es-hangul's
 * reading (no 받침: "LG가"). Never write 이(가) in a message: call this.
 */
export function withParticle(word: string, particle: Particle): string {
  const text = word.trim()
  if (!text) return text
  const reading = text.replace(/\d{1,15}$/, (digits) => numberToHangul(Number(digits)))
  return text + josa(reading, particle).slice(reading.length)
}

/** Just the particle for `word` (to place after markup that wraps the word). */
export function particleFor(word: string, particle: Particle): string {
  const text = word.trim()
  return withParticle(text, particle).slice(text.length)
}
