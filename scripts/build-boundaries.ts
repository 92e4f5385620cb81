// npm run data:boundaries
//
// Converts the boundary dumps of cahyadsn/wilayah_boundaries (MIT; 2025 Kemendagri codes) into
// the simplified, quantized TopoJSON committed under data/geo/:
//   data/geo/provinces.topo.json          38 provinces (object "provinces")
//   data/geo/regencies/<NN>.topo.json     the regencies/cities of province NN (object "regencies")
// and rewrites data/geo/manifest.json (codes, names, sizes, settings). The site builds from the
// committed files alone; re-run this only when the source or the settings below change.
//
// Every ring is checked (closed, ≥ 4 positions, WGS84, inside Indonesia), repaired where the fix
// is certain (islands nested as "holes" become polygons; rings rewound the d3-geo way) and the
// output is checked again (winding as d3-geo reads it, nothing lost, file size budgets). Any
// error prints `file: error CODE [code name] message` and exits 1 without writing anything.
//
// Source: ../shared/geo-source/cahyadsn-wilayah_boundaries (override with GEO_SOURCE=<folder>).
// `--verbose` lists every repair.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	buildTopology,
	checkTopology,
	normaliseArea,
	type BoundaryTopology,
	type SimplifyOptions,
} from '../src/lib/geo/convert.ts';
import { parseWilayahSql, type GeoProblem, type WilayahArea } from '../src/lib/geo/wilayah.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(
	process.env.GEO_SOURCE ?? join(ROOT, '../shared/geo-source/cahyadsn-wilayah_boundaries'),
);
const OUT = join(ROOT, 'data/geo');
const verbose = process.argv.includes('--verbose');

/** Provinces: the national base layer and the static maps' outlines (zoom ≤ 8). */
const PROVINCES: SimplifyOptions = { minWeight: 1e-4, minRingArea: 3e-4, quantization: 2e4 };
/** Regencies: loaded per province when a map shows that province (zoom ≥ 7). */
const REGENCIES: SimplifyOptions = { minWeight: 1e-5, minRingArea: 1e-4, quantization: 2e4 };
/** Gzip budgets (bytes). */
const BUDGET = { provinces: 150_000, regencyFile: 40_000 };
const EXPECTED = { provinces: 38, regencies: 514 };

const problems: GeoProblem[] = [];
const fail = () => problems.some((p) => p.severity === 'error');
const relSource = (file: string) => `geo-source/${file}`;

function readFolder(folder: string): WilayahArea[] {
	const dir = join(SOURCE, folder);
	const areas: WilayahArea[] = [];
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.sql'))
		.sort()) {
		const parsed = parseWilayahSql(
			readFileSync(join(dir, file), 'utf8'),
			relSource(`${folder}/${file}`),
		);
		problems.push(...parsed.problems);
		for (const area of parsed.areas) {
			const normalised = normaliseArea(area, relSource(`${folder}/${file}`));
			problems.push(...normalised.problems);
			if (normalised.area) areas.push(normalised.area);
		}
	}
	return areas;
}

