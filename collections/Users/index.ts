import type { Access, CollectionConfig, Field } from 'payload'
import { anyone } from '../../kernel/access/anyone'
import { canUseAdminPanel } from '../../kernel/access/canUseAdminPanel'
import { ownAccountField } from '../../kernel/access/fieldAccess'
import { selfOrColleagues } from '../../kernel/access/selfOrColleagues'
import { platformAdminOnly } from '../../kernel/access/platformAdminOnly'
import { isPlatformAdmin, ROLE_LABELS, ROLES } from '../../kernel/rules/roles'
import { interestsField, programAlertsField } from '../fields/interests'
import { notificationsField } from '../fields/notifications'
import { label } from '../fields/labels'
import { isSecureSite } from '../../kernel/settings/secureSite'
import { countPublicSignUp, forgiveSignIn, frontDoor } from './hooks/frontDoor'
import { guardRoleAndCompany } from './hooks/guardRoleAndCompany'
import { passwordPolicy, resetPasswordPolicy } from './hooks/passwordPolicy'
import { membershipEndpoint } from './endpoints/membership'
import { notifyMembership } from './hooks/notifyMembership'
import { passwordResetMail } from './passwordResetMail'

const selfOrPlatformAdmin: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('회원', 'User'), plural: label('회원', 'Users') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'company', 'pendingCompany'],
    group: label('회원·기업', 'Members & companies'),
  },
  auth: {
    // No account-wide lockout (anyone could lock anyone out): failures slow down the address
    // they come from, per account (kernel/http/throttle.ts, collections/Users/hooks/frontDoor.ts).
    maxLoginAttempts: 0,
    // req.user carries the relations' ids, not their documents: every signed-in request reads the
    // user, and at Payload's default depth (2) that read also fetched the company and what it
    // links to, 5.4 of the request's ms against 2.3 (scratch measurement at 1,114 programs). Code
    // reads the user's company through companyIdOf / its own narrow find; GraphQL always used 0.
    depth: 0,
    tokenExpiration: 60 * 60 * 8,
    // Secure (https only) when the site is served over https; a plain-http LAN install keeps working.
    cookies: { sameSite: 'Lax', secure: isSecureSite(process.env.SITE_URL) },
    // 비밀번호 찾기: an absolute link from SITE_URL (a mail client cannot open a relative one),
    // to the admin's reset view for staff and to the site's /reset/ page for members.
    forgotPassword: passwordResetMail,
  },
  access: {
    admin: canUseAdminPanel,
    // Public sign-up creates a member; the hook refuses anything more.
    create: anyone,
    // Colleagues' name and e-mail too, so the admin names who holds a document (not "사용자: 1").
    read: selfOrColleagues,
    update: selfOrPlatformAdmin,
    delete: platformAdminOnly,
    unlock: platformAdminOnly,
  },
  hooks: { beforeOperation: [frontDoor, resetPasswordPolicy], afterLogin: [forgiveSignIn], afterOperation: [countPublicSignUp], beforeValidate: [passwordPolicy], beforeChange: [guardRoleAndCompany], afterChange: [notifyMembership] },
  endpoints: [membershipEndpoint],
  fields: [
    { name: 'name', type: 'text', label: label('이름', 'Name'), required: true },
    {
      name: 'role',
      type: 'select',
      label: label('회원 구분', 'Role'),
      required: true,
      defaultValue: 'member',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'company',
      type: 'relationship',
      relationTo: 'companies',
      label: label('소속 기업', 'Company'),
      saveToJWT: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: label('확인된 소속만 여기에 둡니다. 가입 때 고른 기업은 아래 「소속 승인 요청」에 남고, 기업 담당자나 상생누리 관리자가 승인하면 옮겨집니다.',
          'Confirmed membership only. The company chosen at sign-up waits in "Membership request" until its manager or a platform admin confirms it.'),
      },
    },
    {
      // A request to join (docs/SPEC.md "Company membership"): kept apart from `company`, so that
      // every rule keyed on `company` stays closed until the request is confirmed.
      name: 'pendingCompany',
      type: 'relationship',
      relationTo: 'companies',
      label: label('소속 승인 요청', 'Membership request'),
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      // 승인 / 거절 for a platform admin, under the request (cms/admin/users/MembershipRequest.tsx).
      name: 'membershipDecision',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/users/MembershipRequest#MembershipRequest' } },
    },
    // A colleague may read the account's name and e-mail, not these.
    ...[interestsField, programAlertsField, notificationsField].map((field) => ({ ...field, access: { read: ownAccountField } }) as Field),
  ],
}
