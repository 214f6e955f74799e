import path from 'node:path'
import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { anyone } from '../../kernel/access/anyone'
import { authenticated } from '../../kernel/access/authenticated'
import { DATA_DIR } from '../../kernel/settings/env'
import { isPlatformAdmin } from '../../kernel/rules/roles'
import { label } from '../fields/labels'
import { checkUploadContent, CONTAINER_MIME_TYPES } from '../hooks/checkUploadContent'
import { ATTACHMENT_MIME_TYPES, IMAGE_MIME_TYPES } from './mimeTypes'

const uploaderOrPlatformAdmin: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  return req.user ? { uploadedBy: { equals: req.user.id } } : false
}

const stampUploader: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (operation === 'create' && req.user) data.uploadedBy = req.user.id
  return data
}

/** Uploads: logos and card images, and program attachments. Files live in ./data/media. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('파일', 'File'), plural: label('파일', 'Files') },
  admin: { group: label('콘텐츠', 'Content'), defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: {
    read: anyone,
    create: authenticated,
    update: uploaderOrPlatformAdmin,
    delete: uploaderOrPlatformAdmin,
  },
  // Program attachments (HWP, HWPX… by content) and logo/card images (also webp, avif, gif, svg).
  hooks: { beforeOperation: [checkUploadContent({ otherImages: ['webp', 'avif', 'gif', 'svg'] })], beforeChange: [stampUploader] },
  upload: {
    staticDir: path.join(DATA_DIR, 'media'),
    mimeTypes: [...new Set([...IMAGE_MIME_TYPES, ...ATTACHMENT_MIME_TYPES, ...CONTAINER_MIME_TYPES])],
    imageSizes: [{ name: 'thumbnail', width: 400 }],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', label: label('대체 텍스트', 'Alt text'), admin: { description: label('이미지의 내용을 설명하는 글 (스크린리더용)', 'Describes the image for screen readers') } },
    { name: 'uploadedBy', type: 'relationship', relationTo: 'users', label: label('등록자', 'Uploaded by'), admin: { readOnly: true, position: 'sidebar' } },
  ],
}
