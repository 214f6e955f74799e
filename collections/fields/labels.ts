/** Korean-first bilingual labels for field and collection config. */
export const label = (ko: string, en: string) => ({ ko, en })
