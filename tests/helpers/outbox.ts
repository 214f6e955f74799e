import fs from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'

/**
 * The parsed .eml messages a server without SMTP_URL wrote to <dataDir>/outbox for `address`,
 * waiting until at least `count` are there.
 */
export async function outboxTo(dataDir: string, address: string, { count = 1, timeoutMs = 20_000 } = {}): Promise<ParsedMail[]> {
  const dir = path.join(dataDir, 'outbox')
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort() : []
    const mails = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(dir, f)))))
    const mine = mails.filter((m) => m.to && [m.to].flat().some((to) => to.value.some((v) => v.address === address)))
    if (mine.length >= count) return mine
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`fewer than ${count} messages to ${address} in ${dir}`)
}
