/**
 * Units a dataset field may declare (`"unit": "IDR"`), with their labels in both languages.
 * Amounts are stored in base units: rupiah, not "juta rupiah"; tonnes, not "ribu ton".
 */
export const UNITS = {
	IDR: { id: 'rupiah', en: 'rupiah' },
	USD: { id: 'dolar AS', en: 'US dollars' },
	ha: { id: 'hektare', en: 'hectares' },
	t: { id: 'ton', en: 'tonnes' },
	kg: { id: 'kilogram', en: 'kilograms' },
	'IDR/kg': { id: 'rupiah per kilogram', en: 'rupiah per kilogram' },
	't/year': { id: 'ton per tahun', en: 'tonnes per year' },
	't/month': { id: 'ton per bulan', en: 'tonnes per month' },
	kodi: { id: 'kodi (20 lembar)', en: 'kodi (20 pieces)' },
	percent: { id: 'persen', en: 'per cent' },
	degree: { id: 'derajat', en: 'degrees' },
	villages: { id: 'desa', en: 'villages' },
	people: { id: 'orang', en: 'people' },
	firms: { id: 'usaha', en: 'businesses' },
	countries: { id: 'negara', en: 'countries' },
	continents: { id: 'benua', en: 'continents' },
	households: { id: 'kepala keluarga', en: 'households' },
	'farm-units': { id: 'unit usaha pertanian', en: 'farm units' },
	trees: { id: 'pohon', en: 'trees' },
	provinces: { id: 'provinsi', en: 'provinces' },
	associations: { id: 'asosiasi', en: 'associations' },
	count: { id: 'jumlah', en: 'count' },
} as const satisfies Record<string, { id: string; en: string }>;

/** A unit key from {@link UNITS}. */
export type Unit = keyof typeof UNITS;

/** True when `value` is a known unit key. */
export function isUnit(value: string): value is Unit {
	return Object.hasOwn(UNITS, value);
}
