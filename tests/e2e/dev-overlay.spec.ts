import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devProject } from './dev-project.ts';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { csvLine } from '../../src/lib/data/inspect.ts';

// `npm run dev` in a throw-away copy of the project (never the checkout): break a story and a CSV,
// see Astro's error overlay name the file, line and column the build would print, fix the file,
// and see the page come back without touching the browser.

const STORY = 'src/content/stories/id/kakao-kutai-timur.mdx';
const DATASET = 'kaltim-cocoa';

const project = devProject('lumbung-dev-');

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const overlay = (page: Page) => page.locator('vite-error-overlay');

async function edit(file: string, change: (text: string) => string): Promise<string> {
	const path = join(project.dir, file);
	const before = readFileSync(path, 'utf8');
	writeFileSync(path, change(before));
	return before;
}

test('a broken story shows in the overlay, located, and the page returns when it is fixed', async ({
	page,
}) => {
	await page.goto(`${project.base}cerita/kakao-kutai-timur/`);
	await expect(page.getByRole('heading', { level: 1, name: /Kakao/ })).toBeVisible();
	await expect(overlay(page)).toHaveCount(0);

	const lines = readFileSync(join(project.dir, STORY), 'utf8').split('\n');
	const line = lines.findIndex((l) => l.startsWith('published:')) + 1;
	const original = await edit(STORY, (text) =>
		text.replace(/^published: .*$/m, 'published: 2026-02-30'),
	);
	await expect(overlay(page)).toHaveCount(1, { timeout: 30_000 });
	await expect(overlay(page)).toContainText(
		`${STORY}:${line}:12: error frontmatter-type [frontmatter.published]`,
	);
	await expect(overlay(page)).toContainText('published: 2026-02-30');

	writeFileSync(join(project.dir, STORY), original);
	await expect(overlay(page)).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1, name: /Kakao/ })).toBeVisible();
});

test('a misspelt column in a story names the line, the column and the likely name', async ({
	page,
}) => {
	await page.goto(`${project.base}cerita/kakao-kutai-timur/`);
	await expect(page.getByRole('heading', { level: 1, name: /Kakao/ })).toBeVisible();
	const original = await edit(STORY, (text) =>
		text.replace('column="farm_units"', 'column="farm_unit"'),
	);
	const lines = readFileSync(join(project.dir, STORY), 'utf8').split('\n');
	const line = lines.findIndex((l) => l.includes('column="farm_unit"')) + 1;
	// At the misspelt value itself.
	const col = (lines[line - 1] ?? '').indexOf('farm_unit"') + 1;
	await expect(overlay(page)).toContainText(
		`${STORY}:${line}:${col}: error chart-unknown-column [Value.column]`,
		{
			timeout: 30_000,
		},
	);
	await expect(overlay(page)).toContainText('maksud Anda "farm_units"?');
	writeFileSync(join(project.dir, STORY), original);
	await expect(overlay(page)).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1, name: /Kakao/ })).toBeVisible();
});

test('a bad CSV cell shows in the overlay on any page, and the page returns when it is fixed', async ({
	page,
}) => {
	const declaration = JSON.parse(
		readFileSync(join(project.dir, `data/${DATASET}.dataset.json`), 'utf8'),
	);
	const title: string = declaration.title.id;
	await page.goto(`${project.base}data/${DATASET}/`);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(overlay(page)).toHaveCount(0);

	const col = declaration.schema.fields.findIndex((f: { type: string }) => f.type === 'number') + 1;
	const file = `data/${DATASET}.csv`;
	const original = await edit(file, (text) => {
		const rows = text.split('\n');
		const cells = Papa.parse<string[]>(rows[1] ?? '').data[0] ?? [];
		cells[col - 1] = '6.88.4';
		rows[1] = csvLine(cells, ',');
		return rows.join('\n');
	});
	await expect(overlay(page)).toContainText(`${file}:2:${col}: error type-error`, {
		timeout: 30_000,
	});
	await expect(overlay(page)).toContainText('"6.88.4" bukan angka');

	writeFileSync(join(project.dir, file), original);
	await expect(overlay(page)).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
