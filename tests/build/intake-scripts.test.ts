// The intake scripts as a journalist runs them, in a throw-away copy of the project (no build):
// `npm run new:source` adds the press release's source, then `npm run new:dataset` reads the
// release's table, saved from a spreadsheet with ";", decimal commas, a scale word in a header
// ("Rp miliar"), an empty row and a note below. Without a terminal and without answers it stops
// and writes nothing; with the unit question answered, the copy holds base units and the page
// writes "Rp12,4 miliar". In a terminal (a pseudo-terminal from util-linux `script`), the same
// questions are asked and answered by typing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/data/load.ts';
import { formatValue } from '../../src/lib/format/index.ts';
import { copyProject } from './project.ts';

const project = copyProject('lumbung-intake-');
afterAll(project.cleanup);
const dir = project.dir;
/** The environment without a language setting: messages in the default, Indonesian. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LUMBUNG_LANG'));

function run(script: string, args: string[], env: Record<string, string> = {}) {
	const r = spawnSync(process.execPath, [script, ...args], {
		cwd: dir,
		encoding: 'utf8',
		input: '',
		env: { ...ENV, ...env },
	});
	return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Run `command` in a pseudo-terminal, typing each reply after each `prompt` appears. */
function inTerminal(
	command: string,
	prompt: string,
	replies: string[],
): Promise<{ status: number | null; output: string }> {
	return new Promise((done) => {
		const child = spawn('script', ['-qec', command, '/dev/null'], {
			cwd: dir,
			env: ENV,
		});
		let output = '';
		let typed = 0;
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const asked = output.split(prompt).length - 1;
			while (typed < asked && typed < replies.length) child.stdin.write(`${replies[typed++]}\n`);
		});
		child.on('close', (status) => done({ status, output }));
	});
}
const hasScript = spawnSync('script', ['--version']).status === 0;

const RELEASE = [
	'Rilis Dinas Perdagangan: ekspor kopi 2024;;;;',
	'Kabupaten;Kode Wilayah;Tahun;Nilai ekspor (Rp miliar);Volume (ribu ton)',
	'Lamongan;35.24;2024;12,4;1,5',
	'Pacitan;35.01;2024;3,25;0,75',
	';;;;',
	'Sumber: Dinas Perdagangan Jawa Timur;;;;',
	'',
].join('\r\n');
writeFileSync(join(dir, 'rilis.csv'), new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(RELEASE)]));
const QUOTE =
	'Nilai ekspor kopi Lamongan Rp12,4 miliar (1,5 ribu ton), Pacitan Rp3,25 miliar (0,75 ribu ton)';
const SOURCE = 'dinas-perdagangan-jatim-2025-01-15';
const ID = 'kopi-rilis';
const ANSWERS = ['--answer', 'nilai_ekspor_rp_miliar=convert', '--answer', 'volume_ribu_ton=ubah'];

describe('npm run new:source', () => {
	it('refuses a bad date and a missing quote at the line the row would have, writing nothing', () => {
		const before = readFileSync(join(dir, 'data/sources.csv'), 'utf8');
		const line = before.split('\n').length;
		const r = run('scripts/new-source.ts', [
			'--outlet',
			'Dinas Perdagangan Jatim',
			'--url',
			'https://disperindag.jatimprov.go.id/rilis/kopi',
			'--date',
			'15/01/2025',
		]);
		expect(r.status).toBe(1);
		expect(r.output).toContain(
			`data/sources.csv:${line}:5: error type-error [sources.published] "15/01/2025" bukan tanggal (--date)`,
		);
		expect(r.output).toContain(
			`data/sources.csv:${line}:6: error constraint-error [sources.quote] nilainya wajib diisi (--quote)`,
		);
		expect(readFileSync(join(dir, 'data/sources.csv'), 'utf8')).toBe(before);
	});

	it('appends a correctly quoted row that the data check accepts', () => {
		const r = run('scripts/new-source.ts', [
			'--outlet',
			'Dinas Perdagangan Jatim',
			'--title',
			'Ekspor kopi, naik lagi',
			'--url',
			'https://disperindag.jatimprov.go.id/rilis/kopi',
			'--date',
			'2025-01-15',
			'--quote',
			QUOTE,
		]);
		expect(r.status, r.output).toBe(0);
		expect(r.output).toContain(`✓ data/sources.csv:`);
		expect(r.output).toContain(`--source ${SOURCE}`);
		expect(readFileSync(join(dir, 'data/sources.csv'), 'utf8').split('\n').at(-2)).toBe(
			`${SOURCE},Dinas Perdagangan Jatim,"Ekspor kopi, naik lagi",https://disperindag.jatimprov.go.id/rilis/kopi,2025-01-15,"${QUOTE}",id,`,
		);
		const check = run('scripts/validate-data.ts', []);
		expect(check.status, check.output).toBe(0);
	});
});

