// More live examples of the text components for the component gallery (/panduan/komponen/),
// beyond each spec's own example: real MDX with real data, rendered exactly as written.
import type { Lang } from '../lang.ts';

/** One gallery example of a text component. */
export interface TextExample {
	/** The component it shows (a name in the registry). */
	component: string;
	lang: Lang;
	/** What it shows (Indonesian; the gallery is for journalists). */
	about: string;
	mdx: string;
}

export const TEXT_EXAMPLES: TextExample[] = [
	{
		component: 'Value',
		lang: 'id',
		about:
			'Dua nilai dari dataset yang sama dalam satu kalimat. Satuan (ton) datang dari deklarasi dataset, angka ditulis gaya Indonesia, dan setiap nilai menautkan sumber barisnya.',
		mdx: 'Volume ekspor kakao Indonesia tercatat <Value dataset="cocoa-exports" column="volume" where={{ year: 2022 }} /> pada 2022 dan <Value dataset="cocoa-exports" column="volume" where={{ year: 2023 }} /> pada 2023.',
	},
	{
		component: 'Fact',
		lang: 'id',
		about:
			'Angka dengan kualifikasi dari sumbernya ("sekitar", "lebih dari") ditulis apa adanya; judul angka muncul saat kursor di atasnya.',
		mdx: 'Harga biji kakao kering di tingkat petani Kalimantan Timur antara <Fact id="kaltim-harga-kakao-min-2025" /> dan <Fact id="kaltim-harga-kakao-max-2025" />.',
	},
	{
		component: 'DataTable',
		lang: 'id',
		about:
			'Tabel yang diurutkan dari nilai terbesar, dengan filter dua kolom. Kode wilayah ditampilkan sebagai nama.',
		mdx: `<DataTable
  dataset="kaltim-cocoa"
  columns={["region_code", "farm_units"]}
  where={{ survey: "st2023", region_code: ["64.11", "64.03", "64.08", "64.07"] }}
  sortBy="farm_units"
  descending
  caption="Unit usaha pertanian kakao per kabupaten, Sensus Pertanian 2023"
/>`,
	},
];
