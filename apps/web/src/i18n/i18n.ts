// i18next with the two catalogs bundled (they are small): Bahasa Indonesia first, English second.
// The chosen language is remembered per browser.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
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

void i18next.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
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
