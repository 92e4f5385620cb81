/**
 * Numbers and dates in Indonesian press style and in English — one module for every place a
 * number is written: body text, tables, chart ticks, tooltips, alt text and feeds.
 *
 * House style (Indonesian / English):
 * - amounts: `Rp1,8 triliun` / `Rp1.8 trillion`, `US$351,6 ribu` / `US$351.6 thousand`;
 *   scale words are always spelt out, never `M`, `T`, `jt` or `B`;
 * - quantities: `1.161 ha` / `1,161 ha`, `765 ton` / `765 tonnes`;
 * - percentages: `25%`, `8,43%` / `8.43%`;
 * - dates: `8 Februari 2023` / `8 February 2023`; months `Maret 2025` / `March 2025`.
 *
 * Calendar dates (`YYYY-MM-DD`) are written from their parts, so the build machine's time zone
 * never moves a day; instants (`Date`) are shown in {@link TIME_ZONE}.
 */
import { formatLocale, type FormatLocaleObject } from 'd3-format';
import { UNITS, isUnit, type UnitInfo } from '../data/units.ts';
import type { Lang } from '../lang.ts';

/** The newsroom's time zone (WIB). Every instant is shown in it. */
export const TIME_ZONE = 'Asia/Jakarta';

/** The `Intl` locale behind each language. en-GB gives "8 February 2023" (day first). */
export const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

const MONTHS: Record<Lang, readonly string[]> = {
	id: [
		'Januari',
		'Februari',
		'Maret',
		'April',
		'Mei',
		'Juni',
		'Juli',
		'Agustus',
		'September',
		'Oktober',
		'November',
		'Desember',
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
	],
};

