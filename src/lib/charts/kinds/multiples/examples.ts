// Gallery examples of <SmallMultiples> with real datasets (ids start with "contoh-").
import type { ChartExample } from '../kind.ts';

export const examples: ChartExample[] = [
	{
		lang: 'id',
		heading: 'SmallMultiples: Indonesia dan Jawa Timur',
		about:
			'Dua dataset dalam panel berdampingan dengan skala yang sama, sehingga tinggi garis bisa dibandingkan.',
		mdx: `<SmallMultiples
  id="contoh-nasional-dan-jatim"
  x="as_of"
  title="Desa devisa: Indonesia dan Jawa Timur"
  panels={[
    { dataset: "dd-national", y: "villages", title: "Indonesia", breaks: [{ x: "2022-12", label: "Total sejak sini" }] },
    { dataset: "dd-jatim", y: "villages", title: "Jawa Timur", breaks: [{ x: "2022-12", label: "Total sejak sini" }] }
  ]}
/>`,
	},
	{
		lang: 'id',
		heading: 'SmallMultiples: ekspor kakao dan rumput laut',
		about: 'Dua komoditas nasional dalam satuan yang sama (ton), pada skala yang sama.',
		mdx: `<SmallMultiples
  id="contoh-ekspor-komoditas"
  x="year"
  title="Volume ekspor kakao dan rumput laut Indonesia"
  panels={[
    { dataset: "cocoa-exports", y: "volume", title: "Kakao" },
    { dataset: "seaweed-exports", y: "volume", title: "Rumput laut" }
  ]}
  notes="Angka kakao 2024 sementara."
/>`,
	},
];
