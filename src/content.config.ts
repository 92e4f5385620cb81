import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { datasetsLoader, rowsLoader } from './lib/data/astro-loader.ts';

// Rows are fully checked by src/lib/data before they reach these schemas; the schemas only
// give pages their types.

const datasets = defineCollection({ loader: datasetsLoader() });

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
	}),
});

const regions = defineCollection({
	loader: rowsLoader('regions'),
	schema: z.object({
		code: z.string(),
		level: z.enum(['province', 'regency']),
		name: z.string(),
		slug: z.string(),
		parent_code: z.string().nullable(),
		lat: z.number(),
		lon: z.number(),
		source: z.string(),
	}),
});

const commodities = defineCollection({
	loader: rowsLoader('commodities'),
	schema: z.object({
		key: z.string(),
		name_id: z.string(),
		name_en: z.string(),
		group: z.string(),
		source: z.string(),
	}),
});

export const collections = { datasets, villages, regions, commodities };
