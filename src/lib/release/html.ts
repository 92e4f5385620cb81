/**
 * Reading built HTML the way a browser does (parse5, the WHATWG parsing algorithm), with where
 * each element is in the text, so the release pass and the feed check can find scripts, styles
 * and attributes whatever Astro's markup looks like — and never take markup inside an attribute
 * value (a village named `</script><script>…`) for an element.
 */
import { parse, parseFragment } from 'parse5';

/** Character offsets of a part of the source: `[start, end)`. */
export interface Span {
	start: number;
	end: number;
}

/** One element of a page, in document order. */
export interface HtmlElement {
	/** Lowercase tag name. */
	name: string;
	/** Attribute values by lowercase name, entities decoded. */
	attrs: Record<string, string>;
	/** Where each attribute is written (`name="value"`), by name. */
	attrSpans: Record<string, Span>;
	/** The whole element, from its start tag to its end tag (or the start tag alone). */
	span: Span;
	/** Its start tag. */
	startTag: Span;
	/** The text of a `<script>` or `<style>` element (what the browser hashes for a CSP). */
	text: string;
}

interface P5Node {
	nodeName: string;
	tagName?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: P5Node[];
	content?: P5Node;
	value?: string;
	sourceCodeLocation?: {
		startOffset: number;
		endOffset: number;
		startTag?: { startOffset: number; endOffset: number };
		attrs?: Record<string, { startOffset: number; endOffset: number }>;
	} | null;
}

function collect(node: P5Node, out: HtmlElement[]): void {
	const loc = node.sourceCodeLocation;
	// Elements the parser made up (html, head, body around a fragment) have no location.
	if (node.tagName && loc) {
		const attrs: Record<string, string> = {};
		const attrSpans: Record<string, Span> = {};
		for (const a of node.attrs ?? []) {
			attrs[a.name] = a.value;
			const at = loc.attrs?.[a.name];
			if (at) attrSpans[a.name] = { start: at.startOffset, end: at.endOffset };
		}
		out.push({
			name: node.tagName,
			attrs,
			attrSpans,
			span: { start: loc.startOffset, end: loc.endOffset },
			startTag: loc.startTag
				? { start: loc.startTag.startOffset, end: loc.startTag.endOffset }
				: { start: loc.startOffset, end: loc.endOffset },
			text:
				node.tagName === 'script' || node.tagName === 'style'
					? (node.childNodes ?? []).map((c) => c.value ?? '').join('')
					: '',
		});
	}
	for (const child of node.childNodes ?? []) collect(child, out);
	if (node.content) collect(node.content, out);
}

/** Every element of a whole page, in document order. */
export function pageElements(html: string): HtmlElement[] {
	const out: HtmlElement[] = [];
	collect(parse(html, { sourceCodeLocationInfo: true }) as unknown as P5Node, out);
	return out;
}

/** Every element of an HTML fragment (the content of a feed item), in document order. */
export function fragmentElements(html: string): HtmlElement[] {
	const out: HtmlElement[] = [];
	collect(parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as P5Node, out);
	return out;
}

/**
 * `html` with each span replaced by its text (`''` removes it). Spans must not overlap; they are
 * applied from the end, so offsets stay true.
 */
export function replaceSpans(html: string, edits: readonly (Span & { text: string })[]): string {
	let out = html;
	for (const e of [...edits].sort((a, b) => b.start - a.start)) {
		out = `${out.slice(0, e.start)}${e.text}${out.slice(e.end)}`;
	}
	return out;
}

/** An attribute value as it goes between double quotes. */
export function attrValue(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
