// i18next: the core catalog (shell and wall) in Bahasa Indonesia is bundled — the default, and
// the fallback for missing keys. English is fetched when chosen, and the desk pages' words (the
// `desk` namespace, looked up when a key is not in the core) when the desk app first mounts, so
// the wall's first load carries neither. The choice of language is remembered per browser.
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import id from './id.json';
import { LANGUAGES } from './languages';

const STORAGE_KEY = 'ekinerja.lang';

/** The desk pages' catalog; `useTranslation(DESK_NAMESPACE)` waits for it. */
export const DESK_NAMESPACE = 'desk';

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
  read(language, namespace, done) {
    const english = language === 'en';
    if (namespace === DESK_NAMESPACE) {
      (english ? import('./desk/en.json') : import('./desk/id.json')).then(
        (catalog) => done(null, catalog.default as ResourceKey),
        (error: Error) => done(error, false),
      );
      return;
    }
    if (!english) return done(null, id as ResourceKey);
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
    ns: ['translation'],
    defaultNS: 'translation',
    fallbackNS: DESK_NAMESPACE,
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
