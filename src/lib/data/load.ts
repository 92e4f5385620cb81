/**
 * Reading the catalogue from disk: every `data/<id>.dataset.json` with its CSV, all checked,
 * every problem collected. Used by the content loader (build and dev) and by
 * `npm run validate:data`, so both report exactly the same thing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { locateInJson, parseDeclaration } from './declaration.ts';
import { decodeCsv } from './decode.ts';
import { DataError, hasErrors, type Problem } from './problems.ts';
import { checkCatalog, checkDataset, type CheckedDataset } from './validate.ts';

/** A dataset as loaded: checked rows plus file facts for the data pages. */
export interface LoadedDataset extends CheckedDataset {
	/** Size of the CSV file in bytes. */
	bytes: number;
	/** SHA-256 of the CSV bytes, hex. */
	sha256: string;
}

/** Every dataset of the catalogue, by id, and every problem found. */
export interface Catalog {
	datasets: Map<string, LoadedDataset>;
	problems: Problem[];
}

const DECLARATION_SUFFIX = '.dataset.json';

/** Files at least this large (bytes) are announced while they are checked (a long sync). */
export const PROGRESS_BYTES = 1_000_000;

/** Where {@link loadCatalog} reports progress on large files: one line per step. */
export type Progress = (line: string) => void;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Read and check every dataset under `<root>/<dir>` (default `data`). Problems use paths
 * relative to `root`. Never throws for bad data: see {@link loadCatalogOrThrow}. With
 * `progress`, each file of {@link PROGRESS_BYTES} or more is announced before and after its
 * checks (rows and seconds), then the checks across datasets; a small catalogue says nothing.
 */
