/**
 * What the site publishes from a dataset: the CSV download (safe to open in a spreadsheet) and
 * the Frictionless Data Package describing the whole catalogue.
 */
import type { Value } from './cast.ts';
import type { Declaration } from './declaration.ts';
import type { CheckedDataset, Row } from './validate.ts';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for spreadsheets: a leading `= + - @`, TAB or CR gets an apostrophe in
 * front. Numbers are never touched (`-5` is data); only text fields go through this.
 */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: Value, isText: boolean): string {
	if (value === null) return '';
	let text = typeof value === 'string' ? value : String(value);
	if (isText) text = neutraliseFormula(text);
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV served for download: declared columns in order, values re-written from the typed rows
 * (so the dialect is always comma, "." decimals, ISO dates, LF line ends, UTF-8 without BOM),
 * text cells neutralised against formula injection.
 */
export function toCsv(declaration: Declaration, rows: readonly Row[]): string {
	const fields = declaration.schema.fields;
	const lines = [fields.map((f) => csvCell(f.name, true)).join(',')];
	for (const row of rows) {
		lines.push(fields.map((f) => csvCell(row[f.name] ?? null, f.type === 'string')).join(','));
	}
	return `${lines.join('\n')}\n`;
}

/** A source row as the datapackage lists it. */
export interface PackageSource {
	title: string;
	path?: string;
}

/**
 * A Frictionless Data Package (v2) describing every dataset as served under `/data/`.
 * `sourcesOf(ds)` gives the sources a dataset's rows cite; `hashOf(ds)` the SHA-256 of the
 * served CSV.
 */
export function dataPackage(
	datasets: readonly CheckedDataset[],
	opts: {
		siteUrl: string;
		sourcesOf: (ds: CheckedDataset) => PackageSource[];
		csvOf: (ds: CheckedDataset) => { bytes: number; sha256: string };
	},
): Record<string, unknown> {
	const latest = datasets
		.map((ds) => ds.declaration.updated)
		.sort()
		.at(-1);
	return {
		$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
		name: 'lumbung-devisa',
		title: 'Lumbung Devisa — data desa devisa dan ekspor UMKM',
		description:
			'Datasets behind Lumbung Devisa, a data-journalism publication about Indonesia’s export villages (Desa Devisa). Every row cites a source listed in the sources resource.',
		homepage: opts.siteUrl,
		...(latest ? { created: `${latest}T00:00:00+07:00` } : {}),
		licenses: [
			{
				name: 'CC-BY-4.0',
				title: 'Creative Commons Attribution 4.0',
				path: 'https://creativecommons.org/licenses/by/4.0/',
			},
		],
		resources: datasets.map((ds) => {
			const d = ds.declaration;
			const file = opts.csvOf(ds);
			return {
				name: d.id,
				path: `${d.id}.csv`,
				type: 'table',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				bytes: file.bytes,
				hash: `sha256:${file.sha256}`,
				title: d.title.id,
				description: d.description.id,
				'lumbung:title': d.title,
				'lumbung:description': d.description,
				...(d.notes ? { 'lumbung:notes': d.notes } : {}),
				'lumbung:updated': d.updated,
				sources: opts.sourcesOf(ds),
				licenses: [d.licence],
				dialect: { delimiter: ',', header: true },
				schema: {
					fields: d.schema.fields.map((f) => ({
						name: f.name,
						type: f.type,
						...(f.title ? { title: f.title.en } : {}),
						description: typeof f.description === 'string' ? f.description : f.description.en,
						...(f.unit ? { 'lumbung:unit': f.unit } : {}),
						...(f.constraints ? { constraints: f.constraints } : {}),
					})),
					missingValues: [''],
					primaryKey: d.schema.primaryKey,
					...(d.schema.foreignKeys ? { foreignKeys: d.schema.foreignKeys } : {}),
				},
			};
		}),
	};
}
