// The preview (`npm run dev`, issue 20): a draft story says so on its page (a banner) and in the
// lists that show it, its chart and map are marked as not published, a draft dataset's page
// says so too; and `npm run build` while the preview runs neither floods its terminal nor
// breaks the draft it shows.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, startDev, type DevServer } from './project.ts';

let dir = '';
let dev: DevServer | undefined;
let base = '';
let cleanup = () => {};
const log = () => dev?.log() ?? '';

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
	({ dir, cleanup } = copyProject('lumbung-preview-', { privateModules: true }));
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
	dev = await startDev(dir, { env: { NODE_ENV: 'development' } });
	base = dev.base;
}, 120_000);

afterAll(async () => {
	await dev?.stop();
	cleanup();
});

describe('npm run dev', () => {
	it('says on a draft story’s page that it is not published, and marks its chart and map', async () => {
		const html = await get('/cerita/draf-pratinjau/');
		expect(html).toMatch(/preview-banner[^>]*>Pratinjau: cerita ini draf dan tidak diterbitkan/);
		expect(html.match(/unpublished-mark[^>]*>\s*Belum terbit/g), log().slice(-4000)).toHaveLength(
			2,
		);
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
		const before = log().length;
		const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, CACHE_DIR: join(dir, '.cache-build') },
		});
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
		await new Promise((r) => setTimeout(r, 3000));
		const during = log().slice(before);
		expect(during).not.toMatch(/\.dist-|\[watch\]/);
		expect(during.split('\n').length).toBeLessThan(10);
		expect(await get('/cerita/draf-pratinjau/')).toContain('class="preview-banner"');
	}, 300_000);
});
