// npm run new:dataset's inspection: on every CSV of the bad-input catalogue it reports what it
// can detect (code, line and column in the copy it writes), it reads Indonesian Excel exports
// right, and its draft declaration is refused until the TODOs are filled — and accepted after.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../../src/lib/data/declaration.ts';
import {
	answerProblems,
	codePattern,
	csvLine,
	draftDataset,
	fieldName,
	matchChoice,
	parseAnswers,
	readNumbers,
} from '../../../src/lib/data/inspect.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatProblem, renderProblem } from '../../../src/lib/data/problems.ts';
import { checkDataset } from '../../../src/lib/data/validate.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const { datasets } = loadCatalog(FIXTURES, 'catalog');
const COPY = 'data/desa.csv';
const draft = (bytes: Uint8Array, source?: string) =>
	draftDataset(bytes, COPY, {
		id: 'desa',
		today: '2026-11-23',
		datasets,
		...(source ? { source } : {}),
	});
const fixture = (name: string) => draft(readFileSync(join(FIXTURES, 'bad', `${name}.csv`)));
const found = (name: string) => fixture(name).problems.filter((p) => p.code !== 'declaration-todo');

describe('draftDataset() on the bad-input catalogue', () => {
	it.each([
		['01-unclosed-quote', 'source-error', 3, 3],
		['01b-stray-quote', 'source-error', 3, 3],
		['02-ragged-short', 'missing-cell', 3, 4],
		['03-ragged-long', 'extra-cell', 3, 13],
		['07-semicolon', 'extra-cell', 4, 13],
		['12-duplicate-header', 'duplicate-label', 1, 7],
		['12b-blank-header', 'blank-label', 1, 7],
		['17-decimal-comma', 'type-error', 3, 5],
		['18b-thousands-dot-number', 'ambiguous-number', 3, 8],
		['20-currency-text', 'type-error', 3, 8],
		['21-percent', 'type-error', 3, 8],
		['21b-accounting-negative', 'type-error', 3, 8],
		['22-nbsp-group', 'type-error', 3, 7],
		['25-excel-error', 'excel-artifact', 3, 8],
		['26-scientific-code', 'constraint-error', 3, 2],
		['27-code-without-dots', 'constraint-error', 3, 2],
		['28-hex', 'type-error', 3, 7],
		['28b-exponent', 'type-error', 3, 8],
		['30b-unicode-minus', 'type-error', 3, 5],
		['31-impossible-date', 'type-error', 3, 9],
		['32-ambiguous-date', 'type-error', 3, 9],
		['33-indonesian-month', 'type-error', 3, 9],
		['33b-excel-serial', 'type-error', 3, 9],
		['35-duplicate-key', 'primary-key', 4, 1],
		['36-foreign-key-miss', 'foreign-key', 3, 4],
		['37-region-code-undotted', 'constraint-error', 3, 4],
		['38-source-typo', 'foreign-key', 3, 12],
		['39-code-trailing-space', 'constraint-error', 3, 4],
		['39b-enum-typo', 'possible-typo', 3, 10],
		['39c-conflict-without-note', 'row-constraint', 4, 11],
		['39d-formula', 'formula-injection', 3, 3],
		['43-swapped', 'geo-swapped', 3, 5],
		['44-outside-indonesia', 'geo-outside', 3, 5],
		['45-wrong-region', 'geo-region-mismatch', 3, 5],
		['46-null-island', 'geo-null-island', 3, 5],
	])('%s → %s at %i:%i', (name, code, line, col) => {
		const problems = found(name);
		expect(problems, problems.map((p) => formatProblem(p)).join('\n')).toContainEqual(
			expect.objectContaining({ code, line, col }),
		);
		// Every problem is located in the copy the journalist will edit.
		for (const p of problems) expect(p.file).toMatch(/^data\/desa\.(csv|dataset\.json)$/);
	});

	it('gives the build hint for each fixable cell, in Indonesian', () => {
		const hint = (name: string) => renderProblem(found(name)[0]!).hint;
		expect(hint('26-scientific-code')).toMatch(/notasi ilmiah/);
		expect(hint('27-code-without-dots')).toMatch(/ditulis dengan titik/);
		expect(hint('39-code-trailing-space')).toMatch(/spasi/);
		expect(hint('33-indonesian-month')).toMatch(/2023-02-08/);
		expect(hint('38-source-typo')).toMatch(/maksud Anda "src-second"/);
		expect(hint('39b-enum-typo')).toMatch(/maksud Anda "confirmed"/);
	});

	it('writes nothing for a file whose quotes do not pair up, or an empty file', () => {
		for (const name of ['01-unclosed-quote', '13e-empty-file']) {
			const d = fixture(name);
			expect(d.inspection.blocking).toBe(true);
			expect(d.json).toBe('');
		}
	});

	it.each([
		'04-bom',
		'05-crlf',
		'07b-semicolon-declared',
		'18c-groupchar-declared',
		'24b-declared-missing',
	])('%s: a harmless variation drafts a declaration with nothing to fix but the TODOs', (name) => {
		expect(found(name)).toEqual([]);
	});

	it('converts Windows-1252 and UTF-16 files to UTF-8 and says so', () => {
		const ansi = fixture('08-windows-1252');
		expect(ansi.inspection.fixes.join(' ')).toMatch(/Windows-1252/);
		expect(ansi.inspection.text).toContain('Desa Dua – Café');
		const utf16 = fixture('09-utf16');
		expect(utf16.inspection.fixes.join(' ')).toMatch(/UTF-16/);
		expect(utf16.inspection.text.split('\n')[0]).toBe(
			'id,code,name,regency_code,lat,lon,population,export_value,designated,status,note,source',
		);
		expect(found('09-utf16')).toEqual([]);
	});

	it('drops a title line above the header, and says so', () => {
		const d = fixture('11-title-row');
		expect(d.inspection.fixes.join(' ')).toMatch(/baris judul/);
		expect(d.inspection.text.startsWith('id,code,name,')).toBe(true);
		expect(found('11-title-row')).toEqual([]);
	});

	it('reads a semicolon file with decimal commas as Indonesian Excel writes it', () => {
		const { inspection } = fixture('07b-semicolon-declared');
		expect(inspection.delimiter).toBe(';');
		const lat = inspection.columns.find((c) => c.name === 'lat');
		expect(lat).toMatchObject({ type: 'number', decimalChar: ',' });
		expect(inspection.columns.find((c) => c.name === 'population')?.type).toBe('integer');
	});

	it('asks how "1.161" in a whole-number column reads, and never writes the question into the draft', () => {
		const unanswered = fixture('18-thousands-dot-integer');
		expect(unanswered.open).toEqual([
			expect.objectContaining({
				field: 'population',
				kind: 'number',
				text: expect.stringContaining('"1.161"'),
				choices: [
					expect.objectContaining({ key: 'thousands', label: expect.stringContaining('1161') }),
					expect.objectContaining({ key: 'decimal', label: expect.stringContaining('1,161') }),
				],
			}),
		]);
		const field = (d: ReturnType<typeof draft>) =>
			JSON.parse(d.json).schema.fields.find((f: { name: string }) => f.name === 'population');
		expect(field(unanswered).description).toBe(
			'TODO: apa isi kolom ini (mis. "1200", "1.161", "15")',
		);
		const bytes = readFileSync(join(FIXTURES, 'bad', '18-thousands-dot-integer.csv'));
		const answer = (choice: string) =>
			draftDataset(bytes, COPY, {
				id: 'desa',
				today: '2026-11-23',
				datasets,
				answers: [{ field: 'population', choice }],
			});
		const thousands = answer('ribuan');
		expect(thousands.open).toEqual([]);
		expect(field(thousands)).toMatchObject({ type: 'integer', groupChar: '.' });
		expect(field(thousands).decimalChar).toBeUndefined();
		const decimal = answer('decimal');
		expect(field(decimal)).toMatchObject({ type: 'number', decimalChar: '.' });
		expect(field(decimal).groupChar).toBeUndefined();
		expect(decimal.problems.filter((p) => p.field === 'population')).toEqual([]);
	});

	it('declares missing-value markers instead of failing on them', () => {
		const { inspection } = fixture('24-adhoc-missing');
		expect(inspection.missingValues).toEqual(['', 'n/a']);
		expect(found('24-adhoc-missing')).toEqual([]);
	});

	it('finds keys, region codes, geography and the conflict rule of the fixture', () => {
		const { inspection } = fixture('04-bom');
		expect(inspection.primaryKey).toEqual(['id']);
		expect(inspection.columns.find((c) => c.name === 'regency_code')?.pattern).toBe(
			'\\d{2}\\.\\d{2}',
		);
		expect(inspection.foreignKeys).toEqual([
			{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } },
			{ fields: ['regency_code'], reference: { resource: 'regions', fields: ['code'] } },
		]);
		expect(inspection.geo).toEqual({ lat: 'lat', lon: 'lon', region: 'regency_code' });
		expect(inspection.rowRules).toEqual([
			{ if: { field: 'status', equals: 'conflict' }, require: ['note'] },
		]);
	});
});

