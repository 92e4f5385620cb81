import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { csvLine } from '../../src/lib/data/inspect.ts';

// `npm run dev` in a throw-away copy of the project (never the checkout): break a story and a CSV,
// see Astro's error overlay name the file, line and column the build would print, fix the file,
// and see the page come back without touching the browser.

const ROOT = join(import.meta.dirname, '../..');
const STORY = 'src/content/stories/id/kakao-kutai-timur.mdx';
const DATASET = 'kaltim-cocoa';

let dir = '';
let server: ChildProcess | undefined;
let base = '';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const address = s.address();
			s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'lumbung-dev-'));
	for (const item of [
		'src',
		'data',
		'public',
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
	]) {
		cpSync(join(ROOT, item), join(dir, item), { recursive: true });
	}
	// Packages linked one by one, so Vite's dependency cache (node_modules/.vite) stays private.
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(ROOT, 'node_modules'))) {
		if (name === '.vite' || name === '.astro') continue;
		symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
	}
	const port = await freePort();
	base = `http://127.0.0.1:${port}/`;
	server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: dir,
			env: { ...process.env, BASE_PATH: '/', CACHE_DIR: join(dir, '.cache') },
			stdio: 'pipe',
			detached: true,
		},
	);
	let log = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 60_000);
		const read = (chunk: Buffer) => {
			log += chunk.toString();
			if (log.includes(`127.0.0.1:${port}`)) {
				clearTimeout(timer);
				resolve();
			}
		};
		server?.stdout?.on('data', read);
		server?.stderr?.on('data', read);
		server?.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${log}`)));
	});
});

test.afterAll(() => {
	if (server?.pid) {
		try {
			process.kill(-server.pid);
		} catch {
			// already gone
		}
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const overlay = (page: Page) => page.locator('vite-error-overlay');

async function edit(file: string, change: (text: string) => string): Promise<string> {
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	writeFileSync(path, change(before));
	return before;
}

test('a broken story shows in the overlay, located, and the page returns when it is fixed', async ({
	page,
}) => {
	await page.goto(`${base}cerita/kakao-kutai-timur/`);
	await expect(page.getByRole('heading', { level: 1, name: /Kakao/ })).toBeVisible();
	await expect(overlay(page)).toHaveCount(0);

	const lines = readFileSync(join(dir, STORY), 'utf8').split('\n');
	const line = lines.findIndex((l) => l.startsWith('published:')) + 1;
	const original = await edit(STORY, (text) =>
		text.replace(/^published: .*$/m, 'published: 2026-02-30'),
	);
	await expect(overlay(page)).toHaveCount(1, { timeout: 30_000 });
	await expect(overlay(page)).toContainText(
		`${STORY}:${line}:12: error frontmatter-type [frontmatter.published]`,
	);
	await expect(overlay(page)).toContainText('published: 2026-02-30');

	writeFileSync(join(dir, STORY), original);
	await expect(overlay(page)).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1, name: /Kakao/ })).toBeVisible();
});

test('a misspelt column in a story names the line, the column and the likely name', async ({
	page,
}) => {
	await page.goto(`${base}cerita/kakao-kutai-timur/`);
	await expect(page.getByRole('heading', { level: 1, name: /Kakao/ })).toBeVisible();
	const original = await edit(STORY, (text) =>
		text.replace('column="farm_units"', 'column="farm_unit"'),
	);
	const lines = readFileSync(join(dir, STORY), 'utf8').split('\n');
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
	writeFileSync(join(dir, STORY), original);
	await expect(overlay(page)).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1, name: /Kakao/ })).toBeVisible();
});

test('a bad CSV cell shows in the overlay on any page, and the page returns when it is fixed', async ({
	page,
}) => {
	const declaration = JSON.parse(readFileSync(join(dir, `data/${DATASET}.dataset.json`), 'utf8'));
	const title: string = declaration.title.id;
	await page.goto(`${base}data/${DATASET}/`);
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

	writeFileSync(join(dir, file), original);
	await expect(overlay(page)).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
