// Problems in stories as files and frontmatter (frontmatter.ts, load.ts), their figures
// (prose-numbers.ts) and their translations (translations.ts). Indonesian first.
import { fragments, problemMessages } from '../text.ts';

const TODO_EXPECTED = ['teks akhirnya', 'the final text'] as const;
const SAME_DATA_HINT = [
	'kedua versi harus menampilkan data yang sama: pakai dataset, kolom dan where yang sama (atau id yang sama) di keduanya',
	'both versions must show the same data: use the same dataset, columns and where (or the same id) in both',
] as const;

export const problems = problemMessages({
	// frontmatter.ts
	'frontmatter-missing/none': {
		message: ['cerita ini tidak punya frontmatter', 'the story has no frontmatter'],
		expected: [
			'blok di antara dua baris "---" di bagian atas, berisi title, dek, authors…',
			'a block between two "---" lines at the top with title, dek, authors…',
		],
		hint: [
			'salin frontmatter cerita lain, atau jalankan npm run new:story',
			'copy the frontmatter of an existing story, or run npm run new:story',
		],
	},
	'frontmatter-missing/key': {
		message: ['"%{name}" wajib ada', '"%{name}" is required'],
		hint: ['tambahkan baris %{example}', 'add the line %{example}'],
	},
	'frontmatter-yaml': {
		message: ['YAML tidak sah: %{detail}', 'invalid YAML: %{detail}'],
		hint: [
			'periksa indentasinya, dan beri tanda kutip pada teks yang berisi ":" atau "#"',
			'check indentation, and put text containing ":" or "#" in quotes',
		],
	},
	'frontmatter-unknown-key': {
		message: ['kunci "%{key}" tidak dikenal', 'unknown key "%{key}"'],
		hint: [
			'kunci-kuncinya didaftar di docs/panduan.md (Frontmatter); hapus kunci ini',
			'the keys are listed in docs/panduan.md (Frontmatter); delete this one',
		],
	},
	'frontmatter-type/invalid': {
		message: ['%{name}: %{issue}', '%{name}: %{issue}'],
		hint: ['contoh: %{example}', 'for example %{example}'],
	},
	'frontmatter-type/lang': {
		message: [
			'lang bernilai "%{lang}" padahal filenya di folder %{folder}/',
			'lang is "%{lang}" but the file is in the %{folder}/ folder',
		],
		hint: [
			'tulis lang: %{folder}, atau pindahkan filenya ke src/content/stories/%{lang}/',
			'write lang: %{folder}, or move the file to src/content/stories/%{lang}/',
		],
	},
	'frontmatter-type/updated': {
		message: [
			'updated (%{updated}) lebih awal dari published (%{published})',
			'updated (%{updated}) is before published (%{published})',
		],
		expected: ['tanggal %{published} atau sesudahnya', 'a date on or after %{published}'],
		hint: [
			'updated adalah tanggal perubahan penting terakhir; hapus sampai ada perubahan seperti itu',
			'updated is the date of the last substantive change; leave it out until there is one',
		],
	},
	'frontmatter-type/updated-future': {
		message: [
			'updated (%{updated}) ada di masa depan (hari build ini %{today})',
			"updated (%{updated}) is in the future (the build's day is %{today})",
		],
		expected: ['tanggal %{today} atau sebelumnya', 'a date on or before %{today}'],
		hint: [
			'updated adalah hari perubahan dibuat: tulis setelah perubahan itu terbit',
			'updated is the day the change was made: write it once the change is published',
		],
	},
	'frontmatter-type/correction-date': {
		message: [
			'koreksi (%{date}) tidak bisa lebih awal dari terbitnya cerita (%{published})',
			'a correction (%{date}) cannot be before publication (%{published})',
		],
		expected: ['tanggal %{published} atau sesudahnya', 'a date on or after %{published}'],
		hint: [
			'tanggal koreksi adalah hari koreksi dibuat',
			'the date of a correction is the day it was made',
		],
	},
	'frontmatter-todo': {
		message: [
			'ini masih isian TODO, padahal ceritanya bukan draf',
			'this is still a TODO placeholder, and the story is not a draft',
		],
		expected: TODO_EXPECTED,
		hint: [
			'tulis teksnya, atau biarkan "draft: true" sampai ceritanya siap',
			'write the text, or keep "draft: true" until the story is ready',
		],
	},
	'frontmatter-reference/cover': {
		message: [
			'gambar sampul %{image} tidak ada di public/',
			'the cover image %{image} is not in public/',
		],
		expected: [
			'path sebuah file di bawah public/, misalnya /img/kakao.jpg untuk public/img/kakao.jpg',
			'the path of a file under public/, e.g. /img/kakao.jpg for public/img/kakao.jpg',
		],
		hint: [
			'simpan fotonya (dengan izin) di public/img/ dan tulis path-nya dari akar situs',
			'save the photo (with permission) under public/img/ and write its path from the site root',
		],
	},
	'frontmatter-reference/unknown': {
		message: ['"%{value}" tidak ada', '"%{value}" does not exist'],
		hint: [
			'perbaiki ejaannya, atau tambahkan dulu ke datanya',
			'fix the spelling, or add it to the data first',
		],
	},

	// load.ts: the files
	'story-todo': {
		message: [
			'masih ada isian TODO di teks, padahal ceritanya bukan draf',
			'a TODO placeholder is still in the text, and the story is not a draft',
		],
		expected: TODO_EXPECTED,
		hint: [
			'tulis teksnya (atau hapus barisnya), atau biarkan "draft: true" sampai ceritanya siap',
			'write the text (or delete the line), or keep "draft: true" until the story is ready',
		],
	},
	'story-location/folder': {
		message: [
			'hanya folder id/ (cerita bahasa Indonesia) dan en/ (cerita bahasa Inggris) yang boleh ada di src/content/stories/',
			'only the folders id/ (Indonesian stories) and en/ (English stories) belong in src/content/stories/',
		],
		expected: ['id/ atau en/', 'id/ or en/'],
		hint: [
			'pindahkan filenya ke id/ atau en/, atau ke luar src/content/stories/ bila itu bukan cerita',
			'move the file into id/ or en/, or out of src/content/stories/ if it is not a story',
		],
	},
	'story-location/subfolder': {
		message: [
			'folder di dalam %{lang}/ tidak dibaca: cerita adalah file langsung di %{lang}/',
			'a folder inside %{lang}/ is not read: stories are files directly in %{lang}/',
		],
		expected: ['%{lang}/<alamat>.mdx', '%{lang}/<slug>.mdx'],
	},
	'story-filename/hidden': {
		message: [
			'file yang namanya diawali "." atau "_" bukan cerita, dan tidak ada yang boleh tersembunyi di folder cerita',
			'a file whose name starts with "." or "_" is not a story, and nothing may hide in the stories folder',
		],
		expected: ['<alamat>.mdx', '<slug>.mdx'],
	},
	'story-filename/name': {
		message: [
			'nama file cerita adalah alamatnya: huruf kecil, angka dan "-", berakhiran .mdx',
			'a story file name is its URL: lowercase letters, digits and "-", ending in .mdx',
		],
		expected: ['<alamat>.mdx', '<slug>.mdx'],
	},
	'story-too-large': {
		message: [
			'file cerita ini %{size} byte; batasnya %{limit}',
			'the story file is %{size} bytes; the limit is %{limit}',
		],
		expected: ['paling besar %{limit} byte', 'at most %{limit} bytes'],
		hint: [
			'cerita berisi teks dan komponen; tabel data tempatnya di data/ sebagai dataset',
			'a story is text and components; tables of data belong in data/ as a dataset',
		],
	},
	'duplicate-slug': {
		message: ['alamatnya sama dengan %{other}', 'same URL as %{other}'],
		expected: ['alamat yang belum dipakai', 'a URL no other story uses'],
		hint: [
			'ganti nama salah satu file: nama file adalah alamat cerita',
			'rename one of the files: the file name is the story URL',
		],
	},
	'duplicate-translation-key': {
		message: [
			'translationKey "%{key}" juga dipakai %{other}',
			'translationKey "%{key}" is also used by %{other}',
		],
		expected: ['translationKey sendiri', 'a translationKey of its own'],
		hint: [
			'setiap bahasa hanya boleh punya satu cerita per translationKey: beri cerita baru kuncinya sendiri',
			'each language may have one story per translationKey: give the new story its own key',
		],
	},
	'duplicate-chart-id': {
		message: ['id "%{id}" sudah dipakai di %{other}', 'id "%{id}" is already used in %{other}'],
		expected: ['id yang belum dipakai dalam bahasa ini', 'an id not used yet in this language'],
		hint: [
			'id grafik menjadi nama halaman sematan /embed/<id>/: buat setiap id unik dalam bahasanya',
			'chart ids name the embed page /embed/<id>/: make each one unique in its language',
		],
	},

	'draft-dataset': {
		message: [
			'dataset "%{dataset}" masih draf ("draft": true), padahal cerita ini bukan draf',
			'dataset "%{dataset}" is a draft ("draft": true), and this story is not',
		],
		expected: ['dataset yang sudah boleh terbit', 'a dataset ready to publish'],
		hint: [
			'bila datanya sudah siap, hapus baris "draft": true dari data/%{dataset}.dataset.json; bila belum, biarkan cerita ini draft: true',
			'when the data is ready, delete "draft": true from data/%{dataset}.dataset.json; until then keep this story draft: true',
		],
	},

	// strong-words.ts
	'strong-word': {
		message: [
			'kata "%{word}" menyatakan peringkat, yang pertama atau satu-satunya, kelipatan atau sebab, tanpa <Cite> di kalimatnya',
			'"%{word}" states a rank, a first or an only, a multiple or a cause, with no <Cite> in its sentence',
		],
		expected: [
			'<Cite source="…" /> di kalimat yang sama, dari sumber yang menyatakannya',
			'<Cite source="…" /> in the same sentence, from a source that says so',
		],
		hint: [
			'tambahkan <Cite source="…" /> (sumber di data/sources.csv) tepat sesudah titik kalimatnya; bila tidak ada sumber yang menyatakannya, lunakkan katanya',
			'add <Cite source="…" /> (a source in data/sources.csv) right after the sentence\'s full stop; if no source says so, soften the word',
		],
	},

	// prose-numbers.ts
	'prose-number/typed': {
		message: ['angka "%{token}" diketik di teks', 'the figure "%{token}" is typed in the text'],
		expected: [
			'angka dari data: <Value>, <Fact> atau <Count>',
			'a figure from the data: <Value>, <Fact> or <Count>',
		],
		hint: [
			'tulis angkanya dari data: <Value dataset="…" column="…" where={{ … }} />, <Fact id="…" /> atau <Count dataset="…" />; bila bukan data (nama, hitungan yang tidak diterbitkan cerita), tandai dengan alasannya tepat sesudahnya: 2{/* angka: nama desa */}',
			'write the figure from the data: <Value dataset="…" column="…" where={{ … }} />, <Fact id="…" /> or <Count dataset="…" />; if it is not data (a name, a count the story does not publish), mark it with the reason right after it: 2{/* angka: nama desa */}',
		],
	},
	'prose-number/empty-mark': {
		message: [
			'angka "%{token}" ditandai bukan data, tetapi komentarnya tidak menyebut alasan',
			'the figure "%{token}" is marked as not data, but the comment gives no reason',
		],
		expected: [
			'alasan sesudah "angka:", misalnya {/* angka: nama desa */}',
			'a reason after "angka:", e.g. {/* angka: nama desa */}',
		],
		hint: [
			'tulis alasannya, minimal tiga huruf: 2{/* angka: nama desa */}; angka yang diterbitkan cerita ditulis dengan <Value>, <Fact> atau <Count>',
			'write the reason, at least three letters: 2{/* number: part of a name */}; a figure the story publishes is written with <Value>, <Fact> or <Count>',
		],
	},
	'prose-number/component': {
		message: [
			'angka "%{token}" diketik di %{prop} pada <%{name}>',
			'the figure "%{token}" is typed in %{prop} of <%{name}>',
		],
		expected: [
			'kata-kata tanpa angka data: grafik dan teks di sekitarnya yang menampilkannya',
			'words without data figures: the chart and the text around it show them',
		],
		hint: [
			'tulis tanpa angka itu (grafiknya sudah menampilkannya), atau tulis angkanya di teks cerita dengan <Value>, <Fact> atau <Count>',
			'say it without the figure (the chart shows it), or write the figure in the story text with <Value>, <Fact> or <Count>',
		],
	},
	'prose-number/headline': {
		message: [
			'angka "%{token}" di %{key} tidak dinyatakan di figures',
			'the figure "%{token}" in the %{key} is not declared in figures',
		],
		expected: [
			'angka yang dinyatakan di kunci frontmatter figures, beserta data asalnya',
			'a figure declared in the frontmatter key figures, with the data it comes from',
		],
		hint: [
			"tambahkan figures: [{ text: '%{token}', dataset: …, column: …, where: { … } }] (atau { text: '%{token}', fact: … }); build memeriksa bahwa angkanya sama dengan nilai datanya",
			"add figures: [{ text: '%{token}', dataset: …, column: …, where: { … } }] (or { text: '%{token}', fact: … }); the build checks it says the data's value",
		],
	},
	'frontmatter-figure/not-in-headline': {
		message: [
			'"%{text}" dinyatakan di figures tetapi tidak ada di title atau dek',
			'"%{text}" is declared in figures but is not in the title or dek',
		],
		expected: [
			'teks yang ditulis persis seperti di title atau dek',
			'text written exactly as in the title or dek',
		],
		hint: [
			'salin angkanya seperti ditulis di title atau dek, atau hapus butirnya',
			'copy the figure as the title or dek writes it, or delete the entry',
		],
	},
	'frontmatter-figure/no-data': {
		message: ['%{reason}', '%{reason}'],
		expected: [
			'{ text, fact: <id di data/figures.csv> } atau { text, dataset, column, where }',
			'{ text, fact: <id in data/figures.csv> } or { text, dataset, column, where }',
		],
		hint: [
			"misalnya { text: '1.909', dataset: dd-national, column: villages, where: { as_of: '2025-03' } }",
			"e.g. { text: '1.909', dataset: dd-national, column: villages, where: { as_of: '2025-03' } }",
		],
	},
	'frontmatter-figure/other-value': {
		message: [
			'"%{text}" tidak menyebut nilai %{what}, yaitu %{value}',
			'"%{text}" does not say the value of %{what}, %{value}',
		],
		expected: [
			'nilai datanya, %{value}, ditulis dengan gaya %{style}',
			"the data's value, %{value}, written in %{style} style",
		],
		hint: [
			'perbaiki judulnya (atau datanya, bila datanya yang salah): judul tidak boleh berbeda dari data',
			'fix the headline (or the data, if the data is wrong): a headline may not disagree with the data',
		],
	},

	// translations.ts
	'translation-mismatch/differs': {
		message: [
			'<%{name}> berbeda dari terjemahannya %{other} (translationKey "%{key}")',
			'<%{name}> differs from its translation %{other} (translationKey "%{key}")',
		],
		hint: SAME_DATA_HINT,
	},
	'translation-mismatch/missing-there': {
		message: [
			'%{what} tidak ada di terjemahannya %{other} (translationKey "%{key}"), dekat baris %{near}',
			'%{what} is not in its translation %{other} (translationKey "%{key}"), near line %{near}',
		],
		expected: ['yang sama di %{other}', 'the same in %{other}'],
		hint: [
			'tambahkan ke versi lainnya di tempat yang sama, atau hapus di sini',
			'add it to the other version at the same place, or remove it here',
		],
	},
	'translation-mismatch/missing-here': {
		message: [
			'%{other} punya %{what} yang tidak ada di terjemahan ini (translationKey "%{key}")',
			'%{other} has %{what} that this translation lacks (translationKey "%{key}")',
		],
		expected: ['rujukan yang sama di sini', 'the same reference here'],
		hint: [
			'tambahkan di dekat baris ini, atau hapus dari versi lainnya',
			'add it near this line, or remove it from the other version',
		],
	},
});

