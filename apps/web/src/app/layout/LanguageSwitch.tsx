// Switches the UI language (remembered in this browser by the i18n setup).
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <label className={`inline-flex items-center gap-2 ${className}`}>
      <span className="sr-only">{t('nav.language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
        className="min-h-11 rounded-lg border border-line bg-surface-raised px-2 text-ink"
      >
        {Object.keys(LANGUAGES).map((lang) => (
          <option key={lang} value={lang}>
            {t(`languages.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
