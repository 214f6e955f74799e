/**
 * The client's IP as the Express server saw it on the socket. Next's route handlers only see
 * headers, so cms/server.ts writes this header on every request it hands to Next, overwriting
 * whatever the client sent under the same name; nothing else may be trusted for it.
 */
import type { PayloadRequest } from 'payload'

export const CLIENT_IP_HEADER = 'x-winwinnuri-client-ip'

/** The key a per-client limit counts under; 'unknown' when no server set the header (tests). */
export function clientKey(req: Pick<PayloadRequest, 'headers'>): string {
  return req.headers.get(CLIENT_IP_HEADER)?.trim() || 'unknown'
}
