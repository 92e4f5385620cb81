/**
 * Story frontmatter: the schema, and a check that reports every problem at its real line and
 * column in the MDX file (Astro itself reports frontmatter errors at `file:0:0`).
 *
 * YAML is read with the core schema, so `published: 2024-02-30` stays the text it is and is
 * refused as an impossible date instead of rolling over to 1 March.
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import { isRealDate } from '../data/cast.ts';
import type { CheckedDataset } from '../data/validate.ts';
import { didYouMean, type Problem } from '../data/problems.ts';
import { problemText, say, type Said } from '../messages/index.ts';
import { issueText } from '../messages/zod.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'zod.slug');

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'zod.iso-date')
	.refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), {
		message: 'zod.calendar',
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
			image: z.string().regex(/^\/[\w./-]+\.(png|jpe?g|webp|svg)$/, 'zod.public-path'),
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
 * For each frontmatter key: an example line, used in error messages (`hint`) and by
 * `npm run new:story`; what each key accepts is in the message catalogue
 * (`frontmatter.expected.<key>`).
 */
export const FRONTMATTER_HELP: Record<
	keyof z.input<typeof storyFrontmatterSchema>,
	{ example: string }
> = {
	title: { example: "title: 'Kakao Kutai Timur menunggu pembeli'" },
	dek: { example: "dek: 'Kebunnya ada; produksinya belum stabil.'" },
	authors: { example: "authors: ['Nama Penulis']" },
	published: { example: 'published: 2025-03-01' },
	updated: { example: 'updated: 2025-03-15' },
	lang: { example: 'lang: id' },
	regions: { example: "regions: ['lamongan', 'jawa-timur']" },
	commodities: { example: "commodities: ['kakao']" },
	datasets: { example: "datasets: ['villages']" },
	sources: { example: "sources: ['indovoices-nusasari']" },
	translationKey: { example: 'translationKey: kakao-kutai-timur' },
	draft: { example: 'draft: true' },
	featured: { example: 'featured: false' },
	cover: {
		example:
			"cover: { image: '/img/kakao.jpg', alt: 'Petani menjemur biji kakao', credit: 'Foto: Nama' }",
	},
	figures: {
		example:
			"figures: [{ text: '1.909', dataset: dd-national, column: villages, where: { as_of: '2025-03' } }]",
	},
	corrections: {
		example:
			"corrections: [{ date: 2025-03-02, text: 'Luas kebun diperbaiki: 1.161 ha, bukan 1.611 ha.' }]",
	},
};

/** What a frontmatter key accepts, in the reader's language. */
const expectedOf = (key: keyof typeof FRONTMATTER_HELP): Said => say(`frontmatter.expected.${key}`);

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
 * The last frontmatter blocks parsed, by text (read only once parsed): `npm run dev` checks every
 * story again when a data file changes, and the YAML of an unchanged story is the same.
 */
const yamlParses = new Map<string, { doc: Document.Parsed; lines: LineCounter }>();
const YAML_KEPT = 5_000;