describe('the draft declaration', () => {
	const EXCEL = [
		'Data ekspor kopi 2024;;;;;;',
		'Kabupaten;Kode Wilayah;Tahun;Volume (ton);Nilai Ekspor (Rp);Keterangan;;',
		'Lamongan;35.24;2023;1.161;12,5;-;;',
		'Lamongan;35.24;2024;2.300;14,75;naik;;',
		'Pacitan;35.01;2024;950;3,2;;;',
		'',
	].join('\r\n');
	const bytes = new TextEncoder().encode(`\ufeff${EXCEL}`);

	it('renames the header, drops Excel padding and adds the source column to the copy', () => {
		const { inspection } = draft(bytes, 'src-probe');
		expect(inspection.text.split('\n')).toEqual([
			'kabupaten;kode_wilayah;tahun;volume_ton;nilai_ekspor_rp;keterangan;source',
			'Lamongan;35.24;2023;1.161;12,5;-;src-probe',
			'Lamongan;35.24;2024;2.300;14,75;naik;src-probe',
			'Pacitan;35.01;2024;950;3,2;;src-probe',
			'',
		]);
		expect(inspection.primaryKey).toEqual(['kode_wilayah', 'tahun']);
		expect(inspection.columns.map((c) => [c.name, c.type, c.unit])).toEqual([
			['kabupaten', 'string', undefined],
			['kode_wilayah', 'string', undefined],
			['tahun', 'year', undefined],
			['volume_ton', 'integer', 't'],
			['nilai_ekspor_rp', 'number', 'IDR'],
			['keterangan', 'string', undefined],
			['source', 'string', undefined],
		]);
	});

	it('is refused, naming each TODO at its line, until they are filled; then it is accepted', () => {
		const d = draft(bytes, 'src-probe');
		const todos = d.problems.filter((p) => p.code === 'declaration-todo');
		expect(todos.map((p) => renderProblem(p).message)).toEqual(
			expect.arrayContaining([
				'title.id masih TODO',
				'title.en masih TODO',
				'description.id masih TODO',
				'description.en masih TODO',
				'schema.fields.0.description masih TODO',
			]),
		);
		expect(d.problems.filter((p) => p.code !== 'declaration-todo')).toEqual([]);
		for (const p of todos) {
			expect(d.json.split('\n')[p.line - 1]?.slice(p.col - 1)).toMatch(/^"TODO/);
		}
		// The journalist fills every TODO; units too.
		const filled = d.json
			.replace(/"TODO: judul[^"]*"/, '"Ekspor kopi"')
			.replace(/"TODO: dataset title[^"]*"/, '"Coffee exports"')
			.replace(/"TODO: (?:the unit key)[^"]*"/g, '"t"')
			.replace(/"TODO: (?:[^"\\]|\\.)*"/g, '"Filled in"');
		const parsed = parseDeclaration(filled, 'data/desa.dataset.json', 'desa');
		expect(parsed.problems).toEqual([]);
		const checked = checkDataset(d.inspection.text, parsed.declaration!, COPY);
		expect(checked.problems).toEqual([]);
		expect(checked.dataset.rows[0]).toMatchObject({
			kode_wilayah: '35.24',
			tahun: 2023,
			volume_ton: 1161,
			nilai_ekspor_rp: 12.5,
			keterangan: null,
		});
	});

	it('leaves the source column empty, to be filled, when no source is given', () => {
		const d = draft(bytes);
		expect(d.inspection.fixes.join(' ')).toMatch(/kolom source ditambahkan, kosong/);
		const empty = d.problems.filter((p) => p.field === 'source');
		expect(empty.map((p) => [p.code, p.line, p.col])).toEqual([
			['constraint-error', 2, 7],
			['constraint-error', 3, 7],
			['constraint-error', 4, 7],
		]);
	});

	it('reports a totals row at the end', () => {
		const withTotal = `${EXCEL}Jumlah;;;4.411;30,45;;;\r\n`;
		const problems = draft(new TextEncoder().encode(withTotal), 'src-probe').problems;
		expect(problems).toContainEqual(
			expect.objectContaining({ code: 'total-row', line: 5, col: 1 }),
		);
	});
});

