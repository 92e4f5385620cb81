// /en/map/villages/<regency>.json: a regency's villages for the large live maps (English words);
// only built when the villages are too many to list in a page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { villageFileJson, villageFilePaths } from '../../../../site/maps.ts';

export const getStaticPaths = (() => villageFilePaths()) satisfies GetStaticPaths;

// Looked up from the params, not passed as props: `npm run dev` keeps props from the first load.
export const GET: APIRoute = ({ params }) =>
	new Response(villageFileJson(params.code ?? '', 'en'), {
		headers: { 'Content-Type': 'application/json' },
	});
