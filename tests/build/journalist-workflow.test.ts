// The journalists' workflow end to end, in a throw-away copy of the project: a CSV exported from
// Excel goes through `npm run new:dataset` (refused until its TODOs are filled), a story through
// `npm run new:story`; a chart and a map are uncommented from the story's examples, a correction
// is added, and the real build publishes the chart, the map and the correction on the story page,
// on /tentang/ and in the RSS feed. A second story, left as the draft new:story wrote, builds
// and stays unpublished.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project.ts';

const project = copyProject('lumbung-workflow-');
afterAll(project.cleanup);
const dir = project.dir;

function run(script: string, args: string[]) {
	const r = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8' });
	return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const EXCEL = [
	'Ekspor kopi menurut kabupaten;;;;;',
	'Kabupaten;Kode Wilayah;Tahun;Volume (ton);Nilai Ekspor (Rp);Keterangan',
	'Lamongan;35.24;2023;1.161;2.500.000.000;-',
	'Lamongan;35.24;2024;1.320;2.750.000.000;naik',
	'Pacitan;35.01;2023;415;810.000.000;',
	'Pacitan;35.01;2024;388;790.000.000;-',
	'',
].join('\r\n');
const ID = 'kopi-uji';
const TITLE = 'Kopi Lamongan menembus pasar ekspor';
const SLUG = 'kopi-lamongan-menembus-pasar-ekspor';
const STORY = `src/content/stories/id/${SLUG}.mdx`;
const CORRECTION = 'Volume 2024 diperbaiki: 1.320 ton, bukan 1.230 ton.';
let source = '';
let build: { status: number | null; output: string };

beforeAll(() => {
	// Source first: its quote holds every figure the rows take from it (quote-mismatch).
	source = 'kopi-uji-sumber';
	appendFileSync(
		join(dir, 'data/sources.csv'),
		`${source},Sumber Uji,Ekspor kopi,https://example.org/kopi,2026-11-20,"Lamongan mengekspor 1.161 ton senilai Rp2,5 miliar pada 2023 dan 1.320 ton senilai Rp2,75 miliar pada 2024; Pacitan 415 ton (Rp810 juta) dan 388 ton (Rp790 juta)",id,\n`,
	);
	writeFileSync(
		join(dir, 'Ekspor Kopi.csv'),
		new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(EXCEL)]),
	);
});

describe('npm run new:dataset', () => {
	it('copies the CSV and drafts a declaration, explaining its choices', () => {
		const r = run('scripts/new-dataset.ts', [
			'Ekspor Kopi.csv',
			'--id',
			ID,
			'--source',
			source,
			'--date',
			'2026-11-23',
			// "1.161" ton could be 1,161: the intake asks; here it is answered.
			'--answer',
			'volume_ton=thousands',
		]);
		expect(r.status, r.output).toBe(0);
		expect(r.output).toContain('baris judul');
		expect(r.output).toMatch(/volume_ton +integer \(groupChar "\.", unit t, wajib\)/);
		expect(r.output).toContain('kode_wilayah → regions.code');
		expect(readFileSync(join(dir, `data/${ID}.csv`), 'utf8').split('\n')[0]).toBe(
			'kabupaten;kode_wilayah;tahun;volume_ton;nilai_ekspor_rp;keterangan;source',
		);
	});

	it('refuses to overwrite what it wrote', () => {
		const r = run('scripts/new-dataset.ts', ['Ekspor Kopi.csv', '--id', ID]);
		expect(r.status).toBe(1);
		expect(r.output).toContain(`data/${ID}.dataset.json sudah ada`);
	});

	it('leaves a draft the data check refuses, naming each TODO, until it is filled', () => {
		const refused = run('scripts/validate-data.ts', []);
		expect(refused.status).toBe(1);
		expect(refused.output).toMatch(
			new RegExp(
				`data/${ID}\\.dataset\\.json:\\d+:\\d+: error declaration-todo \\[${ID}\\] title\\.id masih TODO`,
			),
		);
		const file = join(dir, `data/${ID}.dataset.json`);
		const d = JSON.parse(readFileSync(file, 'utf8'));
		d.title = { id: 'Ekspor kopi uji', en: 'Test coffee exports' };
		d.description = { id: 'Data uji.', en: 'Test data.' };
		for (const f of d.schema.fields) {
			if (String(f.description).startsWith('TODO')) f.description = `Kolom ${f.name}`;
			if (String(f.unit ?? '').startsWith('TODO'))
				f.unit = f.name === 'nilai_ekspor_rp' ? 'IDR' : 't';
		}
		writeFileSync(file, `${JSON.stringify(d, null, '\t')}\n`);
		const accepted = run('scripts/validate-data.ts', []);
		expect(accepted.status, accepted.output).toBe(0);
	});
});

