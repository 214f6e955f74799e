import fs from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { fileCheckMessage } from '../../members/applications/messages'
import { checkFileKind, extensionOf, FILE_KINDS } from '../../kernel/rules/fileKind'

/**
 * Payload's own sniffer calls HWP an OLE compound file and HWPX a zip, so an upload collection
 * that takes them must list those two types — and this hook then decides, by content and
 * extension, which OLE/zip files really are HWP/HWPX/DOCX/XLSX/PPTX before Payload sees them.
 */
export const CONTAINER_MIME_TYPES = ['application/x-cfb', 'application/zip']

const ATTACHMENT_EXTENSIONS = new Set<string>(Object.values(FILE_KINDS).flatMap((kind) => kind.extensions))
const CONTAINER_MAGIC = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0xd0, 0xcf, 0x11, 0xe0])]

/**
 * Whatever the client (a site form, REST, the admin), an upload must be what its name says: the
 * attachment kinds (PDF, JPG, PNG, HWP, HWPX, DOCX, XLSX, PPTX) are checked by content and stored
 * with the MIME type the content shows. `otherImages` (e.g. webp, svg for logos) are left to
 * Payload's own check, except that an OLE or zip container is never one of them.
 */
export function checkUploadContent({ otherImages = [] }: { otherImages?: readonly string[] } = {}): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const data = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : Buffer.alloc(0)
    const extension = extensionOf(file.name)
    if (otherImages.includes(extension) && !ATTACHMENT_EXTENSIONS.has(extension)) {
      if (!CONTAINER_MAGIC.some((magic) => data.subarray(0, magic.length).equals(magic))) return args
      throw new APIError(fileCheckMessage(req, file.name, { ok: false, reason: 'unsupported' }), 400, undefined, true)
    }
    const check = checkFileKind(file.name, data)
    if (!check.ok) throw new APIError(fileCheckMessage(req, file.name, check), 400, undefined, true)
    file.mimetype = check.mimeType
    return args
  }
}
