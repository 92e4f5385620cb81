/**
 * Reading a story's MDX without running it: the frontmatter text, every JSX element with its
 * literal props and position, ESM lines, links and images. Used by the MDX lint (located errors),
 * the story pages (sources cited, reading time) and the embed pages (every chart in every story).
 *
 * Parsing is done by satteri (the MDX parser Astro itself uses), so what this module sees is what
 * the build compiles.
 */
import { mdxToMdast } from 'satteri';
import { lineLocator } from '../data/declaration.ts';
import type { Said } from '../messages/index.ts';
import { parseLiteral, type Literal } from './literal.ts';

/** 1-based line and column in the MDX file. */
export interface SourcePoint {
	line: number;
	col: number;
}

/** One attribute of a JSX element. */
export interface JsxAttribute {
	name: string;
	/** The literal value: a string for `a="x"`, `true` for a bare `a`, parsed data for `a={…}`. */
	value?: Literal;
	/** The expression text for `a={…}`, kept for messages. */
	expression?: string;
	/** Why `a={…}` is not a literal, when it is not. */
	error?: Said;
	/** True for a spread `{...props}`, which is never allowed in stories. */
	spread?: boolean;
	/** Where the attribute starts in the file (its name, or the `{` of a spread). */
	at?: SourcePoint;
	/** Where its value starts (the opening quote or brace) and the value as written. */
	valueAt?: SourcePoint & { text: string };
}

/** One JSX element (a component or an HTML tag) in the body. */
export interface JsxUsage extends SourcePoint {
	name: string;
	attributes: JsxAttribute[];
	/** Flow (block) or text (inline) element. */
	kind: 'flow' | 'text';
	/** Literal props by name (attributes that parsed as literals). */
	props: Record<string, Literal>;
	/** The name of the nearest element it is written inside, when it is inside one. */
	parent?: string;
}

/** A Markdown link or image, inline (`[t](url)`), autolinked or by reference (`[t][ref]`). */
export interface LinkUsage extends SourcePoint {
	kind: 'link' | 'image';
	/** The URL as the page will have it: for a reference, its definition's URL. */
	url: string;
	alt?: string;
	/** For `[t][ref]` and `![alt][ref]`: the label of the definition it resolves to. */
	reference?: string;
}

/** What {@link parseMdx} found. */
export interface ParsedMdx {
	/** YAML text of the frontmatter and the line its first key is on (0 when absent). */
	frontmatter?: { text: string; line: number };
	/** `import`/`export` blocks. */
	esm: (SourcePoint & { value: string })[];
	/** `{…}` expressions in the body (not attributes). */
	expressions: (SourcePoint & { value: string })[];
	jsx: JsxUsage[];
	/**
	 * Every link and image the page will show, with references resolved to their definitions'
	 * URLs; definitions nothing refers to are listed too (at the definition), so no URL in the
	 * file goes unseen.
	 */
	links: LinkUsage[];
	/** Headings: depth, text and position. */
	headings: (SourcePoint & { depth: number; text: string })[];
	/** The body as plain text (for reading time and summaries). */
	text: string;
	/**
	 * Every Markdown text node of the body (paragraphs, headings, lists, tables, emphasis, link
	 * text; not code, frontmatter, expressions or component props), with its position and its
	 * 0-based start and end offsets in the source. Used by the prose-number check.
	 */
	prose: ProseText[];
	/** A syntax error that stopped parsing. */
	error?: SourcePoint & { message: string; /** The text of the line it is on. */ text: string };
}

/** A text node of the body: its text as parsed, where it starts, and its span in the source. */
export interface ProseText extends SourcePoint {
	value: string;
	/** 0-based offset of its first character in the source. */
	start: number;
	/** 0-based offset just after its last character in the source. */
	end: number;
}

interface MdNode {
	type: string;
	position?: {
		start: { line: number; column: number; offset?: number };
		end?: { offset?: number };
	};
	children?: MdNode[];
	value?: unknown;
	name?: string | null;
	url?: string;
	alt?: string | null;
	identifier?: string;
	label?: string | null;
	depth?: number;
	attributes?: {
		type: string;
		name?: string;
		value?: string | null | { type: string; value: string };
	}[];
}

