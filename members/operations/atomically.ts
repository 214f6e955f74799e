/**
 * Several Local API writes that stand or fall together (a new company and its first member; a
 * profile and its company). They share one `req` carrying a database transaction; Payload's
 * operations join it instead of opening their own. A failing operation rolls the transaction
 * back itself (its killTransaction), and so do we.
 *
 * MongoDB without a replica set has no transactions (the adapter starts none): there the
 * writes already made are undone one by one, newest first, with the `undo` each step registers.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

export type Undo = () => Promise<unknown>

export async function atomically<T>(
  payload: Payload,
  work: (req: PayloadRequest, onRollback: (undo: Undo) => void) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({}, payload)
  const transactional = await initTransaction(req)
  const undos: Undo[] = []
  try {
    const result = await work(req, (undo) => undos.push(undo))
    if (transactional && req.transactionID) await commitTransaction(req)
    return result
  } catch (error) {
    if (transactional) await killTransaction(req)
    else {
      for (const undo of undos.reverse()) {
        await undo().catch((undoError) => payload.logger.error({ err: undoError, msg: 'could not undo a write of a failed sign-up or profile save' }))
      }
    }
    throw error
  }
}
