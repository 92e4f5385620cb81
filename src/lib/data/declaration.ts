/**
 * Dataset declarations: `data/<id>.dataset.json`, in Frictionless Table Schema vocabulary.
 *
 * {@link parseDeclaration} reads the JSON text, checks it against the schema below and against
 * itself (keys name real fields, units are known), and reports every problem with the line and
 * column in the JSON file.
 */
import { z } from 'astro/zod';
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { problemText, say, type ProblemCode, type ProblemWords } from '../messages/index.ts';
import { issueText } from '../messages/zod.ts';
import { didYouMean, type Problem } from './problems.ts';
import { UNITS, isUnit } from './units.ts';

const text = z.string().trim().min(1);
const bilingual = z.strictObject({ id: text, en: text });

/** Field types supported by the reader (a subset of Table Schema's). */
export const FIELD_TYPES = [
	'string',
	'number',
	'integer',
	'boolean',
	'date',
	'yearmonth',
	'year',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const constraintsSchema = z.strictObject({
	required: z.boolean().optional(),
	unique: z.boolean().optional(),
	minimum: z.union([z.number(), z.string()]).optional(),
	maximum: z.union([z.number(), z.string()]).optional(),
	minLength: z.number().int().nonnegative().optional(),
	maxLength: z.number().int().positive().optional(),
	pattern: z.string().min(1).optional(),
	enum: z.array(z.string()).min(1).optional(),
});

const fieldSchema = z.strictObject({
	/** Column name as written in the CSV header. */
	name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'zod.snake-case'),
	type: z.enum(FIELD_TYPES),
	title: bilingual.optional(),
	/** What the column holds: one text, or Indonesian and English. */
	description: z.union([text, bilingual]),
	/** Unit key from units.ts, for number and integer fields. */
	unit: z.string().optional(),
	/** Decimal separator in the file; declaring "." also says "1.161" is a decimal on purpose. */
	decimalChar: z.enum(['.', ',']).optional(),
	/** Thousands separator in the file, if any. */
	groupChar: z.enum(['', '.', ',', ' ', '\u00a0']).optional(),
	/** false lets leading/trailing non-numeric characters (`%`, `Rp`) be stripped. */
	bareNumber: z.boolean().optional(),
	constraints: constraintsSchema.optional(),
	/** Cells that mean "no value" for this field; replaces the dataset's list. */
	missingValues: z.array(z.string()).optional(),
	/**
	 * The values are computed by the newsroom, not quoted (a sum, a centroid): the formula, and
	 * optionally the rows it applies to. Derived values are not looked for in the source's quote.
	 */
	derived: z
		.union([
			text,
			bilingual,
			z.strictObject({
				formula: z.union([text, bilingual]),
				if: z.strictObject({ field: z.string(), equals: z.string() }).optional(),
			}),
		])
		.optional(),
});

const foreignKeySchema = z.strictObject({
	fields: z.array(z.string()).min(1),
	reference: z.strictObject({
		resource: z.string().min(1),
		fields: z.array(z.string()).min(1),
	}),
});

