/**
 * Translations say the same thing: the Indonesian and English versions of a story (the same
 * `translationKey`) must reference the same datasets, values, facts, counts, sources, tables,
 * charts and maps — the same rows, the same figures, in the same order. Text props (titles,
 * notes, labels, captions, chart ids) are the translation's own and are not compared, and a
 * column named `…_id` in one language matches `…_en` in the other (`name_id`, `name_en`).
 *
 * A difference is a `translation-mismatch` error reported in both files, each at its own line.
 * Drafts are not compared.
 */
import type { Problem } from '../data/problems.ts';
import { problemText, say } from '../messages/index.ts';
import type { JsxUsage, ParsedMdx } from '../mdx/extract.ts';
import type { Literal } from '../mdx/literal.ts';
import type { ComponentSpec } from '../mdx/specs.ts';
import type { StoryFrontmatter } from './frontmatter.ts';

/** What the comparison needs of a story. */
export interface TranslatedStory {
	file: string;
	lang: 'id' | 'en';
	source: string;
	parsed: ParsedMdx;
	frontmatter?: StoryFrontmatter;
}

/** Keys of literal props that hold words of the page's language, not data. */
const WORDS = new Set(['label', 'labels', 'title', 'notes', 'note', 'caption', 'text']);

/** A column named for one language (`name_id`, `label_en`) in a form both languages share. */
const anyLang = (column: string) => column.replace(/_(id|en)$/, '_*');

function normalise(value: Literal, kind: string): Literal {
	if (kind.includes('column')) {
		return Array.isArray(value)
			? value.map((v) => (typeof v === 'string' ? anyLang(v) : v))
			: typeof value === 'string'
				? anyLang(value)
				: value;
	}
	if (kind === 'literal') return strip(value);
	return value;
}

function strip(value: Literal): Literal {
	if (Array.isArray(value)) return value.map(strip);
	if (value && typeof value === 'object') {
		const out: Record<string, Literal> = {};
		for (const key of Object.keys(value).sort()) {
			if (WORDS.has(key)) continue;
			out[key] = strip((value as Record<string, Literal>)[key] as Literal);
		}
		return out;
	}
	return value;
}

/** Stable JSON (object keys sorted). */
function stable(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** One thing a story references, with where it is. */
interface Item {
	/** Component name, or `datasets` for the frontmatter list. */
	name: string;
	/** What is compared: the name and the data props. */
	key: string;
	/** Human-readable form for messages. */
	show: string;
	line: number;
	col: number;
}

/** The comparable references of a story, in document order. */
export function references(
	story: TranslatedStory,
	specs: ReadonlyMap<string, ComponentSpec>,
): Item[] {
	const items: Item[] = [];
	const datasets = [...(story.frontmatter?.datasets ?? [])].sort();
	if (datasets.length) {
		const line = story.source.split('\n').findIndex((l) => /^datasets:/.test(l)) + 1;
		items.push({
			name: 'datasets',
			key: `datasets ${stable(datasets)}`,
			show: `datasets: [${datasets.join(', ')}]`,
			line: line || 1,
			col: 1,
		});
	}
	for (const u of story.parsed.jsx) {
		const spec = specs.get(u.name);
		if (!spec) continue;
		const data: Record<string, Literal> = {};
		for (const [prop, p] of Object.entries(spec.props)) {
			const v = u.props[prop];
			if (v === undefined || p.kind === 'text' || p.kind === 'id') continue;
			data[prop] = normalise(v, p.kind);
		}
		items.push({
			name: u.name,
			key: `${u.name} ${stable(data)}`,
			show: describe(u, data),
			line: u.line,
			col: u.col,
		});
	}
	return items;
}

function describe(u: JsxUsage, data: Record<string, Literal>): string {
	const props = Object.entries(data)
		.map(([k, v]) => `${k}=${typeof v === 'string' ? JSON.stringify(v) : `{${stable(v)}}`}`)
		.join(' ');
	return `<${u.name}${props ? ` ${props}` : ''} />`;
}

/** Longest common subsequence of two key lists: pairs of matched indexes, in order. */
function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
	const n = a.length;
	const m = b.length;
	const t = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
		}
	}
	const pairs: [number, number][] = [];
	for (let i = 0, j = 0; i < n && j < m;) {
		if (a[i] === b[j]) {
			pairs.push([i, j]);
			i++;
			j++;
		} else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
		else j++;
	}
	return pairs;
}

