/**
 * The MDX lint: a story may use only our components, with literal props that name real datasets,
 * columns and rows; no raw `<script>`, `<iframe>` or `<style>`, no event-handler attributes, no
 * `javascript:` URLs, no imports from outside src/components, no exports and no code expressions.
 * Every problem is located at its line and column in the MDX file.
 *
 * MDX is code (an MDX file can run anything at build time), so this lint, review and the
 * site's Content-Security-Policy are what bound a story's power.
 */
import type { Value } from '../data/cast.ts';
import { didYouMean, type Problem } from '../data/problems.ts';
import { filterRows } from '../data/rows.ts';
import { memoOf } from '../data/reads.ts';
import type { CheckedDataset } from '../data/validate.ts';
import {
	problemText,
	say,
	type ProblemCode,
	type ProblemWords,
	type Said,
} from '../messages/index.ts';
import {
	isOnlyComments,
	type JsxAttribute,
	type JsxUsage,
	type ParsedMdx,
	type SourcePoint,
} from '../mdx/extract.ts';
import type { Literal } from '../mdx/literal.ts';
import type { ComponentSpec, PropSpec } from '../mdx/specs.ts';

/**
 * Lowercase HTML elements a story may write inline, each with the only attributes it may carry
 * (literal text). Everything else is refused: `id`, `class`, `popover`, `hidden`, `data-*` and
 * the like would let a story hide text from readers (but not from search) or restyle the page.
 */
export const ALLOWED_HTML: ReadonlyMap<string, ReadonlySet<string>> = new Map(
	(
		[
			['abbr', ['title']],
			['b', []],
			['br', []],
			['cite', []],
			['del', ['datetime']],
			['em', []],
			['i', []],
			['ins', ['datetime']],
			['kbd', []],
			['mark', []],
			['q', []],
			['s', []],
			['small', []],
			['strong', []],
			['sub', []],
			['sup', []],
			['time', ['datetime']],
			['u', []],
			['wbr', []],
		] as const
	).map(([tag, attributes]) => [tag, new Set<string>(attributes)]),
);

const DANGEROUS = new Set([
	'script',
	'iframe',
	'style',
	'object',
	'embed',
	'frame',
	'frameset',
	'link',
	'meta',
	'base',
	'form',
	'input',
	'button',
	'textarea',
	'select',
	'svg',
	'math',
	'template',
]);

const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'poster',
	'data',
]);

/** Longest text of one prop (a chart title, a caption, a label), in characters. */
export const TEXT_PROP_LIMIT = 300;
/** Longest text of any other literal (a note, an attribute of an inline tag), in characters. */
export const LITERAL_TEXT_LIMIT = 1000;
/** Longest heading in a story body, in characters. */
export const HEADING_LIMIT = 200;

/** True for a URL whose scheme can run code or smuggle content: javascript:, vbscript:, data:. */
export function isUnsafeUrl(url: string): boolean {
	// Browsers ignore control characters and whitespace inside the scheme.
	const scheme = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	return /^(javascript|vbscript|data):/.test(scheme);
}

/**
 * True for a URL a story may link to: a path or fragment on the site (`/data/`, `#sumber`,
 * `../x/`), or an `https:`, `http:`, `mailto:` or `tel:` address. Any other scheme (`file:`,
 * `javascript:`, `intent:`…) is refused, however it is spelled.
 */
export function isAllowedUrl(url: string): boolean {
	if (isUnsafeUrl(url)) return false;
	const clean = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(clean)?.[1];
	return scheme === undefined || /^(https?|mailto|tel)$/i.test(scheme);
}

