import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devProject } from './dev-project.ts';
import { expect, test, type Page } from '@playwright/test';

// `npm run dev` never lies: in a throw-away copy of the project, rename a village in
// data/villages.csv and edit a story's MDX while the dev server runs; every page that shows
// them — the dataset page, the explorer's list and map data, the region hub's table and map,
// a story's map, the story list — shows the new text on the next load, with no restart.

const OLD = 'Parengan';
const NEW = 'Parengan Uji Segar';
const STORY = 'src/content/stories/id/lamongan-tenun-ikat-parengan.mdx';

const project = devProject('lumbung-fresh-');

test.describe.configure({ mode: 'serial', timeout: 240_000 });

/** The pages that show the village Parengan, each with what holds its name. */
const PAGES = [
	['dataset page', 'data/villages/'],
	['explorer', 'peta/'],
	['region hub', 'wilayah/lamongan/'],
	['story with a map', 'cerita/lamongan-tenun-ikat-parengan/'],
] as const;

/**
 * The page's HTML once it has settled: in dev, Vite may reload a page while it optimises
 * dependencies on first use, and the dev checks reload it after a data or story file changes.
 */
async function settled(page: Page, url: string): Promise<string> {
	for (let attempt = 0; ; attempt++) {
		try {
			await page.goto(url, { waitUntil: 'networkidle' });
			await page.waitForLoadState('networkidle');
			return await page.content();
		} catch (error) {
			// The dev server's own reload after a file change aborts a navigation under way.
			if (attempt > 5) throw error;
			await page.waitForTimeout(500);
		}
	}
}

/** The village's name as the page has it: in text, or as the value of an attribute. */
const named = (html: string, name: string) =>
	new RegExp(`(>\\s*|="|: ")${name}(\\s*<|"|,)`).test(html);

test('a village renamed in data/villages.csv shows renamed on every page, map data included', async ({
	page,
}) => {
	for (const [, path] of PAGES) {
		const html = await settled(page, `${project.base}${path}`);
		expect(named(html, OLD), path).toBe(true);
		expect(named(html, NEW), path).toBe(false);
	}
	const csv = join(project.dir, 'data/villages.csv');
	const rows = readFileSync(csv, 'utf8').split('\n');
	const i = rows.findIndex((r) => r.startsWith(`parengan,${OLD},`));
	expect(i).toBeGreaterThan(0);
	rows[i] = rows[i]!.replace(`parengan,${OLD},`, `parengan,${NEW},`);
	writeFileSync(csv, rows.join('\n'));
	for (const [what, path] of PAGES) {
		await expect
			.poll(
				async () => {
					const html = await settled(page, `${project.base}${path}`);
					return { renamed: named(html, NEW), old: named(html, OLD) };
				},
				{ message: what, timeout: 30_000 },
			)
			.toEqual({ renamed: true, old: false });
	}
});

test('an edit to a story’s MDX shows on its page and in the story list on the next load', async ({
	page,
}) => {
	const path = join(project.dir, STORY);
	const before = readFileSync(path, 'utf8');
	const title = /^title: '(.*)'$/m.exec(before)?.[1] ?? '';
	expect(title).not.toBe('');
	const edited = `${title} (diperbarui)`;
	writeFileSync(path, before.replace(`title: '${title}'`, `title: '${edited}'`));
	for (const url of ['cerita/lamongan-tenun-ikat-parengan/', 'cerita/']) {
		await expect
			.poll(
				async () => {
					const html = await settled(page, `${project.base}${url}`);
					// The page's title when it has not changed, so a failure says what it showed.
					const fetched = await (await fetch(`${project.base}${url}`)).text();
					return (
						html.includes(edited) ||
						`${/<title>([^<]*)/.exec(html)?.[1] ?? ''} | fetched ${fetched.includes(edited)} | file ${readFileSync(path, 'utf8').includes(edited)}`
					);
				},
				{ message: url, timeout: 30_000 },
			)
			.toBe(true);
	}
});
