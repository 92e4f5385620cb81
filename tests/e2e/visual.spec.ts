import { expect, test, type Page, type TestInfo } from '@playwright/test';

// The layout, measured rather than compared with pixel baselines (which differ between machines
// and fonts): at phone, tablet, laptop and wide-screen widths the front pages and a story fit the
// width, start at the header's left edge, leave no tall empty band, and the front page shows its
// lead graphic above the fold; dark mode, print and forced colours keep text and figures
// readable. Every view is saved as a screenshot under the test's output (test-results/) for a
// person to look at.

const WIDTHS = [390, 768, 1280, 1600] as const;
const HEIGHT = 900;
/** The tallest empty band (px) allowed between blocks, or under a block beside a taller one. */
const MAX_GAP = 200;

/** What a printout has no use for: navigation, share and download tools, form controls. */
const PRINT_TOOLS = [
	'.skip-link',
	'.site-header nav',
	'.story-tools',
	'.page-toc',
	'.c-actions',
	'.c-embed',
	'.c-tip',
	'select',
	'input',
	'textarea',
].join(', ');

const FRONT = [
	{ path: '', name: 'front-id' },
	{ path: 'en/', name: 'front-en' },
];
const STORY = { path: 'cerita/desa-devisa-indonesia/', name: 'story-id' };

/** Every page type in both languages (the guide and the 404 page exist in Indonesian only). */
const PAGE_TYPES = [
	'',
	'en/',
	'cerita/',
	'en/stories/',
	'cerita/desa-devisa-indonesia/',
	'en/stories/export-villages-indonesia/',
	'data/',
	'en/data/',
	'data/villages/',
	'en/data/villages/',
	'peta/',
	'en/map/',
	'wilayah/',
	'en/regions/',
	'wilayah/jawa-timur/',
	'en/regions/jawa-timur/',
	'komoditas/kakao/',
	'en/commodities/kakao/',
	'cari/',
	'en/search/',
	'tentang/',
	'en/about/',
	'panduan/komponen/',
	'tidak-ada-halaman-ini/',
];

async function shoot(page: Page, info: TestInfo, name: string): Promise<void> {
	const path = info.outputPath(`${name}.png`);
	await page.screenshot({ path, fullPage: true, animations: 'disabled' });
	await info.attach(name, { path, contentType: 'image/png' });
}

/** Left edges (px) of the header's content, of <main>'s content box and of its first content. */
function edges(page: Page) {
	return page.evaluate(() => {
		const contentLeft = (el: Element) => {
			const r = el.getBoundingClientRect();
			return r.left + parseFloat(getComputedStyle(el).paddingLeft);
		};
		const header = document.querySelector('.site-header .wrap');
		const main = document.querySelector('main');
		if (!header || !main) throw new Error('no header .wrap or main');
		// The first visible text or graphic in <main>, and the leftmost of all of them.
		// A box that clips its content (a map, a table scrolling sideways) counts as one block.
		const lefts: number[] = [];
		const shown = (r: DOMRect) => r.width > 1 && r.height > 1;
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
			acceptNode: (n) =>
				n instanceof Element && n !== main && getComputedStyle(n).overflowX !== 'visible'
					? (shown(n.getBoundingClientRect()) && lefts.push(n.getBoundingClientRect().left),
						NodeFilter.FILTER_REJECT)
					: NodeFilter.FILTER_ACCEPT,
		});
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			let rects: DOMRect[] = [];
			if (n instanceof Text && n.data.trim()) {
				const range = document.createRange();
				range.selectNodeContents(n);
				rects = [...range.getClientRects()];
			} else if (n instanceof SVGSVGElement || n instanceof HTMLImageElement) {
				rects = [n.getBoundingClientRect()];
			}
			for (const r of rects) if (shown(r)) lefts.push(r.left);
		}
		return {
			header: contentLeft(header),
			brand: document.querySelector('.site-header .brand')?.getBoundingClientRect().left ?? NaN,
			main: contentLeft(main),
			first: lefts[0] ?? NaN,
			leftmost: Math.min(...lefts),
		};
	});
}

/** Horizontal overflow of the document (px; 0 when the page fits its width). */
function overflow(page: Page) {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
}

