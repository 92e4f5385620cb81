import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog, type Catalog } from '../../../src/lib/data/load.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/**
 * A temporary project whose data/ holds the good fixture catalogue (sources, regions, desa),
 * with `desa.csv` and/or `desa.dataset.json` replaced by `tests/fixtures/bad/<name>.*` when
 * those files exist. Returns the project root.
 */
export function fixtureProject(name?: string): string {
	const root = mkdtempSync(join(tmpdir(), 'lumbung-data-'));
	mkdirSync(join(root, 'data'));
	for (const file of readdirSync(join(FIXTURES, 'catalog'))) {
		copyFileSync(join(FIXTURES, 'catalog', file), join(root, 'data', file));
	}
	if (name) {
		for (const ext of ['.csv', '.dataset.json']) {
			const bad = join(FIXTURES, 'bad', `${name}${ext}`);
			if (existsSync(bad)) copyFileSync(bad, join(root, 'data', `desa${ext}`));
		}
	}
	return root;
}

/** Load the fixture catalogue with one bad case swapped in. */
export function loadCase(name?: string): Catalog {
	const root = fixtureProject(name);
	try {
		return loadCatalog(root);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
