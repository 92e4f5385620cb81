/**
 * Inspecting a CSV a journalist brings (often exported from Excel with Indonesian settings) and
 * drafting its declaration: the encoding, the delimiter, the decimal and thousands characters,
 * each column's type, missing-value markers, likely primary keys, region-code, commodity and
 * source columns, and the artefacts Excel leaves (`#N/A`, codes in scientific notation, a title
 * line above the header, empty trailing columns, a totals row).
 *
 * Reading goes through the build's own decoder, tokenizer and cell typing (decode.ts, csv.ts,
 * cast.ts), and {@link draftDataset} then runs the build's validator on the draft, so what is
 * reported is what `npm run validate:data` will say. Pure: bytes and the catalogue in, a report
 * and file contents out; `npm run new:dataset` (scripts/new-dataset.ts) writes the files.
 */
import Papa from 'papaparse';
import { castCell } from './cast.ts';
import { tokenizeCsv } from './csv.ts';
import { parseDeclaration, type FieldDeclaration, type FieldType } from './declaration.ts';
import { decodeCsv } from './decode.ts';
import { editDistance, showValue, sortProblems, type Problem } from './problems.ts';
import { UNITS } from './units.ts';
import { checkCatalog, checkDataset, type CheckedDataset } from './validate.ts';

/** What was guessed about one column. */
export interface ColumnGuess {
	/** The header cell as written in the original file. */
	header: string;
	/** The field name (snake_case); the copy's header uses it. */
	name: string;
	type: FieldType;
	decimalChar?: '.' | ',';
	groupChar?: '.' | ',';
	/** True when no cell is missing. */
	required: boolean;
	/** True when every value is different and none is missing. */
	unique: boolean;
	/** A pattern constraint, for region codes. */
	pattern?: string;
	/** A unit named by the header (`luas_ha` → ha), to confirm. */
	unit?: string;
	/** Up to three values as written. */
	examples: string[];
	/** A reading of the numbers the journalist must confirm (decimal or thousands?). */
	check?: string;
	/** Why this type and these settings (Indonesian, for the terminal). */
	why: string;
}

/** Everything {@link inspectCsv} found. */
export interface Inspection {
	/** Problems located in the copy (file, line and column as the build will report them). */
	problems: Problem[];
	/** What the copy changes compared with the original, one sentence each (Indonesian). */
	fixes: string[];
	/** Choices the draft makes, one sentence each (Indonesian). */
	notes: string[];
	/** True when the file cannot be read at all (too big, empty, an unclosed quote). */
	blocking: boolean;
	delimiter: ',' | ';' | '\t';
	columns: ColumnGuess[];
	/** Dataset-level missing-value markers (always starts with ""). */
	missingValues: string[];
	primaryKey?: string[];
	foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
	geo?: { lat: string; lon: string; region: string };
	/** A `status`/`note` pair: a conflict must say which source was chosen. */
	rowRules?: { if: { field: string; equals: string }; require: string[] }[];
	/** Number of data rows. */
	rows: number;
	/** The CSV to save: UTF-8, LF, header renamed, title line and empty trailing columns gone. */
	text: string;
}

/** Reference values from the catalogue, to recognise key columns. */
export interface InspectContext {
	/** Codes in data/regions.csv (provinces and regencies, e.g. 35, 35.24). */
	regionCodes: ReadonlySet<string>;
	/** Keys in data/commodities.csv. */
	commodityKeys: ReadonlySet<string>;
	/** Ids in data/sources.csv. */
	sourceIds: ReadonlySet<string>;
	/** Fill a missing `source` column with this id (else it is added empty, to be filled). */
	source?: string;
}

const MISSING_MARKERS = /^(-|–|—|n\/?a|na|null|none|tidak ada( data)?|\.\.\.?|\?)$/i;
const EXCEL_ERRORS = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;
const SCIENTIFIC = /^-?\d+(\.\d+)?E[+-]?\d+$/i;
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const UNDOTTED_CODE = /^\d{2}(\d{2}(\d{2}(\d{4})?)?)?$/;
const CODE_NAME = /(^|_)(kode|code|kd|wilayah|region|kab|kabupaten|kota|prov|provinsi|bps)(_|$)/;
const DATE_NAME = /(^|_)(tanggal|tgl|date|diresmikan|designated|ditetapkan)(_|$)/;
const YEAR_NAME = /(^|_)(tahun|thn|year)(_|$)/;
const COORD_NAME = /^(lat|latitude|lintang|lon|lng|long|longitude|bujur)$/;
const TOTAL_ROW = /^(total|jumlah|grand total|sub ?total|jumlah total)$/i;
const INDONESIAN_MONTH =
	/\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i;
/** Something a spreadsheet could mean as a number (currency, percent, odd separators). */
const NUMBERISH =
	/^[-+\u2212\u2013(]?\s*(rp\.?|us\$|\$)?\s*[\d.,\s\u00a0\u202f]*\d[\d.,\s\u00a0\u202f]*\)?\s*%?$|^0x[\da-f]+$/i;

