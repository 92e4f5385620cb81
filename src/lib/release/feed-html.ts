/**
 * The HTML inside an RSS item (`content:encoded`): what feed readers show, where nothing runs and
 * no site stylesheet applies. Stories render there with the page's components (in their feed
 * form, `Astro.locals.feed`); these functions take out what only the page needs and refuse what a
 * feed must never carry: scripts, templates, custom elements, build-machine paths.
 */
import { fragmentElements, replaceSpans } from './html.ts';

/** Elements a feed item must not contain: code, page machinery, forms, embedded documents. */
const FORBIDDEN_ELEMENTS = new Set([
	'script',
	'noscript',
	'style',
	'link',
	'meta',
	'base',
	'template',
	'slot',
	'iframe',
	'frame',
	'object',
	'embed',
	'form',
	'input',
	'button',
	'select',
	'textarea',
]);

/** Attributes holding a URL. */
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data']);

/**
 * Module and file URLs that only exist on the build machine or in `npm run dev`: Astro's script
 * URLs (`…/src/components/X.astro?astro&type=script…`), Vite's `/@fs/` and `/@id/`,
 * `node_modules`. Checked on our own URLs only (a source may well link to a `/src/` folder on
 * GitHub).
 */
const BUILD_PATH = /\/src\/|\/node_modules\/|\/@fs\/|\/@id\/|[?&]astro&type=/i;

/** Options of {@link feedHtmlProblems}. */
export interface FeedCheckOptions {
	/** Text that must appear nowhere (the project's absolute folder, the home folder). */
	forbidden?: readonly string[];
	/** The site's origin (`https://lumbungdevisa.id`): its URLs are checked like relative ones. */
	origin?: string;
}

/**
 * `html` without Astro's scoped-style attributes (`data-astro-cid-…`): they only match the page's
 * stylesheet, which a feed reader does not have. The markup is parsed, so text that merely looks
 * like such an attribute (in a quoted value, or between tags) is kept as it is.
 */
export function stripScopeAttributes(html: string): string {
	const edits = fragmentElements(html).flatMap((e) =>
		Object.entries(e.attrSpans)
			.filter(([name]) => name.startsWith('data-astro-cid-'))
			.map(([, span]) => {
				// The attribute and the white space before it.
				let start = span.start;
				while (start > e.startTag.start && /\s/.test(html[start - 1] ?? '')) start--;
				return { start, end: span.end, text: '' };
			}),
	);
	return replaceSpans(html, edits);
}

/**
 * What in `html` a feed item must not carry, one line each (empty when clean): forbidden elements
 * (`<script>`, `<template>`, `<style>`, forms, frames…), custom elements and Astro islands (any
 * tag name with a hyphen), event-handler, `style` and `data-astro-*` attributes, `javascript:`
 * and `file:` URLs, build-machine URLs of the site (`/src/…`, `/node_modules/…`,
 * `?astro&type=script`), and any of the `forbidden` strings anywhere in the text.
 */
export function feedHtmlProblems(html: string, options: FeedCheckOptions = {}): string[] {
	const { forbidden = [], origin } = options;
	const own = (url: string) =>
		/^\s*\/(?!\/)/.test(url) || (origin !== undefined && url.trim().startsWith(`${origin}/`));
	const problems: string[] = [];
	const short = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);
	for (const e of fragmentElements(html)) {
		const { name } = e;
		const tag = html.slice(e.startTag.start, e.startTag.end);
		if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`<${name}> element: ${short(tag)}`);
		else if (name.includes('-')) problems.push(`custom element <${name}>: ${short(tag)}`);
		for (const [attr, value] of Object.entries(e.attrs)) {
			if (/^on/.test(attr)) problems.push(`event handler ${attr}: ${short(tag)}`);
			else if (attr === 'style') problems.push(`style attribute: ${short(tag)}`);
			else if (attr.startsWith('data-astro-'))
				problems.push(`Astro attribute ${attr}: ${short(tag)}`);
			else if (URL_ATTRS.has(attr)) {
				if (/^\s*javascript:/i.test(value)) problems.push(`javascript: URL: ${short(tag)}`);
				else if (/^\s*file:/i.test(value)) problems.push(`file: URL: ${short(tag)}`);
				else if (own(value) && BUILD_PATH.test(value))
					problems.push(`build-machine URL ${attr}="${short(value)}"`);
			}
		}
	}
	for (const text of forbidden) {
		if (text && html.includes(text)) problems.push(`contains "${text}"`);
	}
	return problems;
}
