// Every CSV case of the bad-input catalogue (../shared/reference/reliability-and-bad-inputs.md
// §3.1–3.4) against the fixture catalogue: the problem's code, line and column are pinned.
// Cases are named by their catalogue number. Not applicable to a file reader, and so not here:
// #14 huge file (a generated buffer, in decode.test.ts), #16/#29/#41 diffs against a previous
// publication, #34 rendering time zones (format tests), #40 transforms, #47–#53 GeoJSON
// (boundary tests).
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../../src/lib/data/declaration.ts';
import { formatProblem, renderProblem } from '../../../src/lib/data/problems.ts';
import { checkDataset, typeWords } from '../../../src/lib/data/validate.ts';
import { renderText } from '../../../src/lib/messages/index.ts';
import { loadCase } from './fixture-catalog.ts';

type Expect = [code: string, file: string, line: number, col: number, field?: string];

const ERRORS: [name: string, expected: Expect, hint?: RegExp, count?: number][] = [
	['01-unclosed-quote', ['source-error', 'desa.csv', 3, 3]],
	['01b-stray-quote', ['source-error', 'desa.csv', 3, 3]],
	['02-ragged-short', ['missing-cell', 'desa.csv', 3, 4, 'regency_code']],
	['03-ragged-long', ['extra-cell', 'desa.csv', 3, 13], /unquoted comma/],
	['06-bare-cr', ['line-breaks', 'desa.csv', 2, 110]],
	['07-semicolon', ['dialect-error', 'desa.csv', 1, 1], /delimiter/],
	['08-windows-1252', ['encoding-error', 'desa.csv', 3, 33], /CSV UTF-8/],
	['09-utf16', ['encoding-error', 'desa.csv', 1, 1]],
	['10-blank-line', ['blank-row', 'desa.csv', 3, 1]],
	['10b-empty-cells-row', ['blank-row', 'desa.csv', 4, 1]],
	['11-title-row', ['extra-label', 'desa.csv', 1, 1], /title line/, 12],
	['12-duplicate-header', ['duplicate-label', 'desa.csv', 1, 7]],
	['12b-blank-header', ['blank-label', 'desa.csv', 1, 7]],
	['13-header-space', ['incorrect-label', 'desa.csv', 1, 7]],
	['13b-header-nbsp', ['incorrect-label', 'desa.csv', 1, 7]],
	['13c-header-order', ['incorrect-label', 'desa.csv', 1, 5], undefined, 2],
	['13d-header-typo', ['extra-label', 'desa.csv', 1, 7], /did you mean "population"/],
	['13e-empty-file', ['source-error', 'desa.csv', 1, 1]],
	['15-path-escape', ['resource-path', 'desa.dataset.json', 165, 10]],
	['17-decimal-comma', ['type-error', 'desa.csv', 3, 5, 'lat'], /decimalChar/],
	['18-thousands-dot-integer', ['type-error', 'desa.csv', 3, 7, 'population'], /groupChar/],
	['18b-thousands-dot-number', ['ambiguous-number', 'desa.csv', 3, 8, 'export_value']],
	['19-mixed-conventions', ['type-error', 'desa.csv', 3, 7, 'population']],
	['19b-mixed-with-groupchar', ['type-error', 'desa.csv', 3, 7, 'population']],
	['20-currency-text', ['type-error', 'desa.csv', 3, 8, 'export_value'], /base units/],
	['21-percent', ['type-error', 'desa.csv', 3, 8, 'export_value'], /bareNumber/],
	['21b-accounting-negative', ['type-error', 'desa.csv', 3, 8, 'export_value'], /-1234/],
	['22-nbsp-group', ['type-error', 'desa.csv', 3, 7, 'population'], /U\+00A0/],
	['23-empty-required', ['constraint-error', 'desa.csv', 3, 3, 'name']],
	['24-adhoc-missing', ['type-error', 'desa.csv', 3, 7, 'population'], /missingValues/],
	['25-excel-error', ['excel-artifact', 'desa.csv', 3, 8, 'export_value']],
	['26-scientific-code', ['constraint-error', 'desa.csv', 3, 2, 'code'], /scientific/],
	['27-code-without-dots', ['constraint-error', 'desa.csv', 3, 2, 'code'], /dots/],
	['28-hex', ['type-error', 'desa.csv', 3, 7, 'population'], /hexadecimal/],
	['28b-exponent', ['type-error', 'desa.csv', 3, 8, 'export_value'], /scientific/],
	['30-negative', ['constraint-error', 'desa.csv', 3, 7, 'population']],
	['30b-unicode-minus', ['type-error', 'desa.csv', 3, 5, 'lat'], /U\+2212/],
	['31-impossible-date', ['type-error', 'desa.csv', 3, 9, 'designated']],
	['32-ambiguous-date', ['type-error', 'desa.csv', 3, 9, 'designated'], /ambiguous/],
	['33-indonesian-month', ['type-error', 'desa.csv', 3, 9, 'designated'], /2023-02-08/],
	['33b-excel-serial', ['type-error', 'desa.csv', 3, 9, 'designated'], /serial/],
	['33c-before-minimum', ['constraint-error', 'desa.csv', 3, 9, 'designated']],
	['35-duplicate-key', ['primary-key', 'desa.csv', 4, 1, 'id']],
	['36-foreign-key-miss', ['foreign-key', 'desa.csv', 3, 4, 'regency_code']],
	['37-region-code-undotted', ['constraint-error', 'desa.csv', 3, 4, 'regency_code']],
	['38-source-typo', ['foreign-key', 'desa.csv', 3, 12, 'source'], /did you mean "src-second"/],
	['39-code-trailing-space', ['constraint-error', 'desa.csv', 3, 4, 'regency_code']],
	['39b-enum-typo', ['constraint-error', 'desa.csv', 3, 10, 'status'], /did you mean "confirmed"/],
	['39c-conflict-without-note', ['row-constraint', 'desa.csv', 4, 11, 'note'], /source was chosen/],
	['39e-too-long', ['constraint-error', 'desa.csv', 3, 3, 'name']],
	['42-deleted-dataset', ['foreign-key', 'desa.dataset.json', 132, 18]],
	['43-swapped', ['geo-swapped', 'desa.csv', 3, 5, 'lat']],
	['44-outside-indonesia', ['geo-outside', 'desa.csv', 3, 5, 'lat'], /sign/],
	['45-wrong-region', ['geo-region-mismatch', 'desa.csv', 3, 5, 'lat']],
	['45b-other-regency', ['geo-region-mismatch', 'desa.csv', 3, 5, 'lat']],
	['46-null-island', ['geo-null-island', 'desa.csv', 3, 5, 'lat']],
	['d1-unknown-unit', ['declaration-unit', 'desa.dataset.json', 82, 13, 'export_value'], /"IDR"/],
	['d2-unknown-key', ['declaration-schema', 'desa.dataset.json', 74, 20], /misspelt/],
	['d3-primary-key-field', ['declaration-field', 'desa.dataset.json', 122, 4]],
	['d4-no-source', ['missing-source', 'desa.dataset.json', 1, 1]],
	['d5-invalid-json', ['declaration-json', 'desa.dataset.json', 6, 2]],
];

