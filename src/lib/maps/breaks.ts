/**
 * Class breaks for choropleths of counts (Desa Devisa per province or regency). Counts are small
 * whole numbers with many zeros, so: zero is always its own class ("none in our data"); when
 * there are few distinct non-zero counts, each gets its own class; otherwise classes are cut at
 * quantiles of the non-zero counts, so each class holds some areas.
 */
import { formatNumber } from '../format/index.ts';
import { type Lang } from '../lang.ts';

/** One class: every whole count from `min` to `max`. */
export interface CountClass {
	min: number;
	max: number;
}

/** Classes of non-zero counts, ascending; empty when every count is zero. */
export interface CountBreaks {
	classes: CountClass[];
}

/**
 * Classes for `counts` (non-negative integers), at most `maxClasses` (default 5) besides zero.
 * Throws on a negative or fractional count.
 */
export function countBreaks(counts: readonly number[], maxClasses = 5): CountBreaks {
	for (const c of counts) {
		if (!Number.isInteger(c) || c < 0) throw new Error(`count ${c} is not a whole number ≥ 0`);
	}
	if (maxClasses < 1) throw new Error('maxClasses must be at least 1');
	const values = counts.filter((c) => c > 0).sort((a, b) => a - b);
	const distinct = [...new Set(values)];
	if (distinct.length === 0) return { classes: [] };
	if (distinct.length <= maxClasses) return { classes: distinct.map((v) => ({ min: v, max: v })) };
	const uppers: number[] = [];
	for (let i = 1; i < maxClasses; i++) {
		const q = values[Math.ceil((i / maxClasses) * values.length) - 1] as number;
		if (!uppers.includes(q)) uppers.push(q);
	}
	const max = values.at(-1) as number;
	if (uppers.at(-1) === max) uppers.pop();
	uppers.push(max);
	const classes: CountClass[] = [];
	let lo = values[0] as number;
	for (const hi of uppers) {
		classes.push({ min: lo, max: hi });
		lo = hi + 1;
	}
	return { classes };
}

/** The class of a count: 0 for zero, else 1…n (the class index + 1). Throws outside the classes. */
export function classOf(count: number, breaks: CountBreaks): number {
	if (count === 0) return 0;
	const i = breaks.classes.findIndex((c) => count >= c.min && count <= c.max);
	if (i < 0) throw new Error(`count ${count} falls in no class`);
	return i + 1;
}

/**
 * The `--seq-N` step (1–5) for class `k` of `n`, spread over the palette so two classes are
 * never adjacent shades when there is room: n = 3 → 1, 3, 5. Class 0 (zero) is step 0.
 */
export function seqStep(k: number, n: number): number {
	if (k === 0) return 0;
	if (n <= 1) return 3;
	return Math.round(1 + ((k - 1) * 4) / (n - 1));
}

/** A legend label for a class: `5`, `2–4` (en dash) in the language's digits. */
export function classLabel(c: CountClass, lang: Lang): string {
	const a = formatNumber(c.min, lang);
	return c.min === c.max ? a : `${a}–${formatNumber(c.max, lang)}`;
}
