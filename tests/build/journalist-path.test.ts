// A regional journalist's whole path, in a throw-away copy of the project that is a git
// repository with a local bare repository as the newsroom's server: a press release's source
// (`new:source`), its table saved from a spreadsheet with ";", decimal commas and "Rp miliar" in a
// header (`new:dataset`, the unit question answered), a story using it (`new:story`, published),
// a second dataset only a draft story uses, and `npm run kirim`, which checks, builds (the one
// build of this test), commits and pushes. The published figures are base units printed with their
// scale word, the draft dataset and its source leave no trace in dist/, nothing generated or
// unrelated is sent, and every message on the way is in Indonesian.
import { spawnSync } from 'node:child_process';
import {
	appendFileSync,
	copyFileSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, ROOT } from './project.ts';

const project = copyProject('lumbung-path-');
// The newsroom's server and the build cache, outside the journalist's folder.
const scratch = mkdtempSync(join(tmpdir(), 'lumbung-server-'));
const server = join(scratch, 'redaksi.git');
afterAll(() => {
	project.cleanup();
	rmSync(scratch, { recursive: true, force: true });
});
const dir = project.dir;
/** The environment without a language setting: messages in the default, Indonesian. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LUMBUNG_LANG'));
const outputs: { step: string; output: string }[] = [];

function run(step: string, script: string, args: string[]) {
	const r = spawnSync(process.execPath, [script, ...args], {
		cwd: dir,
		encoding: 'utf8',
		input: '',
		env: { ...ENV, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(scratch, 'cache') },
	});
	const output = `${r.stdout}\n${r.stderr}`;
	outputs.push({ step, output });
	return { status: r.status, output };
}
function git(args: string[], cwd = dir): string {
	const r = spawnSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@localhost', ...args], {
		cwd,
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
	return r.stdout;
}
/** Every file under `root`, as paths relative to it. */
function filesOf(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(root.length + 1));
}

const KOPI = 'kopi-rilis';
const GARAM = 'garam-rilis';
const KOPI_SOURCE = 'dinas-perdagangan-jatim-2025-01-15';
const GARAM_SOURCE = 'dinas-kelautan-sumenep-2025-02-10';
const TITLE = 'Kopi Lamongan menembus pasar ekspor';
const SLUG = 'kopi-lamongan-menembus-pasar-ekspor';
const DRAFT_TITLE = 'Garam Sumenep';
const RELEASE = [
	'Rilis Dinas Perdagangan: ekspor kopi 2024;;;;',
	'Kabupaten;Kode Wilayah;Tahun;Nilai ekspor (Rp miliar);Volume (ribu ton)',
	'Lamongan;35.24;2024;12,4;1,5',
	'Pacitan;35.01;2024;3,25;0,75',
	'',
].join('\r\n');
const GARAM_CSV = [
	'Kabupaten;Kode Wilayah;Tahun;Produksi (ton)',
	'Sumenep;35.29;2024;120',
	'',
].join('\r\n');
let kirim: { status: number | null; output: string };

/** Fill the TODOs new:dataset leaves for the journalist. */
function fillDeclaration(id: string, title: string): void {
	const file = join(dir, `data/${id}.dataset.json`);
	const d = JSON.parse(readFileSync(file, 'utf8'));
	d.title = { id: title, en: title };
	d.description = { id: 'Dari rilis.', en: 'From a release.' };
	for (const f of d.schema.fields) {
		if (String(f.description).startsWith('TODO')) f.description = `Kolom ${f.name}`;
		if (String(f.title.en).startsWith('TODO')) f.title.en = f.title.id;
	}
	writeFileSync(file, `${JSON.stringify(d, null, '\t')}\n`);
}

