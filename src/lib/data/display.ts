/**
 * How a typed cell reads on a data page: numbers in the page's language with full precision,
 * dates as words, missing as a dash. Numbers are never rounded away on data pages.
 */
import { formatDate, formatNumber, type Lang } from '../format/index.ts';
import type { Value } from './cast.ts';
import type { FieldDeclaration } from './declaration.ts';

/** Display text for one cell of `field`; `null` shows as an em dash. */
export function displayCell(value: Value, field: FieldDeclaration, lang: Lang): string {
	if (value === null) return '—';
	if (typeof value === 'boolean')
		return lang === 'id' ? (value ? 'ya' : 'tidak') : value ? 'yes' : 'no';
	if (field.type === 'year') return String(value);
	if (typeof value === 'number') {
		return formatNumber(value, lang, { maximumFractionDigits: field.unit === 'degree' ? 6 : 4 });
	}
	if (field.type === 'date' || field.type === 'yearmonth') return formatDate(value, lang);
	return value;
}

/** True when the field's cells should be right-aligned (numbers). */
export function isNumeric(field: FieldDeclaration): boolean {
	return field.type === 'number' || field.type === 'integer';
}
