import type { CollectionConfig } from 'payload'
import { approvedOrOwnCompany } from '../../cms/access/approvedOrOwnCompany'
import { ownCompanyOrPlatformAdmin } from '../../cms/access/ownCompanyOrPlatformAdmin'
import { canRegisterForACompany } from '../../cms/access/canRegisterForACompany'
import { label } from '../fields/labels'
import { recommendedEndpoint } from './endpoints/recommended'
import { reviewEndpoint } from './endpoints/review'
import { submitEndpoint } from './endpoints/submit'
import { programFields } from './fields'
import { applyWorkflow } from './hooks/applyWorkflow'
import { deriveCompany } from './hooks/deriveCompany'
import { keepServerTimestamps } from '../hooks/keepServerTimestamps'
import { rebuildSiteOnChange } from '../hooks/rebuildSiteOnChange'
import { notifyProgramReview } from '../../cms/notifications/notifyProgramReview'

const siteRebuild = rebuildSiteOnChange('programs', (doc) => doc.reviewStatus === 'approved')

/** 프로그램: what SMEs search and apply to; public once the platform admin approves it. */
export const Programs: CollectionConfig = {
  slug: 'programs',
  labels: { singular: label('프로그램', 'Program'), plural: label('프로그램', 'Programs') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'company', 'supportField', 'targetScope', 'applyStart', 'applyEnd', 'phase', 'reviewStatus'],
    listSearchableFields: ['title', 'summary'],
    group: label('동반성장 프로그램', 'Programs'),
  },
  access: {
    read: approvedOrOwnCompany,
    create: canRegisterForACompany,
    update: ownCompanyOrPlatformAdmin(),
    delete: ownCompanyOrPlatformAdmin(),
    // Revisions (the pending edit of a live program, the review steps) belong to the program's
    // company and the platform; left undefined, every signed-in user could read them.
    readVersions: ownCompanyOrPlatformAdmin('version.company'),
  },
  // The main document is what the public reads: the last approved version once a program is
  // live. An edit of a live program is saved as a newer draft version (a pending revision) that
  // replaces it only when a platform admin approves it. `validate`: the rules run on revisions too.
  versions: { drafts: { validate: true }, maxPerDoc: 100 },
  endpoints: [recommendedEndpoint, submitEndpoint, reviewEndpoint],
  hooks: { beforeChange: [keepServerTimestamps, deriveCompany, applyWorkflow], afterChange: [siteRebuild.afterChange, notifyProgramReview], afterDelete: [siteRebuild.afterDelete] },
  fields: programFields,
}
