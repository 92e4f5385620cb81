/**
 * What a chart says when it leaves the page: the source line of its share image and the links
 * of its "Bagikan" / "Share" controls. Plain text, in the page's language.
 */
import type { Lang } from '../lang.ts';
import { t } from '../i18n/index.ts';
import { groupSources, type SourceRef } from './data.ts';

/**
 * The source line of a chart's share image: the frame's source line without its links, dates
 * and dataset names (an image has room for a line or two): each outlet once, in the order the
 * chart cites them, then who analysed the data.
 * `Sumber: BPS Lamongan; Antara; olah data Lumbung Devisa.`
 */
export function sourceLine(refs: readonly SourceRef[], lang: Lang): string {
	const outlets = groupSources(refs).map((g) => g.outlet);
	const label = t(lang, outlets.length > 1 ? 'chart.sources' : 'chart.source');
	return `${label}: ${[...outlets, t(lang, 'chart.processed')].join('; ')}.`;
}

/**
 * The WhatsApp link that shares `title` and `url` (the chart's anchor on its page): WhatsApp's
 * own address, which opens the app on a phone and WhatsApp Web elsewhere, with the message
 * filled in. No script of WhatsApp's runs on our page.
 */
export function whatsappUrl(title: string, url: string): string {
	return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`;
}
