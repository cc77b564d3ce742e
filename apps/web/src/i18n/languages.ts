// UI languages, default first, with the Intl locale used for numbers and times in each.
export const LANGUAGES = { id: 'id-ID', en: 'en-GB' } as const;
