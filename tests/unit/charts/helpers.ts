// Shared test helpers: the chart fixture catalogue and SVG file snapshots.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Catalog } from '../../../src/lib/charts/data.ts';
import { serialize, type SvgNode } from '../../../src/lib/charts/svg.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';

const ROOT = join(import.meta.dirname, '../../..');
export const SNAPSHOTS = join(ROOT, 'tests/snapshots/charts');

let cached: Catalog | undefined;

/** The small catalogue in tests/fixtures/charts/catalog (checked like real data; no problems). */
export function fixtureCatalog(): Catalog {
	if (!cached) {
		const { datasets, problems } = loadCatalog(ROOT, 'tests/fixtures/charts/catalog');
		expect(problems).toEqual([]);
		cached = datasets;
	}
	return cached;
}

/** Every number written in an SVG path or attribute, as text. */
export function numbersIn(text: string): string[] {
	return text.match(/-?\d+(\.\d+)?/g) ?? [];
}

// Colours from the light tokens, so a snapshot file opened in a browser looks like the chart.
const STYLE = `.c-svg{font-family:system-ui,sans-serif;fill:#5a554c}.c-s0{--c:#b35900}.c-s1{--c:#0b6fa4}.c-s2{--c:#00845f}.c-grid,.c-tick{stroke:#d9d3c7}.c-zero{stroke:#5a554c}.c-s path,.c-s line{fill:none;stroke:var(--c);stroke-width:2.5}.c-dash{stroke-dasharray:2 5}.c-s circle,.c-s rect{fill:var(--c)}.c-s text,.c-labs text,.c-lab,.c-cat,.c-head{fill:#1d1b18}.c-grid,.c-zero,.c-tick{fill:none}.c-rule line{stroke:#5a554c;stroke-dasharray:3 3}.c-break line{stroke:#8a3b12;stroke-dasharray:none;stroke-width:2}.c-track{fill:#f1eee7;stroke:#d9d3c7}.c-target{stroke:#1d1b18;stroke-width:3}.c-gaps line{stroke:#5a554c;stroke-width:2}`;

/**
 * Compare an SVG tree with `tests/snapshots/charts/<name>.svg` (Observable Plot's habit): on a
 * mismatch write `<name>-changed.svg` beside it and fail; a missing snapshot fails in CI
 * (`process.env.CI`) and is written otherwise. Review changes by opening both files.
 */
export function expectSvgSnapshot(name: string, node: SvgNode): void {
	const svg: SvgNode = {
		...node,
		attrs: { xmlns: 'http://www.w3.org/2000/svg', ...node.attrs },
		children: [{ tag: 'style', attrs: {}, children: [STYLE] }, ...node.children],
	};
	const actual = `${serialize(svg, '  ')}\n`;
	mkdirSync(SNAPSHOTS, { recursive: true });
	const file = join(SNAPSHOTS, `${name}.svg`);
	const changed = join(SNAPSHOTS, `${name}-changed.svg`);
	if (!existsSync(file)) {
		if (process.env.CI) {
			throw new Error(
				`snapshot ${name}.svg is missing; run the tests locally to write it, review it, commit it`,
			);
		}
		writeFileSync(file, actual);
		return;
	}
	const expected = readFileSync(file, 'utf8');
	if (actual === expected) {
		rmSync(changed, { force: true });
		return;
	}
	writeFileSync(changed, actual);
	expect.fail(
		`${name}.svg changed; the new drawing is in ${name}-changed.svg (replace the snapshot if the change is intended)`,
	);
}
