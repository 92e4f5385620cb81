import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/lib/i18n/index.ts';
import { feedHtmlProblems } from '../../src/lib/release/feed-html.ts';
import { SITE_DIR } from './pages.ts';

// The RSS feeds as a feed reader meets them, parsed by Chromium's XML parser (a parse error
// fails): channel and item fields readers use, item HTML that is static and clean, every link
// resolving to a file of the build, and each chart and map in an item saying what the story page
// in that language says.

const BASE = process.env.E2E_BASE ?? '/lumbung-devisa/';
const ORIGIN = new URL(process.env.SITE_URL ?? 'https://lumbungdevisa.id').origin;
const FEEDS = [
	{ file: 'rss.xml', lang: 'id' as const },
	{ file: 'en/rss.xml', lang: 'en' as const },
];

interface FeedItem {
	title: string;
	link: string;
	pubDate: string;
	authors: string[];
	hasAuthorElement: boolean;
	enclosure: { url: string; length: string; type: string } | null;
	html: string;
}
interface Feed {
	error: string | null;
	version: string | null;
	self: { href: string; rel: string; type: string } | null;
	link: string;
	lastBuildDate: string;
	items: FeedItem[];
}

/** Parse a feed with the browser's XML parser. */
async function parseFeed(page: Page, xml: string): Promise<Feed> {
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const error = doc.querySelector('parsererror')?.textContent ?? null;
		const ATOM = 'http://www.w3.org/2005/Atom';
		const DC = 'http://purl.org/dc/elements/1.1/';
		const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
		const channel = doc.documentElement.getElementsByTagName('channel')[0];
		const child = (el: Element | undefined, name: string) =>
			[...(el?.children ?? [])].find((c) => c.localName === name && !c.namespaceURI);
		const self = channel?.getElementsByTagNameNS(ATOM, 'link')[0];
		return {
			error,
			version: doc.documentElement.getAttribute('version'),
			self: self
				? {
						href: self.getAttribute('href') ?? '',
						rel: self.getAttribute('rel') ?? '',
						type: self.getAttribute('type') ?? '',
					}
				: null,
			link: child(channel, 'link')?.textContent ?? '',
			lastBuildDate: child(channel, 'lastBuildDate')?.textContent ?? '',
			items: [...doc.getElementsByTagName('item')].map((item) => {
				const enclosure = child(item, 'enclosure');
				return {
					title: child(item, 'title')?.textContent ?? '',
					link: child(item, 'link')?.textContent ?? '',
					pubDate: child(item, 'pubDate')?.textContent ?? '',
					authors: [...item.getElementsByTagNameNS(DC, 'creator')].map((c) => c.textContent ?? ''),
					hasAuthorElement: !!child(item, 'author'),
					enclosure: enclosure
						? {
								url: enclosure.getAttribute('url') ?? '',
								length: enclosure.getAttribute('length') ?? '',
								type: enclosure.getAttribute('type') ?? '',
							}
						: null,
					html: item.getElementsByTagNameNS(CONTENT, 'encoded')[0]?.textContent ?? '',
				};
			}),
		};
	}, xml);
}

/** The file of the build an absolute URL of the site points at, or why it does not. */
function fileOf(url: string): { file?: string; fragment: string; error?: string } {
	const u = new URL(url);
	if (!u.pathname.startsWith(BASE)) return { fragment: '', error: `outside ${BASE}` };
	let rel = decodeURIComponent(u.pathname.slice(BASE.length));
	if (rel === '' || rel.endsWith('/')) rel += 'index.html';
	const file = join(SITE_DIR, rel);
	if (!existsSync(file) || !statSync(file).isFile())
		return { fragment: '', error: `no file ${rel} in the build` };
	return { file, fragment: decodeURIComponent(u.hash.slice(1)) };
}

