// Gallery examples of <BarChart> with real datasets (ids start with "contoh-").
import type { ChartExample } from '../kind.ts';

export const examples: ChartExample[] = [
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
];
