import { withBase } from '../base-path.ts';

/** The note printed after a sub-path build: robots.txt only works at the root of the host. */
export function robotsNote(base: string, site: string): string {
	const root = new URL('/robots.txt', site).href;
	return (
		`built for the sub-path ${base}: crawlers read robots.txt only at ${root}, so the copy at ` +
		`${withBase(base, 'robots.txt')} is not read. Add its lines to the host's own robots.txt ` +
		'(docs/hosting.md); every page also links the sitemap in its <head>.'
	);
}
