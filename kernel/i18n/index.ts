import { en } from '@payloadcms/translations/languages/en'
import { ko } from '@payloadcms/translations/languages/ko'
import type { Config } from 'payload'
import { messages } from './messages'
import { payloadKo } from './payloadKo'

/** The admin speaks Korean by default; English is available from the account page. */
export const i18n: Config['i18n'] = {
  fallbackLanguage: 'ko',
  supportedLanguages: { ko, en },
  translations: {
    // Payload's Korean, reworded where a particle follows a name it cannot see (payloadKo.ts).
    ko: { ...payloadKo, winwin: messages.ko },
    en: { winwin: messages.en },
  },
}