describe('helpers', () => {
	it.each([
		['Nama Desa', 'nama_desa'],
		['Luas (ha)', 'luas_ha'],
		['Nilai Ekspor %', 'nilai_ekspor_persen'],
		['  Kode  Wilayah ', 'kode_wilayah'],
		['Produksi\u00a0(ton)', 'produksi_ton'],
		['2023', 'k_2023'],
		['Kecamatan/Kota', 'kecamatan_kota'],
		['Café', 'cafe'],
	])('fieldName(%j) → %s', (header, name) => {
		expect(fieldName(header)).toBe(name);
	});

	it('codePattern() matches codes of one or several levels', () => {
		expect(codePattern(['35.24', '35.01'])).toBe('\\d{2}\\.\\d{2}');
		const mixed = codePattern(['64', '64.08']);
		expect(mixed).toBe('\\d{2}(\\.\\d{2})?');
		for (const code of ['64', '64.08']) expect(new RegExp(`^${mixed}$`).test(code)).toBe(true);
		expect(new RegExp(`^${mixed}$`).test('6408')).toBe(false);
	});

	it('readNumbers() never reads "1.161" one way without asking', () => {
		expect(readNumbers(['1200', '15'], { indonesian: false })).toMatchObject({ type: 'integer' });
		expect(readNumbers(['1.161', '15'], { indonesian: false })).toMatchObject({
			type: 'integer',
			groupChar: '.',
			ambiguous: {
				example: '1.161',
				separator: '.',
				thousands: { type: 'integer', groupChar: '.' },
				decimal: { type: 'number', decimalChar: '.' },
			},
		});
		// "1,161" in an Indonesian file: decimal comma first, but asked.
		expect(readNumbers(['1,161', '15'], { indonesian: true })).toMatchObject({
			type: 'number',
			decimalChar: ',',
			ambiguous: { separator: ',', default: 'decimal', thousands: { groupChar: ',' } },
		});
		// A value that settles it: no question, and never an impossible reading.
		for (const values of [
			['12.400.000.000', '950'],
			['1.161', '2.300.000'],
		]) {
			const r = readNumbers(values, { indonesian: true });
			expect(r).toMatchObject({ type: 'integer', groupChar: '.' });
			expect(r?.ambiguous).toBeUndefined();
		}
		expect(readNumbers(['12,4', '1,161'], { indonesian: true })?.ambiguous).toBeUndefined();
		expect(readNumbers(['0.125', '0.5'], { indonesian: false })).toMatchObject({
			type: 'number',
			decimalChar: '.',
		});
		expect(readNumbers(['0.125', '0.5'], { indonesian: false })?.ambiguous).toBeUndefined();
		expect(readNumbers(['2,5', '1.161,25'], { indonesian: true })).toMatchObject({
			type: 'number',
			decimalChar: ',',
			groupChar: '.',
		});
		expect(
			readNumbers(['-7.010', '-6.98763'], { indonesian: false, coordinates: true }),
		).toMatchObject({ type: 'number', decimalChar: '.' });
		// "1.161" beside "2500.5": no single reading; the build will ask for each cell.
		expect(readNumbers(['1.161', '2500.5'], { indonesian: false })).toBeUndefined();
	});

	it('csvLine() quotes only what needs quoting', () => {
		expect(csvLine(['a', 'b, c', 'say "x"', ''], ',')).toBe('a,"b, c","say ""x""",');
		expect(csvLine(['a;b', 'c,d'], ';')).toBe('"a;b";c,d');
	});
});