/**
 * A field name from a header cell: lowercase ASCII, digits and "_", accents removed
 * ("Luas (ha)" → "luas_ha", "Nilai Ekspor %" → "nilai_ekspor_persen", "2023" → "k_2023").
 */
export function fieldName(header: string): string {
	const base = header
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/%/g, ' persen ')
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
	if (!base) return 'kolom';
	return /^[a-z]/.test(base) ? base : `k_${base}`;
}

const UNIT_WORDS: [RegExp, keyof typeof UNITS][] = [
	[/(^|_)(rp|idr|rupiah)(_|$)/, 'IDR'],
	[/(^|_)(usd|dolar|dollar)(_|$)/, 'USD'],
	[/(^|_)(ha|hektar|hektare)(_|$)/, 'ha'],
	[/(^|_)(kg|kilogram)(_|$)/, 'kg'],
	[/(^|_)(ton|tonnes?)(_|$)/, 't'],
	[/(^|_)(persen|pct|percent)(_|$)/, 'percent'],
	[/(^|_)(lat|latitude|lintang|lon|lng|longitude|bujur)(_|$)/, 'degree'],
];

/** The unit a field name mentions, if any (`luas_ha` → ha, `nilai_rp` → IDR). */
export function unitFromName(name: string): keyof typeof UNITS | undefined {
	return UNIT_WORDS.find(([re]) => re.test(name))?.[1];
}

const decl = (type: FieldType, extra: Partial<FieldDeclaration> = {}): FieldDeclaration => ({
	name: 'x',
	type,
	description: 'x',
	...extra,
});
const readsAll = (values: readonly string[], f: FieldDeclaration) =>
	values.every((v) => castCell(v, f, []).ok);

/**
 * The regular expression matching every code in `codes` (dotted region codes of one or more
 * levels): `35.24` → `\d{2}\.\d{2}`; `64` and `64.08` → `\d{2}(\.\d{2})?`.
 */
export function codePattern(codes: readonly string[]): string {
	const depths = codes.map((c) => c.split('.').length);
	const min = Math.min(...depths);
	const max = Math.max(...depths);
	const parts = ['\\d{2}', '\\.\\d{2}', '\\.\\d{2}', '\\.\\d{4}'].slice(0, max);
	const fixed = parts.slice(0, min).join('');
	const optional = parts.slice(min);
	return fixed + optional.map((p) => `(${p}`).join('') + ')?'.repeat(optional.length);
}

type NumberReading = Pick<ColumnGuess, 'type' | 'decimalChar' | 'groupChar' | 'check' | 'why'>;

/**
 * The one way of writing numbers that reads every value in `values`, or undefined. Plain digits
 * first; then "1.161"-style thousands (Indonesian) or "2,5"-style decimals; English "1,161"
 * thousands only when the file is not Indonesian. Readings that could be wrong by a factor of
 * 1000 carry a `check` the journalist must confirm.
 */
export function readNumbers(
	values: readonly string[],
	opts: { indonesian: boolean; coordinates?: boolean },
): NumberReading | undefined {
	if (readsAll(values, decl('integer'))) return { type: 'integer', why: 'bilangan bulat' };
	const thousands = values.filter((v) => /^-?\d{1,3}(\.\d{3})+$/.test(v));
	const decimals = values.filter((v) => /^-?\d+\.\d+$/.test(v) && !thousands.includes(v));
	const commas = values.filter((v) => v.includes(','));
	if (commas.length === 0) {
		if (opts.coordinates && readsAll(values, decl('number', { decimalChar: '.' }))) {
			return { type: 'number', decimalChar: '.', why: 'koordinat, titik desimal' };
		}
		if (thousands.length === 0 && readsAll(values, decl('number'))) {
			return { type: 'number', why: 'angka dengan titik desimal' };
		}
		if (thousands.length && decimals.length === 0) {
			const first = thousands[0] ?? '';
			const plain = first.replace(/\./g, '');
			const integer = readsAll(values, decl('integer', { groupChar: '.' }));
			return {
				type: integer ? 'integer' : 'number',
				groupChar: '.',
				why: `titik sebagai pemisah ribuan (${showValue(first)} = ${plain})`,
				check: `"${first}" is read as ${plain} (dot = thousands); if it means ${first.replace('.', ',')}, replace "groupChar": "." with "decimalChar": "."`,
			};
		}
		return undefined;
	}
	const idDecimals = commas.every((v) => /^-?(\d{1,3}(\.\d{3})+|\d+),\d+$/.test(v));
	const enGroups = commas.every((v) => /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v));
	if (idDecimals && (opts.indonesian || !enGroups) && decimals.length === 0) {
		const grouped = values.some((v) => /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(v));
		const f = decl('number', { decimalChar: ',', ...(grouped ? { groupChar: '.' } : {}) });
		if (readsAll(values, f)) {
			const first = commas[0] ?? '';
			return {
				type: 'number',
				decimalChar: ',',
				...(grouped ? { groupChar: '.' as const } : {}),
				why: `koma desimal gaya Indonesia (${showValue(first)})${grouped ? ' dan titik pemisah ribuan' : ''}`,
				...(enGroups
					? {
							check: `"${first}" is read as ${first.replace(/\./g, '').replace(',', '.')} (comma = decimal); if it means ${first.replace(/,/g, '')}, replace "decimalChar": "," with "groupChar": ","`,
						}
					: {}),
			};
		}
	}
	if (enGroups && !opts.indonesian && thousands.length === 0) {
		const integer = readsAll(values, decl('integer', { groupChar: ',' }));
		const f = integer
			? decl('integer', { groupChar: ',' })
			: decl('number', { groupChar: ',', decimalChar: '.' });
		if (readsAll(values, f)) {
			const first = commas[0] ?? '';
			return {
				type: f.type as 'integer' | 'number',
				groupChar: ',',
				...(integer ? {} : { decimalChar: '.' as const }),
				why: `koma sebagai pemisah ribuan gaya Inggris (${showValue(first)})`,
				check: `"${first}" is read as ${first.replace(/,/g, '')} (comma = thousands); if it means ${first.replace(',', '.')}, replace "groupChar": "," with "decimalChar": ","`,
			};
		}
	}
	return undefined;
}

