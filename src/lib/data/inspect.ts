/**
 * Inspecting a CSV a journalist brings (often exported from Excel with Indonesian settings) and
 * drafting its declaration: the encoding, the delimiter, the decimal and thousands characters,
 * each column's type, unit and scale, a readable title, missing-value markers, likely primary
 * keys, region-code, commodity and source columns, and the artefacts Excel leaves (`#N/A`,
 * codes in scientific notation, a title line above the header, notes below the table, empty
 * rows and trailing columns, a totals row).
 *
 * What the file cannot settle is asked, never guessed: a `1.161` that may be 1161 or 1,161, a
 * header "Nilai ekspor (Rp miliar)" whose values must be converted to base units (or are
 * already in them). Each such point is a {@link Question}; answers come back in
 * {@link InspectContext.answers} (`npm run new:dataset` asks in the terminal, or takes
 * `--answer field=choice`). Everything the journalist reads (fixes, notes, questions, reasons)
 * is in {@link InspectContext.lang}, Indonesian by default; problems keep the validator's
 * wording, so codes and messages match what the build prints.
 *
 * Reading goes through the build's own decoder, tokenizer and cell typing (decode.ts, csv.ts,
 * cast.ts), and {@link draftDataset} then runs the build's validator on the draft, so what is
 * reported is what `npm run validate:data` will say. Pure: bytes and the catalogue in, a report
 * and file contents out; `npm run new:dataset` (scripts/new-dataset.ts) writes the files.
 */
import Papa from 'papaparse';
import { formatNumber, formatValue } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import { problemText, say } from '../messages/index.ts';
import { castCell } from './cast.ts';
import { tokenizeCsv } from './csv.ts';
import { parseDeclaration, type FieldDeclaration, type FieldType } from './declaration.ts';
import { decodeCsv } from './decode.ts';
import {
	glossaryTitle,
	readableTitle,
	shiftDecimal,
	unitWords,
	withoutScale,
	type ScaleWord,
} from './headers.ts';
import { didYouMean, editDistance, showValue, sortProblems, type Problem } from './problems.ts';
import { UNITS, type Unit } from './units.ts';
import { checkCatalog, checkDataset, regionOf, type CheckedDataset } from './validate.ts';

/** One way of answering a {@link Question}. */
export interface Choice {
	/** What `--answer field=<key>` says: `thousands`, `decimal`, `convert`, `as-is`. */
	key: string;
	/** Other words accepted for it (Indonesian): `ribuan`, `desimal`, `ubah`, `tetap`. */
	aliases: string[];
	/** What choosing it means for this column, with an example value (journalist's language). */
	label: string;
}

/** Something about a column that only the journalist can answer. */
export interface Question {
	/** The column's name as first drafted from its header: the key of an answer. */
	field: string;
	/** The header as written. */
	header: string;
	/** `number`: how `1.161` reads; `scale`: whether values are converted to base units. */
	kind: 'number' | 'scale';
	/** The question, in the journalist's language. */
	text: string;
	choices: Choice[];
	/** The choice key given in {@link InspectContext.answers}, if any. */
	answer?: string;
}

/** An answer to a {@link Question}: `{ field: 'volume_ton', choice: 'thousands' }`. */
export interface Answer {
	field: string;
	/** A choice key or one of its aliases. */
	choice: string;
}

/** What was guessed about one column. */
export interface ColumnGuess {
	/** The header cell as written in the original file. */
	header: string;
	/** The field name (snake_case); the copy's header uses it. */
	name: string;
	/** A readable title in both languages; a `TODO: …` text where it could not be guessed. */
	title: { id: string; en: string };
	type: FieldType;
	decimalChar?: '.' | ',';
	groupChar?: '.' | ',';
	/** True when no cell is missing (a totals row and dropped empty rows do not count). */
	required: boolean;
	/** True when every value is different and none is missing. */
	unique: boolean;
	/** A pattern constraint, for region codes. */
	pattern?: string;
	/** A unit named by the header or a note (`Luas (ha)` → ha), to confirm. */
	unit?: Unit;
	/**
	 * A scale the header or a note names ("miliar": ×10^9). `converted` once the values in the
	 * copy were multiplied into base units; `pending` while the question is unanswered.
	 */
	scale?: ScaleWord & { state: 'converted' | 'as-is' | 'pending' };
	/** Up to three values as written in the copy. */
	examples: string[];
	/** Why this type and these settings (journalist's language, for the terminal). */
	why: string;
}

/** Everything {@link inspectCsv} found. */
export interface Inspection {
	/**
	 * Problems located in the copy (file, line and column as the build will report them); when
	 * {@link blocking}, located in the original file instead (nothing is written).
	 */
	problems: Problem[];
	/** What the copy changes compared with the original, one sentence each. */
	fixes: string[];
	/** Choices the draft makes, one sentence each. */
	notes: string[];
	/** What only the journalist can answer; those without {@link Question.answer} are open. */
	questions: Question[];
	/**
	 * True when nothing may be written: the file is too big or empty, or its quotes do not pair
	 * up. Every problem found is still reported.
	 */
	blocking: boolean;
	delimiter: ',' | ';' | '\t';
	columns: ColumnGuess[];
	/** Dataset-level missing-value markers (always starts with ""). */
	missingValues: string[];
	primaryKey?: string[];
	foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
	/** Points to check; `region` only when a region or village code column says where they are. */
	geo?: { lat: string; lon: string; region?: string };
	/** A `status`/`note` pair: a conflict must say which source was chosen. */
	rowRules?: { if: { field: string; equals: string }; require: string[] }[];
	/** Number of data rows. */
	rows: number;
	/** The CSV to save: UTF-8, LF, header renamed, title line and empty rows and columns gone. */
	text: string;
	/** `lineMap[n]` is the line of the original file that line n of the copy comes from. */
	lineMap: number[];
	/** The language of fixes, notes, questions and reasons. */
	lang: Lang;
}

/** Reference values from the catalogue, to recognise key columns, and the journalist's answers. */
export interface InspectContext {
	/** Codes in data/regions.csv (provinces and regencies, e.g. 35, 35.24). */
	regionCodes: ReadonlySet<string>;
	/** Keys in data/commodities.csv. */
	commodityKeys: ReadonlySet<string>;
	/** Ids in data/sources.csv. */
	sourceIds: ReadonlySet<string>;
	/** Fill a missing `source` column with this id (else it is added empty, to be filled). */
	source?: string;
	/** Answers to the inspection's questions (unknown ones are ignored: see {@link answerProblems}). */
	answers?: readonly Answer[];
	/** Language of everything the journalist reads; default Indonesian. */
	lang?: Lang;
}

const MISSING_MARKERS = /^(-|–|—|n\/?a|na|null|none|tidak ada( data)?|\.\.\.?|\?)$/i;
const EXCEL_ERRORS = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;
const SCIENTIFIC = /^-?\d+(\.\d+)?E[+-]?\d+$/i;
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const UNDOTTED_CODE = /^\d{2}(\d{2}(\d{2}(\d{4})?)?)?$/;
const CODE_NAME = /(^|_)(kode|code|kd|wilayah|region|kab|kabupaten|kota|prov|provinsi|bps)(_|$)/;
const DATE_NAME = /(^|_)(tanggal|tgl|date|diresmikan|designated|ditetapkan)(_|$)/;
const YEAR_NAME = /(^|_)(tahun|thn|year)(_|$)/;
const COORD_NAME = /^((min|max)_)?(lat|latitude|lintang|lon|lng|long|longitude|bujur)$/;
const TOTAL_ROW = /^(total|jumlah|grand total|sub ?total|jumlah total)$/i;
/** A line below the table that is a note, not data ("Sumber: BPS", "Catatan: …", "*) …"). */
const NOTE_ROW =
	/^\s*(sumber|source|sources|catatan|keterangan|ket|note|notes|nb|n\.b\.|data|angka)\b|^\s*(\*+|\d+\)|\(\d+\))/i;
/** A date written with an Indonesian month name, the whole cell ("8 Februari 2023"). */
const INDONESIAN_DATE =
	/^\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+\d{2,4}$/i;
