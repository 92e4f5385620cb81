// What a computation read from the catalogue, and results kept while that is unchanged: how
// `npm run dev` re-checks only what a saved CSV touches (issue 15, dev at scale).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { ReadMemo, readsHold, recording } from '../../../src/lib/data/reads.ts';

type D = { n: number };
const a: D = { n: 1 };
const b: D = { n: 2 };
const c: D = { n: 3 };

describe('recording()', () => {
	it('notes the datasets read by id, the list of ids, and reading them all', () => {
		const map = new Map([
			['a', a],
			['b', b],
		]);
		const byId = recording(map);
		expect(byId.view.get('a')).toBe(a);
		expect(byId.view.get('x')).toBeUndefined();
		expect([...byId.reads.ids]).toEqual([
			['a', a],
			['x', undefined],
		]);
		expect(byId.reads.keys || byId.reads.all).toBe(false);

		const keys = recording(map);
		expect(keys.view.has('b')).toBe(true);
		expect([...keys.view.keys()]).toEqual(['a', 'b']);
		expect([keys.reads.keys, keys.reads.all]).toEqual([true, false]);

		const all = recording(map);
		expect([...all.view.values()]).toEqual([a, b]);
		expect(all.reads.all).toBe(true);
	});

	it('holds while the ids read give the same objects', () => {
		const map = new Map([
			['a', a],
			['b', b],
		]);
		const { view, reads } = recording(map);
		view.get('a');
		view.get('x');
		expect(readsHold(reads, map)).toBe(true);
		expect(readsHold(reads, new Map([['a', a]]))).toBe(true); // b was not read
		expect(readsHold(reads, new Map([['a', { ...a }]]))).toBe(false); // a saved again
		expect(
			readsHold(
				reads,
				new Map([
					['a', a],
					['x', c],
				]),
			),
		).toBe(false); // x appeared
	});

	it('after the list of ids was read, holds only with the same ids; after all, the same objects', () => {
		const map = new Map([['a', a]]);
		const keys = recording(map);
		keys.view.has('a');
		expect(readsHold(keys.reads, new Map([['a', { ...a }]]))).toBe(true);
		expect(
			readsHold(
				keys.reads,
				new Map([
					['a', a],
					['b', b],
				]),
			),
		).toBe(false);
		const all = recording(map);
		[...all.view];
		expect(readsHold(all.reads, new Map([['a', { ...a }]]))).toBe(false);
		expect(readsHold(all.reads, new Map([['a', a]]))).toBe(true);
	});

	it('a view of a view notes its reads in both', () => {
		const map = new Map([
			['a', a],
			['b', b],
		]);
		const outer = recording(map);
		const inner = recording(outer.view);
		inner.view.get('b');
		expect([...inner.reads.ids.keys()]).toEqual(['b']);
		expect([...outer.reads.ids.keys()]).toEqual(['b']);
	});
});

describe('ReadMemo', () => {
	it('computes again only when what the result read changed, and tells an outer view what it read', () => {
		const memo = new ReadMemo<D, number>();
		let runs = 0;
		const sumA = (m: ReadonlyMap<string, D>) => (runs++, (m.get('a')?.n ?? 0) * 10);
		const first = new Map([
			['a', a],
			['b', b],
		]);
		expect(memo.get('k', first, sumA)).toBe(10);
		expect(
			memo.get(
				'k',
				new Map([
					['a', a],
					['b', c],
				]),
				sumA,
			),
		).toBe(10);
		expect(runs).toBe(1);
		expect(memo.get('k', new Map([['a', { n: 4 }]]), sumA)).toBe(40);
		expect(runs).toBe(2);

		// Reused inside another computation: the outer one learns it depends on `a`.
		const same = new Map([['a', { n: 4 }]]);
		memo.get('k', same, sumA);
		const outer = recording(same);
		expect(memo.get('k', outer.view, sumA)).toBe(40);
		expect([...outer.reads.ids.keys()]).toContain('a');
	});

	it('keeps at most `limit` results, dropping the least recently used', () => {
		const memo = new ReadMemo<D, string>(2);
		const map = new Map([['a', a]]);
		let runs = 0;
		const make = (key: string) => () => (runs++, key);
		memo.get('x', map, make('x'));
		memo.get('y', map, make('y'));
		memo.get('x', map, make('x')); // x used again: y is now the oldest
		memo.get('z', map, make('z'));
		expect(runs).toBe(3);
		memo.get('x', map, make('x'));
		expect(runs).toBe(3);
		memo.get('y', map, make('y'));
		expect(runs).toBe(4);
	});

	it('does not keep a computation that throws', () => {
		const memo = new ReadMemo<D, number>();
		const map = new Map([['a', a]]);
		expect(() =>
			memo.get('k', map, () => {
				throw new Error('no');
			}),
		).toThrow('no');
		expect(memo.get('k', map, () => 7)).toBe(7);
	});
});

describe('loadCatalog() read again', () => {
	const root = mkdtempSync(join(tmpdir(), 'lumbung-reads-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });

	it('keeps the dataset objects of unchanged files, and reads a saved file again', () => {
		const first = loadCatalog(root);
		const again = loadCatalog(root);
		for (const [id, d] of first.datasets) expect(again.datasets.get(id)).toBe(d);
		expect(again.problems).toEqual(first.problems);

		const file = join(root, 'data/villages.csv');
		writeFileSync(file, readFileSync(file, 'utf8').replace('Parengan', 'Parengan Baru'));
		const saved = loadCatalog(root);
		const changed = [...saved.datasets].filter(([id, d]) => first.datasets.get(id) !== d);
		expect(changed.map(([id]) => id)).toEqual(['villages']);
		expect(saved.datasets.get('villages')?.rows.some((r) => r.name === 'Parengan Baru')).toBe(true);
	});

	it('reports a broken file again on every read, and the checks across datasets too', () => {
		const file = join(root, 'data/villages.csv');
		const good = readFileSync(file, 'utf8');
		writeFileSync(file, good.replace(/\n([^\n]*)\n?$/, '\n$1,extra cell\n'));
		const broken = loadCatalog(root).problems.filter((p) => p.severity === 'error');
		expect(broken.length).toBeGreaterThan(0);
		expect(loadCatalog(root).problems.filter((p) => p.severity === 'error')).toEqual(broken);
		writeFileSync(file, good);
		expect(loadCatalog(root).problems.filter((p) => p.severity === 'error')).toEqual([]);
	});
});
