/**
 * The states of one recipient's row in the send ledger (Ghost's batch state machine, per
 * recipient):
 *
 *   pending ──claim──▶ sending ──accepted──▶ sent
 *      ▲                  │ ├──permanent failure / attempts used up──▶ failed
 *      └──temporary failure (attempts left, after a back-off)──┘
 *   sending, found by a sender that starts after a crash ──▶ unknown
 *   unknown ──editor: resend──▶ pending      unknown ──editor: drop──▶ dropped
 *
 * A row is `sending` from just before its message is handed to SMTP until the answer is
 * recorded, so after a crash exactly the messages in flight are `unknown`, never re-sent
 * blindly.
 */
export const DELIVERY_STATUSES = [
  { value: 'pending', ko: '대기', en: 'Pending' },
  { value: 'sending', ko: '발송중', en: 'Sending' },
  { value: 'sent', ko: '발송완료', en: 'Sent' },
  { value: 'failed', ko: '실패', en: 'Failed' },
  { value: 'unknown', ko: '결과 불명', en: 'Unknown' },
  { value: 'dropped', ko: '제외', en: 'Dropped' },
] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']

