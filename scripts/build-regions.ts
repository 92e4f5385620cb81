// npm run data:regions [-- 35.24 64.08 …]
//
// Writes data/regions.csv: all 38 provinces, plus every regency/city already listed there and any
// code given on the command line, with names, slugs, representative points and bounding boxes
// read from the boundary dumps of cahyadsn/wilayah_boundaries (MIT). Re-run after adding a
// regency a story mentions; the CSV is then checked like any other dataset.
//
// The dumps are read from ../shared/geo-source/cahyadsn-wilayah_boundaries (override with
// GEO_SOURCE=<folder>).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bbox, parseWilayahSql, type WilayahArea } from '../src/lib/geo/wilayah.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(
	process.env.GEO_SOURCE ?? join(ROOT, '../shared/geo-source/cahyadsn-wilayah_boundaries'),
);
const OUT = join(ROOT, 'data/regions.csv');
const SOURCE_ID = 'wilayah-boundaries';

/** English names of the provinces (the source has Indonesian names only). */
const PROVINCE_EN: Record<string, string> = {
	'11': 'Aceh',
	'12': 'North Sumatra',
	'13': 'West Sumatra',
	'14': 'Riau',
	'15': 'Jambi',
	'16': 'South Sumatra',
	'17': 'Bengkulu',
	'18': 'Lampung',
	'19': 'Bangka Belitung Islands',
	'21': 'Riau Islands',
	'31': 'Jakarta',
	'32': 'West Java',
	'33': 'Central Java',
	'34': 'Special Region of Yogyakarta',
	'35': 'East Java',
	'36': 'Banten',
	'51': 'Bali',
	'52': 'West Nusa Tenggara',
	'53': 'East Nusa Tenggara',
	'61': 'West Kalimantan',
	'62': 'Central Kalimantan',
	'63': 'South Kalimantan',
	'64': 'East Kalimantan',
	'65': 'North Kalimantan',
	'71': 'North Sulawesi',
	'72': 'Central Sulawesi',
	'73': 'South Sulawesi',
	'74': 'Southeast Sulawesi',
	'75': 'Gorontalo',
	'76': 'West Sulawesi',
	'81': 'Maluku',
	'82': 'North Maluku',
	'91': 'Papua',
	'92': 'West Papua',
	'93': 'South Papua',
	'94': 'Central Papua',
	'95': 'Highland Papua',
	'96': 'Southwest Papua',
};

/** Short Indonesian names for provinces whose official name is long. */
const PROVINCE_SHORT: Record<string, string> = {
	'31': 'DKI Jakarta',
	'34': 'DI Yogyakarta',
};

function readAreas(folder: string): WilayahArea[] {
	const dir = join(SOURCE, folder);
	const areas: WilayahArea[] = [];
	let failed = false;
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.sql'))
		.sort()) {
		const parsed = parseWilayahSql(readFileSync(join(dir, file), 'utf8'), `${folder}/${file}`);
		for (const p of parsed.problems) {
			if (p.severity === 'error') failed = true;
			console.error(`${p.file}:${p.line}: ${p.severity} ${p.code} [${p.area ?? ''}] ${p.message}`);
		}
		areas.push(...parsed.areas);
	}
	if (failed) process.exit(1);
	return areas;
}

const slugify = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

const round = (n: number) => String(Math.round(n * 1e5) / 1e5);
const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

if (!existsSync(SOURCE)) {
	console.error(`boundary source not found: ${SOURCE} (set GEO_SOURCE)`);
	process.exit(1);
}
const provinces = readAreas('prov');
const regencies = new Map(readAreas('kab').map((a) => [a.code, a]));

const wanted = new Set(process.argv.slice(2));
if (existsSync(OUT)) {
	for (const line of readFileSync(OUT, 'utf8').split('\n').slice(1)) {
		const code = line.split(',')[0];
		if (code && code.includes('.')) wanted.add(code);
	}
}
for (const code of wanted) {
	if (!regencies.has(code)) {
		console.error(`no regency/city with code ${code} in the boundary source`);
		process.exit(1);
	}
}

const header =
	'code,level,kind,name,name_full,name_en,slug,parent_code,lat,lon,min_lon,min_lat,max_lon,max_lat,source';
const lines = [header];
const row = (a: WilayahArea, fields: Record<string, string>) => {
	const [minLon, minLat, maxLon, maxLat] = bbox(a.polygons);
	lines.push(
		[
			a.code,
			fields.level,
			fields.kind,
			fields.name,
			fields.nameFull,
			fields.nameEn,
			fields.slug,
			fields.parent,
			round(a.lat),
			round(a.lon),
			round(minLon),
			round(minLat),
			round(maxLon),
			round(maxLat),
			SOURCE_ID,
		]
			.map((v) => cell(v ?? ''))
			.join(','),
	);
};
for (const p of [...provinces].sort((a, b) => a.code.localeCompare(b.code))) {
	const en = PROVINCE_EN[p.code];
	if (!en) throw new Error(`no English name for province ${p.code} ${p.name}`);
	const name = PROVINCE_SHORT[p.code] ?? p.name;
	row(p, {
		level: 'province',
		kind: 'provinsi',
		name,
		nameFull: `Provinsi ${p.name}`,
		nameEn: en,
		slug: slugify(name),
		parent: '',
	});
}
for (const code of [...wanted].sort()) {
	const r = regencies.get(code) as WilayahArea;
	const city = r.name.startsWith('Kota ');
	const name = r.name.replace(/^(Kabupaten|Kota) /, '');
	row(r, {
		level: 'regency',
		kind: city ? 'kota' : 'kabupaten',
		name,
		nameFull: r.name,
		nameEn: city ? `${name} City` : `${name} Regency`,
		slug: city ? `kota-${slugify(name)}` : slugify(name),
		parent: code.slice(0, 2),
	});
}
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`wrote ${OUT.slice(ROOT.length + 1)}: ${lines.length - 1} regions`);