/**
 * Empty bands in <main>: between consecutive stacked content (text and graphics, over the whole
 * width), and under a block that stands beside a taller one (its row's bottom minus the bottom
 * of its own content) — the space a reader sees as a hole in the page.
 */
function emptyBands(page: Page) {
	return page.evaluate(() => {
		const main = document.querySelector('main');
		if (!main) throw new Error('no main');
		const visible = (r: DOMRect) => r.width > 1 && r.height > 1;
		// One pass over the content: its rectangles, and the lowest content bottom of every
		// element that holds some (a box that clips its content counts as one rectangle).
		const rects: DOMRect[] = [];
		const bottoms = new Map<Element, number>();
		const add = (r: DOMRect, from: Element | null) => {
			rects.push(r);
			for (let el = from; el && el !== main; el = el.parentElement)
				bottoms.set(el, Math.max(bottoms.get(el) ?? -Infinity, r.bottom));
		};
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
			acceptNode: (n) => {
				if (!(n instanceof Element) || n === main) return NodeFilter.FILTER_ACCEPT;
				// A sticky graphic (a <Scrolly>'s) stays on screen while its container scrolls by:
				// it fills the container's whole height for the reader, steps spaced out included.
				// Its container is the nearest ancestor with a box (a `display: contents` one has none).
				let container = n.parentElement;
				while (container && getComputedStyle(container).display === 'contents')
					container = container.parentElement;
				if (getComputedStyle(n).position === 'sticky' && container) {
					const r = n.getBoundingClientRect();
					const box = container.getBoundingClientRect();
					if (visible(r)) add(new DOMRect(r.left, r.top, r.width, box.bottom - r.top), n);
				}
				const clips = getComputedStyle(n).overflowX !== 'visible';
				const leaf =
					clips ||
					n instanceof SVGSVGElement ||
					n instanceof HTMLImageElement ||
					n instanceof HTMLInputElement ||
					n instanceof HTMLSelectElement ||
					n instanceof HTMLTextAreaElement;
				if (!leaf) return NodeFilter.FILTER_ACCEPT;
				const r = n.getBoundingClientRect();
				if (visible(r)) add(r, n);
				return NodeFilter.FILTER_REJECT;
			},
		});
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			if (!(n instanceof Text) || !n.data.trim()) continue;
			const range = document.createRange();
			range.selectNodeContents(n);
			for (const r of range.getClientRects()) if (visible(r)) add(r, n.parentElement);
		}
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
		const bands: { where: string; height: number }[] = [];
		// Stacked: gaps in the vertical projection of all content.
		const spans = rects.map((r) => [r.top, r.bottom] as const).sort((a, b) => a[0] - b[0]);
		let reach = spans[0]?.[1] ?? 0;
		for (const [top, bottom] of spans.slice(1)) {
			if (top - reach > 0)
				bands.push({ where: `main, below y=${Math.round(reach)}`, height: top - reach });
			reach = Math.max(reach, bottom);
		}
		// Side by side: children of grid and flex containers that share a row with another child.
		for (const box of bottoms.keys()) {
			if (!/grid|flex/.test(getComputedStyle(box).display)) continue;
			const items = [...box.children]
				.map((el) => ({ el, r: el.getBoundingClientRect() }))
				.filter((x) => visible(x.r) && bottoms.has(x.el));
			for (const item of items) {
				const row = items.filter(
					(o) => o !== item && o.r.top < item.r.bottom && o.r.bottom > item.r.top,
				);
				if (!row.some((o) => o.r.left >= item.r.right || o.r.right <= item.r.left)) continue;
				const rowBottom = Math.max(item.r.bottom, ...row.map((o) => o.r.bottom));
				bands.push({
					where: `under ${describe(item.el)}`,
					height: rowBottom - (bottoms.get(item.el) ?? rowBottom),
				});
			}
		}
		return bands.map((b) => ({ ...b, height: Math.round(b.height) }));
	});
}

/** Relative luminance contrast of an element's text against the background it is drawn on. */
function textContrast(page: Page, selector: string) {
	return page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
			const lum = ([r = 0, g = 0, b = 0]: number[]) => {
				const ch = (v: number) => {
					const s = v / 255;
					return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
				};
				return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
			};
			let bg: number[] | undefined;
			for (let n: Element | null = el; n && !bg; n = n.parentElement) {
				const c = rgb(getComputedStyle(n).backgroundColor);
				if (c.length >= 3 && (c.length < 4 || (c[3] ?? 1) > 0)) bg = c;
			}
			bg ??= rgb(getComputedStyle(document.documentElement).backgroundColor);
			if (bg.length === 4 && bg[3] === 0) bg = [255, 255, 255];
			const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(bg)];
			return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
		});
}

