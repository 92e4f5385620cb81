// /en/embed/<chart-id>.png: the share image of a chart of an English story (or gallery example).
import type { GetStaticPaths } from 'astro';
import { csvPaths } from '../../../site/chart-routes.ts';
import { pngResponse } from '../../../site/chart-svg-route.ts';

export const getStaticPaths = (() => csvPaths('en')) satisfies GetStaticPaths;
export const GET = pngResponse('en');