function parsedYaml(text: string): { doc: Document.Parsed; lines: LineCounter } {
	let parsed = yamlParses.get(text);
	if (parsed) yamlParses.delete(text);
	else {
		const lines = new LineCounter();
		const doc = parseDocument(text, { schema: 'core', lineCounter: lines, uniqueKeys: true });
		parsed = { doc, lines };
	}
	yamlParses.set(text, parsed);
	if (yamlParses.size > YAML_KEPT) yamlParses.delete(yamlParses.keys().next().value ?? '');
	return parsed;
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
			...problemText('frontmatter-missing/none'),
		});
		return { problems };
	}
	const { doc, lines } = parsedYaml(block.text);
	const at = (offset: number | undefined) => {
		const pos = lines.linePos(offset ?? 0);
		return { line: block.line + pos.line - 1, col: pos.col };
	};
	for (const error of doc.errors) {
		problems.push({
			...base,
			...at(error.pos[0]),
			// yaml's own "at line N, column M" counts from the frontmatter, not the file: drop it.
			...problemText('frontmatter-yaml', {
				detail: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
			}),
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
						...problemText('frontmatter-unknown-key', { key }),
						subject: `frontmatter.${key}`,
						value: key,
						expected: Object.keys(storyFrontmatterSchema.shape).join(', '),
						...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
					});
				}
				continue;
			}
			const node = nodeAt(path);
			const missing = node === undefined || (path.length > 0 && doc.getIn(path) === undefined);
			const value = doc.getIn(path);
			const key = path[0] as keyof typeof FRONTMATTER_HELP;
			const help = FRONTMATTER_HELP[key];
			const example = help?.example ?? '';
			const words = missing
				? problemText('frontmatter-missing/key', { name, example })
				: problemText('frontmatter-type/invalid', { name, issue: issueText(issue), example });
			problems.push({
				...base,
				...at(missing ? 0 : node?.range?.[0]),
				...words,
				subject: `frontmatter.${name}`,
				value: missing || value === undefined ? '' : clip(String(value)),
				...(help ? { expected: expectedOf(key) } : { hint: say('frontmatter.help') }),
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
			...problemText('frontmatter-type/lang', { lang: data.lang, folder: ctx.folderLang }),
			subject: 'frontmatter.lang',
			value: data.lang,
			expected: ctx.folderLang,
		});
	}
	if (data.updated && data.updated < data.published) {
		problems.push({
			...base,
			...ref('updated', undefined),
			...problemText('frontmatter-type/updated', {
				updated: data.updated,
				published: data.published,
			}),
			subject: 'frontmatter.updated',
			value: data.updated,
		});
	}
	if (data.updated && ctx.today && data.updated > ctx.today) {
		problems.push({
			...base,
			...ref('updated', undefined),
			...problemText('frontmatter-type/updated-future', {
				updated: data.updated,
				today: ctx.today,
			}),
			subject: 'frontmatter.updated',
			value: data.updated,
		});
	}
	data.corrections.forEach((c, i) => {
		if (c.date < data.published) {
			problems.push({
				...base,
				...at(nodeAt(['corrections', i, 'date'])?.range?.[0]),
				...problemText('frontmatter-type/correction-date', {
					date: c.date,
					published: data.published,
				}),
				subject: `frontmatter.corrections.${i}.date`,
				value: c.date,
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
				...problemText('frontmatter-todo'),
				subject: `frontmatter.${path.join('.')}`,
				value: text,
			});
		}
	}
	if (data.cover && ctx.assetExists && !ctx.assetExists(data.cover.image)) {
		problems.push({
			...base,
			...at(nodeAt(['cover', 'image'])?.range?.[0]),
			...problemText('frontmatter-reference/cover', { image: data.cover.image }),
			subject: 'frontmatter.cover.image',
			value: data.cover.image,
		});
	}
	const keys = (id: string, field: string) =>
		(ctx.datasets.get(id)?.rows ?? []).map((r) => String(r[field]));
	const checks: [keyof StoryFrontmatter, string[], Said][] = [
		['regions', keys('regions', 'slug'), say('reference.region')],
		['commodities', keys('commodities', 'key'), say('reference.commodity')],
		['datasets', [...ctx.datasets.keys()], say('reference.dataset')],
		['sources', keys('sources', 'id'), say('reference.source')],
	];
	for (const [key, known, expected] of checks) {
		(data[key] as string[]).forEach((value, i) => {
			if (known.includes(value)) return;
			const guess = didYouMean(value, known);
			problems.push({
				...base,
				...ref(key, i),
				...problemText('frontmatter-reference/unknown', { value }),
				subject: `frontmatter.${key}`,
				value,
				expected,
				...(guess ? { hint: say('did-you-mean', { guess }) } : {}),
			});
		});
	}
	// TODO placeholders leave the data usable (the body can still be checked for its own TODOs).
	return problems.some((p) => p.code !== 'frontmatter-todo') ? { problems } : { data, problems };
}
