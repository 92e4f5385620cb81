/**
 * What `npm run new:story` writes: a story file with its frontmatter filled in and a commented
 * example of every story component in the registry. Examples use real dataset ids, columns and
 * rows, and each is checked with the MDX lint before it is offered, so uncommenting one builds.
 * Pure: the catalogue and the registry come in as arguments.
 */
import type { Lang } from '../lang.ts';
import type { CheckedDataset, Row } from '../data/validate.ts';
import { parseMdx } from '../mdx/extract.ts';
import type { Literal } from '../mdx/literal.ts';
import type { ComponentSpec, PropSpec } from '../mdx/specs.ts';
import { lintBody } from './lint.ts';

/**
 * A URL slug from a title: lowercase ASCII letters and digits joined by "-", accents removed
 * ("Kopi Gayo & Ekspor 2025: Apa Kabar?" → "kopi-gayo-ekspor-2025-apa-kabar"), cut at a word
 * boundary to at most `max` characters. Returns '' when nothing usable is left.
 */
export function slugify(title: string, max = 60): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’`]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const w of words) {
		const next = slug ? `${slug}-${w}` : w;
		if (next.length > max) break;
		slug = next;
	}
	return slug || (words[0] ?? '').slice(0, max);
}

/** One commented example in a new story. */
export interface StoryExample {
	/** Component name. */
	name: string;
	/** The spec's one-sentence description. */
	description: string;
	/** Which family the component belongs to, for headings in the file. */
	group: 'text' | 'chart' | 'map';
	/** The MDX, exactly as it should be written once uncommented. */
	mdx: string;
	/** True when the example was generated for the requested dataset (not the spec's own). */
	fromDataset: boolean;
}

/** What {@link storyExamples} needs. */
export interface ExampleContext {
	datasets: ReadonlyMap<string, CheckedDataset>;
	/** The component registry (src/lib/mdx/registry.ts). */
	specs: ReadonlyMap<string, ComponentSpec>;
	/** Names of chart and map components, to group the examples. */
	groups: { chart: ReadonlySet<string>; map: ReadonlySet<string> };
	/** The story's dataset: examples are generated for it where the component takes a dataset. */
	dataset?: string;
	/** Prefix for chart ids (`<prefix>-1`…): the story's slug keeps them unique. */
	idPrefix: string;
	lang: Lang;
	/** Region slugs of the story, for props of kind `region`. */
	regions?: readonly string[];
	/** Commodity keys of the story, for props of kind `commodity`. */
	commodities?: readonly string[];
}

const NUMERIC = new Set(['number', 'integer']);
const TIME = new Set(['date', 'yearmonth', 'year']);

/** MDX source of one literal prop value. */
export function literalSource(value: Literal): string {
	if (typeof value === 'string') return JSON.stringify(value);
	if (Array.isArray(value)) return `[${value.map(literalSource).join(', ')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).map(
			([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literalSource(v)}`,
		);
		return `{ ${entries.join(', ')} }`;
	}
	return String(value);
}

/** `name="x"` for strings, `name={…}` otherwise; a bare `name` for true. */
function attribute(name: string, value: Literal): string {
	if (typeof value === 'string' && !/["\n{}<>]/.test(value)) return `${name}="${value}"`;
	if (value === true) return name;
	return `${name}={${literalSource(value)}}`;
}

/** A filter picking exactly the first row of `ds` by its primary key. */
function firstRowWhere(ds: CheckedDataset): Record<string, Literal> | undefined {
	const row: Row | undefined = ds.rows[0];
	if (!row) return undefined;
	const where: Record<string, Literal> = {};
	for (const key of ds.declaration.schema.primaryKey) {
		const v = row[key];
		if (v === null || v === undefined) return undefined;
		where[key] = typeof v === 'boolean' ? String(v) : v;
	}
	return where;
}

/** Props generated from the prop kinds of `spec` for dataset `ds`; undefined if one cannot be. */
function generatedProps(
	spec: ComponentSpec,
	ds: CheckedDataset,
	ctx: ExampleContext,
	nextId: () => string,
): Record<string, Literal> | undefined {
	const fields = ds.declaration.schema.fields.filter((f) => f.name !== 'source');
	const pk = ds.declaration.schema.primaryKey;
	const numeric = fields.filter((f) => NUMERIC.has(f.type) && !pk.includes(f.name));
	const time = fields.find((f) => TIME.has(f.type)) ?? fields.find((f) => pk.includes(f.name));
	const text = fields.find((f) => f.type === 'string');
	const title = ds.declaration.title[ctx.lang];
	const props: Record<string, Literal> = {};
	const entries = Object.entries(spec.props) as [string, PropSpec][];
	// Every required prop, plus `where` when the component has one and needs a single row.
	for (const [name, p] of entries) {
		if (!p.required && p.kind !== 'dataset') continue;
		let value: Literal | undefined;
		switch (p.kind) {
			case 'dataset':
				value = ds.declaration.id;
				break;
			case 'numeric-column':
				value = numeric[0]?.name;
				break;
			case 'numeric-columns':
				value = numeric[0] ? [numeric[0].name] : undefined;
				break;
			case 'x-column':
				value = time?.name;
				break;
			case 'column':
				value = text?.name ?? pk[0];
				break;
			case 'columns':
				value = [...new Set([...pk, ...numeric.slice(0, 2).map((f) => f.name)])];
				break;
			case 'where':
				value = firstRowWhere(ds);
				break;
			case 'text':
				value = title;
				break;
			case 'id':
				value = nextId();
				break;
			case 'enum':
				value = p.values?.[0];
				break;
			case 'boolean':
				value = false;
				break;
			case 'region':
				value = ctx.regions?.[0];
				break;
			case 'commodity':
				value = ctx.commodities?.[0];
				break;
			default:
				value = undefined;
		}
		if (value === undefined) {
			if (p.required) return undefined;
			continue;
		}
		props[name] = value;
	}
	// A chart over x needs one row per x: when the dataset has several (one per period, survey or
	// region), filter the other key columns to their most common value.
	const xProp = entries.find(([, p]) => p.kind === 'x-column')?.[0];
	const whereProp = entries.find(([, p]) => p.kind === 'where')?.[0];
	const x = xProp ? props[xProp] : undefined;
	if (typeof x === 'string' && whereProp && props[whereProp] === undefined) {
		const where: Record<string, Literal> = {};
		let rows = ds.rows;
		for (const key of pk.filter((k) => k !== x)) {
			if (new Set(rows.map((r) => String(r[x]))).size === rows.length) break;
			const counts = new Map<string, number>();
			for (const r of rows) counts.set(String(r[key]), (counts.get(String(r[key])) ?? 0) + 1);
			const [top] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
			if (top === undefined) break;
			where[key] = top;
			rows = rows.filter((r) => String(r[key]) === top);
		}
		if (Object.keys(where).length) props[whereProp] = where;
	}
	return props;
}

function usage(spec: ComponentSpec, props: Record<string, Literal>, lang: Lang): string {
	const attrs = Object.entries(props).map(([k, v]) => attribute(k, v));
	const oneLine = `<${spec.name} ${attrs.join(' ')} />`;
	if (spec.placement === 'inline') {
		return lang === 'id' ? `Angkanya ${oneLine}.` : `The figure is ${oneLine}.`;
	}
	return oneLine.length <= 100 ? oneLine : `<${spec.name}\n  ${attrs.join('\n  ')}\n/>`;
}

/** The spec's own example with its `id`-kind props renamed with the story's prefix. */
function renamedExample(spec: ComponentSpec, nextId: () => string): string {
	let mdx = spec.example;
	for (const [name, p] of Object.entries(spec.props)) {
		if (p.kind !== 'id') continue;
		mdx = mdx.replace(new RegExp(`\\b${name}="[^"]*"`, 'g'), () => `${name}="${nextId()}"`);
	}
	return mdx;
}