const encode = (text: string) => new TextEncoder().encode(text);
const fieldOf = (d: { json: string }, name: string) =>
	JSON.parse(d.json).schema.fields.find((f: { name: string }) => f.name === name);

describe('empty rows and a blank last line', () => {
	it.each(['10-blank-line', '10b-empty-cells-row'])(
		'%s: the empty row is dropped (and said so), never kept as a row of only a source id',
		(name) => {
			const d = draftDataset(readFileSync(join(FIXTURES, 'bad', `${name}.csv`)), COPY, {
				id: 'desa',
				today: '2026-11-23',
				datasets,
				source: 'src-probe',
			});
			expect(d.inspection.fixes.join(' ')).toMatch(/1 baris kosong \(baris \d file asli\) dibuang/);
			expect(d.inspection.text.split('\n').filter((l) => /^[,]*(src-probe)?$/.test(l))).toEqual([
				'',
			]);
			expect(d.inspection.rows).toBe(3);
			expect(d.problems.filter((p) => p.code !== 'declaration-todo')).toEqual([]);
		},
	);

	it('Excel ",,," rows and blank last lines never drop required or the primary key', () => {
		const csv = [
			'Kode;Desa;Jumlah UMKM',
			'D1;Sukamaju;12',
			';;',
			'D2;Sukamakmur;7',
			'D3;Mekarsari;',
			';;',
			';;',
			'',
			'',
		].join('\r\n');
		const d = draft(encode(csv), 'src-probe');
		expect(d.inspection.text).toBe(
			'kode;desa;jumlah_umkm;source\nD1;Sukamaju;12;src-probe\nD2;Sukamakmur;7;src-probe\nD3;Mekarsari;;src-probe\n',
		);
		expect(d.inspection.primaryKey).toEqual(['kode']);
		expect(fieldOf(d, 'kode').constraints).toEqual({ required: true });
		expect(fieldOf(d, 'desa').constraints).toEqual({ required: true });
		expect(fieldOf(d, 'jumlah_umkm').constraints).toBeUndefined();
		expect(d.inspection.fixes).toEqual(
			expect.arrayContaining([
				'1 baris kosong (baris 3 file asli) dibuang',
				'baris kosong di akhir file dibuang',
			]),
		);
	});

	it('a row holding only a source id (filled down past the data) is empty too', () => {
		const csv =
			'Kode,Desa,Sumber\nD1,Sukamaju,src-probe\n,,src-probe\nD2,Mekarsari,src-probe\n,,src-probe\n';
		const d = draft(encode(csv));
		expect(d.inspection.text).toBe(
			'kode,desa,source\nD1,Sukamaju,src-probe\nD2,Mekarsari,src-probe\n',
		);
		expect(d.inspection.primaryKey).toEqual(['kode']);
		expect(d.problems.filter((p) => p.code !== 'declaration-todo')).toEqual([]);
	});

	it('a totals row is reported, and does not make a column optional or the key ambiguous', () => {
		const csv = 'Kode;Desa;Jumlah\nD1;Sukamaju;12\nD2;Sukamakmur;7\nJumlah;;19\n';
		const d = draft(encode(csv), 'src-probe');
		expect(d.problems).toContainEqual(expect.objectContaining({ code: 'total-row', line: 4 }));
		expect(d.inspection.primaryKey).toEqual(['kode']);
		expect(fieldOf(d, 'desa').constraints).toEqual({ required: true });
	});

	it('"total" as a category of every row is data, not a totals row', () => {
		const csv = 'Bulan,Desa,Dasar\n2024-12,221,total\n2025-11,293,total\n';
		expect(draft(encode(csv), 'src-probe').problems.map((p) => p.code)).not.toContain('total-row');
	});

	it('free text that mentions a month is text, not a date; "8 Februari 2023" is a date', () => {
		const csv =
			'Kode,Catatan,Diresmikan\nD1,Diresmikan 6 Desember 2019 di Jembrana.,8 Februari 2023\nD2,Angka Gubernur.,2023-03-01\n';
		const { inspection } = draft(encode(csv), 'src-probe');
		expect(inspection.columns.map((c) => c.type)).toEqual(['string', 'string', 'date', 'string']);
	});

	it('a column of village codes is not a foreign key to regions, a column of regency codes is', () => {
		const csv =
			'Kode Desa,Kode Kabupaten,Nama\n35.24.10.2009,35.24,Satu\n35.01.05.2016,35.01,Dua\n';
		const { inspection } = draft(encode(csv), 'src-probe');
		expect(inspection.foreignKeys.map((fk) => fk.fields[0])).toEqual(['source', 'kode_kabupaten']);
	});

	it('a repeated region code is a reference, not a broken key: a pair is found instead', () => {
		const csv = 'Region Code,Survey,Tahun\n35.24,bps,2023\n35.24,disbun,2023\n35.01,bps,2023\n';
		const { inspection } = draft(encode(csv), 'src-probe');
		expect(inspection.primaryKey).toEqual(['region_code', 'survey']);
	});

	it('notes below the table are dropped from the copy, and quoted in the report', () => {
		const csv = 'Kode;Desa;Jumlah\nD1;Sukamaju;12\nD2;Sukamakmur;7\n;;\nSumber: Dinas Koperasi;;\n';
		const { inspection } = draft(encode(csv), 'src-probe');
		expect(inspection.text.split('\n')).toHaveLength(4);
		expect(inspection.fixes.join('\n')).toContain(
			'catatan di bawah tabel (baris 5 file asli) dibuang: "Sumber: Dinas Koperasi"',
		);
	});
});