export const texts = fragments({
	'frontmatter.help': [
		'kunci-kunci frontmatter dijelaskan di docs/panduan.md (Frontmatter)',
		'the frontmatter keys are explained in docs/guide.md (Frontmatter)',
	],
	'frontmatter.expected.title': [
		'judul: teks, paling panjang 140 karakter',
		'the headline: text, at most 140 characters',
	],
	'frontmatter.expected.dek': [
		'satu atau dua kalimat di bawah judul, paling panjang 320 karakter',
		'one or two sentences under the headline, at most 320 characters',
	],
	'frontmatter.expected.authors': [
		'daftar paling banyak 10 nama, masing-masing paling panjang 80 karakter',
		'a list of at most 10 names, each at most 80 characters',
	],
	'frontmatter.expected.published': [
		'tanggal YYYY-MM-DD (hari sesudah hari ini menjadwalkan ceritanya)',
		'a date written YYYY-MM-DD (a later day than today schedules the story)',
	],
	'frontmatter.expected.updated': [
		'tanggal YYYY-MM-DD, tidak sebelum published',
		'a date written YYYY-MM-DD, not before published',
	],
	'frontmatter.expected.lang': [
		'id atau en, sama dengan folder tempat filenya',
		'id or en, the same as the folder the file is in',
	],
	'frontmatter.expected.regions': [
		'daftar slug wilayah dari data/regions.csv',
		'a list of region slugs from data/regions.csv',
	],
	'frontmatter.expected.commodities': [
		'daftar kunci komoditas dari data/commodities.csv',
		'a list of commodity keys from data/commodities.csv',
	],
	'frontmatter.expected.datasets': [
		'daftar id dataset (nama file di data/ tanpa .csv)',
		'a list of dataset ids (file names in data/ without .csv)',
	],
	'frontmatter.expected.sources': [
		'daftar id sumber dari data/sources.csv',
		'a list of source ids from data/sources.csv',
	],
	'frontmatter.expected.translationKey': [
		'huruf kecil, angka dan "-"; sama di kedua bahasa sebuah cerita',
		'lowercase letters, digits and "-"; the same in both languages of a story',
	],
	'frontmatter.expected.draft': ['true atau false', 'true or false'],
	'frontmatter.expected.featured': ['true atau false', 'true or false'],
	'frontmatter.expected.cover': [
		'image (file di bawah public/, ditulis dari akar situs), alt (paling panjang 250 karakter) dan credit (paling panjang 150)',
		'image (a file under public/, written from the site root), alt (at most 250 characters) and credit (at most 150)',
	],
	'frontmatter.expected.figures': [
		'daftar { text, fact } atau { text, dataset, column, where }: setiap angka di title atau dek dan data asalnya',
		'a list of { text, fact } or { text, dataset, column, where }: each figure in the title or dek and the data it comes from',
	],
	'frontmatter.expected.corrections': [
		'daftar { date, text }, setiap teks paling panjang 1.000 karakter',
		'a list of { date, text }, each text at most 1,000 characters',
	],
	'reference.region': ['slug wilayah di data/regions.csv', 'a region slug in data/regions.csv'],
	'reference.commodity': [
		'kunci komoditas di data/commodities.csv',
		'a commodity key in data/commodities.csv',
	],
	'reference.dataset': ['id dataset di data/', 'a dataset id in data/'],
	'reference.source': ['id sumber di data/sources.csv', 'a source id in data/sources.csv'],
	'reference.figure': ['id angka di data/figures.csv', 'a figure id in data/figures.csv'],
	'reference.region-code': [
		'kode atau slug wilayah di data/regions.csv',
		'a region code or slug in data/regions.csv',
	],
	'story-file.rename-mdx': ['ganti akhirannya menjadi .mdx', 'rename it to .mdx'],
	'story-file.move-out': [
		'hapus, atau pindahkan ke luar src/content/stories/ (simpan catatan di tempat lain; cerita yang belum siap adalah file dengan draft: true)',
		'delete it, or move it out of src/content/stories/ (keep notes elsewhere; a story not ready yet is a file with draft: true)',
	],
	'figure.both': [
		'sebut fact atau dataset, jangan keduanya',
		'give either fact or dataset, not both',
	],
	'figure.no-fact': [
		'"%{fact}" bukan id angka di data/figures.csv',
		'"%{fact}" is not a figure id in data/figures.csv',
	],
	'figure.no-value': ['angka %{fact} tidak punya nilai', 'figure %{fact} has no value'],
	'figure.incomplete': [
		'sebut fact, atau dataset beserta column dan where',
		'give fact, or dataset with column and where',
	],
	'figure.no-dataset': [
		'dataset "%{dataset}" tidak ada di data/',
		'dataset "%{dataset}" does not exist in data/',
	],
	'figure.no-column': [
		'kolom "%{column}" tidak ada di %{dataset}',
		'column "%{column}" is not in %{dataset}',
	],
	'figure.rows': [
		'"where" harus memilih tepat satu baris %{dataset}; yang terpilih %{n}',
		'"where" must pick exactly one row of %{dataset}; it picks %{n}',
	],
	'figure.not-number': [
		'%{dataset}.%{column} bukan angka di baris itu',
		'%{dataset}.%{column} is not a number in that row',
	],
	'figure.fact': ['angka %{fact}', 'figure %{fact}'],
	'figure.cell': [
		'%{dataset}.%{column} dengan where %{where}',
		'%{dataset}.%{column} where %{where}',
	],
	'figure.style.id': ['Indonesia (1.909; 1,8)', 'Indonesian (1.909; 1,8)'],
	'figure.style.en': ['Inggris (1,909; 1.8)', 'English (1,909; 1.8)'],
	'translation.datasets': ['datasets di frontmatter', 'frontmatter datasets'],
});
