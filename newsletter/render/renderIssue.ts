/**
 * An issue as an e-mail (subject, HTML, plain text) or as its web edition page. Rendered once
 * per send (the e-mail carries placeholders for each reader's links, filled by personalise())
 * and once per site build (the web edition). Async because MJML 5 compiles asynchronously.
 */
import { compileMjml } from './compile'
import { issueMjml } from './issueTemplate'
import type { IssueModel } from './model'
import { issueText } from './text'
import type { IssueVariant } from './wording'

export { PLACEHOLDERS } from './personalise'
export type { IssueVariant }

export type RenderedIssue = { subject: string; html: string; text: string }

export async function renderIssue(model: IssueModel, opts: { variant: IssueVariant }): Promise<RenderedIssue> {
  const html = await compileMjml(issueMjml(model, opts.variant))
  // The subject is the issue's title as the editor wrote it (a header, not HTML: no escaping).
  return { subject: model.title, html, text: issueText(model, opts.variant) }
}