/** True when `mdx`, as the body of a story, passes the MDX lint. */
export function lintsClean(mdx: string, ctx: Pick<ExampleContext, 'datasets' | 'specs'>): boolean {
	const parsed = parseMdx(`${mdx}\n`);
	return lintBody(parsed, 'src/content/stories/id/contoh.mdx', ctx).length === 0;
}

/**
 * One example per component of the registry, in registry order: generated for
 * `ctx.dataset` when the component takes a dataset and the generated use passes the lint,
 * otherwise the spec's own example (ids renamed). Components with no example that passes the
 * lint are left out.
 */
export function storyExamples(ctx: ExampleContext): StoryExample[] {
	let n = 0;
	const ds = ctx.dataset ? ctx.datasets.get(ctx.dataset) : undefined;
	const out: StoryExample[] = [];
	for (const spec of ctx.specs.values()) {
		// Ids are numbered in the order examples are kept: a rejected candidate returns its id.
		let next = n;
		const nextId = () => `${ctx.idPrefix}-${++next}`;
		const group = ctx.groups.chart.has(spec.name)
			? 'chart'
			: ctx.groups.map.has(spec.name)
				? 'map'
				: 'text';
		const base = { name: spec.name, description: spec.description, group } as const;
		const takesDataset = Object.values(spec.props).some((p) => p.kind === 'dataset');
		if (ds && takesDataset) {
			const props = generatedProps(spec, ds, ctx, nextId);
			const mdx = props ? usage(spec, props, ctx.lang) : undefined;
			if (mdx && lintsClean(mdx, ctx)) {
				out.push({ ...base, mdx, fromDataset: true });
				n = next;
				continue;
			}
			next = n;
		}
		const mdx = renamedExample(spec, nextId);
		if (lintsClean(mdx, ctx)) {
			out.push({ ...base, mdx, fromDataset: false });
			n = next;
		}
	}
	return out;
}

