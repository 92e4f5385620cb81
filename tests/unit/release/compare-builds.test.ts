import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { compareTrees } from '../../../scripts/compare-builds.mjs';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'lumbung-tree-'));
	dirs.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

it('finds nothing between identical trees', () => {
	const files = { 'index.html': '<p>a</p>', 'en/index.html': '<p>b</p>' };
	expect(compareTrees(tree(files), tree(files))).toEqual([]);
});

it('names a file whose bytes differ, and files present on one side only', () => {
	const a = tree({ 'index.html': 'x', 'sitemap-0.xml': '<lastmod>1</lastmod>', 'a.css': '' });
	const b = tree({ 'index.html': 'x', 'sitemap-0.xml': '<lastmod>2</lastmod>', 'b.css': '' });
	expect(compareTrees(a, b)).toEqual([
		'only in A: a.css',
		'differs: sitemap-0.xml',
		'only in B: b.css',
	]);
});