function report(): void {
	const repairs = problems.filter((p) => p.code === 'geo-repair');
	for (const p of problems) {
		if (p.code === 'geo-repair' && !verbose) continue;
		const where = p.line ? `${p.file}:${p.line}` : p.file;
		console.error(`${where}: ${p.severity} ${p.code} [${p.area ?? ''}] ${p.message}`);
	}
	if (repairs.length && !verbose) {
		const areas = new Set(repairs.map((p) => p.area));
		console.log(`repaired ${repairs.length} rings in ${areas.size} areas (--verbose lists them)`);
	}
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

if (!existsSync(SOURCE)) {
	console.error(`boundary source not found: ${SOURCE} (set GEO_SOURCE)`);
	process.exit(1);
}

const provinces = readFolder('prov');
const regencies = readFolder('kab');
const duplicates = (areas: WilayahArea[]) =>
	areas.filter((a, i) => areas.findIndex((b) => b.code === a.code) !== i);
for (const a of [...duplicates(provinces), ...duplicates(regencies)]) {
	problems.push({
		severity: 'error',
		file: 'geo-source',
		line: 0,
		code: 'geo-duplicate',
		area: `${a.code} ${a.name}`,
		message: 'the code appears twice in the source',
	});
}
const provinceCodes = new Set(provinces.map((p) => p.code));
for (const r of regencies) {
	if (!/^\d{2}\.\d{2}$/.test(r.code) || !provinceCodes.has(r.code.slice(0, 2))) {
		problems.push({
			severity: 'error',
			file: 'geo-source/kab',
			line: 0,
			code: 'geo-code',
			area: `${r.code} ${r.name}`,
			message: 'not a regency code of a known province (NN.NN)',
		});
	}
}
for (const [what, n] of [
	['provinces', provinces.length],
	['regencies', regencies.length],
] as const) {
	if (n !== EXPECTED[what]) {
		problems.push({
			severity: 'error',
			file: `geo-source`,
			line: 0,
			code: 'geo-count',
			message: `expected ${EXPECTED[what]} ${what} (Kepmendagri 2025), read ${n}`,
		});
	}
}
if (fail()) {
	report();
	process.exit(1);
}

const files = new Map<string, BoundaryTopology>();
const expectedOf = (areas: WilayahArea[]) => new Map(areas.map((a) => [a.code, a.name]));
files.set('provinces.topo.json', buildTopology(provinces, 'provinces', PROVINCES));
const byProvince = new Map<string, WilayahArea[]>();
for (const r of regencies) {
	const list = byProvince.get(r.code.slice(0, 2)) ?? [];
	list.push(r);
	byProvince.set(r.code.slice(0, 2), list);
}
for (const [code, list] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
	files.set(`regencies/${code}.topo.json`, buildTopology(list, 'regencies', REGENCIES));
}

const manifest: {
	source: string;
	licence: string;
	vintage: string;
	winding: string;
	settings: { provinces: SimplifyOptions; regencies: SimplifyOptions };
	files: { path: string; areas: number; bytes: number; gzip: number }[];
	provinces: { code: string; name: string; regencies: number }[];
} = {
	source:
		'cahyadsn/wilayah_boundaries, commit 3c5a7960f4d227a38489094d84252bdbb3f978a5 (db/prov, db/kab)',
	licence: 'MIT, Copyright (c) 2024 Cahya DSN',
	vintage: 'Kepmendagri No 300.2.2-2430 Tahun 2025',
	winding: 'd3-geo: exterior rings clockwise, holes counter-clockwise ([lon, lat], north up)',
	settings: { provinces: PROVINCES, regencies: REGENCIES },
	files: [],
	provinces: [...provinces]
		.sort((a, b) => a.code.localeCompare(b.code))
		.map((p) => ({
			code: p.code,
			name: p.name,
			regencies: byProvince.get(p.code)?.length ?? 0,
		})),
};

for (const [path, topo] of files) {
	const areas = path.startsWith('regencies/')
		? (byProvince.get(path.slice(10, 12)) ?? [])
		: provinces;
	problems.push(...checkTopology(topo, `data/geo/${path}`, expectedOf(areas)));
	const text = json(topo);
	const size = gz(text);
	const budget = path.startsWith('regencies/') ? BUDGET.regencyFile : BUDGET.provinces;
	if (size > budget) {
		problems.push({
			severity: 'error',
			file: `data/geo/${path}`,
			line: 0,
			code: 'geo-size',
			message: `${size} bytes gzipped, over the budget of ${budget}; simplify more`,
		});
	}
	manifest.files.push({ path, areas: areas.length, bytes: Buffer.byteLength(text), gzip: size });
}

report();
if (fail()) {
	console.error('\nNothing written: fix the errors above.');
	process.exit(1);
}

rmSync(join(OUT, 'regencies'), { recursive: true, force: true });
mkdirSync(join(OUT, 'regencies'), { recursive: true });
for (const [path, topo] of files) writeFileSync(join(OUT, path), json(topo));
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
const total = manifest.files.reduce((n, f) => n + f.gzip, 0);
const prov = manifest.files[0];
console.log(
	`wrote data/geo: ${manifest.files.length} files, ${provinces.length} provinces (${prov?.gzip} B gzip), ${regencies.length} regencies; ${total} B gzip in all`,
);