for (const { path, name } of [...FRONT, STORY]) {
	test(`${name}: fits, aligns with the header and leaves no empty band at ${WIDTHS.join(', ')} px`, async ({
		page,
	}, info) => {
		test.setTimeout(120_000);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: HEIGHT });
			await page.goto(path);
			expect(await overflow(page), `${width}px: horizontal overflow`).toBeLessThanOrEqual(0);
			const e = await edges(page);
			expect(Math.abs(e.brand - e.header), `${width}px: brand at the header's edge`).toBeLessThan(
				1,
			);
			expect(Math.abs(e.main - e.header), `${width}px: main's edge is the header's`).toBeLessThan(
				1,
			);
			expect(Math.abs(e.first - e.main), `${width}px: content starts at the edge`).toBeLessThan(1);
			expect(e.leftmost, `${width}px: nothing left of the edge`).toBeGreaterThan(e.main - 1);
			const tall = (await emptyBands(page)).filter((b) => b.height > MAX_GAP);
			expect(tall, `${width}px: empty bands taller than ${MAX_GAP}px`).toEqual([]);
			if (name.startsWith('front')) {
				const graphic = page.locator('[data-lead-graphic] svg.c-svg:visible');
				await expect(graphic, `${width}px: one drawing of the lead graphic`).toHaveCount(1);
				if (width >= 1280) {
					const box = await graphic.boundingBox();
					expect(
						box && box.y + box.height / 3,
						`${width}px: lead graphic above the fold`,
					).toBeLessThan(HEIGHT);
				}
				// Each key figure with a series shows it, described for screen readers.
				const sparks = page.locator('.figure svg.spark');
				expect(await sparks.count(), `${width}px: sparklines`).toBeGreaterThanOrEqual(3);
				for (const s of await sparks.all()) {
					await expect(s).toBeVisible();
					expect(await s.locator('desc').textContent()).toMatch(/\d/);
				}
			}
			await shoot(page, info, `${name}-${width}`);
		}
	});
}

test("every page type, both languages: content starts at the header's left edge and fits at 390 and 1280 px", async ({
	page,
}) => {
	test.setTimeout(120_000);
	for (const path of PAGE_TYPES) {
		await page.setViewportSize({ width: 1280, height: HEIGHT });
		await page.goto(path);
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: HEIGHT });
			const e = await edges(page);
			const at = `${path || '(front)'} at ${width}px`;
			expect(Math.abs(e.main - e.header), `${at}: main's edge is the header's`).toBeLessThan(1);
			expect(Math.abs(e.first - e.main), `${at}: content starts at the edge`).toBeLessThan(1);
			expect(e.leftmost, `${at}: nothing left of the edge`).toBeGreaterThan(e.main - 1);
			expect(await overflow(page), `${at}: horizontal overflow`).toBeLessThanOrEqual(0);
		}
	}
});

for (const { path, name } of [FRONT[0]!, STORY]) {
	test(`${name}: dark mode, print and forced colours keep text and figures readable`, async ({
		page,
	}, info) => {
		test.setTimeout(90_000);
		const heading = name.startsWith('front') ? '.lead .story-card a' : 'h1';
		await page.goto(path);

		await page.emulateMedia({ colorScheme: 'dark' });
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(bg, 'dark background').not.toBe('rgb(251, 250, 247)');
		expect(await textContrast(page, heading), 'dark: heading contrast').toBeGreaterThanOrEqual(4.5);
		expect(await textContrast(page, 'main p'), 'dark: text contrast').toBeGreaterThanOrEqual(4.5);
		if (name.startsWith('front'))
			expect(await textContrast(page, '.figure .number'), 'dark: figures').toBeGreaterThanOrEqual(
				4.5,
			);
		await shoot(page, info, `${name}-dark`);

		await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
		expect(await textContrast(page, heading), 'forced colours: heading').toBeGreaterThanOrEqual(
			4.5,
		);
		expect(await textContrast(page, 'main p'), 'forced colours: text').toBeGreaterThanOrEqual(4.5);
		await expect(page.locator('main svg.c-svg:visible').first()).toBeVisible();
		await shoot(page, info, `${name}-forced-colors`);

		await page.emulateMedia({ forcedColors: 'none', media: 'print' });
		const leftovers = await page.evaluate(
			(TOOLS) =>
				[...document.querySelectorAll('body *')].flatMap((el) => {
					const r = el.getBoundingClientRect();
					if (r.width < 1 || r.height < 1) return [];
					const s = getComputedStyle(el);
					if (s.visibility === 'hidden') return [];
					const what = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
					if (s.position === 'sticky' || s.position === 'fixed') return [`${what}: ${s.position}`];
					if (el.matches(TOOLS)) return [`${what}: tool`];
					return [];
				}),
			PRINT_TOOLS,
		);
		expect(leftovers, 'print: nothing sticky, no controls').toEqual([]);
		const figures = page.locator('main figure svg.c-svg:visible');
		expect(await figures.count(), 'print: figures present').toBeGreaterThan(0);
		await shoot(page, info, `${name}-print`);
	});
}

