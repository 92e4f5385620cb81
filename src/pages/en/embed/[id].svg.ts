// /en/embed/<chart-id>.svg: the drawing of a chart of an English story, as an image (RSS feed).
import type { GetStaticPaths } from 'astro';
import { svgPaths, svgResponse } from '../../../site/chart-svg-route.ts';

export const getStaticPaths = (() => svgPaths('en')) satisfies GetStaticPaths;
export const GET = svgResponse('en');