/** Something a spreadsheet could mean as a number (currency, percent, odd separators). */
const NUMBERISH =
	/^[-+\u2212\u2013(]?\s*(rp\.?|us\$|\$)?\s*[\d.,\s\u00a0\u202f]*\d[\d.,\s\u00a0\u202f]*\)?\s*%?$|^0x[\da-f]+$/i;

/** Choice keys and their Indonesian aliases. */
const CHOICES = {
	thousands: ['ribuan', 'ribu'],
	decimal: ['desimal'],
	convert: ['ubah', 'konversi'],
	'as-is': ['tetap', 'biarkan'],
} as const;
type ChoiceKey = keyof typeof CHOICES;

/** The choice key an answer word names (`ribuan` → thousands), if any. */
function choiceKey(word: string): ChoiceKey | undefined {
	const w = word.trim().toLowerCase();
	return (Object.keys(CHOICES) as ChoiceKey[]).find(
		(k) => k === w || (CHOICES[k] as readonly string[]).includes(w),
	);
}

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

/** A way of reading a column's numbers. */
export type NumberReading = {
	type: 'integer' | 'number';
	decimalChar?: '.' | ',';
	groupChar?: '.' | ',';
	/** Why (journalist's language). */
	why: string;
};

/** Two readings of a column whose separators can mean either ("1.161": 1161 or 1,161). */
export interface AmbiguousReading {
	/** The first value that reads two ways. */
	example: string;
	/** The separator in question. */
	separator: '.' | ',';
	/** The separator groups thousands: "1.161" = 1161. */
	thousands: NumberReading;
	/** The separator is the decimal mark: "1.161" = 1.161. */
	decimal: NumberReading;
	/** The reading taken until the journalist answers. */
	default: 'thousands' | 'decimal';
}

const ONE_GROUP: Record<'.' | ',', RegExp> = {
	'.': /^-?[1-9]\d{0,2}\.\d{3}$/,
	',': /^-?[1-9]\d{0,2},\d{3}$/,
};

/**
 * The one way of writing numbers that reads every value in `values`, or undefined. Plain digits
 * first; then "1.161"-style thousands (Indonesian) or "2,5"-style decimals; English "1,161"
 * thousands only when the file is not Indonesian. When every separator could mean either
 * (each value is like "1.161" or "1,161": one separator, three digits after it), the reading
 * carries `ambiguous` with both, and the journalist is asked; a value such as "12.400.000.000"
 * or "0,5" settles it, and no question is asked. Coordinates are always decimals.
 */
export function readNumbers(
	values: readonly string[],
	opts: { indonesian: boolean; coordinates?: boolean; lang?: Lang },
): (NumberReading & { ambiguous?: AmbiguousReading }) | undefined {
	const L = (id: string, en: string) => (opts.lang === 'en' ? en : id);
	if (readsAll(values, decl('integer'))) {
		return { type: 'integer', why: L('bilangan bulat', 'whole numbers') };
	}
	const commas = values.filter((v) => v.includes(','));
	const thousandsDots = values.filter((v) => /^-?[1-9]\d{0,2}(\.\d{3})+$/.test(v));
	const decimalDots = values.filter(
		(v) => !v.includes(',') && /^-?\d+\.\d+$/.test(v) && !thousandsDots.includes(v),
	);
	const pointDecimal: NumberReading = {
		type: 'number',
		decimalChar: '.',
		why: L('titik sebagai tanda desimal', 'dot as the decimal mark'),
	};
	if (commas.length === 0) {
		if (opts.coordinates && readsAll(values, decl('number', { decimalChar: '.' }))) {
			return { ...pointDecimal, why: L('koordinat, titik desimal', 'coordinates, decimal dot') };
		}
		if (thousandsDots.length && decimalDots.length === 0) {
			const first = thousandsDots[0] ?? '';
			const integer = readsAll(values, decl('integer', { groupChar: '.' }));
			const thousands: NumberReading = {
				type: integer ? 'integer' : 'number',
				groupChar: '.',
				why: L(
					`titik sebagai pemisah ribuan (${showValue(first)} = ${first.replace(/\./g, '')})`,
					`dot as the thousands separator (${showValue(first)} = ${first.replace(/\./g, '')})`,
				),
			};
			const oneGroupOnly = thousandsDots.every((v) => ONE_GROUP['.'].test(v));
			if (oneGroupOnly && readsAll(values, decl('number', { decimalChar: '.' }))) {
				return {
					...thousands,
					ambiguous: {
						example: first,
						separator: '.',
						thousands,
						decimal: pointDecimal,
						default: 'thousands',
					},
				};
			}
			return thousands;
		}
		if (thousandsDots.length === 0 && readsAll(values, decl('number'))) {
			return { type: 'number', why: L('angka dengan titik desimal', 'numbers with a decimal dot') };
		}
		// "0.125" cannot be thousands (no group starts with 0): a decimal, declared as one.
		if (thousandsDots.length === 0 && readsAll(values, decl('number', { decimalChar: '.' }))) {
			return pointDecimal;
		}
		return undefined;
	}
	const idDecimals = commas.every((v) => /^-?(\d{1,3}(\.\d{3})+|\d+),\d+$/.test(v));
	const enGroups = commas.every((v) => /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(v));
	const commaOneGroup =
		!opts.coordinates &&
		commas.every((v) => ONE_GROUP[','].test(v)) &&
		values.every((v) => !v.includes('.'));
	const commaThousands = (): NumberReading => {
		const integer = readsAll(values, decl('integer', { groupChar: ',' }));
		const first = commas[0] ?? '';
		return {
			type: integer ? 'integer' : 'number',
			groupChar: ',',
			...(integer ? {} : { decimalChar: '.' as const }),
			why: L(
				`koma sebagai pemisah ribuan gaya Inggris (${showValue(first)} = ${first.replace(/,/g, '')})`,
				`comma as the thousands separator (${showValue(first)} = ${first.replace(/,/g, '')})`,
			),
		};
	};
	if (idDecimals && (opts.indonesian || !enGroups) && decimalDots.length === 0) {
		const grouped = values.some((v) => /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(v));
		const f = decl('number', { decimalChar: ',', ...(grouped ? { groupChar: '.' } : {}) });
		if (readsAll(values, f)) {
			const first = commas[0] ?? '';
			const decimal: NumberReading = {
				type: 'number',
				decimalChar: ',',
				...(grouped ? { groupChar: '.' as const } : {}),
				why: L(
					`koma desimal gaya Indonesia (${showValue(first)})${grouped ? ' dan titik pemisah ribuan' : ''}`,
					`Indonesian decimal comma (${showValue(first)})${grouped ? ' and dot thousands separator' : ''}`,
				),
			};
			if (commaOneGroup && !grouped) {
				return {
					...decimal,
					ambiguous: {
						example: first,
						separator: ',',
						thousands: commaThousands(),
						decimal,
						default: 'decimal',
					},
				};
			}
			return decimal;
		}
	}
	if (enGroups && !opts.indonesian && thousandsDots.length === 0) {
		const thousands = commaThousands();
		const f = decl(thousands.type, {
			groupChar: ',',
			...(thousands.decimalChar ? { decimalChar: '.' } : {}),
		});
		if (readsAll(values, f)) {
			if (commaOneGroup && readsAll(values, decl('number', { decimalChar: ',' }))) {
				const first = commas[0] ?? '';
				return {
					...thousands,
					ambiguous: {
						example: first,
						separator: ',',
						thousands,
						decimal: {
							type: 'number',
							decimalChar: ',',
							why: L(`koma desimal (${showValue(first)})`, `decimal comma (${showValue(first)})`),
						},
						default: 'thousands',
					},
				};
			}
			return thousands;
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

/** Records of CSV text as papaparse reads them, each with the 1-based line it starts on. */
function parseRows(
	text: string,
	delimiter: string,
): { cells: string[]; line: number; unclosed: boolean }[] {
	const rows: { cells: string[]; line: number; unclosed: boolean }[] = [];
	let start = 0;
	let line = 1;
	let counted = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		step: (r) => {
			for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) line++;
			rows.push({
				cells: r.data,
				line,
				unclosed: r.errors.some((e) => e.code === 'MissingQuotes'),
			});
			start = r.meta.cursor;
		},
	});
	const last = rows.at(-1);
	if (last && last.cells.length === 1 && last.cells[0] === '' && start >= text.length) rows.pop();
	return rows;
}