/** Text pages with a contents rail (PageToc): a story, about, a dataset, the hubs, the guide. */
const RAIL_PAGES = [
	'cerita/desa-devisa-indonesia/',
	'en/stories/export-villages-indonesia/',
	'tentang/',
	'en/about/',
	'data/villages/',
	'en/data/villages/',
	'wilayah/jawa-timur/',
	'en/regions/jawa-timur/',
	'komoditas/kakao/',
	'en/commodities/kakao/',
	'panduan/komponen/',
];

test('text pages: at 1280 px a contents rail right of the text column, overlapping nothing; none at 390 px', async ({
	page,
}) => {
	test.setTimeout(120_000);
	for (const path of RAIL_PAGES) {
		await page.setViewportSize({ width: 1280, height: HEIGHT });
		await page.goto(path);
		const rail = page.locator('.page-toc');
		await expect(rail, `${path}: one rail`).toHaveCount(1);
		await expect(rail, `${path}: rail shown at 1280 px`).toBeVisible();
		const m = await page.evaluate(() => {
			const list = document.querySelector('.page-toc-inner');
			const h1 = document.querySelector('main h1');
			if (!list || !h1) throw new Error('no rail list or h1');
			const r = list.getBoundingClientRect();
			// Every piece of text or graphic in <main> outside the rail that overlaps the rail's list.
			const hits: string[] = [];
			const overlaps = (b: DOMRect) =>
				b.width > 1 &&
				b.height > 1 &&
				b.left < r.right &&
				b.right > r.left &&
				b.top < r.bottom &&
				b.bottom > r.top;
			const main = document.querySelector('main')!;
			const walker = document.createTreeWalker(
				main,
				NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
				{
					acceptNode: (n) =>
						n instanceof Element && n.closest('.page-toc')
							? NodeFilter.FILTER_REJECT
							: NodeFilter.FILTER_ACCEPT,
				},
			);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				let rects: DOMRect[] = [];
				if (n instanceof Text && n.data.trim()) {
					const range = document.createRange();
					range.selectNodeContents(n);
					rects = [...range.getClientRects()];
				} else if (n instanceof SVGSVGElement || n instanceof HTMLImageElement)
					rects = [n.getBoundingClientRect()];
				if (rects.some(overlaps))
					hits.push((n.textContent ?? n.nodeName).trim().slice(0, 40) || n.nodeName);
			}
			const column = h1.getBoundingClientRect();
			return {
				columnRight: column.right,
				left: r.left,
				right: r.right,
				width: r.width,
				entries: list.querySelectorAll('li a').length,
				hits,
			};
		});
		expect(m.left, `${path}: rail right of the text column`).toBeGreaterThanOrEqual(m.columnRight);
		expect(m.right, `${path}: rail inside the page`).toBeLessThanOrEqual(1280);
		expect(m.width, `${path}: rail has room`).toBeGreaterThan(150);
		expect(m.entries, `${path}: rail lists the sections`).toBeGreaterThan(1);
		expect(m.hits, `${path}: nothing overlaps the rail`).toEqual([]);
		await page.setViewportSize({ width: 390, height: HEIGHT });
		await expect(rail, `${path}: no rail at 390 px`).toBeHidden();
	}
});