/** One CSV line: cells quoted only when they contain the delimiter, a quote or a line break. */
export function csvLine(cells: readonly string[], delimiter: string): string {
	return cells
		.map((c) =>
			c.includes(delimiter) || c.includes('"') || c.includes('\n') || c.includes('\r')
				? `"${c.replace(/"/g, '""')}"`
				: c,
		)
		.join(delimiter);
}

/** Short list of values for messages. */
const list = (values: readonly string[]) =>
	values
		.slice(0, 3)
		.map((v) => showValue(v))
		.join(', ');

/** Inspect CSV bytes. `copy` is the path of the copy in data/, used in problem locations. */
export function inspectCsv(bytes: Uint8Array, copy: string, ctx: InspectContext): Inspection {
	const problems: Problem[] = [];
	const fixes: string[] = [];
	const notes: string[] = [];
	const result = (extra: Partial<Inspection>): Inspection => ({
		problems,
		fixes,
		notes,
		blocking: true,
		delimiter: ',',
		columns: [],
		missingValues: [''],
		foreignKeys: [],
		rows: 0,
		text: '',
		...extra,
	});

	// 1. Bytes → text, as the build reads them. UTF-16, Windows-1252 and old-Mac line ends are
	//    converted in the copy (and said so); a file too big is refused.
	const decoded = decodeCsv(bytes, copy);
	let text = decoded.text;
	for (const p of decoded.problems) {
		if (p.code === 'file-size') {
			problems.push(p);
			return result({});
		}
		if (p.code === 'encoding-error') {
			const utf16 = bytes[0] === 0xff || bytes[0] === 0xfe;
			const label = utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'windows-1252';
			text = new TextDecoder(label).decode(bytes.subarray(utf16 ? 2 : 0));
			fixes.push(
				utf16
					? 'file UTF-16 ("Unicode text") disimpan sebagai UTF-8'
					: `file bukan UTF-8 (Windows-1252/"ANSI", ${p.message.replace(/ \(the file.*$/, '')}): disimpan sebagai UTF-8; periksa huruf beraksen`,
			);
		} else if (p.code === 'line-breaks') {
			fixes.push(
				p.severity === 'error'
					? 'akhir baris CR (Mac lama) diganti LF'
					: 'akhir baris LF dan CRLF yang bercampur diseragamkan (LF)',
			);
		}
	}
	text = (text ?? new TextDecoder().decode(bytes)).replace(/\r\n?/g, '\n');
	if (decoded.bom) fixes.push('BOM dari Excel dibuang (isi tidak berubah)');
	if (text.trim() === '') {
		problems.push({
			file: copy,
			line: 1,
			col: 1,
			severity: 'error',
			code: 'source-error',
			message: 'the file is empty: no header line',
			hint: 'export the sheet again; the first line must name the columns',
		});
		return result({});
	}

	// 2. A title line above the header ("Data Desa Devisa 2024"): dropped from the copy.
	const nonEmptyCells = (line: string, d: string) =>
		(Papa.parse<string[]>(line, { delimiter: d }).data[0] ?? []).filter((c) => c.trim() !== '')
			.length;
	const lines = text.split('\n');
	if (
		lines.length > 2 &&
		[',', ';', '\t'].every((d) => nonEmptyCells(lines[0] ?? '', d) <= 1) &&
		[',', ';', '\t'].some((d) => nonEmptyCells(lines[1] ?? '', d) >= 2)
	) {
		fixes.push(`baris judul ${showValue((lines[0] ?? '').trim())} di atas header dibuang`);
		text = lines.slice(1).join('\n');
	}

	// 3. The delimiter that gives the most rows the header's width.
	let delimiter: ',' | ';' | '\t' = ',';
	let bestScore = -Infinity;
	for (const d of [',', ';', '\t'] as const) {
		const t = tokenizeCsv(text, { file: copy, delimiter: d });
		const score =
			t.header.length > 1 ? t.records.length * t.header.length - t.problems.length * 1e4 : -1e9;
		if (score > bestScore) {
			bestScore = score;
			delimiter = d;
		}
	}
	if (delimiter !== ',') {
		notes.push(
			delimiter === ';'
				? 'pemisah kolom titik koma ";" (Excel dengan pengaturan Indonesia): dinyatakan di "dialect"'
				: 'pemisah kolom tab: dinyatakan di "dialect"',
		);
	}
	const rows = Papa.parse<string[]>(text.replace(/\n$/, ''), { delimiter }).data;
	const table = tokenizeCsv(text, { file: copy, delimiter });
	// Quotes that do not pair up cannot be repaired safely: say where, and write nothing.
	const fatal = table.problems.find((p) => p.code === 'source-error');
	if (fatal) {
		problems.push({ ...fatal, hint: `${fatal.hint ?? ''}; then run npm run new:dataset again` });
		return result({ delimiter });
	}

	// 4. Header: empty trailing columns (Excel) dropped; names made snake_case; a source column.
	const header = [...(rows[0] ?? [])];
	let width = header.length;
	while (
		width > 1 &&
		(header[width - 1] ?? '').trim() === '' &&
		rows.slice(1).every((r) => (r[width - 1] ?? '') === '')
	) {
		width--;
	}
	if (width < header.length) {
		fixes.push(`${header.length - width} kolom kosong di ujung kanan (sisa Excel) dibuang`);
	}
	header.length = width;
	const names: string[] = [];
	header.forEach((label, i) => {
		let name = fieldName(label);
		if (label.trim() === '') name = `kolom_${i + 1}`;
		if (names.includes(name)) name = `${name}_${i + 1}`;
		names.push(name);
		if (label.trim() === '') {
			problems.push({
				file: copy,
				line: 1,
				col: i + 1,
				severity: 'error',
				code: 'blank-label',
				message: `a header cell is empty, but the column has values; the draft calls it ${name}`,
				expected: 'a column name',
				hint: `rename ${name} in the header of ${copy} and in the declaration`,
			});
		} else if (name !== label) {
			fixes.push(`header ${showValue(label)} → ${name}`);
		}
		const first = header.findIndex((h) => fieldName(h) === fieldName(label));
		if (label.trim() !== '' && first < i) {
			problems.push({
				file: copy,
				line: 1,
				col: i + 1,
				severity: 'warning',
				code: 'duplicate-label',
				message: `column "${label}" appears twice (also column ${first + 1}); the draft calls it ${name}`,
				value: label,
				hint: 'rename both columns to say how they differ, or delete the copy',
			});
		}
	});
	// Rows as written; cells past the header only dropped when they are empty (Excel's padding).
	const data = rows
		.slice(1)
		.map((r) =>
			r.length > width && r.slice(width).every((c) => c === '') ? r.slice(0, width) : r,
		);
	const sourceByName = names.findIndex((n) => n === 'source' || n === 'sumber');
	if (sourceByName >= 0 && names[sourceByName] !== 'source') {
		const values = data.map((r) => r[sourceByName] ?? '').filter(Boolean);
		if (values.length && values.every((v) => ctx.sourceIds.has(v))) {
			fixes.push(`kolom ${names[sourceByName]} → source (isinya id dari data/sources.csv)`);
			names[sourceByName] = 'source';
		}
	}
	if (!names.includes('source')) {
		names.push('source');
		for (const r of data) if (!(r.length === 1 && r[0] === '')) r.push(ctx.source ?? '');
		fixes.push(
			ctx.source
				? `kolom source ditambahkan, diisi "${ctx.source}" di setiap baris`
				: 'kolom source ditambahkan, kosong: isi setiap baris dengan id sumber dari data/sources.csv',
		);
	}
	// Each row written back cell by cell: a short or long row stays short or long, so the build
	// still reports it (papaparse's unparse would pad or cut it silently).
	const out = `${[names, ...data].map((cells) => csvLine(cells, delimiter)).join('\n')}\n`;

	// 5. The copy's records, as the build will read them.
	const copyTable = tokenizeCsv(out, { file: copy, delimiter });
	problems.push(...copyTable.problems);
	const records = copyTable.records;
	const column = (i: number) => records.map((r) => r.cells[i] ?? '');
	const lineOf = (i: number, v: string) => records.find((r) => r.cells[i] === v)?.line ?? 1;
	const problem = (i: number, v: string, p: Omit<Problem, 'file' | 'line' | 'col'>) =>
		problems.push({ file: copy, line: lineOf(i, v), col: i + 1, field: names[i] ?? '', ...p });

	const markers = new Set<string>(['']);
	for (let i = 0; i < names.length; i++) {
		for (const v of column(i)) if (MISSING_MARKERS.test(v)) markers.add(v);
	}
	const missingValues = [...markers];
	if (missingValues.length > 1) {
		notes.push(
			`sel ${missingValues
				.slice(1)
				.map((m) => `"${m}"`)
				.join(', ')} dibaca sebagai "tidak ada nilai" (missingValues), bukan 0`,
		);
	}
	const indonesian =
		delimiter === ';' ||
		names.some((_, i) => column(i).some((v) => /^-?(\d{1,3}(\.\d{3})+|\d+),\d+$/.test(v)));

	const columns = names.map((name, i): ColumnGuess => {
		const values = column(i);
		const present = values.filter((v) => !markers.has(v));
		const base = {
			header: header[i] ?? name,
			name,
			required: values.length > 0 && present.length === values.length,
			unique: values.length > 0 && new Set(present).size === values.length,
			examples: [...new Set(present.filter((v) => !EXCEL_ERRORS.test(v)))].slice(0, 3),
		};
		for (const v of present.filter((x) => EXCEL_ERRORS.test(x)).slice(0, 5)) {
			problem(i, v, {
				severity: 'error',
				code: 'excel-artifact',
				message: `"${v}" is an Excel error value, not data`,
				value: v,
				hint: 'fix the formula in the spreadsheet, or leave the cell empty if the value is unknown',
			});
		}
		const clean = present.filter((v) => !EXCEL_ERRORS.test(v));
		if (name === 'source') {
			return { ...base, type: 'string', why: 'sumber setiap baris: id di data/sources.csv' };
		}
		if (clean.length === 0) {
			return { ...base, type: 'string', why: 'kolom kosong: hapus bila tidak dipakai' };
		}

		// Region codes (35, 35.24, 35.24.10.2009): text with a pattern, never a decimal number.
		const trimmed = clean.map((v) => v.trim());
		const dotted = trimmed.filter((v) => REGION_CODE.test(v) && v.includes('.'));
		const known = trimmed.filter((v) => ctx.regionCodes.has(v));
		const codeColumn =
			(CODE_NAME.test(name) && dotted.length >= trimmed.length / 2) ||
			(known.length > 0 && known.length >= trimmed.length / 2 && dotted.length > 0);
		if (codeColumn) {
			const good = clean.filter((v) => REGION_CODE.test(v));
			for (const v of clean.filter((x) => !REGION_CODE.test(x)).slice(0, 5)) {
				const t = v.trim();
				problem(i, v, {
					severity: 'error',
					code: SCIENTIFIC.test(t) ? 'excel-artifact' : 'constraint-error',
					message: SCIENTIFIC.test(t)
						? `"${v}" is a long code Excel turned into scientific notation`
						: `"${v}" is not a region code written like the others`,
					value: v,
					expected: `a code like ${good[0] ?? '35.24'}`,
					hint: SCIENTIFIC.test(t)
						? 'format the column as Text in Excel before export, then export again'
						: t !== v
							? 'remove the spaces around the code'
							: UNDOTTED_CODE.test(t)
								? `region codes are written with dots, e.g. ${t.replace(/^(\d{2})(\d{2})?(\d{2})?(\d{4})?$/, (_m, ...g: (string | undefined)[]) => g.slice(0, 4).filter(Boolean).join('.'))}`
								: 'write the code as in data/regions.csv',
				});
			}
			const inRegions = good.filter((v) => ctx.regionCodes.has(v));
			return {
				...base,
				type: 'string',
				pattern: codePattern(good.length ? good : ['00']),
				why: inRegions.length
					? 'kode wilayah (ada di data/regions.csv): teks berpola, dengan foreign key ke regions'
					: 'kode wilayah: teks berpola titik (bukan angka desimal)',
			};
		}
		if (CODE_NAME.test(name) && trimmed.every((v) => /^\d+$/.test(v))) {
			return {
				...base,
				type: 'string',
				why: 'kode dari angka: teks (angka akan kehilangan nol di depan)',
			};
		}
		if (trimmed.every((v) => v === 'true' || v === 'false')) {
			return { ...base, type: 'boolean', why: 'hanya true/false' };
		}
		const yearsOnly = clean.every((v) => /^\d{4}$/.test(v) && +v >= 1800 && +v <= 2100);
		if (yearsOnly && (YEAR_NAME.test(name) || clean.every((v) => +v >= 1990 && +v <= 2040))) {
			return { ...base, type: 'year', why: 'tahun (YYYY)' };
		}
		if (readsAll(clean, decl('yearmonth')))
			return { ...base, type: 'yearmonth', why: 'bulan (YYYY-MM)' };
		const dateish = clean.filter(
			(v) =>
				/^\d{4}-\d{2}-\d{2}$/.test(v) ||
				/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(v) ||
				INDONESIAN_MONTH.test(v) ||
				(DATE_NAME.test(name) && /^\d{5}$/.test(v)),
		);
		if (dateish.length > 0 && dateish.length >= clean.length / 2) {
			for (const v of clean) {
				const r = castCell(v, decl('date'), []);
				if (!r.ok) problem(i, v, { severity: 'error', ...r.failure, value: v });
			}
			return { ...base, type: 'date', why: 'tanggal, ditulis YYYY-MM-DD' };
		}

		// Numbers: one way of writing that reads every cell, else the plainest, with the rest reported.
		const numberish = clean.filter((v) => NUMBERISH.test(v) || SCIENTIFIC.test(v));
		if (numberish.length > clean.length / 2) {
			const unit = unitFromName(name);
			const withUnit = unit ? { unit } : {};
			const reading = readNumbers(clean, { indonesian, coordinates: COORD_NAME.test(name) });
			if (reading) return { ...base, ...reading, ...withUnit };
			const candidates = [
				decl('integer'),
				decl('number'),
				decl('number', { decimalChar: ',' }),
				decl('integer', { groupChar: '.' }),
				decl('number', { decimalChar: ',', groupChar: '.' }),
			];
			const score = (f: FieldDeclaration) => clean.filter((v) => castCell(v, f, []).ok).length;
			const chosen = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
			for (const v of clean) {
				const r = castCell(v, chosen, []);
				if (!r.ok) problem(i, v, { severity: 'error', ...r.failure, value: v });
			}
			return {
				...base,
				type: chosen.type as 'number' | 'integer',
				...(chosen.decimalChar ? { decimalChar: chosen.decimalChar as '.' | ',' } : {}),
				...(chosen.groupChar ? { groupChar: chosen.groupChar as '.' | ',' } : {}),
				...withUnit,
				why: 'angka, tetapi tidak semua sel ditulis sebagai angka: perbaiki sel yang dilaporkan',
			};
		}

		// Text with few distinct values (a category): two values one or two letters apart are
		// probably one value misspelt ("confirmd" beside "confirmed").
		const counts = new Map<string, number>();
		for (const v of clean) counts.set(v, (counts.get(v) ?? 0) + 1);
		if (counts.size <= Math.max(3, Math.min(20, clean.length / 2))) {
			const distinct = [...counts.keys()];
			distinct.forEach((v, k) => {
				for (const other of distinct.slice(0, k)) {
					if (Math.min(v.length, other.length) < 5 || editDistance(v, other) > 2) continue;
					// Flag the rarer of the two (the later one when they are as common).
					const [rare, common] =
						(counts.get(v) ?? 0) > (counts.get(other) ?? 0) ? [other, v] : [v, other];
					problem(i, rare, {
						severity: 'warning',
						code: 'possible-typo',
						message: `"${rare}" (${counts.get(rare)}×) and "${common}" (${counts.get(common)}×) differ by one or two letters`,
						value: rare,
						hint: `did you mean "${common}"?`,
					});
				}
			});
		}
		const formula = clean.filter((v) => /^[=+@]/.test(v));
		for (const v of formula.slice(0, 3)) {
			problem(i, v, {
				severity: 'warning',
				code: 'formula-injection',
				message: 'text starts with a character a spreadsheet treats as a formula',
				value: v,
				hint: 'paste the value, not the formula, before export',
			});
		}
		return {
			...base,
			type: 'string',
			why:
				counts.size <= 8 && clean.length >= 2 * counts.size
					? `teks; nilai: ${list([...counts.keys()])}${counts.size > 3 ? ', …' : ''}`
					: 'teks',
		};
	});

	// 6. A totals row at the end ("Jumlah", "Total") is computed, not data.
	const last = records.at(-1);
	const totalAt = last?.cells.findIndex((c) => TOTAL_ROW.test(c.trim())) ?? -1;
	if (last && totalAt >= 0) {
		problems.push({
			file: copy,
			line: last.line,
			col: totalAt + 1,
			severity: 'error',
			code: 'total-row',
			message: 'the last row looks like a total',
			value: last.cells.join(delimiter).slice(0, 80),
			expected: 'one row per thing counted',
			hint: 'delete the row: totals are computed from the rows, or published as their own figure',
		});
	}

	// 7. The primary key: a unique, never-empty column (an id-like name first), else a pair.
	const idName = /^(id|kode|code|slug|key|no|nomor)$|_(id|kode|code)$/;
	// Measurements (numbers, integers with a unit or separators) never name a row; codes and
	// periods are tried first, then text.
	const rank = (c: ColumnGuess) =>
		idName.test(c.name)
			? 0
			: c.pattern
				? 1
				: ['year', 'yearmonth', 'date'].includes(c.type)
					? 2
					: 3;
	const keyable = columns
		.filter(
			(c) =>
				c.required &&
				c.name !== 'source' &&
				(c.type === 'string' ||
					['year', 'yearmonth', 'date'].includes(c.type) ||
					(c.type === 'integer' && idName.test(c.name))),
		)
		.sort((a, b) => rank(a) - rank(b));
	let primaryKey: string[] | undefined;
	const idColumn = keyable.find((c) => idName.test(c.name));
	if (idColumn && !idColumn.unique) {
		// The id column has duplicates: keep it as the key, so the build reports each one.
		primaryKey = [idColumn.name];
	} else {
		const single = [...keyable.filter((c) => idName.test(c.name)), ...keyable].find(
			(c) => c.unique,
		);
		if (single) primaryKey = [single.name];
	}
	if (!primaryKey) {
		search: for (let a = 0; a < keyable.length; a++) {
			for (let b = a + 1; b < keyable.length; b++) {
				const ia = names.indexOf(keyable[a]?.name ?? '');
				const ib = names.indexOf(keyable[b]?.name ?? '');
				const keys = new Set(records.map((r) => JSON.stringify([r.cells[ia], r.cells[ib]])));
				if (records.length > 0 && keys.size === records.length) {
					primaryKey = [keyable[a]?.name ?? '', keyable[b]?.name ?? ''];
					break search;
				}
			}
		}
	}
	if (primaryKey) {
		notes.push(
			`primaryKey ${primaryKey.join(' + ')}: ${primaryKey.length === 1 ? 'satu nilai per baris' : 'pasangan nilainya unik di setiap baris'}`,
		);
	}

	// 8. Foreign keys: source → sources, region codes → regions, commodity keys → commodities.
	const foreignKeys: Inspection['foreignKeys'] = [
		{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } },
	];
	notes.push('source → sources.id (foreign key): setiap baris menunjuk satu sumber');
	columns.forEach((c, i) => {
		const values = [...new Set(column(i).filter((v) => !markers.has(v)))];
		if (!values.length || c.name === 'source') return;
		if (c.pattern && values.some((v) => ctx.regionCodes.has(v))) {
			foreignKeys.push({ fields: [c.name], reference: { resource: 'regions', fields: ['code'] } });
			notes.push(`${c.name} → regions.code (foreign key): kode wilayah di data/regions.csv`);
		} else if (
			c.type === 'string' &&
			values.filter((v) => ctx.commodityKeys.has(v)).length >= values.length / 2
		) {
			foreignKeys.push({
				fields: [c.name],
				reference: { resource: 'commodities', fields: ['key'] },
			});
			notes.push(
				`${c.name} → commodities.key (foreign key): kunci komoditas di data/commodities.csv`,
			);
		}
	});

	// 9. Coordinates are checked inside their region when a region column is a foreign key.
	const lat = columns.find((c) => /^(lat|latitude|lintang)$/.test(c.name) && c.type === 'number');
	const lon = columns.find(
		(c) => /^(lon|lng|long|longitude|bujur)$/.test(c.name) && c.type === 'number',
	);
	const region = foreignKeys.find((fk) => fk.reference.resource === 'regions')?.fields[0];
	const geo = lat && lon && region ? { lat: lat.name, lon: lon.name, region } : undefined;
	if (geo) notes.push(`geo: titik ${geo.lat}/${geo.lon} diperiksa di dalam wilayah ${geo.region}`);

	// 10. status + note: a conflict must say which source was chosen (the house rule).
	const status = columns.find((c) => c.name === 'status');
	const noteFields = columns
		.filter((c) => /^note(_en)?$|^catatan$/.test(c.name))
		.map((c) => c.name);
	const rowRules =
		status && noteFields.length && status.examples.includes('conflict')
			? [{ if: { field: 'status', equals: 'conflict' }, require: noteFields }]
			: undefined;
	if (rowRules)
		notes.push(`rowRules: baris berstatus conflict wajib mengisi ${noteFields.join(' dan ')}`);

	return result({
		blocking: false,
		delimiter,
		columns,
		missingValues,
		...(primaryKey ? { primaryKey } : {}),
		foreignKeys,
		...(geo ? { geo } : {}),
		...(rowRules ? { rowRules } : {}),
		rows: records.length,
		text: out,
	});
}

