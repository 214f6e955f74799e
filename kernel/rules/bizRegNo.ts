/**
 * 사업자등록번호 (Korean business registration number): 10 digits, stored without dashes,
 * shown as 000-00-00000. The last digit is a checksum over the first nine.
 */
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5]

/** Strips dashes, spaces and anything else that is not a digit. */
export function normalizeBizRegNo(input: string): string {
  return String(input ?? '').replace(/\D/g, '')
}

/** The check digit for the first nine digits. */
export function bizRegNoCheckDigit(firstNine: string): number {
  if (!/^\d{9}$/.test(firstNine)) throw new RangeError('Nine digits expected')
  const digits = [...firstNine].map(Number)
  let sum = digits.reduce((acc, digit, i) => acc + digit * WEIGHTS[i], 0)
  sum += Math.floor((digits[8] * 5) / 10)
  return (10 - (sum % 10)) % 10
}

export type BizRegNoCheck = { ok: true; value: string } | { ok: false; reason: 'format' | 'checksum' }

/** Checks format and checksum; the value returned is the normalised 10-digit form. */
export function checkBizRegNo(input: string): BizRegNoCheck {
  const value = normalizeBizRegNo(input)
  if (!/^\d{10}$/.test(value)) return { ok: false, reason: 'format' }
  if (bizRegNoCheckDigit(value.slice(0, 9)) !== Number(value[9])) {
    return { ok: false, reason: 'checksum' }
  }
  return { ok: true, value }
}

/** 1248100998 → 124-81-00998 */
export function formatBizRegNo(value: string): string {
  const digits = normalizeBizRegNo(value)
  if (digits.length !== 10) return value
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
}

/** Completes nine digits into a valid number (used by the demo seed and the generator). */
export function completeBizRegNo(firstNine: string): string {
  return `${firstNine}${bizRegNoCheckDigit(firstNine)}`
}
