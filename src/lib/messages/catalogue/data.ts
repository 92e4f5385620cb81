// Problems in data files and dataset declarations: reading the bytes (decode.ts), the CSV
// (csv.ts), typing cells (cast.ts), the checks (validate.ts, quotes.ts), the declaration
// (declaration.ts), the catalogue (load.ts) and a new source row (source-row.ts).
// Indonesian first; `%{name}` is a parameter.
import { fragments, problemMessages } from '../text.ts';

const EXPORT_UTF8: readonly [string, string] = [
	'di Excel: File → Save As → "CSV UTF-8 (Comma delimited)"',
	'in Excel use File → Save As → "CSV UTF-8 (Comma delimited)"',
];
const QUOTED = {
	expected: [
		'sel berisi koma atau tanda kutip diapit "…", tanda kutip di dalamnya ditulis dua kali ("")',
		'cells with commas or quotes wrapped in "…", inner quotes doubled ("")',
	],
	hint: [
		'tambahkan tanda kutip penutup yang hilang, atau tulis tanda kutip di dalam sel sebagai ""',
		'add the missing closing quote, or write an inner quote as ""',
	],
} as const;
const BOX = [
	'lintang %{minLat}…%{maxLat}, bujur %{minLon}…%{maxLon}',
	'latitude %{minLat}…%{maxLat}, longitude %{minLon}…%{maxLon}',
] as const;
const NUMBER_FIELD = ['number atau integer', 'number or integer'] as const;
const SAME_LINE = {
	message: ['sama dengan baris %{first}', 'duplicate of line %{first}'],
} as const;

