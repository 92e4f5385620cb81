/**
 * What a spreadsheet's column header (or a note above or below the table) says beyond the
 * column's name: a unit ("Rp", "ton", "ha", "%"), a scale word ("ribu", "juta", "miliar",
 * "triliun", "000"), and a title a reader can read ("Nilai ekspor (Rp miliar)" → "Nilai ekspor",
 * English "Export value" when the words are in a small glossary). Used by the dataset intake
 * (inspect.ts) so a header "Nilai ekspor (Rp miliar)" over `12,4` never becomes a plain rupiah
 * column printing "Rp12,4". Pure string work, no I/O.
 */
import type { Unit } from './units.ts';

/** A scale word and the power of ten it multiplies by (`miliar` → 9). */
export interface ScaleWord {
	/** The word as written (lowercase): `miliar`, `juta`, `000`, `billion`. */
	word: string;
	/** Power of ten: 3 (ribu), 6 (juta), 9 (miliar), 12 (triliun). */
	exponent: number;
}

/** Words (lowercase tokens) that multiply a value by a power of ten. */
const SCALE_WORDS: Record<string, number> = {
	ribu: 3,
	ribuan: 3,
	rb: 3,
	'000': 3,
	thousand: 3,
	thousands: 3,
	juta: 6,
	jutaan: 6,
	jt: 6,
	million: 6,
	millions: 6,
	mn: 6,
	miliar: 9,
	milyar: 9,
	miliaran: 9,
	billion: 9,
	billions: 9,
	bn: 9,
	triliun: 12,
	trilyun: 12,
	trillion: 12,
	trillions: 12,
	tn: 12,
};

/** Tokens naming a unit of {@link UNITS}. */
const UNIT_TOKENS: Record<string, Unit> = {
	rp: 'IDR',
	idr: 'IDR',
	rupiah: 'IDR',
	usd: 'USD',
	us$: 'USD',
	$: 'USD',
	dolar: 'USD',
	dollar: 'USD',
	dollars: 'USD',
	ton: 't',
	tons: 't',
	tonne: 't',
	tonnes: 't',
	kg: 'kg',
	kilogram: 'kg',
	ha: 'ha',
	hektar: 'ha',
	hektare: 'ha',
	hectare: 'ha',
	hectares: 'ha',
	'%': 'percent',
	persen: 'percent',
	percent: 'percent',
	pct: 'percent',
	jiwa: 'people',
	orang: 'people',
	kk: 'households',
};

/** Words that only qualify a unit or a scale ("dalam juta rupiah", "in US$ million"). */
const FILLER = new Set(['dalam', 'in', 'satuan', 'unit', 'dlm']);

/** Lowercase tokens of a header or note: letters/digits runs, `us$`, `$` and `%` kept. */
export function headerTokens(text: string): string[] {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/'000\b/g, ' 000 ')
			.match(/us\$|[a-z0-9]+|\$|%/g) ?? []
	);
}

/** What a header or note says about units: the unit named and the scale word, if any. */
export interface UnitWords {
	unit?: Unit;
	scale?: ScaleWord;
}

/**
 * The unit and scale words in a header or note: "Nilai ekspor (Rp miliar)" → IDR and
 * miliar (10^9); "Volume (ribu ton)" → t and ribu (10^3); "Volume (000 ton)" → t and 000;
 * "Luas (ha)" → ha, no scale; "Nilai" → nothing. The first of each is taken.
 */
export function unitWords(text: string): UnitWords {
	const tokens = headerTokens(text);
	const out: UnitWords = {};
	for (const t of tokens) {
		if (out.unit === undefined && UNIT_TOKENS[t]) out.unit = UNIT_TOKENS[t];
		const e = SCALE_WORDS[t];
		if (out.scale === undefined && e !== undefined) out.scale = { word: t, exponent: e };
	}
	return out;
}

/** True when a token only names a unit or a scale (or joins them: "dalam", "in"). */
const unitToken = (t: string) =>
	UNIT_TOKENS[t] !== undefined || SCALE_WORDS[t] !== undefined || FILLER.has(t);

/**
 * A field name without its scale words (`nilai_ekspor_rp_miliar` → `nilai_ekspor_rp`), for a
 * column whose values are (now) in base units. The name itself when nothing would be left.
 */
export function withoutScale(name: string): string {
	const kept = name.split('_').filter((p) => SCALE_WORDS[p] === undefined);
	const out = kept.join('_');
	return /^[a-z]/.test(out) ? out : name;
}

/**
 * A readable title from a header as written: the unit and scale in parentheses or at the end
 * dropped (the page writes the unit from the declaration), underscores as spaces, the first
 * letter capitalised, an all-capitals header in sentence case. "Nilai ekspor (Rp miliar)" →
 * "Nilai ekspor"; "LUAS_HA" → "Luas"; "Volume (000 ton)" → "Volume". Empty when nothing readable
 * is left (a blank header, "%").
 */