/** Options for {@link formatNumber}. */
export interface NumberOptions {
	/** Most digits after the decimal separator (default 2); trailing zeros are dropped. */
	maximumFractionDigits?: number;
	/** Fewest digits after the decimal separator (default 0). */
	minimumFractionDigits?: number;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number with the language's separators: `formatNumber(1161, 'id')` → `1.161`,
 * `formatNumber(1.8, 'id')` → `1,8`, `formatNumber(1161.5, 'en')` → `1,161.5`.
 * Rounds half away from zero to `maximumFractionDigits` (default 2). `-0` prints as `0`.
 */
export function formatNumber(value: number, lang: Lang, opts: NumberOptions = {}): string {
	const max = opts.maximumFractionDigits ?? 2;
	const min = Math.min(opts.minimumFractionDigits ?? 0, max);
	const key = `${lang}|${min}|${max}`;
	let nf = numberFormats.get(key);
	if (!nf) {
		nf = new Intl.NumberFormat(LOCALES[lang], {
			minimumFractionDigits: min,
			maximumFractionDigits: max,
		});
		numberFormats.set(key, nf);
	}
	const text = nf.format(value);
	return /^-0([.,]0+)?$/.test(text) ? text.slice(1) : text;
}

/** A scale word for large numbers: the divisor and its name in each language. */
export interface Scale {
	divisor: number;
	id: string;
	en: string;
}

/** Scale words from largest to smallest. `ribu`/`thousand` is used only when asked for. */
export const SCALES: readonly Scale[] = [
	{ divisor: 1e12, id: 'triliun', en: 'trillion' },
	{ divisor: 1e9, id: 'miliar', en: 'billion' },
	{ divisor: 1e6, id: 'juta', en: 'million' },
	{ divisor: 1e3, id: 'ribu', en: 'thousand' },
];

/**
 * The scale word for `value`: the largest whose divisor is ≤ |value|, down to `min`
 * (default 1e6, so 180.000 stays in digits). Undefined below `min`.
 */
export function scaleFor(value: number, min = 1e6): Scale | undefined {
	const v = Math.abs(value);
	return SCALES.find((s) => s.divisor >= min && v >= s.divisor);
}

/** Options for {@link formatScaled} and {@link formatMoney}. */
export interface ScaledOptions extends NumberOptions {
	/** Smallest divisor that earns a scale word (default 1e6; 1e3 allows "ribu"). */
	minScale?: number;
	/** Force this scale (for a column or axis that shares one), or `null` for plain digits. */
	scale?: Scale | null;
}

/**
 * A large number with its scale word spelt out: `formatScaled(1.8e12, 'id')` → `1,8 triliun`,
 * `formatScaled(1.41e6, 'en')` → `1.41 million`, `formatScaled(180000, 'id')` → `180.000`.
 */
export function formatScaled(value: number, lang: Lang, opts: ScaledOptions = {}): string {
	const scale = opts.scale === undefined ? scaleFor(value, opts.minScale) : opts.scale;
	if (!scale) return formatNumber(value, lang, opts);
	return `${formatNumber(value / scale.divisor, lang, opts)} ${scale[lang]}`;
}

/** Currencies amounts are written in. */
export type Currency = 'IDR' | 'USD';

const CURRENCY_PREFIX: Record<Currency, string> = { IDR: 'Rp', USD: 'US$' };

/**
 * An amount of money in press style, the symbol written against the number:
 * `formatMoney(1.8e12, 'IDR', 'id')` → `Rp1,8 triliun`; `(1.8e12, 'IDR', 'en')` →
 * `Rp1.8 trillion`; `(35000, 'IDR', 'id')` → `Rp35.000`; `(351600, 'USD', 'id', { minScale: 1e3 })`
 * → `US$351,6 ribu`. Negative amounts put the minus before the symbol: `-Rp5 miliar`.
 */
export function formatMoney(
	value: number,
	currency: Currency,
	lang: Lang,
	opts: ScaledOptions = {},
): string {
	const body = formatScaled(Math.abs(value), lang, opts);
	const sign = value < 0 && body !== '0' ? '-' : '';
	return `${sign}${CURRENCY_PREFIX[currency]}${body}`;
}

/**
 * A percentage, where `value` is already in per cent (25 → `25%`, 8.43 → `8,43%` / `8.43%`).
 * No space before the sign, in both languages.
 */
export function formatPercent(value: number, lang: Lang, opts: NumberOptions = {}): string {
	return `${formatNumber(value, lang, opts)}%`;
}

/** The short label written after a number in `unit` (`ton`/`tonnes`), '' when none. */
export function unitLabel(unit: string, lang: Lang, value = 2): string {
	const label = isUnit(unit) ? (UNITS[unit] as UnitInfo).short : undefined;
	if (!label) return '';
	return lang === 'en' && value === 1 && label.enOne ? label.enOne : label[lang];
}

/**
 * Any value in its unit, as body text would write it: money via {@link formatMoney} (`IDR`,
 * `USD`), `percent` via {@link formatPercent}, `IDR/kg` as `Rp35.000 per kg`, everything else
 * as a number (with a scale word from a million up) and its short unit label:
 * `formatValue(1161, 'ha', 'id')` → `1.161 ha`; `(2.5e6, 't', 'en')` → `2.5 million tonnes`.
 */
export function formatValue(
	value: number,
	unit: string | undefined,
	lang: Lang,
	opts: ScaledOptions = {},
): string {
	if (unit === 'IDR' || unit === 'USD') return formatMoney(value, unit, lang, opts);
	if (unit === 'percent') return formatPercent(value, lang, opts);
	if (unit === 'IDR/kg') return `${formatMoney(value, 'IDR', lang, opts)} per kg`;
	const number = formatScaled(value, lang, opts);
	const label = unit ? unitLabel(unit, lang, value) : '';
	if (!label) return number;
	return unit === 'degree' ? `${number}${label}` : `${number} ${label}`;
}

/** The name of month `month` (1–12) in `lang`. Throws outside 1–12. */
export function monthName(month: number, lang: Lang): string {
	const name = MONTHS[lang][month - 1];
	if (name === undefined) throw new RangeError(`month ${month} is not 1–12`);
	return name;
}

/**
 * A calendar date written out: `YYYY-MM-DD` → `8 Februari 2023` / `8 February 2023`,
 * `YYYY-MM` → `Maret 2025` / `March 2025`, `YYYY` → `2023`. The parts are used as written, so
 * no time zone can shift the day. Throws on any other shape (data is checked before it gets here).
 */
export function formatDate(iso: string, lang: Lang): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!m) throw new RangeError(`"${iso}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
	const [, year, month, day] = m;
	if (month === undefined) return String(year);
	const name = monthName(Number(month), lang);
	return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/**
 * A short date for tight places (chart ticks, tables) that is still unambiguous: the month is a
 * word, never a number: `2023-02-08` → `8 Feb 2023`; `2025-03` → `Mar 2025`; `2023` → `2023`.
 */
export function formatDateShort(iso: string, lang: Lang): string {
	const long = formatDate(iso, lang);
	return long.replace(/([A-Z][a-z]+)/, (name) => (name.length > 4 ? name.slice(0, 3) : name));
}

/** `YYYY-MM-DD` of an instant in {@link TIME_ZONE}. */
export function jakartaDate(instant: Date): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(instant);
	return parts;
}

/**
 * An instant in Jakarta time, with the zone named: `8 Februari 2023 14.05 WIB` /
 * `8 February 2023 14:05 WIB`.
 */
export function formatDateTime(instant: Date, lang: Lang): string {
	const time = new Intl.DateTimeFormat('en-GB', {
		timeZone: TIME_ZONE,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).format(instant);
	const clock = lang === 'id' ? time.replace(':', '.') : time;
	return `${formatDate(jakartaDate(instant), lang)} ${clock} WIB`;
}

/**
 * The `Date` at midnight in Jakarta that starts calendar day `iso` (`YYYY-MM-DD`), for feeds
 * and `<time datetime>` values that need an instant.
 */
export function jakartaMidnight(iso: string): Date {
	return new Date(`${iso}T00:00:00+07:00`);
}

/**
 * A list joined the way the language writes it: `Berau, Kutai Timur dan Mahakam Ulu` /
 * `Berau, Kutai Timur and Mahakam Ulu` (no serial comma).
 */
export function formatList(items: readonly string[], lang: Lang): string {
	if (items.length <= 1) return items.join('');
	const and = lang === 'id' ? 'dan' : 'and';
	return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

const d3Locales = new Map<Lang, FormatLocaleObject>();

/**
 * A d3-format locale for the language (Indonesian: decimal `,`, thousands `.`, currency `Rp`),
 * for code that builds d3 tick formats. Prefer the functions above for text.
 */
export function d3NumberLocale(lang: Lang): FormatLocaleObject {
	let locale = d3Locales.get(lang);
	if (!locale) {
		locale = formatLocale(
			lang === 'id'
				? { decimal: ',', thousands: '.', grouping: [3], currency: ['Rp', ''], minus: '-' }
				: { decimal: '.', thousands: ',', grouping: [3], currency: ['Rp', ''], minus: '-' },
		);
		d3Locales.set(lang, locale);
	}
	return locale;
}