/** Lines (1-based) of `bytes` holding a byte that is not ASCII, e.g. an "é" in Windows-1252. */
function linesWithHighBytes(bytes: Uint8Array): number[] {
	const out: number[] = [];
	let line = 1;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i] ?? 0;
		if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) line++;
		else if (b >= 0x80 && out.at(-1) !== line) out.push(line);
	}
	return out;
}

/** 10^n written out in `lang`: 1.000.000.000 / 1,000,000,000. */
const power = (n: number, lang: Lang) => formatNumber(10 ** n, lang);

/** A canonical decimal ("-12.4") from a cell read by `reading`, or undefined. */
function canonical(raw: string, reading: NumberReading): string | undefined {
	if (!castCell(raw, decl(reading.type, reading), []).ok) return undefined;
	let text = raw;
	if (reading.groupChar) text = text.split(reading.groupChar).join('');
	if (reading.decimalChar === ',') text = text.replace(',', '.');
	return text.replace(/^\+/, '');
}

/** Inspect CSV bytes. `copy` is the path of the copy in data/, used in problem locations. */
export function inspectCsv(bytes: Uint8Array, copy: string, ctx: InspectContext): Inspection {
	const lang: Lang = ctx.lang ?? 'id';
	const L = (id: string, en: string) => (lang === 'en' ? en : id);
	const problems: Problem[] = [];
	const fixes: string[] = [];
	const notes: string[] = [];
	const questions: Question[] = [];
	const result = (extra: Partial<Inspection>): Inspection => ({
		problems,
		fixes,
		notes,
		questions,
		blocking: true,
		delimiter: ',',
		columns: [],
		missingValues: [''],
		foreignKeys: [],
		rows: 0,
		text: '',
		lineMap: [],
		lang,
		...extra,
	});

	// 1. Bytes → text, as the build reads them. UTF-16, Windows-1252 and old-Mac line ends are
	//    converted in the copy (and said so, with the lines to check); a file too big is refused.
	const decoded = decodeCsv(bytes, copy);
	let text = decoded.text;
	let ansiLines: number[] = [];
	for (const p of decoded.problems) {
		if (p.code === 'file-size') {
			problems.push(p);
			return result({});
		}
		if (p.code === 'encoding-error') {
			const utf16 = bytes[0] === 0xff || bytes[0] === 0xfe;
			const label = utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'windows-1252';
			text = new TextDecoder(label).decode(bytes.subarray(utf16 ? 2 : 0));
			if (utf16) {
				fixes.push(
					L(
						'file UTF-16 ("Unicode text") disimpan sebagai UTF-8',
						'UTF-16 file ("Unicode text") saved as UTF-8',
					),
				);
			} else {
				ansiLines = linesWithHighBytes(bytes);
				fixes.push(
					L(
						`file bukan UTF-8 (Windows-1252/"ANSI"; huruf non-ASCII di baris ${ansiLines.slice(0, 10).join(', ')}${ansiLines.length > 10 ? ', …' : ''} file asli): disimpan sebagai UTF-8; periksa huruf beraksennya (laporan di bawah menunjuk setiap baris di salinan)`,
						`not UTF-8 (Windows-1252/"ANSI"; non-ASCII letters on line${ansiLines.length > 1 ? 's' : ''} ${ansiLines.slice(0, 10).join(', ')}${ansiLines.length > 10 ? ', …' : ''} of the original): saved as UTF-8; check the accented letters (the report below points at each line of the copy)`,
					),
				);
			}
		} else if (p.code === 'line-breaks') {
			fixes.push(
				p.severity === 'error'
					? L('akhir baris CR (Mac lama) diganti LF', 'old-Mac CR line ends replaced with LF')
					: L(
							'akhir baris LF dan CRLF yang bercampur diseragamkan (LF)',
							'mixed LF and CRLF line ends made LF',
						),
			);
		}
	}
	text = (text ?? new TextDecoder().decode(bytes)).replace(/\r\n?/g, '\n');
	if (decoded.bom)
		fixes.push(
			L('BOM dari Excel dibuang (isi tidak berubah)', 'Excel BOM removed (content unchanged)'),
		);
	if (text.trim() === '') {
		problems.push({
			file: copy,
			line: 1,
			col: 1,
			severity: 'error',
			...problemText('source-error/empty'),
		});
		return result({});
	}

	// 2. A title line above the header ("Data Desa Devisa 2024"): dropped from the copy; it may
	//    name a scale ("dalam juta rupiah"), read in step 8.
	const nonEmptyCells = (line: string, d: string) =>
		(Papa.parse<string[]>(line, { delimiter: d }).data[0] ?? []).filter((c) => c.trim() !== '');
	const lines = text.split('\n');
	const tableNotes: { text: string; line: number }[] = [];
	let offset = 0;
	if (
		lines.length > 2 &&
		[',', ';', '\t'].every((d) => nonEmptyCells(lines[0] ?? '', d).length <= 1) &&
		[',', ';', '\t'].some((d) => nonEmptyCells(lines[1] ?? '', d).length >= 2)
	) {
		const cell = (lines[0] ?? '')
			.replace(/[;,\t\s]+$/, '')
			.replace(/^"(.*)"$/, '$1')
			.trim();
		fixes.push(
			L(
				`baris judul ${showValue(cell)} di atas header dibuang`,
				`title line ${showValue(cell)} above the header removed`,
			),
		);
		tableNotes.push({ text: cell, line: 1 });
		text = lines.slice(1).join('\n');
		offset = 1;
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
				? L(
						'pemisah kolom titik koma ";" (Excel dengan pengaturan Indonesia): dinyatakan di "dialect"',
						'semicolon ";" column separator (Excel with Indonesian settings): declared in "dialect"',
					)
				: L(
						'pemisah kolom tab: dinyatakan di "dialect"',
						'tab column separator: declared in "dialect"',
					),
		);
	}
	const rows = parseRows(text, delimiter).map((r) => ({ ...r, line: r.line + offset }));
	// Quotes that do not pair up cannot be repaired safely: nothing is written. A quote never
	// closed swallows the rest of the file, so only what comes before it can be reported; a stray
	// quote inside a cell still lets every other check run (step 15 moves every problem to the
	// original file's lines).
	const table = tokenizeCsv(text, { file: copy, delimiter });
	const original = (p: Problem): Problem => ({ ...p, line: p.line + offset });
	const quoteProblems = table.problems
		.filter((p) => p.code === 'source-error')
		.map((p) => ({
			...original(p),
			hint: say('intake.then-again', { hint: p.hint ?? '' }),
		}));
	const ansiWarnings = (lineOf: (line: number) => number | undefined) =>
		ansiLines.flatMap((orig): Problem[] => {
			const line = lineOf(orig);
			const row = rows.find((r) => r.line === orig);
			if (line === undefined) return [];
			const k = row
				? Math.max(
						0,
						row.cells.findIndex((c) => /[^\x00-\x7f]/.test(c)),
					)
				: 0;
			return [
				{
					file: copy,
					line,
					col: k + 1,
					severity: 'warning',
					...problemText('encoding-error/ansi-line'),
					value: row?.cells[k] ?? '',
				},
			];
		});
	if (rows.some((r) => r.unclosed)) {
		problems.push(
			...quoteProblems,
			...table.problems.filter((p) => p.code !== 'source-error').map(original),
			...ansiWarnings((l) => l),
		);
		return result({ delimiter, problems: sortProblems(problems) });
	}

	// 4. Header: empty trailing columns (Excel) dropped; names made snake_case.
	const header = [...(rows[0]?.cells ?? [])];
	const headerLine = rows[0]?.line ?? 1;
	const body = rows.slice(1);
	let width = header.length;
	while (
		width > 1 &&
		(header[width - 1] ?? '').trim() === '' &&
		body.every((r) => (r.cells[width - 1] ?? '') === '')
	) {
		width--;
	}
	if (width < header.length) {
		fixes.push(
			L(
				`${header.length - width} kolom kosong di ujung kanan (sisa Excel) dibuang`,
				`${header.length - width} empty column(s) at the right (Excel padding) removed`,
			),
		);
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
				...problemText('blank-label/unnamed', { name, copy }),
			});
		}
		const first = header.findIndex((h) => fieldName(h) === fieldName(label));
		if (label.trim() !== '' && first < i) {
			problems.push({
				file: copy,
				line: 1,
				col: i + 1,
				severity: 'warning',
				...problemText('duplicate-label/renamed', { label, other: first + 1, name }),
				value: label,
			});
		}
	});

	// 5. Rows as written; cells past the header only dropped when they are empty (Excel's
	//    padding). Rows with no value at all (Excel's ",,,", a blank last line) are dropped, and
	//    so are notes below the table ("Sumber: BPS"): neither becomes a row of the copy.
	const data = body.map((r) => ({
		line: r.line,
		cells:
			r.cells.length > width && r.cells.slice(width).every((c) => c === '')
				? r.cells.slice(0, width)
				: [...r.cells],
	}));
	// A row holding nothing but a source id (Excel's fill-down past the data) is empty too.
	const sourceAt = names.findIndex((n) => n === 'source' || n === 'sumber');
	const empty = (cells: readonly string[]) =>
		cells.every((c, k) => c.trim() === '' || k === sourceAt);
	const noteRow = (cells: readonly string[]) =>
		(cells[0] ?? '').trim() !== '' &&
		cells.slice(1).every((c) => c.trim() === '') &&
		NOTE_ROW.test(cells[0] ?? '');
	let end = data.length;
	const noteRows: typeof data = [];
	while (end > 0) {
		const r = data[end - 1];
		if (!r || !(empty(r.cells) || noteRow(r.cells))) break;
		if (!empty(r.cells)) noteRows.unshift(r);
		end--;
	}
	const dropped = data.filter((r, k) => empty(r.cells) && k < end).map((r) => r.line);
	const trailingBlank = data.slice(end).filter((r) => empty(r.cells)).length;
	const kept = data.slice(0, end).filter((r) => !empty(r.cells));
	if (dropped.length) {
		fixes.push(
			L(
				`${dropped.length} baris kosong (baris ${dropped.join(', ')} file asli) dibuang`,
				`${dropped.length} empty row(s) (line${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} of the original) removed`,
			),
		);
	}
	if (trailingBlank) {
		fixes.push(
			L('baris kosong di akhir file dibuang', 'empty line(s) at the end of the file removed'),
		);
	}
	for (const r of noteRows) {
		const note = (r.cells[0] ?? '').trim();
		tableNotes.push({ text: note, line: r.line });
		fixes.push(
			L(
				`catatan di bawah tabel (baris ${r.line} file asli) dibuang: ${showValue(note)}; salin isinya ke "notes" atau deskripsi bila perlu`,
				`note below the table (line ${r.line} of the original) removed: ${showValue(note)}; copy it into "notes" or a description if it matters`,
			),
		);
	}

	// A source column: renamed from "sumber", or added (filled with --source, else empty).
	const sourceByName = names.findIndex((n) => n === 'source' || n === 'sumber');
	if (sourceByName >= 0 && names[sourceByName] !== 'source') {
		const values = kept.map((r) => r.cells[sourceByName] ?? '').filter(Boolean);
		if (values.length && values.every((v) => ctx.sourceIds.has(v))) {
			fixes.push(
				L(
					`kolom ${names[sourceByName]} → source (isinya id dari data/sources.csv)`,
					`column ${names[sourceByName]} → source (it holds ids of data/sources.csv)`,
				),
			);
			names[sourceByName] = 'source';
		}
	}
	if (!names.includes('source')) {
		names.push('source');
		for (const r of kept) r.cells.push(ctx.source ?? '');
		fixes.push(
			ctx.source
				? L(
						`kolom source ditambahkan, diisi "${ctx.source}" di setiap baris`,
						`source column added, "${ctx.source}" on every row`,
					)
				: L(
						'kolom source ditambahkan, kosong: isi setiap baris dengan id sumber dari data/sources.csv',
						'source column added, empty: fill every row with a source id from data/sources.csv',
					),
		);
	}
	// Each row written back cell by cell: a short or long row stays short or long, so the build
	// still reports it (papaparse's unparse would pad or cut it silently).
	const write = () => {
		const lineMap = [0, headerLine];
		const textLines = [csvLine(names, delimiter)];
		for (const r of kept) {
			const written = csvLine(r.cells, delimiter);
			const span = written.split('\n').length;
			for (let k = 0; k < span; k++) lineMap.push(r.line + k);
			textLines.push(written);
		}
		return { out: `${textLines.join('\n')}\n`, lineMap };
	};
	const { lineMap } = write();
	const copyLine = (orig: number) => {
		const n = lineMap.indexOf(orig);
		return n > 0 ? n : undefined;
	};

	// 6. The copy's records, as the build will read them.
	const copyTable = tokenizeCsv(write().out, { file: copy, delimiter });
	problems.push(...copyTable.problems);
	const records = copyTable.records;
	// A totals row at the end ("Jumlah", "Total") is computed, not data: it is reported, and left
	// out of every guess (types, required, keys).
	const last = records.at(-1);
	// ("total" as a category every row shares, e.g. a "basis" column, is data.)
	const totalAt =
		last?.cells.findIndex(
			(c, k) =>
				TOTAL_ROW.test(c.trim()) &&
				!records.slice(0, -1).some((r) => (r.cells[k] ?? '').trim() === c.trim()),
		) ?? -1;
	const rowsOf = last && totalAt >= 0 ? records.slice(0, -1) : records;
	const column = (i: number) => rowsOf.map((r) => r.cells[i] ?? '');
	const lineOf = (i: number, v: string) => records.find((r) => r.cells[i] === v)?.line ?? 1;
	const problem = (i: number, v: string, p: Omit<Problem, 'file' | 'line' | 'col'>) =>
		problems.push({ file: copy, line: lineOf(i, v), col: i + 1, field: names[i] ?? '', ...p });

	const markers = new Set<string>(['']);
	for (let i = 0; i < names.length; i++) {
		for (const v of column(i)) if (MISSING_MARKERS.test(v)) markers.add(v);
	}
	const missingValues = [...markers];
	if (missingValues.length > 1) {
		const shown = missingValues
			.slice(1)
			.map((m) => `"${m}"`)
			.join(', ');
		notes.push(
			L(
				`sel ${shown} dibaca sebagai "tidak ada nilai" (missingValues), bukan 0`,
				`cells ${shown} read as "no value" (missingValues), not 0`,
			),
		);
	}
	const indonesian =
		delimiter === ';' ||
		names.some((_, i) => column(i).some((v) => /^-?(\d{1,3}(\.\d{3})+|\d+),\d+$/.test(v)));

	// 7. Each column's type, and what only the journalist can answer.
	const answers = ctx.answers ?? [];
	const answerFor = (field: string, kind: Question['kind']) =>
		answers
			.filter((a) => a.field === field)
			.map((a) => choiceKey(a.choice))
			.find((k) =>
				kind === 'number' ? k === 'thousands' || k === 'decimal' : k === 'convert' || k === 'as-is',
			);
	const readings = new Map<number, NumberReading>();
	const columns = names.map((name, i): ColumnGuess => {
		const values = column(i);
		const present = values.filter((v) => !markers.has(v));
		const headerText = header[i] ?? name;
		const base = {
			header: headerText,
			name,
			title: { id: '', en: '' },
			required: values.length > 0 && present.length === values.length,
			unique: values.length > 0 && new Set(present).size === values.length,
			examples: [...new Set(present.filter((v) => !EXCEL_ERRORS.test(v)))].slice(0, 3),
		};
		for (const v of present.filter((x) => EXCEL_ERRORS.test(x)).slice(0, 5)) {
			problem(i, v, {
				severity: 'error',
				...problemText('excel-artifact/in-copy', { raw: v }),
				value: v,
			});
		}
		const clean = present.filter((v) => !EXCEL_ERRORS.test(v));
		if (name === 'source') {
			return {
				...base,
				type: 'string',
				why: L(
					'sumber setiap baris: id di data/sources.csv',
					'source of each row: an id in data/sources.csv',
				),
			};
		}
		if (clean.length === 0) {
			return {
				...base,
				type: 'string',
				why: L('kolom kosong: hapus bila tidak dipakai', 'empty column: delete it if unused'),
			};
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
					...(SCIENTIFIC.test(t)
						? problemText('excel-artifact/scientific-code', { raw: v, like: good[0] ?? '35.24' })
						: problemText('constraint-error/region-code', { raw: v, like: good[0] ?? '35.24' })),
					value: v,
					...(SCIENTIFIC.test(t)
						? {}
						: t !== v
							? { hint: say('intake.code-spaces') }
							: UNDOTTED_CODE.test(t)
								? {
										hint: say('intake.code-dots', {
											example: t.replace(
												/^(\d{2})(\d{2})?(\d{2})?(\d{4})?$/,
												(_m, ...g: (string | undefined)[]) =>
													g.slice(0, 4).filter(Boolean).join('.'),
											),
										}),
									}
								: {}),
				});
			}
			const inRegions = good.filter((v) => ctx.regionCodes.has(v));
			return {
				...base,
				type: 'string',
				pattern: codePattern(good.length ? good : ['00']),
				why: inRegions.length
					? L(
							'kode wilayah (ada di data/regions.csv): teks berpola, dengan foreign key ke regions',
							'region code (listed in data/regions.csv): patterned text, with a foreign key to regions',
						)
					: L(
							'kode wilayah: teks berpola titik (bukan angka desimal)',
							'region code: dotted patterned text (not a decimal number)',
						),
			};
		}
		if (CODE_NAME.test(name) && trimmed.every((v) => /^\d+$/.test(v))) {
			return {
				...base,
				type: 'string',
				why: L(
					'kode dari angka: teks (angka akan kehilangan nol di depan)',
					'code made of digits: text (a number would lose leading zeros)',
				),
			};
		}
		if (trimmed.every((v) => v === 'true' || v === 'false')) {
			return { ...base, type: 'boolean', why: L('hanya true/false', 'only true/false') };
		}
		const yearsOnly = clean.every((v) => /^\d{4}$/.test(v) && +v >= 1800 && +v <= 2100);
		if (yearsOnly && (YEAR_NAME.test(name) || clean.every((v) => +v >= 1990 && +v <= 2040))) {
			return { ...base, type: 'year', why: L('tahun (YYYY)', 'year (YYYY)') };
		}
		if (readsAll(clean, decl('yearmonth')))
			return { ...base, type: 'yearmonth', why: L('bulan (YYYY-MM)', 'month (YYYY-MM)') };
		const dateish = clean.filter(
			(v) =>
				/^\d{4}-\d{2}-\d{2}$/.test(v) ||
				/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(v) ||
				INDONESIAN_DATE.test(v.trim()) ||
				(DATE_NAME.test(name) && /^\d{5}$/.test(v)),
		);
		if (dateish.length > 0 && dateish.length >= clean.length / 2) {
			for (const v of clean) {
				const r = castCell(v, decl('date'), []);
				if (!r.ok) problem(i, v, { severity: 'error', ...r.failure, value: v });
			}
			return {
				...base,
				type: 'date',
				why: L('tanggal, ditulis YYYY-MM-DD', 'date, written YYYY-MM-DD'),
			};
		}

		// Numbers: one way of writing that reads every cell, else the plainest, with the rest
		// reported. A reading that could be wrong by a factor of 1000 is asked.
		const numberish = clean.filter((v) => NUMBERISH.test(v) || SCIENTIFIC.test(v));
		if (numberish.length > clean.length / 2) {
			const words = unitWords(headerText);
			const unit = words.unit ?? unitFromName(name);
			const withUnit = unit ? { unit } : {};
			const found = readNumbers(clean, { indonesian, coordinates: COORD_NAME.test(name), lang });
			if (found) {
				let reading: NumberReading = found;
				const amb = found.ambiguous;
				if (amb) {
					const answer = answerFor(name, 'number');
					const sep = amb.separator;
					const asThousands = amb.example.split(sep).join('');
					const asDecimal = amb.example.replace(sep, lang === 'en' ? '.' : ',');
					const sepName = sep === '.' ? L('titik', 'the dot') : L('koma', 'the comma');
					questions.push({
						field: name,
						header: headerText,
						kind: 'number',
						text: L(
							`${name}: ${showValue(amb.example)} bisa dibaca dua cara: ${sepName} sebagai pemisah ribuan (${asThousands}) atau sebagai tanda desimal (${asDecimal}).`,
							`${name}: ${showValue(amb.example)} reads two ways: ${sepName} as a thousands separator (${asThousands}) or as the decimal mark (${asDecimal}).`,
						),
						choices: [
							{
								key: 'thousands',
								aliases: [...CHOICES.thousands],
								label: L(
									`pemisah ribuan: ${showValue(amb.example)} = ${asThousands}`,
									`thousands separator: ${showValue(amb.example)} = ${asThousands}`,
								),
							},
							{
								key: 'decimal',
								aliases: [...CHOICES.decimal],
								label: L(
									`tanda desimal: ${showValue(amb.example)} = ${asDecimal}`,
									`decimal mark: ${showValue(amb.example)} = ${asDecimal}`,
								),
							},
						],
						...(answer ? { answer } : {}),
					});
					reading = amb[(answer as 'thousands' | 'decimal' | undefined) ?? amb.default];
					if (!answer) {
						reading = {
							...reading,
							why: `${reading.why}; ${L('belum pasti: lihat pertanyaan', 'not settled: see the question')}`,
						};
					}
				}
				readings.set(i, reading);
				return {
					...base,
					type: reading.type,
					...(reading.decimalChar ? { decimalChar: reading.decimalChar } : {}),
					...(reading.groupChar ? { groupChar: reading.groupChar } : {}),
					...withUnit,
					why: reading.why,
				};
			}
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
			const reading: NumberReading = {
				type: chosen.type as 'number' | 'integer',
				...(chosen.decimalChar ? { decimalChar: chosen.decimalChar as '.' | ',' } : {}),
				...(chosen.groupChar ? { groupChar: chosen.groupChar as '.' | ',' } : {}),
				why: L(
					'angka, tetapi tidak semua sel ditulis sebagai angka: perbaiki sel yang dilaporkan',
					'numbers, but not every cell is written as one: fix the cells reported',
				),
			};
			readings.set(i, reading);
			return { ...base, ...reading, ...withUnit };
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
						...problemText('possible-typo', {
							rare,
							rareCount: counts.get(rare) ?? 0,
							common,
							commonCount: counts.get(common) ?? 0,
						}),
						value: rare,
						hint: say('did-you-mean', { guess: common }),
					});
				}
			});
		}
		const formula = clean.filter((v) => /^[=+@]/.test(v));
		for (const v of formula.slice(0, 3)) {
			problem(i, v, {
				severity: 'warning',
				...problemText('formula-injection/pasted'),
				value: v,
			});
		}
		return {
			...base,
			type: 'string',
			why:
				counts.size <= 8 && clean.length >= 2 * counts.size
					? `${L('teks; nilai', 'text; values')}: ${list([...counts.keys()])}${counts.size > 3 ? ', …' : ''}`
					: L('teks', 'text'),
		};
	});

	// 8. Scales: a header or a note naming "ribu", "juta", "miliar", "triliun" (or "000"), and
	//    percentages written as fractions. Asked per column: convert the values to base units in
	//    the copy, or keep them (they already are). The declaration has no scale of its own: the
	//    site stores base units and writes "Rp12,4 miliar" itself.
	type ScaleSource = 'header' | 'fraction' | { note: string; line: number };
	const scaleFor = new Map<number, { scale: ScaleWord; unit?: Unit; from: ScaleSource }>();
	columns.forEach((c, i) => {
		if ((c.type !== 'number' && c.type !== 'integer') || COORD_NAME.test(c.name)) return;
		const words = unitWords(c.header);
		if (words.scale) {
			scaleFor.set(i, { scale: words.scale, ...(c.unit ? { unit: c.unit } : {}), from: 'header' });
			return;
		}
		const reading = readings.get(i);
		const values = column(i)
			.filter((v) => !markers.has(v))
			.map((v) => (reading ? canonical(v, reading) : undefined));
		if (
			c.unit === 'percent' &&
			values.length > 0 &&
			values.every((v) => v !== undefined && Math.abs(Number(v)) <= 1) &&
			values.some((v) => v !== undefined && !Number.isInteger(Number(v)))
		) {
			scaleFor.set(i, { scale: { word: '%', exponent: 2 }, unit: 'percent', from: 'fraction' });
		}
	});
	for (const note of tableNotes) {
		const words = unitWords(note.text);
		if (!words.scale) continue;
		columns.forEach((c, i) => {
			if ((c.type !== 'number' && c.type !== 'integer') || scaleFor.has(i)) return;
			if (COORD_NAME.test(c.name) || c.unit === 'percent') return;
			if (words.unit && c.unit && words.unit !== c.unit) return;
			const unit = c.unit ?? words.unit;
			scaleFor.set(i, {
				scale: words.scale as ScaleWord,
				...(unit ? { unit } : {}),
				from: { note: note.text, line: note.line },
			});
		});
	}
	for (const [i, s] of scaleFor) {
		const c = columns[i];
		const reading = readings.get(i);
		if (!c || !reading) continue;
		const name = c.name;
		const answer = answerFor(name, 'scale');
		const exampleRaw = column(i).find(
			(v) => !markers.has(v) && canonical(v, reading) !== undefined,
		);
		const exampleCanonical = exampleRaw !== undefined ? canonical(exampleRaw, reading) : undefined;
		const converted =
			exampleCanonical !== undefined ? shiftDecimal(exampleCanonical, s.scale.exponent) : undefined;
		const shown = (v: string | undefined) =>
			v === undefined ? '' : formatValue(Number(v), s.unit, lang, { maximumFractionDigits: 6 });
		const unitName = s.unit ? UNITS[s.unit][lang] : undefined;
		const from = s.from;
		const where =
			from === 'header'
				? L(
						`header ${showValue(c.header)} menyebut skala "${s.scale.word}"`,
						`the header ${showValue(c.header)} names the scale "${s.scale.word}"`,
					)
				: from === 'fraction'
					? L(
							`kolom persen dengan nilai pecahan (${showValue(exampleRaw ?? '')})`,
							`a percent column holding fractions (${showValue(exampleRaw ?? '')})`,
						)
					: L(
							`catatan baris ${from.line} file asli, ${showValue(from.note)}, menyebut skala "${s.scale.word}"`,
							`the note on line ${from.line} of the original, ${showValue(from.note)}, names the scale "${s.scale.word}"`,
						);
		const factor = from === 'fraction' ? '100' : power(s.scale.exponent, lang);
		questions.push({
			field: name,
			header: c.header,
			kind: 'scale',
			text: L(
				`${name}: ${where}. Situs menyimpan angka dalam satuan dasar${unitName ? ` (${unitName})` : ''} lalu menuliskan skalanya sendiri${converted !== undefined ? ` (${shown(converted)})` : ''}; skala tidak bisa dinyatakan di deklarasi.`,
				`${name}: ${where}. The site stores numbers in base units${unitName ? ` (${unitName})` : ''} and writes the scale itself${converted !== undefined ? ` (${shown(converted)})` : ''}; a scale cannot be declared.`,
			),
			choices: [
				{
					key: 'convert',
					aliases: [...CHOICES.convert],
					label: L(
						`ubah ke satuan dasar (×${factor}) di salinan${exampleRaw !== undefined ? `: ${showValue(exampleRaw)} → ${converted}` : ''}`,
						`convert to base units (×${factor}) in the copy${exampleRaw !== undefined ? `: ${showValue(exampleRaw)} → ${converted}` : ''}`,
					),
				},
				{
					key: 'as-is',
					aliases: [...CHOICES['as-is']],
					label: L(
						`biarkan: nilainya sudah dalam satuan dasar${exampleRaw !== undefined ? `, ${showValue(exampleRaw)} tampil ${shown(exampleCanonical)}` : ''}`,
						`keep: the values already are in base units${exampleRaw !== undefined ? `, ${showValue(exampleRaw)} prints ${shown(exampleCanonical)}` : ''}`,
					),
				},
			],
			...(answer ? { answer } : {}),
		});
		const state = answer === 'convert' ? 'converted' : answer === 'as-is' ? 'as-is' : 'pending';
		c.scale = { ...s.scale, state };
		if (state !== 'converted') continue;
		// A note's unit ("dalam juta rupiah") is the column's once the note is said to apply.
		if (s.unit && !c.unit) c.unit = s.unit;
		// Values × 10^n, exactly, in the copy; the column is then plain digits with a "." decimal.
		let integers = true;
		for (const r of kept) {
			const raw = r.cells[i];
			if (raw === undefined || markers.has(raw)) continue;
			const value = canonical(raw, reading);
			if (value === undefined) continue;
			const out = shiftDecimal(value, s.scale.exponent);
			if (out.includes('.')) integers = false;
			r.cells[i] = out;
		}
		delete c.decimalChar;
		delete c.groupChar;
		c.type = integers ? 'integer' : 'number';
		if (!integers) c.decimalChar = '.';
		c.why = L(
			`${c.why}; dikali ${factor} ke satuan dasar di salinan`,
			`${c.why}; multiplied by ${factor} into base units in the copy`,
		);
		c.examples = [
			...new Set(kept.map((r) => r.cells[i] ?? '').filter((v) => !markers.has(v))),
		].slice(0, 3);
		fixes.push(
			L(
				`kolom ${name}: nilai dikali ${factor} (${s.scale.word}) ke satuan dasar${exampleRaw !== undefined ? `, ${showValue(exampleRaw)} → ${converted}` : ''}`,
				`column ${name}: values multiplied by ${factor} (${s.scale.word}) into base units${exampleRaw !== undefined ? `, ${showValue(exampleRaw)} → ${converted}` : ''}`,
			),
		);
	}

	const drafted = [...names];

	// 9. Final names: a column answered about its scale holds base units, so its name drops the
	//    scale word (nilai_ekspor_rp_miliar → nilai_ekspor_rp). Titles from the headers.
	columns.forEach((c, i) => {
		if (c.scale && c.scale.state !== 'pending') {
			const plain = withoutScale(c.name);
			if (!names.includes(plain)) {
				names[i] = plain;
				for (const p of problems) if (p.field === c.name) p.field = plain;
				c.name = plain;
			}
		}
		if (c.header.trim() !== '' && c.name !== c.header && c.name !== 'source') {
			fixes.push(
				L(`header ${showValue(c.header)} → ${c.name}`, `header ${showValue(c.header)} → ${c.name}`),
			);
		}
		c.title = columnTitle(c, lang);
	});

	// 10. A totals row at the end ("Jumlah", "Total") is computed, not data.
	if (last && totalAt >= 0) {
		problems.push({
			file: copy,
			line: last.line,
			col: totalAt + 1,
			severity: 'error',
			...problemText('total-row'),
			value: last.cells.join(delimiter).slice(0, 80),
		});
	}

	// 11. The primary key: a unique, never-empty column (an id-like name first), else a pair.
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
	// A column named plainly "id" (or "kode", "no"…) with duplicates stays the key, so the build
	// reports each one; "region_code" with repeats is a reference, not a broken key.
	const idColumn = keyable.find((c) => /^(id|kode|code|slug|key|no|nomor)$/.test(c.name));
	if (idColumn && !idColumn.unique) {
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
				const keys = new Set(rowsOf.map((r) => JSON.stringify([r.cells[ia], r.cells[ib]])));
				if (rowsOf.length > 0 && keys.size === rowsOf.length) {
					primaryKey = [keyable[a]?.name ?? '', keyable[b]?.name ?? ''];
					break search;
				}
			}
		}
	}
	if (primaryKey) {
		notes.push(
			`primaryKey ${primaryKey.join(' + ')}: ${
				primaryKey.length === 1
					? L('satu nilai per baris', 'one value per row')
					: L('pasangan nilainya unik di setiap baris', 'each pair of values is unique')
			}`,
		);
	}

	// 12. Foreign keys: source → sources, region codes → regions, commodity keys → commodities.
	const foreignKeys: Inspection['foreignKeys'] = [
		{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } },
	];
	notes.push(
		L(
			'source → sources.id (foreign key): setiap baris menunjuk satu sumber',
			'source → sources.id (foreign key): every row points at one source',
		),
	);
	columns.forEach((c, i) => {
		const values = [...new Set(column(i).filter((v) => !markers.has(v)))];
		if (!values.length || c.name === 'source') return;
		// Region codes point at regions.csv when most of them are listed there; village codes
		// (35.24.01.2001, not listed) only say where a point is (geo.region, step 13).
		const listed = values.filter((v) => ctx.regionCodes.has(v)).length;
		if (c.pattern && listed > 0 && listed >= values.length / 2) {
			foreignKeys.push({ fields: [c.name], reference: { resource: 'regions', fields: ['code'] } });
			notes.push(
				L(
					`${c.name} → regions.code (foreign key): kode wilayah di data/regions.csv`,
					`${c.name} → regions.code (foreign key): region codes of data/regions.csv`,
				),
			);
		} else if (
			c.type === 'string' &&
			values.filter((v) => ctx.commodityKeys.has(v)).length >= values.length / 2
		) {
			foreignKeys.push({
				fields: [c.name],
				reference: { resource: 'commodities', fields: ['key'] },
			});
			notes.push(
				L(
					`${c.name} → commodities.key (foreign key): kunci komoditas di data/commodities.csv`,
					`${c.name} → commodities.key (foreign key): commodity keys of data/commodities.csv`,
				),
			);
		}
	});

	// 13. Coordinates are always checked (inside Indonesia, not 0,0, not swapped); inside their
	//     region too when a column says where each point is: a region code with a foreign key,
	//     or a village code (35.24.01.2001) whose regency is in data/regions.csv.
	const lat = columns.find((c) => /^(lat|latitude|lintang)$/.test(c.name) && c.type === 'number');
	const lon = columns.find(
		(c) => /^(lon|lng|long|longitude|bujur)$/.test(c.name) && c.type === 'number',
	);
	const listed = new Map([...ctx.regionCodes].map((code) => [code, code]));
	const region =
		foreignKeys.find((fk) => fk.reference.resource === 'regions')?.fields[0] ??
		columns.find((c, i) => {
			const values = column(i).filter((v) => !markers.has(v));
			return (
				c.pattern !== undefined &&
				values.length > 0 &&
				values.every((v) => regionOf(v, listed) !== undefined)
			);
		})?.name;
	const geo =
		lat && lon ? { lat: lat.name, lon: lon.name, ...(region ? { region } : {}) } : undefined;
	if (geo) {
		notes.push(
			geo.region
				? L(
						`geo: titik ${geo.lat}/${geo.lon} diperiksa di dalam Indonesia dan di dalam wilayah ${geo.region}`,
						`geo: points ${geo.lat}/${geo.lon} checked inside Indonesia and inside the region of ${geo.region}`,
					)
				: L(
						`geo: titik ${geo.lat}/${geo.lon} diperiksa di dalam Indonesia (tidak tertukar, bukan 0,0); tambahkan kolom kode wilayah atau kode desa agar diperiksa di dalam wilayahnya`,
						`geo: points ${geo.lat}/${geo.lon} checked inside Indonesia (not swapped, not 0,0); add a region or village code column to check them inside their region`,
					),
		);
	}

	// 14. status + note: a conflict must say which source was chosen (the house rule).
	const status = columns.find((c) => c.name === 'status');
	const noteFields = columns
		.filter((c) => /^note(_en)?$|^catatan$/.test(c.name))
		.map((c) => c.name);
	const rowRules =
		status && noteFields.length && status.examples.includes('conflict')
			? [{ if: { field: 'status', equals: 'conflict' }, require: noteFields }]
			: undefined;
	if (rowRules) {
		notes.push(
			L(
				`rowRules: baris berstatus conflict wajib mengisi ${noteFields.join(' dan ')}`,
				`rowRules: rows with status conflict must fill ${noteFields.join(' and ')}`,
			),
		);
	}

	// Questions in column order, a column's number question before its scale question.
	const questionRank = (q: Question) => drafted.indexOf(q.field) * 2 + (q.kind === 'scale' ? 1 : 0);
	questions.sort((a, b) => questionRank(a) - questionRank(b));

	// 15. The copy as it will be saved, the Windows-1252 lines to check in it, and (when the
	//     quotes did not pair up) every problem moved to the original file's lines.
	const { out } = write();
	problems.push(...ansiWarnings(copyLine));
	const blocking = quoteProblems.length > 0;
	const located = blocking
		? [
				...quoteProblems,
				...problems
					.filter((p) => p.code !== 'encoding-error')
					.map((p) => ({ ...p, line: lineMap[p.line] ?? p.line })),
				...ansiWarnings((l) => l),
			]
		: problems;
	return result({
		problems: sortProblems(located),
		blocking,
		delimiter,
		columns,
		missingValues,
		...(primaryKey ? { primaryKey } : {}),
		foreignKeys,
		...(geo ? { geo } : {}),
		...(rowRules ? { rowRules } : {}),
		rows: records.length,
		text: out,
		lineMap,
	});
}

