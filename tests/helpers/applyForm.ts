/**
 * Posting the apply form (multipart/form-data, as a browser sends it) with a signed-in page
 * session, and counting what an application leaves behind: rows and files on disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'node-html-parser'
import type { Payload } from 'payload'
import type { PageResponse, PageSession } from './pageSession'

export type ApplyFile = { name: string; data: Buffer; type?: string }
export type ApplyFields = { phone?: string; answers?: string; consent?: boolean; files?: ApplyFile[] }

export const APPLY_PHONE = '010-1234-5678'

export function applyFormData({ phone = APPLY_PHONE, answers = '스마트공장 구축 지원을 신청합니다.', consent = true, files = [] }: ApplyFields): FormData {
  const form = new FormData()
  form.append('phone', phone)
  form.append('answers', answers)
  if (consent) form.append('consent', 'yes')
  for (const file of files) form.append('attachments', new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }), file.name)
  // A browser sends an empty part for a file input left empty.
  if (files.length === 0) form.append('attachments', new Blob([]), '')
  return form
}

export async function postApply(baseUrl: string, session: PageSession | null, urlPath: string, fields: ApplyFields | FormData): Promise<PageResponse> {
  const body = fields instanceof FormData ? fields : applyFormData(fields)
  const res = await fetch(`${baseUrl}${urlPath}`, {
    method: 'POST',
    body,
    // As a browser posts the apply page's own form: with the site's Origin.
    headers: { origin: new URL(baseUrl).origin, ...(session?.cookie ? { cookie: session.cookie } : {}) },
    redirect: 'manual',
  })
  const html = await res.text()
  return { status: res.status, location: res.headers.get('location'), html, doc: parse(html), setCookies: res.headers.getSetCookie() }
}

export const privateFilesDir = () => path.join(process.env.WINWINNURI_DATA_DIR!, 'private-files')

/** Everything an application writes: application rows, private-file rows, files on disk. */
export async function storedCounts(payload: Payload): Promise<{ applications: number; privateFiles: number; filesOnDisk: number }> {
  const dir = privateFilesDir()
  return {
    applications: (await payload.count({ collection: 'applications', overrideAccess: true })).totalDocs,
    privateFiles: (await payload.count({ collection: 'private-files', overrideAccess: true })).totalDocs,
    filesOnDisk: fs.existsSync(dir) ? fs.readdirSync(dir).length : 0,
  }
}