beforeAll(() => {
	// The newsroom's repository, as the journalist receives it, and its server.
	copyFileSync(join(ROOT, '.gitignore'), join(dir, '.gitignore'));
	copyFileSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
	git(['init', '-q', '-b', 'main']);
	git(['add', '-A']);
	git(['commit', '-q', '-m', 'Redaksi']);
	git(['init', '-q', '--bare', server], scratch);
	git(['remote', 'add', 'origin', server]);
	writeFileSync(
		join(dir, 'rilis.csv'),
		new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(RELEASE)]),
	);
	writeFileSync(join(dir, 'garam.csv'), GARAM_CSV);
	// npm rewrote the lockfile: never the journalist's to send.
	appendFileSync(join(dir, 'package-lock.json'), '\n');
}, 60_000);

describe('from a press release to the newsroom', () => {
	it('adds the sources, each row checked', () => {
		const kopi = run('new:source', 'scripts/new-source.ts', [
			'--outlet',
			'Dinas Perdagangan Jatim',
			'--url',
			'https://disperindag.jatimprov.go.id/rilis/kopi-2024',
			'--date',
			'2025-01-15',
			'--quote',
			'Nilai ekspor kopi Lamongan Rp12,4 miliar (1,5 ribu ton), Pacitan Rp3,25 miliar (0,75 ribu ton)',
		]);
		expect(kopi.status, kopi.output).toBe(0);
		const garam = run('new:source', 'scripts/new-source.ts', [
			'--outlet',
			'Dinas Kelautan Sumenep',
			'--url',
			'https://dkp.sumenepkab.go.id/rilis/garam-2024',
			'--date',
			'2025-02-10',
			'--quote',
			'Produksi garam Sumenep 120 ton pada 2024',
		]);
		expect(garam.status, garam.output).toBe(0);
		expect(garam.output).toContain(`--source ${GARAM_SOURCE}`);
	}, 120_000);

	it('reads the spreadsheet exports, converting "Rp miliar" to base units as answered', () => {
		const kopi = run('new:dataset', 'scripts/new-dataset.ts', [
			'rilis.csv',
			'--id',
			KOPI,
			'--source',
			KOPI_SOURCE,
			'--date',
			'2026-11-23',
			'--answer',
			'nilai_ekspor_rp_miliar=convert',
			'--answer',
			'volume_ribu_ton=convert',
		]);
		expect(kopi.status, kopi.output).toBe(0);
		expect(readFileSync(join(dir, `data/${KOPI}.csv`), 'utf8')).toContain(
			`Lamongan;35.24;2024;12400000000;1500;${KOPI_SOURCE}`,
		);
		const garam = run('new:dataset', 'scripts/new-dataset.ts', [
			'garam.csv',
			'--id',
			GARAM,
			'--source',
			GARAM_SOURCE,
			'--date',
			'2026-11-23',
		]);
		expect(garam.status, garam.output).toBe(0);
		fillDeclaration(KOPI, 'Ekspor kopi');
		fillDeclaration(GARAM, 'Produksi garam');
	}, 120_000);

	it('writes a story to publish and one left as a draft', () => {
		const story = run('new:story', 'scripts/new-story.ts', [
			TITLE,
			'--region',
			'lamongan',
			'--dataset',
			KOPI,
			'--author',
			'Tim Uji',
			'--date',
			'2026-11-23',
		]);
		expect(story.status, story.output).toBe(0);
		const path = join(dir, `src/content/stories/id/${SLUG}.mdx`);
		const text = readFileSync(path, 'utf8')
			.replace('draft: true', 'draft: false')
			.replace(/dek: 'TODO[^']*'/, "dek: 'Kopi Lamongan dikirim ke luar negeri.'")
			.replace(
				'TODO: paragraf pembuka.',
				`Nilai ekspor kopi Lamongan mencapai <Value dataset="${KOPI}" column="nilai_ekspor_rp" where={{ kabupaten: "Lamongan", tahun: 2024 }} /> pada 2024.`,
			)
			.replace('## TODO: subjudul', '## Nilai dan volume');
		writeFileSync(path, text);
		const draft = run('new:story', 'scripts/new-story.ts', [
			DRAFT_TITLE,
			'--region',
			'sumenep',
			'--dataset',
			GARAM,
			'--date',
			'2026-11-23',
		]);
		expect(draft.status, draft.output).toBe(0);
	}, 120_000);

	it('sends them: checked, built, committed with the story titles and pushed', () => {
		kirim = run('kirim', 'scripts/kirim.ts', ['--yes']);
		expect(kirim.status, kirim.output).toBe(0);
		const said = kirim.output;
		expect(said).toMatch(/package-lock\.json — dibuat oleh program/);
		expect(said).toMatch(/rilis\.csv — bukan cerita, data, sumber atau gambar/);
		expect(said).toContain(`Cerita: ${TITLE} (id/${SLUG}, terbit)`);
		expect(said).toContain(`Cerita: ${DRAFT_TITLE} (id/garam-sumenep, draf, belum terbit)`);
		expect(said).toContain(`Dataset: ${KOPI} (baru)`);
		expect(said).toContain(`Dataset: ${GARAM} (baru, draf, tidak diterbitkan)`);
		expect(said).toContain(`Sumber: ${KOPI_SOURCE}, ${GARAM_SOURCE}`);
		expect(said).toContain('✓ Terkirim ke server redaksi (origin).');

		const message = `Cerita: ${TITLE}; ${DRAFT_TITLE} (draf)`;
		expect(git(['log', '-1', '--format=%s', 'main'], server).trim()).toBe(message);
		const sent = git(['show', '--name-only', '--format=', 'main'], server).trim().split('\n');
		expect(sent.sort()).toEqual(
			[
				'data/sources.csv',
				`data/${GARAM}.csv`,
				`data/${GARAM}.dataset.json`,
				`data/${KOPI}.csv`,
				`data/${KOPI}.dataset.json`,
				'src/content/stories/id/garam-sumenep.mdx',
				`src/content/stories/id/${SLUG}.mdx`,
			].sort(),
		);
		// The implied draft stays a draft once it is in the repository.
		const declaration = git(['show', `main:data/${GARAM}.dataset.json`], server);
		expect(JSON.parse(declaration).draft).toBe(true);
		// What was not sent is still here, untouched.
		expect(git(['status', '--porcelain']).split('\n').filter(Boolean).sort()).toEqual(
			[' M package-lock.json', '?? garam.csv', '?? rilis.csv'].sort(),
		);
	}, 300_000);

	it('published the figures in base units, printed with their scale word', () => {
		const page = readFileSync(join(dir, `dist/cerita/${SLUG}/index.html`), 'utf8');
		expect(page).toContain('Rp12,4 miliar');
		const csv = readFileSync(join(dir, `dist/data/${KOPI}.csv`), 'utf8');
		expect(csv).toContain('12400000000');
	});

	it('left no trace of the draft dataset, its source or the draft story in dist/', () => {
		const out = join(dir, 'dist');
		expect(existsSync(join(out, 'index.html'))).toBe(true);
		for (const file of filesOf(out)) {
			expect(file).not.toMatch(/garam-(rilis|sumenep)|dinas-kelautan/);
			if (!/\.(html|xml|json|csv|txt|js)$/.test(file)) continue;
			const text = readFileSync(join(out, file), 'utf8');
			for (const trace of [GARAM, GARAM_SOURCE, 'garam-sumenep', 'Produksi garam Sumenep']) {
				expect(text.includes(trace), `${trace} in ${file}`).toBe(false);
			}
		}
	});

	it('spoke Indonesian all the way', () => {
		expect(outputs.map((o) => o.step)).toEqual([
			'new:source',
			'new:source',
			'new:dataset',
			'new:dataset',
			'new:story',
			'new:story',
			'kirim',
		]);
		// Quoted values (a story's own words, in its language) are left out.
		const said = (output: string) => output.replace(/"[^"\n]*"/g, '""');
		for (const { step, output } of outputs) {
			expect(said(output), step).not.toMatch(
				/\b(the|is not|does not|cannot|must|should|written|sent|not sent|nothing)\b/i,
			);
		}
	});
});
