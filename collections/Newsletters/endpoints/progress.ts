import { sendProgress } from '../../../newsletter/send/progress'
import { staffEndpoint } from './staff'

/** GET /api/newsletters/:id/progress — live counts from the ledger and the rows that need a decision. */
export const progressEndpoint = staffEndpoint('/:id/progress', 'get', async (req, id) =>
  Response.json(await sendProgress(req.payload, id), { headers: { 'Cache-Control': 'no-store' } }),
)
