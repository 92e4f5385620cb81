// Gallery examples of <Timeline> with real datasets (ids start with "contoh-").
import type { ChartExample } from '../kind.ts';

export const examples: ChartExample[] = [
	{
		lang: 'id',
		heading: 'Timeline: desa devisa menurut tanggal peresmian dan provinsi',
		about:
			'Satu titik per desa yang kami kenal, pada tanggal peresmiannya; desa yang diresmikan pada tanggal yang sama ditumpuk. Desa tanpa tanggal tidak ditempatkan di tanggal karangan: catatan di bawah grafik menyebut jumlah dan namanya.',
		mdx: `<Timeline
  id="contoh-linimasa-desa-devisa"
  dataset="villages"
  date="designated"
  label="name"
  group="province_code"
  unit="villages"
  title="Desa devisa yang kami kenal, menurut tanggal peresmian"
/>`,
	},
	{
		lang: 'id',
		heading: 'Timeline: Jawa Timur menurut komoditas',
		about:
			'Baris menurut komoditas, nama komoditas lewat dataset commodities; where memilih provinsi.',
		mdx: `<Timeline
  id="contoh-linimasa-jatim"
  dataset="villages"
  date="designated"
  label="name"
  group="commodity"
  where={{ province_code: "35" }}
  unit="villages"
  title="Desa devisa Jawa Timur menurut komoditas"
/>`,
	},
	{
		lang: 'en',
		heading: 'Timeline in an English story',
		about: 'The same timeline on an English page: dates, province names and the note in English.',
		mdx: `<Timeline
  id="contoh-export-village-timeline"
  dataset="villages"
  date="designated"
  label="name"
  group="province_code"
  unit="villages"
  title="The export villages we know, by designation date"
/>`,
	},
];
