/**
 * The MDX lint: a story may use only our components, with literal props that name real datasets,
 * columns and rows; no raw `<script>`, `<iframe>` or `<style>`, no event-handler attributes, no
 * `javascript:` URLs, no imports from outside src/components, no exports and no code expressions.
 * Every problem is located at its line and column in the MDX file.
 *
 * MDX is code (an MDX file can run anything at build time), so this lint, review and the
 * site's Content-Security-Policy are what bound a story's power.
 */
import { dirname, posix } from 'node:path';
import type { Value } from '../data/cast.ts';
import { didYouMean, type Problem } from '../data/problems.ts';
import type { CheckedDataset, Row } from '../data/validate.ts';
import type { JsxUsage, ParsedMdx } from '../mdx/extract.ts';
import type { Literal } from '../mdx/literal.ts';
import type { ComponentSpec, PropSpec } from '../mdx/specs.ts';

/** Lowercase HTML elements a story may write inline. Everything else is refused. */
export const ALLOWED_HTML = new Set([
	'abbr',
	'b',
	'br',
	'cite',
	'del',
	'em',
	'i',
	'ins',
	'kbd',
	'mark',
	'q',
	's',
	'small',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'wbr',
]);

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

/** True for a URL whose scheme can run code or smuggle content: javascript:, vbscript:, data:. */
export function isUnsafeUrl(url: string): boolean {
	// Browsers ignore control characters and whitespace inside the scheme.
	const scheme = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	return /^(javascript|vbscript|data):/.test(scheme);
}

/** What the lint checks against. */
export interface LintContext {
	datasets: ReadonlyMap<string, CheckedDataset>;
	specs: ReadonlyMap<string, ComponentSpec>;
	/** Repo-relative path of the components folder; imports must resolve inside it. */
	componentsDir?: string;
}

type Fields = CheckedDataset['declaration']['schema']['fields'];

const NUMERIC = new Set(['number', 'integer']);
const asList = (v: Literal | undefined): Literal[] =>
	Array.isArray(v) ? v : v === undefined ? [] : [v];