const at = (node: MdNode): SourcePoint => ({
	line: node.position?.start.line ?? 0,
	col: node.position?.start.column ?? 0,
});

function textOf(node: MdNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
	return (node.children ?? []).map(textOf).join('');
}

/** The offset just after a balanced `{…}` starting at `i`, strings and comments skipped. */
function skipBraces(source: string, i: number): number {
	let depth = 0;
	while (i < source.length) {
		const c = source[i];
		if (c === '"' || c === "'" || c === '`') {
			const end = source.indexOf(c, i + 1);
			i = end < 0 ? source.length : end + 1;
			continue;
		}
		if (source.startsWith('/*', i)) {
			const end = source.indexOf('*/', i + 2);
			i = end < 0 ? source.length : end + 2;
			continue;
		}
		if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return i + 1;
		i++;
	}
	return i;
}

/**
 * The attributes of the opening tag at `start` as written: where each starts and, when it has
 * one, where its value starts and its text. The parser gives elements a position but not their
 * attributes; this reads them from the source so a problem can point at the token at fault.
 */
function attributeSpans(
	source: string,
	start: number,
): { start: number; value?: { start: number; end: number } }[] {
	const out: { start: number; value?: { start: number; end: number } }[] = [];
	let i = start + 1;
	while (i < source.length && /[\w.:-]/.test(source[i] as string)) i++;
	for (;;) {
		while (i < source.length && /\s/.test(source[i] as string)) i++;
		const c = source[i];
		if (c === undefined || c === '>' || c === '/') return out;
		if (c === '{') {
			const end = skipBraces(source, i);
			out.push({ start: i, value: { start: i, end } });
			i = end;
			continue;
		}
		const nameStart = i;
		while (i < source.length && !/[\s=/>{]/.test(source[i] as string)) i++;
		if (i === nameStart) return out;
		let j = i;
		while (j < source.length && /\s/.test(source[j] as string)) j++;
		if (source[j] !== '=') {
			out.push({ start: nameStart });
			continue;
		}
		j++;
		while (j < source.length && /\s/.test(source[j] as string)) j++;
		const q = source[j];
		const end =
			q === '"' || q === "'"
				? source.indexOf(q, j + 1) + 1 || source.length
				: q === '{'
					? skipBraces(source, j)
					: j;
		out.push({ start: nameStart, value: { start: j, end } });
		i = end;
	}
}

/** Parse MDX source. Never throws: a syntax error is returned in `error`. */
export function parseMdx(source: string): ParsedMdx {
	const out: ParsedMdx = {
		esm: [],
		expressions: [],
		jsx: [],
		links: [],
		headings: [],
		text: '',
		prose: [],
	};
	let tree: MdNode;
	try {
		tree = mdxToMdast(source) as unknown as MdNode;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const m = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)$/s.exec(message);
		const line = m ? Number(m[1]) : 1;
		out.error = {
			line,
			col: m ? Number(m[2]) : 1,
			message: (m ? (m[3] ?? message) : message).trim(),
			text: source.split('\n')[line - 1] ?? '',
		};
		return out;
	}
	const point = lineLocator(source);
	const texts: string[] = [];
	const definitions = new Map<string, SourcePoint & { url: string; label: string }>();
	const references: (LinkUsage & { identifier: string })[] = [];
	const open: string[] = [];
	const walk = (node: MdNode) => {
		switch (node.type) {
			case 'yaml':
				out.frontmatter = { text: String(node.value ?? ''), line: at(node).line + 1 };
				return;
			case 'mdxjsEsm':
				out.esm.push({ ...at(node), value: String(node.value ?? '') });
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				out.expressions.push({ ...at(node), value: String(node.value ?? '') });
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const attributes: JsxAttribute[] = (node.attributes ?? []).map((a) => {
					if (a.type === 'mdxJsxExpressionAttribute') {
						return { name: '', spread: true, expression: String(a.value ?? '') };
					}
					const name = a.name ?? '';
					if (a.value === null || a.value === undefined) return { name, value: true };
					if (typeof a.value === 'string') return { name, value: a.value };
					const expression = a.value.value;
					const parsed = parseLiteral(expression);
					return parsed.ok
						? { name, value: parsed.value, expression }
						: { name, expression, error: parsed.message };
				});
				const props: Record<string, Literal> = {};
				for (const a of attributes) if (a.value !== undefined) props[a.name] = a.value;
				const offset = node.position?.start.offset;
				const spans = offset === undefined ? [] : attributeSpans(source, offset);
				if (spans.length === attributes.length) {
					spans.forEach((span, k) => {
						const a = attributes[k];
						if (!a) return;
						a.at = point(span.start);
						if (span.value) {
							a.valueAt = {
								...point(span.value.start),
								text: source.slice(span.value.start, span.value.end),
							};
						}
					});
				}
				const parent = open.at(-1);
				out.jsx.push({
					...at(node),
					name: node.name ?? '',
					attributes,
					kind: node.type === 'mdxJsxFlowElement' ? 'flow' : 'text',
					props,
					...(parent === undefined ? {} : { parent }),
				});
				open.push(node.name ?? '');
				for (const child of node.children ?? []) walk(child);
				open.pop();
				return;
			}
			case 'link':
				out.links.push({ ...at(node), kind: 'link', url: node.url ?? '' });
				break;
			case 'image':
				out.links.push({ ...at(node), kind: 'image', url: node.url ?? '', alt: node.alt ?? '' });
				break;
			case 'definition': {
				const identifier = node.identifier ?? '';
				// The first definition of a label wins (CommonMark).
				if (!definitions.has(identifier)) {
					definitions.set(identifier, {
						...at(node),
						url: node.url ?? '',
						label: node.label ?? identifier,
					});
				}
				break;
			}
			case 'linkReference':
			case 'imageReference':
				references.push({
					...at(node),
					kind: node.type === 'imageReference' ? 'image' : 'link',
					url: '',
					identifier: node.identifier ?? '',
					reference: node.label ?? node.identifier ?? '',
					...(node.type === 'imageReference' ? { alt: node.alt ?? '' } : {}),
				});
				break;
			case 'heading':
				out.headings.push({ ...at(node), depth: node.depth ?? 1, text: textOf(node) });
				break;
			case 'text':
				texts.push(String(node.value ?? ''));
				out.prose.push({
					...at(node),
					value: String(node.value ?? ''),
					start: node.position?.start.offset ?? 0,
					end: node.position?.end?.offset ?? 0,
				});
				break;
		}
		for (const child of node.children ?? []) walk(child);
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem') {
			texts.push('\n');
		}
	};
	walk(tree);
	const used = new Set<string>();
	for (const { identifier, ...ref } of references) {
		const def = definitions.get(identifier);
		if (!def) continue; // an undefined reference is printed as the text it is
		used.add(identifier);
		out.links.push({ ...ref, url: def.url });
	}
	for (const [identifier, def] of definitions) {
		if (used.has(identifier)) continue;
		out.links.push({
			line: def.line,
			col: def.col,
			kind: 'link',
			url: def.url,
			reference: def.label,
		});
	}
	out.links.sort((a, b) => a.line - b.line || a.col - b.col);
	out.text = texts
		.join('')
		.replace(/[ \t]+/g, ' ')
		.replace(/\n\s*/g, '\n')
		.trim();
	return out;
}

/**
 * True when an MDX expression `{…}` holds nothing but comments and white space (`{/* note *\/}`),
 * which MDX drops. `{/* a *\/ code() /* b *\/}` is not a comment: it has code between them.
 */
export function isOnlyComments(expression: string): boolean {
	let i = 0;
	while (i < expression.length) {
		if (/\s/.test(expression[i] as string)) i++;
		else if (expression.startsWith('/*', i)) {
			const end = expression.indexOf('*/', i + 2);
			if (end < 0) return false;
			i = end + 2;
		} else if (expression.startsWith('//', i)) {
			const end = expression.indexOf('\n', i);
			i = end < 0 ? expression.length : end + 1;
		} else return false;
	}
	return true;
}

/** Every usage of the components named in `names`, in document order. */
export function usagesOf(parsed: ParsedMdx, names: Iterable<string>): JsxUsage[] {
	const wanted = new Set(names);
	return parsed.jsx.filter((u) => wanted.has(u.name));
}
