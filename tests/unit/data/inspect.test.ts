// npm run new:dataset's inspection: on every CSV of the bad-input catalogue it reports what it
// can detect (code, line and column in the copy it writes), it reads Indonesian Excel exports
// right, and its draft declaration is refused until the TODOs are filled — and accepted after.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../../src/lib/data/declaration.ts';
import {
	codePattern,
	csvLine,
	draftDataset,
	fieldName,
	readNumbers,
} from '../../../src/lib/data/inspect.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatProblem } from '../../../src/lib/data/problems.ts';
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
		['10-blank-line', 'blank-row', 3, 1],
		['10b-empty-cells-row', 'blank-row', 4, 1],
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
		expect(problems, problems.map(formatProblem).join('\n')).toContainEqual(
			expect.objectContaining({ code, line, col }),
		);
		// Every problem is located in the copy the journalist will edit.
		for (const p of problems) expect(p.file).toMatch(/^data\/desa\.(csv|dataset\.json)$/);
	});

	it('gives the build hint for each fixable cell', () => {
		expect(found('26-scientific-code')[0]?.hint).toMatch(/scientific notation/);
		expect(found('27-code-without-dots')[0]?.hint).toMatch(/dots/);
		expect(found('39-code-trailing-space')[0]?.hint).toMatch(/spaces/);
		expect(found('33-indonesian-month')[0]?.hint).toMatch(/2023-02-08/);
		expect(found('38-source-typo')[0]?.hint).toMatch(/did you mean "src-second"/);
		expect(found('39b-enum-typo')[0]?.hint).toMatch(/did you mean "confirmed"/);
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

	it('reads "1.161" in a whole-number column as thousands, and asks to check it', () => {
		const { inspection } = fixture('18-thousands-dot-integer');
		const population = inspection.columns.find((c) => c.name === 'population');
		expect(population).toMatchObject({ type: 'integer', groupChar: '.' });
		expect(population?.check).toMatch(/1161/);
		const declaration = JSON.parse(fixture('18-thousands-dot-integer').json);
		const field = declaration.schema.fields.find((f: { name: string }) => f.name === 'population');
		expect(field.description).toMatch(/^TODO: .*check: "1\.161" is read as 1161/);
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
		expect(todos.map((p) => p.message)).toEqual(
			expect.arrayContaining([
				'title.id is still a TODO',
				'title.en is still a TODO',
				'description.id is still a TODO',
				'description.en is still a TODO',
				'schema.fields.0.description is still a TODO',
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

	it('readNumbers() never reads "1.161" as a decimal without asking', () => {
		expect(readNumbers(['1200', '15'], { indonesian: false })).toMatchObject({ type: 'integer' });
		expect(readNumbers(['1.161', '15'], { indonesian: false })).toMatchObject({
			type: 'integer',
			groupChar: '.',
			check: expect.stringMatching(/1161/),
		});
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
