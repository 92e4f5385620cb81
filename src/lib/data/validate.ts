/**
 * Validation of a dataset against its declaration, and of datasets against each other
 * (foreign keys, coordinates inside their declared region). Pure: works on text and
 * declarations; reading files is `load.ts`'s job.
 */
import { problemText, say, type ProblemWords, type Said, type Text } from '../messages/index.ts';
import { castCell, type Value } from './cast.ts';
import { tokenizeCsv } from './csv.ts';
import type { Declaration, FieldDeclaration } from './declaration.ts';
import { didYouMean, showValue, type Problem } from './problems.ts';
import { checkQuotes } from './quotes.ts';

/** One typed row, keyed by field name. */
export type Row = Record<string, Value>;

/** A dataset whose file has been read: rows typed by the declaration, with their lines. */
export interface CheckedDataset {
	declaration: Declaration;
	/** Repo-relative CSV path. */
	file: string;
	rows: Row[];
	/** `lines[i]` is the line in the CSV on which `rows[i]` starts. */
	lines: number[];
}

/** Foreign-key misses that get a "did you mean" guess, per key (each guess reads every key). */
const MAX_GUESSES = 200;

/** Indonesia's extent with a margin for small outer islands (degrees, WGS84). */
export const INDONESIA_BBOX = { minLon: 94.5, maxLon: 141.5, minLat: -11.5, maxLat: 6.5 } as const;

/** Tolerance when a point is checked against its region's bounding box (degrees, ≈ 2 km). */
export const REGION_TOLERANCE_DEG = 0.02;

/** What a cell of a declared type holds, for "expected": `bilangan bulat` / `an integer`. */
export function typeWords(type: FieldDeclaration['type']): Said {
	return say(`type.${type}`);
}

const describeConstraint = (f: FieldDeclaration): Text => {
	const { minimum: min, maximum: max } = f.constraints ?? {};
	if (min !== undefined && max !== undefined) return say('range.both', { min, max });
	if (min !== undefined) return say('range.min', { min });
	if (max !== undefined) return say('range.max', { max });
	return '';
};

function labelProblems(
	header: readonly string[],
	d: Declaration,
	base: Pick<Problem, 'file' | 'dataset' | 'severity'>,
): Problem[] {
	const problems: Problem[] = [];
	const names = d.schema.fields.map((f) => f.name);
	const seen = new Map<string, number>();
	header.forEach((label, i) => {
		const at = { ...base, line: 1, col: i + 1 };
		if (label.trim() === '') {
			problems.push({
				...at,
				...problemText('blank-label'),
				value: label,
				expected: names[i] ? `"${names[i]}"` : say('label.a-name'),
			});
			return;
		}
		if (seen.has(label)) {
			problems.push({
				...at,
				...problemText('duplicate-label', { label, other: seen.get(label) ?? 0 }),
				value: label,
				expected: names[i] ? `"${names[i]}"` : say('label.once'),
			});
			return;
		}
		seen.set(label, i + 1);
		const cleaned = label.replace(/[\u00a0\u200b\ufeff]/g, '').trim();
		if (label !== label.trim() || /[\u00a0\u200b\ufeff]/.test(label)) {
			problems.push({
				...at,
				...problemText('incorrect-label/whitespace', { label: showValue(label) }),
				value: label,
				// The declared name, not the label trimmed (" Kode " → "kode", as declared).
				expected: names[i] !== undefined ? `"${names[i]}"` : cleaned,
				...(names[i] !== undefined && names[i] !== cleaned
					? { hint: say('label.write-declared', { name: names[i] }) }
					: {}),
			});
			return;
		}
		const expected = names[i];
		if (
			expected !== undefined &&
			label !== expected &&
			!(header.length === 1 && names.length > 1)
		) {
			const guess = names.includes(label) ? undefined : didYouMean(label, names);
			problems.push({
				...at,
				...(names.includes(label)
					? problemText('incorrect-label/order', { label, position: i + 1, declared: expected })
					: problemText('extra-label/undeclared', { label })),
				value: label,
				expected: `"${expected}"`,
				...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
			});
		} else if (header.length === 1 && names.length > 1) {
			problems.push({
				...at,
				...problemText('extra-label/title', { label }),
				value: label,
				expected: names.join(','),
			});
		} else if (expected === undefined) {
			problems.push({
				...at,
				...problemText('extra-label/undeclared', { label }),
				value: label,
			});
		}
	});
	names.slice(header.length).forEach((name, k) => {
		problems.push({
			...base,
			line: 1,
			col: header.length + k + 1,
			...problemText('missing-label', { name }),
			field: name,
			value: header.join(','),
			expected: names.join(','),
		});
	});
	return problems;
}

