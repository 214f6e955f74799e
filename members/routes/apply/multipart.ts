/**
 * Reads the apply form (multipart/form-data) with busboy, streaming and with limits: at most 5
 * files of 10 MB, a few short fields. Nothing is written to disk here; an over-limit form is
 * reported (and the rest of it discarded as it arrives) rather than buffered without bound, and a
 * body announced or found to be larger than the whole form may be is not read at all.
 */
import busboy from 'busboy'
import type { Request } from 'express'

export const UPLOAD_LIMITS = { maxFiles: 5, maxFileBytes: 10 * 1024 * 1024, maxFields: 10, maxFieldBytes: 64 * 1024 }

/** Every file at its limit, plus the text fields and the multipart framing. */
export const MAX_BODY_BYTES = UPLOAD_LIMITS.maxFiles * UPLOAD_LIMITS.maxFileBytes + 1024 * 1024

export type UploadedFile = { name: string; data: Buffer }

export type FormProblem =
  | { kind: 'too-many-files' }
  | { kind: 'file-too-large'; name: string }
  | { kind: 'body-too-large' }
  | { kind: 'field-too-long'; field: string }
  | { kind: 'unreadable' }

export type ParsedForm = { fields: Record<string, string>; files: UploadedFile[]; problem: FormProblem | null }

export function parseMultipart(req: Request): Promise<ParsedForm> {
  return new Promise((resolve) => {
    const fields: Record<string, string> = {}
    const files: UploadedFile[] = []
    let problem: FormProblem | null = null
    let settled = false
    const report = (found: FormProblem) => {
      problem ??= found
      files.length = 0
    }
    const done = (found?: FormProblem) => {
      if (found) report(found)
      if (settled) return
      settled = true
      resolve({ fields, files: problem ? [] : files, problem })
    }

    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return done({ kind: 'body-too-large' })
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send file names as raw UTF-8 (한글 이름.pdf).
        defParamCharset: 'utf8',
        limits: {
          files: UPLOAD_LIMITS.maxFiles,
          fileSize: UPLOAD_LIMITS.maxFileBytes,
          fields: UPLOAD_LIMITS.maxFields,
          fieldSize: UPLOAD_LIMITS.maxFieldBytes,
          parts: UPLOAD_LIMITS.maxFiles + UPLOAD_LIMITS.maxFields,
        },
      })
    } catch {
      return done({ kind: 'unreadable' })
    }

    let received = 0
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > MAX_BODY_BYTES && !settled) {
        req.unpipe(parser)
        done({ kind: 'body-too-large' })
      }
    })
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) report({ kind: 'field-too-long', field: name })
      else if (!(name in fields)) fields[name] = value
    })
    parser.on('file', (_field, stream, info) => {
      // A file input left empty still sends a part, with no name and no bytes.
      if (!info.filename || problem) return void stream.resume()
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => {
        if (!problem) chunks.push(chunk)
      })
      stream.on('limit', () => report({ kind: 'file-too-large', name: info.filename }))
      stream.on('end', () => {
        if (!problem && !stream.truncated) files.push({ name: info.filename, data: Buffer.concat(chunks) })
      })
    })
    parser.on('filesLimit', () => report({ kind: 'too-many-files' }))
    parser.on('fieldsLimit', () => report({ kind: 'unreadable' }))
    parser.on('partsLimit', () => report({ kind: 'unreadable' }))
    parser.on('error', () => done({ kind: 'unreadable' }))
    parser.on('close', () => done())
    req.pipe(parser)
  })
}
