// Live examples of every chart component with real datasets, for the component gallery
// (/panduan/komponen/). Each is the exact MDX a story would carry; the gallery parses and renders
// it, and the CSV endpoints serve each example's download. Ids start with "contoh-" so they never
// clash with a story's chart ids.
import type { Lang } from '../../lib/format/index.ts';

/** One gallery example: the MDX, and the language it is written in. */
export interface ChartExample {
	lang: Lang;
	heading: string;
	/** What the example shows and why it is drawn this way (Indonesian; the gallery is for journalists). */
	about: string;
	mdx: string;
}

export const CHART_EXAMPLES: ChartExample[] = [
	{
		lang: 'id',
		heading: 'LineChart: desa devisa nasional',
		about:
			'Garis dengan anotasi peluncuran 2019 dan jeda definisi: angka 2019 dan 2021 bukan total, jadi garis diputus sebelum Desember 2022. Jarak lebih dari 12 bulan tanpa angka digambar putus-putus.',
		mdx: `<LineChart
  id="contoh-desa-devisa-nasional"
  dataset="dd-national"
  x="as_of"
  y="villages"
  labels="Jumlah desa devisa"
  title="Jumlah desa devisa di Indonesia, 2019–2025"
  annotations={[{ x: "2019-12", label: "Desa devisa pertama: Nusasari, Jembrana" }]}
  breaks={[{ x: "2022-12", label: "Sesudah ini: total yang diterbitkan" }]}
  notes="Angka Desember 2021 adalah nomor urut desa terbaru (desa devisa ke-27), bukan total. Rilis awal menghitung klaster, rilis kemudian menghitung desa."
/>`,
	},
	{
		lang: 'id',
		heading: 'LineChart: Jawa Timur',
		about:
			'Dua angka pertama Jawa Timur bukan total (desa yang disetujui pada 2021, desa yang didampingi pada November 2022), jadi garis diputus sebelum Desember 2022.',
		mdx: `<LineChart
  id="contoh-desa-devisa-jatim"
  dataset="dd-jatim"
  x="as_of"
  y="villages"
  labels="Desa devisa di Jawa Timur"
  title="Desa devisa di Jawa Timur, 2021–2025"
  breaks={[{ x: "2022-12", label: "Sesudah ini: total desa devisa" }]}
  notes="Oktober 2021: desa yang disetujui; November 2022: desa yang didampingi."
/>`,
	},
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
		heading: 'BarChart mendatar: klaster Jawa Timur',
		about: 'Kategori teks, diurutkan dari yang terbesar; nama klaster dari kolom name_id.',
		mdx: `<BarChart
  id="contoh-klaster-jatim"
  dataset="dd-jatim-clusters-2024"
  category="cluster"
  categoryLabel="name_id"
  value="villages"
  horizontal
  title="Klaster desa devisa di Jawa Timur, 2024"
  notes="Jika dijumlahkan, klaster ini berisi satu desa lebih banyak dari total yang diterbitkan sumber yang sama."
/>`,
	},
	{
		lang: 'id',
		heading: 'BarChart tegak: ekspor Lamongan (Disperindag)',
		about:
			'Tahun tanpa data (2019, 2020) tetap mendapat tempat dan ditandai. Sumbu memakai kata skala: triliun rupiah. Seri BPS tidak pernah digabung di sini.',
		mdx: `<BarChart
  id="contoh-ekspor-lamongan"
  dataset="lamongan-exports"
  category="year"
  value="value"
  where={{ period: "full-year" }}
  title="Nilai ekspor Lamongan menurut Disperindag"
  notes="Seri ini hanya menghitung ekspor usaha yang dipantau Disperindag Lamongan. Angka berbasis BPS memakai definisi lain dan tidak digabung di sini."
/>`,
	},
	{
		lang: 'id',
		heading: 'BarChart: ekspor Lamongan menurut BPS (seri terpisah)',
		about: 'Definisi lain dari seri Disperindag, jadi grafiknya sendiri.',
		mdx: `<BarChart
  id="contoh-ekspor-lamongan-bps"
  dataset="lamongan-exports-bps"
  category="year"
  value="value"
  where={{ period: "full-year" }}
  title="Nilai ekspor Lamongan berbasis BPS"
  notes="Definisinya berbeda dari angka Disperindag; jangan dibandingkan langsung."
/>`,
	},
	{
		lang: 'id',
		heading: 'TargetProgress: Lamongan 2022',
		about:
			'Capaian Januari–Oktober dibandingkan target setahun; kedua baris dari dataset yang sama.',
		mdx: `<TargetProgress
  id="contoh-target-lamongan-2022"
  dataset="lamongan-exports"
  value="value"
  actual={{ year: 2022, period: "jan-oct" }}
  target={{ year: 2022, period: "target" }}
  actualLabel="Januari–Oktober 2022"
  targetLabel="target 2022"
  title="Ekspor Lamongan 2022 menuju target"
/>`,
	},
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
	{
		lang: 'id',
		heading: 'BarChart: kakao Kalimantan Timur',
		about:
			'Kode wilayah diganti nama kabupaten lewat dataset regions; baris provinsi tanpa angka unit usaha dilewati.',
		mdx: `<BarChart
  id="contoh-kakao-kaltim"
  dataset="kaltim-cocoa"
  category="region_code"
  value="farm_units"
  where={{ survey: "st2023" }}
  horizontal
  title="Unit usaha kakao di Kalimantan Timur menurut kabupaten, 2023"
  notes="Sensus Pertanian 2023. Sumber hanya menyebut empat kabupaten ini."
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
	{
		lang: 'id',
		heading: 'BigNumbers: capaian program',
		about:
			'Angka kunci dari data/figures.csv, dengan keterangan "lebih dari" bila sumbernya begitu.',
		mdx: `<BigNumbers ids={["dd-penerima-2025", "dd-nilai-ekspor-2025", "dd-provinsi-2025"]} />`,
	},
	{
		lang: 'en',
		heading: 'LineChart in an English story',
		about: 'The same chart as it renders on an English page: summary, ticks and notes in English.',
		mdx: `<LineChart
  id="contoh-export-villages"
  dataset="dd-national"
  x="as_of"
  y="villages"
  labels="Export villages"
  title="Export villages in Indonesia, 2019–2025"
  annotations={[{ x: "2019-12", label: "First export village: Nusasari, Jembrana" }]}
  breaks={[{ x: "2022-12", label: "From here: published totals" }]}
/>`,
	},
];