export const problems = problemMessages({
	// decode.ts
	'file-size': {
		message: [
			'file ini %{bytes} byte, melebihi batas %{limit} byte',
			'file is %{bytes} bytes, above the %{limit}-byte limit',
		],
		hint: [
			'terbitkan ringkasannya; file lengkapnya tempatnya di arsip, bukan di situs',
			'publish an aggregated extract; the full file belongs in an archive, not the site',
		],
	},
	'encoding-error/utf16': {
		message: [
			'file ini UTF-16 ("Unicode text"), bukan UTF-8',
			'the file is UTF-16 ("Unicode text"), not UTF-8',
		],
		expected: ['UTF-8', 'UTF-8'],
		hint: EXPORT_UTF8,
	},
	'encoding-error/byte': {
		message: [
			'byte %{byte} di posisi %{offset} bukan UTF-8 yang sah (filenya tampak Windows-1252/"ANSI")',
			'byte %{byte} at offset %{offset} is not valid UTF-8 (the file looks like Windows-1252/"ANSI")',
		],
		expected: ['UTF-8', 'UTF-8'],
		hint: [
			'di Excel: File → Save As → "CSV UTF-8 (Comma delimited)"; jangan simpan ulang sebagai "CSV (Comma delimited)"',
			'in Excel use File → Save As → "CSV UTF-8 (Comma delimited)"; do not re-save as "CSV (Comma delimited)"',
		],
	},
	'line-breaks/cr': {
		message: [
			'baris ini diakhiri CR saja (carriage return)',
			'a bare carriage return (CR) ends this line',
		],
		expected: ['akhir baris LF atau CRLF', 'LF or CRLF line endings'],
		hint: [
			'file ini disimpan dengan akhir baris Mac lama; simpan ulang sebagai CSV UTF-8',
			'the file was saved with old Mac line endings; re-save it as CSV UTF-8',
		],
	},
	'line-breaks/mixed': {
		message: [
			'akhir baris LF dan CRLF bercampur di file ini',
			'LF and CRLF line endings are mixed in this file',
		],
		expected: ['satu jenis akhir baris', 'one kind of line ending'],
		hint: [
			'file ini mungkin disunting di dua program; simpan ulang dengan satu jenis akhir baris',
			'the file was probably edited in two programs; re-save it with one kind of line ending',
		],
	},

	// csv.ts
	'source-error/empty': {
		message: ['file ini kosong: tidak ada baris header', 'the file is empty: no header line'],
		expected: [
			'baris header yang menamai kolom-kolom yang dideklarasikan',
			'a header line naming the declared fields',
		],
		hint: [
			'ekspor ulang lembarnya: baris pertama harus berisi nama-nama kolom',
			'export the sheet again: the first line must name the columns',
		],
	},
	'source-error/unclosed': {
		message: [
			'sel yang diawali tanda kutip tidak pernah ditutup: sisa file akan terbaca masuk ke dalamnya',
			'a quoted cell is never closed: the rest of the file would be read into it',
		],
		...QUOTED,
	},
	'source-error/stray': {
		message: [
			'ada tanda kutip di dalam sel yang tidak dikutip utuh',
			'a quote appears inside a cell that is not quoted as a whole',
		],
		...QUOTED,
	},
	'dialect-error/semicolon': {
		message: [
			'hanya satu kolom terbaca, padahal header berisi "%{other}": file ini tampaknya dipisah %{name}',
			'one column found, but the header contains "%{other}": the file looks %{name}-delimited',
		],
		expected: ['kolom yang dipisah %{declared}', '%{declared}-delimited columns'],
		hint: [
			'Excel dengan pengaturan Indonesia menyimpan CSV dengan ";"; ekspor ulang dengan "," atau nyatakan "dialect": { "delimiter": ";" }',
			'Excel with Indonesian settings saves CSV with ";"; re-export with "," or declare "dialect": { "delimiter": ";" }',
		],
	},
	'dialect-error/other': {
		message: [
			'hanya satu kolom terbaca, padahal header berisi "%{other}": file ini tampaknya dipisah %{name}',
			'one column found, but the header contains "%{other}": the file looks %{name}-delimited',
		],
		expected: ['kolom yang dipisah %{declared}', '%{declared}-delimited columns'],
		hint: [
			'ekspor ulang dengan "%{delimiter}" atau nyatakan pemisahnya di "dialect"',
			're-export with "%{delimiter}" or declare the delimiter in "dialect"',
		],
	},
	'blank-row': {
		message: ['baris ini kosong', 'this row is blank'],
		expected: ['baris berisi data', 'a row of data'],
		hint: [
			'hapus baris kosong itu (atau baris sel kosong sisa Excel)',
			'delete the empty line (or the row of empty cells Excel left behind)',
		],
	},
	'missing-cell': {
		message: [
			'baris ini berisi %{cells} sel, header %{header}',
			'row has %{cells} cells, the header has %{header}',
		],
		expected: ['%{header} sel', '%{header} cells'],
		hint: [
			'ada sel yang hilang di ujung baris; tambahkan sel kosong dengan koma bila nilainya tidak diketahui',
			'a cell is missing at the end of the row; add the empty cell with a comma if the value is unknown',
		],
	},
	'extra-cell': {
		message: [
			'baris ini berisi %{cells} sel, header %{header}',
			'row has %{cells} cells, the header has %{header}',
		],
		expected: ['%{header} sel', '%{header} cells'],
		hint: [
			'ada nilai berisi %{name} tanpa tanda kutip; apit sel itu dengan tanda kutip ganda',
			'a value contains an unquoted %{name}; wrap that cell in double quotes',
		],
	},

	// cast.ts
	'type-error/not-integer': {
		message: ['"%{raw}" bukan bilangan bulat', '"%{raw}" is not an integer'],
	},
	'type-error/not-number': { message: ['"%{raw}" bukan angka', '"%{raw}" is not a number'] },
	'type-error/out-of-range': {
		message: ['"%{raw}" di luar jangkauan', '"%{raw}" is out of range'],
	},
	'type-error/too-large': {
		message: [
			'"%{raw}" terlalu besar untuk disimpan persis',
			'"%{raw}" is too large to be stored exactly',
		],
	},
	'type-error/not-boolean': {
		message: ['"%{raw}" bukan boolean', '"%{raw}" is not a boolean'],
		expected: ['true atau false', 'true or false'],
	},
	'type-error/not-year': {
		message: ['"%{raw}" bukan tahun', '"%{raw}" is not a year'],
		expected: ['tahun YYYY', 'year as YYYY'],
	},
	'type-error/not-yearmonth': {
		message: ['"%{raw}" bukan tahun dan bulan', '"%{raw}" is not a year and month'],
		expected: ['YYYY-MM', 'YYYY-MM'],
	},
	'type-error/not-date': {
		message: ['"%{raw}" bukan tanggal', '"%{raw}" is not a date'],
		expected: ['YYYY-MM-DD', 'YYYY-MM-DD'],
	},
	'type-error/not-calendar-date': {
		message: [
			'"%{raw}" bukan tanggal yang ada di kalender',
			'"%{raw}" is not a real calendar date',
		],
		expected: ['tanggal yang ada, YYYY-MM-DD', 'an existing date as YYYY-MM-DD'],
		hint: [
			'periksa hari dan bulannya (bulan berisi 28 sampai 31 hari); urutannya tahun-bulan-hari',
			'check the day and the month (months have 28 to 31 days); the order is year-month-day',
		],
	},
	'ambiguous-number': {
		message: [
			'"%{raw}" bisa berarti %{text} atau %{plain} (ribuan cara Indonesia)',
			'"%{raw}" could be %{text} or %{plain} (Indonesian thousands)',
		],
		expected: [
			'angka yang artinya dipastikan oleh deklarasi',
			'a number whose meaning the declaration fixes',
		],
		hint: [
			'bila titiknya pemisah ribuan, nyatakan "groupChar": "."; bila desimal, nyatakan "decimalChar": "." pada kolomnya',
			'if it is a thousands separator, declare "groupChar": "."; if it is a decimal, declare "decimalChar": "." on the field',
		],
	},
	'excel-artifact/error-value': {
		message: [
			'"%{raw}" adalah nilai galat Excel, bukan data',
			'"%{raw}" is an Excel error value, not data',
		],
		expected: ['%{type}', '%{type}'],
		hint: [
			'perbaiki rumusnya di spreadsheet, atau kosongkan selnya bila nilainya tidak diketahui',
			'fix the formula in the spreadsheet, or leave the cell empty if the value is unknown',
		],
	},

	// validate.ts: the header
	'blank-label': {
		message: ['sel header kosong', 'a header cell is empty'],
		hint: [
			'tulis nama kolom yang dideklarasikan untuk posisi ini',
			'write the column name declared for this position',
		],
	},
	'duplicate-label': {
		message: [
			'kolom "%{label}" muncul dua kali (juga kolom ke-%{other})',
			'column "%{label}" appears twice (also column %{other})',
		],
		hint: [
			'ganti nama salah satu dari dua kolom itu menjadi nama yang dideklarasikan',
			'rename one of the two columns to the declared name',
		],
	},
	'incorrect-label/whitespace': {
		message: [
			'header %{label} berisi spasi tak terlihat atau spasi di sekelilingnya',
			'header %{label} has invisible or surrounding whitespace',
		],
		hint: [
			'hapus spasi (atau spasi tak terputus) di sekitar nama kolomnya',
			'remove the spaces (or non-breaking spaces) around the column name',
		],
	},
	'incorrect-label/order': {
		message: [
			'kolom "%{label}" ada di posisi %{position}; deklarasi menaruh "%{declared}" di sana',
			'column "%{label}" is in position %{position}; the declaration puts "%{declared}" there',
		],
		expected: ['"%{declared}"', '"%{declared}"'],
		hint: [
			'urutkan kolomnya seperti di deklarasi, atau urutkan ulang kolom di deklarasi',
			'put the columns in the declared order, or reorder the fields in the declaration',
		],
	},
	'extra-label/undeclared': {
		message: ['kolom "%{label}" tidak dideklarasikan', 'column "%{label}" is not declared'],
		hint: [
			'deklarasikan kolomnya, atau hapus kolom itu',
			'declare the field, or delete the column',
		],
	},
	'extra-label/title': {
		message: [
			'baris pertama hanya berisi satu sel, "%{label}": apakah itu judul di atas header?',
			'the first line has one cell, "%{label}": is it a title above the header?',
		],
		hint: [
			'hapus baris judul: header harus menjadi baris pertama file',
			'delete the title line: the header must be the first line of the file',
		],
	},
	'missing-label': {
		message: [
			'kolom "%{name}" yang dideklarasikan tidak ada di header',
			'declared column "%{name}" is missing from the header',
		],
		hint: [
			'tambahkan kolom itu ke header (dan satu sel di setiap baris), atau hapus dari deklarasi',
			'add the column to the header (and a cell to every row), or remove the field from the declaration',
		],
	},

	// validate.ts: cells and rows
	'constraint-error/required': {
		message: ['nilainya wajib diisi', 'a value is required'],
		hint: [
			'isi selnya; bila nilainya memang tidak diketahui, kolom ini mestinya tidak wajib',
			'fill the cell; if the value is truly unknown, the field should not be required',
		],
	},
	'constraint-error/below': {
		message: ['%{raw} di bawah batas minimum %{limit}', '%{raw} is below the minimum %{limit}'],
	},
	'constraint-error/above': {
		message: ['%{raw} di atas batas maksimum %{limit}', '%{raw} is above the maximum %{limit}'],
	},
	'constraint-error/before': {
		message: ['%{raw} lebih awal dari %{limit}', '%{raw} is before %{limit}'],
	},
	'constraint-error/after': {
		message: ['%{raw} lebih lambat dari %{limit}', '%{raw} is after %{limit}'],
	},
	'constraint-error/short': {
		message: ['teksnya kurang dari %{n} karakter', 'text is shorter than %{n} characters'],
		expected: ['≥ %{n} karakter', '≥ %{n} characters'],
	},
	'constraint-error/long': {
		message: ['teksnya lebih dari %{n} karakter', 'text is longer than %{n} characters'],
		expected: ['≤ %{n} karakter', '≤ %{n} characters'],
	},
	'constraint-error/pattern': {
		message: ['"%{raw}" tidak cocok dengan polanya', '"%{raw}" does not match the pattern'],
		expected: ['pola %{pattern}', 'pattern %{pattern}'],
	},
	'constraint-error/enum': {
		message: [
			'"%{raw}" bukan salah satu nilai yang diizinkan',
			'"%{raw}" is not one of the allowed values',
		],
		hint: [
			'pakai salah satu nilai yang diizinkan, atau tambahkan nilai ini ke "enum" di deklarasi',
			'use one of the allowed values, or add this one to "enum" in the declaration',
		],
	},
	'constraint-error/future': {
		message: ['%{date} adalah tanggal yang akan datang', '%{date} is in the future'],
		expected: ['tanggal paling lambat %{today}', 'a date up to %{today}'],
		hint: [
			'tulis tanggal terbit sumbernya, YYYY-MM-DD',
			'write the day the source was published, as YYYY-MM-DD',
		],
	},
	'unique-error': {
		...SAME_LINE,
		expected: ['nilai yang tidak dipakai baris lain', 'a value not used on another row'],
		hint: [
			'perbaiki salah satu dari dua baris itu (baris %{first} dan baris ini)',
			'fix one of the two rows (line %{first} and this one)',
		],
	},
	'formula-injection': {
		message: [
			'teks diawali karakter yang dibaca spreadsheet sebagai rumus',
			'text starts with a character a spreadsheet treats as a formula',
		],
		expected: ['teks', 'text'],
		hint: [
			'unduhan memberi sel seperti ini tanda petik di depannya; pastikan nilainya memang teks',
			'downloads prefix such cells with an apostrophe; check the value is meant as text',
		],
	},
	'primary-key/empty': {
		message: ['kunci utama kosong', 'the primary key is empty'],
		expected: ['nilai di setiap kolom kunci utama', 'a value in every primary-key field'],
		hint: [
			'isi sel kuncinya: setiap baris membutuhkannya',
			'fill the key cell: every row needs one',
		],
	},
	'primary-key/duplicate': {
		...SAME_LINE,
		expected: ['kunci utama yang hanya dipakai satu baris', 'a primary key used by one row only'],
		hint: [
			'perbaiki salah satu dari dua baris itu (baris %{first} dan baris ini), atau tambahkan kolom ke kunci utama',
			'fix one of the two rows (line %{first} and this one), or add a column to the primary key',
		],
	},
	'row-constraint': {
		message: [
			'"%{name}" wajib diisi bila %{field} bernilai "%{equals}"',
			'"%{name}" is required when %{field} is "%{equals}"',
		],
		expected: ['isi kolom %{name}', 'a value in %{name}'],
	},

	// validate.ts: across datasets
	'foreign-key/no-dataset': {
		message: [
			'foreign key merujuk dataset "%{resource}", yang tidak ada',
			'foreign key refers to dataset "%{resource}", which does not exist',
		],
		hint: [
			'dataset itu sudah diganti namanya atau dihapus: arahkan foreign key ke dataset yang ada, atau hapus',
			'the dataset was renamed or deleted: point the foreign key at an existing one, or remove it',
		],
	},
	'foreign-key/no-field': {
		message: [
			'foreign key menyebut kolom %{fields} yang tidak dimiliki %{target}',
			'foreign key names field(s) %{fields} that %{target} does not have',
		],
		hint: [
			'pakai kolom dari data/%{target}.csv (biasanya kunci utamanya)',
			'use a field of data/%{target}.csv (usually its primary key)',
		],
	},
	'foreign-key/not-found': {
		message: [
			'"%{value}" tidak ditemukan di %{resource} (%{fields})',
			'"%{value}" is not found in %{resource} (%{fields})',
		],
		expected: ['%{fields} dari data/%{resource}.csv', 'a %{fields} of data/%{resource}.csv'],
		hint: [
			'tambahkan dulu barisnya ke data/%{resource}.csv',
			'add the row to data/%{resource}.csv first',
		],
	},
	'geo-null-island': {
		message: [
			'titiknya 0, 0 (pengisi, bukan tempat)',
			'the point is 0, 0 (a placeholder, not a place)',
		],
		expected: BOX,
		hint: [
			'isi koordinat sebenarnya, atau kosongkan kedua sel bila tidak diketahui',
			'fill in the real coordinate, or leave both cells empty if unknown',
		],
	},
	'geo-swapped': {
		message: ['lintang dan bujur tampaknya tertukar', 'latitude and longitude look swapped'],
		expected: BOX,
		hint: [
			'tulis lintang (≈ −11…6) di %{lat} dan bujur (≈ 95…141) di %{lon}',
			'write latitude (≈ −11…6) in %{lat} and longitude (≈ 95…141) in %{lon}',
		],
	},
	'geo-outside': {
		message: ['titiknya di luar Indonesia', 'the point is outside Indonesia'],
		expected: BOX,
		hint: [
			'periksa tanda lintangnya: tempat di selatan khatulistiwa bernilai negatif',
			'check the sign of the latitude: places south of the equator are negative',
		],
	},
	'geo-region-mismatch': {
		message: ['titiknya di luar %{name} (%{codes})', 'the point is outside %{name} (%{codes})'],
		expected: BOX,
		hint: [
			'pusat %{name} ada di sekitar %{lat}, %{lon}; periksa koordinat dan kode wilayahnya',
			'%{name} is centred near %{lat}, %{lon}; check the coordinate and the region code',
		],
	},
	// source-row.ts: sources are dated and point at the article.
	'source-undated': {
		message: [
			'sumber "%{id}" tidak bertanggal dan tidak menyebut alasannya',
			'the source "%{id}" has no date and gives no reason',
		],
		expected: [
			'tanggal terbit (YYYY-MM-DD), atau note yang diawali "undated: alasan"',
			'a publication date (YYYY-MM-DD), or a note starting "undated: why"',
		],
		hint: [
			'isi published dengan tanggal terbit artikelnya; bila artikelnya memang tidak bertanggal, tulis alasannya di note: undated: halaman tidak mencantumkan tanggal (npm run new:source --undated "…" menuliskannya)',
			'fill published with the date the article appeared; if it has none, say why in note: undated: the page shows no date (npm run new:source --undated "…" writes it)',
		],
	},
	'source-home-page': {
		message: [
			'alamat sumber "%{id}" adalah halaman depan situsnya, bukan artikelnya',
			'the address of the source "%{id}" is the site\'s front page, not the article',
		],
		expected: [
			'alamat artikel yang memuat kutipannya, atau note dengan "home page: alasan"',
			'the address of the article that holds the quote, or a note with "home page: why"',
		],
		hint: [
			'buka artikelnya dan salin alamat lengkapnya dari bilah alamat browser; bila alamat artikelnya memang tidak tersimpan, tulis alasannya di note: home page: hanya alamat situsnya yang tersimpan',
			"open the article and copy its full address from the browser's address bar; if the article's address was truly not kept, say why in note: home page: only the site address was kept",
		],
	},
	'quote-mismatch': {
		message: [
			'%{figure} tidak ada dalam kutipan sumbernya "%{source}" (%{where})',
			'%{figure} is not in the quote of its source "%{source}" (%{where})',
		],
		expected: [
			'kutipan yang memuat %{figure} (kata skala boleh: 1,8 triliun, 377,84 ribu); kutipannya berbunyi "%{quote}"',
			'the quote to contain %{figure} (a scale word is fine: 1,8 triliun, 377,84 ribu); it says "%{quote}"',
		],
		hint: [
			'rujuk sumber yang kutipannya memuat angka ini, atau salin kata-kata sumber yang memuatnya ke kutipan "%{source}"; angka yang dihitung redaksi dinyatakan "derived" beserta rumusnya (data/README.md)',
			'cite the source whose quote holds this figure, or copy the source\'s words that hold it into the quote of "%{source}"; a figure computed by the newsroom is declared "derived" with its formula (data/README.md)',
		],
	},

	// declaration.ts
	'declaration-json': {
		message: ['file ini bukan JSON yang sah', 'the file is not valid JSON'],
		expected: [
			'JSON: pasangan "kunci": nilai dipisah koma, tanpa koma sesudah yang terakhir',
			'JSON: "key": value pairs separated by commas, no comma after the last one',
		],
		hint: [
			'cari koma yang hilang, koma berlebih di ujung, atau tanda kutip yang tidak ditutup di dekat tempat ini',
			'check for a missing comma, a trailing comma or an unclosed quote near this place',
		],
	},
	'declaration-schema/unknown-key': {
		message: ['%{path}: kunci tidak dikenal %{keys}', '%{path}: unknown key %{keys}'],
		expected: ['kunci yang dijelaskan di data/README.md', 'a key documented in data/README.md'],
		hint: [
			'hanya kunci yang dijelaskan di data/README.md yang dibaca; kunci yang salah eja akan diabaikan',
			'only the keys documented in data/README.md are read; a misspelt key would be ignored',
		],
	},
	'declaration-schema/unknown-keys': {
		message: ['%{path}: kunci tidak dikenal %{keys}', '%{path}: unknown keys %{keys}'],
		expected: ['kunci yang dijelaskan di data/README.md', 'a key documented in data/README.md'],
		hint: [
			'hanya kunci yang dijelaskan di data/README.md yang dibaca; kunci yang salah eja akan diabaikan',
			'only the keys documented in data/README.md are read; a misspelt key would be ignored',
		],
	},
	'declaration-schema/invalid': {
		message: ['%{path}: %{issue}', '%{path}: %{issue}'],
		expected: ['%{issue}', '%{issue}'],
		hint: [
			'lihat data/README.md untuk isi yang diterima setiap kunci',
			'see data/README.md for what each key accepts',
		],
	},
	'declaration-todo': {
		message: ['%{key} masih TODO', '%{key} is still a TODO'],
		hint: ['tulis isinya menggantikan teks TODO', 'write it in place of the TODO text'],
	},
	'declaration-id': {
		message: ['id "%{id}" tidak sama dengan nama file', 'id "%{id}" does not match the file name'],
		hint: [
			'tulis "id": "%{declared}", atau ganti nama file menjadi %{id}.dataset.json',
			'write "id": "%{declared}", or rename the file to %{id}.dataset.json',
		],
	},
	'resource-path': {
		message: [
			'path harus nama file CSV di dalam data/',
			'path must be a CSV file name inside data/',
		],
		expected: [
			'nama file seperti villages.csv (tanpa folder, "..", atau URL)',
			'a file name like villages.csv (no folders, no "..", no URL)',
		],
		hint: [
			'taruh CSV-nya di data/ dan tulis nama filenya saja, atau hapus "path" untuk <id>.csv',
			'put the CSV in data/ and write its file name only, or leave "path" out for <id>.csv',
		],
	},
	'declaration-field/duplicate': {
		message: ['kolom ini dideklarasikan dua kali', 'duplicate field'],
		expected: ['setiap kolom dideklarasikan sekali', 'each field declared once'],
		hint: [
			'hapus salah satunya, atau ganti namanya sesuai kolom CSV-nya',
			'delete one of the two, or rename it to match its CSV column',
		],
	},
	'declaration-field/derived-type': {
		message: [
			'derived hanya berlaku untuk kolom number dan integer',
			'derived applies to number and integer fields only',
		],
		expected: NUMBER_FIELD,
		hint: [
			'hanya angka yang dicari di kutipan; hapus "derived" di sini',
			'only numbers are looked for in the quotes; remove "derived" here',
		],
	},
	'declaration-field/number-settings': {
		message: [
			'decimalChar, groupChar dan bareNumber hanya berlaku untuk kolom number dan integer',
			'decimalChar, groupChar and bareNumber apply to number and integer fields only',
		],
		expected: NUMBER_FIELD,
		hint: [
			'hapus pengaturan itu, atau jadikan kolomnya angka',
			'remove them, or make the field a number',
		],
	},
	'declaration-field/same-chars': {
		message: ['decimalChar dan groupChar harus berbeda', 'decimalChar and groupChar must differ'],
		expected: ['karakter ribuan selain "%{decimal}"', 'a group character other than "%{decimal}"'],
		hint: [
			'Indonesia: decimalChar "," dan groupChar "."; Inggris: "." dan ","',
			'Indonesian: decimalChar "," and groupChar "."; English: "." and ","',
		],
	},
	'declaration-field/pattern': {
		message: [
			'pattern bukan regular expression yang sah',
			'pattern is not a valid regular expression',
		],
		expected: [
			'regular expression, misalnya \\d{2}\\.\\d{2} (garis miring terbalik ditulis dua kali di JSON)',
			'a regular expression, e.g. \\d{2}\\.\\d{2} (backslashes doubled in JSON)',
		],
		hint: ['periksa ( atau [ yang tidak ditutup', 'check for an unclosed ( or ['],
	},
	'declaration-field/unknown-name': {
		message: ['%{what} menyebut kolom yang tidak ada', '%{what} names an unknown field'],
		hint: [
			'sebut kolom yang dideklarasikan di schema.fields',
			'name a field declared in schema.fields',
		],
	},
	'declaration-field/reference-count': {
		message: [
			'foreign key membutuhkan kolom rujukan sebanyak kolomnya',
			'a foreign key needs as many reference fields as fields',
		],
		expected: ['%{n} kolom', '%{n} field(s)'],
		hint: [
			'pasangkan setiap kolom dengan kolom dataset lain yang dirujuknya',
			'pair each field with the field of the other dataset it points at',
		],
	},
	'declaration-unit': {
		message: ['satuan tidak dikenal', 'unknown unit'],
		hint: [
			'satuan baru ditambahkan ke src/lib/data/units.ts beserta nama Indonesia dan Inggrisnya',
			'a new unit is added to src/lib/data/units.ts with its Indonesian and English names',
		],
	},

	// load.ts
	'missing-file': {
		message: ['file data %{file} tidak ada', 'the data file %{file} does not exist'],
		expected: ['file %{file}', 'the file %{file}'],
		hint: [
			'tambahkan CSV-nya, atau hapus deklarasinya bila dataset itu sudah dihapus',
			'add the CSV, or delete the declaration if the dataset was removed',
		],
	},
	'missing-declaration': {
		message: ['CSV ini tidak punya deklarasi', 'this CSV has no declaration'],
		hint: [
			'jalankan npm run new:dataset -- %{csv} untuk membuat draf %{declaration}',
			'run npm run new:dataset -- %{csv} to draft %{declaration}',
		],
	},
	'declaration-subject': {
		message: [
			'subjects.%{kind} menyebut "%{value}", yang bukan %{key} di %{target}.csv',
			'subjects.%{kind} names "%{value}", which is not a %{key} in %{target}.csv',
		],
		expected: ['%{key} di data/%{target}.csv', 'a %{key} in data/%{target}.csv'],
		hint: [
			'perbaiki ejaannya, atau tambahkan dulu barisnya di sana',
			'fix the spelling, or add the row there first',
		],
	},
	'missing-source': {
		message: [
			'baris-barisnya harus bisa ditelusuri ke sumber: tidak ada kolom wajib dengan foreign key ke sources',
			'rows must trace to a source: no required field with a foreign key to sources',
		],
		expected: [
			'kolom "source" yang wajib, dengan foreign key ke sources',
			'a required "source" field with a foreign key to sources',
		],
		hint: [
			'tambahkan kolom "source" yang wajib dan { "fields": ["source"], "reference": { "resource": "sources", "fields": ["id"] } }',
			'add a required "source" field and { "fields": ["source"], "reference": { "resource": "sources", "fields": ["id"] } }',
		],
	},
});

