import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '@/i18n/i18n';
import { LANGUAGES } from '@/i18n/languages';
import { Section } from '@/ui/page';
import { THEME_PREFERENCES, useThemePreference } from '@/ui/theme';

export function LanguageSection() {
  const { t, i18n } = useTranslation('me');
  return (
    <Section id="language" title={t('language.title')}>
      <div className="field">
        <label htmlFor="language-select" className="visually-hidden">
          {t('language.label')}
        </label>
        <select
          id="language-select"
          value={i18n.language}
          onChange={(event) => void chooseLanguage(i18n, event.target.value)}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`language.names.${language}`)}
            </option>
          ))}
        </select>
      </div>
    </Section>
  );
}

export function ThemeSection() {
  const { t } = useTranslation('me');
  const [preference, choose] = useThemePreference();
  return (
    <Section id="theme" title={t('theme.title')}>
      <fieldset>
        <legend className="visually-hidden">{t('theme.title')}</legend>
        {THEME_PREFERENCES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="theme"
              value={option}
              checked={preference === option}
              onChange={() => choose(option)}
            />
            {t(`theme.${option}`)}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}
