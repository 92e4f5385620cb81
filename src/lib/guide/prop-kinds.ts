// What each kind of prop accepts, in the gallery's words (Indonesian; the gallery is for
// journalists). Keyed by PropKind, so a new kind is a type error here until it is described.
import type { PropKind, PropSpec } from '../mdx/specs.ts';

export const KIND_LABELS: Record<PropKind, string> = {
	text: 'teks',
	number: 'angka, ditulis {3}',
	boolean: 'true atau false, ditulis {false}; tanpa nilai berarti true',
	id: 'id unik: huruf kecil, angka dan "-"',
	enum: 'salah satu nilai',
	dataset: 'id dataset: nama file di data/ tanpa .csv',
	column: 'nama kolom dari dataset',
	'numeric-column': 'nama kolom angka dari dataset',
	columns: 'kolom, atau daftar kolom ["a", "b"]',
	'numeric-columns': 'kolom angka, atau daftarnya ["a", "b"]',
	'x-column': 'kolom waktu atau kategori (tanggal, bulan, tahun, teks)',
	where: 'filter baris {{ kolom: "nilai" }}; nilai boleh daftar',
	figure: 'id angka di data/figures.csv',
	source: 'id sumber di data/sources.csv',
	region: 'slug atau kode wilayah di data/regions.csv',
	commodity: 'kunci komoditas di data/commodities.csv',
	literal: 'nilai literal: lihat contoh',
};

/** "salah satu nilai: a, b, c" for enums; the kind's label otherwise (with "atau daftarnya"). */
export function describeKind(p: PropSpec): string {
	const label =
		p.kind === 'enum' ? `${KIND_LABELS.enum}: ${(p.values ?? []).join(', ')}` : KIND_LABELS[p.kind];
	return p.list && p.kind !== 'columns' && p.kind !== 'numeric-columns'
		? `${label} (atau daftarnya)`
		: label;
}