/** Length of `text` in characters (code points), without splitting text that has no pairs. */
const codePoints = (text: string): number =>
	/[\uD800-\uDFFF]/.test(text) ? [...text].length : text.length;

const patterns = new Map<string, RegExp>();

/** A declared pattern as a whole-value regular expression, compiled once per pattern. */
function fullMatch(pattern: string): RegExp {
	let re = patterns.get(pattern);
	if (!re) {
		re = new RegExp(`^(?:${pattern})$`, 'u');
		patterns.set(pattern, re);
	}
	return re;
}

function constraintProblem(
	value: Value,
	raw: string,
	f: FieldDeclaration,
): Omit<Problem, 'file' | 'line' | 'col' | 'severity' | 'dataset'> | null {
	const c = f.constraints;
	if (!c || value === null) return null;
	const out = (
		words: Omit<ProblemWords<'constraint-error'>, 'expected'> & { expected?: Text },
		hint?: Said,
	) => ({
		expected: describeConstraint(f),
		hint: /\s$|^\s/.test(raw) ? say('constraint-hint.spaces') : say('constraint-hint.check'),
		...words,
		...(hint ? { hint } : {}),
		field: f.name,
		value: raw,
	});
	if (typeof value === 'number') {
		if (typeof c.minimum === 'number' && value < c.minimum) {
			return out(problemText('constraint-error/below', { raw, limit: c.minimum }));
		}
		if (typeof c.maximum === 'number' && value > c.maximum) {
			return out(problemText('constraint-error/above', { raw, limit: c.maximum }));
		}
	}
	if (typeof value === 'string') {
		if (typeof c.minimum === 'string' && value < c.minimum) {
			return out(problemText('constraint-error/before', { raw, limit: c.minimum }));
		}
		if (typeof c.maximum === 'string' && value > c.maximum) {
			return out(problemText('constraint-error/after', { raw, limit: c.maximum }));
		}
		if (c.minLength !== undefined && codePoints(value) < c.minLength) {
			return out(problemText('constraint-error/short', { n: c.minLength }));
		}
		if (c.maxLength !== undefined && codePoints(value) > c.maxLength) {
			return out(problemText('constraint-error/long', { n: c.maxLength }));
		}
		if (c.pattern !== undefined && !fullMatch(c.pattern).test(value)) {
			const hint = /^\d(\.\d+)?E\+\d+$/i.test(value)
				? say('constraint-hint.scientific')
				: /^\d+$/.test(value) && /\\\./.test(c.pattern)
					? say('constraint-hint.region-dots')
					: undefined;
			return out(problemText('constraint-error/pattern', { raw, pattern: c.pattern }), hint);
		}
		if (c.enum && !c.enum.includes(value)) {
			const guess = didYouMean(value, c.enum);
			return out(
				{ ...problemText('constraint-error/enum', { raw }), expected: c.enum.join(', ') },
				guess ? say('did-you-mean', { guess }) : undefined,
			);
		}
	}
	return null;
}

/**
 * Check one dataset's CSV text against its declaration: header, cell types, constraints,
 * primary key, unique fields and row rules. Foreign keys and geography need the other datasets
 * and are checked by {@link checkCatalog}.
 */
