import { createHash } from 'node:crypto';
import { attrValue, pageElements, replaceSpans, type HtmlElement, type Span } from './html.ts';

const isCspMeta = (e: HtmlElement) =>
	e.name === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'content-security-policy';
/** A script the browser loads from a file: every one the build makes is a bundled module. */
const isExternalScript = (e: HtmlElement) => e.name === 'script' && e.attrs.src !== undefined;
const cspMeta = (policy: string) =>
	`<meta http-equiv="content-security-policy" content="${attrValue(policy)}">`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** What {@link releasePage} did to one page. */
export interface ReleasedPage {
	/** The rewritten page (the input when there was nothing to change). */
	html: string;
	/** The script URLs now imported after the first paint, in document order. */
	urls: string[];
}

/**
 * The inline loader for `urls`: imports every module once the browser reports the first
 * contentful paint (a `paint` PerformanceObserver, buffered, so a paint before the loader ran
 * counts), in a task after it; where paint timing is not supported, in the task after the next
 * frame. Each of our modules stands alone, so their order does not matter.
 */
export function loaderFor(urls: readonly string[]): string {
	const load = `()=>{${urls.map((u) => `import(${JSON.stringify(u)})`).join(';')}}`;
	return `const l=${load};PerformanceObserver.supportedEntryTypes?.includes("paint")?new PerformanceObserver((e,o)=>{if(e.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(l)}}).observe({type:"paint",buffered:true}):requestAnimationFrame(()=>setTimeout(l))`;
}

/**
 * Rewrites one built page for release, reading it once with an HTML parser (so scripts are found
 * whatever Astro's markup: attribute order, quoting, extra attributes):
 *
 * - **Modules after the first paint.** Every `<script type="module" src>` Astro wrote is removed
 *   and one inline module, placed before `</body>`, imports them ({@link loaderFor}). Charts and
 *   maps are already drawn in the HTML; the modules only add hover, focus and live maps, so
 *   nothing a reader sees waits for them. The loader's SHA-256 goes into `script-src`.
 * - **A policy for this page only.** Astro lists the hashes of every inline script and style of
 *   the whole site in every page's Content-Security-Policy `<meta>` (31 on a story that has two:
 *   a wider policy than the page needs and about 1.3 KB of incompressible bytes). `script-src`
 *   and `style-src` keep only the hashes of the page's own inline `<script>` and `<style>`
 *   elements (the loader's included); every other source (`'self'`, `'wasm-unsafe-eval'`) stays.
 *
 * Pages without a CSP meta and without scripts from files are returned unchanged. Throws, naming
 * the page, when a script from a file is not a module; when a page with module scripts has no
 * CSP meta, or its policy no `script-src`, or the page no `</body>`; when a page has more than one
 * CSP meta; when an inline script or style has no hash in the policy (the browser would refuse
 * it); and when the rewritten page still loads a script from a file. Removing an element can only
 * make new markup where the text before it ends in `<` (then `<` and the text after it may form a
 * tag): such a page is parsed again to check; elsewhere the tokens after the removal are the same.
 */
export function releasePage(html: string, page = 'page'): ReleasedPage {
	const elements = pageElements(html);
	const scripts = elements.filter(isExternalScript);
	const metas = elements.filter(isCspMeta);
	const inline = {
		'script-src': elements
			.filter((e) => e.name === 'script' && e.attrs.src === undefined)
			.map((e) => e.text),
		'style-src': elements.filter((e) => e.name === 'style').map((e) => e.text),
	};
	const edits: (Span & { text: string })[] = [];
	const urls = [...new Set(scripts.map((e) => e.attrs.src ?? ''))];
	for (const e of scripts) {
		if (e.attrs.type?.toLowerCase() !== 'module') {
			throw new Error(
				`${page}: a script from a file that is not a module (<script src="${e.attrs.src}">); the release pass only knows how to defer the build's module scripts.`,
			);
		}
	}
	if (scripts.length && metas.length !== 1)
		throw new Error(
			`${page}: expected one Content-Security-Policy <meta>, found ${metas.length}; cannot defer its scripts.`,
		);
	if (metas.length > 1)
		throw new Error(
			`${page}: ${metas.length} Content-Security-Policy <meta> elements, expected one.`,
		);
	const meta = metas[0];
	if (!meta) return { html, urls };
	let policy = meta.attrs.content ?? '';
	if (scripts.length) {
		if (!/(^|;)\s*script-src\s/.test(policy))
			throw new Error(`${page}: its Content-Security-Policy has no script-src directive.`);
		const body = elements.find((e) => e.name === 'body');
		const end = body ? html.lastIndexOf('</body>', body.span.end) : -1;
		if (end < 0 || end < body!.startTag.end)
			throw new Error(`${page}: no </body> to put the loader before.`);
		const code = loaderFor(urls);
		const hash = sha256(code);
		policy = policy.replace(/((?:^|;)\s*script-src)(\s)/, (_, d, s) => `${d} ${hash}${s}`);
		inline['script-src'].push(code);
		edits.push(...scripts.map((e) => ({ ...e.span, text: '' })), {
			start: end,
			end,
			text: `<script type="module">${code}</script>`,
		});
	}
	edits.push({ ...meta.startTag, text: cspMeta(pagePolicy(policy, inline, page)) });
	const out = replaceSpans(html, edits);
	if (scripts.some((e) => html[e.span.start - 1] === '<')) {
		const left = pageElements(out).filter(isExternalScript);
		if (left.length)
			throw new Error(
				`${page}: ${left.length} module script(s) still load before the first paint after deferring (${left.map((e) => e.attrs.src).join(', ')}).`,
			);
	}
	return { html: out, urls };
}

/** `policy` with only the hash sources of `inline` (texts by directive) in those directives. */
function pagePolicy(
	policy: string,
	inline: Record<'script-src' | 'style-src', readonly string[]>,
	page: string,
): string {
	return policy
		.split(';')
		.map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			const texts = inline[name as keyof typeof inline];
			if (!texts) return directive;
			const wanted = new Set(texts.map(sha256));
			for (const hash of wanted)
				if (!sources.includes(hash))
					throw new Error(
						`${page}: an inline ${name === 'script-src' ? 'script' : 'style'} has no hash in the Content-Security-Policy (${hash}); the browser would refuse it.`,
					);
			const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || wanted.has(s));
			return ` ${[name, ...kept].join(' ')}`;
		})
		.join(';')
		.trim();
}
