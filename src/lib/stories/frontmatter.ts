/**
 * Story frontmatter: the schema, and a check that reports every problem at its real line and
 * column in the MDX file (Astro itself reports frontmatter errors at `file:0:0`).
 *
 * YAML is read with the core schema, so `published: 2024-02-30` stays the text it is and is
 * refused as an impossible date instead of rolling over to 1 March.
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import { isRealDate } from '../data/cast.ts';
import type { CheckedDataset } from '../data/validate.ts';
import { didYouMean, type Problem } from '../data/problems.ts';

const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and "-" (e.g. jawa-timur)');

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2022-11-01')
	.refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), {
		message: 'this date does not exist in the calendar',
	});

/** The frontmatter of a story. Every key is documented for the journalists' guide. */
export const storyFrontmatterSchema = z.strictObject({
	/** Headline, in the story's language. */
	title: z.string().trim().min(1).max(140),
	/** The standfirst under the headline: one or two sentences. */
	dek: z.string().trim().min(1).max(320),
	/** Bylines, in order: at most 10 names of at most 80 characters. */
	authors: z.array(z.string().trim().min(1).max(80)).min(1).max(10),
	/**
	 * First publication date, YYYY-MM-DD (Jakarta calendar). A date after the day of the build
	 * schedules the story: it is left out of the build, like a draft, until a build on or after
	 * that day.
	 */
	published: isoDate,
	/** Date of the last substantive update, YYYY-MM-DD; not before `published`. */
	updated: isoDate.optional(),
	/** Language of the story: must match its folder (`id/` or `en/`). */
	lang: z.enum(['id', 'en']),
	/** Region hubs the story belongs to: slugs from data/regions.csv (e.g. lamongan, jawa-timur). */
	regions: z.array(slug).default([]),
	/** Commodity hubs the story belongs to: keys from data/commodities.csv (e.g. kakao). */
	commodities: z.array(slug).default([]),
	/** Datasets the story draws on, beyond those its charts and figures already name. */
	datasets: z.array(slug).default([]),
	/** Sources for the story as a whole, beyond those its figures cite: ids in data/sources.csv. */
	sources: z.array(slug).default([]),
	/** The same key in the Indonesian and English versions links them as translations. */
	translationKey: slug,
	/** Drafts are checked but not published. */
	draft: z.boolean().default(false),
	/** Put the story at the top of the front page (the newest featured story wins). */
	featured: z.boolean().default(false),
	/** Optional cover image under public/ (it must exist), shown under the headline with its credit. */
	cover: z
		.strictObject({
			image: z
				.string()
				.regex(/^\/[\w./-]+\.(png|jpe?g|webp|svg)$/, 'a path under public/, e.g. /img/x.jpg'),
			alt: z.string().trim().min(1).max(250),
			credit: z.string().trim().min(1).max(150),
		})
		.optional(),
	/**
	 * Figures written in the title or dek, each with where it comes from: a row of
	 * data/figures.csv (`fact`) or one cell of a dataset (`dataset`, `column`, `where`). The
	 * build checks that the text says the data's value (prose-numbers.ts).
	 */
	figures: z
		.array(
			z.strictObject({
				text: z.string().trim().min(1),
				fact: slug.optional(),
				dataset: slug.optional(),
				column: z.string().min(1).optional(),
				where: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
			}),
		)
		.default([]),
	/** Corrections, oldest first: the date and what was corrected. */
	corrections: z
		.array(z.strictObject({ date: isoDate, text: z.string().trim().min(1).max(1000) }))
		.default([]),
});

/**
 * For each frontmatter key: what it accepts and an example line, used in error messages
 * (`expected`, `hint`) and by `npm run new:story`.
 */
export const FRONTMATTER_HELP: Record<
	keyof z.input<typeof storyFrontmatterSchema>,
	{ expected: string; example: string }