describe('coordinates are checked without a regency-code column', () => {
	const header = 'Kode Desa,Nama,Lat,Lon\n';
	it('a village code carries its regency: a point in another regency is reported', () => {
		const csv = `${header}35.24.10.2009,Satu,-6.98763,112.28776\n35.24.10.2010,Dua,-8.19775,111.16876\n`;
		const d = draft(encode(csv), 'src-probe');
		expect(d.inspection.geo).toEqual({ lat: 'lat', lon: 'lon', region: 'kode_desa' });
		expect(d.problems.map((p) => renderProblem(p))).toContainEqual(
			expect.objectContaining({
				code: 'geo-region-mismatch',
				line: 3,
				col: 3,
				message: expect.stringContaining('(35.24, wilayah dari 35.24.10.2010)'),
			}),
		);
		expect(d.inspection.notes.join(' ')).toMatch(/di dalam wilayah kode_desa/);
	});

	it('with no code at all, points are still checked inside Indonesia and for swaps', () => {
		const csv = 'Nama,Lat,Lon\nSatu,-6.98763,112.28776\nDua,111.16876,-8.19775\nTiga,0,0\n';
		const d = draft(encode(csv), 'src-probe');
		expect(d.inspection.geo).toEqual({ lat: 'lat', lon: 'lon' });
		expect(JSON.parse(d.json).geo).toEqual({ lat: 'lat', lon: 'lon' });
		expect(d.problems.filter((p) => p.code.startsWith('geo-'))).toEqual([
			expect.objectContaining({ code: 'geo-swapped', line: 3 }),
			expect.objectContaining({ code: 'geo-null-island', line: 4 }),
		]);
		expect(
			d.problems.filter((p) => p.code.startsWith('declaration-') && p.code !== 'declaration-todo'),
		).toEqual([]);
	});
});

