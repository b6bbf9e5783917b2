import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, LANGUAGES, SOURCE_LANGUAGE, toSupportedLanguage } from './languages';

/**
 * Each language's namespaces are separate chunks loaded on demand, so the first screen carries
 * only the active language; the service worker precaches all of them for offline use.
 */
const loadLocale = resourcesToBackend(
  (language: string, namespace: string) => import(`./locales/${language}/${namespace}.json`),
);

export async function initI18n(options: { language?: string } = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(loadLocale).use(initReactI18next);
  if (!options.language) instance.use(LanguageDetector);
  await instance.init({
    lng: options.language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: SOURCE_LANGUAGE,
    // Features load their own namespaces with their route (app/router.tsx); escalation's come
    // with the shell, since that screen must work offline from the first load.
    ns: ['common', 'escalation'],
    defaultNS: 'common',
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: [],
      convertDetectedLanguage: toSupportedLanguage,
    },
    react: { useSuspense: false },
  });
  reflectLanguageOnDocument(instance.language);
  instance.on('languageChanged', reflectLanguageOnDocument);
  return instance;
}

/** Remembers an explicit choice; detection alone never writes. */
export async function chooseLanguage(instance: I18n, language: string): Promise<void> {
  const supported = toSupportedLanguage(language);
  localStorage.setItem(LANGUAGE_STORAGE_KEY, supported);
  await instance.changeLanguage(supported);
}

function reflectLanguageOnDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