/**
 * `translation-mismatch` errors for every pair of stories (one per language) sharing a
 * `translationKey`, neither a draft. References are aligned in document order; what one version
 * has and the other lacks is reported in both files: in the one that has it at its line, in the
 * other at the line where it would be (beside the nearest reference both share). Where both
 * versions have a different use of the same component at the same place (a `<Value>` with
 * another `where`), the pair is reported as one difference, at both lines.
 */
export function translationProblems(
	stories: readonly TranslatedStory[],
	specs: ReadonlyMap<string, ComponentSpec>,
): Problem[] {
	const problems: Problem[] = [];
	const byKey = new Map<string, { id?: TranslatedStory; en?: TranslatedStory }>();
	for (const s of stories) {
		const key = s.frontmatter?.translationKey;
		if (!key || s.frontmatter?.draft) continue;
		const pair = byKey.get(key) ?? {};
		if (!pair[s.lang]) pair[s.lang] = s;
		byKey.set(key, pair);
	}
	for (const [key, { id, en }] of byKey) {
		if (!id || !en) continue;
		const a = references(id, specs);
		const b = references(en, specs);
		const pairs = lcs(
			a.map((x) => x.key),
			b.map((x) => x.key),
		);
		const base = { severity: 'error' as const };
		const bodyLine = (s: TranslatedStory) => (s.parsed.frontmatter ? s.parsed.frontmatter.line : 1);
		// Gaps between matched pairs: [aFrom, aTo) and [bFrom, bTo), with the nearest shared line.
		const bounds: [number, number][] = [[-1, -1], ...pairs, [a.length, b.length]];
		for (let k = 0; k + 1 < bounds.length; k++) {
			const [ai, bi] = bounds[k]!;
			const [aj, bj] = bounds[k + 1]!;
			const onlyA = a.slice(ai + 1, aj);
			const onlyB = b.slice(bi + 1, bj);
			const nearA = a[ai]?.line ?? a[aj]?.line ?? bodyLine(id);
			const nearB = b[bi]?.line ?? b[bj]?.line ?? bodyLine(en);
			const usedB = new Set<number>();
			for (const x of onlyA) {
				const j = onlyB.findIndex((y, n) => !usedB.has(n) && y.name === x.name);
				const y = j >= 0 ? onlyB[j] : undefined;
				if (y) {
					usedB.add(j);
					problems.push(
						{
							...base,
							file: id.file,
							line: x.line,
							col: x.col,
							...problemText('translation-mismatch/differs', {
								name: x.name,
								other: `${en.file}:${y.line}`,
								key,
							}),
							subject: x.name,
							value: x.show,
							expected: y.show,
						},
						{
							...base,
							file: en.file,
							line: y.line,
							col: y.col,
							...problemText('translation-mismatch/differs', {
								name: y.name,
								other: `${id.file}:${x.line}`,
								key,
							}),
							subject: y.name,
							value: y.show,
							expected: x.show,
						},
					);
					continue;
				}
				problems.push(...missing(x, id, en, nearB, key));
			}
			onlyB.forEach((y, n) => {
				if (!usedB.has(n)) problems.push(...missing(y, en, id, nearA, key));
			});
		}
	}
	return problems;
}

function missing(
	x: Item,
	has: TranslatedStory,
	lacks: TranslatedStory,
	near: number,
	key: string,
): Problem[] {
	const base = { severity: 'error' as const, subject: x.name };
	const what = x.name === 'datasets' ? say('translation.datasets') : `<${x.name}>`;
	return [
		{
			...base,
			file: has.file,
			line: x.line,
			col: x.col,
			...problemText('translation-mismatch/missing-there', {
				what,
				other: lacks.file,
				key,
				near,
			}),
			value: x.show,
		},
		{
			...base,
			file: lacks.file,
			line: near,
			col: 1,
			...problemText('translation-mismatch/missing-here', {
				what,
				other: `${has.file}:${x.line}`,
				key,
			}),
			value: x.show,
		},
	];
}