/** A column's title in both languages: from its header and the glossary, else a TODO. */
function columnTitle(c: ColumnGuess, lang: Lang): { id: string; en: string } {
	if (c.name === 'source') return { id: 'Sumber', en: 'Source' };
	const readable = /^kolom_\d+$/.test(c.name) ? '' : readableTitle(c.header);
	const known = readable ? glossaryTitle(readable) : undefined;
	if (known) return known;
	const todoId =
		lang === 'en'
			? `TODO: the column's title in Indonesian, as readers see it${readable ? ` (the header says ${JSON.stringify(c.header)})` : ''}`
			: `TODO: judul kolom dalam bahasa Indonesia, seperti dibaca pembaca${readable ? ` (header: ${JSON.stringify(c.header)})` : ''}`;
	const todoEn =
		lang === 'en'
			? `TODO: the column's title in English${readable ? ` ("${readable}" in English)` : ''}`
			: `TODO: judul kolom dalam bahasa Inggris${readable ? ` ("${readable}" dalam bahasa Inggris)` : ''}`;
	return { id: readable || todoId, en: todoEn };
}

/**
 * Answers that match no question of `questions`, as sentences for the terminal (journalist's
 * language): an unknown column (with "did you mean"), or a choice the column's questions do
 * not offer. Empty when every answer is used.
 */