describe('npm run new:story', () => {
	it('writes a draft that builds as it is, and refuses to overwrite it', () => {
		const r = run('scripts/new-story.ts', [
			TITLE,
			'--region',
			'lamongan',
			'--dataset',
			ID,
			'--author',
			'Tim Uji',
			'--date',
			'2026-11-23',
		]);
		expect(r.status, r.output).toBe(0);
		expect(r.output).toContain(`✓ ${STORY}`);
		const again = run('scripts/new-story.ts', [TITLE]);
		expect(again.status).toBe(1);
		expect(again.output).toContain('sudah ada; tidak ada yang ditulis');
		const typo = run('scripts/new-story.ts', ['Lain', '--region', 'lamonga']);
		expect(typo.output).toContain('Maksud Anda "lamongan"?');
		const draft = run('scripts/new-story.ts', [
			'A draft in English',
			'--lang',
			'en',
			'--date',
			'2026-11-23',
		]);
		expect(draft.status, draft.output).toBe(0);
	});

	it('uses the new dataset in its examples', () => {
		const text = readFileSync(join(dir, STORY), 'utf8');
		expect(text).toContain(`datasets: ['${ID}']`);
		expect(text).toMatch(new RegExp(`<Value dataset="${ID}"`));
	});
});

describe('the story, published with a chart, a map and a correction', () => {
	/** The id the scaffold gave the uncommented chart example. */
	let chartId: string | undefined;
	beforeAll(() => {
		const path = join(dir, STORY);
		let text = readFileSync(path, 'utf8');
		// Uncomment the first chart example and the first map example.
		const open = (group: string) => {
			const start = text.indexOf(`{/* ── ${group} ── */}`);
			const block = /\{\/\* [A-Z]\w+: [^\n]*\n([\s\S]*?)\n\*\/\}/.exec(text.slice(start));
			if (start < 0 || !block) throw new Error(`no ${group} example in ${STORY}`);
			text = text.slice(0, start) + text.slice(start).replace(block[0], block[1] ?? '');
			return block[1] ?? '';
		};
		chartId = /\bid="([^"]+)"/.exec(open('Grafik'))?.[1];
		open('Peta');
		text = text
			.replace(
				'draft: true',
				`draft: false\ncorrections: [{ date: 2026-11-24, text: '${CORRECTION}' }]`,
			)
			.replace(
				/dek: 'TODO[^']*'/,
				"dek: 'Dua kabupaten di Jawa Timur mengirim kopi ke luar negeri.'",
			)
			.replace('TODO: paragraf pembuka.', 'Kopi dari Lamongan dan Pacitan mulai diekspor.')
			.replace('## TODO: subjudul', '## Volume dan nilai');
		writeFileSync(path, text);
		build = astroBuild(dir);
	}, 240_000);

	it('builds', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
	});

	it('shows the chart and the map on the story page', () => {
		const html = readFileSync(join(dir, `dist/cerita/${SLUG}/index.html`), 'utf8');
		expect(chartId).toMatch(new RegExp(`^${SLUG}-\\d+$`));
		expect(html).toContain(`<figure class="c-frame" id="grafik-${chartId}"`);
		expect(html).toMatch(/<svg[^>]+role="img"/);
		expect(html).toContain('<figure class="map-figure"');
		expect(html).toContain('<ld-village-map');
	});

	it('shows the correction on the story, on /tentang/ and in the RSS item', () => {
		const page = readFileSync(join(dir, `dist/cerita/${SLUG}/index.html`), 'utf8');
		expect(page).toMatch(/<section[^>]*aria-labelledby="koreksi"/);
		expect(page).toContain(CORRECTION);
		expect(page).toContain('24 November 2026');
		const about = readFileSync(join(dir, 'dist/tentang/index.html'), 'utf8');
		const entry = new RegExp(
			`<time datetime="2026-11-24"[^>]*>[^<]*</time>[^<]*<a href="[^"]*/cerita/${SLUG}/#koreksi"`,
		);
		expect(about).toMatch(entry);
		expect(about).toContain(CORRECTION);
		const rss = readFileSync(join(dir, 'dist/rss.xml'), 'utf8');
		const item = rss.split('<item>').find((i) => i.includes(`/cerita/${SLUG}/`)) ?? '';
		expect(item).toContain(CORRECTION);
	});

	it('publishes the new dataset page, and keeps the untouched draft unpublished', () => {
		expect(existsSync(join(dir, `dist/data/${ID}/index.html`))).toBe(true);
		expect(existsSync(join(dir, 'dist/en/stories/a-draft-in-english/index.html'))).toBe(false);
	});
});
