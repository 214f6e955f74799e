import type { Field } from 'payload'
import { serverOnlyField } from '../../cms/access/fieldAccess'
import { label } from '../fields/labels'

const snapshot = (name: string, ko: string, en: string): Field => ({
  name,
  type: 'text',
  label: label(ko, en),
  access: { create: serverOnlyField, update: serverOnlyField },
  admin: { readOnly: true },
})

/**
 * 신청자 정보: the applicant's name, e-mail, contact phone and company name as they were when the
 * application was submitted. Set by the server only (guardApplication); readable by whoever may
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
      snapshot('applicantEmail', '이메일', 'E-mail'),
      snapshot('applicantPhone', '연락처', 'Contact phone'),
    ],
  },
]
