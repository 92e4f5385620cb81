import { describe, expect, it } from 'vitest';
import {
	headersFile,
	overlappingHeaders,
	pageUrl,
	parseHeaders,
	patternMatches,
	resolveHeaders,
	type Combine,
} from '../../../src/lib/release/headers.ts';

describe('patternMatches (Netlify / Cloudflare Pages path patterns)', () => {
	it('reads * as any run of characters, slashes included, possibly none', () => {
		expect(patternMatches('/*', '/')).toBe(true);
		expect(patternMatches('/*', '/a/b/c.js')).toBe(true);
		expect(patternMatches('/x/cerita/*', '/x/cerita/')).toBe(true);
		expect(patternMatches('/x/cerita/*', '/x/cerita/a/')).toBe(true);
		expect(patternMatches('/x/cerita/*', '/x/ceritax/')).toBe(false);
		expect(patternMatches('/x/cerita/*', '/x/en/cerita/a/')).toBe(false);
	});
	it('reads :name as one segment and everything else literally', () => {
		expect(patternMatches('/embed/:id/', '/embed/a-b/')).toBe(true);
		expect(patternMatches('/embed/:id/', '/embed/a/b/')).toBe(false);
		expect(patternMatches('/a.html', '/aXhtml')).toBe(false);
	});
});

describe('parseHeaders and resolveHeaders', () => {
	// The example of Cloudflare's documentation: a request matching two rules gets both rules'
	// headers, and a header both set is sent once with the values joined by a comma.
	const cloudflare = parseHeaders(
		[
			'# This is a comment',
			'/secure/page',
			'  X-Frame-Options: DENY',
			'  X-Content-Type-Options: nosniff',
			'  Referrer-Policy: no-referrer',
			'',
			'/static/*',
			'  Access-Control-Allow-Origin: *',
			'  X-Robots-Tag: nosnippet',
			'',
			'/*',
			'  X-Robots-Tag: noindex',
			'',
			'/static/private/*',
			'  ! Access-Control-Allow-Origin',
		].join('\n'),
	);

	it('reads patterns, headers, detach lines and their line numbers', () => {
		expect(cloudflare.map((r) => [r.pattern, r.line])).toEqual([
			['/secure/page', 2],
			['/static/*', 7],
			['/*', 11],
			['/static/private/*', 14],
		]);
		expect(cloudflare[3]?.detach).toEqual(['Access-Control-Allow-Origin']);
	});

	it('applies every matching rule and joins a repeated header with a comma', () => {
		expect(Object.fromEntries(resolveHeaders(cloudflare, '/static/styles.css'))).toEqual({
			'access-control-allow-origin': '*',
			'x-robots-tag': 'nosnippet, noindex',
		});
		expect(resolveHeaders(cloudflare, '/secure/page').get('x-frame-options')).toBe('DENY');
		expect(resolveHeaders(cloudflare, '/static/private/a').has('access-control-allow-origin')).toBe(
			false,
		);
	});

	it('lets the later rule win in last-wins mode (netlify dev)', () => {
		expect(resolveHeaders(cloudflare, '/static/a', 'last-wins').get('x-robots-tag')).toBe(
			'noindex',
		);
	});

	it('refuses a header before any path and a line without a colon', () => {
		expect(() => parseHeaders('  X-A: b')).toThrow('_headers:1');
		expect(() => parseHeaders('/a\n  nonsense')).toThrow('_headers:2');
	});

	it('shows why framing cannot be allowed by a later rule: the two policies are both sent', () => {
		const naive = parseHeaders(
			[
				'/*',
				"  Content-Security-Policy: frame-ancestors 'self'",
				'  X-Frame-Options: SAMEORIGIN',
				'/embed/*',
				"  Content-Security-Policy: object-src 'none'",
			].join('\n'),
		);
		expect(resolveHeaders(naive, '/embed/a/').get('content-security-policy')).toBe(
			"frame-ancestors 'self', object-src 'none'",
		);
		expect(resolveHeaders(naive, '/embed/a/').get('x-frame-options')).toBe('SAMEORIGIN');
		expect(overlappingHeaders(naive, '/embed/a/')).toEqual([
			'Content-Security-Policy: set by /* and /embed/*',
		]);
	});
});

describe('headersFile', () => {
	const pages = [
		'index.html',
		'404.html',
		'cerita/index.html',
		'cerita/a/index.html',
		'data/v/index.html',
		'embed/c/index.html',
		'en/index.html',
		'en/stories/a/index.html',
		'en/embed/c/index.html',
	];
	const base = '/x/';
	const framable = (url: string) => /^\/x\/(en\/)?embed\//.test(url);
	const text = headersFile({ base, pages, framable });
	const rules = parseHeaders(text);
	const modes: Combine[] = ['merge', 'last-wins'];

	it('maps built files to the URLs hosts serve them at', () => {
		expect(pageUrl('/x/', 'index.html')).toBe('/x/');
		expect(pageUrl('/x/', 'en/stories/a/index.html')).toBe('/x/en/stories/a/');
		expect(pageUrl('/', '404.html')).toBe('/404.html');
	});

	it('refuses framing by other sites on every page but the embeds, whichever way rules combine', () => {
		for (const url of pages.map((p) => pageUrl(base, p))) {
			expect(overlappingHeaders(rules, url), url).toEqual([]);
			for (const mode of modes) {
				const h = resolveHeaders(rules, url, mode);
				expect(h.get('x-content-type-options'), url).toBe('nosniff');
				expect(h.get('content-security-policy'), url).toContain("object-src 'none'");
				if (framable(url)) {
					expect(h.has('x-frame-options'), url).toBe(false);
					expect(h.get('content-security-policy'), url).not.toContain('frame-ancestors');
				} else {
					expect(h.get('x-frame-options'), url).toBe('SAMEORIGIN');
					expect(h.get('content-security-policy'), url).toMatch(/frame-ancestors 'self'$/);
				}
			}
		}
	});

	it('uses the widest rules that leave the embeds alone', () => {
		const patterns = rules.map((r) => r.pattern);
		expect(patterns).toEqual(
			expect.arrayContaining([
				'/x/*',
				'/x/',
				'/x/index.html',
				'/x/404.html',
				'/x/cerita/*',
				'/x/en/',
				'/x/en/stories/*',
				'/x/embed/*',
				'/x/en/embed/*',
				'/x/_astro/*',
			]),
		);
		expect(patterns).not.toContain('/x/en/*');
	});

	it('caches hashed assets forever and nothing else', () => {
		expect(resolveHeaders(rules, '/x/_astro/a.B1c2D3e4.js').get('cache-control')).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(resolveHeaders(rules, '/x/pagefind/pagefind.js').get('cache-control')).not.toMatch(
			/immutable/,
		);
		expect(resolveHeaders(rules, '/x/cerita/a/').has('cache-control')).toBe(false);
	});

	it("stays inside Cloudflare Pages' limits (100 rules, 2,000 characters a line)", () => {
		expect(rules.length).toBeLessThanOrEqual(100);
		expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(2000);
	});

	it('is the same text for the same pages in any order', () => {
		expect(headersFile({ base, pages: [...pages].reverse(), framable })).toBe(text);
	});
});