> = {
	title: {
		expected: 'the headline: text, at most 140 characters',
		example: "title: 'Kakao Kutai Timur menunggu pembeli'",
	},
	dek: {
		expected: 'one or two sentences under the headline, at most 320 characters',
		example: "dek: 'Kebunnya ada; produksinya belum stabil.'",
	},
	authors: {
		expected: 'a list of at most 10 names, each at most 80 characters',
		example: "authors: ['Nama Penulis']",
	},
	published: {
		expected: 'a date written YYYY-MM-DD (a later day than today schedules the story)',
		example: 'published: 2025-03-01',
	},
	updated: {
		expected: 'a date written YYYY-MM-DD, not before published',
		example: 'updated: 2025-03-15',
	},
	lang: { expected: 'id or en, the same as the folder the file is in', example: 'lang: id' },
	regions: {
		expected: 'a list of region slugs from data/regions.csv',
		example: "regions: ['lamongan', 'jawa-timur']",
	},
	commodities: {
		expected: 'a list of commodity keys from data/commodities.csv',
		example: "commodities: ['kakao']",
	},
	datasets: {
		expected: 'a list of dataset ids (file names in data/ without .csv)',
		example: "datasets: ['villages']",
	},
	sources: {
		expected: 'a list of source ids from data/sources.csv',
		example: "sources: ['indovoices-nusasari']",
	},
	translationKey: {
		expected: 'lowercase letters, digits and "-"; the same in both languages of a story',
		example: 'translationKey: kakao-kutai-timur',
	},
	draft: { expected: 'true or false', example: 'draft: true' },
	featured: { expected: 'true or false', example: 'featured: false' },
	cover: {
		expected:
			'image (a file under public/, written from the site root), alt (at most 250 characters) and credit (at most 150)',
		example:
			"cover: { image: '/img/kakao.jpg', alt: 'Petani menjemur biji kakao', credit: 'Foto: Nama' }",
	},
	figures: {
		expected:
			'a list of { text, fact } or { text, dataset, column, where }: each figure in the title or dek and the data it comes from',
		example:
			"figures: [{ text: '1.909', dataset: dd-national, column: villages, where: { as_of: '2025-03' } }]",
	},
	corrections: {
		expected: 'a list of { date, text }, each text at most 1,000 characters',
		example:
			"corrections: [{ date: 2025-03-02, text: 'Luas kebun diperbaiki: 1.161 ha, bukan 1.611 ha.' }]",
	},
};

/** Parsed, checked frontmatter. */
export type StoryFrontmatter = z.infer<typeof storyFrontmatterSchema>;

/** A value as shown in a message: at most 80 characters. */
const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** The frontmatter block of an MDX file: its YAML text and the line the YAML starts on. */
export function frontmatterBlock(source: string): { text: string; line: number } | undefined {
	const m = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(source);
	return m ? { text: m[1] ?? '', line: 2 } : undefined;
}

/** What the frontmatter check needs from the data catalogue. */
export interface FrontmatterContext {
	datasets: ReadonlyMap<string, CheckedDataset>;
	/** The language implied by the file's folder. */
	folderLang: 'id' | 'en';
	/**
	 * Whether a site path (`/img/x.jpg`) names a file the site serves (under public/); the
	 * cover image is checked with it when given.
	 */
	assetExists?: (path: string) => boolean;
	/**
	 * The day of the build, YYYY-MM-DD: an `updated` date after it is refused (a change cannot
	 * have been made yet). Not checked when absent.
	 */
	today?: string;
}

/**
 * Check a story's frontmatter. Returns the data when it is usable (also when the only problems
 * are `frontmatter-todo`), and every problem located at
 * its line and column in `file` (codes `frontmatter-yaml`, `frontmatter-missing`,
 * `frontmatter-type`, `frontmatter-unknown-key`, `frontmatter-reference`, `frontmatter-todo`).
 */