describe('loadCatalog() refuses each bad input with a located error', () => {
	it.each(ERRORS)('%s', (name, [code, file, line, col, field], hint, count = 1) => {
		const { problems } = loadCase(name);
		const errors = problems.filter((p) => p.severity === 'error');
		expect(errors.length).toBeGreaterThan(0);
		const first = errors[0];
		expect(first).toMatchObject({ code, file: `data/${file}`, line, col });
		if (field) expect(first?.field).toBe(field);
		if (hint) expect(first && renderProblem(first, 'en').hint).toMatch(hint);
		if (first?.file.endsWith('.csv')) expect(first.dataset).toBe('desa');
		// Nothing else is blamed: one bad cell, one problem.
		expect(errors).toHaveLength(count);
	});
});

describe('loadCatalog() accepts and normalises harmless variations', () => {
	it.each([
		['04-bom', 3],
		['05-crlf', 3],
		['07b-semicolon-declared', 3],
		['18c-groupchar-declared', 3],
		['24b-declared-missing', 3],
	])('%s loads every row', (name, rows) => {
		const { problems, datasets } = loadCase(name);
		expect(problems).toEqual([]);
		expect(datasets.get('desa')?.rows).toHaveLength(rows);
	});

	it('reads an Excel BOM file with the first column name intact', () => {
		const row = loadCase('04-bom').datasets.get('desa')?.rows[0];
		expect(row?.id).toBe('desa-satu');
	});

	it('reads "1.161" as 1161 only when groupChar "." is declared', () => {
		const row = loadCase('18c-groupchar-declared').datasets.get('desa')?.rows[1];
		expect(row?.population).toBe(1161);
	});

	it('reads decimal commas when declared, in a semicolon file', () => {
		const rows = loadCase('07b-semicolon-declared').datasets.get('desa')?.rows;
		expect(rows?.[0]?.lat).toBe(-6.98763);
		expect(rows?.[2]?.export_value).toBe(2500.5);
		expect(rows?.[2]?.name).toBe('Desa Tiga; Utara');
	});

	it('keeps an empty number cell as null, never 0', () => {
		const row = loadCase().datasets.get('desa')?.rows[1];
		expect(row?.population).toBeNull();
		expect(row?.export_value).toBeNull();
	});

	it('turns a declared missing marker into null', () => {
		const row = loadCase('24b-declared-missing').datasets.get('desa')?.rows[1];
		expect(row?.population).toBeNull();
	});
});