describe('every problem in one run', () => {
	it('a stray quote blocks writing, but every other problem is still reported, in the original lines', () => {
		const csv = [
			'Data ekspor;;',
			'Kode;Nama;Tanggal;Jumlah',
			'D1;Desa "Satu";2024-02-30;12',
			'D2;Dua;2024-01-05;#N/A',
			'',
		].join('\n');
		const d = draft(encode(csv), 'src-probe');
		expect(d.inspection.blocking).toBe(true);
		expect(d.json).toBe('');
		expect(d.problems.map((p) => [p.code, p.line, p.col])).toEqual(
			expect.arrayContaining([
				['source-error', 3, 2],
				['type-error', 3, 3],
				['excel-artifact', 4, 4],
			]),
		);
	});

	it('an unclosed quote reports what comes before it, with the Windows-1252 lines to check', () => {
		const bytes = new Uint8Array([
			...encode('Kode,Nama\nD1,Caf'),
			0xe9,
			...encode('\nD2,"Dua\nD3,Tiga\n'),
		]);
		const d = draft(bytes);
		expect(d.inspection.blocking).toBe(true);
		expect(d.problems.map((p) => [p.severity, p.code, p.line])).toEqual([
			['warning', 'encoding-error', 2],
			['error', 'source-error', 3],
		]);
	});

	it('gives the line of every Windows-1252 letter, in the copy', () => {
		const d = fixture('08-windows-1252');
		expect(d.inspection.fixes.join(' ')).toMatch(/baris 3 file asli/);
		expect(d.problems.filter((p) => p.code === 'encoding-error')).toEqual([
			expect.objectContaining({
				severity: 'warning',
				code: 'encoding-error',
				line: 3,
				col: 3,
				value: 'Desa Dua – Café',
			}),
		]);
	});
});

