// The CSV download of a dataset, re-written from the checked rows and safe for spreadsheets.
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/data/export.ts';
import { allDatasets, dataset } from '../../site/data.ts';

export const getStaticPaths = (async () =>
	allDatasets().map((ds) => ({
		params: { id: ds.declaration.id },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const ds = dataset(params.id ?? '');
	return new Response(toCsv(ds.declaration, ds.rows), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
