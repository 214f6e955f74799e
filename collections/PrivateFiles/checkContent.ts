import fs from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { fileCheckMessage } from '../../cms/applications/messages'
import { checkFileKind } from '../../cms/domain/fileKind'

/**
 * Whatever the client (the apply form, REST, the admin), a private file must really be one of the
 * accepted kinds, with a file name whose extension agrees with its content; the stored MIME type
 * is the one the content shows, not the one the browser claimed.
 */
export const checkPrivateFileContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const data = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : Buffer.alloc(0)
  const check = checkFileKind(file.name, data)
  if (!check.ok) throw new APIError(fileCheckMessage(req, file.name, check), 400, undefined, true)
  file.mimetype = check.mimeType
  return args
}
