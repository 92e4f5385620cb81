/**
 * The sources a story cites, in the order a reader meets them: figures (<Fact>), values
 * (<Value>), citations (<Cite>), and the rows behind every chart and map, then the sources the
 * frontmatter lists for the story as a whole. Worked out from the MDX without rendering it.
 */
import type { CheckedDataset, Row } from '../data/validate.ts';
import type { ParsedMdx } from '../mdx/extract.ts';
import type { ComponentSpec } from '../mdx/specs.ts';
import { filterRows } from './lint.ts';

/** Source ids cited by `rows` of dataset `ds`: every column with a foreign key to `sources`. */
export function rowSources(ds: CheckedDataset, rows: readonly Row[]): string[] {
	const columns = (ds.declaration.schema.foreignKeys ?? [])
		.filter((k) => k.reference.resource === 'sources')
		.flatMap((k) => k.fields);
	// A Set keeps first-use order and stays linear over 100,000 rows.
	const out = new Set<string>();
	for (const row of rows) {
		for (const c of columns) {
			const v = row[c];
			if (typeof v === 'string') out.add(v);
		}
	}
	return [...out];
}

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
				rowSources(
					figures,
					figures.rows.filter((r) => r.id === u.props.id),
				),
			);
		} else if (spec.sources) {
			add(spec.sources(u.props, datasets));
		} else if (typeof u.props.dataset === 'string') {
			const ds = datasets.get(u.props.dataset);
			if (ds) add(rowSources(ds, filterRows(ds.rows, u.props.where)));
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
