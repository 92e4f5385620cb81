// robots.txt: everything may be indexed except the guide and embeds; points to the sitemap.
import type { APIRoute } from 'astro';
import { SITE, asset } from '../site/paths.ts';

export const GET: APIRoute = () => {
	const base = SITE;
	const body = [
		'User-agent: *',
		`Disallow: ${asset('/panduan/')}`,
		`Disallow: ${asset('/embed/')}`,
		`Disallow: ${asset('/en/embed/')}`,
		'',
		`Sitemap: ${new URL(asset('/sitemap-index.xml'), base).href}`,
		'',
	].join('\n');
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
