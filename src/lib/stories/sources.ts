/**
 * The sources a story cites, in the order a reader meets them: figures (<Fact>), values
 * (<Value>), citations (<Cite>), and the rows behind every chart and map, then the sources the
 * frontmatter lists for the story as a whole. Worked out from the MDX without rendering it.
 */
import type { CheckedDataset } from '../data/validate.ts';
import type { ParsedMdx } from '../mdx/extract.ts';
import type { ComponentSpec } from '../mdx/specs.ts';
import { memoOf } from '../data/reads.ts';
import { filterRows, sourceIds } from '../data/rows.ts';

/**
 * Ordered, distinct source ids of a story. `extra` are the frontmatter's `sources`, listed last.
 * Components with a `sources` function in their spec decide for themselves; others cite the rows
 * their `dataset` and `where` props select.
 */
export function storySources(
	parsed: ParsedMdx,
	datasets: ReadonlyMap<string, CheckedDataset>,
	specs: ReadonlyMap<string, ComponentSpec>,
	extra: readonly string[] = [],
): string[] {
	const out: string[] = [];
	const add = (ids: Iterable<string>) => {
		for (const id of ids) if (!out.includes(id)) out.push(id);
	};
	const figures = datasets.get('figures');
	for (const u of parsed.jsx) {
		const spec = specs.get(u.name);
		if (!spec) continue;
		if (u.name === 'Cite' && typeof u.props.source === 'string') {
			add([u.props.source]);
		} else if (u.name === 'Fact' && figures) {
			add(
				sourceIds(
					figures,
					figures.rows.filter((r) => r.id === u.props.id),
				),
			);
		} else if (spec.sources) {
			const sources = spec.sources;
			// Kept while the datasets they came from are the same objects: `npm run dev` lists every
			// story's sources again after a CSV is saved, and only what is drawn from it changes.
			const memo = memoOf<CheckedDataset, string[]>('component-sources', spec);
			add(memo.get(JSON.stringify(u.props), datasets, (d) => sources(u.props, d)));
		} else if (typeof u.props.dataset === 'string') {
			const ds = datasets.get(u.props.dataset);
			if (ds) add(sourceIds(ds, filterRows(ds.rows, u.props.where)));
		}
	}
	add(extra);
	return out;
}
/**
 * The dataset ids a story draws on, sorted: every component's `dataset` prop (and each
 * `panels` entry's), `figures` when it writes a <Fact>, and the frontmatter's `datasets` and
 * `figures` references.
 */
export function storyDatasets(
	parsed: ParsedMdx,
	frontmatter?: {
		datasets: readonly string[];
		figures: readonly { dataset?: string | undefined }[];
	},
): string[] {
	const used = new Set<string>(frontmatter?.datasets ?? []);
	for (const f of frontmatter?.figures ?? []) if (f.dataset) used.add(f.dataset);
	for (const u of parsed.jsx) {
		if (typeof u.props.dataset === 'string') used.add(u.props.dataset);
		if (u.name === 'Fact') used.add('figures');
		const panels = u.props.panels;
		if (Array.isArray(panels)) {
			for (const p of panels) {
				if (p && typeof p === 'object' && !Array.isArray(p) && typeof p.dataset === 'string') {
					used.add(p.dataset);
				}
			}
		}
	}
	return [...used].sort();
}
