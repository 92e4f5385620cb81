// /data/datapackage.json: the whole catalogue as a Frictionless Data Package.
import type { APIRoute } from 'astro';
import { createHash } from 'node:crypto';
import { dataPackage, toCsv } from '../../lib/data/export.ts';
import type { LoadedDataset } from '../../lib/data/load.ts';
import { allDatasets } from '../../site/data.ts';
import { citedSources } from '../../site/datasets.ts';

export const GET: APIRoute = async ({ site }) => {
	const datasets = allDatasets();
	const sources = datasets.find((ds) => ds.declaration.id === 'sources');
	const pkg = dataPackage(datasets, {
		siteUrl: new URL(import.meta.env.BASE_URL, site).href,
		sourcesOf: (ds) =>
			sources
				? citedSources(ds as LoadedDataset, sources).map(({ row }) => ({
						title: `${String(row.outlet)}${row.title ? `: ${String(row.title)}` : ''}`,
						...(typeof row.url === 'string' ? { path: row.url } : {}),
					}))
				: [],
		csvOf: (ds) => {
			const text = toCsv(ds.declaration, ds.rows);
			const bytes = Buffer.from(text, 'utf8');
			return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
		},
	});
	return new Response(`${JSON.stringify(pkg, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
