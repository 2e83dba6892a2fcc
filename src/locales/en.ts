import { englishLocale } from '../core/copy/locale-en';

/** English, the default: `import en from 'react-hms-errors/locales/en'`. */
export default englishLocale;
