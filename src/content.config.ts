import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { storiesLoader } from './integrations/stories-loader.ts';
import type { ParsedMdx } from './lib/mdx/extract.ts';
import { storyFrontmatterSchema } from './lib/stories/frontmatter.ts';

// The one collection: stories. Datasets reach pages through src/site/data.ts (read and checked by
// src/lib/data, once per build); the stories loader reads them first, so bad data fails the build
// while content syncs. Story frontmatter is checked by src/lib/stories (with real line numbers)
// before it reaches this schema; the schema gives pages their types.

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
// and, in a build, its parsed MDX (one parse, shared by the lint, the pages, the embeds and the
// chart CSVs; in `npm run dev` pages take the parse from the dev checks instead).
const stories = defineCollection({
	loader: storiesLoader(),
	schema: z.preprocess(
		asWritten,
		storyFrontmatterSchema.extend({
			status: z.enum(['published', 'draft', 'scheduled']),
			parsed: z.custom<ParsedMdx>((v) => typeof v === 'object' && v !== null).optional(),
		}),
	),
});

export const collections = { stories };
