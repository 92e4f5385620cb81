// The preview (`npm run dev`, issue 20): a draft story says so on its page (a banner) and in the
// lists that show it, its chart and map are marked as not published, a draft dataset's page
// says so too; and `npm run build` while the preview runs neither floods its terminal nor
// breaks the draft it shows.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './project.ts';

let dir = '';
let server: ChildProcess | undefined;
let base = '';
let log = '';

/**
 * The environment for `astro dev` started from a test: without Vitest's own variables (with
 * VITEST set, Astro's dev server serves no page) and in development mode.
 */
function devEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', ...extra };
	for (const name of Object.keys(env)) if (/^VITEST/.test(name)) delete env[name];
	return env;
}

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

/**
 * A page of the preview. Right after it starts, Vite may still be optimising dependencies and
 * answer with an error page for a moment: ask again, for up to a minute.
 */
async function get(path: string): Promise<string> {
	let last = '';
	for (let i = 0; i < 30; i++) {
		const response = await fetch(new URL(path, base));
		last = await response.text();
		if (response.ok && !last.includes('<title>Error</title>')) return last;
		await new Promise((r) => setTimeout(r, 2000));
	}
	return last;
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'lumbung-preview-'));
	for (const item of [
		'src',
		'data',
		'public',
		'scripts',
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
	const decl = JSON.parse(
		readFileSync(join(dir, 'data/lamongan-exports-bps.dataset.json'), 'utf8'),
	);
	writeFileSync(
		join(dir, 'data/uji-draf.dataset.json'),
		JSON.stringify({ ...decl, id: 'uji-draf', draft: true }, null, '\t'),
	);
	writeFileSync(
		join(dir, 'data/uji-draf.csv'),
		'year,period,value,qualifier,status,note,note_en,source\n2023,full-year,96510000000000,exact,confirmed,,,antara-lamongan-bps\n',
	);
	writeFileSync(
		join(dir, 'src/content/stories/id/draf-pratinjau.mdx'),
		[
			'---',
			"title: 'Draf pratinjau'",
			"dek: 'Cerita yang belum terbit.'",
			"authors: ['Tim Uji']",
			'published: 2026-11-23',
			'lang: id',
			'translationKey: draf-pratinjau',
			'draft: true',
			'---',
			'',
			'Nilainya <Value dataset="uji-draf" column="value" where={{ year: 2023 }} />.',
			'',
			'<LineChart id="draf-pratinjau-1" dataset="dd-national" x="as_of" y="villages" title="Jumlah desa devisa" />',
			'',
			'<VillageMap region="lamongan" commodity="tenun-ikat" />',
			'',
		].join('\n'),
	);
	const port = await freePort();
	base = `http://127.0.0.1:${port}/`;
	server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: dir,
			env: devEnv({ BASE_PATH: '/', CACHE_DIR: join(dir, '.cache') }),
			stdio: 'pipe',
			detached: true,
		},
	);
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
	});
}, 120_000);

afterAll(() => {
	if (server?.pid) {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {}
	}
	rmSync(dir, { recursive: true, force: true });
});

describe('npm run dev', () => {
	it('says on a draft story’s page that it is not published, and marks its chart and map', async () => {
		const html = await get('/cerita/draf-pratinjau/');
		expect(html).toMatch(/preview-banner[^>]*>Pratinjau: cerita ini draf dan tidak diterbitkan/);
		expect(html.match(/unpublished-mark[^>]*>\s*Belum terbit/g), log.slice(-4000)).toHaveLength(2);
	}, 120_000);

	it('marks the draft in the story lists, and not a published story', async () => {
		const home = await get('/');
		expect(home).toMatch(
			/draft-badge[^>]*>Draf<\/strong>[\s\S]{0,400}?Draf pratinjau|Draf pratinjau[\s\S]{0,1200}?draft-badge/,
		);
		const published = await get('/cerita/kakao-kutai-timur/');
		expect(published).not.toContain('class="preview-banner"');
		expect(published).not.toContain('class="unpublished-mark"');
	}, 120_000);

	it('says on a draft dataset’s page that it is not published', async () => {
		expect(await get('/data/uji-draf/')).toMatch(/preview-banner[^>]*>Pratinjau: dataset ini draf/);
	}, 120_000);

	it('stays quiet and keeps the draft while npm run build runs beside it', async () => {
		const before = log.length;
		const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, CACHE_DIR: join(dir, '.cache-build') },
		});
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
		await new Promise((r) => setTimeout(r, 3000));
		const during = log.slice(before);
		expect(during).not.toMatch(/\.dist-|\[watch\]/);
		expect(during.split('\n').length).toBeLessThan(10);
		expect(await get('/cerita/draf-pratinjau/')).toContain('class="preview-banner"');
	}, 300_000);
});
