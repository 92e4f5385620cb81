import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SITE_DIR, sitePages } from './pages.ts';

// Keyboard only, from the top of the page: skip link, then Tab through the page: into a chart
// (arrow keys move its tooltip, Escape closes it), into a map's village list (Enter unfolds it;
// Enter on a village opens the popup with focus inside, Escape closes it and returns focus), and
// on to the footer — every stop visibly focused, no trap. Walks a story that has both a chart and a live map; until a
// story has both, the component guide (which shows every chart and map) stands in.

const CHART = 'figure.c-frame svg[tabindex="0"]';
const MAP_ITEM = 'ld-village-map[data-live] .map-item-button';

function walkTarget(): { path: string; story: boolean } | undefined {
	const read = (path: string) => readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
	const has = (html: string) =>
		/<figure class="c-frame"/.test(html) && /<ld-village-map[^>]*data-live/.test(html);
	const candidates = sitePages().filter((p) => /^(cerita|en\/stories)\/[^/]+\/$/.test(p.path));
	const story = candidates.find((p) => has(read(p.path)));
	if (story) return { path: story.path, story: true };
	const guide = sitePages().find((p) => p.path === 'panduan/komponen/');
	return guide && has(read(guide.path)) ? { path: guide.path, story: false } : undefined;
}

/** What has focus: a short description, and whether it shows a focus indicator. */
async function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return { what: 'body', visible: false, inFooter: false };
		const style = getComputedStyle(el);
		const ring =
			(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
			style.boxShadow !== 'none';
		return {
			what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
			visible: ring,
			inFooter: !!el.closest('footer'),
		};
	});
}

/** The `selector` ancestor of the focused element (marked, so the locator stays on it). */
async function around(page: Page, selector: string) {
	const marked = await page.evaluate((s) => {
		const el = document.activeElement?.closest(s);
		el?.setAttribute('data-walked', '');
		return !!el;
	}, selector);
	expect(marked, `focus inside ${selector}`).toBe(true);
	return page.locator(`${selector}[data-walked]`);
}

test('keyboard only: skip link, a chart, a map popup, and out to the footer', async ({ page }) => {
	test.setTimeout(120_000);
	const target = walkTarget();
	expect(target, 'a page with a chart and a live map').toBeDefined();
	if (!target?.story)
		test.info().annotations.push({
			type: 'note',
			description: 'no story has a chart and a live map yet: walked the component guide',
		});
	await page.goto(target?.path ?? '');

	// The skip link is the first stop and jumps to the content.
	await page.keyboard.press('Tab');
	const skip = page.locator('a.skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#isi$/);

	let chartDone = false;
	let mapDone = false;
	const at = (selector: string) =>
		page.evaluate((s) => !!document.activeElement?.matches(s), selector);
	for (let i = 0; i < 600 && !(chartDone && mapDone && (await at('footer a'))); i++) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		expect(f.visible, `focus indicator on ${f.what} (stop ${i + 1})`).toBe(true);

		if (!chartDone && (await at(CHART))) {
			// A chart: arrows move the tooltip along the data, Escape closes it, focus stays.
			const chart = page.locator(`${CHART}:focus`);
			const tip = (await around(page, 'figure.c-frame')).locator('.c-tip');
			await page.keyboard.press('ArrowRight');
			await expect(tip).toBeVisible();
			expect((await tip.innerText()).trim()).not.toBe('');
			await page.keyboard.press('End');
			await expect(tip).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(tip).toBeHidden();
			await expect(chart).toBeFocused();
			chartDone = true;
		} else if (!mapDone && (await at('ld-village-map[data-live] details:not([open]) > summary'))) {
			// The village list is folded: open it from the keyboard.
			await page.keyboard.press('Enter');
		} else if (!mapDone && (await at(MAP_ITEM))) {
			// A map: a village in the list opens its popup, focus goes in; Escape returns it.
			const item = page.locator(`${MAP_ITEM}:focus`);
			const name = (await item.innerText()).trim();
			const popup = (await around(page, 'ld-village-map')).locator('.leaflet-popup');
			await page.keyboard.press('Enter');
			await expect(popup).toBeVisible();
			await expect(popup).toContainText(name);
			expect(await popup.evaluate((el) => el.contains(document.activeElement))).toBe(true);
			await page.keyboard.press('Escape');
			await expect(popup).toHaveCount(0);
			await expect(item).toBeFocused();
			mapDone = true;
		}
	}
	expect({ chartDone, mapDone }).toEqual({ chartDone: true, mapDone: true });
	// No trap: Tab carried on out of the chart and the map to the footer.
	expect((await focused(page)).inFooter).toBe(true);
});
