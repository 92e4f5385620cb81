import { createHash } from 'node:crypto';

/** Astro's tag for a bundled component script, exactly as `astro build` writes it. */
const MODULE_SCRIPT = /<script type="module" src="([^"<>]+)"><\/script>/g;
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** What {@link deferModuleScripts} did to one page. */
export interface DeferredScripts {
	/** The rewritten page (the input when it had no module scripts). */
	html: string;
	/** The script URLs now imported after the first paint, in document order. */
	urls: string[];
	/** The loader's CSP source (`'sha256-…'`), or `undefined` when nothing was deferred. */
	hash?: string;
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
 * Pages without module scripts are returned unchanged. Throws when a page with module scripts has
 * no CSP meta, more than one, one without a `script-src`, or no `</body>` — a build that would
 * otherwise ship a page whose scripts the browser refuses, or that never load.
 */
export function deferModuleScripts(html: string, page = 'page'): DeferredScripts {
	const urls = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
	if (!urls.length) return { html, urls };
	const code = loaderFor([...new Set(urls)]);
	const hash = sha256(code);
	const metas = [...html.matchAll(CSP_META)];
	if (metas.length !== 1)
		throw new Error(
			`${page}: expected one Content-Security-Policy <meta>, found ${metas.length}; cannot defer its scripts.`,
		);
	const policy = metas[0]![1]!;
	if (!/(^|;)\s*script-src\s/.test(policy))
		throw new Error(`${page}: its Content-Security-Policy has no script-src directive.`);
	if (!html.includes('</body>')) throw new Error(`${page}: no </body> to put the loader before.`);
	const withHash = policy.replace(/((?:^|;)\s*script-src)(\s)/, (_, d, s) => `${d} ${hash}${s}`);
	const meta = `<meta http-equiv="content-security-policy" content="${withHash}">`;
	const out = html.replace(MODULE_SCRIPT, '').replace(metas[0]![0], () => meta);
	const end = out.lastIndexOf('</body>');
	return {
		html: `${out.slice(0, end)}<script type="module">${code}</script>${out.slice(end)}`,
		urls: [...new Set(urls)],
		hash,
	};
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
 * refuse it), naming the page.
 */
export function tightenCsp(html: string, page = 'page'): string {
	const metas = [...html.matchAll(CSP_META)];
	if (!metas.length) return html;
	if (metas.length > 1)
		throw new Error(
			`${page}: ${metas.length} Content-Security-Policy <meta> elements, expected one.`,
		);
	const elements = rawTextElements(html);
	const inline = {
		'script-src': elements.filter((e) => e.name === 'script' && !/\ssrc\s*=/i.test(e.attrs)),
		'style-src': elements.filter((e) => e.name === 'style'),
	};
	const policy = metas[0]![1]!
		.split(';')
		.map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			const elements = inline[name as keyof typeof inline];
			if (!elements) return directive;
			const wanted = new Set(elements.map((e) => sha256(e.content)));
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
	return html.replace(
		metas[0]![0],
		() => `<meta http-equiv="content-security-policy" content="${policy}">`,
	);
}

/** A tag: a comment, or a start or end tag whose quoted attribute values may hold `<` and `>`. */
export const TAG =
	/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/**
 * The `<script>` and `<style>` elements of a page, with their attributes (as written) and their
 * text, found by walking the tags: markup-shaped text inside an attribute value (a village named
 * `</script><script>…`, which Astro rightly leaves unescaped between quotes) is not an element.
 */
export function rawTextElements(
	html: string,
): { name: 'script' | 'style'; attrs: string; content: string }[] {
	const found: { name: 'script' | 'style'; attrs: string; content: string }[] = [];
	const tag = new RegExp(TAG.source, 'g');
	for (let m = tag.exec(html); m; m = tag.exec(html)) {
		const name = m[2]?.toLowerCase();
		if (m[1] || (name !== 'script' && name !== 'style')) continue;
		const end = html.slice(tag.lastIndex).search(new RegExp(`</${name}\\s*>`, 'i'));
		if (end < 0) break;
		found.push({
			name,
			attrs: m[3] ?? '',
			content: html.slice(tag.lastIndex, tag.lastIndex + end),
		});
		tag.lastIndex += end;
	}
	return found;
}
