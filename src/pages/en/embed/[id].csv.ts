// /en/embed/<chart-id>.csv: the rows behind a chart of an English story (or gallery example).
import type { GetStaticPaths } from 'astro';
import { csvPaths, csvResponse } from '../../../site/chart-routes.ts';

export const getStaticPaths = (() => csvPaths('en')) satisfies GetStaticPaths;
export const GET = csvResponse('en');
