// Texts shared by many problems, and the words of a report around them. Indonesian first.
import { fragments } from '../text.ts';

export default fragments({
	'did-you-mean': ['maksud Anda "%{guess}"?', 'did you mean "%{guess}"?'],
	'did-you-mean-tag': ['maksud Anda <%{guess}>?', 'did you mean <%{guess}>?'],
	example: ['contoh: %{example}', 'example: %{example}'],
	'one-of': ['salah satu dari: %{list}', 'one of %{list}'],

	// What a cell of each declared type holds, for "expected".
	'type.string': ['teks', 'text'],
	'type.number': ['angka', 'a number'],
	'type.integer': ['bilangan bulat', 'an integer'],
	'type.boolean': ['true atau false', 'true or false'],
	'type.date': ['tanggal YYYY-MM-DD', 'a date'],
	'type.yearmonth': ['tahun dan bulan YYYY-MM', 'a year and month'],
	'type.year': ['tahun YYYY', 'a year'],

	// The report: one problem, then its details; a count of what was left out; the last line.
	'report.value': ['nilai', 'value'],
	'report.expected': ['seharusnya', 'expected'],
	'report.hint': ['saran', 'hint'],
	'report.more': ['%{file}: … dan %{n} lagi (%{parts})', '%{file}: … and %{n} more (%{parts})'],
	'report.summary': ['%{errors}, %{warnings} di %{files}', '%{errors}, %{warnings} in %{files}'],
	'count.error': ['%{n} error', '%{n} error'],
	'count.errors': ['%{n} error', '%{n} errors'],
	'count.warning': ['%{n} peringatan', '%{n} warning'],
	'count.warnings': ['%{n} peringatan', '%{n} warnings'],
	'count.file': ['%{n} file', '%{n} file'],
	'count.files': ['%{n} file', '%{n} files'],
	'title.data': ['Data bermasalah', 'Invalid data'],
	'title.stories': ['Cerita bermasalah', 'Invalid stories'],
	'title.overlay': [
		'%{title}: perbaiki filenya lalu simpan, halaman ini dimuat ulang sendiri',
		'%{title}: fix the file and save, this page reloads by itself',
	],

	// A schema issue (zod.ts); the last ones are custom messages the schemas name by key.
	'zod.invalid-type': ['seharusnya %{expected}', 'expected %{expected}'],
	'zod.type.string': ['teks', 'text'],
	'zod.type.number': ['angka', 'a number'],
	'zod.type.boolean': ['true atau false', 'true or false'],
	'zod.type.array': ['daftar [ … ]', 'a list [ … ]'],
	'zod.type.object': ['objek { … }', 'an object { … }'],
	'zod.type.date': ['tanggal', 'a date'],
	'zod.empty': ['tidak boleh kosong', 'must not be empty'],
	'zod.min-chars': ['paling sedikit %{n} karakter', 'at least %{n} characters'],
	'zod.max-chars': ['paling panjang %{n} karakter', 'at most %{n} characters'],
	'zod.min-items': ['paling sedikit %{n} butir', 'at least %{n} item(s)'],
	'zod.max-items': ['paling banyak %{n} butir', 'at most %{n} items'],
	'zod.min': ['paling kecil %{n}', 'at least %{n}'],
	'zod.max': ['paling besar %{n}', 'at most %{n}'],
	'zod.one-of': ['harus salah satu dari: %{values}', 'must be one of %{values}'],
	'zod.format': ['bentuknya salah', 'has the wrong form'],
	'zod.union': ['bentuknya tidak dikenali', 'is not in any accepted form'],
	'zod.slug': [
		'pakai huruf kecil, angka dan "-" (misalnya jawa-timur)',
		'use lowercase letters, digits and "-" (e.g. jawa-timur)',
	],
	'zod.snake-case': [
		'pakai snake_case: huruf kecil, angka dan "_"',
		'use snake_case: lowercase letters, digits and "_"',
	],
	'zod.https': ['path lisensi harus URL https://', 'licence path must be an https:// URL'],
	'zod.iso-date': [
		'tulis tanggalnya YYYY-MM-DD, misalnya 2022-11-01',
		'write the date as YYYY-MM-DD, e.g. 2022-11-01',
	],
	'zod.calendar': ['tanggal ini tidak ada di kalender', 'this date does not exist in the calendar'],
	'zod.public-path': [
		'path di bawah public/, misalnya /img/x.jpg',
		'a path under public/, e.g. /img/x.jpg',
	],

	// Command lines.
	'cli.data-ok': [
		'data beres: %{datasets} dataset, %{rows} baris',
		'data ok: %{datasets} datasets, %{rows} rows',
	],

	// npm run build (scripts/build.mjs).
	'build.interrupted': [
		'Build dihentikan (%{signal}).',
		'Build interrupted (%{signal}): stopping.',
	],
	'build.kept': ['%{target} dibiarkan seperti sebelumnya.', '%{target} was left as it was.'],
	'build.nothing': ['Tidak ada yang ditulis.', 'Nothing was written.'],
	'build.failed': ['Build gagal. %{what}', 'Build failed. %{what}'],
	'build.built': ['Selesai: %{target}%{base}.', 'Built %{target}%{base}.'],
	'build.for-base': [' untuk %{base}', ' for %{base}'],
	'build.nothing-built': ['Tidak ada yang dibangun.', 'Nothing was built.'],
	'build.debug': [
		'(Rincian teknis untuk pengembang: npm run build -- --debug)',
		'(Technical details for developers: npm run build -- --debug)',
	],
});