describe('warnings do not stop the build but are reported', () => {
	it.each([
		['06b-mixed-endings', 'line-breaks', 3, 1],
		['39d-formula', 'formula-injection', 3, 3],
	])('%s', (name, code, line, col) => {
		const { problems, datasets } = loadCase(name);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(problems).toEqual([expect.objectContaining({ severity: 'warning', code, line, col })]);
		expect(datasets.get('desa')?.rows).toHaveLength(3);
	});
});

describe('problems are reported together, in the documented format', () => {
	it('collects every bad cell of a file, not just the first', () => {
		const { problems } = loadCase('11-title-row');
		expect(problems.filter((p) => p.code === 'missing-label')).toHaveLength(11);
	});

	it('formats a problem as file:line:col: severity code [dataset.field] message + details, in Indonesian unless asked', () => {
		const p = loadCase('18-thousands-dot-integer').problems[0];
		expect(p && formatProblem(p)).toBe(
			'data/desa.csv:3:7: error type-error [desa.population] "1.161" bukan bilangan bulat\n' +
				'    nilai: "1.161"   seharusnya: bilangan bulat (hanya angka, tanpa pemisah ribuan)   ' +
				'saran: titik pemisah ribuan cara Indonesia? nyatakan "groupChar": "." pada kolomnya, atau hapus titiknya',
		);
		expect(p && formatProblem(p, 'en')).toBe(
			'data/desa.csv:3:7: error type-error [desa.population] "1.161" is not an integer\n' +
				'    value: "1.161"   expected: integer (digits only, no thousands separator)   ' +
				'hint: Indonesian thousands separator? declare "groupChar": "." on the field, or remove the dots',
		);
	});

	it('the good fixture catalogue has no problems at all', () => {
		expect(loadCase().problems).toEqual([]);
	});
});

describe('messages say what is expected, in plain words', () => {
	it('an incorrect label expects the declared name, not the label trimmed', () => {
		const label = loadCase('13-header-space').problems.find((p) => p.code === 'incorrect-label');
		expect(label).toMatchObject({ value: 'population ', expected: '"population"' });
		const decl = parseDeclaration(
			JSON.stringify({
				id: 'x',
				title: { id: 'x', en: 'x' },
				description: { id: 'x', en: 'x' },
				licence: { name: 'x', title: 'x', path: 'https://x.example/' },
				updated: '2026-01-01',
				schema: {
					fields: [
						{ name: 'kode', type: 'string', description: 'x' },
						{ name: 'jumlah', type: 'integer', description: 'x', constraints: { required: true } },
					],
					primaryKey: ['kode'],
				},
			}),
			'data/x.dataset.json',
			'x',
		).declaration!;
		const { problems } = checkDataset(' Kode ,jumlah\na,1\n', decl, 'data/x.csv');
		expect(problems.map((p) => renderProblem(p, 'en'))).toEqual([
			expect.objectContaining({
				code: 'incorrect-label',
				expected: '"kode"',
				hint: expect.stringContaining('"kode"'),
			}),
		]);
		const empty = checkDataset('kode,jumlah\na,\n', decl, 'data/x.csv').problems;
		expect(empty.map((p) => renderProblem(p, 'en'))).toEqual([
			expect.objectContaining({ code: 'constraint-error', expected: 'an integer' }),
		]);
		expect(renderProblem(empty[0]!, 'id').expected).toBe('bilangan bulat');
	});

	it('typeWords() names what a cell of each type holds, in both languages', () => {
		const types = ['integer', 'number', 'year', 'string'] as const;
		expect(types.map((t) => renderText(typeWords(t), 'en'))).toEqual([
			'an integer',
			'a number',
			'a year',
			'text',
		]);
		expect(types.map((t) => renderText(typeWords(t), 'id'))).toEqual([
			'bilangan bulat',
			'angka',
			'tahun YYYY',
			'teks',
		]);
	});

	it('an ambiguous "1.161" in a number field is an error, as the docs say', () => {
		const { problems, datasets } = loadCase('18b-thousands-dot-number');
		expect(problems).toEqual([
			expect.objectContaining({ code: 'ambiguous-number', severity: 'error' }),
		]);
		expect(datasets.get('desa')?.rows).toHaveLength(2);
	});
});
