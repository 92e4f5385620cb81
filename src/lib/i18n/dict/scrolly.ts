// UI strings of the scrollytelling component (src/components/story/Scrolly.astro, Step.astro).
import { dictionary } from '../define.ts';

export default dictionary(
	{
		'scrolly.map': 'Peta {area}: {count} yang diresmikan hingga {until}.',
		'scrolly.map.added': 'Peta {area}: {count} yang diresmikan hingga {until}. Baru: {added}.',
		'scrolly.line': '{label} hingga {until}: {value} ({asOf}).',
		'scrolly.line.none': '{label}: belum ada angka hingga {until}.',
		'scrolly.step': 'Langkah {n}',
		'scrolly.undated':
			'Tidak tampil di peta karena tanggal dan tahun peresmiannya tidak kami temukan: {list}.',
	},
	{
		'scrolly.map': 'Map of {area}: {count} designated by {until}.',
		'scrolly.map.added': 'Map of {area}: {count} designated by {until}. New: {added}.',
		'scrolly.line': '{label} up to {until}: {value} ({asOf}).',
		'scrolly.line.none': '{label}: no figure yet by {until}.',
		'scrolly.step': 'Step {n}',
		'scrolly.undated':
			'Not on the map because we found neither the date nor the year of their designation: {list}.',
	},
);
