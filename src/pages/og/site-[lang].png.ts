// The share preview image of pages that are not stories: /og/site-id.png, /og/site-en.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../lib/lang.ts';
import { t } from '../../lib/i18n/index.ts';
import { renderCard } from '../../lib/og/card.ts';
import { SITE } from '../../site/paths.ts';

export const getStaticPaths = (() =>
	(['id', 'en'] as const).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const lang = params.lang as Lang;
	const png = await renderCard({
		kicker: lang === 'id' ? 'Jurnalisme data' : 'Data journalism',
		title: t(lang, 'site.name'),
		dek: t(lang, 'site.tagline'),
		footer: SITE.host,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
