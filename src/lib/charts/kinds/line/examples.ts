// Gallery examples of <LineChart> with real datasets (ids start with "contoh-").
import type { ChartExample } from '../kind.ts';

export const examples: ChartExample[] = [
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
