/**
 * Units a dataset field may declare (`"unit": "IDR"`): for each, its name in both languages
 * (axis titles, field tables: `hektare`, `tonnes`) and the short label written after a number
 * (`1.161 ha`, `765 tonnes`, English singular where it differs: `1 tonne`). One table, so a unit
 * never has a name without a label or the other way round. Money (`IDR`, `USD`, `IDR/kg`) and
 * `percent` have no label: formatValue (src/lib/format) writes them as `Rp1,8 triliun`, `25%`.
 * Amounts are stored in base units: rupiah, not "juta rupiah"; tonnes, not "ribu ton".
 */

/** A unit's names and, unless it is money or a percentage, its short label. */
export interface UnitInfo {
	/** Its name, in Indonesian and English. */
	id: string;
	en: string;
	/** The label after a number; `enOne` after the number 1 in English. */
	short?: { id: string; en: string; enOne?: string };
}

export const UNITS = {
	IDR: { id: 'rupiah', en: 'rupiah' },
	USD: { id: 'dolar AS', en: 'US dollars' },
	ha: { id: 'hektare', en: 'hectares', short: { id: 'ha', en: 'ha' } },
	t: { id: 'ton', en: 'tonnes', short: { id: 'ton', en: 'tonnes', enOne: 'tonne' } },
	kg: { id: 'kilogram', en: 'kilograms', short: { id: 'kg', en: 'kg' } },
	'IDR/kg': { id: 'rupiah per kilogram', en: 'rupiah per kilogram' },
	't/year': {
		id: 'ton per tahun',
		en: 'tonnes per year',
		short: { id: 'ton per tahun', en: 'tonnes a year', enOne: 'tonne a year' },
	},
	't/month': {
		id: 'ton per bulan',
		en: 'tonnes per month',
		short: { id: 'ton per bulan', en: 'tonnes a month', enOne: 'tonne a month' },
	},
	kodi: { id: 'kodi (20 lembar)', en: 'kodi (20 pieces)', short: { id: 'kodi', en: 'kodi' } },
	percent: { id: 'persen', en: 'per cent' },
	degree: { id: 'derajat', en: 'degrees', short: { id: '°', en: '°' } },
	villages: {
		id: 'desa',
		en: 'villages',
		short: { id: 'desa', en: 'villages', enOne: 'village' },
	},
	people: { id: 'orang', en: 'people', short: { id: 'orang', en: 'people', enOne: 'person' } },
	firms: {
		id: 'usaha',
		en: 'businesses',
		short: { id: 'usaha', en: 'businesses', enOne: 'business' },
	},
	countries: {
		id: 'negara',
		en: 'countries',
		short: { id: 'negara', en: 'countries', enOne: 'country' },
	},
	continents: {
		id: 'benua',
		en: 'continents',
		short: { id: 'benua', en: 'continents', enOne: 'continent' },
	},
	households: {
		id: 'kepala keluarga',
		en: 'households',
		short: { id: 'KK', en: 'households', enOne: 'household' },
	},
	'farm-units': {
		id: 'unit usaha pertanian',
		en: 'farm units',
		short: { id: 'unit usaha', en: 'farm units', enOne: 'farm unit' },
	},
	trees: { id: 'pohon', en: 'trees', short: { id: 'pohon', en: 'trees', enOne: 'tree' } },
	provinces: {
		id: 'provinsi',
		en: 'provinces',
		short: { id: 'provinsi', en: 'provinces', enOne: 'province' },
	},
	associations: {
		id: 'asosiasi',
		en: 'associations',
		short: { id: 'asosiasi', en: 'associations', enOne: 'association' },
	},
	count: { id: 'jumlah', en: 'count', short: { id: '', en: '' } },
} as const satisfies Record<string, UnitInfo>;

/** A unit key from {@link UNITS}. */
export type Unit = keyof typeof UNITS;

/** True when `value` is a known unit key. */
export function isUnit(value: string): value is Unit {
	return Object.hasOwn(UNITS, value);
}