/** The point `prefix.length` characters after `from` (which is where `prefix` starts). */
export function advance(from: SourcePoint, prefix: string): SourcePoint {
	const lines = prefix.split('\n');
	return lines.length === 1
		? { line: from.line, col: from.col + prefix.length }
		: { line: from.line + lines.length - 1, col: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where an attribute's value is written: the text inside its quotes, or its `{`; with `needle`,
 * the first place the value's source contains it (a misspelt column inside `columns={[…]}`, a
 * value inside `where={{ … }}`). Falls back to the attribute's name, then to the element.
 */
export function valuePoint(
	usage: SourcePoint & { attributes: readonly JsxAttribute[] },
	a: JsxAttribute | undefined,
	needles: readonly string[] = [],
): SourcePoint {
	const v = a?.valueAt;
	if (!v) return a?.at ?? { line: usage.line, col: usage.col };
	for (const needle of needles) {
		const i = needle ? v.text.indexOf(needle) : -1;
		// A quoted needle points inside its quotes, at the text itself.
		const skip = /^["']/.test(needle) ? 1 : 0;
		if (i >= 0) return advance(v, v.text.slice(0, i + skip));
	}
	return v.text.startsWith('"') || v.text.startsWith("'") ? advance(v, v.text[0] ?? '') : v;
}

/** How a value may be written inside an expression: `"x"`, `'x'`, or bare for numbers. */
const written = (value: string): string[] => [`"${value}"`, `'${value}'`, value];

/**
 * The problems that would let a story run code at build time: any `import`/`export`, any `{…}`
 * that is more than a comment, any attribute of any element or component that is not a literal,
 * and spread attributes. The lint reports them with the rest; the story guard
 * (src/integrations/story-guard.ts) refuses to compile a story that has any, whatever else
 * happened before, so nothing a story writes is ever evaluated.
 */
export function codeProblems(parsed: ParsedMdx, file: string): Problem[] {
	const problems: Problem[] = [];
	const base = { file, severity: 'error' as const };
	for (const esm of parsed.esm) {
		const s = esm.value.trim();
		const exporting = /^export\b/.test(s);
		problems.push({
			...base,
			line: esm.line,
			col: esm.col,
			...problemText(exporting ? 'mdx-forbidden-export' : 'mdx-forbidden-import'),
			value: s.slice(0, 80),
		});
	}
	for (const e of parsed.expressions) {
		if (isOnlyComments(e.value)) continue; // {/* a comment */}
		problems.push({
			...base,
			line: e.line,
			col: e.col,
			...problemText('mdx-forbidden-expression'),
			value: `{${e.value.slice(0, 60)}}`,
		});
	}
	for (const usage of parsed.jsx) {
		for (const a of usage.attributes) {
			const at = { ...base, ...(a.at ?? { line: usage.line, col: usage.col }) };
			if (a.spread) {
				problems.push({
					...at,
					...problemText('mdx-forbidden-attribute/spread'),
					subject: usage.name || '<>',
					value: `{${(a.expression ?? '').slice(0, 60)}}`,
				});
			} else if (a.error) {
				problems.push({
					...at,
					...valuePoint(usage, a),
					...problemText('mdx-prop-not-literal', {
						attribute: a.name,
						expression: (a.expression ?? '').slice(0, 60),
						detail: a.error,
					}),
					subject: `${usage.name || '<>'}.${a.name}`,
					value: (a.expression ?? '').slice(0, 80),
				});
			}
		}
	}
	return problems;
}

/** Strings inside a literal (nested lists and objects included). */
function stringsOf(v: Literal | undefined): string[] {
	if (typeof v === 'string') return [v];
	if (Array.isArray(v)) return v.flatMap(stringsOf);
	if (v && typeof v === 'object') return Object.values(v).flatMap(stringsOf);
	return [];
}

/** What the lint checks against. */
export interface LintContext {
	datasets: ReadonlyMap<string, CheckedDataset>;
	specs: ReadonlyMap<string, ComponentSpec>;
}

type Fields = CheckedDataset['declaration']['schema']['fields'];

const NUMERIC = new Set(['number', 'integer']);
const asList = (v: Literal | undefined): Literal[] =>
	Array.isArray(v) ? v : v === undefined ? [] : [v];

function describe(v: Literal | undefined): string {
	return v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
}

/** Where the component checks' results are kept ({@link memoOf}). */
const CHECKS = 'component-checks';

function checkProps(
	usage: JsxUsage,
	spec: ComponentSpec,
	ctx: LintContext,
	at: Pick<Problem, 'file' | 'severity' | 'line' | 'col'>,
): Problem[] {
	const problems: Problem[] = [];
	const attribute = (prop: string | undefined) =>
		prop === undefined ? undefined : usage.attributes.find((a) => a.name === prop);
	/**
	 * One problem with `prop`, located at its value (at `needles` inside it, when found), with
	 * defaults so every prop problem says what was expected and how to write it.
	 */
	const problem = (
		prop: string | undefined,
		words: ProblemWords<ProblemCode>,
		extra: Partial<Problem> = {},
		needles: readonly string[] = [],
	) =>
		problems.push({
			...at,
			...(prop === undefined ? {} : valuePoint(usage, attribute(prop), needles)),
			subject: prop ? `${spec.name}.${prop}` : spec.name,
			expected:
				(prop && spec.props[prop]?.description) ||
				say('prop.default-expected', { name: spec.name }),
			hint: say('example', { example: spec.example }),
			...words,
			...extra,
		});
	const names = Object.keys(spec.props);
	for (const a of usage.attributes) {
		if (a.spread) continue; // reported as a forbidden attribute
		if (!spec.props[a.name]) {
			const guess = didYouMean(a.name, names);
			problem(a.name, problemText('mdx-unknown-prop', { name: spec.name, prop: a.name }), {
				...(a.at ?? {}),
				value: a.name,
				expected: names.join(', '),
				...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
			});
		}
	}
	for (const [name, p] of Object.entries(spec.props)) {
		if (p.required && !usage.attributes.some((a) => a.name === name)) {
			problem(
				undefined,
				problemText('mdx-missing-prop', {
					name: spec.name,
					prop: name,
					description: p.description,
				}),
				{ subject: `${spec.name}.${name}`, value: '' },
			);
		}
	}
	if (problems.length) return problems;

	const props = usage.props;
	const dsId = typeof props.dataset === 'string' ? props.dataset : undefined;
	const ds = dsId ? ctx.datasets.get(dsId) : undefined;
	const fields: Fields = ds?.declaration.schema.fields ?? [];
	const fieldNames = fields.map((f) => f.name);
	const datasetRows = (id: string, key: string) =>
		(ctx.datasets.get(id)?.rows ?? []).map((r) => String(r[key]));

	const checkColumn = (
		prop: string,
		column: Literal,
		kind: PropSpec['kind'],
		needles: readonly string[] = written(String(column)),
	) => {
		if (!ds) return;
		if (typeof column !== 'string') {
			problem(prop, problemText('mdx-invalid-prop/column', { prop }), { value: describe(column) });
			return;
		}
		const dataset = dsId ?? '';
		const field = fields.find((f) => f.name === column);
		if (!field) {
			const guess = didYouMean(column, fieldNames);
			problem(
				prop,
				problemText('chart-unknown-column', { column, dataset }),
				{
					value: column,
					expected: say('prop.columns', { list: fieldNames.join(', ') }),
					...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
				},
				needles,
			);
			return;
		}
		if ((kind === 'numeric-column' || kind === 'numeric-columns') && !NUMERIC.has(field.type)) {
			const numeric = fields.filter((f) => NUMERIC.has(f.type)).map((f) => f.name);
			problem(
				prop,
				problemText('chart-column-type', { column, dataset, type: field.type }),
				{
					value: column,
					expected: numeric.length
						? say('prop.numeric-columns', { list: numeric.join(', ') })
						: say('prop.numeric-column'),
				},
				needles,
			);
		}
	};

	for (const [name, p] of Object.entries(spec.props)) {
		const v = props[name];
		if (v === undefined) continue;
		switch (p.kind) {
			case 'text': {
				if (p.list ? !asList(v).every((x) => typeof x === 'string') : typeof v !== 'string') {
					problem(
						name,
						problemText(p.list ? 'mdx-invalid-prop/text-list' : 'mdx-invalid-prop/text', {
							prop: name,
						}),
						{ value: describe(v) },
					);
					break;
				}
				const limit = p.maxLength ?? TEXT_PROP_LIMIT;
				const long = asList(v).find((x) => typeof x === 'string' && x.length > limit);
				if (typeof long === 'string') {
					problem(
						name,
						problemText('mdx-too-long/prop', { what: name, length: long.length, limit }),
						{ value: `${long.slice(0, 60)}…` },
					);
				}
				break;
			}
			case 'number':
				if (typeof v !== 'number')
					problem(name, problemText('mdx-invalid-prop/number', { prop: name }), {
						value: describe(v),
					});
				break;
			case 'boolean':
				if (typeof v !== 'boolean')
					problem(name, problemText('mdx-invalid-prop/boolean', { prop: name }), {
						value: describe(v),
					});
				break;
			case 'id':
				if (typeof v !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)) {
					problem(name, problemText('mdx-invalid-prop/id', { prop: name }), {
						value: describe(v),
					});
				}
				break;
			case 'enum':
				for (const x of p.list ? asList(v) : [v]) {
					if (typeof x !== 'string' || !(p.values ?? []).includes(x)) {
						const guess = typeof x === 'string' ? didYouMean(x, p.values ?? []) : undefined;
						problem(
							name,
							problemText('mdx-invalid-prop/enum', {
								prop: name,
								values: (p.values ?? []).join(', '),
							}),
							{
								value: describe(x),
								...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
							},
							written(describe(x)),
						);
					}
				}
				break;
			case 'dataset':
				if (typeof v !== 'string' || !ctx.datasets.has(v)) {
					const guess = typeof v === 'string' ? didYouMean(v, ctx.datasets.keys()) : undefined;
					problem(name, problemText('mdx-unknown-dataset', { dataset: describe(v) }), {
						value: describe(v),
						expected: [...ctx.datasets.keys()].join(', '),
						...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
					});
				}
				break;
			case 'column':
			case 'numeric-column':
			case 'x-column':
				checkColumn(name, v, p.kind);
				break;
			case 'columns':
			case 'numeric-columns':
				for (const c of asList(v)) checkColumn(name, c, p.kind);
				break;
			case 'where': {
				if (!ds) break;
				if (typeof v !== 'object' || v === null || Array.isArray(v)) {
					problem(name, problemText('mdx-invalid-prop/where', { prop: name }), {
						value: describe(v),
					});
					break;
				}
				for (const [column, wanted] of Object.entries(v)) {
					if (!fieldNames.includes(column)) {
						checkColumn(name, column, 'column', [...written(column)]);
						continue;
					}
					const present = [...new Set(ds.rows.map((r) => String(r[column] as Value)))];
					for (const w of asList(wanted)) {
						if (!present.includes(String(w))) {
							const guess = didYouMean(String(w), present);
							problem(
								name,
								problemText('mdx-where-no-match', {
									dataset: dsId ?? '',
									column,
									value: describe(w),
								}),
								{
									value: describe(w),
									expected: say('prop.where-values', {
										list: `${present.slice(0, 12).join(', ')}${present.length > 12 ? ', …' : ''}`,
									}),
									...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
								},
								written(describe(w)),
							);
						}
					}
				}
				break;
			}
			case 'figure':
			case 'source':
			case 'region':
			case 'commodity': {
				const [id, keys, what]: [string, string[], Said] =
					p.kind === 'figure'
						? ['figures', ['id'], say('reference.figure')]
						: p.kind === 'source'
							? ['sources', ['id'], say('reference.source')]
							: p.kind === 'region'
								? ['regions', ['code', 'slug'], say('reference.region-code')]
								: ['commodities', ['key'], say('reference.commodity')];
				const known = keys.flatMap((k) => datasetRows(id, k));
				for (const x of p.list ? asList(v) : [v]) {
					if (typeof x !== 'string' || !known.includes(x)) {
						const guess = typeof x === 'string' ? didYouMean(x, known) : undefined;
						problem(
							name,
							problemText('mdx-unknown-reference', { value: describe(x), what }),
							{
								value: describe(x),
								expected: what,
								...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
							},
							written(describe(x)),
						);
					}
				}
				break;
			}
			case 'literal':
				break;
		}
	}
	if (problems.length === 0 && spec.check) {
		const check = spec.check;
		// Kept by spec and props while the datasets it read are the same: in `npm run dev`, after
		// a CSV is saved, only the charts and maps drawn from it are resolved and modelled again.
		const memo = memoOf<CheckedDataset, ReturnType<typeof check>>(CHECKS, spec);
		const details = memo.get(JSON.stringify(props), ctx.datasets, (datasets) => {
			const own = dsId ? datasets.get(dsId) : undefined;
			return check(props, { datasets, rows: own ? filterRows(own.rows, props.where) : [] });
		});
		for (const detail of details) {
			problem(undefined, problemText('mdx-invalid-prop/check', { detail }), {
				value: usage.attributes
					.map((a) => `${a.name}=${a.expression ?? JSON.stringify(a.value)}`)
					.join(' '),
			});
		}
	}
	return problems;
}

/**
 * Lint a parsed story body. `file` is the repo-relative path used in locations. Codes: the
 * {@link codeProblems} codes (`mdx-forbidden-import`, `mdx-forbidden-export`,
 * `mdx-forbidden-expression`, `mdx-prop-not-literal`, spread `mdx-forbidden-attribute`), and
 * `mdx-syntax`, `mdx-forbidden-element`, `mdx-forbidden-attribute`, `mdx-unsafe-url`,
 * `mdx-unknown-component`, `mdx-unknown-prop`, `mdx-missing-prop`, `mdx-invalid-prop`,
 * `mdx-too-long`, `mdx-unknown-dataset`, `chart-unknown-column`, `chart-column-type`,
 * `mdx-where-no-match`, `mdx-unknown-reference`, `mdx-image-alt`, `mdx-external-image`,
 * `mdx-inline-position`, `mdx-block-position`, `mdx-nesting`.
 */
export function lintBody(parsed: ParsedMdx, file: string, ctx: LintContext): Problem[] {
	const base = { file, severity: 'error' as const };
	if (parsed.error) {
		return [
			{
				...base,
				line: parsed.error.line,
				col: parsed.error.col,
				...problemText('mdx-syntax', { detail: parsed.error.message }),
				value: parsed.error.text.trim().slice(0, 80),
			},
		];
	}
	const problems = codeProblems(parsed, file);
	for (const usage of parsed.jsx) {
		const at = { ...base, line: usage.line, col: usage.col };
		const name = usage.name;
		// Code-level problems of this element are reported above; checking its props would only
		// repeat them.
		if (usage.attributes.some((a) => a.spread || a.error)) continue;
		for (const a of usage.attributes) {
			const attrAt = { ...at, ...(a.at ?? {}) };
			if (/^on/i.test(a.name)) {
				problems.push({
					...attrAt,
					...problemText('mdx-forbidden-attribute/handler', { attribute: a.name, name }),
					subject: `${name}.${a.name}`,
					value: a.name,
				});
			} else if (a.name === 'style' || a.name === 'dangerouslySetInnerHTML') {
				problems.push({
					...attrAt,
					...problemText('mdx-forbidden-attribute/style', { attribute: a.name, name }),
					subject: `${name}.${a.name}`,
					value: a.name,
				});
			} else if (
				URL_ATTRIBUTES.has(a.name.toLowerCase()) &&
				typeof a.value === 'string' &&
				!isAllowedUrl(a.value)
			) {
				problems.push({
					...at,
					...valuePoint(usage, a),
					...problemText('mdx-unsafe-url', { what: a.name }),
					subject: `${name}.${a.name}`,
					value: a.value,
				});
			} else {
				const long = stringsOf(a.value).find((t) => t.length > LITERAL_TEXT_LIMIT);
				if (long !== undefined) {
					problems.push({
						...at,
						...valuePoint(usage, a),
						...problemText('mdx-too-long', {
							what: a.name,
							length: long.length,
							limit: LITERAL_TEXT_LIMIT,
						}),
						subject: `${name}.${a.name}`,
						value: `${long.slice(0, 60)}…`,
					});
				}
			}
		}
		if (!name || name.includes('.') || /^[a-z]/.test(name)) {
			const allowed = ALLOWED_HTML.get(name);
			if (allowed) {
				for (const a of usage.attributes) {
					if (allowed.has(a.name) || /^on/i.test(a.name) || a.name === 'style') continue;
					problems.push({
						...at,
						...(a.at ?? {}),
						...problemText('mdx-forbidden-attribute/inline', { name, attribute: a.name }),
						subject: `${name}.${a.name}`,
						value: a.name,
						expected: allowed.size
							? say('inline.only', { list: [...allowed].map((x) => `${x}="…"`).join(', ') })
							: say('inline.none', { name }),
					});
				}
				for (const a of usage.attributes) {
					if (allowed.has(a.name) && typeof a.value !== 'string') {
						problems.push({
							...at,
							...valuePoint(usage, a),
							...problemText('mdx-invalid-prop/quoted', { attribute: a.name, name }),
							subject: `${name}.${a.name}`,
							value: JSON.stringify(a.value),
						});
					}
				}
				continue;
			}
			problems.push({
				...at,
				...problemText('mdx-forbidden-element', {
					name: name || '>',
					components: [...ctx.specs.keys()].join(', '),
					inline: [...ALLOWED_HTML.keys()].join(', '),
				}),
				subject: name || '<>',
				value: `<${name}>`,
				...(name === 'img' ? { hint: say('element.img') } : {}),
				...(name === 'a' ? { hint: say('element.a') } : {}),
			});
			continue;
		}
		const spec = ctx.specs.get(name);
		if (!spec) {
			const guess = didYouMean(name, ctx.specs.keys());
			problems.push({
				...at,
				...problemText('mdx-unknown-component', { name }),
				subject: name,
				value: `<${name}>`,
				expected: [...ctx.specs.keys()].join(', '),
				...(guess ? { hint: say('did-you-mean-tag', { guess }) } : {}),
			});
			continue;
		}
		if (spec.placement === 'inline' && usage.kind === 'flow') {
			problems.push({
				...at,
				...problemText('mdx-inline-position', { name }),
				subject: name,
				value: `<${name}>`,
			});
		} else if (spec.placement === 'block' && usage.kind === 'text') {
			problems.push({
				...at,
				...problemText('mdx-block-position', { name }),
				subject: name,
				value: `<${name}>`,
			});
		}
		const parentSpec = usage.parent === undefined ? undefined : ctx.specs.get(usage.parent);
		if (spec.inside !== undefined && usage.parent !== spec.inside) {
			problems.push({
				...at,
				...problemText('mdx-nesting/outside', { name, inside: spec.inside }),
				subject: name,
				value: usage.parent === undefined ? `<${name}>` : `<${usage.parent}> … <${name}>`,
			});
		} else if (parentSpec?.holds && !parentSpec.holds.includes(name)) {
			problems.push({
				...at,
				...problemText('mdx-nesting/holds', {
					name,
					parent: usage.parent ?? '',
					holds: parentSpec.holds.map((h) => `<${h}>`).join(', '),
				}),
				subject: name,
				value: `<${usage.parent}> … <${name}>`,
			});
		}
		problems.push(...checkProps(usage, spec, ctx, at));
	}
	for (const h of parsed.headings) {
		if (h.text.length <= HEADING_LIMIT) continue;
		problems.push({
			...base,
			line: h.line,
			col: h.col,
			...problemText('mdx-too-long/heading', { length: h.text.length, limit: HEADING_LIMIT }),
			value: `${h.text.slice(0, 60)}…`,
		});
	}
	for (const link of parsed.links) {
		const at = { ...base, line: link.line, col: link.col };
		const kind = say(link.kind === 'image' ? 'link.image' : 'link.link');
		const what = link.reference
			? say('link.reference', { what: kind, reference: link.reference })
			: kind;
		if (!isAllowedUrl(link.url)) {
			problems.push({
				...at,
				...problemText('mdx-unsafe-url', { what }),
				value: link.url.slice(0, 120),
			});
			continue;
		}
		if (link.kind === 'image') {
			if (!link.alt?.trim()) {
				problems.push({
					...at,
					...problemText('mdx-image-alt'),
					value: link.url,
				});
			}
			if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(link.url.trim())) {
				problems.push({
					...at,
					...problemText('mdx-external-image', {
						reference: link.reference
							? say('link.points-elsewhere', { reference: link.reference })
							: '',
					}),
					value: link.url,
				});
			}
		}
	}
	return problems;
}
