import type { APIRoute } from 'astro';
import { storyFeed } from '../../site/feed.ts';

export const GET: APIRoute = ({ site }) =>
	storyFeed('en', site ?? new URL('https://lumbungdevisa.id'));
