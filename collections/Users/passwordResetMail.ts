import type { CollectionConfig, PayloadRequest } from 'payload'
import { isMember } from '../../kernel/rules/roles'
import { passwordResetUrl } from '../../notifications/links'
import { PASSWORD_RESET_SUBJECT, renderPasswordReset } from '../../notifications/messages'
import { linkBase } from '../../notifications/people'

/** How long a reset link works (the messages say 1시간). */
export const RESET_LINK_MINUTES = 60

type ForgotPassword = NonNullable<Exclude<CollectionConfig['auth'], boolean | undefined>['forgotPassword']>

/** The 비밀번호 재설정 e-mail Payload's forgotPassword sends, whichever client asked for it. */
export const passwordResetMail: ForgotPassword = {
  expiration: RESET_LINK_MINUTES * 60_000,
  generateEmailSubject: () => PASSWORD_RESET_SUBJECT,
  generateEmailHTML: (args) => {
    // Payload always passes all three; its type leaves them optional.
    const { req, token, user } = args as { req: PayloadRequest; token: string; user: { name?: string | null; role?: string | null } }
    const links = linkBase(req.payload)
    return renderPasswordReset({ recipientName: user.name, url: passwordResetUrl(links, token, !isMember(user)), validMinutes: RESET_LINK_MINUTES, links }).html
  },
}
