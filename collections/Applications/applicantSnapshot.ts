import type { Field, TextFieldSingleValidation } from 'payload'
import { phoneMessage } from '../../members/applications/messages'
import { serverOnlyField } from '../../kernel/access/fieldAccess'
import { checkKoreanPhone } from '../../kernel/rules/phone'
import { label } from '../fields/labels'
import { isTrustedWrite } from '../../kernel/access/trusted'
import { applicantsOwnCreate } from './access'

const snapshot = (name: string, ko: string, en: string, overrides: Partial<Field> = {}): Field => ({
  name,
  type: 'text',
  label: label(ko, en),
  access: { create: serverOnlyField, update: serverOnlyField },
  admin: { readOnly: true },
  ...overrides,
} as Field)

/**
 * The contact phone is required when an application is submitted and must be a Korean number
 * (checkKoreanPhone; the hook has already put an accepted one in its national format). It is set
 * once: later saves keep the stored value (older rows have none), and imports (trusted writes) of
 * applications made elsewhere may come without one.
 */
export const validateApplicantPhone: TextFieldSingleValidation = (value, { operation, req }) => {
  if (operation !== 'create') return true
  if ((value == null || value === '') && isTrustedWrite(req.context)) return true
  const check = checkKoreanPhone(value)
  return check.ok || phoneMessage(req, check)
}

/**
 * 신청자 정보: the applicant's name, e-mail, contact phone and company name as they were when the
 * application was submitted. Name, e-mail and company name are copied by the server
 * (guardApplication, members/applications/applicantSnapshot.ts), never taken from the client; the
 * phone is the one value the applicant types, on its own create only. Readable by whoever may
 * read the application (the applicant, the program company's admins, platform admins).
 */
export const applicantSnapshotFields: Field[] = [
  {
    type: 'row',
    fields: [
      snapshot('applicantCompanyName', '신청기업명', 'Applicant company'),
      snapshot('applicantName', '신청자', 'Applicant name'),
    ],
  },
  {
    type: 'row',
    fields: [
      // An address may be 254 characters (RFC 5321), more than a text field's default.
      snapshot('applicantEmail', '이메일', 'E-mail', { maxLength: 254 } as Partial<Field>),
      snapshot('applicantPhone', '연락처', 'Contact phone', {
        access: { create: applicantsOwnCreate, update: serverOnlyField },
        validate: validateApplicantPhone,
      } as Partial<Field>),
    ],
  },
]
