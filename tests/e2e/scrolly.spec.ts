import { expect, test, type Locator, type Page } from '@playwright/test';

// The national story's <Scrolly> (served by playwright.config.ts under a sub-path): without
// JavaScript, in print and with reduced motion every step is its text followed by its own
// figure; with JavaScript the figures share one sticky place and the step being read shows its
// own.
const STORIES = [
	{ path: 'cerita/desa-devisa-indonesia/', id: 'dari-satu-desa' },
	{ path: 'en/stories/export-villages-indonesia/', id: 'from-one-village' },
];
const STEPS = 5;

/** Every figure: a title and a description with text, a map with its own, after its text. */
async function expectStaticSteps(scrolly: Locator): Promise<void> {
	await expect(scrolly.locator('.scrolly-step')).toHaveCount(STEPS);
	const figures = scrolly.locator('figure.scrolly-figure');
	await expect(figures).toHaveCount(STEPS);
	for (let i = 0; i < STEPS; i++) {
		const step = scrolly.locator('.scrolly-step').nth(i);
		// In the document: the step's text, then its figure.
		const order = await step.evaluate((el) =>
			[...el.children].map((c) => c.className.split(' ')[0]),
		);
		expect(order).toEqual(['scrolly-text', 'scrolly-figure']);
		const figure = figures.nth(i);
		await expect(figure).toBeVisible();
		await expect(figure).toHaveCSS('opacity', '1');
		await expect(figure).toHaveCSS('position', 'static');
		const title = await figure.getAttribute('aria-labelledby');
		const desc = await figure.getAttribute('aria-describedby');
		await expect(scrolly.page().locator(`#${title}`)).toHaveText(/\S/);
		await expect(scrolly.page().locator(`#${desc}`)).toHaveText(/\d/);
		await expect(scrolly.page().locator(`#${desc}`)).toBeVisible();
		await expect(figure.locator('svg.scrolly-map desc')).toHaveText(/\S/);
		await expect(figure.locator('svg.scrolly-line desc')).toHaveText(/\S/);
		// The map draws as many villages as the step says it shows.
		const shown = Number(await figure.getAttribute('data-shown'));
		await expect(figure.locator('circle.map-dot')).toHaveCount(shown);
	}
}

/** Scroll so the top of step `i`'s text sits three quarters down the screen (the reading band). */
async function readStep(page: Page, scrolly: Locator, i: number): Promise<void> {
	await scrolly
		.locator('.scrolly-text')
		.nth(i)
		.evaluate((el) => {
			const top = el.getBoundingClientRect().top + window.scrollY;
			window.scrollTo({ top: top - window.innerHeight * 0.75, behavior: 'instant' });
		});
	await page.waitForTimeout(50);
}

for (const story of STORIES) {
	test.describe(story.path, () => {
		test('reads without JavaScript: one figure per step, after its text', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(story.path);
			const scrolly = page.locator(`#${story.id}`);
			await expect(scrolly).not.toHaveAttribute('data-live');
			await expectStaticSteps(scrolly);
			// The map grows from the first village to the latest step.
			const shown = await scrolly
				.locator('figure.scrolly-figure')
				.evaluateAll((fs) => fs.map((f) => Number(f.getAttribute('data-shown'))));
			expect(shown[0]).toBe(1);
			expect(shown[4]).toBeGreaterThan(shown[0] ?? 0);
			await context.close();
		});

		for (const width of [390, 1280]) {
			test(`with JavaScript at ${width} px, the step being read sets the sticky graphic`, async ({
				page,
			}) => {
				await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
				await page.goto(story.path);
				const scrolly = page.locator(`#${story.id}`);
				await expect(scrolly).toHaveAttribute('data-live', 'true');
				const figures = scrolly.locator('figure.scrolly-figure');
				const reached: number[] = [];
				for (let i = 0; i < STEPS; i++) {
					await readStep(page, scrolly, i);
					await expect(scrolly).toHaveAttribute('data-active', String(i));
					const active = figures.nth(i);
					await expect(active).toHaveClass(/\bis-active\b/);
					await expect(active).toHaveCSS('opacity', '1');
					await expect(active).toHaveCSS('position', 'sticky');
					await expect(scrolly.locator('figure.scrolly-figure.is-active')).toHaveCount(1);
					// The active figure is on screen while its text is read.
					const box = await active.boundingBox();
					expect(box, `step ${i + 1}`).not.toBeNull();
					expect((box?.y ?? -1) + (box?.height ?? 0) / 2).toBeGreaterThan(0);
					expect(box?.y ?? 900).toBeLessThan(width < 600 ? 844 : 800);
					if (i > 0) await expect(figures.nth(i - 1)).toHaveCSS('opacity', '0');
					reached.push(Number(await active.getAttribute('data-reached')));
				}
				// The count line grows (or holds) from step to step, and reaches its last point.
				expect(reached).toEqual([...reached].sort((a, b) => a - b));
				expect(reached[0]).toBe(1);
				expect(reached[STEPS - 1]).toBeGreaterThan(1);
				// Back up: the earlier step's figure returns.
				await readStep(page, scrolly, 1);
				await expect(scrolly).toHaveAttribute('data-active', '1');
			});
		}

		test('with reduced motion, and in print, the steps stay static figures', async ({
			browser,
		}) => {
			const context = await browser.newContext({ reducedMotion: 'reduce' });
			const page = await context.newPage();
			await page.goto(story.path);
			const scrolly = page.locator(`#${story.id}`);
			await page.waitForFunction(() => Boolean(customElements.get('ld-scrolly')));
			await expect(scrolly).not.toHaveAttribute('data-live');
			await expectStaticSteps(scrolly);
			// A reader who turns reduced motion off gets the sticky version, and back.
			await page.emulateMedia({ reducedMotion: 'no-preference' });
			await expect(scrolly).toHaveAttribute('data-live', 'true');
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await expect(scrolly).not.toHaveAttribute('data-live');
			// Print, with JavaScript live: the print styles show every step's figure in the flow.
			await page.emulateMedia({ reducedMotion: 'no-preference', media: 'print' });
			await expect(scrolly).toHaveAttribute('data-live', 'true');
			await expectStaticSteps(scrolly);
			await context.close();
		});
	});
}
