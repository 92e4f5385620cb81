import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { datasetsLoader, rowsLoader } from './lib/data/astro-loader.ts';
import { storiesLoader } from './lib/stories/astro-loader.ts';
import type { ParsedMdx } from './lib/mdx/extract.ts';
import { storyFrontmatterSchema } from './lib/stories/frontmatter.ts';

// Rows are fully checked by src/lib/data, and story frontmatter by src/lib/stories (with real
// line numbers), before they reach these schemas; the schemas give pages their types.

const datasets = defineCollection({ loader: datasetsLoader() });

// Astro reads frontmatter with js-yaml, which turns 2022-11-01 into a Date; our check has already
// refused impossible dates, so turn Dates back into the calendar text they were written as.
const asWritten = (value: unknown): unknown =>
	value instanceof Date
		? value.toISOString().slice(0, 10)
		: Array.isArray(value)
			? value.map(asWritten)
			: value && typeof value === 'object'
				? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asWritten(v)]))
				: value;

// The loader adds what it found to the frontmatter: the story's status on the day of the build
// and its parsed MDX (one parse, shared by the lint, the pages, the embeds and the chart CSVs).
const stories = defineCollection({
	loader: storiesLoader(),
	schema: z.preprocess(
		asWritten,
		storyFrontmatterSchema.extend({
			status: z.enum(['published', 'draft', 'scheduled']),
			parsed: z.custom<ParsedMdx>((v) => typeof v === 'object' && v !== null),
		}),
	),
});

const villages = defineCollection({
	loader: rowsLoader('villages'),
	schema: z.object({
		id: z.string(),
		name: z.string(),
		dd_name: z.string(),
		code: z.string(),
		code_status: z.enum(['confirmed', 'inferred']),
		district: z.string().nullable(),
		regency_code: z.string(),
		province_code: z.string(),
		commodity: z.string(),
		designated: z.string().nullable(),
		designated_year: z.number().nullable(),
		lat: z.number(),
		lon: z.number(),
		coord_level: z.enum(['village', 'district', 'regency']),
		status: z.enum(['confirmed', 'conflict']),
		note: z.string().nullable(),
		note_en: z.string().nullable(),
		source: z.string(),
		location_source: z.string().nullable(),
	}),
});

const regions = defineCollection({
	loader: rowsLoader('regions'),
	schema: z.object({
		code: z.string(),
		level: z.enum(['province', 'regency']),
		kind: z.enum(['provinsi', 'kabupaten', 'kota']),
		name: z.string(),
		name_full: z.string(),
		name_en: z.string(),
		slug: z.string(),
		parent_code: z.string().nullable(),
		lat: z.number(),
		lon: z.number(),
		min_lon: z.number(),
		min_lat: z.number(),
		max_lon: z.number(),
		max_lat: z.number(),
		source: z.string(),
	}),
});

const commodities = defineCollection({
	loader: rowsLoader('commodities'),
	schema: z.object({
		key: z.string(),
		name_id: z.string(),
		name_en: z.string(),
		group: z.enum(['kebun', 'pangan', 'laut', 'tekstil', 'kerajinan']),
		source: z.string(),
	}),
});

export const collections = { datasets, stories, villages, regions, commodities };