describe('npm run new:dataset on a spreadsheet export with a scale word in a header', () => {
	it('without a terminal and without answers, asks nothing, guesses nothing and writes nothing', () => {
		const r = run('scripts/new-dataset.ts', ['rilis.csv', '--id', ID, '--source', SOURCE]);
		expect(r.status).toBe(1);
		expect(r.output).toContain('header "Nilai ekspor (Rp miliar)" menyebut skala "miliar"');
		expect(r.output).toContain('2 pertanyaan belum dijawab dan input bukan terminal');
		expect(r.output).toContain(
			'--answer nilai_ekspor_rp_miliar=convert|as-is --answer volume_ribu_ton=convert|as-is',
		);
		expect(existsSync(join(dir, `data/${ID}.csv`))).toBe(false);
		expect(existsSync(join(dir, `data/${ID}.dataset.json`))).toBe(false);
	});

	it('refuses an answer about a column it did not ask about', () => {
		const r = run('scripts/new-dataset.ts', [
			'rilis.csv',
			'--id',
			ID,
			'--answer',
			'nilai_ekspor_rp_milyar=convert',
		]);
		expect(r.status).toBe(1);
		expect(r.output).toContain('maksudnya "nilai_ekspor_rp_miliar"?');
	});

	it('converts the values to base units when told to, and drafts a plain rupiah column', () => {
		const r = run('scripts/new-dataset.ts', [
			'rilis.csv',
			'--id',
			ID,
			'--source',
			SOURCE,
			'--date',
			'2026-11-23',
			...ANSWERS,
		]);
		expect(r.status, r.output).toBe(0);
		expect(r.output).toContain(
			'kolom nilai_ekspor_rp_miliar: nilai dikali 1.000.000.000 (miliar) ke satuan dasar, "12,4" → 12400000000',
		);
		expect(r.output).toContain('catatan di bawah tabel (baris 6 file asli) dibuang');
		expect(readFileSync(join(dir, `data/${ID}.csv`), 'utf8')).toBe(
			[
				'kabupaten;kode_wilayah;tahun;nilai_ekspor_rp;volume_ton;source',
				`Lamongan;35.24;2024;12400000000;1500;${SOURCE}`,
				`Pacitan;35.01;2024;3250000000;750;${SOURCE}`,
				'',
			].join('\n'),
		);
		const d = JSON.parse(readFileSync(join(dir, `data/${ID}.dataset.json`), 'utf8'));
		expect(d.dialect).toEqual({ delimiter: ';' });
		const field = (name: string) => d.schema.fields.find((f: { name: string }) => f.name === name);
		expect(field('nilai_ekspor_rp')).toMatchObject({
			type: 'integer',
			unit: 'IDR',
			title: { id: 'Nilai ekspor', en: 'Export value' },
		});
		expect(field('nilai_ekspor_rp').decimalChar).toBeUndefined();
		expect(field('volume_ton')).toMatchObject({ type: 'integer', unit: 't' });
		for (const f of d.schema.fields) {
			expect(f.title.id, f.name).not.toMatch(/_/);
			expect(String(f.description), f.name).not.toMatch(/check|periksa|groupChar/);
		}
	});

	it('once the TODOs are filled, publishes base units that print with their scale word', () => {
		const file = join(dir, `data/${ID}.dataset.json`);
		const d = JSON.parse(readFileSync(file, 'utf8'));
		d.title = { id: 'Ekspor kopi', en: 'Coffee exports' };
		d.description = { id: 'Dari rilis.', en: 'From a release.' };
		for (const f of d.schema.fields) {
			if (String(f.description).startsWith('TODO')) f.description = `Kolom ${f.name}`;
			if (String(f.title.en).startsWith('TODO')) f.title.en = f.title.id;
		}
		writeFileSync(file, `${JSON.stringify(d, null, '\t')}\n`);
		const check = run('scripts/validate-data.ts', []);
		expect(check.status, check.output).toBe(0);
		const row = loadCatalog(dir).datasets.get(ID)?.rows[0];
		expect(row).toMatchObject({ nilai_ekspor_rp: 12_400_000_000, volume_ton: 1500 });
		expect(formatValue(Number(row?.nilai_ekspor_rp), 'IDR', 'id')).toBe('Rp12,4 miliar');
		expect(formatValue(Number(row?.volume_ton), 't', 'id')).toBe('1.500 ton');
	});

	it('keeps the values as written when told they are base units already, in English when asked', () => {
		const r = run(
			'scripts/new-dataset.ts',
			[
				'rilis.csv',
				'--id',
				'kopi-apa-adanya',
				'--source',
				SOURCE,
				'--dry-run',
				'--answer',
				'nilai_ekspor_rp_miliar=as-is',
				'--answer',
				'volume_ribu_ton=as-is',
			],
			{ LUMBUNG_LANG: 'en' },
		);
		expect(r.status, r.output).toBe(0);
		expect(r.output).toContain('Columns (type: why):');
		expect(r.output).toMatch(/nilai_ekspor_rp +number \(decimalChar ",", unit IDR, required\)/);
		expect(r.output).toContain('--dry-run: nothing was written.');
		expect(existsSync(join(dir, 'data/kopi-apa-adanya.csv'))).toBe(false);
	});

	// Skipped only where util-linux `script` is missing: the questions need a real terminal, and
	// `script` is what gives the command one (Debian ships it in bsdutils, an essential package).
	it.skipIf(!hasScript)(
		'asks the same questions in a terminal, and takes the typed answers',
		async () => {
			const r = await inTerminal(
				`${process.execPath} scripts/new-dataset.ts rilis.csv --id kopi-terminal --source ${SOURCE} --dry-run`,
				'Pilih (nomor atau kata): ',
				['3', 'ubah', '2'],
			);
			expect(r.status, r.output).toBe(0);
			expect(r.output).toContain('Pertanyaan 1/2');
			expect(r.output).toContain('"3" bukan pilihan');
			expect(r.output).toContain(
				'--answer nilai_ekspor_rp_miliar=convert --answer volume_ribu_ton=as-is',
			);
		},
		30_000,
	);
});
