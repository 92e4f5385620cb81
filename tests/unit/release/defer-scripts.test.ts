import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loaderFor, releasePage } from '../../../src/lib/release/defer-scripts.ts';
import { pageElements } from '../../../src/lib/release/html.ts';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const STYLE = 'p{color:red}';
const policy = (extra = '') =>
	`default-src 'self';img-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAAA'${extra}; style-src 'self' ${hashOf(STYLE)} 'sha256-BBBB';`;
const page = (body: string, csp = policy()) =>
	`<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${csp}"><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
const TAG = (src: string) => `<script type="module" src="${src}"></script>`;

const inlineScripts = (html: string) =>
	[...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
		attrs: m[1],
		code: m[2] ?? '',
	}));
const cspOf = (html: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1] ?? '';

describe('releasePage: module scripts after the first paint', () => {
	it('replaces the module script tags with one inline loader before </body>, hashed in script-src', () => {
		const html = page(`<p>a</p>${TAG('/x/_astro/a.js')}<p>b</p>${TAG('/x/_astro/b.js')}`);
		const out = releasePage(html, 'story/index.html');
		expect(out.urls).toEqual(['/x/_astro/a.js', '/x/_astro/b.js']);
		const scripts = inlineScripts(out.html);
		expect(scripts).toHaveLength(1);
		expect(scripts[0]!.attrs).toBe(' type="module"');
		expect(out.html).toMatch(/<\/script><\/body><\/html>$/);
		expect(out.html).not.toContain('src=');
		const code = scripts[0]!.code;
		expect(code).toBe(loaderFor(['/x/_astro/a.js', '/x/_astro/b.js']));
		expect(code).toContain('import("/x/_astro/a.js")');
		expect(code).toContain('import("/x/_astro/b.js")');
		expect(cspOf(out.html)).toContain(`script-src ${hashOf(code)} 'self'`);
	});

	it('imports a module used twice on the page once', () => {
		const out = releasePage(page(`${TAG('/a.js')}<p>x</p>${TAG('/a.js')}`));
		expect(out.urls).toEqual(['/a.js']);
		expect(out.html.match(/import\(/g)).toHaveLength(1);
	});

	it('waits for the first contentful paint before importing', () => {
		const code = loaderFor(['/a.js']);
		expect(code.indexOf('first-contentful-paint')).toBeLessThan(code.indexOf('setTimeout(l)'));
		expect(code).toContain('buffered:true');
	});

	it('leaves the scripts of a page without module scripts as they were', () => {
		const html = page('<p>no scripts</p>');
		const out = releasePage(html);
		expect(out.urls).toEqual([]);
		expect(out.html.replace(/<meta [^>]*>/, '')).toBe(html.replace(/<meta [^>]*>/, ''));
	});

	it('fails, naming the page, when the page has no CSP meta or no script-src', () => {
		const bare = `<html><head></head><body>${TAG('/a.js')}</body></html>`;
		expect(() => releasePage(bare, 'en/map/index.html')).toThrow(
			/en\/map\/index\.html: expected one Content-Security-Policy <meta>, found 0/,
		);
		const noScriptSrc = page(TAG('/a.js'), "default-src 'self'");
		expect(() => releasePage(noScriptSrc, 'p.html')).toThrow(/p\.html: .*no script-src/);
	});
});

describe('releasePage reads the page with a parser', () => {
	it('defers module scripts however they are written: attribute order, quotes, extra attributes', () => {
		const html = page(
			`<script src='/b.js' type=module crossorigin></script><script type="module" src="/a.js" async></script>`,
		);
		const out = releasePage(html, 'p.html');
		expect(out.urls).toEqual(['/b.js', '/a.js']);
		expect(out.html).not.toMatch(/src=/);
	});

	it('fails the build when removing a script makes a new one from the text around it', () => {
		// `a<` is text before the module script; once it is gone, `<` and `script src=…` meet.
		const html = page(`<p>a<${TAG('/a.js')}script src="/b.js"></script></p>`);
		expect(pageElements(html).filter((e) => e.name === 'script')).toHaveLength(1);
		expect(() => releasePage(html, 'p.html')).toThrow(
			/p\.html: 1 module script\(s\) still load before the first paint after deferring \(\/b\.js\)/,
		);
	});

	it('fails the build, naming the page, on a script from a file it cannot defer', () => {
		expect(() => releasePage(page('<script src="/classic.js"></script>'), 'x/index.html')).toThrow(
			/x\/index\.html: a script from a file that is not a module/,
		);
	});
});

describe('releasePage: a Content-Security-Policy for the page alone', () => {
	it('keeps only the hashes of the page’s own inline scripts and styles, and every other source', () => {
		const released = releasePage(page(TAG('/a.js')), 'p.html').html;
		const csp = cspOf(released);
		const loader = inlineScripts(released)[0]!.code;
		expect(csp).toContain(`script-src ${hashOf(loader)} 'self' 'wasm-unsafe-eval';`);
		expect(csp).toContain(`style-src 'self' ${hashOf(STYLE)};`);
		expect(csp).not.toContain('AAAA');
		expect(csp).not.toContain('BBBB');
		expect(csp).toContain("default-src 'self';img-src 'self';");
		// Released again, the page stays as it is.
		expect(releasePage(released, 'p.html').html).toBe(released);
	});

	it('drops every script hash from a page without inline scripts', () => {
		expect(cspOf(releasePage(page('<p>x</p>')).html)).toContain(
			"script-src 'self' 'wasm-unsafe-eval';",
		);
	});

	it('fails when an inline script or style has no hash in the policy', () => {
		const stray = page('<script>alert(1)</script>');
		expect(() => releasePage(stray, 'p.html')).toThrow(/p\.html: an inline script has no hash/);
		const html = page('<p>x</p>').replace(STYLE, 'p{color:blue}');
		expect(() => releasePage(html, 'p.html')).toThrow(/an inline style has no hash/);
	});

	it('does not take markup inside an attribute value for a script or style', () => {
		const canary = '</script><script>window.__xss=2</script><style>*{}</style>';
		const html = page(`<li data-name="${canary}" title='<script>x</script>'>a</li>`);
		const raw = pageElements(html).filter((e) => e.name === 'script' || e.name === 'style');
		expect(raw.map((e) => [e.name, e.text])).toEqual([['style', STYLE]]);
		expect(() => releasePage(html, 'p.html')).not.toThrow();
	});

	it('leaves a page without a CSP meta unchanged', () => {
		const html = '<html><body><p>redirect</p></body></html>';
		expect(releasePage(html)).toEqual({ html, urls: [] });
	});
});
