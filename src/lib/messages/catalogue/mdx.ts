// Problems the MDX lint finds in a story's body (lint.ts) and in the props of its components,
// with the component-specific checks of the story and map components (mdx/specs/). Indonesian
// first.
import { fragments, problemMessages } from '../text.ts';

const URL_EXPECTED = [
	'alamat https:// atau alamat di situs (/data/…)',
	'an https:// address or a path on the site (/data/…)',
] as const;
const URL_HINT = [
	'tautan javascript:, vbscript:, data: dan file: bisa menjalankan kode atau membocorkan file; tautkan ke sebuah halaman',
	'javascript:, vbscript:, data: and file: links can run code or leak files; link to a page instead',
] as const;
const PROPS_OF = [
	'props milik <%{name}> (lihat /panduan/komponen/)',
	'the props of <%{name}> (see /panduan/komponen/)',
] as const;

export const problems = problemMessages({
	'mdx-syntax': {
		message: ['MDX tidak bisa dibaca: %{detail}', 'MDX cannot be read: %{detail}'],
		expected: [
			'MDX: teks Markdown, dan komponen yang ditulis <Nama prop="nilai" />',
			'MDX: Markdown text, and components written <Name prop="value" />',
		],
		hint: [
			'tanda "<" atau "{" di dalam teks ditulis \\< atau \\{; setiap tag harus ditutup (<Fact id="…" />)',
			'a "<" or "{" in text must be escaped as \\< or \\{; every tag must be closed (<Fact id="…" />)',
		],
	},
	'mdx-forbidden-export': {
		message: ['cerita tidak boleh mengekspor kode', 'a story may not export code'],
		expected: ['tanpa export', 'no export'],
		hint: [
			'taruh data di data/ dan pakai komponen; taruh teks di frontmatter atau isi cerita',
			'put data in data/ and use a component; put text in the frontmatter or the body',
		],
	},
	'mdx-forbidden-import': {
		message: ['cerita tidak boleh mengimpor kode', 'a story may not import code'],
		expected: ['tanpa import', 'no import'],
		hint: [
			'komponen cerita tidak perlu di-import: tulis langsung <LineChart … />',
			'story components need no import: write <LineChart … /> directly',
		],
	},
	'mdx-forbidden-expression': {
		message: [
			'ekspresi kode {…} tidak boleh ada di cerita',
			'code expressions {…} are not allowed in a story',
		],
		expected: ['teks, atau komentar {/* … */}', 'text, or a comment {/* … */}'],
		hint: [
			'tulis teksnya langsung; angka datang dari <Fact> atau <Value>; komentar ditulis {/* … */}; kurung kurawal dalam teks ditulis \\{',
			'write the text itself; numbers come from <Fact> or <Value>; comments are {/* … */}; a literal brace is \\{',
		],
	},
	'mdx-forbidden-attribute/spread': {
		message: [
			'atribut sebar {...x} tidak boleh dipakai',
			'spread attributes {...x} are not allowed',
		],
		expected: ['setiap prop ditulis lengkap: nama="nilai"', 'each prop written out: name="value"'],
		hint: [
			'tulis setiap prop dengan namanya, dengan nilai tetap',
			'write every prop by name, with a literal value',
		],
	},
	'mdx-forbidden-attribute/handler': {
		message: [
			'atribut penangan peristiwa "%{attribute}" tidak boleh dipakai',
			'event-handler attribute "%{attribute}" is not allowed',
		],
		expected: PROPS_OF,
		hint: [
			'cerita tidak bisa menjalankan skrip; interaksi datang dari komponen kami',
			'stories cannot run scripts; interactivity comes from our components',
		],
	},
	'mdx-forbidden-attribute/style': {
		message: ['"%{attribute}" tidak boleh dipakai', '"%{attribute}" is not allowed'],
		expected: PROPS_OF,
		hint: [
			'situs memakai Content-Security-Policy yang ketat; tampilan datang dari komponen kami',
			'the site has a strict Content-Security-Policy; styling comes from our components',
		],
	},
	'mdx-forbidden-attribute/inline': {
		message: [
			'<%{name}> tidak boleh punya atribut "%{attribute}"',
			'<%{name}> may not have the attribute "%{attribute}"',
		],
		hint: [
			'tag sebaris hanya menandai teks: atribut id, class, popover, hidden atau data-* akan mengubah apa yang dilihat pembaca',
			'inline tags only mark up text: ids, classes, popovers, hidden or data-* attributes would change what readers see',
		],
	},
	'mdx-prop-not-literal': {
		message: ['%{attribute}={%{expression}}: %{detail}', '%{attribute}={%{expression}}: %{detail}'],
		expected: [
			'nilai tetap: "teks", {3}, {true}, {["a", "b"]} atau {{ kolom: "nilai" }}',
			'a literal: "text", {3}, {true}, {["a", "b"]} or {{ column: "value" }}',
		],
		hint: [
			'tulis nilainya langsung: tanpa variabel, hitungan atau pemanggilan fungsi',
			'write the value itself: no variables, calculations or function calls',
		],
	},
	'mdx-unsafe-url': {
		message: [
			'%{what} memakai skema URL yang tidak boleh ditautkan cerita',
			'%{what} uses a URL scheme a story may not link to',
		],
		expected: URL_EXPECTED,
		hint: URL_HINT,
	},
	'mdx-too-long': {
		message: [
			'%{what} panjangnya %{length} karakter; batasnya %{limit}',
			'%{what} is %{length} characters long; the limit is %{limit}',
		],
		expected: ['paling panjang %{limit} karakter', 'at most %{limit} characters'],
		hint: [
			'persingkat; penjelasan panjang tempatnya di teks cerita',
			'shorten it; long explanations belong in the story text',
		],
	},
	'mdx-too-long/prop': {
		message: [
			'%{what} panjangnya %{length} karakter; batasnya %{limit}',
			'%{what} is %{length} characters long; the limit is %{limit}',
		],
		expected: ['paling panjang %{limit} karakter', 'at most %{limit} characters'],
		hint: [
			'persingkat; judul atau label grafik dibaca sekilas, teks cerita yang menjelaskan',
			'shorten it; a chart title or label is read at a glance, the story text explains',
		],
	},
	'mdx-too-long/heading': {
		message: [
			'judul bagian ini panjangnya %{length} karakter; batasnya %{limit}',
			'this heading is %{length} characters long; the limit is %{limit}',
		],
		expected: [
			'judul bagian paling panjang %{limit} karakter',
			'a heading of at most %{limit} characters',
		],
		hint: [
			'judul bagian menamai bagiannya dalam beberapa kata; selebihnya tempatnya di paragraf di bawahnya',
			'a heading names a section in a few words; the rest belongs in the paragraph under it',
		],
	},
	'mdx-forbidden-element': {
		message: [
			'elemen HTML <%{name}> tidak boleh ada di cerita',
			'the HTML element <%{name}> is not allowed in a story',
		],
		expected: [
			'komponen kami (%{components}) atau tag sebaris %{inline}',
			'our components (%{components}) or inline %{inline}',
		],
		hint: [
			'pakai Markdown untuk teks dan komponen kami untuk grafik dan peta',
			'use Markdown for text and our components for charts and maps',
		],
	},
	'mdx-unknown-component': {
		message: ['<%{name}> bukan komponen cerita', '<%{name}> is not a story component'],
		hint: [
			'lihat /panduan/komponen/ untuk daftar komponen dan props-nya',
			'see /panduan/komponen/ for the components and their props',
		],
	},
	'mdx-inline-position': {
		message: [
			'<%{name}> tempatnya di dalam kalimat, tetapi di sini ia memulai baris, sehingga menjadi blok tersendiri',
			'<%{name}> belongs inside a sentence, but here it starts a line, which makes it a block of its own',
		],
		expected: ['teks sebelumnya di baris yang sama', 'text before it on the same line'],
		hint: [
			'biarkan ada teks sebelumnya di baris yang sama, misalnya "ada <%{name} … />", bukan baris yang diawali <%{name}',
			'keep text before it on the same line, e.g. "ada <%{name} … />", not a line starting with <%{name}',
		],
	},
	'mdx-block-position': {
		message: [
			'<%{name}> adalah blok dan harus berdiri di barisnya sendiri, dengan baris kosong sebelum dan sesudahnya',
			'<%{name}> is a block and must stand on its own line(s), with a blank line before and after',
		],
		expected: ['baris kosong sebelum dan sesudahnya', 'a blank line before and after it'],
		hint: [
			'mulai <%{name} di baris baru sesudah baris kosong, dan sisakan baris kosong sesudah />-nya',
			'start <%{name} on a new line after an empty line, and leave an empty line after its />',
		],
	},
	'mdx-nesting/outside': {
		message: [
			'<%{name}> harus ditulis langsung di dalam <%{inside}>',
			'<%{name}> must be written directly inside <%{inside}>',
		],
		expected: [
			'<%{inside} …> … <%{name} …> … </%{name}> … </%{inside}>',
			'<%{inside} …> … <%{name} …> … </%{name}> … </%{inside}>',
		],
		hint: ['lihat <%{inside}> di /panduan/komponen/', 'see <%{inside}> in /panduan/komponen/'],
	},
	'mdx-nesting/holds': {
		message: [
			'<%{parent}> hanya boleh berisi %{holds}, bukan <%{name}>',
			'<%{parent}> may only hold %{holds}, not <%{name}>',
		],
		expected: ['%{holds}', '%{holds}'],
		hint: ['letakkan <%{name}> di dalam %{holds}', 'put <%{name}> inside %{holds}'],
	},
	'mdx-image-alt': {
		message: [
			'gambar butuh teks alt: ![apa yang tampak di gambar](…)',
			'an image needs alt text: ![what the image shows](…)',
		],
		expected: [
			'gambaran apa yang tampak di gambar, di antara [ dan ]',
			'a description of what the image shows, between [ and ]',
		],
		hint: [
			'teks alt dibacakan pembaca layar dan tampil bila gambarnya tidak termuat',
			'alt text is what a screen reader says and what shows when the image does not load',
		],
	},
	'mdx-external-image': {
		message: [
			'gambar harus dari situs ini (simpan filenya di public/img/)%{reference}',
			'images must be served from the site (put the file in public/img/)%{reference}',
		],
		expected: ['path di situs, misalnya /img/kakao.jpg', 'a path on the site, e.g. /img/kakao.jpg'],
		hint: [
			'simpan gambarnya (dengan izin) sebagai public/img/<nama>.jpg lalu tulis ![alt](/img/<nama>.jpg)',
			'save the image (with permission) as public/img/<name>.jpg and write ![alt](/img/<name>.jpg)',
		],
	},

	// Component props.
	'mdx-unknown-prop': {
		message: ['%{name} tidak punya prop "%{prop}"', '%{name} has no prop "%{prop}"'],
	},
	'mdx-missing-prop': {
		message: [
			'%{name} membutuhkan prop "%{prop}" (%{description})',
			'%{name} needs the prop "%{prop}" (%{description})',
		],
		expected: ['%{prop}=…', '%{prop}=…'],
	},
	'mdx-invalid-prop/text': {
		message: ['%{prop} harus berupa teks', '%{prop} must be text'],
	},
	'mdx-invalid-prop/text-list': {
		message: [
			'%{prop} harus berupa teks atau daftar teks',
			'%{prop} must be text or a list of text',
		],
	},
	'mdx-invalid-prop/number': {
		message: [
			'%{prop} harus berupa angka, misalnya %{prop}={3}',
			'%{prop} must be a number, e.g. %{prop}={3}',
		],
	},
	'mdx-invalid-prop/boolean': {
		message: [
			'%{prop} harus true atau false, misalnya %{prop}={false}',
			'%{prop} must be true or false, e.g. %{prop}={false}',
		],
	},
	'mdx-invalid-prop/id': {
		message: [
			'%{prop} harus berupa huruf kecil, angka dan "-"',
			'%{prop} must be lowercase letters, digits and "-"',
		],
	},
	'mdx-invalid-prop/enum': {
		message: ['%{prop} harus salah satu dari %{values}', '%{prop} must be one of %{values}'],
	},
	'mdx-invalid-prop/column': {
		message: ['%{prop} harus menyebut satu kolom (teks)', '%{prop} must name a column (text)'],
	},
	'mdx-invalid-prop/where': {
		message: [
			'%{prop} harus objek seperti {{ kolom: "nilai" }}',
			'%{prop} must be an object like {{ column: "value" }}',
		],
	},
	'mdx-invalid-prop/quoted': {
		message: [
			'%{attribute} pada <%{name}> harus teks dalam tanda kutip',
			'%{attribute} on <%{name}> must be text in quotes',
		],
		expected: ['%{attribute}="…"', '%{attribute}="…"'],
		hint: ['tulis nilainya di antara tanda kutip', 'write the value between quotes'],
	},
	'mdx-invalid-prop/check': { message: ['%{detail}', '%{detail}'] },
	'mdx-unknown-dataset': {
		message: [
			'dataset "%{dataset}" tidak ada di data/',
			'dataset "%{dataset}" does not exist in data/',
		],
		hint: [
			'id dataset adalah nama filenya di data/ tanpa .csv; dataset baru ditambahkan dengan npm run new:dataset',
			'a dataset id is its file name in data/ without .csv; a new one is added with npm run new:dataset',
		],
	},
	'chart-unknown-column': {
		message: [
			'kolom "%{column}" tidak ada di %{dataset}',
			'column "%{column}" is not in %{dataset}',
		],
		hint: [
			'kolom-kolom %{dataset} dideklarasikan di data/%{dataset}.dataset.json',
			'the columns of %{dataset} are declared in data/%{dataset}.dataset.json',
		],
	},
	'chart-column-type': {
		message: [
			'kolom "%{column}" di %{dataset} berisi %{type}, bukan angka',
			'column "%{column}" of %{dataset} is %{type}, not a number',
		],
		hint: [
			'prop ini menggambar atau menulis angka; %{column} berisi nilai %{type}',
			'this prop draws or writes numbers; %{column} holds %{type} values',
		],
	},
	'mdx-where-no-match': {
		message: [
			'tidak ada baris %{dataset} dengan %{column} = "%{value}"',
			'no row of %{dataset} has %{column} = "%{value}"',
		],
	},
	'mdx-unknown-reference': {
		message: ['"%{value}" bukan %{what}', '"%{value}" is not %{what}'],
	},
});

