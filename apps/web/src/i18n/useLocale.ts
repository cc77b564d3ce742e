// The Intl locale matching the UI language, for the format utilities.
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './languages';

export function useLocale(): string {
  const { i18n } = useTranslation();
  return LANGUAGES[i18n.language as keyof typeof LANGUAGES] ?? LANGUAGES.id;
}