export function answerProblems(
	questions: readonly Question[],
	answers: readonly Answer[],
	lang: Lang = 'id',
): string[] {
	const L = (id: string, en: string) => (lang === 'en' ? en : id);
	const out: string[] = [];
	for (const a of answers) {
		const mine = questions.filter((q) => q.field === a.field);
		if (!mine.length) {
			const fields = [...new Set(questions.map((q) => q.field))];
			const guess = didYouMean(a.field, fields);
			out.push(
				L(
					`--answer ${a.field}=${a.choice}: tidak ada pertanyaan tentang kolom "${a.field}"${guess ? `; maksudnya "${guess}"?` : fields.length ? `; pertanyaan ada untuk: ${fields.join(', ')}` : '; file ini tidak menimbulkan pertanyaan'}`,
					`--answer ${a.field}=${a.choice}: no question about column "${a.field}"${guess ? `; did you mean "${guess}"?` : fields.length ? `; questions are about: ${fields.join(', ')}` : '; this file raises no question'}`,
				),
			);
			continue;
		}
		const key = choiceKey(a.choice);
		if (!key || !mine.some((q) => q.choices.some((c) => c.key === key))) {
			const offered = mine.flatMap((q) => q.choices.map((c) => c.key));
			out.push(
				L(
					`--answer ${a.field}=${a.choice}: pilihan untuk ${a.field} adalah ${offered.join(', ')}`,
					`--answer ${a.field}=${a.choice}: the choices for ${a.field} are ${offered.join(', ')}`,
				),
			);
		}
	}
	return out;
}