export function checkDataset(
	text: string,
	declaration: Declaration,
	file: string,
): { dataset: CheckedDataset; problems: Problem[] } {
	const d = declaration;
	const base = { file, dataset: d.id, severity: 'error' as const };
	const table = tokenizeCsv(text, {
		file,
		dataset: d.id,
		...(d.dialect ? { delimiter: d.dialect.delimiter } : {}),
	});
	const problems: Problem[] = [...table.problems];
	const dataset: CheckedDataset = { declaration: d, file, rows: [], lines: [] };
	if (table.header.length === 0 || problems.some((p) => p.code === 'dialect-error')) {
		return { dataset, problems };
	}
	const labels = labelProblems(table.header, d, base);
	// With a wrong header, cells cannot be matched to fields, and row lengths were compared with
	// the wrong header: report the header and stop there.
	if (labels.length) {
		const structural = problems.filter((p) => p.code !== 'missing-cell' && p.code !== 'extra-cell');
		return { dataset, problems: [...structural, ...labels] };
	}

	const fields = d.schema.fields;
	const missingDefault = d.missingValues ?? [''];
	const uniques = new Map<string, Map<string, number>>();
	const pk = d.schema.primaryKey;
	const pkSeen = new Map<string, number>();
	for (const record of table.records) {
		const row: Row = {};
		let rowOk = true;
		fields.forEach((f, i) => {
			const raw = record.cells[i] ?? '';
			const at = {
				file,
				dataset: d.id,
				severity: base.severity,
				line: record.line,
				col: i + 1,
				field: f.name,
			};
			const cast = castCell(raw, f, f.missingValues ?? missingDefault);
			if (!cast.ok) {
				rowOk = false;
				problems.push({ ...at, ...cast.failure, value: raw });
				return;
			}
			const value = cast.value;
			row[f.name] = value;
			if (value === null && f.constraints?.required) {
				rowOk = false;
				problems.push({
					...at,
					...problemText('constraint-error/required'),
					value: raw,
					expected: typeWords(f.type),
				});
				return;
			}
			const broken = constraintProblem(value, raw, f);
			if (broken) {
				rowOk = false;
				problems.push({ ...at, ...broken });
				return;
			}
			if (f.constraints?.unique && value !== null) {
				const seen = uniques.get(f.name) ?? new Map<string, number>();
				uniques.set(f.name, seen);
				const key = String(value);
				const first = seen.get(key);
				if (first !== undefined) {
					problems.push({
						...at,
						...problemText('unique-error', { first }),
						value: raw,
					});
				} else seen.set(key, record.line);
			}
			if (f.type === 'string' && typeof value === 'string' && /^[=+@\t\r]/.test(value)) {
				problems.push({
					...at,
					severity: 'warning',
					...problemText('formula-injection'),
					value: raw,
				});
			}
		});
		const keyParts = pk.map((name) => row[name]);
		if (keyParts.every((v) => v !== undefined)) {
			const col = fields.findIndex((f) => f.name === pk[0]) + 1;
			if (keyParts.some((v) => v === null)) {
				rowOk = false;
				problems.push({
					...base,
					line: record.line,
					col,
					field: pk.join(','),
					...problemText('primary-key/empty'),
					value: '',
				});
			} else {
				const key = JSON.stringify(keyParts);
				const first = pkSeen.get(key);
				if (first !== undefined) {
					rowOk = false;
					problems.push({
						...base,
						line: record.line,
						col,
						field: pk.join(','),
						...problemText('primary-key/duplicate', { first }),
						value: keyParts.join(', '),
					});
				} else pkSeen.set(key, record.line);
			}
		}
		for (const rule of d.rowRules ?? []) {
			if (row[rule.if.field] !== rule.if.equals) continue;
			for (const name of rule.require) {
				if (row[name] === null || row[name] === undefined) {
					rowOk = false;
					problems.push({
						...base,
						line: record.line,
						col: fields.findIndex((f) => f.name === name) + 1,
						field: name,
						...problemText('row-constraint', {
							name,
							field: rule.if.field,
							equals: String(rule.if.equals),
						}),
						value: '',
						...(rule.if.field === 'status' ? { hint: say('row-hint.status') } : {}),
					});
				}
			}
		}
		if (rowOk) {
			dataset.rows.push(row);
			dataset.lines.push(record.line);
		}
	}
	return { dataset, problems };
}