export const texts = fragments({
	'delimiter.,': ['koma', 'comma'],
	'delimiter.;': ['titik koma', 'semicolon'],
	'delimiter.tab': ['tab', 'tab'],

	// The number a field accepts, for "expected" (cast.ts).
	'number-shape.integer': [
		'bilangan bulat (hanya angka, %{group})',
		'integer (digits only, %{group})',
	],
	'number-shape.number': [
		'angka (desimal "%{decimal}", %{group})',
		'number (decimal "%{decimal}", %{group})',
	],
	'number-shape.group': ['ribuan "%{group}"', 'thousands "%{group}"'],
	'number-shape.no-group': ['tanpa pemisah ribuan', 'no thousands separator'],
	'number-hint.decimal-comma': [
		'koma desimal cara Indonesia? nyatakan "decimalChar": "," pada kolomnya, atau tulis angkanya dengan "."',
		'Indonesian decimal comma? declare "decimalChar": "," on the field, or write the number with "."',
	],
	'number-hint.thousands-dot': [
		'titik pemisah ribuan cara Indonesia? nyatakan "groupChar": "." pada kolomnya, atau hapus titiknya',
		'Indonesian thousands separator? declare "groupChar": "." on the field, or remove the dots',
	],
	'number-hint.space': [
		'pemisah ribuannya %{codepoint}; hapus, atau nyatakan sebagai "groupChar"',
		'the thousands separator is %{codepoint}; remove it or declare it as "groupChar"',
	],
	'number-hint.amount': [
		'simpan jumlah uang sebagai angka biasa dalam satuan dasar (rupiah, bukan "Rp 1,3 triliun") dan isi "unit" pada kolomnya',
		'store amounts as plain numbers in base units (rupiah, not "Rp 1,3 triliun") and set "unit" on the field',
	],
	'number-hint.percent': [
		'hapus "%" (isi "unit": "percent"), atau nyatakan "bareNumber": false',
		'remove the "%" (set "unit": "percent"), or declare "bareNumber": false',
	],
	'number-hint.accounting': [
		'angka negatif cara akuntansi seperti (1.234) tidak dibaca; tulis -1234',
		'accounting negatives like (1.234) are not read; write -1234',
	],
	'number-hint.scientific': [
		'notasi ilmiah tidak dibaca; Excel menulisnya untuk angka panjang: format kolomnya sebagai Text sebelum ekspor',
		'scientific notation is not read; Excel wrote it for a long number: format the column as Text before export',
	],
	'number-hint.hex': [
		'angka heksadesimal tidak dibaca; tulis angka desimalnya',
		'hexadecimal is not read; write the decimal number',
	],
	'number-hint.minus': [
		'tanda minusnya %{codepoint}; pakai "-"',
		'the minus sign is %{codepoint}; use "-"',
	],
	'number-hint.plus': ['hapus "+" di depannya', 'remove the leading "+"'],
	'number-hint.spaces': ['hapus spasi di sekitar angkanya', 'remove the spaces around the number'],
	'number-hint.missing': [
		'untuk menandai nilai yang tidak ada, kosongkan selnya atau tambahkan penanda ini ke "missingValues"',
		'to mark a missing value, leave the cell empty or add this marker to "missingValues"',
	],
	'date-hint.order': [
		'urutan hari dan bulan tidak jelas; tulis tanggal sebagai YYYY-MM-DD (misalnya 2022-11-01)',
		'day/month order is ambiguous; write dates as YYYY-MM-DD (e.g. 2022-11-01)',
	],
	'date-hint.month-name': [
		'tulis tanggal sebagai YYYY-MM-DD (8 Februari 2023 → 2023-02-08)',
		'write the date as YYYY-MM-DD (8 Februari 2023 → 2023-02-08)',
	],
	'date-hint.serial': [
		'ini tampaknya nomor seri tanggal Excel; format kolomnya sebagai Text (YYYY-MM-DD) sebelum ekspor',
		'this looks like an Excel date serial number; format the column as Text (YYYY-MM-DD) before export',
	],

	// validate.ts
	'label.a-name': ['nama kolom', 'a column name'],
	'label.once': ['nama yang dipakai sekali', 'a name used once'],
	'label.write-declared': [
		'tulis nama kolom seperti dideklarasikan, "%{name}", tanpa spasi',
		'write the column name as declared, "%{name}", without spaces',
	],
	'range.min': ['≥ %{min}', '≥ %{min}'],
	'range.max': ['≤ %{max}', '≤ %{max}'],
	'range.both': ['≥ %{min} dan ≤ %{max}', '≥ %{min} and ≤ %{max}'],
	'constraint-hint.spaces': [
		'hapus spasi di sekitar nilainya',
		'remove the spaces around the value',
	],
	'constraint-hint.check': [
		'periksa nilainya dengan sumbernya; bila nilainya benar, batasan di deklarasi yang salah',
		'check the value against its source; if it is right, the constraint in the declaration is wrong',
	],
	'constraint-hint.scientific': [
		'Excel mengubah kode panjang menjadi notasi ilmiah; format kolomnya sebagai Text sebelum ekspor',
		'Excel turned a long code into scientific notation; format the column as Text before export',
	],
	'constraint-hint.region-dots': [
		'kode wilayah ditulis dengan titik, misalnya 35.24.10.2009',
		'region codes are written with dots, e.g. 35.24.10.2009',
	],
	'row-hint.status': [
		'sebutkan sumber mana yang dipilih dan mengapa',
		'say which source was chosen and why',
	],
	'region-of': ['%{listed}, wilayah dari %{code}', '%{listed}, the region of %{code}'],

	// source-row.ts: hints where the validator's own speak of fixing a data file.
	'source-hint.id-taken': [
		'id ini sudah dipakai: pilih yang lain, atau kosongkan agar dibuat dari nama media dan tanggalnya',
		'this id is taken: choose another, or leave it out for one made from the outlet and the date',
	],
	'source-hint.id': [
		'id berisi huruf kecil, angka dan "-", misalnya kompas-kopi-2025',
		'an id is lowercase letters, digits and "-", e.g. kompas-kopi-2025',
	],
	'source-hint.url': [
		'alamat lengkap halamannya, diawali https://',
		"the page's full address, starting with https://",
	],
	'source-hint.quote-lang': [
		'bahasa kutipannya: id atau en',
		'the language the quote is written in: id or en',
	],
});