export const texts = fragments({
	'prop.default-expected': ['props yang bisa ditampilkan %{name}', 'props %{name} can show'],
	'prop.columns': ['salah satu dari %{list}', 'one of %{list}'],
	'prop.numeric-columns': ['kolom angka: %{list}', 'a number column: %{list}'],
	'prop.numeric-column': ['kolom angka', 'a number column'],
	'prop.where-values': ['salah satu dari %{list}', 'one of %{list}'],
	'inline.only': ['hanya %{list}', 'only %{list}'],
	'inline.none': ['<%{name}> tanpa atribut', '<%{name}> without attributes'],
	'link.link': ['tautan', 'link'],
	'link.image': ['gambar', 'image'],
	'link.reference': ['%{what} (rujukan [%{reference}])', '%{what} (reference [%{reference}])'],
	'link.points-elsewhere': [
		'; [%{reference}] menunjuk ke tempat lain',
		'; [%{reference}] points elsewhere',
	],
	'element.img': [
		'pakai Markdown: ![teks alt](/img/file.jpg)',
		'use Markdown: ![alt text](/img/file.jpg)',
	],
	'element.a': ['pakai Markdown: [teks](/alamat/)', 'use Markdown: [text](/path/)'],

	// Why an attribute's value is not a literal (mdx/literal.ts).
	'literal.unclosed-comment': ['komentar tidak ditutup', 'unclosed comment'],
	'literal.template': [
		'ekspresi template (${…}) tidak boleh dipakai; tulis teksnya langsung',
		'template expressions (${…}) are not allowed; write the text itself',
	],
	'literal.escape': ['escape \\u salah', 'bad \\u escape'],
	'literal.multiline': ['teks tidak boleh melewati baris', 'a string may not span lines'],
	'literal.unclosed-string': ['teks tidak ditutup tanda kutipnya', 'unclosed string'],
	'literal.missing': ['ada nilai yang hilang', 'a value is missing'],
	'literal.list': ['seharusnya "," atau "]"', 'expected "," or "]"'],
	'literal.key': ['seharusnya nama properti', 'expected a property name'],
	'literal.colon': ['seharusnya ":" sesudah "%{key}"', 'expected ":" after "%{key}"'],
	'literal.twice': ['"%{key}" ditulis dua kali', '"%{key}" is given twice'],
	'literal.object': ['seharusnya "," atau "}"', 'expected "," or "}"'],
	'literal.not-literal': [
		'di sini hanya boleh nilai tetap (teks, angka, true/false, daftar, objek)',
		'only literal values are allowed here (text, numbers, true/false, lists, objects)',
	],
	'literal.trailing': ['ada teks lebih sesudah nilainya', 'unexpected text after the value'],

	// Component-specific checks (mdx/specs/).
	'check.value-rows': [
		'"where" harus memilih tepat satu baris; yang terpilih %{n}. Tambahkan kolom ke saringannya.',
		'"where" must pick exactly one row; it picks %{n}. Add a column to the filter.',
	],
	'check.scrolly-line': [
		'garis hitungan perlu %{needed} sekaligus; yang belum ada: %{missing}',
		'the count line needs %{needed} together; missing: %{missing}',
	],
	'check.scrolly-where': [
		'where menyaring garis hitungan; tulis juga dataset, x, y dan label',
		'where filters the count line; give dataset, x, y and label too',
	],
	'check.step-until': [
		'until harus tahun, bulan atau tanggal seperti 2019, 2022-11 atau 2022-11-01, bukan "%{until}"',
		'until must be a year, month or date such as 2019, 2022-11 or 2022-11-01, not "%{until}"',
	],
	'check.count-none': [
		'saringannya tidak cocok dengan baris mana pun; hitungannya akan 0',
		'the filter matches no row; the count would be 0',
	],
	'check.map-year': [
		'year harus tahun utuh sejak 2019 (desa devisa pertama), bukan %{year}',
		'year must be a whole year from 2019 (the first Desa Devisa), not %{year}',
	],
	'check.map-region-level': [
		'region hanya dipakai dengan level="regency" (provinsi yang kabupatennya diwarnai)',
		'region is only used with level="regency" (the province whose regencies are shaded)',
	],
	'check.map-regency': [
		'level="regency" membutuhkan region berupa provinsi, misalnya region="jawa-timur"',
		'level="regency" needs region = a province, e.g. region="jawa-timur"',
	],
});
