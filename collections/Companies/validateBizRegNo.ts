import type { FieldHook, TextFieldSingleValidation } from 'payload'
import { checkBizRegNo, normalizeBizRegNo } from '../../kernel/rules/bizRegNo'
import { msg } from '../../kernel/i18n/messages'

/** What a person may type: digits, with dashes or spaces between groups. */
const TYPED_BIZ_REG_NO = /^[\d\s-]+$/

/**
 * Accepts 124-81-00998 or 1248100998; stores the digits only. Anything else is left as typed,
 * so the validator reports it as a format error instead of stripping it to nothing.
 */
export const normalizeBizRegNoHook: FieldHook = ({ value }) =>
  typeof value === 'string' && TYPED_BIZ_REG_NO.test(value) ? normalizeBizRegNo(value) : value

/** Format, checksum, then uniqueness — each with its own message. */
export const validateBizRegNo: TextFieldSingleValidation = async (value, { req, id }) => {
  if (!value) return req.t('validation:required')
  const check = TYPED_BIZ_REG_NO.test(value) ? checkBizRegNo(value) : ({ ok: false, reason: 'format' } as const)
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