/**
 * Parse `--answer` texts (`volume_ton=thousands`) into answers; a text without "=" is returned
 * in `bad` to be reported.
 */
export function parseAnswers(texts: readonly string[]): { answers: Answer[]; bad: string[] } {
	const answers: Answer[] = [];
	const bad: string[] = [];
	for (const t of texts) {
		const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(t);
		if (m) answers.push({ field: m[1] ?? '', choice: m[2] ?? '' });
		else bad.push(t);
	}
	return { answers, bad };
}

/** The choice a typed reply names: its number in the list (1, 2…), its key or an alias. */
export function matchChoice(question: Question, reply: string): string | undefined {
	const r = reply.trim().toLowerCase();
	const n = Number(r);
	if (Number.isInteger(n) && n >= 1 && n <= question.choices.length) {
		return question.choices[n - 1]?.key;
	}
	return question.choices.find((c) => c.key === r || c.aliases.includes(r))?.key;
}

/** Options for {@link draftDeclaration}. */
export interface DraftOptions {
	id: string;
	/** The `updated` date, YYYY-MM-DD. */
	today: string;
}

/**
 * The draft declaration for an inspection, as a plain object in key order. Everything the file
 * cannot tell (titles, descriptions, units) is a `"TODO: …"` text saying what to write, in the
 * inspection's language; the build refuses a declaration while any TODO is left. A column
 * whose scale question is unanswered gets a TODO unit, so it can never print as a plain amount.
 */
