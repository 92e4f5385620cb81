/**
 * UI strings, one dictionary per language, split by feature under `dict/`. English must have
 * every key Indonesian has: the type makes a missing key a type error (`npm run check`), and
 * {@link t} throws at build time for a key missing at run time.
 *
 * To add strings for a feature: create `dict/<feature>.ts` with `dictionary({...id}, {...en})`
 * and add it to `DICTS` below. A string with a count comes in two keys, `<base>.one` ("1 row")
 * and `<base>.other` ("2 rows"; Indonesian repeats the same words), read with {@link tCount}.
 */
import { formatNumber } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import charts from './dict/charts.ts';
import core from './dict/core.ts';
import maps from './dict/maps.ts';
import scrolly from './dict/scrolly.ts';
import site from './dict/site.ts';
import { fillTemplate } from './fill.ts';

const DICTS = [core, site, charts, maps, scrolly] as const;

type Dicts = (typeof DICTS)[number];
/** Every UI string key. */
export type UiKey = KeysOf<Dicts>;
// Distributes over the union of dictionaries (a plain `Dicts extends …` infers never).
type KeysOf<D> = D extends { id: Record<infer K, string> } ? K : never;

const DICTIONARIES: Record<Lang, Record<string, string>> = {
	id: Object.assign({}, ...DICTS.map((d) => d.id)),
	en: Object.assign({}, ...DICTS.map((d) => d.en)),
};

/**
 * The UI string for `key` in `lang`, with `{name}` placeholders filled from `vars`.
 * Throws when the key or a placeholder is missing, so a gap fails the build, not the reader.
 */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
	const template = DICTIONARIES[lang][key];
	if (template === undefined) throw new Error(`UI string "${key}" is missing for "${lang}"`);
	return fillTemplate(template, vars, (name) => {
		throw new Error(`UI string "${key}" needs {${name}}`);
	});
}

/** Strings that come in a singular and a plural form: keys `<base>.one` and `<base>.other`. */
export type CountKey = UiKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

/**
 * {@link t} for a count: `<base>.one` when `count` is exactly 1 (English "1 row"), else
 * `<base>.other` ("0 rows", "2 rows", "1.5 rows"); Indonesian keeps the same words in both.
 * `{n}` is filled with `count` in the language's number style (`1.161` / `1,161`).
 */
export function tCount(
	lang: Lang,
	base: CountKey,
	count: number,
	vars: Record<string, string | number> = {},
): string {
	const key = `${base}.${count === 1 ? 'one' : 'other'}` as UiKey;
	return t(lang, key, { ...vars, n: formatNumber(count, lang) });
}

// A key in one language and not the other fails the build here, whatever pages use it.
{
	const gaps = missingKeys();
	if (gaps.length) {
		throw new Error(
			`UI dictionaries disagree: ${gaps.map((g) => `"${g.key}" missing in ${g.lang}`).join(', ')}`,
		);
	}
}

/** Every key of the Indonesian dictionary (the reference language). */
export const UI_KEYS = Object.keys(DICTIONARIES.id) as UiKey[];

/** Keys present in one language and not the other (empty when the dictionaries match). */
export function missingKeys(): { lang: Lang; key: string }[] {
	const out: { lang: Lang; key: string }[] = [];
	for (const lang of ['id', 'en'] as const) {
		const other = lang === 'id' ? 'en' : 'id';
		for (const key of Object.keys(DICTIONARIES[other])) {
			if (!(key in DICTIONARIES[lang])) out.push({ lang, key });
		}
	}
	return out;
}