const licenceSchema = z.strictObject({
	name: text,
	title: text,
	path: z.string().regex(/^https:\/\//, 'zod.https'),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'zod.iso-date');

export const declarationSchema = z.strictObject({
	$schema: z.string().optional(),
	/** Dataset id = the file name without `.dataset.json`. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'zod.slug'),
	/** CSV file name inside data/; defaults to `<id>.csv`. No folders, no URLs. */
	path: z.string().optional(),
	title: bilingual,
	description: bilingual,
	notes: bilingual.optional(),
	licence: licenceSchema,
	updated: isoDate,
	/**
	 * A draft is checked but not published: no page, CSV, data-package entry or search entry
	 * (drafts.ts). Remove it when the data is ready; a story that is not a draft may not use a
	 * draft dataset.
	 */
	draft: z.boolean().optional(),
	dialect: z.strictObject({ delimiter: z.enum([',', ';', '\t']) }).optional(),
	missingValues: z.array(z.string()).optional(),
	schema: z.strictObject({
		fields: z.array(fieldSchema).min(1),
		primaryKey: z.array(z.string()).min(1),
		foreignKeys: z.array(foreignKeySchema).optional(),
	}),
	geo: z
		.strictObject({
			lat: z.string(),
			lon: z.string(),
			/**
			 * Field holding each point's region code; optional. With it, a point must lie in its
			 * region (a village code such as 35.24.01.2001 is checked against its regency, 35.24);
			 * without it, only inside Indonesia (and not 0, 0, not swapped).
			 */
			region: z.string().optional(),
			/** Dataset holding region bounding boxes; default `regions`. */
			regions: z.string().optional(),
		})
		.optional(),
	/** What the dataset is about, for the region and commodity hubs: region codes and commodity keys. */
	subjects: z
		.strictObject({
			regions: z.array(z.string()).optional(),
			commodities: z.array(z.string()).optional(),
		})
		.optional(),
	rowRules: z
		.array(
			z.strictObject({
				if: z.strictObject({ field: z.string(), equals: z.string() }),
				require: z.array(z.string()).min(1),
			}),
		)
		.optional(),
});

/** A checked dataset declaration. */
export type Declaration = z.infer<typeof declarationSchema>;
/** One field of a declaration. */
export type FieldDeclaration = Declaration['schema']['fields'][number];

/** Result of {@link parseDeclaration}: the declaration when it is usable, and every problem. */
export interface ParsedDeclaration {
	declaration?: Declaration;
	problems: Problem[];
}

/**
 * 1-based line and column of a character offset in `source`. Counts lines from the start: for
 * many offsets in one text (every record of a CSV), use {@link lineLocator}, which is linear.
 */
export function lineCol(source: string, offset: number): { line: number; col: number } {
	return lineLocator(source)(offset);
}

/**
 * A function giving the 1-based line and column of a character offset in `source`: the line
 * starts are found once (one pass over the text), each lookup is a binary search, so locating
 * every record of a 100,000-line file costs one pass, not one pass per record. Offsets past the
 * end are located on the last line, as if the text went on.
 */
export function lineLocator(source: string): (offset: number) => { line: number; col: number } {
	const starts = [0];
	for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		const at = Math.min(Math.max(offset, 0), source.length);
		let lo = 0;
		let hi = starts.length - 1;
		// The last line start at or before `at`.
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((starts[mid] ?? 0) <= at) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
	};
}

/**
 * Line and column of the JSON value at `path` (e.g. `['schema', 'fields', 2, 'unit']`) in a
 * declaration's text; the nearest existing ancestor when the path is absent; 1:1 if unparsable.
 */
export function locateInJson(
	source: string,
	path: (string | number)[],
): { line: number; col: number } {
	const tree = parseTree(source);
	if (!tree) return { line: 1, col: 1 };
	for (let n = path.length; n >= 0; n--) {
		const node = findNodeAtLocation(tree, path.slice(0, n));
		if (node) return lineCol(source, node.offset);
	}
	return { line: 1, col: 1 };
}

/**
 * Parse and check a declaration. `"TODO: …"` texts left by `npm run new:dataset` are reported as
 * `declaration-todo` errors without making the declaration unusable.
 * @param source the JSON text of `data/<id>.dataset.json`
 * @param file repo-relative path, used in problem locations
 * @param expectedId the id implied by the file name
 */
export function parseDeclaration(
	source: string,
	file: string,
	expectedId: string,
): ParsedDeclaration {
	const problems: Problem[] = [];
	const errors: ParseError[] = [];
	const tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
	const at = (offset: number) => lineCol(source, offset);
	const problem = (
		offset: number,
		words: ProblemWords<ProblemCode>,
		extra: Partial<Problem> = {},
	): void => {
		problems.push({
			file,
			...at(offset),
			severity: 'error',
			dataset: expectedId,
			...words,
			...extra,
		});
	};
	if (errors.length || !tree) {
		const first = errors[0];
		problem(first?.offset ?? 0, problemText('declaration-json'), {
			value: source.slice(first?.offset ?? 0, (first?.offset ?? 0) + 20).split('\n')[0] ?? '',
		});
		return { problems };
	}
	const nodeAt = (path: (string | number)[]): Node | undefined => {
		for (let n = path.length; n >= 0; n--) {
			const node = findNodeAtLocation(tree, path.slice(0, n));
			if (node) return node;
		}
		return undefined;
	};
	const raw: unknown = JSON.parse(source);
	const result = declarationSchema.safeParse(raw);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = issue.path.filter(
				(p): p is string | number => typeof p === 'string' || typeof p === 'number',
			);
			const node = nodeAt(path);
			const name = path.join('.') || '(root)';
			if (issue.code === 'unrecognized_keys') {
				const keys = issue.keys;
				problem(
					node?.offset ?? 0,
					problemText(
						keys.length > 1 ? 'declaration-schema/unknown-keys' : 'declaration-schema/unknown-key',
						{ path: name, keys: keys.map((k) => `"${k}"`).join(', ') },
					),
					{ value: keys.join(', ') },
				);
				continue;
			}
			problem(
				node?.offset ?? 0,
				problemText('declaration-schema/invalid', { path: name, issue: issueText(issue) }),
			);
		}
		return { problems };
	}
	const d = result.data;
	const offsetOf = (path: (string | number)[]) => nodeAt(path)?.offset ?? 0;
	// A draft from `npm run new:dataset` says what to write in "TODO: …" texts: each is an error
	// until it is replaced, but the declaration stays usable (its rows are still read and checked).
	const todos: Problem[] = [];
	const findTodos = (node: Node, path: (string | number)[]) => {
		if (node.type === 'string' && typeof node.value === 'string' && /^TODO\b/.test(node.value)) {
			const key = path.join('.');
			todos.push({
				file,
				...at(node.offset),
				severity: 'error',
				...problemText('declaration-todo', { key }),
				dataset: expectedId,
				value: node.value,
				expected: node.value.replace(/^TODO:?\s*/, ''),
			});
		}
		if (node.type === 'object') {
			for (const prop of node.children ?? []) {
				const [k, v] = prop.children ?? [];
				if (k && v) findTodos(v, [...path, String(k.value)]);
			}
		} else if (node.type === 'array') {
			(node.children ?? []).forEach((child, i) => findTodos(child, [...path, i]));
		}
	};
	findTodos(tree, []);
	const isTodo = (v: string | undefined) => v !== undefined && /^TODO\b/.test(v);
	if (d.id !== expectedId) {
		problem(offsetOf(['id']), problemText('declaration-id', { id: d.id, declared: expectedId }), {
			value: d.id,
			expected: expectedId,
		});
	}
	if (d.path !== undefined && !/^[a-z0-9][a-z0-9._-]*\.csv$/.test(d.path)) {
		problem(offsetOf(['path']), problemText('resource-path'), { value: d.path });
	}
	const names = d.schema.fields.map((f) => f.name);
	const seen = new Set<string>();
	d.schema.fields.forEach((f, i) => {
		if (seen.has(f.name)) {
			problem(
				offsetOf(['schema', 'fields', i, 'name']),
				problemText('declaration-field/duplicate'),
				{
					field: f.name,
					value: f.name,
				},
			);
		}
		seen.add(f.name);
		if (f.unit !== undefined && !isTodo(f.unit) && !isUnit(f.unit)) {
			const guess = didYouMean(f.unit, Object.keys(UNITS));
			problem(offsetOf(['schema', 'fields', i, 'unit']), problemText('declaration-unit'), {
				field: f.name,
				value: f.unit,
				expected: say('one-of', { list: Object.keys(UNITS).join(', ') }),
				...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
			});
		}
		const numeric = f.type === 'number' || f.type === 'integer';
		if (!numeric && f.derived !== undefined) {
			problem(
				offsetOf(['schema', 'fields', i, 'derived']),
				problemText('declaration-field/derived-type'),
				{ field: f.name, value: f.type },
			);
		}
		if (!numeric && (f.decimalChar || f.groupChar !== undefined || f.bareNumber !== undefined)) {
			problem(
				offsetOf(['schema', 'fields', i, 'type']),
				problemText('declaration-field/number-settings'),
				{ field: f.name, value: f.type },
			);
		}
		if (f.decimalChar && f.groupChar && f.decimalChar === f.groupChar) {
			problem(
				offsetOf(['schema', 'fields', i, 'groupChar']),
				problemText('declaration-field/same-chars', { decimal: f.decimalChar }),
				{ field: f.name, value: f.groupChar ?? '' },
			);
		}
		const pattern = f.constraints?.pattern;
		if (pattern !== undefined) {
			try {
				new RegExp(pattern, 'u');
			} catch {
				problem(
					offsetOf(['schema', 'fields', i, 'constraints', 'pattern']),
					problemText('declaration-field/pattern'),
					{ field: f.name, value: pattern },
				);
			}
		}
	});
	const checkNames = (list: readonly string[], path: (string | number)[], what: string) => {
		list.forEach((name, j) => {
			if (!names.includes(name) && !isTodo(name)) {
				const guess = didYouMean(name, names);
				problem(offsetOf([...path, j]), problemText('declaration-field/unknown-name', { what }), {
					value: name,
					expected: say('one-of', { list: names.join(', ') }),
					...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
				});
			}
		});
	};
	checkNames(d.schema.primaryKey, ['schema', 'primaryKey'], 'primaryKey');
	d.schema.foreignKeys?.forEach((fk, i) => {
		checkNames(fk.fields, ['schema', 'foreignKeys', i, 'fields'], 'foreignKeys.fields');
		if (fk.fields.length !== fk.reference.fields.length) {
			problem(
				offsetOf(['schema', 'foreignKeys', i, 'reference', 'fields']),
				problemText('declaration-field/reference-count', { n: fk.fields.length }),
				{ value: fk.reference.fields.join(', ') },
			);
		}
	});
	if (d.geo) {
		(['lat', 'lon', 'region'] as const).forEach((key) => {
			const name = d.geo?.[key];
			if (name === undefined && key === 'region') return;
			if (!names.includes(name ?? '')) checkNames([name ?? ''], ['geo', key], `geo.${key}`);
		});
	}
	d.schema.fields.forEach((f, i) => {
		const rule = f.derived;
		if (rule && typeof rule === 'object' && 'formula' in rule && rule.if) {
			checkNames(
				[rule.if.field],
				['schema', 'fields', i, 'derived', 'if', 'field'],
				'derived.if.field',
			);
		}
	});
	d.rowRules?.forEach((rule, i) => {
		checkNames([rule.if.field], ['rowRules', i, 'if', 'field'], 'rowRules.if.field');
		checkNames(rule.require, ['rowRules', i, 'require'], 'rowRules.require');
	});
	return problems.length
		? { problems: [...problems, ...todos] }
		: { declaration: d, problems: todos };
}
