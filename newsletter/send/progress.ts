import type { Payload } from 'payload'
import { recipientsOf } from './issueRecord'
import { ledgerFor, type Id } from './ledger'
import { findIssue } from './startSend'

const LIST_LIMIT = 100

/** What the admin's send panel and the CLI show: the issue's status and the ledger, live. */
export async function sendProgress(payload: Payload, id: Id) {
  const issue = await findIssue(payload, id)
  const ledger = ledgerFor(payload)
  const [counts, unknown, failed] = await Promise.all([ledger.counts(id), ledger.list(id, 'unknown', LIST_LIMIT), ledger.list(id, 'failed', LIST_LIMIT)])
  return {
    status: issue.status,
    sentAt: issue.sentAt ?? null,
    frozenAt: issue.frozen?.at ?? null,
    counts: { recipients: recipientsOf(counts), ...counts },
    unknown: unknown.map(({ id: rowId, email, claimedAt }) => ({ id: rowId, email, claimedAt })),
    failed: failed.map(({ id: rowId, email, error }) => ({ id: rowId, email, error })),
  }
}
