import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

/**
 * 연락처/이메일 in the 신청서 list: the contact phone and e-mail the applicant shared (the
 * application's own snapshot, so company admins need no access to users). The e-mail is a
 * mailto: link, the phone a tel: link.
 */
export function ApplicantContactCell({ rowData }: DefaultServerCellComponentProps) {
  const phone = typeof rowData?.applicantPhone === 'string' ? rowData.applicantPhone : ''
  const email = typeof rowData?.applicantEmail === 'string' ? rowData.applicantEmail : ''
  if (!phone && !email) return <span>—</span>
  return (
    <span className="applicant-contact">
      {phone && <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>{phone}</a>}
      {phone && email && <br />}
      {email && <a href={`mailto:${email}`}>{email}</a>}
    </span>
  )
}
