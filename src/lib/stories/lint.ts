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
import type { CheckedDataset } from '../data/validate.ts';
import { isOnlyComments, type JsxUsage, type ParsedMdx } from '../mdx/extract.ts';
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
			code: exporting ? 'mdx-forbidden-export' : 'mdx-forbidden-import',
			message: exporting ? 'a story may not export code' : 'a story may not import code',
			value: s.slice(0, 80),
			expected: exporting ? 'no export' : 'no import',
			hint: exporting
				? 'put data in data/ and use a component; put text in the frontmatter or the body'
				: 'story components need no import: write <LineChart … /> directly',
		});
	}
	for (const e of parsed.expressions) {
		if (isOnlyComments(e.value)) continue; // {/* a comment */}
		problems.push({
			...base,
			line: e.line,
			col: e.col,
			code: 'mdx-forbidden-expression',
			message: 'code expressions {…} are not allowed in a story',
			value: `{${e.value.slice(0, 60)}}`,
			expected: 'text, or a comment {/* … */}',
			hint: 'write the text itself; numbers come from <Fact> or <Value>; comments are {/* … */}; a literal brace is \\{',
		});
	}
	for (const usage of parsed.jsx) {
		const at = { ...base, line: usage.line, col: usage.col };
		for (const a of usage.attributes) {
			if (a.spread) {
				problems.push({
					...at,
					code: 'mdx-forbidden-attribute',
					subject: usage.name || '<>',
					message: 'spread attributes {...x} are not allowed',
					value: `{${(a.expression ?? '').slice(0, 60)}}`,
					expected: 'each prop written out: name="value"',
					hint: 'write every prop by name, with a literal value',
				});
			} else if (a.error) {
				problems.push({
					...at,
					code: 'mdx-prop-not-literal',
					subject: `${usage.name || '<>'}.${a.name}`,
					message: `${a.name}={${(a.expression ?? '').slice(0, 60)}}: ${a.error}`,
					value: (a.expression ?? '').slice(0, 80),
					expected: 'a literal: "text", {3}, {true}, {["a", "b"]} or {{ column: "value" }}',
					hint: 'write the value itself: no variables, calculations or function calls',
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

function checkProps(
	usage: JsxUsage,
	spec: ComponentSpec,
	ctx: LintContext,
	at: Omit<Problem, 'code' | 'message'>,
): Problem[] {
	const problems: Problem[] = [];
	const problem = (
		code: string,
		prop: string | undefined,
		message: string,
		extra: Partial<Problem> = {},
	) =>
		problems.push({
			...at,
			code,
			subject: prop ? `${spec.name}.${prop}` : spec.name,
			message,
			// Defaults, so every prop problem says what was expected and how to write it.
			expected: (prop && spec.props[prop]?.description) || `props ${spec.name} can show`,
			hint: `example: ${spec.example}`,
			...extra,
		});
	const names = Object.keys(spec.props);
	for (const a of usage.attributes) {
		if (a.spread) continue; // reported as a forbidden attribute
		if (!spec.props[a.name]) {
			const guess = didYouMean(a.name, names);
			problem('mdx-unknown-prop', a.name, `${spec.name} has no prop "${a.name}"`, {
				value: a.name,
				expected: names.join(', '),
				...(guess ? { hint: `did you mean "${guess}"?` } : { hint: `example: ${spec.example}` }),
			});
		}
	}
	for (const [name, p] of Object.entries(spec.props)) {
		if (p.required && !usage.attributes.some((a) => a.name === name)) {
			problem(
				'mdx-missing-prop',
				name,
				`${spec.name} needs the prop "${name}" (${p.description})`,
				{
					value: '',
					expected: `${name}=…`,
					hint: `example: ${spec.example}`,
				},
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

	const checkColumn = (prop: string, column: Literal, kind: PropSpec['kind']) => {
		if (!ds) return;
		if (typeof column !== 'string') {
			problem('mdx-invalid-prop', prop, `${prop} must name a column (text)`, {
				value: describe(column),
			});
			return;
		}
		const field = fields.find((f) => f.name === column);
		if (!field) {
			const guess = didYouMean(column, fieldNames);
			problem('chart-unknown-column', prop, `column "${column}" is not in ${dsId}`, {
				value: column,
				expected: `one of ${fieldNames.join(', ')}`,
				hint: guess
					? `did you mean "${guess}"?`
					: `the columns of ${dsId} are declared in data/${dsId}.dataset.json`,
			});
			return;
		}
		if ((kind === 'numeric-column' || kind === 'numeric-columns') && !NUMERIC.has(field.type)) {
			const numeric = fields.filter((f) => NUMERIC.has(f.type)).map((f) => f.name);
			problem(
				'chart-column-type',
				prop,
				`column "${column}" of ${dsId} is ${field.type}, not a number`,
				{
					value: column,
					expected: numeric.length ? `a number column: ${numeric.join(', ')}` : 'a number column',
					hint: `this prop draws or writes numbers; ${column} holds ${field.type} values`,
				},
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
						'mdx-invalid-prop',
						name,
						`${name} must be text${p.list ? ' or a list of text' : ''}`,
						{
							value: describe(v),
						},
					);
					break;
				}
				const limit = p.maxLength ?? TEXT_PROP_LIMIT;
				const long = asList(v).find((x) => typeof x === 'string' && x.length > limit);
				if (typeof long === 'string') {
					problem(
						'mdx-too-long',
						name,
						`${name} is ${long.length} characters long; the limit is ${limit}`,
						{
							value: `${long.slice(0, 60)}…`,
							expected: `at most ${limit} characters`,
							hint: 'shorten it; a chart title or label is read at a glance, the story text explains',
						},
					);
				}
				break;
			}
			case 'number':
				if (typeof v !== 'number')
					problem('mdx-invalid-prop', name, `${name} must be a number, e.g. ${name}={3}`, {
						value: describe(v),
					});
				break;
			case 'boolean':
				if (typeof v !== 'boolean')
					problem('mdx-invalid-prop', name, `${name} must be true or false, e.g. ${name}={false}`, {
						value: describe(v),
					});
				break;
			case 'id':
				if (typeof v !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)) {
					problem('mdx-invalid-prop', name, `${name} must be lowercase letters, digits and "-"`, {
						value: describe(v),
					});
				}
				break;
			case 'enum':
				for (const x of p.list ? asList(v) : [v]) {
					if (typeof x !== 'string' || !(p.values ?? []).includes(x)) {
						const guess = typeof x === 'string' ? didYouMean(x, p.values ?? []) : undefined;
						problem(
							'mdx-invalid-prop',
							name,
							`${name} must be one of ${(p.values ?? []).join(', ')}`,
							{
								value: describe(x),
								...(guess ? { hint: `did you mean "${guess}"?` } : {}),
							},
						);
					}
				}
				break;
			case 'dataset':
				if (typeof v !== 'string' || !ctx.datasets.has(v)) {
					const guess = typeof v === 'string' ? didYouMean(v, ctx.datasets.keys()) : undefined;
					problem('mdx-unknown-dataset', name, `dataset "${describe(v)}" does not exist in data/`, {
						value: describe(v),
						expected: [...ctx.datasets.keys()].join(', '),
						hint: guess
							? `did you mean "${guess}"?`
							: 'a dataset id is its file name in data/ without .csv; a new one is added with npm run new:dataset',
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
					problem(
						'mdx-invalid-prop',
						name,
						`${name} must be an object like {{ column: "value" }}`,
						{ value: describe(v) },
					);
					break;
				}
				for (const [column, wanted] of Object.entries(v)) {
					if (!fieldNames.includes(column)) {
						checkColumn(name, column, 'column');
						continue;
					}
					const present = [...new Set(ds.rows.map((r) => String(r[column] as Value)))];
					for (const w of asList(wanted)) {
						if (!present.includes(String(w))) {
							const guess = didYouMean(String(w), present);
							problem(
								'mdx-where-no-match',
								name,
								`no row of ${dsId} has ${column} = "${describe(w)}"`,
								{
									value: describe(w),
									expected: `one of ${present.slice(0, 12).join(', ')}${present.length > 12 ? ', …' : ''}`,
									...(guess ? { hint: `did you mean "${guess}"?` } : {}),
								},
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
				const [id, keys, what] =
					p.kind === 'figure'
						? ['figures', ['id'], 'a figure id in data/figures.csv']
						: p.kind === 'source'
							? ['sources', ['id'], 'a source id in data/sources.csv']
							: p.kind === 'region'
								? ['regions', ['code', 'slug'], 'a region code or slug in data/regions.csv']
								: ['commodities', ['key'], 'a commodity key in data/commodities.csv'];
				const known = keys.flatMap((k) => datasetRows(id, k));
				for (const x of p.list ? asList(v) : [v]) {
					if (typeof x !== 'string' || !known.includes(x)) {
						const guess = typeof x === 'string' ? didYouMean(x, known) : undefined;
						problem('mdx-unknown-reference', name, `"${describe(x)}" is not ${what}`, {
							value: describe(x),
							expected: what,
							...(guess ? { hint: `did you mean "${guess}"?` } : {}),
						});
					}
				}
				break;
			}
			case 'literal':
				break;
		}
	}
	if (problems.length === 0 && spec.check) {
		const rows = ds ? filterRows(ds.rows, props.where) : [];
		for (const message of spec.check(props, { datasets: ctx.datasets, rows })) {
			problem('mdx-invalid-prop', undefined, message, {
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
 * `mdx-inline-position`, `mdx-block-position`.
 */
export function lintBody(parsed: ParsedMdx, file: string, ctx: LintContext): Problem[] {
	const base = { file, severity: 'error' as const };
	if (parsed.error) {
		return [
			{
				...base,
				line: parsed.error.line,
				col: parsed.error.col,
				code: 'mdx-syntax',
				message: parsed.error.message,
				value: parsed.error.text.trim().slice(0, 80),
				expected: 'MDX: Markdown text, and components written <Name prop="value" />',
				hint: 'a "<" or "{" in text must be escaped as \\< or \\{; every tag must be closed (<Fact id="…" />)',
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
			if (/^on/i.test(a.name)) {
				problems.push({
					...at,
					code: 'mdx-forbidden-attribute',
					subject: `${name}.${a.name}`,
					message: `event-handler attribute "${a.name}" is not allowed`,
					value: a.name,
					expected: `the props of <${name}> (see /panduan/komponen/)`,
					hint: 'stories cannot run scripts; interactivity comes from our components',
				});
			} else if (a.name === 'style' || a.name === 'dangerouslySetInnerHTML') {
				problems.push({
					...at,
					code: 'mdx-forbidden-attribute',
					subject: `${name}.${a.name}`,
					message: `"${a.name}" is not allowed`,
					value: a.name,
					expected: `the props of <${name}> (see /panduan/komponen/)`,
					hint: 'the site has a strict Content-Security-Policy; styling comes from our components',
				});
			} else if (
				URL_ATTRIBUTES.has(a.name.toLowerCase()) &&
				typeof a.value === 'string' &&
				!isAllowedUrl(a.value)
			) {
				problems.push({
					...at,
					code: 'mdx-unsafe-url',
					subject: `${name}.${a.name}`,
					message: `${a.name} uses a URL scheme a story may not link to`,
					value: a.value,
					expected: 'an https:// address or a path on the site (/data/…)',
					hint: 'javascript:, vbscript:, data: and file: links can run code or leak files; link to a page instead',
				});
			} else {
				const long = stringsOf(a.value).find((t) => t.length > LITERAL_TEXT_LIMIT);
				if (long !== undefined) {
					problems.push({
						...at,
						code: 'mdx-too-long',
						subject: `${name}.${a.name}`,
						message: `${a.name} is ${long.length} characters long; the limit is ${LITERAL_TEXT_LIMIT}`,
						value: `${long.slice(0, 60)}…`,
						expected: `at most ${LITERAL_TEXT_LIMIT} characters`,
						hint: 'shorten it; long explanations belong in the story text',
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
						code: 'mdx-forbidden-attribute',
						subject: `${name}.${a.name}`,
						message: `<${name}> may not have the attribute "${a.name}"`,
						value: a.name,
						expected: allowed.size
							? `only ${[...allowed].map((x) => `${x}="…"`).join(', ')}`
							: `<${name}> without attributes`,
						hint: 'inline tags only mark up text: ids, classes, popovers, hidden or data-* attributes would change what readers see',
					});
				}
				for (const a of usage.attributes) {
					if (allowed.has(a.name) && typeof a.value !== 'string') {
						problems.push({
							...at,
							code: 'mdx-invalid-prop',
							subject: `${name}.${a.name}`,
							message: `${a.name} on <${name}> must be text in quotes`,
							value: JSON.stringify(a.value),
							expected: `${a.name}="…"`,
						});
					}
				}
				continue;
			}
			problems.push({
				...at,
				code: 'mdx-forbidden-element',
				subject: name || '<>',
				value: `<${name}>`,
				message: DANGEROUS.has(name)
					? `<${name}> is not allowed in a story`
					: `the HTML element <${name || '>'}> is not allowed in a story`,
				expected: `our components (${[...ctx.specs.keys()].join(', ')}) or inline ${[...ALLOWED_HTML.keys()].join(', ')}`,
				hint:
					name === 'img'
						? 'use Markdown: ![alt text](/img/file.jpg)'
						: name === 'a'
							? 'use Markdown: [text](/path/)'
							: 'use Markdown for text and our components for charts and maps',
			});
			continue;
		}
		const spec = ctx.specs.get(name);
		if (!spec) {
			const guess = didYouMean(name, ctx.specs.keys());
			problems.push({
				...at,
				code: 'mdx-unknown-component',
				subject: name,
				message: `<${name}> is not a story component`,
				value: `<${name}>`,
				expected: [...ctx.specs.keys()].join(', '),
				...(guess
					? { hint: `did you mean <${guess}>?` }
					: { hint: 'see /panduan/komponen/ for the components and their props' }),
			});
			continue;
		}
		if (spec.placement === 'inline' && usage.kind === 'flow') {
			problems.push({
				...at,
				code: 'mdx-inline-position',
				subject: name,
				message: `<${name}> belongs inside a sentence, but here it starts a line, which makes it a block of its own`,
				value: `<${name}>`,
				expected: 'text before it on the same line',
				hint: `keep text before it on the same line, e.g. "ada <${name} … />", not a line starting with <${name}`,
			});
		} else if (spec.placement === 'block' && usage.kind === 'text') {
			problems.push({
				...at,
				code: 'mdx-block-position',
				subject: name,
				message: `<${name}> is a block and must stand on its own line(s), with a blank line before and after`,
				value: `<${name}>`,
				expected: 'a blank line before and after it',
				hint: `start <${name} on a new line after an empty line, and leave an empty line after its />`,
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
			code: 'mdx-too-long',
			message: `this heading is ${h.text.length} characters long; the limit is ${HEADING_LIMIT}`,
			value: `${h.text.slice(0, 60)}…`,
			expected: `a heading of at most ${HEADING_LIMIT} characters`,
			hint: 'a heading names a section in a few words; the rest belongs in the paragraph under it',
		});
	}
	for (const link of parsed.links) {
		const at = { ...base, line: link.line, col: link.col };
		const what = `${link.kind}${link.reference ? ` (reference [${link.reference}])` : ''}`;
		if (!isAllowedUrl(link.url)) {
			problems.push({
				...at,
				code: 'mdx-unsafe-url',
				message: `${what} uses a URL scheme a story may not link to`,
				value: link.url.slice(0, 120),
				expected: 'an https:// address or a path on the site (/data/…)',
				hint: 'javascript:, vbscript:, data: and file: links can run code or leak files; link to a page instead',
			});
			continue;
		}
		if (link.kind === 'image') {
			if (!link.alt?.trim()) {
				problems.push({
					...at,
					code: 'mdx-image-alt',
					message: 'an image needs alt text: ![what the image shows](…)',
					value: link.url,
					expected: 'a description of what the image shows, between [ and ]',
					hint: 'alt text is what a screen reader says and what shows when the image does not load',
				});
			}
			if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(link.url.trim())) {
				problems.push({
					...at,
					code: 'mdx-external-image',
					message: `images must be served from the site (put the file in public/img/)${link.reference ? `; [${link.reference}] points elsewhere` : ''}`,
					value: link.url,
					expected: 'a path on the site, e.g. /img/kakao.jpg',
					hint: 'save the image (with permission) as public/img/<name>.jpg and write ![alt](/img/<name>.jpg)',
				});
			}
		}
	}
	return problems;
}