/** Rows of `ds` matching a `where` object (values or lists of values, compared as text). */
export function filterRows(rows: readonly Row[], where: Literal | undefined): Row[] {
	if (!where || typeof where !== 'object' || Array.isArray(where)) return [...rows];
	const entries = Object.entries(where).map(
		([k, v]) => [k, asList(v).map((x) => String(x))] as const,
	);
	return rows.filter((row) =>
		entries.every(([k, values]) => values.includes(String(row[k] as Value))),
	);
}

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
		} else if (a.error) {
			problem('mdx-prop-not-literal', a.name, `${a.name}={${a.expression ?? ''}}: ${a.error}`, {
				value: a.expression ?? '',
				expected: 'a literal: "text", {3}, {true}, {["a", "b"]} or {{ column: "value" }}',
				hint: 'write the value itself: no variables, calculations or function calls',
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
			case 'text':
				if (p.list ? !asList(v).every((x) => typeof x === 'string') : typeof v !== 'string') {
					problem(
						'mdx-invalid-prop',
						name,
						`${name} must be text${p.list ? ' or a list of text' : ''}`,
						{
							value: describe(v),
						},
					);
				}
				break;
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
 * Lint a parsed story body. `file` is the repo-relative path used in locations and to resolve
 * imports. Codes: `mdx-syntax`, `mdx-forbidden-import`, `mdx-forbidden-export`,
 * `mdx-forbidden-expression`, `mdx-forbidden-element`, `mdx-forbidden-attribute`,
 * `mdx-unsafe-url`, `mdx-unknown-component`, `mdx-unknown-prop`, `mdx-missing-prop`,
 * `mdx-prop-not-literal`, `mdx-invalid-prop`, `mdx-unknown-dataset`, `chart-unknown-column`,
 * `chart-column-type`, `mdx-where-no-match`, `mdx-unknown-reference`, `mdx-image-alt`,
 * `mdx-external-image`, `mdx-inline-position`, `mdx-block-position`.
 */
export function lintBody(parsed: ParsedMdx, file: string, ctx: LintContext): Problem[] {
	const problems: Problem[] = [];
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
	const componentsDir = ctx.componentsDir ?? 'src/components';
	const imported = new Set<string>();
	for (const esm of parsed.esm) {
		const at = { ...base, line: esm.line, col: esm.col };
		for (const statement of esm.value.split(/\n(?=\s*(?:import|export)\b)/)) {
			const s = statement.trim();
			if (!s) continue;
			if (/^export\b/.test(s)) {
				problems.push({
					...at,
					code: 'mdx-forbidden-export',
					message: 'a story may not export code',
					value: s.slice(0, 80),
					expected: 'no export',
					hint: 'put data in data/ and use a component; put text in the frontmatter or the body',
				});
				continue;
			}
			const m = /^import\s+(?:([A-Za-z_$][\w$]*)\s+from\s+)?['"]([^'"]+)['"]\s*;?$/.exec(s);
			const target = m?.[2] ? posix.normalize(posix.join(dirname(file), m[2])) : undefined;
			if (!m || !target || !target.startsWith(`${componentsDir}/`)) {
				problems.push({
					...at,
					code: 'mdx-forbidden-import',
					message: 'imports are allowed only from src/components (default imports of a component)',
					value: s.slice(0, 80),
					expected: 'no import',
					hint: 'story components are available without an import: write <LineChart … /> directly',
				});
				continue;
			}
			if (m[1]) imported.add(m[1]);
		}
	}
	for (const e of parsed.expressions) {
		if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(e.value)) continue; // {/* a comment */}
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
		const name = usage.name;
		for (const a of usage.attributes) {
			if (a.spread) {
				problems.push({
					...at,
					code: 'mdx-forbidden-attribute',
					subject: name,
					message: 'spread attributes {...x} are not allowed',
					value: `{${a.expression ?? ''}}`,
					expected: 'each prop written out: name="value"',
					hint: 'write every prop by name, with a literal value',
				});
			} else if (/^on/i.test(a.name)) {
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
				isUnsafeUrl(a.value)
			) {
				problems.push({
					...at,
					code: 'mdx-unsafe-url',
					subject: `${name}.${a.name}`,
					message: `${a.name} uses an unsafe URL scheme`,
					value: a.value,
					expected: 'an https:// address or a path on the site (/data/…)',
					hint: 'javascript:, vbscript: and data: links can run code; link to a page instead',
				});
			}
		}
		if (!name || name.includes('.') || /^[a-z]/.test(name)) {
			if (ALLOWED_HTML.has(name)) continue;
			problems.push({
				...at,
				code: 'mdx-forbidden-element',
				subject: name || '<>',
				value: `<${name}>`,
				message: DANGEROUS.has(name)
					? `<${name}> is not allowed in a story`
					: `the HTML element <${name || '>'}> is not allowed in a story`,
				expected: `our components (${[...ctx.specs.keys()].join(', ')}) or inline ${[...ALLOWED_HTML].join(', ')}`,
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
			if (imported.has(name)) continue;
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
	for (const link of parsed.links) {
		const at = { ...base, line: link.line, col: link.col };
		if (isUnsafeUrl(link.url)) {
			problems.push({
				...at,
				code: 'mdx-unsafe-url',
				message: `${link.kind} uses an unsafe URL scheme`,
				value: link.url,
				expected: 'an https:// address or a path on the site (/data/…)',
				hint: 'javascript:, vbscript: and data: links can run code; link to a page instead',
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
			if (/^(https?:)?\/\//i.test(link.url)) {
				problems.push({
					...at,
					code: 'mdx-external-image',
					message: 'images must be served from the site (put the file in public/img/)',
					value: link.url,
					expected: 'a path on the site, e.g. /img/kakao.jpg',
					hint: 'save the image (with permission) as public/img/<name>.jpg and write ![alt](/img/<name>.jpg)',
				});
			}
		}
	}
	return problems;
}