/** Options for {@link draftDeclaration}. */
export interface DraftOptions {
	id: string;
	/** The `updated` date, YYYY-MM-DD. */
	today: string;
}

/**
 * The draft declaration for an inspection, as a plain object in key order. Everything the file
 * cannot tell (titles, descriptions, units) is a `"TODO: …"` text saying what to write; the
 * build refuses a declaration while any TODO is left.
 */
export function draftDeclaration(insp: Inspection, opts: DraftOptions): Record<string, unknown> {
	const fields = insp.columns.map((c) => {
		const numeric = c.type === 'number' || c.type === 'integer';
		const examples = c.examples.length
			? ` (e.g. ${c.examples.map((e) => JSON.stringify(e)).join(', ')})`
			: '';
		const description =
			c.name === 'source'
				? 'Source of the row: an id in sources.csv'
				: `TODO: what this column holds${examples}${c.check ? `; check: ${c.check}` : ''}`;
		const constraints: Record<string, unknown> = {};
		if (c.required) constraints.required = true;
		if (c.pattern) constraints.pattern = c.pattern;
		if (c.name === 'source') constraints.required = true;
		return {
			name: c.name,
			type: c.type,
			description,
			...(numeric
				? {
						unit:
							c.unit ??
							'TODO: the unit key, e.g. IDR, USD, ha, t, people, percent (all: src/lib/data/units.ts); store amounts in base units',
					}
				: {}),
			...(c.decimalChar ? { decimalChar: c.decimalChar } : {}),
			...(c.groupChar ? { groupChar: c.groupChar } : {}),
			...(Object.keys(constraints).length ? { constraints } : {}),
		};
	});
	return {
		id: opts.id,
		title: {
			id: 'TODO: judul dataset dalam bahasa Indonesia',
			en: 'TODO: dataset title in English',
		},
		description: {
			id: 'TODO: apa isi dataset ini, dari mana, untuk periode apa',
			en: 'TODO: what the dataset holds, where it comes from, for which period',
		},
		licence: {
			name: 'CC-BY-4.0',
			title: 'Creative Commons Attribution 4.0',
			path: 'https://creativecommons.org/licenses/by/4.0/',
		},
		updated: opts.today,
		...(insp.delimiter !== ',' ? { dialect: { delimiter: insp.delimiter } } : {}),
		...(insp.missingValues.length > 1 ? { missingValues: insp.missingValues } : {}),
		schema: {
			fields,
			primaryKey: insp.primaryKey ?? ['TODO: the column (or columns) naming each row once'],
			foreignKeys: insp.foreignKeys,
		},
		...(insp.geo ? { geo: insp.geo } : {}),
		...(insp.rowRules ? { rowRules: insp.rowRules } : {}),
	};
}

