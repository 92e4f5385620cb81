// /embed/<chart-id>.png: the share image of a chart of an Indonesian story (or gallery example).
import type { GetStaticPaths } from 'astro';
import { csvPaths } from '../../site/chart-routes.ts';
import { pngResponse } from '../../site/chart-svg-route.ts';

export const getStaticPaths = (() => csvPaths('id')) satisfies GetStaticPaths;
export const GET = pngResponse('id');
