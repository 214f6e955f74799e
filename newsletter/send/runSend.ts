import type { Payload } from 'payload'
export type SendOutcome = { outcome: 'finished' | 'paused' | 'busy' | 'not-sendable' }
export async function runSend(_payload: Payload, _id: string | number): Promise<SendOutcome> {
  throw new Error('in progress')
}