export function readableTitle(header: string): string {
	let text = header.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
	// Parentheses or brackets that hold only unit and scale words.
	text = text.replace(/\s*[([]([^)\]]*)[)\]]/g, (whole, inner: string) => {
		const tokens = headerTokens(inner);
		return tokens.length > 0 && tokens.every(unitToken) ? '' : whole;
	});
	// Unit and scale words at the end ("Nilai Rp", "Luas ha", "Produksi ribu ton").
	const words = text.split(' ');
	while (words.length > 1) {
		const last = headerTokens(words.at(-1) ?? '');
		if (last.length > 0 && last.every(unitToken)) words.pop();
		else break;
	}
	text = words
		.join(' ')
		.replace(/[\s:;,.\-–—]+$/, '')
		.trim();
	if (!/[\p{L}\d]/u.test(text)) return '';
	if (text === text.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(text)) text = text.toLowerCase();
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Column titles in Indonesian and English that the intake recognises (lowercase). */
const GLOSSARY: [id: string, en: string][] = [
	['tahun', 'year'],
	['bulan', 'month'],
	['tanggal', 'date'],
	['periode', 'period'],
	['provinsi', 'province'],
	['kabupaten', 'regency'],
	['kabupaten/kota', 'regency/city'],
	['kota', 'city'],
	['kecamatan', 'district'],
	['desa', 'village'],
	['nama desa', 'village name'],
	['nama', 'name'],
	['kode', 'code'],
	['kode wilayah', 'region code'],
	['kode desa', 'village code'],
	['kode kabupaten', 'regency code'],
	['kode provinsi', 'province code'],
	['wilayah', 'region'],
	['komoditas', 'commodity'],
	['komoditi', 'commodity'],
	['nilai', 'value'],
	['nilai ekspor', 'export value'],
	['nilai impor', 'import value'],
	['ekspor', 'exports'],
	['impor', 'imports'],
	['volume', 'volume'],
	['volume ekspor', 'export volume'],
	['berat', 'weight'],
	['luas', 'area'],
	['luas lahan', 'land area'],
	['luas panen', 'harvested area'],
	['luas kebun', 'planted area'],
	['produksi', 'production'],
	['produktivitas', 'productivity'],
	['harga', 'price'],
	['jumlah', 'number'],
	['jumlah desa', 'number of villages'],
	['jumlah petani', 'number of farmers'],
	['petani', 'farmers'],
	['jumlah penduduk', 'population'],
	['penduduk', 'population'],
	['eksportir', 'exporters'],
	['jumlah eksportir', 'number of exporters'],
	['negara tujuan', 'destination country'],
	['tujuan ekspor', 'export destination'],
	['pertumbuhan', 'growth'],
	['persentase', 'percentage'],
	['keterangan', 'note'],
	['catatan', 'note'],
	['sumber', 'source'],
	['status', 'status'],
	['klaster', 'cluster'],
	['lintang', 'latitude'],
	['lat', 'latitude'],
	['bujur', 'longitude'],
	['lon', 'longitude'],
	['lng', 'longitude'],
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Indonesian and English titles for a readable title, when the glossary knows it in either
 * language ("Nilai ekspor" → Nilai ekspor / Export value; "Export value" → the same pair);
 * undefined otherwise, and the draft asks for the English title in a TODO.
 */
export function glossaryTitle(title: string): { id: string; en: string } | undefined {
	const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
	const pair = GLOSSARY.find(([id, en]) => id === key || en === key);
	return pair ? { id: capital(pair[0]), en: capital(pair[1]) } : undefined;
}

/**
 * `canonical` (a decimal written with "." and no separators, e.g. "-12.4") multiplied by
 * 10^`exponent`, exactly (decimal digits are shifted, never multiplied in floating point):
 * ("12.4", 9) → "12400000000"; ("0.125", 2) → "12.5"; ("1.5", -3) → "0.0015".
 */
export function shiftDecimal(canonical: string, exponent: number): string {
	const negative = canonical.startsWith('-');
	const [int = '', frac = ''] = canonical.replace(/^[-+]/, '').split('.');
	let digits = int + frac;
	let point = int.length + exponent;
	if (point > digits.length) digits = digits.padEnd(point, '0');
	if (point < 0) {
		digits = '0'.repeat(-point) + digits;
		point = 0;
	}
	const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
	const fraction = digits.slice(point).replace(/0+$/, '');
	const out = fraction ? `${whole}.${fraction}` : whole;
	return negative && /[1-9]/.test(out) ? `-${out}` : out;
}
