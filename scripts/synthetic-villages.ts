// Synthetic village rows for benchmarks and scale tests — never published. A copy of the project
// in a temporary folder whose data/villages.csv holds `total` rows: the real rows first,
// unchanged (stories cite them by id), then copies of them under new ids (`parengan-s2`), named
// `Parengan 2`, each moved to a point drawn inside its regency's box (data/regions.csv), so the
// copies spread over the same regencies as the real villages instead of piling on 46 points.
// Every copy passes the data checks: same sources, commodities, regions and designation years.
//
//   node scripts/synthetic-villages.ts 20000 [dir]   writes a copy, prints its folder
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { copyProject, ROOT } from '../tests/build/project.ts';

/** A deterministic generator of numbers in [0, 1) (a linear congruential generator). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/**
 * The text of a villages CSV with `total` rows made from `villagesCsv` (the real rows first,
 * then numbered copies), with points inside the boxes of `regionsCsv`'s regencies. Throws when
 * `total` is smaller than the real rows.
 */
export function syntheticVillages(villagesCsv: string, regionsCsv: string, total: number): string {
	const parse = (text: string) =>
		Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
	const real = parse(villagesCsv);
	if (total < real.length) throw new Error(`at least ${real.length} rows (the real ones)`);
	const boxes = new Map(
		parse(regionsCsv).map((r) => [
			r.code ?? '',
			[r.min_lon, r.min_lat, r.max_lon, r.max_lat].map(Number) as [number, number, number, number],
		]),
	);
	const next = random(18);
	const rows = [...real];
	for (let i = real.length; i < total; i++) {
		const from = real[i % real.length] as Record<string, string>;
		const copy = Math.floor(i / real.length) + 1;
		const box = boxes.get(from.regency_code ?? '');
		if (!box) throw new Error(`no box for regency ${from.regency_code}`);
		const [w, s, e, n] = box;
		// Inside the box by a margin, so rounding never puts a point on its edge.
		const at = (lo: number, hi: number) => (lo + (hi - lo) * (0.05 + 0.9 * next())).toFixed(5);
		rows.push({
			...from,
			id: `${from.id}-s${copy}`,
			name: `${from.name} ${copy}`.slice(-80),
			lat: at(s, n),
			lon: at(w, e),
		});
	}
	return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}

/**
 * A throw-away copy of the project whose villages dataset has `total` rows (see
 * {@link syntheticVillages}); returns its folder and a cleanup function.
 */
export function syntheticProject(total: number): { dir: string; cleanup: () => void } {
	const project = copyProject('lumbung-rows-');
	const csv = syntheticVillages(
		readFileSync(join(ROOT, 'data/villages.csv'), 'utf8'),
		readFileSync(join(ROOT, 'data/regions.csv'), 'utf8'),
		total,
	);
	writeFileSync(join(project.dir, 'data/villages.csv'), csv);
	return project;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const total = Number(process.argv[2]);
	if (!Number.isInteger(total) || total < 1) {
		console.error('usage: node scripts/synthetic-villages.ts <rows>');
		process.exit(1);
	}
	console.log(syntheticProject(total).dir);
}
