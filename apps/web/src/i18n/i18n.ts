// i18next: Bahasa Indonesia is bundled (the default, and the fallback for missing keys); English
// is fetched when chosen, so the wall's first load does not carry it. The choice is remembered
// per browser.
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import id from './id.json';
import { LANGUAGES } from './languages';

const STORAGE_KEY = 'ekinerja.lang';

function storedLanguage(): string {
  try {
    const lang = localStorage.getItem(STORAGE_KEY);
    if (lang && lang in LANGUAGES) return lang;
  } catch {
    /* storage disabled: use the default */
  }
  return 'id';
}

const catalogs: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, done) {
    if (language !== 'en') return done(null, id as ResourceKey);
    import('./en.json').then(
      (en) => done(null, en.default as ResourceKey),
      (error: Error) => done(error, false),
    );
  },
};

void i18next
  .use(catalogs)
  .use(initReactI18next)
  .init({
    resources: { id: { translation: id } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

i18next.on('languageChanged', (lang) => {
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* not persisted; still switched for this page */
  }
});
document.documentElement.lang = i18next.language;

export const i18n = i18next;
