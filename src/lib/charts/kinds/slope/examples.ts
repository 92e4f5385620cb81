// Gallery examples of <SlopeChart> with real datasets (ids start with "contoh-").
import type { ChartExample } from '../kind.ts';

export const examples: ChartExample[] = [
	{
		lang: 'id',
		heading: 'SlopeChart: eksportir Lamongan',
		about: 'Sebelum dan sesudah; label angka yang sama (16 dan 16) digeser agar terbaca.',
		mdx: `<SlopeChart
  id="contoh-eksportir-lamongan"
  dataset="lamongan-exporters"
  x="year"
  y={["destination_countries", "business_units"]}
  labels={["negara tujuan ekspor", "unit usaha eksportir"]}
  title="Negara tujuan ekspor Lamongan, 2021 dan 2022"
/>`,
	},
];
