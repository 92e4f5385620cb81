/**
 * Words a journalist reads (problem messages, expectations, hints, report lines), kept as a key
 * and its parameters until they are printed, then rendered in the reader's language: Indonesian
 * by default, English when asked. One catalogue holds both languages of every text, so a problem
 * has the same code, value and location in either language and the guide's tables serve both.
 *
 * Templates name their parameters `%{name}` (never `{name}`: MDX examples in hints are full of
 * braces, `{3}`, `{{ kolom: "nilai" }}`, and stay as written).
 */
import type { Lang } from '../lang.ts';

/** A parameter: a value as it is (a name, a count, a raw cell), or another catalogued text. */
export type Param = string | number | Said;

/** A catalogued text with its parameters, rendered at the edge by {@link renderText}. */
export interface Said {
	/** `<entry>.<part>` for a problem's text (`type-error/integer.message`), or a fragment's name. */
	readonly key: string;
	readonly params?: Readonly<Record<string, Param>>;
}

/**
 * What a problem says: a catalogued {@link Said}, or a plain string for words that are the same
 * in every language (a value, an id list, a parser's own words passed on as they are).
 */
export type Text = string | Said;

/** One text in both languages: Indonesian first. */
export type Pair = readonly [id: string, en: string];

/** The parameter names of a template: `%{name}` placeholders. */
export type Holes<S extends string> = S extends `${string}%{${infer P}}${infer R}`
	? P | Holes<R>
	: never;

/** The parameters a set of pairs needs, or `never` when none. */
export type HolesOf<T> = T extends Pair ? Holes<T[0]> | Holes<T[1]> : never;

/** The argument list for a text needing parameters `H`: none, or one object naming each. */
export type ParamArgs<H extends string> = [H] extends [never]
	? []
	: [params: { readonly [K in H]: Param }];

const HOLE = /%\{(\w+)\}/g;

/** The placeholder names of one template, in order of appearance (each once). */
export function holesOf(template: string): string[] {
	return [...new Set([...template.matchAll(HOLE)].map((m) => m[1] ?? ''))];
}

/** True when `x` is a catalogued text rather than a plain string. */
export function isSaid(x: unknown): x is Said {
	return typeof x === 'object' && x !== null && typeof (x as Said).key === 'string';
}

let table: ReadonlyMap<string, Pair> = new Map();

/**
 * Install the catalogue {@link renderText} reads (messages/index.ts does this once, on import).
 * @internal
 */
export function installCatalogue(entries: ReadonlyMap<string, Pair>): void {
	table = entries;
}

/**
 * `text` in `lang`: a plain string as it is; a catalogued text from its template with each
 * `%{name}` filled (catalogued parameters rendered in the same language). An unknown key or a
 * missing parameter throws: both are programming errors the catalogue test catches.
 */
export function renderText(text: Text, lang: Lang): string {
	if (typeof text === 'string') return text;
	const pair = table.get(text.key);
	if (!pair) throw new Error(`no message "${text.key}" in the catalogue (src/lib/messages/)`);
	const template = lang === 'en' ? pair[1] : pair[0];
	return template.replace(HOLE, (_, name: string) => {
		const value = text.params?.[name];
		if (value === undefined) throw new Error(`message "${text.key}" needs the parameter ${name}`);
		return typeof value === 'object' ? renderText(value, lang) : String(value);
	});
}

/**
 * The reader's language from the environment: `LUMBUNG_LANG=en` or `id`, else undefined (then
 * each problem is shown in its story's language, Indonesian for everything else). Any other
 * value is refused with a sentence in both languages.
 */
export function langSetting(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
	const v = env.LUMBUNG_LANG?.trim();
	if (!v) return undefined;
	if (v === 'id' || v === 'en') return v;
	throw new Error(`LUMBUNG_LANG="${v}": pakai "id" atau "en" / use "id" or "en"`);
}

/** A problem's words in both languages: what is wrong, what would be accepted, how to fix it. */
export interface Entry {
	readonly message: Pair;
	readonly expected?: Pair;
	readonly hint?: Pair;
}

/**
 * Declare problem texts, keyed by code (`blank-row`) or code and variant (`type-error/integer`).
 * The literal types are kept, so each key's parameters are checked where it is used.
 */
export function problemMessages<const T extends Record<string, Entry>>(entries: T): T {
	return entries;
}

/** Declare texts that are not a problem's own (report lines, hints shared by many problems). */
export function fragments<const T extends Record<string, Pair>>(entries: T): T {
	return entries;
}
