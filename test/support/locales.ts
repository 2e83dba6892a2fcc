// Every language the kit ships, found from the files in src/locales (en and shape.ts aside), so a
// new locale file is checked by every locale test without an edit.
import type { HMSLocale } from 'react-hms-errors';

export const shippedLocales: Record<string, HMSLocale> = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: HMSLocale }>('../../src/locales/*.ts', { eager: true }))
    .filter(([path]) => !/\/(en|shape)\.ts$/.test(path))
    .map(([path, module]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), module.default]),
);