export function draftDeclaration(insp: Inspection, opts: DraftOptions): Record<string, unknown> {
	const en = insp.lang === 'en';
	const fields = insp.columns.map((c) => {
		const numeric = c.type === 'number' || c.type === 'integer';
		const examples = c.examples.length
			? ` (${en ? 'e.g.' : 'mis.'} ${c.examples.map((e) => JSON.stringify(e)).join(', ')})`
			: '';
		const description =
			c.name === 'source'
				? en
					? 'Source of the row: an id in sources.csv'
					: 'Sumber baris: id di sources.csv'
				: en
					? `TODO: what this column holds${examples}`
					: `TODO: apa isi kolom ini${examples}`;
		const constraints: Record<string, unknown> = {};
		if (c.required) constraints.required = true;
		if (c.pattern) constraints.pattern = c.pattern;
		if (c.name === 'source') constraints.required = true;
		const unitTodo =
			c.scale?.state === 'pending'
				? en
					? `TODO: the scale "${c.scale.word}" is not answered: run npm run new:dataset again and answer whether to convert the values to base units`
					: `TODO: skala "${c.scale.word}" belum dijawab: jalankan npm run new:dataset lagi dan jawab apakah nilainya diubah ke satuan dasar`
				: en
					? 'TODO: the unit key, e.g. IDR, USD, ha, t, people, percent (all: src/lib/data/units.ts); store amounts in base units'
					: 'TODO: kunci satuan, mis. IDR, USD, ha, t, people, percent (semua: src/lib/data/units.ts); simpan angka dalam satuan dasar';
		return {
			name: c.name,
			type: c.type,
			title: c.title,
			description,
			...(numeric ? { unit: c.scale?.state === 'pending' ? unitTodo : (c.unit ?? unitTodo) } : {}),
			...(c.decimalChar ? { decimalChar: c.decimalChar } : {}),
			...(c.groupChar ? { groupChar: c.groupChar } : {}),
			...(Object.keys(constraints).length ? { constraints } : {}),
		};
	});
	return {
		id: opts.id,
		title: {
			id: en ? 'TODO: dataset title in Indonesian' : 'TODO: judul dataset dalam bahasa Indonesia',
			en: en ? 'TODO: dataset title in English' : 'TODO: judul dataset dalam bahasa Inggris',
		},
		description: {
			id: en
				? 'TODO: in Indonesian, what the dataset holds, where it comes from, for which period'
				: 'TODO: apa isi dataset ini, dari mana, untuk periode apa',
			en: en
				? 'TODO: what the dataset holds, where it comes from, for which period'
				: 'TODO: dalam bahasa Inggris, apa isi dataset ini, dari mana, untuk periode apa',
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
			primaryKey: insp.primaryKey ?? [
				en
					? 'TODO: the column (or columns) naming each row once'
					: 'TODO: kolom (atau kolom-kolom) yang menamai setiap baris sekali',
			],
			foreignKeys: insp.foreignKeys,
		},
		...(insp.geo ? { geo: insp.geo } : {}),
		...(insp.rowRules ? { rowRules: insp.rowRules } : {}),
	};
}

