// The site's languages: Indonesian by default (at the root), English under /en/.

/** A language the site is published in. */
export type Lang = 'id' | 'en';

/** Every published language, the default (Indonesian) first. */
export const LANGS: readonly Lang[] = ['id', 'en'];

/** The other language: `id` ↔ `en`. */
export function otherLang(lang: Lang): Lang {
	return lang === 'id' ? 'en' : 'id';
}

/** True when `value` is a published language code. */
export function isLang(value: unknown): value is Lang {
	return value === 'id' || value === 'en';
}
