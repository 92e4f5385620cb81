/**
 * Typing one CSV cell by its field declaration. Numbers are read by a strict pattern built from
 * the declared decimal and group characters — never `Number()` on raw text, never zod coercion —
 * so `1.161` cannot silently become 1.161 and `""` cannot become 0.
 */
import { problemText, say, type Said, type Text } from '../messages/index.ts';
import type { FieldDeclaration } from './declaration.ts';
import type { Problem } from './problems.ts';

/** A typed cell: strings for text and ISO dates, numbers for number/integer/year, or null. */
export type Value = string | number | boolean | null;

/** Why a cell could not be typed: a code, a message, what was expected and a hint. */
export interface CastFailure {
	code: Problem['code'];
	message: Text;
	expected?: Text;
	hint?: Text;
}

/** Either a typed value or a failure. */
export type CastResult = { ok: true; value: Value } | { ok: false; failure: CastFailure };

const EXCEL_ERRORS = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;
const INDONESIAN_MONTHS =
	/\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const codepoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Describe the accepted number shape of a field in words: `integer (digits only, …)`. */
export function numberDialect(field: FieldDeclaration): Said {
	const group = field.groupChar
		? say('number-shape.group', { group: field.groupChar === '\u00a0' ? 'NBSP' : field.groupChar })
		: say('number-shape.no-group');
	return field.type === 'integer'
		? say('number-shape.integer', { group })
		: say('number-shape.number', { decimal: field.decimalChar ?? '.', group });
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

function numberHint(raw: string, field: FieldDeclaration): Said | undefined {
	const decimal = field.decimalChar ?? '.';
	if (/^-?\d+,\d+$/.test(raw) && decimal === '.') return say('number-hint.decimal-comma');
	if (/^-?\d{1,3}(\.\d{3})+$/.test(raw) && field.groupChar !== '.') {
		return say('number-hint.thousands-dot');
	}
	if (/^-?\d{1,3}([ \u00a0\u202f]\d{3})+$/.test(raw)) {
		const sep = raw.match(/[ \u00a0\u202f]/)?.[0] ?? ' ';
		return say('number-hint.space', { codepoint: codepoint(sep) });
	}
	if (/^rp|^us\$|^\$|triliun|miliar|juta|ribu/i.test(raw)) return say('number-hint.amount');
	if (/%$/.test(raw)) return say('number-hint.percent');
	if (/^\(.*\)$/.test(raw)) return say('number-hint.accounting');
	if (/^-?\d*\.?\d+e[+-]?\d+$/i.test(raw)) return say('number-hint.scientific');
	if (/^0x/i.test(raw)) return say('number-hint.hex');
	if (/^[\u2212\u2013]/.test(raw)) {
		return say('number-hint.minus', { codepoint: codepoint(raw[0] ?? '') });
	}
	if (/^\+/.test(raw)) return say('number-hint.plus');
	if (/^\s|\s$/.test(raw)) return say('number-hint.spaces');
	if (/^(-|—|n\/?a|na|tidak ada( data)?|null|none)$/i.test(raw)) return say('number-hint.missing');
	return undefined;
}

function castNumber(raw: string, field: FieldDeclaration): CastResult {
	let text = raw;
	if (field.bareNumber === false) text = text.replace(/^[^\d-]+/, '').replace(/[^\d]+$/, '');
	const fail = (
		key:
			| 'type-error/not-integer'
			| 'type-error/not-number'
			| 'type-error/out-of-range'
			| 'type-error/too-large',
		hint?: Said,
	): CastResult => ({
		ok: false,
		failure: {
			...problemText(key, { raw }),
			expected: numberDialect(field),
			...(hint ? { hint } : {}),
		},
	});
	if (!numberPattern(field).test(text)) {
		return fail(
			field.type === 'integer' ? 'type-error/not-integer' : 'type-error/not-number',
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
			failure: problemText('ambiguous-number', { raw, text, plain: text.replace('.', '') }),
		};
	}
	let normal = text;
	if (field.groupChar) normal = normal.split(field.groupChar).join('');
	if ((field.decimalChar ?? '.') === ',') normal = normal.replace(',', '.');
	const value = Number(normal);
	if (!Number.isFinite(value)) return fail('type-error/out-of-range');
	if (field.type === 'integer' && !Number.isSafeInteger(value)) return fail('type-error/too-large');
	return { ok: true, value: value === 0 ? 0 : value };
}

/** True when the ISO calendar date exists (e.g. false for 2024-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function dateHint(raw: string): Said | undefined {
	if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(raw)) return say('date-hint.order');
	if (INDONESIAN_MONTHS.test(raw)) return say('date-hint.month-name');
	if (/^\d{5}$/.test(raw)) return say('date-hint.serial');
	return undefined;
}

function castDate(raw: string, field: FieldDeclaration): CastResult {
	const fail = (
		key: 'type-error/not-year' | 'type-error/not-yearmonth' | 'type-error/not-date',
	): CastResult => {
		const hint = dateHint(raw);
		return {
			ok: false,
			failure: { ...problemText(key, { raw }), ...(hint ? { hint } : {}) },
		};
	};
	if (field.type === 'year') {
		if (!/^\d{4}$/.test(raw)) return fail('type-error/not-year');
		return { ok: true, value: Number(raw) };
	}
	if (field.type === 'yearmonth') {
		const m = /^(\d{4})-(\d{2})$/.exec(raw);
		if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return fail('type-error/not-yearmonth');
		return { ok: true, value: raw };
	}
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	if (!m) return fail('type-error/not-date');
	if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
		return {
			ok: false,
			failure: problemText('type-error/not-calendar-date', { raw }),
		};
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
			failure: problemText('excel-artifact/error-value', {
				raw,
				type: say(`type.${field.type}`),
			}),
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
				failure: problemText('type-error/not-boolean', { raw }),
			};
		case 'date':
		case 'yearmonth':
		case 'year':
			return castDate(raw, field);
	}
}