export function loadCatalog(root: string, dir = 'data', progress?: Progress): Catalog {
	const problems: Problem[] = [];
	const datasets = new Map<string, LoadedDataset>();
	const folder = join(root, dir);
	const names = existsSync(folder) ? readdirSync(folder).sort() : [];
	const declared = new Set<string>();
	const sources = new Map<string, string>();
	let anyLarge = false;
	for (const name of names.filter((n) => n.endsWith(DECLARATION_SUFFIX))) {
		const id = name.slice(0, -DECLARATION_SUFFIX.length);
		const declFile = `${dir}/${name}`;
		const source = readFileSync(join(folder, name), 'utf8');
		sources.set(id, source);
		const parsed = parseDeclaration(source, declFile, id);
		problems.push(...parsed.problems);
		const d = parsed.declaration;
		// A broken declaration still claims its CSV: report the declaration, not a missing one.
		declared.add(`${id}.csv`);
		if (!d) continue;
		const csvName = d.path ?? `${id}.csv`;
		declared.add(csvName);
		const csvFile = `${dir}/${csvName}`;
		if (!existsSync(join(folder, csvName))) {
			problems.push({
				file: declFile,
				line: 1,
				col: 1,
				severity: 'error',
				code: 'missing-file',
				dataset: id,
				message: `the data file ${csvFile} does not exist`,
				value: csvName,
				expected: `the file ${csvFile}`,
				hint: 'add the CSV, or delete the declaration if the dataset was removed',
			});
			continue;
		}
		const bytes = readFileSync(join(folder, csvName));
		const large = bytes.length >= PROGRESS_BYTES;
		const started = performance.now();
		if (large) progress?.(`${csvFile}: ${(bytes.length / 1e6).toFixed(1)} MB, checking…`);
		const decoded = decodeCsv(bytes, csvFile, id);
		problems.push(...decoded.problems);
		if (decoded.text === undefined) continue;
		const checked = checkDataset(decoded.text, d, csvFile);
		problems.push(...checked.problems);
		if (large)
			progress?.(
				`${csvFile}: ${checked.dataset.rows.length.toLocaleString('en')} rows checked in ${seconds(started)}`,
			);
		anyLarge ||= large;
		datasets.set(id, {
			...checked.dataset,
			bytes: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex'),
		});
	}
	for (const name of names.filter((n) => n.endsWith('.csv') && !declared.has(n))) {
		problems.push({
			file: `${dir}/${name}`,
			line: 0,
			col: 0,
			severity: 'error',
			code: 'missing-declaration',
			message: 'this CSV has no declaration',
			value: name,
			expected: `${dir}/${name.replace(/\.csv$/, DECLARATION_SUFFIX)}`,
			hint: `run npm run new:dataset -- ${dir}/${name} to draft ${dir}/${name.replace(/\.csv$/, DECLARATION_SUFFIX)}`,
		});
	}
	const crossStarted = performance.now();
	problems.push(...checkCatalog(datasets, (id, path) => locateInJson(sources.get(id) ?? '', path)));
	if (anyLarge) progress?.(`foreign keys, points and quotes checked in ${seconds(crossStarted)}`);
	for (const ds of datasets.values()) {
		const subjects = ds.declaration.subjects;
		for (const [kind, target, key] of [
			['regions', 'regions', 'code'],
			['commodities', 'commodities', 'key'],
		] as const) {
			const known = new Set((datasets.get(target)?.rows ?? []).map((r) => String(r[key])));
			(subjects?.[kind] ?? []).forEach((value, i) => {
				if (known.has(value)) return;
				problems.push({
					file: `${dir}/${ds.declaration.id}${DECLARATION_SUFFIX}`,
					...locateInJson(sources.get(ds.declaration.id) ?? '', ['subjects', kind, i]),
					severity: 'error',
					code: 'declaration-subject',
					dataset: ds.declaration.id,
					message: `subjects.${kind} names "${value}", which is not a ${key} in ${target}.csv`,
					value,
					expected: `a ${key} in data/${target}.csv`,
					hint: 'fix the spelling, or add the row there first',
				});
			});
		}
	}
	for (const ds of datasets.values()) {
		const d = ds.declaration;
		if (d.id === 'sources') continue;
		const fk = d.schema.foreignKeys?.find((k) => k.reference.resource === 'sources');
		const field = d.schema.fields.find((f) => f.name === fk?.fields[0]);
		if (!fk || !field?.constraints?.required) {
			problems.push({
				file: `${dir}/${d.id}${DECLARATION_SUFFIX}`,
				line: 1,
				col: 1,
				severity: 'error',
				code: 'missing-source',
				dataset: d.id,
				message: 'rows must trace to a source: no required field with a foreign key to sources',
				value: fk ? (field?.name ?? fk.fields.join(',')) : '',
				expected: 'a required "source" field with a foreign key to sources',
				hint: 'add a required "source" field and { "fields": ["source"], "reference": { "resource": "sources", "fields": ["id"] } }',
			});
		}
	}
	return { datasets, problems };
}

/**
 * A cheap fingerprint of the catalogue's files (names, sizes, modification times) under
 * `<root>/<dir>`: it changes whenever a CSV or declaration is added, removed or saved. Lets
 * long-lived processes (`npm run dev`) re-read the data only when it changed.
 */
export function catalogStamp(root: string, dir = 'data'): string {
	const folder = join(root, dir);
	if (!existsSync(folder)) return '';
	return readdirSync(folder)
		.filter((n) => n.endsWith('.csv') || n.endsWith(DECLARATION_SUFFIX))
		.sort()
		.map((n) => {
			const s = statSync(join(folder, n));
			return `${n}:${s.size}:${s.mtimeMs}`;
		})
		.join('|');
}

/** {@link loadCatalog}, throwing a {@link DataError} listing every problem if any is an error. */
export function loadCatalogOrThrow(root: string, dir = 'data', progress?: Progress): Catalog {
	const catalog = loadCatalog(root, dir, progress);
	if (hasErrors(catalog.problems)) throw new DataError(catalog.problems);
	return catalog;
}
