import path from 'node:path'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { authenticated } from '../../kernel/access/authenticated'
import { platformAdminOnly } from '../../kernel/access/platformAdminOnly'
import { serverOnlyField } from '../../kernel/access/fieldAccess'
import { DATA_DIR } from '../../kernel/settings/env'
import { companyIdOf } from '../../kernel/rules/roles'
import { label } from '../fields/labels'
import { checkUploadContent, CONTAINER_MIME_TYPES } from '../hooks/checkUploadContent'
import { isTrustedWrite } from '../../kernel/access/trusted'
import { ATTACHMENT_MIME_TYPES } from '../Media/mimeTypes'
import { privateFileParties, uploaderWhileUnattached } from './access'

/** Who uploaded it and for which company, set by the server whatever the client sent. */
const stampOwner: CollectionBeforeChangeHook = ({ data, req, operation, context }) => {
  if (operation !== 'create' || isTrustedWrite(context)) return data
  data.uploadedBy = req.user?.id
  data.ownerCompany = companyIdOf(req.user)
  delete data.audienceCompany
  delete data.application
  return data
}

/**
 * 비공개 파일: applications' attachments and promotion evidence. Unlike `media` (logos, card
 * images, program attachments — public), these are served only to the parties (./access.ts),
 * from ./data/private-files, never by the static site.
 */
export const PrivateFiles: CollectionConfig = {
  slug: 'private-files',
  labels: { singular: label('비공개 파일', 'Private file'), plural: label('비공개 파일', 'Private files') },
  admin: { group: label('콘텐츠', 'Content'), defaultColumns: ['filename', 'purpose', 'ownerCompany', 'filesize', 'createdAt'] },
  access: { read: privateFileParties, create: authenticated, update: platformAdminOnly, delete: uploaderWhileUnattached },
  hooks: { beforeOperation: [checkUploadContent()], beforeChange: [stampOwner] },
  upload: {
    staticDir: path.join(DATA_DIR, 'private-files'),
    // With the OLE/zip types checkUploadContent tells apart (HWP, HWPX, DOCX, XLSX, PPTX).
    mimeTypes: [...ATTACHMENT_MIME_TYPES, ...CONTAINER_MIME_TYPES],
    displayPreview: false,
    // Always a download, never rendered inline in our origin (an uploaded PDF or image cannot run as a page).
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
    pasteURL: false,
  },
  fields: [
    { name: 'purpose', type: 'select', required: true, defaultValue: 'application', label: label('용도', 'Purpose'),
      options: [
        { value: 'application', label: label('신청서 첨부', 'Application attachment') },
        { value: 'evidence', label: label('홍보 실적 증빙', 'Promotion evidence') },
      ] },
    { name: 'uploadedBy', type: 'relationship', relationTo: 'users', index: true, label: label('등록자', 'Uploaded by'),
      access: { create: serverOnlyField, update: serverOnlyField }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'ownerCompany', type: 'relationship', relationTo: 'companies', index: true, label: label('등록 기업', 'Owner company'),
      access: { create: serverOnlyField, update: serverOnlyField }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'audienceCompany', type: 'relationship', relationTo: 'companies', index: true, label: label('제출받는 기업', 'Sent to company'),
      access: { create: serverOnlyField, update: serverOnlyField }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'application', type: 'relationship', relationTo: 'applications', index: true, label: label('신청서', 'Application'),
      access: { create: serverOnlyField, update: serverOnlyField }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
