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

// `npm run dev` never lies: in a throw-away copy of the project, rename a village in
// data/villages.csv and edit a story's MDX while the dev server runs; every page that shows
// them — the dataset page, the explorer's list and map data, the region hub's table and map,
// a story's map, the story list — shows the new text on the next load, with no restart.

const ROOT = join(import.meta.dirname, '../..');
const OLD = 'Parengan';
const NEW = 'Parengan Uji Segar';
const STORY = 'src/content/stories/id/lamongan-tenun-ikat-parengan.mdx';

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

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'lumbung-fresh-'));
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
		if (name === '.vite' || name === '.astro' || name === '.lumbung-build') continue;
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
		const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 90_000);
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
		const html = await settled(page, `${base}${path}`);
		expect(named(html, OLD), path).toBe(true);
		expect(named(html, NEW), path).toBe(false);
	}
	const csv = join(dir, 'data/villages.csv');
	const rows = readFileSync(csv, 'utf8').split('\n');
	const i = rows.findIndex((r) => r.startsWith(`parengan,${OLD},`));
	expect(i).toBeGreaterThan(0);
	rows[i] = rows[i]!.replace(`parengan,${OLD},`, `parengan,${NEW},`);
	writeFileSync(csv, rows.join('\n'));
	for (const [what, path] of PAGES) {
		await expect
			.poll(
				async () => {
					const html = await settled(page, `${base}${path}`);
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
	const path = join(dir, STORY);
	const before = readFileSync(path, 'utf8');
	const title = /^title: '(.*)'$/m.exec(before)?.[1] ?? '';
	expect(title).not.toBe('');
	const edited = `${title} (diperbarui)`;
	writeFileSync(path, before.replace(`title: '${title}'`, `title: '${edited}'`));
	for (const url of ['cerita/lamongan-tenun-ikat-parengan/', 'cerita/']) {
		await expect
			.poll(
				async () => {
					const html = await settled(page, `${base}${url}`);
					// The page's title when it has not changed, so a failure says what it showed.
					const fetched = await (await fetch(`${base}${url}`)).text();
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
