/**
 * Typing one CSV cell by its field declaration. Numbers are read by a strict pattern built from
 * the declared decimal and group characters — never `Number()` on raw text, never zod coercion —
 * so `1.161` cannot silently become 1.161 and `""` cannot become 0.
 */
import type { FieldDeclaration } from './declaration.ts';

/** A typed cell: strings for text and ISO dates, numbers for number/integer/year, or null. */
export type Value = string | number | boolean | null;

/** Why a cell could not be typed: a code, a message, what was expected and a hint. */
export interface CastFailure {
	code: string;
	message: string;
	expected: string;
	hint?: string;
}

/** Either a typed value or a failure. */
export type CastResult = { ok: true; value: Value } | { ok: false; failure: CastFailure };

const EXCEL_ERRORS = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;
const INDONESIAN_MONTHS =
	/\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const codepoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Describe the accepted number shape of a field in words. */
export function numberDialect(field: FieldDeclaration): string {
	const decimal = field.decimalChar ?? '.';
	const group = field.groupChar ?? '';
	const kind = field.type === 'integer' ? 'integer' : 'number';
	const parts = [
		field.type === 'integer' ? 'digits only' : `decimal "${decimal}"`,
		group ? `thousands "${group === '\u00a0' ? 'NBSP' : group}"` : 'no thousands separator',
	];
	return `${kind} (${parts.join(', ')})`;
}

const numberPatterns = new WeakMap<FieldDeclaration, RegExp>();

/** The pattern of a field's numbers, made once per field (a file has a cell per row). */
function numberPattern(field: FieldDeclaration): RegExp {
	let pattern = numberPatterns.get(field);
	if (!pattern) {
		pattern = makeNumberPattern(field);
		numberPatterns.set(field, pattern);
	}
	return pattern;
}

function makeNumberPattern(field: FieldDeclaration): RegExp {
	const decimal = escapeRe(field.decimalChar ?? '.');
	const group = field.groupChar ? escapeRe(field.groupChar) : '';
	const intPart = group ? `(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)` : '\\d+';
	const frac = field.type === 'integer' ? '' : `(?:${decimal}\\d+)?`;
	return new RegExp(`^-?${intPart}${frac}$`);
}

function numberHint(raw: string, field: FieldDeclaration): string | undefined {
	const decimal = field.decimalChar ?? '.';
	if (/^-?\d+,\d+$/.test(raw) && decimal === '.') {
		return 'Indonesian decimal comma? declare "decimalChar": "," on the field, or write the number with "."';
	}
	if (/^-?\d{1,3}(\.\d{3})+$/.test(raw) && field.groupChar !== '.') {
		return 'Indonesian thousands separator? declare "groupChar": "." on the field, or remove the dots';
	}
	if (/^-?\d{1,3}([ \u00a0\u202f]\d{3})+$/.test(raw)) {
		const sep = raw.match(/[ \u00a0\u202f]/)?.[0] ?? ' ';
		return `the thousands separator is ${codepoint(sep)}; remove it or declare it as "groupChar"`;
	}
	if (/^rp|^us\$|^\$|triliun|miliar|juta|ribu/i.test(raw)) {
		return 'store amounts as plain numbers in base units (rupiah, not "Rp 1,3 triliun") and set "unit" on the field';
	}
	if (/%$/.test(raw))
		return 'remove the "%" (set "unit": "percent"), or declare "bareNumber": false';
	if (/^\(.*\)$/.test(raw)) return 'accounting negatives like (1.234) are not read; write -1234';
	if (/^-?\d*\.?\d+e[+-]?\d+$/i.test(raw)) {
		return 'scientific notation is not read; Excel wrote it for a long number: format the column as Text before export';
	}
	if (/^0x/i.test(raw)) return 'hexadecimal is not read; write the decimal number';
	if (/^[\u2212\u2013]/.test(raw)) return `the minus sign is ${codepoint(raw[0] ?? '')}; use "-"`;
	if (/^\+/.test(raw)) return 'remove the leading "+"';
	if (/^\s|\s$/.test(raw)) return 'remove the spaces around the number';
	if (/^(-|—|n\/?a|na|tidak ada( data)?|null|none)$/i.test(raw)) {
		return 'to mark a missing value, leave the cell empty or add this marker to "missingValues"';
	}
	return undefined;
}

