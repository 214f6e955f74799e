import type { FieldHook, TextFieldSingleValidation } from 'payload'
import { checkBizRegNo, normalizeBizRegNo } from '../../cms/domain/bizRegNo'
import { msg } from '../../cms/i18n/messages'

/** Accepts 124-81-00998 or 1248100998; stores the digits only. */
export const normalizeBizRegNoHook: FieldHook = ({ value }) =>
  typeof value === 'string' ? normalizeBizRegNo(value) : value

/** Format, checksum, then uniqueness — each with its own message. */
export const validateBizRegNo: TextFieldSingleValidation = async (value, { req, id }) => {
  if (!value) return req.t('validation:required')
  const check = checkBizRegNo(value)
  if (!check.ok) return msg(req, check.reason === 'format' ? 'bizRegNoFormat' : 'bizRegNoChecksum')
  const existing = await req.payload.find({
    collection: 'companies',
    where: { bizRegNo: { equals: check.value } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const other = existing.docs.find((doc) => String(doc.id) !== String(id ?? ''))
  return other ? msg(req, 'bizRegNoDuplicate') : true
}