describe('scale words in headers and notes are asked, never guessed', () => {
	const PRESS =
		'Kabupaten;Tahun;Nilai ekspor (Rp miliar);Volume (ribu ton)\nLamongan;2024;12,4;1,5\nPacitan;2024;3,25;0,75\n';
	const answer = (csv: string, answers: { field: string; choice: string }[], lang?: 'en') =>
		draftDataset(encode(csv), COPY, {
			id: 'desa',
			today: '2026-11-23',
			datasets,
			source: 'src-probe',
			answers,
			...(lang ? { lang } : {}),
		});

	it('asks about each scaled column; unanswered, the unit stays a TODO the build refuses', () => {
		const d = answer(PRESS, []);
		expect(d.open.map((q) => [q.field, q.kind])).toEqual([
			['nilai_ekspor_rp_miliar', 'scale'],
			['volume_ribu_ton', 'scale'],
		]);
		expect(d.open[0]?.text).toContain('"miliar"');
		expect(d.open[0]?.choices.map((c) => c.label)).toEqual([
			'ubah ke satuan dasar (×1.000.000.000) di salinan: "12,4" → 12400000000',
			'biarkan: nilainya sudah dalam satuan dasar, "12,4" tampil Rp12,4',
		]);
		expect(fieldOf(d, 'nilai_ekspor_rp_miliar').unit).toMatch(
			/^TODO: skala "miliar" belum dijawab/,
		);
		expect(d.problems.map((p) => renderProblem(p))).toContainEqual(
			expect.objectContaining({ code: 'declaration-todo', message: expect.stringMatching(/unit/) }),
		);
	});

	it('convert: the copy holds base units, and the field is a plain amount with a readable title', () => {
		const d = answer(PRESS, [
			{ field: 'nilai_ekspor_rp_miliar', choice: 'convert' },
			{ field: 'volume_ribu_ton', choice: 'ubah' },
		]);
		expect(d.open).toEqual([]);
		expect(d.inspection.text).toBe(
			'kabupaten;tahun;nilai_ekspor_rp;volume_ton;source\nLamongan;2024;12400000000;1500;src-probe\nPacitan;2024;3250000000;750;src-probe\n',
		);
		expect(fieldOf(d, 'nilai_ekspor_rp')).toMatchObject({
			type: 'integer',
			unit: 'IDR',
			title: { id: 'Nilai ekspor', en: 'Export value' },
		});
		expect(fieldOf(d, 'nilai_ekspor_rp').decimalChar).toBeUndefined();
		expect(fieldOf(d, 'volume_ton')).toMatchObject({
			type: 'integer',
			unit: 't',
			title: { id: 'Volume', en: 'Volume' },
		});
		expect(d.problems.filter((p) => p.code !== 'declaration-todo')).toEqual([]);
		expect(d.inspection.fixes).toContain(
			'kolom nilai_ekspor_rp_miliar: nilai dikali 1.000.000.000 (miliar) ke satuan dasar, "12,4" → 12400000000',
		);
	});

	it('as-is: the values stay as written, read with their decimal comma', () => {
		const d = answer(PRESS, [
			{ field: 'nilai_ekspor_rp_miliar', choice: 'as-is' },
			{ field: 'volume_ribu_ton', choice: 'tetap' },
		]);
		expect(d.inspection.text.split('\n')[1]).toBe('Lamongan;2024;12,4;1,5;src-probe');
		expect(fieldOf(d, 'nilai_ekspor_rp')).toMatchObject({
			type: 'number',
			decimalChar: ',',
			unit: 'IDR',
		});
	});

	it('reads a scale in the title line or a note below the table, and asks for the columns it may cover', () => {
		const csv =
			'Ekspor kopi (dalam juta rupiah);;\nKabupaten;Tahun;Nilai\nLamongan;2024;12,5\nPacitan;2024;3\n';
		const d = answer(csv, [{ field: 'nilai', choice: 'convert' }]);
		expect(d.inspection.questions).toEqual([
			expect.objectContaining({
				field: 'nilai',
				kind: 'scale',
				answer: 'convert',
				text: expect.stringContaining('baris 1'),
			}),
		]);
		expect(d.inspection.text.split('\n').slice(1, 3)).toEqual([
			'Lamongan;2024;12500000;src-probe',
			'Pacitan;2024;3000000;src-probe',
		]);
		expect(fieldOf(d, 'nilai')).toMatchObject({ unit: 'IDR', type: 'integer' });
		const below =
			'Tahun;Luas (ha);Produksi\n2023;1.161;2.300\n2024;1.320;2.410\nKeterangan: produksi dalam ribu ton;;\n';
		const b = answer(below, []);
		// ha has no scale and the note names tonnes: only production is asked about.
		expect(b.open.filter((q) => q.kind === 'scale').map((q) => q.field)).toEqual(['produksi']);
	});

	it('asks whether percentages written as fractions are converted', () => {
		const csv = 'Tahun,Pertumbuhan (%)\n2023,0.125\n2024,0.5\n';
		const d = answer(csv, [{ field: 'pertumbuhan_persen', choice: 'convert' }]);
		expect(d.inspection.text.split('\n')[1]).toBe('2023,12.5,src-probe');
		expect(fieldOf(d, 'pertumbuhan_persen')).toMatchObject({
			type: 'number',
			unit: 'percent',
			decimalChar: '.',
		});
	});

	it('speaks English when asked: questions, fixes, notes and TODOs', () => {
		const d = answer(PRESS, [], 'en');
		expect(d.open[0]?.text).toMatch(
			/^nilai_ekspor_rp_miliar: the header "Nilai ekspor \(Rp miliar\)" names the scale "miliar"/,
		);
		expect(d.open[0]?.choices[0]?.label).toBe(
			'convert to base units (×1,000,000,000) in the copy: "12,4" → 12400000000',
		);
		expect(d.inspection.notes.join(' ')).toMatch(/semicolon/);
		expect(d.inspection.fixes.join(' ')).toMatch(/source column added/);
		expect(JSON.parse(d.json).title.en).toBe('TODO: dataset title in English');
		expect(fieldOf(d, 'kabupaten').description).toMatch(/^TODO: what this column holds/);
	});
});