/** Everything `npm run new:dataset` needs to write and to say. */
export interface DatasetDraft {
	inspection: Inspection;
	/** The declaration as JSON text (2-space JSON; format it before writing); '' when blocking. */
	json: string;
	/**
	 * Every problem the build will report for the draft as written, located in the copy and the
	 * declaration: the inspection's, the validator's and each TODO left to fill, sorted. When the
	 * inspection is blocking, every problem found, located in the original file.
	 */
	problems: Problem[];
	/** Questions without an answer: nothing should be written while any is open. */
	open: Question[];
}

/**
 * Inspect `bytes`, draft the declaration and check the pair with the build's validator against
 * the catalogue `datasets` (for regions, sources and commodities). `copy` is the CSV's path in
 * data/ (`data/<id>.csv`).
 */
export function draftDataset(
	bytes: Uint8Array,
	copy: string,
	opts: DraftOptions & {
		datasets: ReadonlyMap<string, CheckedDataset>;
		source?: string;
		answers?: readonly Answer[];
		lang?: Lang;
	},
): DatasetDraft {
	const rows = (id: string, key: string) =>
		new Set((opts.datasets.get(id)?.rows ?? []).map((r) => String(r[key])));
	const inspection = inspectCsv(bytes, copy, {
		regionCodes: rows('regions', 'code'),
		commodityKeys: rows('commodities', 'key'),
		sourceIds: rows('sources', 'id'),
		...(opts.source ? { source: opts.source } : {}),
		...(opts.answers ? { answers: opts.answers } : {}),
		...(opts.lang ? { lang: opts.lang } : {}),
	});
	const open = inspection.questions.filter((q) => q.answer === undefined);
	if (inspection.blocking && !inspection.text) {
		return { inspection, json: '', problems: sortProblems(inspection.problems), open };
	}
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
	if (inspection.blocking) {
		// Nothing is written: the validator's findings on the CSV are moved to the original file's
		// lines, next to the inspection's (already there); the declaration's TODOs do not apply.
		const csv = found
			.filter((p) => p.file === copy)
			.map((p) => ({ ...p, line: inspection.lineMap[p.line] ?? p.line }));
		return {
			inspection,
			json: '',
			problems: sortProblems(merge(inspection.problems, csv)),
			open,
		};
	}
	return { inspection, json, problems: sortProblems(merge(inspection.problems, found)), open };
}

/**
 * The validator's problems plus the inspection's findings it does not make; where both report
 * an error in the same cell, the validator's wins (it is what the build will print), with the
 * inspection's hint when the validator has none.
 */
function merge(inspection: readonly Problem[], found: Problem[]): Problem[] {
	const cell = (p: Problem) => `${p.file}|${p.line}|${p.col}`;
	for (const p of inspection) {
		const same = found.find(
			(q) =>
				cell(q) === cell(p) &&
				(q.code === p.code || (p.severity === 'error' && q.severity === 'error')),
		);
		if (!same) found.push(p);
		else if (!same.hint && p.hint) same.hint = p.hint;
	}
	return found;
}
