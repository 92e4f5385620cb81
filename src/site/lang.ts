// The language of the page being rendered: Astro's i18n locale, or the URL (/en/… is English),
// which also works when a component is rendered outside a page (the RSS feed's container).
import { isLang, type Lang } from '../lib/lang.ts';
import { langOfPath } from '../lib/i18n/routes.ts';
import { BASE } from './paths.ts';

/** Language of the current render. */
export function pageLang(astro: { currentLocale?: string | undefined; url: URL }): Lang {
	if (isLang(astro.currentLocale)) return astro.currentLocale;
	const path = astro.url.pathname.startsWith(BASE)
		? `/${astro.url.pathname.slice(BASE.length)}`
		: astro.url.pathname;
	return langOfPath(path);
}
