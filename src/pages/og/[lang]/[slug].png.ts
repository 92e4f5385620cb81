// The share preview image of each story: /og/<lang>/<slug>.png (1200 × 630), drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyCard } from '../../../site/og.ts';
import type { Lang } from '../../../lib/lang.ts';
import { allStories, storyBySlug } from '../../../site/stories.ts';

export const getStaticPaths = (async () =>
	(await allStories()).map((story) => ({
		params: { lang: story.lang, slug: story.slug },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const story = await storyBySlug(params.lang as Lang, params.slug ?? '');
	const png = await storyCard(story);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