function castNumber(raw: string, field: FieldDeclaration): CastResult {
	let text = raw;
	if (field.bareNumber === false) text = text.replace(/^[^\d-]+/, '').replace(/[^\d]+$/, '');
	const fail = (message: string, hint?: string): CastResult => ({
		ok: false,
		failure: {
			code: 'type-error',
			message,
			expected: numberDialect(field),
			...(hint ? { hint } : {}),
		},
	});
	if (!numberPattern(field).test(text)) {
		return fail(
			`"${raw}" is not ${field.type === 'integer' ? 'an integer' : 'a number'}`,
			numberHint(raw, field),
		);
	}
	// A dot followed by exactly three digits is a thousands separator in Indonesian files; unless
	// the field says "decimalChar": "." on purpose, "1.161" is refused rather than read as 1.161.
	if (
		field.type === 'number' &&
		field.decimalChar === undefined &&
		!field.groupChar &&
		/^-?\d{1,3}\.\d{3}$/.test(text)
	) {
		return {
			ok: false,
			failure: {
				code: 'ambiguous-number',
				message: `"${raw}" could be ${text} or ${text.replace('.', '')} (Indonesian thousands)`,
				expected: 'a number whose meaning the declaration fixes',
				hint: 'if it is a thousands separator, declare "groupChar": "."; if it is a decimal, declare "decimalChar": "." on the field',
			},
		};
	}
	let normal = text;
	if (field.groupChar) normal = normal.split(field.groupChar).join('');
	if ((field.decimalChar ?? '.') === ',') normal = normal.replace(',', '.');
	const value = Number(normal);
	if (!Number.isFinite(value)) return fail(`"${raw}" is out of range`);
	if (field.type === 'integer' && !Number.isSafeInteger(value)) {
		return fail(`"${raw}" is too large to be stored exactly`);
	}
	return { ok: true, value: value === 0 ? 0 : value };
}

/** True when the ISO calendar date exists (e.g. false for 2024-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function dateHint(raw: string): string | undefined {
	if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(raw)) {
		return 'day/month order is ambiguous; write dates as YYYY-MM-DD (e.g. 2022-11-01)';
	}
	if (INDONESIAN_MONTHS.test(raw))
		return 'write the date as YYYY-MM-DD (8 Februari 2023 → 2023-02-08)';
	if (/^\d{5}$/.test(raw)) {
		return 'this looks like an Excel date serial number; format the column as Text (YYYY-MM-DD) before export';
	}
	return undefined;
}

function castDate(raw: string, field: FieldDeclaration): CastResult {
	const fail = (message: string, expected: string, hint?: string): CastResult => ({
		ok: false,
		failure: { code: 'type-error', message, expected, ...(hint ? { hint } : {}) },
	});
	if (field.type === 'year') {
		if (!/^\d{4}$/.test(raw)) return fail(`"${raw}" is not a year`, 'year as YYYY', dateHint(raw));
		return { ok: true, value: Number(raw) };
	}
	if (field.type === 'yearmonth') {
		const m = /^(\d{4})-(\d{2})$/.exec(raw);
		if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
			return fail(`"${raw}" is not a year and month`, 'YYYY-MM', dateHint(raw));
		}
		return { ok: true, value: raw };
	}
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	if (!m) return fail(`"${raw}" is not a date`, 'YYYY-MM-DD', dateHint(raw));
	if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
		return fail(
			`"${raw}" is not a real calendar date`,
			'an existing date as YYYY-MM-DD',
			'check the day and the month (months have 28 to 31 days); the order is year-month-day',
		);
	}
	return { ok: true, value: raw };
}

/**
 * Type one raw cell. `missing` is the field's list of missing-value markers (compared before
 * typing, as in Table Schema); a missing cell is `null`, never 0 or ''. Excel error literals
 * (`#N/A`, `#DIV/0!`…) are refused in every field with code `excel-artifact`.
 */
export function castCell(
	raw: string,
	field: FieldDeclaration,
	missing: readonly string[],
): CastResult {
	if (missing.includes(raw)) return { ok: true, value: null };
	if (EXCEL_ERRORS.test(raw)) {
		return {
			ok: false,
			failure: {
				code: 'excel-artifact',
				message: `"${raw}" is an Excel error value, not data`,
				expected: field.type,
				hint: 'fix the formula in the spreadsheet, or leave the cell empty if the value is unknown',
			},
		};
	}
	switch (field.type) {
		case 'string':
			return { ok: true, value: raw };
		case 'number':
		case 'integer':
			return castNumber(raw, field);
		case 'boolean':
			if (raw === 'true') return { ok: true, value: true };
			if (raw === 'false') return { ok: true, value: false };
			return {
				ok: false,
				failure: {
					code: 'type-error',
					message: `"${raw}" is not a boolean`,
					expected: 'true or false',
				},
			};
		case 'date':
		case 'yearmonth':
		case 'year':
			return castDate(raw, field);
	}
}
