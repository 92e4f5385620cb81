/**
 * Strict CSV tokenising on top of papaparse: every record keeps the line it starts on, and
 * structural problems (quotes, ragged rows, blank rows, a wrong delimiter) are reported, never
 * repaired. Types are not guessed here: every cell stays a string.
 */
import Papa from 'papaparse';
import { problemText, say, type Said } from '../messages/index.ts';
import { lineLocator } from './declaration.ts';
import type { Problem } from './problems.ts';

/** One data record: its cells as written, and the 1-based line it starts on. */
export interface CsvRecord {
	line: number;
	cells: string[];
}

/** Header and records of a file, plus structural problems. */
export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	problems: Problem[];
}

/** Options for {@link tokenizeCsv}. */
export interface TokenizeOptions {
	file: string;
	dataset?: string;
	/** Declared delimiter; default ",". */
	delimiter?: ',' | ';' | '\t';
}

/** 1-based column of character `index` in the record starting at `start` (quotes respected). */
function columnAt(text: string, start: number, index: number, delimiter: string): number {
	let col = 1;
	let quoted = false;
	for (let i = start; i < index; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (c === delimiter && !quoted) col++;
	}
	return col;
}

/**
 * Offset of a quote inside a cell that does not start with a quote (`Desa "Dua"`), which
 * papaparse keeps silently; undefined when the record at `start` has none.
 */
function strayQuote(text: string, start: number, delimiter: string): number | undefined {
	let i = start;
	let cellStart = true;
	let quoted = false;
	for (; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') i++;
				else quoted = false;
			}
			continue;
		}
		if (c === '\n') return undefined;
		if (c === delimiter) {
			cellStart = true;
			continue;
		}
		if (c === '"') {
			if (cellStart) quoted = true;
			else return i;
		}
		cellStart = false;
	}
	return undefined;
}

/** The name of a delimiter, for messages: comma, semicolon, tab. */
const delimiterName = (d: string): Said =>
	say(d === ';' ? 'delimiter.;' : d === '\t' ? 'delimiter.tab' : 'delimiter.,');

/**
 * Split CSV text into a header and records.
 *
 * Problems: `source-error` (a quote never closed, or a stray quote inside an unquoted cell),
 * `dialect-error` (the header is one column containing another delimiter), `blank-row`,
 * `missing-cell` and `extra-cell` (ragged rows). A final newline is fine; an empty file is
 * `source-error`.
 */
export function tokenizeCsv(text: string, opts: TokenizeOptions): CsvTable {
	const delimiter = opts.delimiter ?? ',';
	const problems: Problem[] = [];
	const base = {
		file: opts.file,
		severity: 'error' as const,
		...(opts.dataset ? { dataset: opts.dataset } : {}),
	};
	const rows: { cells: string[]; start: number; errors: Papa.ParseError[] }[] = [];
	let start = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		header: false,
		dynamicTyping: false,
		skipEmptyLines: false,
		step: (result) => {
			rows.push({ cells: result.data, start, errors: result.errors });
			start = result.meta.cursor;
		},
	});
	// papaparse yields one empty record after a final newline: that is not a blank row.
	const last = rows.at(-1);
	if (last && last.cells.length === 1 && last.cells[0] === '' && last.start >= text.length) {
		rows.pop();
	}
	const headerRow = rows.shift();
	if (!headerRow || (headerRow.cells.length === 1 && headerRow.cells[0] === '')) {
		problems.push({
			...base,
			line: 1,
			col: 1,
			...problemText('source-error/empty'),
			value: '',
		});
		return { header: [], records: [], problems };
	}
	const header = headerRow.cells;
	if (header.length === 1) {
		const other = [',', ';', '\t'].find((d) => d !== delimiter && (header[0] ?? '').includes(d));
		if (other) {
			problems.push({
				...base,
				line: 1,
				col: 1,
				...problemText(other === ';' ? 'dialect-error/semicolon' : 'dialect-error/other', {
					other: other === '\t' ? '\\t' : other,
					name: delimiterName(other),
					declared: delimiterName(delimiter),
					delimiter: delimiter === '\t' ? '\\t' : delimiter,
				}),
				value: header[0] ?? '',
			});
			return { header, records: [], problems };
		}
	}
	const records: CsvRecord[] = [];
	const lineCol = lineLocator(text);
	for (const row of [headerRow, ...rows]) {
		const line = lineCol(row.start).line;
		const quote =
			row.errors.find((e) => e.code === 'MissingQuotes') ??
			row.errors.find((e) => e.code === 'InvalidQuotes');
		// papaparse keeps a stray quote in the cell's value: a row whose values hold no quote
		// has none, and is not walked again.
		const stray =
			quote || !row.cells.some((c) => c.includes('"'))
				? undefined
				: strayQuote(text, row.start, delimiter);
		if (quote || stray) {
			const index = quote?.index ?? stray ?? row.start;
			const at = lineCol(index);
			const col = columnAt(text, row.start, index, delimiter);
			problems.push({
				...base,
				line: at.line,
				col,
				...problemText(
					quote?.code === 'MissingQuotes' ? 'source-error/unclosed' : 'source-error/stray',
				),
				value: text.slice(row.start, row.start + 80).split('\n')[0] ?? '',
			});
			if (quote?.code === 'MissingQuotes') break;
			continue;
		}
		if (row === headerRow) continue;
		if (row.cells.every((c) => c === '')) {
			problems.push({
				...base,
				line,
				col: 1,
				...problemText('blank-row'),
				value: row.cells.join(delimiter),
			});
			continue;
		}
		if (row.cells.length < header.length) {
			const missing = row.cells.length;
			problems.push({
				...base,
				line,
				col: missing + 1,
				...problemText('missing-cell', { cells: row.cells.length, header: header.length }),
				field: header[missing] ?? '',
				value: row.cells.join(delimiter).slice(0, 80),
			});
			continue;
		}
		if (row.cells.length > header.length) {
			problems.push({
				...base,
				line,
				col: header.length + 1,
				...problemText('extra-cell', {
					cells: row.cells.length,
					header: header.length,
					name: delimiterName(delimiter),
				}),
				value: row.cells.slice(header.length).join(delimiter),
			});
			continue;
		}
		records.push({ line, cells: row.cells });
	}
	return { header, records, problems };
}
