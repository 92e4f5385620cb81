// /en/map/villages/<regency>.json: a regency's villages for the large live maps (English words);
// only built when the villages are too many to list in a page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { villageFileJson, villageFilePaths } from '../../../../components/maps/data.ts';
import type { Village } from '../../../../lib/maps/records.ts';

export const getStaticPaths = (() => villageFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
	new Response(
		villageFileJson(params.code ?? '', (props as { villages: Village[] }).villages, 'en'),
		{
			headers: { 'Content-Type': 'application/json' },
		},
	);
