// /embed/<chart-id>.svg: the drawing of a chart of an Indonesian story, as an image (RSS feed).
import type { GetStaticPaths } from 'astro';
import { svgPaths, svgResponse } from '../../site/chart-svg-route.ts';

export const getStaticPaths = (() => svgPaths('id')) satisfies GetStaticPaths;
export const GET = svgResponse('id');
