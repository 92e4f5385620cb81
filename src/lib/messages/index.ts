/**
 * The message catalogue: every text a journalist can meet from the checks (data, declarations,
 * frontmatter, the MDX lint, component props, the build, the dev overlay), in Indonesian and
 * English, keyed by problem code. Each area keeps its texts in `catalogue/<area>.ts`; this module
 * joins them, derives {@link ProblemCode} (the codes the guides document) and gives the two
 * builders checkers use: {@link problemText} for a problem's words, {@link say} for a shared
 * fragment. Rendering happens at the edge, in the reader's language (`renderText`).
 */
import common from './catalogue/common.ts';
import * as data from './catalogue/data.ts';
import * as intake from './catalogue/intake.ts';
import * as mdx from './catalogue/mdx.ts';
import * as stories from './catalogue/stories.ts';
import {
	installCatalogue,
	type Entry,
	type HolesOf,
	type Pair,
	type ParamArgs,
	type Param,
	type Said,
} from './text.ts';

export { isSaid, langSetting, renderText, type Param, type Said, type Text } from './text.ts';

const AREAS = [data.problems, intake.problems, stories.problems, mdx.problems] as const;
const PROBLEMS = { ...data.problems, ...intake.problems, ...stories.problems, ...mdx.problems };
const FRAGMENT_AREAS = [common, data.texts, intake.texts, stories.texts, mdx.texts] as const;
const FRAGMENTS = { ...common, ...data.texts, ...intake.texts, ...stories.texts, ...mdx.texts };

type Problems = typeof PROBLEMS;
type Fragments = typeof FRAGMENTS;

/** A key of a problem's words: its code, or `code/variant`. */
export type ProblemKey = keyof Problems;
/** The code of a problem key: `type-error/integer` → `type-error`. */
export type CodeOf<K extends string> = K extends `${infer C}/${string}` ? C : K;
/** Every code a check can report: the codes the guides' tables explain. */
export type ProblemCode = CodeOf<ProblemKey>;
/** A key of a shared fragment. */
export type FragmentKey = keyof Fragments;

/** The parameters an entry's texts need. */
type EntryHoles<E> = E extends Entry ? HolesOf<NonNullable<E[keyof E]>> : never;

/** Every {@link ProblemCode}, in catalogue order. */
export const PROBLEM_CODES: readonly ProblemCode[] = [
	...new Set(Object.keys(PROBLEMS).map((k) => k.split('/')[0] as ProblemCode)),
];

const table = new Map<string, Pair>();
for (const area of AREAS) {
	for (const [key, entry] of Object.entries(area as Record<string, Entry>)) {
		for (const part of ['message', 'expected', 'hint'] as const) {
			const pair = entry[part];
			if (!pair) continue;
			const full = `${key}.${part}`;
			if (table.has(full)) throw new Error(`message "${key}" is declared twice`);
			table.set(full, pair);
		}
	}
}
for (const area of FRAGMENT_AREAS) {
	for (const [key, pair] of Object.entries(area as Record<string, Pair>)) {
		if (table.has(key)) throw new Error(`message "${key}" is declared twice`);
		table.set(key, pair);
	}
}
installCatalogue(table);

/** Every catalogued template by full key (`<entry>.<part>` or a fragment's name), for tests. */
export const CATALOGUE: ReadonlyMap<string, Pair> = table;

/** A problem's words: its code and its texts, to spread into a {@link Problem}. */
export interface ProblemWords<C extends string> {
	code: C;
	message: Said;
	expected?: Said;
	hint?: Said;
}

/**
 * The code and words of a problem, by key: `{ ...problemText('blank-row'), line, col, … }`.
 * The parameters are those the entry's templates name, checked by type.
 */
export function problemText<K extends ProblemKey>(
	key: K,
	...args: ParamArgs<EntryHoles<Problems[K]>>
): ProblemWords<CodeOf<K>> {
	const params = args[0] as Readonly<Record<string, Param>> | undefined;
	const entry = PROBLEMS[key] as Entry;
	const said = (part: 'message' | 'expected' | 'hint'): Said => ({
		key: `${key}.${part}`,
		...(params ? { params } : {}),
	});
	return {
		code: key.split('/')[0] as CodeOf<K>,
		message: said('message'),
		...(entry.expected ? { expected: said('expected') } : {}),
		...(entry.hint ? { hint: said('hint') } : {}),
	};
}

/** A shared fragment with its parameters: `say('did-you-mean', { guess })`. */
export function say<K extends FragmentKey>(
	key: K,
	...args: ParamArgs<HolesOf<Fragments[K]>>
): Said {
	const params = args[0] as Readonly<Record<string, Param>> | undefined;
	return { key, ...(params ? { params } : {}) };
}