/** What a new story needs. */
export interface StoryDraft {
	title: string;
	slug: string;
	lang: Lang;
	/** Publication date, YYYY-MM-DD. */
	published: string;
	authors: readonly string[];
	regions: readonly string[];
	commodities: readonly string[];
	datasets: readonly string[];
	examples: readonly StoryExample[];
	/** Site path of the story in `npm run dev` (e.g. /cerita/x/). */
	devPath: string;
}

const yamlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const yamlList = (items: readonly string[]) => `[${items.map(yamlString).join(', ')}]`;

const TEXT = {
	id: {
		dek: 'TODO: satu atau dua kalimat di bawah judul: apa yang baru dan mengapa penting.',
		author: 'TODO: nama penulis',
		intro: (path: string) => [
			'Dibuat oleh npm run new:story. Lihat hasilnya: jalankan npm run dev, lalu buka',
			`http://localhost:4321${path} (draf tampil di npm run dev tetapi tidak diterbitkan).`,
			'Sebelum terbit: ganti setiap TODO, hapus contoh yang tidak dipakai, dan ubah',
			'"draft: true" menjadi "draft: false". Panduan: docs/panduan.md; semua komponen dengan',
			'contoh hidup: /panduan/komponen/ di npm run dev.',
			'Aturan: angka diambil dari data (komponen di bawah), tidak diketik; satuan dasar di data',
			'(rupiah, bukan juta rupiah); setiap gambar punya teks alt: ![apa yang tampak](/img/x.jpg).',
			'Untuk memakai contoh: hapus baris pembuka dan penutup komentarnya.',
		],
		lead: 'TODO: paragraf pembuka.',
		heading: '## TODO: subjudul',
		groups: { text: 'Angka dan tabel', chart: 'Grafik', map: 'Peta' },
	},
	en: {
		dek: 'TODO: one or two sentences under the headline: what is new and why it matters.',
		author: 'TODO: author name',
		intro: (path: string) => [
			'Made by npm run new:story. See it: run npm run dev, then open',
			`http://localhost:4321${path} (drafts show in npm run dev but are not published).`,
			'Before publishing: replace every TODO, delete the examples you do not use, and change',
			'"draft: true" to "draft: false". Guide: docs/guide.md; every component with a live',
			'example: /panduan/komponen/ in npm run dev.',
			'Rules: numbers come from data (the components below), never typed; base units in the data',
			'(rupiah, not million rupiah); every image has alt text: ![what it shows](/img/x.jpg).',
			'To use an example: delete the opening and closing lines of its comment.',
		],
		lead: 'TODO: opening paragraph.',
		heading: '## TODO: subheading',
		groups: { text: 'Figures and tables', chart: 'Charts', map: 'Maps' },
	},
} as const;

/** The text of a new story file: frontmatter (a draft), guidance, and commented examples. */
export function storySource(draft: StoryDraft): string {
	const t = TEXT[draft.lang];
	const fm = [
		'---',
		`title: ${yamlString(draft.title)}`,
		`dek: ${yamlString(t.dek)}`,
		`authors: ${yamlList(draft.authors.length ? draft.authors : [t.author])}`,
		`published: ${draft.published}`,
		`lang: ${draft.lang}`,
		`regions: ${yamlList(draft.regions)}`,
		`commodities: ${yamlList(draft.commodities)}`,
		`datasets: ${yamlList(draft.datasets)}`,
		`translationKey: ${draft.slug}`,
		'draft: true',
		'---',
	];
	const body: string[] = ['', '{/*', ...t.intro(draft.devPath).map((l) => `  ${l}`), '*/}', ''];
	body.push(t.lead, '', t.heading, '');
	for (const group of ['text', 'chart', 'map'] as const) {
		const examples = draft.examples.filter((e) => e.group === group);
		if (!examples.length) continue;
		body.push(`{/* ── ${t.groups[group]} ── */}`, '');
		for (const e of examples) {
			body.push(`{/* ${e.name}: ${e.description}`, e.mdx, '*/}', '');
		}
	}
	return [...fm, ...body].join('\n').replace(/\n+$/, '\n');
}
