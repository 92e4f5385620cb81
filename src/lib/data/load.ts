/**
 * Reading the catalogue from disk: every `data/<id>.dataset.json` with its CSV, all checked,
 * every problem collected. Used by the content loader (build and dev) and by
 * `npm run validate:data`, so both report exactly the same thing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../lang.ts';
import { processWide } from '../process-wide.ts';
import { problemText } from '../messages/index.ts';
import { locateInJson, parseDeclaration } from './declaration.ts';
import { decodeCsv } from './decode.ts';
import { sourceRowWarnings } from './source-row.ts';
import type { Problem } from './problems.ts';
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

/** One dataset's files as last read, with what came of them. */
interface LoadedFiles {
	/** The declaration's text. */
	declaration: string;
	csvFile: string;
	/** SHA-256 of the CSV's bytes, hex. */
	sha256: string;
	/** The problems of the CSV and its rows (not those across datasets). */
	problems: Problem[];
	/** Undefined when the CSV could not be decoded. */
	dataset?: LoadedDataset;
}

/**
 * The datasets of the folder read last, by id: a dataset whose declaration and CSV are as they
 * were is not checked again, and stays the same object (so what was computed from it stays valid:
 * src/lib/data/reads.ts). Only one folder is kept, so tests reading many copies keep one. Kept for
 * the process ({@link processWide}), like {@link currentCatalog}'s catalogue: the pages' copy of
 * this module reads the same dataset objects as the content loaders' copy.
 */
const lastLoaded = () =>
	processWide('loaded-datasets', () => ({
		folder: '',
		byId: new Map<string, LoadedFiles>(),
	}));

/**
 * Read and check every dataset under `<root>/<dir>` (default `data`). Problems use paths
 * relative to `root`. Never throws for bad data: the problems are returned. With
 * `progress`, each file of {@link PROGRESS_BYTES} or more is announced before and after its
 * checks (rows and seconds), then the checks across datasets; a small catalogue says nothing.
 * A dataset whose two files are as at the previous call on the same folder is not read again: its
 * previous dataset object and problems are returned (the checks across datasets always run).
 */
export function loadCatalog(root: string, dir = 'data', progress?: Progress): Catalog {
	const problems: Problem[] = [];
	const datasets = new Map<string, LoadedDataset>();
	const folder = join(root, dir);
	const last = lastLoaded();
	const previous = last.folder === folder ? last.byId : undefined;
	const loaded = new Map<string, LoadedFiles>();
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
				...problemText('missing-file', { file: csvFile }),
				dataset: id,
				value: csvName,
			});
			continue;
		}
		const bytes = readFileSync(join(folder, csvName));
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		const kept = previous?.get(id);
		if (kept && kept.declaration === source && kept.csvFile === csvFile && kept.sha256 === sha256) {
			problems.push(...kept.problems);
			if (kept.dataset) datasets.set(id, kept.dataset);
			loaded.set(id, kept);
			continue;
		}
		const large = bytes.length >= PROGRESS_BYTES;
		const started = performance.now();
		if (large) progress?.(`${csvFile}: ${(bytes.length / 1e6).toFixed(1)} MB, checking…`);
		const decoded = decodeCsv(bytes, csvFile, id);
		const own = [...decoded.problems];
		const checked = decoded.text === undefined ? undefined : checkDataset(decoded.text, d, csvFile);
		own.push(...(checked?.problems ?? []));
		problems.push(...own);
		if (large && checked)
			progress?.(
				`${csvFile}: ${checked.dataset.rows.length.toLocaleString('en')} rows checked in ${seconds(started)}`,
			);
		anyLarge ||= large;
		const dataset = checked && { ...checked.dataset, bytes: bytes.length, sha256 };
		loaded.set(id, { declaration: source, csvFile, sha256, problems: own, dataset });
		if (dataset) datasets.set(id, dataset);
	}
	last.folder = folder;
	last.byId = loaded;
	for (const name of names.filter((n) => n.endsWith('.csv') && !declared.has(n))) {
		problems.push({
			file: `${dir}/${name}`,
			line: 0,
			col: 0,
			severity: 'error',
			...problemText('missing-declaration', {
				csv: `${dir}/${name}`,
				declaration: `${dir}/${name.replace(/\.csv$/, DECLARATION_SUFFIX)}`,
			}),
			value: name,
			expected: `${dir}/${name.replace(/\.csv$/, DECLARATION_SUFFIX)}`,
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
					...problemText('declaration-subject', { kind, value, key, target }),
					dataset: ds.declaration.id,
					value,
				});
			});
		}
	}
	// Issue 16: a source is dated (or says why not) and names its article, not a site's front page.
	const sourceList = datasets.get('sources');
	if (sourceList) {
		const fields = sourceList.declaration.schema.fields.map((f) => f.name);
		const file = `${dir}/${sourceList.declaration.path ?? 'sources.csv'}`;
		sourceList.rows.forEach((row, i) => {
			const values = Object.fromEntries(
				fields.map((f) => [f, row[f] === undefined || row[f] === null ? '' : String(row[f])]),
			);
			problems.push(...sourceRowWarnings(values, fields, file, sourceList.lines[i] ?? 0));
		});
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
				...problemText('missing-source'),
				dataset: d.id,
				value: fk ? (field?.name ?? fk.fields.join(',')) : '',
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

const lastCatalog = () =>
	processWide('catalog', () => ({ key: '', catalog: undefined as Catalog | undefined }));

/**
 * {@link loadCatalog}, read again only when a data file changed ({@link catalogStamp}): every
 * caller between two changes gets the same catalogue (the same dataset objects), so what is
 * derived from it — the story checks first — is computed once, not once per caller. `progress`
 * hears about large files when they are read.
 */
export function currentCatalog(root: string, dir = 'data', progress?: Progress): Catalog {
	const key = `${root}\0${dir}\0${catalogStamp(root, dir)}`;
	const last = lastCatalog();
	if (last.key !== key || !last.catalog) {
		last.catalog = loadCatalog(root, dir, progress);
		last.key = key;
	}
	return last.catalog;
}