/** Everything `npm run new:dataset` needs to write and to say. */
export interface DatasetDraft {
	inspection: Inspection;
	/** The declaration as JSON text (2-space JSON; format it before writing). */
	json: string;
	/**
	 * Every problem the build will report for the draft as written, located in the copy and the
	 * declaration: the inspection's, the validator's and each TODO left to fill, sorted.
	 */
	problems: Problem[];
}

/**
 * Inspect `bytes`, draft the declaration and check the pair with the build's validator against
 * the catalogue `datasets` (for regions, sources and commodities). `copy` is the CSV's path in
 * data/ (`data/<id>.csv`).
 */
export function draftDataset(
	bytes: Uint8Array,
	copy: string,
	opts: DraftOptions & { datasets: ReadonlyMap<string, CheckedDataset>; source?: string },
): DatasetDraft {
	const rows = (id: string, key: string) =>
		new Set((opts.datasets.get(id)?.rows ?? []).map((r) => String(r[key])));
	const inspection = inspectCsv(bytes, copy, {
		regionCodes: rows('regions', 'code'),
		commodityKeys: rows('commodities', 'key'),
		sourceIds: rows('sources', 'id'),
		...(opts.source ? { source: opts.source } : {}),
	});
	if (inspection.blocking)
		return { inspection, json: '', problems: sortProblems(inspection.problems) };
	const json = `${JSON.stringify(draftDeclaration(inspection, opts), null, 2)}\n`;
	const declFile = copy.replace(/\.csv$/, '.dataset.json');
	const parsed = parseDeclaration(json, declFile, opts.id);
	const found: Problem[] = [...parsed.problems];
	if (parsed.declaration) {
		const checked = checkDataset(inspection.text, parsed.declaration, copy);
		found.push(...checked.problems);
		const all = new Map(opts.datasets);
		all.set(opts.id, checked.dataset);
		// Quotes are checked by validate:data once the source's quote is written and computed
		// columns are declared "derived"; a draft cannot know either yet.
		found.push(
			...checkCatalog(all).filter((p) => p.dataset === opts.id && p.code !== 'quote-mismatch'),
		);
	}
	// The inspection's findings the validator does not make; where both report an error in the
	// same cell, the validator's wins (it is what the build will print), with the inspection's
	// hint when the validator has none.
	const cell = (p: Problem) => `${p.file}|${p.line}|${p.col}`;
	for (const p of inspection.problems) {
		const same = found.find(
			(q) =>
				cell(q) === cell(p) &&
				(q.code === p.code || (p.severity === 'error' && q.severity === 'error')),
		);
		if (!same) found.push(p);
		else if (!same.hint && p.hint) same.hint = p.hint;
	}
	return { inspection, json, problems: sortProblems(found) };
}