for (const { file, lang } of FEEDS) {
	test(`${file}: valid RSS with a self link, and per item its own date, creators and a real enclosure`, async ({
		page,
	}) => {
		const feed = await parseFeed(page, readFileSync(join(SITE_DIR, file), 'utf8'));
		expect(feed.error).toBeNull();
		expect(feed.version).toBe('2.0');
		expect(feed.self).toEqual({
			href: `${ORIGIN}${BASE}${file}`,
			rel: 'self',
			type: 'application/rss+xml',
		});
		expect(feed.items.length).toBeGreaterThan(0);
		const dates: number[] = [];
		for (const item of feed.items) {
			// RSS <author> must be an e-mail address; names are Dublin Core creators.
			expect(item.hasAuthorElement, item.title).toBe(false);
			expect(item.authors.length, item.title).toBeGreaterThan(0);
			expect(item.authors.every((a) => a.trim().length > 0)).toBe(true);
			// The date is the story's own: the publication time its page declares.
			const story = fileOf(item.link);
			expect(story.error, item.link).toBeUndefined();
			const html = readFileSync(story.file!, 'utf8');
			const published = /<meta property="article:published_time" content="([^"]+)"/.exec(html)?.[1];
			expect(published, item.link).toBeDefined();
			expect(new Date(item.pubDate).getTime(), item.link).toBe(new Date(published!).getTime());
			dates.push(new Date(item.pubDate).getTime());
			// The enclosure is the story's share card, with its size in bytes.
			expect(item.enclosure?.type).toBe('image/png');
			const card = fileOf(item.enclosure!.url);
			expect(card.error, item.enclosure!.url).toBeUndefined();
			expect(Number(item.enclosure!.length)).toBe(statSync(card.file!).size);
		}
		expect(new Date(feed.lastBuildDate).getTime()).toBeGreaterThanOrEqual(Math.max(...dates));
	});

	test(`${file}: item HTML is static and clean, and every link resolves to a file of the build`, async ({
		page,
	}) => {
		const xml = readFileSync(join(SITE_DIR, file), 'utf8');
		const feed = await parseFeed(page, xml);
		const problems: string[] = [];
		for (const item of feed.items) {
			for (const p of feedHtmlProblems(item.html, { origin: ORIGIN }))
				problems.push(`${item.title}: ${p}`);
			const found = await page.evaluate((html) => {
				const doc = new DOMParser().parseFromString(html, 'text/html');
				const all = [...doc.body.querySelectorAll('*')];
				return {
					elements: all
						.map((e) => e.localName)
						.filter((n) => n.includes('-') || /^(script|template|style|iframe|slot)$/.test(n)),
					attributes: all.flatMap((e) =>
						e.getAttributeNames().filter((a) => /^(data-astro|on|style$)/.test(a)),
					),
					urls: all.flatMap((e) =>
						['href', 'src'].map((a) => e.getAttribute(a)).filter((v): v is string => !!v),
					),
				};
			}, item.html);
			expect(found.elements, item.title).toEqual([]);
			expect(found.attributes, item.title).toEqual([]);
			for (const url of [item.link, item.enclosure?.url ?? '', ...found.urls]) {
				if (!url.startsWith(`${ORIGIN}/`)) {
					// Relative URLs mean nothing in a feed reader; other hosts are the sources.
					if (!/^https?:\/\//.test(url)) problems.push(`${item.title}: relative URL ${url}`);
					continue;
				}
				const target = fileOf(url);
				if (target.error) problems.push(`${item.title}: ${url}: ${target.error}`);
				else if (
					target.fragment &&
					!readFileSync(target.file!, 'utf8').includes(`id="${target.fragment}"`)
				)
					problems.push(`${item.title}: ${url}: no id "${target.fragment}" in the page`);
			}
		}
		expect(problems).toEqual([]);
		// Nothing of the build machine: its folder or a module path of the sources.
		expect(xml).not.toContain(process.cwd());
		expect(xml).not.toMatch(/\/src\/(components|pages|layouts|scripts)\//);
	});

	test(`${file}: each chart and map says what the ${lang} story page says`, async ({ page }) => {
		const feed = await parseFeed(page, readFileSync(join(SITE_DIR, file), 'utf8'));
		let charts = 0;
		for (const item of feed.items) {
			const story = readFileSync(fileOf(item.link).file!, 'utf8');
			const compared = await page.evaluate(
				([feedHtml, pageHtml]) => {
					const parse = (h: string) => new DOMParser().parseFromString(h, 'text/html');
					const f = parse(feedHtml);
					const p = parse(pageHtml);
					const text = (e: Element | null | undefined) =>
						(e?.textContent ?? '').replace(/\s+/g, ' ').trim();
					const path = (href: string | null | undefined) =>
						href ? new URL(href, 'https://x.invalid/').pathname : '';
					return {
						charts: [...f.querySelectorAll('figure[id^="grafik-"]')].map((fig) => {
							const on = p.getElementById(fig.id);
							const id = fig.id.slice('grafik-'.length);
							return {
								id: fig.id,
								title: [
									text(fig.querySelector('figcaption strong')),
									text(on?.querySelector('.c-title')),
								],
								source: [
									text(fig.querySelector('.c-source')),
									text(on?.querySelector('.c-source')),
								],
								csv: [
									path(fig.querySelector('a[href$=".csv"]')?.getAttribute('href')),
									path(on?.querySelector('a.c-csv')?.getAttribute('href')),
								],
								alt: [
									fig.querySelector('img')?.getAttribute('alt') ?? '',
									text(p.getElementById(`${id}-w-d`)),
								],
								image: path(fig.querySelector('img')?.getAttribute('src')),
							};
						}),
						maps: [...f.querySelectorAll('figure[id^="peta-"]')].map((fig) => ({
							id: fig.id,
							title: [
								text(fig.querySelector('figcaption strong')),
								text(p.getElementById(fig.id)?.querySelector('.map-title')),
							],
						})),
					};
				},
				[item.html, story] as const,
			);
			for (const c of compared.charts) {
				charts++;
				expect(c.title[0], c.id).toBe(c.title[1]);
				expect(c.source[0], c.id).toBe(c.source[1]);
				expect(c.csv[0], c.id).toBe(c.csv[1]);
				expect(c.alt[0], c.id).toBe(c.alt[1]);
				expect(c.image, c.id).toBe(c.csv[1]!.replace(/\.csv$/, '.svg'));
			}
			for (const m of compared.maps) expect(m.title[0], m.id).toBe(m.title[1]);
		}
		expect(charts).toBeGreaterThan(0);
		// The other language's chart strings appear nowhere ("Unduh data (CSV)" in English…).
		const other = lang === 'id' ? 'en' : 'id';
		const html = feed.items.map((i) => i.html).join('\n');
		for (const key of ['chart.download', 'chart.processed', 'feed.chart', 'feed.map'] as const)
			expect(html, key).not.toContain(t(other, key));
		expect(html).toContain(t(lang, 'chart.download'));
	});
}
