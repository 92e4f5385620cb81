import type { APIRoute } from 'astro';
import { storyFeed } from '../site/feed.ts';
import { SITE } from '../site/paths.ts';

export const GET: APIRoute = () => storyFeed('id', SITE);