/**
 * Cross-dataset checks over a whole catalogue: every foreign key resolves, every declared
 * point lies in Indonesia and in the bounding box of its region, and every number a row
 * publishes is in the quote of the source it cites (`quote-mismatch`, see quotes.ts).
 */
export function checkCatalog(
	datasets: ReadonlyMap<string, CheckedDataset>,
	locate: (dataset: string, path: (string | number)[]) => { line: number; col: number } = () => ({
		line: 0,
		col: 0,
	}),
): Problem[] {
	const problems: Problem[] = [];
	for (const ds of datasets.values()) {
		const d = ds.declaration;
		const fieldIndex = (name: string) => d.schema.fields.findIndex((f) => f.name === name) + 1;
		for (const [k, fk] of (d.schema.foreignKeys ?? []).entries()) {
			const target = datasets.get(fk.reference.resource);
			const where = (key: 'resource' | 'fields') =>
				locate(d.id, ['schema', 'foreignKeys', k, 'reference', key]);
			if (!target) {
				const guess = didYouMean(fk.reference.resource, datasets.keys());
				problems.push({
					file: ds.file.replace(/\.csv$/, '.dataset.json'),
					...where('resource'),
					severity: 'error',
					...problemText('foreign-key/no-dataset', { resource: fk.reference.resource }),
					dataset: d.id,
					value: fk.reference.resource,
					expected: [...datasets.keys()].join(', '),
					...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
				});
				continue;
			}
			const targetFields = target.declaration.schema.fields.map((f) => f.name);
			const unknown = fk.reference.fields.filter((f) => !targetFields.includes(f));
			if (unknown.length) {
				problems.push({
					file: ds.file.replace(/\.csv$/, '.dataset.json'),
					...where('fields'),
					severity: 'error',
					...problemText('foreign-key/no-field', {
						fields: unknown.join(', '),
						target: target.declaration.id,
					}),
					dataset: d.id,
					value: unknown.join(', '),
					expected: targetFields.join(', '),
				});
				continue;
			}
			// One field (the usual case) is keyed by its text; several by their JSON.
			const single = fk.fields.length === 1 && fk.reference.fields.length === 1;
			const keyOf = (r: Row, names: readonly string[]) =>
				single
					? `${typeof r[names[0] ?? '']}:${String(r[names[0] ?? ''])}`
					: JSON.stringify(names.map((f) => r[f]));
			const keys = new Set(target.rows.map((r) => keyOf(r, fk.reference.fields)));
			let display: string[] | undefined;
			const guesses = new Map<string, string | undefined>();
			ds.rows.forEach((row, i) => {
				if (fk.fields.some((f) => row[f] === null || row[f] === undefined)) return;
				if (keys.has(keyOf(row, fk.fields))) return;
				const value = fk.fields.map((f) => row[f]).join(',');
				display ??= target.rows.map((r) => fk.reference.fields.map((f) => String(r[f])).join(','));
				// Guessing compares with every key: done for the first values missed only, so a
				// file full of misses against a large table stays linear.
				if (!guesses.has(value) && guesses.size < MAX_GUESSES)
					guesses.set(value, didYouMean(value, display));
				const guess = guesses.get(value);
				problems.push({
					file: ds.file,
					line: ds.lines[i] ?? 0,
					col: fieldIndex(fk.fields[0] ?? ''),
					severity: 'error',
					...problemText('foreign-key/not-found', {
						value,
						resource: fk.reference.resource,
						fields: fk.reference.fields.join(','),
					}),
					dataset: d.id,
					field: fk.fields.join(','),
					value,
					...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
				});
			});
		}
		if (d.geo) problems.push(...checkPoints(ds, datasets));
	}
	problems.push(...checkQuotes(datasets));
	return problems;
}

