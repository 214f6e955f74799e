import type { Payload } from 'payload'
import { PayloadLedger } from './payloadLedger'
import { SqliteLedger } from './sqliteLedger'
import type { LedgerStore } from './types'

/** The fast SQLite ledger on SQLite, the portable one everywhere else (MongoDB). */
export function ledgerFor(payload: Payload, { portable = false } = {}): LedgerStore {
  return payload.db.name === 'sqlite' && !portable ? new SqliteLedger(payload) : new PayloadLedger(payload)
}

export type { DeliveryRow, Id, LedgerStore, Recipient, StatusCounts } from './types'
