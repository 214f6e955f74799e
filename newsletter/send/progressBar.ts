import type { StatusCounts } from './ledger'
import { recipientsOf } from './issueRecord'

/** One line of progress for a terminal: bar, share done, counts, and throughput so far. */
/** `sentBefore`: what was already sent when this process started, so the rate is this run's. */
export function progressLine(counts: StatusCounts, elapsedMs: number, sentBefore = 0, width = 24): string {
  const total = recipientsOf(counts)
  const done = counts.sent + counts.failed + counts.unknown + counts.dropped
  const share = total === 0 ? 1 : done / total
  const filled = Math.round(share * width)
  const rate = elapsedMs > 0 ? (Math.max(0, counts.sent - sentBefore) / elapsedMs) * 1000 : 0
  const n = (value: number) => value.toLocaleString('ko-KR')
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ` +
    `${n(done)}/${n(total)} · 발송 ${n(counts.sent)} · 실패 ${n(counts.failed)} · 결과 불명 ${n(counts.unknown)} · 대기 ${n(counts.pending + counts.sending)} · ${rate.toFixed(0)}통/초`
}
