// Problems `npm run new:dataset` finds in a journalist's file before the validator sees the
// draft (inspect.ts). Where the validator reports the same cell, its words win.
import { fragments, problemMessages } from '../text.ts';

export const problems = problemMessages({
	'encoding-error/ansi-line': {
		message: [
			'baris ini diubah dari Windows-1252 ke UTF-8: periksa huruf-huruf beraksennya',
			'this line was converted from Windows-1252 to UTF-8: check its accented letters',
		],
		expected: ['huruf-huruf seperti di spreadsheet', 'the letters as in the spreadsheet'],
		hint: [
			'bila ada huruf yang salah, perbaiki di salinannya, atau simpan lembarnya sebagai "CSV UTF-8" lalu jalankan npm run new:dataset lagi',
			'if a letter is wrong, fix it in the copy, or save the sheet as "CSV UTF-8" and run npm run new:dataset again',
		],
	},
	'blank-label/unnamed': {
		message: [
			'sel header kosong, padahal kolomnya berisi nilai; draf menamainya %{name}',
			'a header cell is empty, but the column has values; the draft calls it %{name}',
		],
		expected: ['nama kolom', 'a column name'],
		hint: [
			'ganti nama %{name} di header %{copy} dan di deklarasi',
			'rename %{name} in the header of %{copy} and in the declaration',
		],
	},
	'duplicate-label/renamed': {
		message: [
			'kolom "%{label}" muncul dua kali (juga kolom ke-%{other}); draf menamainya %{name}',
			'column "%{label}" appears twice (also column %{other}); the draft calls it %{name}',
		],
		hint: [
			'ganti nama kedua kolom agar jelas bedanya, atau hapus salinannya',
			'rename both columns to say how they differ, or delete the copy',
		],
	},
	'excel-artifact/in-copy': {
		message: [
			'"%{raw}" adalah nilai galat Excel, bukan data',
			'"%{raw}" is an Excel error value, not data',
		],
		hint: [
			'perbaiki rumusnya di spreadsheet, atau kosongkan selnya bila nilainya tidak diketahui',
			'fix the formula in the spreadsheet, or leave the cell empty if the value is unknown',
		],
	},
	'excel-artifact/scientific-code': {
		message: [
			'"%{raw}" adalah kode panjang yang diubah Excel menjadi notasi ilmiah',
			'"%{raw}" is a long code Excel turned into scientific notation',
		],
		expected: ['kode seperti %{like}', 'a code like %{like}'],
		hint: [
			'format kolomnya sebagai Text di Excel sebelum ekspor, lalu ekspor ulang',
			'format the column as Text in Excel before export, then export again',
		],
	},
	'constraint-error/region-code': {
		message: [
			'"%{raw}" bukan kode wilayah yang ditulis seperti yang lain',
			'"%{raw}" is not a region code written like the others',
		],
		expected: ['kode seperti %{like}', 'a code like %{like}'],
		hint: ['tulis kodenya seperti di data/regions.csv', 'write the code as in data/regions.csv'],
	},
	'possible-typo': {
		message: [
			'"%{rare}" (%{rareCount}×) dan "%{common}" (%{commonCount}×) hanya beda satu-dua huruf',
			'"%{rare}" (%{rareCount}×) and "%{common}" (%{commonCount}×) differ by one or two letters',
		],
	},
	'formula-injection/pasted': {
		message: [
			'teks diawali karakter yang dibaca spreadsheet sebagai rumus',
			'text starts with a character a spreadsheet treats as a formula',
		],
		hint: [
			'tempel nilainya, bukan rumusnya, sebelum ekspor',
			'paste the value, not the formula, before export',
		],
	},
	'total-row': {
		message: ['baris terakhir tampak seperti baris jumlah', 'the last row looks like a total'],
		expected: ['satu baris untuk setiap hal yang dihitung', 'one row per thing counted'],
		hint: [
			'hapus baris itu: jumlah dihitung dari baris-barisnya, atau diterbitkan sebagai angka tersendiri',
			'delete the row: totals are computed from the rows, or published as their own figure',
		],
	},
});

export const texts = fragments({
	'intake.then-again': [
		'%{hint}; lalu jalankan npm run new:dataset lagi',
		'%{hint}; then run npm run new:dataset again',
	],
	'intake.code-spaces': ['hapus spasi di sekitar kodenya', 'remove the spaces around the code'],
	'intake.code-dots': [
		'kode wilayah ditulis dengan titik, misalnya %{example}',
		'region codes are written with dots, e.g. %{example}',
	],
});
