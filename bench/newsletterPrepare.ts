/**
 * Prepares one size of the newsletter benchmark in its data dir: the demo, `size` confirmed
 * subscribers, one issue per run (with card news and partner guides picked), and the raw side's
 * message: the same issue rendered and personalised once, with the same headers, as JSON.
 */
import fs from 'node:fs'
import path from 'node:path'

export async function prepare(dir: string, size: number, runs: number) {
  const started = Date.now()
  if (process.env.WINWINNURI_DATA_DIR !== dir) throw new Error('prepare: set WINWINNURI_DATA_DIR to the data dir before loading any project module')
  const { getPayload } = await import('payload')
  const { createConfig } = await import('../cms/config/createConfig')
  const { migrateDatabase } = await import('../cms/database/migrate')
  const { seedDemo } = await import('../seed/demo')
  const { loadIssueModel } = await import('../newsletter/render/model')
  const { renderIssue } = await import('../newsletter/render/renderIssue')
  const { recipientLinks } = await import('../newsletter/links')
  const { issueMessage } = await import('../newsletter/send/message')
  const { mailSettings } = await import('../newsletter/send/mailSettings')
  const payload = await getPayload({ config: createConfig({ databaseUri: `file:${dir}/bench.db`, secret: 'bench' }) })
  await migrateDatabase(payload)
  await seedDemo(payload)
  for (let i = 0; i < size; i++) {
    await payload.db.create({ collection: 'subscribers', data: { email: `reader-${i}@example.kr`, status: 'confirmed', confirmedAt: '2026-01-01T00:00:00.000Z' }, returning: false })
  }
  const recipients = (await payload.count({ collection: 'subscribers', where: { status: { equals: 'confirmed' } }, overrideAccess: true })).totalDocs
  const ids = async (collection: 'card-news' | 'partner-guides', where: Record<string, unknown>, limit: number) =>
    (await payload.find({ collection, where: where as never, limit, depth: 0, overrideAccess: true })).docs.map((doc) => doc.id)
  const cardNews = await ids('card-news', { status: { equals: 'published' } }, 3)
  const partnerGuides = await ids('partner-guides', { published: { equals: true } }, 2)
  const issues: (string | number)[] = []
  for (let run = 0; run < runs; run++) {
    const month = `2040-${String(run + 1).padStart(2, '0')}`
    const doc = await payload.create({ collection: 'newsletters', data: { issueMonth: month, title: `벤치마크 ${month} 상생누리 소식`, intro: '이달의 상생협력 소식입니다.', cardNews, partnerGuides } as never, overrideAccess: true })
    issues.push(doc.id)
  }
  const { siteUrl, from } = mailSettings(payload)
  const rendered = await renderIssue(await loadIssueModel(payload, issues[0], { siteUrl }), { variant: 'email' })
  const { to: _to, messageId: _id, ...message } = issueMessage({ issue: rendered, to: 'x@example.kr', from, links: recipientLinks(1, { siteUrl, secret: payload.secret }), messageId: '<x@x>' })
  const messageFile = path.join(dir, 'message.json')
  fs.writeFileSync(messageFile, JSON.stringify(message))
  await payload.destroy()
  return { dir, issues, messageFile, recipients, ms: Date.now() - started, htmlKiB: Math.round(rendered.html.length / 1024) }
}
