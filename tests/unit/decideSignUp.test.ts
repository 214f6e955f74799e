import { describe, expect, test } from 'vitest'
import { CONFIRMATION_INTERVAL_MS, decideSignUp, mayResendConfirmation } from '../../newsletter/subscribe/decideSignUp'

const now = new Date('2026-11-28T10:00:00+09:00')
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()
const MINUTE = 60_000

describe('what a sign-up does, by the state of the address', () => {
  test('a new address: create pending with the consent time, send the confirmation', () => {
    expect(decideSignUp(null, now)).toEqual({ write: 'create', consentedAt: now, storeDetails: true, sendConfirmation: true })
    expect(decideSignUp(undefined, now)).toMatchObject({ write: 'create', sendConfirmation: true })
  })

  test('pending, never mailed: stays pending, details stored, the confirmation goes (again)', () => {
    expect(decideSignUp({ status: 'pending', confirmationSentAt: null }, now)).toEqual({ write: 'update', status: 'pending', storeDetails: true, sendConfirmation: true })
  })

  test('pending, mailed 9 minutes ago: nothing is sent, the first consent time is kept', () => {
    const decision = decideSignUp({ status: 'pending', confirmationSentAt: ago(9 * MINUTE) }, now)
    expect(decision).toEqual({ write: 'update', status: 'pending', storeDetails: true, sendConfirmation: false })
    expect(decision).not.toHaveProperty('consentedAt')
  })

  test('pending, mailed 10 minutes ago or more: sent again', () => {
    expect(decideSignUp({ status: 'pending', confirmationSentAt: ago(10 * MINUTE) }, now)).toMatchObject({ sendConfirmation: true })
    expect(decideSignUp({ status: 'pending', confirmationSentAt: ago(3 * 24 * 60 * MINUTE) }, now)).toMatchObject({ sendConfirmation: true })
  })

  test('confirmed: nothing at all, however long ago anything was sent', () => {
    expect(decideSignUp({ status: 'confirmed', confirmationSentAt: ago(60 * MINUTE) }, now)).toEqual({ write: 'none', storeDetails: false, sendConfirmation: false })
    expect(decideSignUp({ status: 'confirmed' }, now)).toEqual({ write: 'none', storeDetails: false, sendConfirmation: false })
  })

  test('unsubscribed: back to pending with a new consent time, confirmation sent', () => {
    expect(decideSignUp({ status: 'unsubscribed', confirmationSentAt: ago(30 * 24 * 60 * MINUTE) }, now)).toEqual({
      write: 'update', status: 'pending', consentedAt: now, storeDetails: true, sendConfirmation: true,
    })
  })

  test('unsubscribed, but a confirmation went out 2 minutes ago: pending again, no second mail', () => {
    expect(decideSignUp({ status: 'unsubscribed', confirmationSentAt: ago(2 * MINUTE) }, now)).toMatchObject({ write: 'update', status: 'pending', sendConfirmation: false })
  })
})

describe('the 10-minute interval', () => {
  test('is 10 minutes', () => expect(CONFIRMATION_INTERVAL_MS).toBe(600_000))
  test('one millisecond short still blocks; the exact interval lets it through', () => {
    expect(mayResendConfirmation(ago(CONFIRMATION_INTERVAL_MS - 1), now)).toBe(false)
    expect(mayResendConfirmation(ago(CONFIRMATION_INTERVAL_MS), now)).toBe(true)
  })
  test('Date objects and strings alike; a missing or unreadable time never blocks', () => {
    expect(mayResendConfirmation(new Date(now.getTime() - MINUTE), now)).toBe(false)
    expect(mayResendConfirmation(undefined, now)).toBe(true)
    expect(mayResendConfirmation('not a date', now)).toBe(true)
  })
  test('a time in the future (the clock was set back) does not block for ever', () => {
    expect(mayResendConfirmation(new Date(now.getTime() + 60 * MINUTE), now)).toBe(true)
  })
})