describe('titles', () => {
	it('gives every column a title: from the header and the glossary, else a TODO', () => {
		const csv = 'Kode Wilayah;Nama Pengrajin;LUAS_HA;;Sumber\n35.24;Ani;2,5;x;src-probe\n';
		const d = draft(encode(csv));
		const titles = JSON.parse(d.json).schema.fields.map((f: { name: string; title: unknown }) => [
			f.name,
			f.title,
		]);
		expect(titles).toEqual([
			['kode_wilayah', { id: 'Kode wilayah', en: 'Region code' }],
			[
				'nama_pengrajin',
				{
					id: 'Nama Pengrajin',
					en: 'TODO: judul kolom dalam bahasa Inggris ("Nama Pengrajin" dalam bahasa Inggris)',
				},
			],
			['luas_ha', { id: 'Luas', en: 'Area' }],
			[
				'kolom_4',
				{
					id: 'TODO: judul kolom dalam bahasa Indonesia, seperti dibaca pembaca',
					en: 'TODO: judul kolom dalam bahasa Inggris',
				},
			],
			['source', { id: 'Sumber', en: 'Source' }],
		]);
	});
});

describe('answers', () => {
	const questions = draftDataset(
		readFileSync(join(FIXTURES, 'bad', '18-thousands-dot-integer.csv')),
		COPY,
		{
			id: 'desa',
			today: '2026-11-23',
			datasets,
		},
	).inspection.questions;

	it('parseAnswers() reads field=choice', () => {
		expect(parseAnswers(['population=thousands', ' a = b ', 'oops'])).toEqual({
			answers: [
				{ field: 'population', choice: 'thousands' },
				{ field: 'a', choice: 'b' },
			],
			bad: ['oops'],
		});
	});

	it('answerProblems() reports an answer no question asks for, with "did you mean"', () => {
		expect(answerProblems(questions, [{ field: 'population', choice: 'decimal' }])).toEqual([]);
		expect(answerProblems(questions, [{ field: 'populasi', choice: 'decimal' }])).toEqual([
			'--answer populasi=decimal: tidak ada pertanyaan tentang kolom "populasi"; maksudnya "population"?',
		]);
		expect(answerProblems(questions, [{ field: 'population', choice: 'convert' }], 'en')).toEqual([
			'--answer population=convert: the choices for population are thousands, decimal',
		]);
	});

	it('matchChoice() takes a number, a key or an alias', () => {
		const q = questions[0]!;
		expect(['1', '2', 'decimal', 'RIBUAN', 'x'].map((r) => matchChoice(q, r))).toEqual([
			'thousands',
			'decimal',
			'decimal',
			'thousands',
			undefined,
		]);
	});
});
