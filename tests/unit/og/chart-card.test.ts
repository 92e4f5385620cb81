// A chart's share image: drawn from its own SVG, the same bytes every time, its words on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/lib/charts/build.ts';
import { sourceLine } from '../../../src/lib/charts/share.ts';
import { CHART_CARD, renderChartCard } from '../../../src/lib/og/chart-card.ts';
import { fixtureCatalog } from '../charts/helpers.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CSS = ['src/styles/tokens.css', 'src/components/charts/chart.css']
	.map((f) => readFileSync(join(ROOT, f), 'utf8'))
	.join('\n');

const card = (lang: 'id' | 'en', title: string) => {
	const chart = buildChart(
		'BarChart',
		{
			id: 'ekspor',
			title,
			dataset: 'trade',
			category: 'year',
			value: 'value',
			where: { period: 'full-year' },
		},
		fixtureCatalog(),
		lang,
	);
	return renderChartCard({
		drawing: chart.wide,
		css: CSS,
		title: chart.title,
		subtitle: chart.subtitle,
		legend: chart.legend,
		source: sourceLine(chart.sources, lang),
		site: 'Lumbung Devisa',
		host: 'lumbungdevisa.id',
	});
};

describe('renderChartCard', () => {
	it('draws a 1200 × 675 PNG, the same bytes every time', async () => {
		const a = await card('id', 'Ekspor <Lamongan> & "lainnya"');
		const b = await card('id', 'Ekspor <Lamongan> & "lainnya"');
		expect(a.subarray(1, 4).toString()).toBe('PNG');
		expect(a.readUInt32BE(16)).toBe(CHART_CARD.width);
		expect(a.readUInt32BE(20)).toBe(CHART_CARD.height);
		expect(Buffer.compare(a, b)).toBe(0);
	});

	it('draws the chart: its bars are in the series colour, not black', async () => {
		const { data, info } = await sharp(await card('id', 'Ekspor'))
			.raw()
			.toBuffer({ resolveWithObject: true });
		let series = 0;
		for (let i = 0; i < data.length; i += info.channels) {
			// --cat-1 of the light theme, #b35900
			if (data[i] === 0xb3 && data[i + 1] === 0x59 && data[i + 2] === 0x00) series++;
		}
		expect(series).toBeGreaterThan(5000);
	});

	it('differs by language (its words are drawn)', async () => {
		const id = await card('id', 'Ekspor');
		const en = await card('en', 'Ekspor');
		expect(Buffer.compare(id, en)).not.toBe(0);
	});
});
