/**
 * Text measurement without a browser: widths from average advance widths of common sans-serif
 * UI fonts (Arial/Roboto/Noto Sans metrics, in em). Deliberately a little generous, so labels
 * laid out with it do not collide in the reader's actual font.
 */

const NARROW = new Set([..."iljI.,:;!|'’`()[]{} "]);
const SLIGHT = new Set([...'frt-/']);
const WIDE = new Set([...'mwMW%@']);
const CAPS = /[A-Z]/;

/**
 * Estimated width in px of `text` set at `fontSize` px (semi-bold adds 12%). Calibrated on the
 * widest common UI font (DejaVu Sans, Linux desktops); Roboto and Noto Sans (Android) run about
 * 18% narrower, Arial and San Francisco about 10%.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const c of text) {
		if (NARROW.has(c)) em += 0.29;
		else if (SLIGHT.has(c)) em += 0.36;
		else if (WIDE.has(c)) em += 0.86;
		else if (/[0-9]/.test(c)) em += 0.57;
		else if (CAPS.test(c)) em += 0.68;
		else em += 0.53;
	}
	return em * fontSize * 1.1 * (bold ? 1.12 : 1);
}

/**
 * Break `text` into lines no wider than `maxWidth` px at `fontSize`, at spaces (a word longer
 * than the line stays whole). At most `maxLines`; the last kept line ends in "…" when cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
	return kept;
}
