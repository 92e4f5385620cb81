/**
 * Strong words carry a source: a sentence of a story's text that ranks, counts a first or an
 * only, or says something doubled — `terbanyak`, `terbesar`, `pertama`, `satu-satunya`,
 * `dua kali lipat`; `the most`, `largest`, `first`, `the only`, `doubled` — or explains data with `karena` /
 * `because` (a sentence that shows a figure with `<Value>`, `<Fact>` or `<Count>`), must carry a
 * `<Cite>` in the same sentence, or the lint warns (`strong-word`) at the word.
 *
 * A sentence runs from the end of the previous one (`.`, `!` or `?` before a space, a blank line,
 * a table cell border) to its own end, with the `<Cite>`s written right after its full stop.
 * Headings are not checked: a heading's claim is sourced in the text below it. An enumeration
 * (`Pertama, …`) and the first part of a period (`sembilan bulan pertama`) are not claims.
 */
import type { Problem } from '../data/problems.ts';
import { problemText } from '../messages/index.ts';
import type { ParsedMdx } from '../mdx/extract.ts';

/** Ranking, first/only and doubling words, Indonesian and English, as whole words. */
const STRONG =
	/(?<![\p{L}\p{N}-])(terbanyak|terbesar|terluas|tertinggi|terendah|terkecil|pertama|satu-satunya|dua kali lipat|the most|largest|biggest|highest|lowest|smallest|first|the only|only one|doubled|twice as)(?![\p{L}\p{N}-])/giu;
/**
 * Not a claim: an enumeration (`Pertama, …`, `First, …` at a sentence's start) and the first
 * part of a period (`sembilan bulan pertama`, `the first nine months`, `first half`).
 */
const ENUMERATION = /^[ \t]*(?:\{\/\*.*?\*\/\}[ \t]*)?$/;
const PERIOD_BEFORE = /(?:bulan|tahun|hari|minggu|pekan|triwulan|kuartal|semester|paruh)\s+$/i;
const PERIOD_AFTER = /^\s+(?:half|quarter|(?:\p{L}+\s+)?(?:months?|weeks?|days?|years?))\b/iu;
/** Causal words, strong only in a sentence that shows a figure. */
const CAUSAL = /(?<![\p{L}\p{N}-])(karena|because)(?![\p{L}\p{N}-])/giu;
const FIGURE = /<(Value|Fact|Count)\b/;
/** The end of a sentence: a terminator (and a closing quote or bracket) before a space, a tag or the end; a blank line; a table cell border. */
const END = /[.!?]["'”’)\]]*(?=\s|$|<)|\n[ \t]*\n|\|/g;
/** `<Cite …/>` tags written right after a sentence's end. */
const CITES_AFTER = /^(?:[ \t]?<Cite\b[^>]*\/>)+/;

/** 1-based line and column of an offset. */
function position(source: string, offset: number): { line: number; col: number } {
	const before = source.slice(0, offset);
	const line = before.split('\n').length;
	return { line, col: offset - before.lastIndexOf('\n') };
}

/** The span of the sentence around `offset` in `source`, `<Cite>`s after its full stop included. */
export function sentenceAt(source: string, offset: number): { start: number; end: number } {
	let start = 0;
	let end = source.length;
	for (const m of source.matchAll(END)) {
		const at = m.index ?? 0;
		const after = at + m[0].length;
		if (after <= offset) {
			const cites = CITES_AFTER.exec(source.slice(after));
			start = after + (cites?.[0].length ?? 0);
		} else if (at >= offset) {
			end = after + (CITES_AFTER.exec(source.slice(after))?.[0].length ?? 0);
			break;
		}
	}
	return { start, end };
}

/**
 * `strong-word` warnings for the body of a story: each strong word in its text (not headings,
 * components, code or comments) whose sentence carries no `<Cite>`, at the word's line and column.
 */
export function strongWordProblems(parsed: ParsedMdx, source: string, file: string): Problem[] {
	const headings = new Set(parsed.headings.map((h) => h.line));
	const problems: Problem[] = [];
	const seen = new Set<number>();
	const report = (offset: number, word: string) => {
		const sentence = sentenceAt(source, offset);
		if (seen.has(sentence.start)) return;
		const text = source.slice(sentence.start, sentence.end);
		if (/<Cite\b/.test(text)) return;
		seen.add(sentence.start);
		problems.push({
			file,
			...position(source, offset),
			severity: 'warning',
			...problemText('strong-word', { word }),
			value: word,
		});
	};
	for (const node of parsed.prose) {
		if (headings.has(node.line)) continue;
		const span = source.slice(node.start, node.end);
		for (const m of span.matchAll(STRONG)) {
			const offset = node.start + (m.index ?? 0);
			const after = source.slice(offset + m[0].length, offset + m[0].length + 30);
			const before = source.slice(Math.max(0, offset - 30), offset);
			const opening = source.slice(sentenceAt(source, offset).start, offset);
			if (after.startsWith(',') && ENUMERATION.test(opening)) continue;
			if (PERIOD_BEFORE.test(before) || PERIOD_AFTER.test(after)) continue;
			report(offset, m[0]);
		}
		for (const m of span.matchAll(CAUSAL)) {
			const offset = node.start + (m.index ?? 0);
			const sentence = sentenceAt(source, offset);
			if (FIGURE.test(source.slice(sentence.start, sentence.end))) report(offset, m[0]);
		}
	}
	return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}
