import { expect, test } from '@playwright/test';
import { sitePages } from './pages.ts';

// The link gate, over HTTP against the site served under the sub-path (so a root-relative link
// that forgot BASE_PATH is a 404 here even when the file exists in dist/): every href, src and
// srcset of every page (sitemap and unlisted pages alike), every url() in the stylesheets, and
// every #fragment, same-page or not, must resolve.

const pages = sitePages().filter((p) => p.status === 200 && !p.path.includes('?'));

function refsOf(html: string): string[] {
	const refs = [...html.matchAll(/\s(?:href|src|poster|data-src)="([^"]+)"/g)].map(
		(m) => m[1] ?? '',
	);
	for (const m of html.matchAll(/\ssrcset="([^"]+)"/g))
		for (const part of (m[1] ?? '').split(',')) refs.push(part.trim().split(/\s+/)[0] ?? '');
	return refs.filter(Boolean).map((r) => r.replace(/&amp;/g, '&'));
}

test('no broken internal link, fragment, image or asset anywhere under the sub-path', async ({
	request,
	baseURL,
}) => {
	test.setTimeout(180_000);
	const root = new URL(baseURL ?? '');
	const base = root.pathname;
	expect(pages.length).toBeGreaterThan(50);
	const bodies = new Map<string, { status: number; type: string; text: string }>();
	const get = async (path: string) => {
		let hit = bodies.get(path);
		if (!hit) {
			const res = await request.get(new URL(path, root).href, { maxRedirects: 0 });
			const type = res.headers()['content-type'] ?? '';
			const text = /html|css/.test(type) ? await res.text() : '';
			hit = { status: res.status(), type, text };
			bodies.set(path, hit);
		}
		return hit;
	};
	const broken: string[] = [];
	const checked = new Set<string>();
	const check = async (from: string, ref: string) => {
		if (/^(mailto:|tel:|data:)/.test(ref)) return;
		const url = new URL(ref, new URL(from, root));
		if (url.origin !== root.origin) return;
		if (!url.pathname.startsWith(base)) {
			broken.push(`${from} → ${ref} (outside ${base})`);
			return;
		}
		const key = `${url.pathname}${url.hash}`;
		if (checked.has(key)) return;
		checked.add(key);
		const target = await get(url.pathname);
		if (target.status !== 200) {
			broken.push(`${from} → ${ref} (HTTP ${target.status})`);
			return;
		}
		if (url.hash && target.type.includes('html')) {
			const id = decodeURIComponent(url.hash.slice(1));
			if (!target.text.includes(`id="${id}"`)) broken.push(`${from} → ${ref} (no #${id})`);
		}
		if (target.type.includes('css') && !checked.has(`css:${url.pathname}`)) {
			checked.add(`css:${url.pathname}`);
			for (const m of target.text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g))
				await check(url.pathname, m[1] ?? '');
		}
	};
	for (const page of pages) {
		const path = `${base}${page.path}`;
		const { status, text } = await get(path);
		expect(status, path).toBe(200);
		for (const ref of refsOf(text)) await check(path, ref);
	}
	expect(checked.size).toBeGreaterThan(pages.length);
	expect(broken).toEqual([]);
});
