/**
 * The sources a story cites, in the order a reader meets them: figures (<Fact>), values
 * (<Value>), citations (<Cite>), and the rows behind every chart and map, then the sources the
 * frontmatter lists for the story as a whole. Worked out from the MDX without rendering it.
 */
import type { CheckedDataset } from '../data/validate.ts';
import type { ParsedMdx } from '../mdx/extract.ts';
import type { ComponentSpec } from '../mdx/specs.ts';
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
			add(spec.sources(u.props, datasets));
		} else if (typeof u.props.dataset === 'string') {
			const ds = datasets.get(u.props.dataset);
			if (ds) add(sourceIds(ds, filterRows(ds.rows, u.props.where)));
		}
	}
	add(extra);
	return out;
}

/** Reading time in whole minutes (at least 1), at 200 words a minute. */
export function readingMinutes(text: string): number {
	const words = text.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.round(words / 200));
}