export function checkFrontmatter(
	source: string,
	file: string,
	ctx: FrontmatterContext,
): { data?: StoryFrontmatter; problems: Problem[] } {
	const problems: Problem[] = [];
	const block = frontmatterBlock(source);
	const base = { file, severity: 'error' as const };
	if (!block) {
		problems.push({
			...base,
			line: 1,
			col: 1,
			code: 'frontmatter-missing',
			message: 'the story has no frontmatter',
			expected: 'a block between two "---" lines at the top with title, dek, authors…',
			hint: 'copy the frontmatter of an existing story, or run npm run new:story',
		});
		return { problems };
	}
	const lines = new LineCounter();
	const doc = parseDocument(block.text, { schema: 'core', lineCounter: lines, uniqueKeys: true });
	const at = (offset: number | undefined) => {
		const pos = lines.linePos(offset ?? 0);
		return { line: block.line + pos.line - 1, col: pos.col };
	};
	for (const error of doc.errors) {
		problems.push({
			...base,
			...at(error.pos[0]),
			code: 'frontmatter-yaml',
			// yaml's own "at line N, column M" counts from the frontmatter, not the file: drop it.
			message: (error.message.split('\n')[0] ?? 'invalid YAML').replace(
				/ at line \d+, column \d+:?$/,
				'',
			),
			hint: 'check indentation, and put text containing ":" or "#" in quotes',
		});
	}
	if (problems.length) return { problems };
	const raw: unknown = doc.toJS();
	const nodeAt = (path: (string | number)[]): Node | undefined => {
		for (let n = path.length; n > 0; n--) {
			const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
			if (node && typeof node === 'object' && 'range' in node) return node;
		}
		return undefined;
	};
	const keyAt = (key: string): Node | undefined => {
		if (!isMap(doc.contents)) return undefined;
		const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
		return pair?.key as Node | undefined;
	};
	const result = storyFrontmatterSchema.safeParse(raw ?? {});
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = issue.path.filter(
				(p): p is string | number => typeof p === 'string' || typeof p === 'number',
			);
			const name = path.join('.') || '(frontmatter)';
			if (issue.code === 'unrecognized_keys') {
				for (const key of issue.keys) {
					const guess = didYouMean(key, Object.keys(storyFrontmatterSchema.shape));
					problems.push({
						...base,
						...at(keyAt(key)?.range?.[0]),
						code: 'frontmatter-unknown-key',
						subject: `frontmatter.${key}`,
						message: `unknown key "${key}"`,
						value: key,
						expected: Object.keys(storyFrontmatterSchema.shape).join(', '),
						hint: guess
							? `did you mean "${guess}"?`
							: 'the keys are listed in docs/panduan.md (Frontmatter); delete this one',
					});
				}
				continue;
			}
			const node = nodeAt(path);
			const missing = node === undefined || (path.length > 0 && doc.getIn(path) === undefined);
			const value = doc.getIn(path);
			const help = FRONTMATTER_HELP[path[0] as keyof typeof FRONTMATTER_HELP];
			problems.push({
				...base,
				...at(missing ? 0 : node?.range?.[0]),
				code: missing ? 'frontmatter-missing' : 'frontmatter-type',
				subject: `frontmatter.${name}`,
				message: missing ? `"${name}" is required` : `${name}: ${issue.message}`,
				value: missing || value === undefined ? '' : clip(String(value)),
				...(help
					? {
							expected: help.expected,
							hint: missing ? `add the line ${help.example}` : `for example ${help.example}`,
						}
					: {}),
			});
		}
		return { problems };
	}
	const data = result.data;
	const ref = (key: keyof StoryFrontmatter, index: number | undefined) =>
		at(nodeAt(index === undefined ? [key] : [key, index])?.range?.[0]);
	if (data.lang !== ctx.folderLang) {
		problems.push({
			...base,
			...ref('lang', undefined),
			code: 'frontmatter-type',
			subject: 'frontmatter.lang',
			message: `lang is "${data.lang}" but the file is in the ${ctx.folderLang}/ folder`,
			value: data.lang,
			expected: ctx.folderLang,
			hint: `write lang: ${ctx.folderLang}, or move the file to src/content/stories/${data.lang}/`,
		});
	}
	if (data.updated && data.updated < data.published) {
		problems.push({
			...base,
			...ref('updated', undefined),
			code: 'frontmatter-type',
			subject: 'frontmatter.updated',
			message: `updated (${data.updated}) is before published (${data.published})`,
			value: data.updated,
			expected: `a date on or after ${data.published}`,
			hint: 'updated is the date of the last substantive change; leave it out until there is one',
		});
	}
	if (data.updated && ctx.today && data.updated > ctx.today) {
		problems.push({
			...base,
			...ref('updated', undefined),
			code: 'frontmatter-type',
			subject: 'frontmatter.updated',
			message: `updated (${data.updated}) is in the future (the build's day is ${ctx.today})`,
			value: data.updated,
			expected: `a date on or before ${ctx.today}`,
			hint: 'updated is the day the change was made: write it once the change is published',
		});
	}
	data.corrections.forEach((c, i) => {
		if (c.date < data.published) {
			problems.push({
				...base,
				...at(nodeAt(['corrections', i, 'date'])?.range?.[0]),
				code: 'frontmatter-type',
				subject: `frontmatter.corrections.${i}.date`,
				message: `a correction (${c.date}) cannot be before publication (${data.published})`,
				value: c.date,
				expected: `a date on or after ${data.published}`,
				hint: 'the date of a correction is the day it was made',
			});
		}
	});
	if (!data.draft) {
		// npm run new:story leaves TODO placeholders; a published story may not keep any.
		const texts: [(string | number)[], string][] = [
			[['title'], data.title],
			[['dek'], data.dek],
			...data.authors.map((a, i): [(string | number)[], string] => [['authors', i], a]),
			...data.corrections.map((c, i): [(string | number)[], string] => [
				['corrections', i, 'text'],
				c.text,
			]),
			...(data.cover
				? ([
						[['cover', 'alt'], data.cover.alt],
						[['cover', 'credit'], data.cover.credit],
					] as [(string | number)[], string][])
				: []),
		];
		for (const [path, text] of texts) {
			if (!/\bTODO\b/.test(text)) continue;
			problems.push({
				...base,
				...at(nodeAt(path)?.range?.[0]),
				code: 'frontmatter-todo',
				subject: `frontmatter.${path.join('.')}`,
				message: 'this is still a TODO placeholder, and the story is not a draft',
				value: text,
				expected: 'the final text',
				hint: 'write the text, or keep "draft: true" until the story is ready',
			});
		}
	}
	if (data.cover && ctx.assetExists && !ctx.assetExists(data.cover.image)) {
		problems.push({
			...base,
			...at(nodeAt(['cover', 'image'])?.range?.[0]),
			code: 'frontmatter-reference',
			subject: 'frontmatter.cover.image',
			message: `the cover image ${data.cover.image} is not in public/`,
			value: data.cover.image,
			expected: 'the path of a file under public/, e.g. /img/kakao.jpg for public/img/kakao.jpg',
			hint: 'save the photo (with permission) under public/img/ and write its path from the site root',
		});
	}
	const keys = (id: string, field: string) =>
		(ctx.datasets.get(id)?.rows ?? []).map((r) => String(r[field]));
	const checks: [keyof StoryFrontmatter, string[], string][] = [
		['regions', keys('regions', 'slug'), 'a region slug in data/regions.csv'],
		['commodities', keys('commodities', 'key'), 'a commodity key in data/commodities.csv'],
		['datasets', [...ctx.datasets.keys()], 'a dataset id in data/'],
		['sources', keys('sources', 'id'), 'a source id in data/sources.csv'],
	];
	for (const [key, known, expected] of checks) {
		(data[key] as string[]).forEach((value, i) => {
			if (known.includes(value)) return;
			const guess = didYouMean(value, known);
			problems.push({
				...base,
				...ref(key, i),
				code: 'frontmatter-reference',
				subject: `frontmatter.${key}`,
				message: `"${value}" does not exist`,
				value,
				expected,
				...(guess ? { hint: `did you mean "${guess}"?` } : {}),
			});
		});
	}
	// TODO placeholders leave the data usable (the body can still be checked for its own TODOs).
	return problems.some((p) => p.code !== 'frontmatter-todo') ? { problems } : { data, problems };
}
