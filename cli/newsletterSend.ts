/**
 * npm run newsletter:send -- <YYYY-MM | id> [--test address]
 *
 * Sends an issue from the command line with a progress bar, in this process (the same runSend
 * the server's jobs queue uses, under the same lease, so it never sends alongside the server).
 * A draft is started; an issue already sending is resumed, or followed if another process owns
 * it. With --test, sends one test message instead. Exit code 0 when the issue ends sent.
 */
process.env.DISABLE_PAYLOAD_HMR = 'true'

import type { Payload } from 'payload'
import { recipientsOf } from '../newsletter/send/issueRecord'
import { ledgerFor, type Id, type StatusCounts } from '../newsletter/send/ledger'
import { progressLine } from '../newsletter/send/progressBar'
import { runSend } from '../newsletter/send/runSend'
import { sendProof } from '../newsletter/send/sendProof'
import { findIssue, startSend } from '../newsletter/send/startSend'
import { runCommand } from './command'

const doneShare = (c: StatusCounts) => (recipientsOf(c) ? (c.sent + c.failed + c.unknown + c.dropped) / recipientsOf(c) : 1)

const USAGE = 'usage: npm run newsletter:send -- <YYYY-MM | newsletter id> [--test address]'

async function issueId(payload: Payload, ref: string): Promise<Id> {
  if (/^\d{4}-\d{2}$/.test(ref)) {
    const { docs } = await payload.find({ collection: 'newsletters', where: { issueMonth: { equals: ref } }, depth: 0, limit: 1, overrideAccess: true })
    if (!docs[0]) throw new Error(`${ref} 소식지가 없습니다. 관리 화면에서 먼저 작성해 주세요.`)
    return docs[0].id
  }
  return (await findIssue(payload, ref)).id
}

/** Redraws one line on a terminal; elsewhere (a log file) prints a line per tenth done. */
function printer() {
  let lastDecile = -1
  return (line: string, share: number) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${line}\x1b[K`)
    else if (Math.floor(share * 10) > lastDecile) {
      lastDecile = Math.floor(share * 10)
      process.stderr.write(`${line}\n`)
    }
  }
}

runCommand({
  parse: (args) => {
    const testAt = args.indexOf('--test')
    const test = testAt >= 0 ? args.splice(testAt, 2)[1] : undefined
    if (args.length !== 1 || (testAt >= 0 && !test)) throw new Error(USAGE)
    return { ref: args[0], test }
  },
  run: async (payload, { ref, test }) => {
  const id = await issueId(payload, ref)
  if (test) {
    console.log(`테스트 메일을 ${await sendProof(payload, id, test)} 주소로 보냈습니다.`)
    return 0
  }
  const issue = await findIssue(payload, id)
  if (issue.status === 'draft' || issue.status === 'scheduled') {
    const started = await startSend(payload, id, undefined, { queue: false })
    if (started.status === 'scheduled') {
      console.log(`${started.sendAt}에 발송하도록 예약했습니다 (서버가 그 시각에 보냅니다).`)
      return 0
    }
  }
  const show = printer()
  const begun = Date.now()
  const ledger = ledgerFor(payload)
  const sentBefore = (await ledger.counts(id)).sent
  const draw = (counts: StatusCounts) => show(progressLine(counts, Date.now() - begun, sentBefore), doneShare(counts))
  for (;;) {
    const result = await runSend(payload, id, { onProgress: draw })
    if (result.outcome !== 'busy') break
    // Another process holds the lease (the server, or one that crashed and whose lease has not
    // run out yet): show its progress, and take over once the lease is free.
    draw(await ledger.counts(id))
    await new Promise((resolve) => setTimeout(resolve, 1000))
    if ((await findIssue(payload, id)).status !== 'sending') break
  }
  draw(await ledger.counts(id))
  process.stderr.write('\n')
  const final = await findIssue(payload, id)
  console.log(`${final.issueMonth} 「${final.title}」: ${final.status === 'sent' ? '발송 완료' : final.status === 'paused' ? '일시정지됨' : final.status}` +
    (final.counts?.unknown ? ` — 결과 불명 ${final.counts.unknown}명은 관리 화면에서 재발송하거나 제외하세요.` : ''))
  return final.status === 'sent' ? 0 : 1
  },
})