/**
 * The row of `regions` for a region code, or for the nearest enclosing region listed: a village
 * code `35.24.01.2001` (not in regions.csv) falls back to its district `35.24.01`, then its
 * regency `35.24`, then its province `35`. Undefined when no level is listed.
 */
export function regionOf<R>(code: string, byCode: ReadonlyMap<string, R>): R | undefined {
	const parts = code.split('.');
	for (let n = parts.length; n > 0; n--) {
		const row = byCode.get(parts.slice(0, n).join('.'));
		if (row) return row;
	}
	return undefined;
}

function checkPoints(ds: CheckedDataset, datasets: ReadonlyMap<string, CheckedDataset>): Problem[] {
	const d = ds.declaration;
	const geo = d.geo;
	if (!geo) return [];
	const problems: Problem[] = [];
	const regions = datasets.get(geo.regions ?? 'regions');
	const regionKey = regions?.declaration.schema.primaryKey[0] ?? 'code';
	const byCode = new Map(regions?.rows.map((r) => [String(r[regionKey]), r]) ?? []);
	const col = (name: string) => d.schema.fields.findIndex((f) => f.name === name) + 1;
	const B = INDONESIA_BBOX;
	const inside = (lat: number, lon: number) =>
		lat >= B.minLat && lat <= B.maxLat && lon >= B.minLon && lon <= B.maxLon;
	ds.rows.forEach((row, i) => {
		const lat = row[geo.lat];
		const lon = row[geo.lon];
		if (typeof lat !== 'number' || typeof lon !== 'number') return;
		const at = {
			file: ds.file,
			line: ds.lines[i] ?? 0,
			severity: 'error' as const,
			dataset: d.id,
		};
		const value = `${lat}, ${lon}`;
		const box = {
			minLat: B.minLat,
			maxLat: B.maxLat,
			minLon: B.minLon,
			maxLon: B.maxLon,
		};
		if (lat === 0 && lon === 0) {
			problems.push({
				...at,
				col: col(geo.lat),
				field: geo.lat,
				...problemText('geo-null-island', box),
				value,
			});
			return;
		}
		if (!inside(lat, lon)) {
			const swapped = inside(lon, lat) || Math.abs(lat) > 90;
			problems.push({
				...at,
				col: col(geo.lat),
				field: geo.lat,
				...(swapped
					? problemText('geo-swapped', { ...box, lat: geo.lat, lon: geo.lon })
					: problemText('geo-outside', box)),
				value,
			});
			return;
		}
		if (geo.region === undefined) return;
		const code = row[geo.region];
		if (typeof code !== 'string') return;
		const region = regionOf(code, byCode);
		if (!region) return; // an unknown region is reported by the foreign key check
		const [minLon, minLat, maxLon, maxLat] = ['min_lon', 'min_lat', 'max_lon', 'max_lat'].map(
			(k) => region[k],
		);
		if (
			typeof minLon !== 'number' ||
			typeof minLat !== 'number' ||
			typeof maxLon !== 'number' ||
			typeof maxLat !== 'number'
		) {
			return;
		}
		const t = REGION_TOLERANCE_DEG;
		const listed = String(region[regionKey] ?? code);
		if (lat < minLat - t || lat > maxLat + t || lon < minLon - t || lon > maxLon + t) {
			problems.push({
				...at,
				col: col(geo.lat),
				field: geo.lat,
				...problemText('geo-region-mismatch', {
					name: String(region.name ?? code),
					codes: listed === code ? code : say('region-of', { listed, code }),
					lat: String(region.lat),
					lon: String(region.lon),
					minLat,
					maxLat,
					minLon,
					maxLon,
				}),
				value,
			});
		}
	});
	return problems;
}
