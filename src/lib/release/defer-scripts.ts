import { createHash } from 'node:crypto';
import { attrValue, pageElements, replaceSpans, type HtmlElement } from './html.ts';

const isCspMeta = (e: HtmlElement) =>
	e.name === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'content-security-policy';
/** A script the browser loads from a file: every one the build makes is a bundled module. */
const isExternalScript = (e: HtmlElement) => e.name === 'script' && e.attrs.src !== undefined;
const cspMeta = (policy: string) =>
	`<meta http-equiv="content-security-policy" content="${attrValue(policy)}">`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** What {@link deferModuleScripts} did to one page. */
export interface DeferredScripts {
	/** The rewritten page (the input when it had no module scripts). */
	html: string;
	/** The script URLs now imported after the first paint, in document order. */
	urls: string[];
	/** The loader's CSP source (`'sha256-…'`), or `undefined` when nothing was deferred. */
	hash?: string;
	/** The elements of `html` as parsed (for {@link tightenCsp}: a large page is parsed once less). */
	elements: HtmlElement[];
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
 * Rewrites one built page so that its enhancement modules load after the first paint: every
 * `<script type="module" src>` Astro wrote is removed and one inline module, placed before
 * `</body>`, imports them from the next frame. Charts and maps are already drawn in the HTML;
 * the modules only add hover, focus and live maps, so nothing a reader sees waits for them, and
 * the browser spends the first paint's bandwidth and main thread on the page itself. The loader's
 * SHA-256 is added to the page's `script-src` (the CSP `<meta>` Astro writes), so the policy
 * keeps refusing every other inline script.
 *
 * The page is read with an HTML parser, so scripts are found whatever Astro's markup (attribute
 * order, quoting, extra attributes). Pages without scripts from files are returned unchanged.
 * Throws, naming the page, when a script from a file is not a module, when a page with module
 * scripts has no CSP meta, more than one, one without a `script-src`, or no `</body>`, and when
 * the rewritten page still loads a script from a file — a build that would otherwise ship a
 * page whose scripts the browser refuses, never load, or load before the first paint.
 */
export function deferModuleScripts(html: string, page = 'page'): DeferredScripts {
	const elements = pageElements(html);
	const scripts = elements.filter(isExternalScript);
	if (!scripts.length) return { html, urls: [], elements };
	for (const e of scripts) {
		if (e.attrs.type?.toLowerCase() !== 'module') {
			throw new Error(
				`${page}: a script from a file that is not a module (<script src="${e.attrs.src}">); the release pass only knows how to defer the build's module scripts.`,
			);
		}
	}
	const urls = [...new Set(scripts.map((e) => e.attrs.src ?? ''))];
	const code = loaderFor(urls);
	const hash = sha256(code);
	const metas = elements.filter(isCspMeta);
	if (metas.length !== 1)
		throw new Error(
			`${page}: expected one Content-Security-Policy <meta>, found ${metas.length}; cannot defer its scripts.`,
		);
	const meta = metas[0]!;
	const policy = meta.attrs.content ?? '';
	if (!/(^|;)\s*script-src\s/.test(policy))
		throw new Error(`${page}: its Content-Security-Policy has no script-src directive.`);
	const body = elements.find((e) => e.name === 'body');
	const end = body ? html.lastIndexOf('</body>', body.span.end) : -1;
	if (end < 0 || end < body!.startTag.end)
		throw new Error(`${page}: no </body> to put the loader before.`);
	const withHash = policy.replace(/((?:^|;)\s*script-src)(\s)/, (_, d, s) => `${d} ${hash}${s}`);
	const out = replaceSpans(html, [
		...scripts.map((e) => ({ ...e.span, text: '' })),
		{ ...meta.startTag, text: cspMeta(withHash) },
		{ start: end, end, text: `<script type="module">${code}</script>` },
	]);
	// Read the result again: no page may keep a script from a file, whatever Astro's markup.
	const parsed = pageElements(out);
	const left = parsed.filter(isExternalScript);
	if (left.length)
		throw new Error(
			`${page}: ${left.length} module script(s) still load before the first paint after deferring (${left.map((e) => e.attrs.src).join(', ')}).`,
		);
	return { html: out, urls, hash, elements: parsed };
}

/**
 * Narrows a built page's Content-Security-Policy `<meta>` to the page itself: Astro lists the
 * hashes of every inline script and style of the whole site in every page (31 on a story that
 * has two), which is a wider policy than the page needs and about 1.3 KB of incompressible bytes
 * in each page's HTML. Keeps, in `script-src` and `style-src`, only the hash sources of the
 * page's own inline `<script>` and `<style>` elements; every other source (`'self'`,
 * `'wasm-unsafe-eval'`) stays. Pages without the meta are returned unchanged.
 *
 * Throws when an inline script or style of the page has no hash in the policy (the browser would
 * refuse it), naming the page. `elements`: the page already parsed (`pageElements(html)`, as
 * {@link deferModuleScripts} returns them), so a 250 KB row page is not parsed twice.
 */
export function tightenCsp(
	html: string,
	page = 'page',
	elements: readonly HtmlElement[] = pageElements(html),
): string {
	const metas = elements.filter(isCspMeta);
	if (!metas.length) return html;
	if (metas.length > 1)
		throw new Error(
			`${page}: ${metas.length} Content-Security-Policy <meta> elements, expected one.`,
		);
	const inline = {
		'script-src': elements.filter((e) => e.name === 'script' && e.attrs.src === undefined),
		'style-src': elements.filter((e) => e.name === 'style'),
	};
	const meta = metas[0]!;
	const policy = (meta.attrs.content ?? '')
		.split(';')
		.map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			const elements = inline[name as keyof typeof inline];
			if (!elements) return directive;
			const wanted = new Set(elements.map((e) => sha256(e.text)));
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
	return replaceSpans(html, [{ ...meta.startTag, text: cspMeta(policy) }]);
}
