/**
 * The HTML inside an RSS item (`content:encoded`): what feed readers show, where nothing runs and
 * no site stylesheet applies. Stories render there with the page's components (in their feed
 * form, `Astro.locals.feed`); these functions take out what only the page needs and refuse what a
 * feed must never carry: scripts, templates, custom elements, build-machine paths.
 */
import { TAG } from './defer-scripts.ts';

/** One attribute of a start tag, with its leading white space, as written. */
const ATTR = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

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

interface Attr {
	name: string;
	value: string | undefined;
	raw: string;
}

function attributes(text: string): Attr[] {
	const out: Attr[] = [];
	for (const m of text.matchAll(new RegExp(ATTR.source, 'g'))) {
		out.push({ name: m[1]!.toLowerCase(), value: m[2] ?? m[3] ?? m[4], raw: m[0] });
	}
	return out;
}

/** Each start tag of `html` with its name and attributes (comments and end tags skipped). */
function* startTags(html: string): Generator<{ tag: string; name: string; attrs: Attr[] }> {
	for (const m of html.matchAll(new RegExp(TAG.source, 'g'))) {
		if (!m[2] || m[1]) continue;
		yield { tag: m[0], name: m[2].toLowerCase(), attrs: attributes(m[3] ?? '') };
	}
}

/**
 * `html` without Astro's scoped-style attributes (`data-astro-cid-…`): they only match the page's
 * stylesheet, which a feed reader does not have. Tags are found by walking the markup, so text
 * that merely looks like such an attribute (in a quoted value, or between tags) is kept as it is.
 */
export function stripScopeAttributes(html: string): string {
	return html.replace(new RegExp(TAG.source, 'g'), (tag, close: string, name: string, attrs) => {
		if (!name || close || !/\sdata-astro-cid-/i.test(String(attrs ?? ''))) return tag;
		const kept = attributes(String(attrs))
			.filter((a) => !a.name.startsWith('data-astro-cid-'))
			.map((a) => a.raw)
			.join('');
		return `<${name}${kept}${/\/>$/.test(tag) ? ' />' : '>'}`;
	});
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
	for (const { tag, name, attrs } of startTags(html)) {
		if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`<${name}> element: ${short(tag)}`);
		else if (name.includes('-')) problems.push(`custom element <${name}>: ${short(tag)}`);
		for (const a of attrs) {
			if (/^on/.test(a.name)) problems.push(`event handler ${a.name}: ${short(tag)}`);
			else if (a.name === 'style') problems.push(`style attribute: ${short(tag)}`);
			else if (a.name.startsWith('data-astro-'))
				problems.push(`Astro attribute ${a.name}: ${short(tag)}`);
			else if (URL_ATTRS.has(a.name) && a.value !== undefined) {
				if (/^\s*javascript:/i.test(a.value)) problems.push(`javascript: URL: ${short(tag)}`);
				else if (/^\s*file:/i.test(a.value)) problems.push(`file: URL: ${short(tag)}`);
				else if (own(a.value) && BUILD_PATH.test(a.value))
					problems.push(`build-machine URL ${a.name}="${short(a.value)}"`);
			}
		}
	}
	for (const text of forbidden) {
		if (text && html.includes(text)) problems.push(`contains "${text}"`);
	}
	return problems;
}
