// Live examples of every map component with real data, for the component gallery
// (/panduan/komponen/). Each is the exact MDX a story would carry; the gallery parses and renders
// it. Ids start with "contoh-" so they never clash with a story's maps.
import type { Lang } from '../lang.ts';

/** One gallery example: the MDX, and the language it is written in. */
export interface MapExample {
	lang: Lang;
	heading: string;
	/** What the example shows (Indonesian; the gallery is for journalists). */
	about: string;
	mdx: string;
}

export const MAP_EXAMPLES: MapExample[] = [
	{
		lang: 'id',
		heading: 'VillageMap: tenun ikat Parengan, Lamongan',
		about:
			'Fokus pada satu kabupaten dengan satu komoditas. Peta statis ada di HTML; peta yang bisa digeser dimuat saat peta terlihat. Daftar desa di bawah peta bisa dipakai dengan papan ketik.',
		mdx: `<VillageMap id="contoh-parengan" region="lamongan" commodity="tenun-ikat" />`,
	},
	{
		lang: 'id',
		heading: 'VillageMap: kakao di Berau, Kutai Timur dan Mahakam Ulu (tanpa desa)',
		about:
			'Wilayah fokus tanpa desa devisa dalam data kami: peta menunjukkan wilayahnya, mengatakannya terus terang, dan menyebut desa devisa kakao terdekat. Tanpa desa, peta tidak memuat JavaScript.',
		mdx: `<VillageMap
  id="contoh-kakao-kaltim"
  region={["berau", "kutai-timur", "mahakam-ulu"]}
  commodity="kakao"
  title="Desa devisa kakao di Berau, Kutai Timur dan Mahakam Ulu"
/>`,
	},
	{
		lang: 'id',
		heading: 'VillageMap: semua desa devisa (ikhtisar nasional)',
		about:
			'Tanpa saringan: seluruh Indonesia. Titik yang berimpit (lima desa kopi Gayo, lima di Subang) digeser melingkar dengan garis ke letak sebenarnya.',
		mdx: `<VillageMap id="contoh-nasional" />`,
	},
	{
		lang: 'id',
		heading: 'ChoroplethMap: desa devisa per provinsi',
		about:
			'Jumlah desa devisa dalam data kami per provinsi, dengan tabel peringkat sebagai kembarannya yang aksesibel. Catatan di bawah peta menegaskan bahwa ini bukan angka nasional LPEI.',
		mdx: `<ChoroplethMap id="contoh-provinsi" />`,
	},
	{
		lang: 'id',
		heading: 'ChoroplethMap: per kabupaten/kota di Jawa Timur',
		about: 'Tingkat kabupaten dalam satu provinsi: region wajib berupa provinsi.',
		mdx: `<ChoroplethMap id="contoh-jatim" level="regency" region="jawa-timur" />`,
	},
	{
		lang: 'id',
		heading: 'VillageMap untuk halaman komoditas: kopi',
		about:
			'Halaman komoditas memakai commodity saja; bingkai peta menyesuaikan letak desanya (di sini Aceh sampai Jawa Timur).',
		mdx: `<VillageMap id="contoh-kopi" commodity="kopi" />`,
	},
	{
		lang: 'id',
		heading: 'VillageMap untuk halaman wilayah: Jawa Timur',
		about: 'Halaman wilayah memakai region saja (kode atau slug provinsi atau kabupaten).',
		mdx: `<VillageMap id="contoh-jatim-desa" region="35" />`,
	},
];
