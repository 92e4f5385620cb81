// Draft datasets: declared ("draft": true) or implied (new, and only drafts use it); what the
// published catalogue keeps; and a story that is not a draft may not use a declared draft.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftDatasets, withoutDrafts, type StoryUse } from '../../../src/lib/data/drafts.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatProblem } from '../../../src/lib/data/problems.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { checkStories } from '../../../src/lib/stories/load.ts';

const { datasets } = loadCatalog(process.cwd());
const use = (status: StoryUse['status'], ids: string[], sources: string[] = []): StoryUse => ({
	status,
	datasets: ids,
	sources,
});
const nothingNew = () => false;

describe('draftDatasets()', () => {
	it('finds no draft in the real catalogue', () => {
		expect(draftDatasets(datasets, [], nothingNew)).toEqual(new Map());
	});

	it('takes a declared draft as it is', () => {
		const ds = datasets.get('lamongan-exports-bps')!;
		const declared = new Map([
			...datasets,
			['x', { ...ds, declaration: { ...ds.declaration, id: 'x', draft: true } }],
		]);
		expect(draftDatasets(declared, [], nothingNew)).toEqual(new Map([['x', 'declared']]));
	});

	it('implies a draft only for a new dataset that only drafts and scheduled stories use', () => {
		const isNew = (id: string) => id === 'lamongan-exports-bps';
		const drafts = (stories: StoryUse[]) => [...draftDatasets(datasets, stories, isNew)];
		expect(drafts([use('draft', ['lamongan-exports-bps'])])).toEqual([
			['lamongan-exports-bps', 'implied'],
		]);
		expect(
			drafts([use('draft', ['lamongan-exports-bps']), use('scheduled', ['lamongan-exports-bps'])]),
		).toEqual([['lamongan-exports-bps', 'implied']]);
		// A published story uses it, or no story at all (a data page of its own): published.
		expect(
			drafts([use('draft', ['lamongan-exports-bps']), use('published', ['lamongan-exports-bps'])]),
		).toEqual([]);
		expect(drafts([])).toEqual([]);
		// Not new (already in the repository): published, whoever uses it.
		expect([
			...draftDatasets(datasets, [use('draft', ['lamongan-exports-bps'])], nothingNew),
		]).toEqual([]);
	});

	it('never implies a dataset another one refers to', () => {
		expect([...draftDatasets(datasets, [use('draft', ['regions'])], () => true)]).toEqual([]);
	});
});

describe('withoutDrafts()', () => {
	it('leaves out the drafts and the source rows only they cite', () => {
		const drafts = new Map([['lamongan-exports-bps', 'declared' as const]]);
		const published = withoutDrafts(datasets, drafts, []);
		expect(published.has('lamongan-exports-bps')).toBe(false);
		const ids = (m: ReadonlyMap<string, { rows: { id?: unknown }[] }>) =>
			new Set(m.get('sources')?.rows.map((r) => String(r.id)));
		// Its sources are cited elsewhere too (antara-lamongan-bps is not: it goes).
		expect(ids(datasets).has('antara-lamongan-bps')).toBe(true);
		expect(ids(published).has('antara-lamongan-bps')).toBe(false);
		expect(published.get('sources')?.rows.length).toBe(
			(published.get('sources')?.lines ?? []).length,
		);
		// …unless a published story cites it.
		const cited = withoutDrafts(datasets, drafts, [use('published', [], ['antara-lamongan-bps'])]);
		expect(ids(cited).has('antara-lamongan-bps')).toBe(true);
		// Nothing left out without drafts: the same datasets.
		expect(withoutDrafts(datasets, new Map(), []).get('sources')).toBe(datasets.get('sources'));
	});
});

describe('a story that is not a draft using a declared draft dataset', () => {
	it('is an error at the dataset value, with how to publish it', () => {
		const root = mkdtempSync(join(tmpdir(), 'lumbung-draft-'));
		try {
			cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
			cpSync(join(process.cwd(), 'src/content/stories'), join(root, 'src/content/stories'), {
				recursive: true,
			});
			const decl = join(root, 'data/lamongan-exports-bps.dataset.json');
			const d = JSON.parse(readFileSync(decl, 'utf8'));
			writeFileSync(decl, JSON.stringify({ ...d, draft: true }, null, '\t'));
			const { datasets: all } = loadCatalog(root);
			const found = checkStories(root, all, COMPONENT_SPECS, { today: '2026-12-31' })
				.problems.filter((p) => p.code === 'draft-dataset')
				.map((p) => formatProblem(p, 'id'));
			expect(found.length).toBeGreaterThan(0);
			expect(found[0]).toMatch(
				/^src\/content\/stories\/en\/lamongan-parengan-ikat-weaving\.mdx:87:\d+: error draft-dataset \[Value\.dataset\] dataset "lamongan-exports-bps" masih draf/,
			);
			expect(found[0]).toContain(
				'hapus baris "draft": true dari data/lamongan-exports-bps.dataset.json',
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
