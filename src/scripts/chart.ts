// <ld-chart>: tooltips by hover, tap and keyboard, a focus ring on the active mark, series
// highlight from the legend. The chart already reads fully without this script; it only adds
// ways to reach each value. What each tooltip says and how each drawing is navigated come from
// the `data-tips` attribute, written at build time in the page's language and read through the
// contract in src/lib/contracts/chart-tips.ts; text is set with textContent only.
import {
	decodeChartTips,
	type ChartNav,
	type ChartTip,
	type ChartTips,
} from '../lib/contracts/chart-tips.ts';

class LdChart extends HTMLElement {
	private tips: ChartTip[] = [];
	private navs: ChartTips['nav'] | null = null;
	private active = -1;
	private svg: SVGSVGElement | null = null;
	private tip: HTMLElement | null = null;

	connectedCallback(): void {
		const decoded = decodeChartTips(this.dataset.tips);
		if (!decoded.ok) {
			// The chart stays as built (readable, with its table); only the tooltips are missing.
			console.error(`<ld-chart> in #${this.closest('figure')?.id ?? '?'}: ${decoded.error}`);
			return;
		}
		this.tips = decoded.value.tips;
		this.navs = decoded.value.nav;
		this.tip = this.querySelector('.c-tip');
		for (const svg of this.querySelectorAll<SVGSVGElement>('svg.c-svg')) {
			svg.tabIndex = 0;
			const keys = this.dataset.keys;
			if (keys)
				svg.setAttribute(
					'aria-describedby',
					`${svg.getAttribute('aria-describedby') ?? ''} ${keys}`.trim(),
				);
			svg.addEventListener('keydown', (e) => this.key(svg, e));
			svg.addEventListener('blur', () => this.hide());
			svg.addEventListener('pointermove', (e) => this.point(svg, e));
			svg.addEventListener('pointerdown', (e) => this.point(svg, e));
			svg.addEventListener('pointerleave', (e) => {
				if (e.pointerType === 'mouse') this.hide();
			});
		}
		document.addEventListener('pointerdown', (e) => {
			if (!this.contains(e.target as Node)) this.hide();
		});
		this.legend();
	}

	private marks(svg: SVGSVGElement): SVGGraphicsElement[] {
		return [...svg.querySelectorAll<SVGGraphicsElement>('[data-k]')].sort(
			(a, b) => Number(a.dataset.k) - Number(b.dataset.k),
		);
	}

	/** The navigation of a drawing: the wide one's unless it is the narrow drawing. */
	private nav(svg: SVGSVGElement): ChartNav | undefined {
		return this.navs?.[svg.classList.contains('c-narrow') ? 'narrow' : 'wide'];
	}

	private key(svg: SVGSVGElement, e: KeyboardEvent): void {
		const marks = this.marks(svg);
		const n = marks.length;
		if (!n) return;
		const upDown = this.nav(svg)?.upDown;
		const at = this.svg === svg ? this.active : -1;
		let next: number;
		switch (e.key) {
			case 'ArrowRight':
				next = at < 0 ? 0 : Math.min(n - 1, at + 1);
				break;
			case 'ArrowLeft':
				next = at < 0 ? n - 1 : Math.max(0, at - 1);
				break;
			case 'ArrowDown':
			case 'ArrowUp': {
				const down = e.key === 'ArrowDown';
				if (upDown === 'sequence' || at < 0) {
					next = at < 0 ? 0 : Math.max(0, Math.min(n - 1, at + (down ? 1 : -1)));
					break;
				}
				// Lines and slopes: move to the nearest point of the next series (visually up = earlier series).
				next = this.otherSeries(marks, at, down ? 1 : -1);
				break;
			}
			case 'Home':
				next = 0;
				break;
			case 'End':
				next = n - 1;
				break;
			case 'Escape':
				if (this.active < 0) return;
				this.hide();
				e.preventDefault();
				return;
			default:
				return;
		}
		e.preventDefault();
		this.show(svg, next);
	}

	private otherSeries(marks: SVGGraphicsElement[], at: number, step: number): number {
		const current = this.tips[at];
		const mark = marks[at];
		if (!current || !mark) return at;
		const x = mark.getBBox().x;
		const series = [...new Set(this.tips.map((t) => t.s))].sort((a, b) => a - b);
		const target = series[series.indexOf(current.s) + step];
		if (target === undefined) return at;
		let best = at;
		let dist = Infinity;
		marks.forEach((m, i) => {
			if (this.tips[i]?.s !== target) return;
			const d = Math.abs(m.getBBox().x - x);
			if (d < dist) {
				dist = d;
				best = i;
			}
		});
		return best;
	}

	private point(svg: SVGSVGElement, e: PointerEvent): void {
		const marks = this.marks(svg);
		let best = -1;
		let dist = Infinity;
		const nearest = this.nav(svg)?.pointer !== 'within';
		marks.forEach((m, i) => {
			const r = m.getBoundingClientRect();
			const dx = Math.max(r.left - e.clientX, 0, e.clientX - r.right);
			const dy = Math.max(r.top - e.clientY, 0, e.clientY - r.bottom);
			const d = nearest ? Math.hypot(dx, dy / 2) : Math.hypot(dx, dy);
			if (d < dist) {
				dist = d;
				best = i;
			}
		});
		if (best >= 0 && (nearest || dist < 24)) this.show(svg, best);
		else if (e.pointerType === 'mouse') this.hide();
	}

	private show(svg: SVGSVGElement, i: number): void {
		const marks = this.marks(svg);
		const mark = marks[i];
		const tip = this.tip;
		const data = this.tips[i];
		if (!mark || !tip || !data) return;
		this.clear();
		this.svg = svg;
		this.active = i;
		mark.classList.add('is-on');
		const { heading, value, note } = data;
		const head = document.createElement('strong');
		head.textContent = heading;
		const body = document.createElement('span');
		body.textContent = value;
		tip.replaceChildren(head, body);
		if (note) {
			const small = document.createElement('small');
			small.textContent = note;
			tip.append(small);
		}
		tip.classList.add('is-open');
		const box = this.getBoundingClientRect();
		const r = mark.getBoundingClientRect();
		const beside = this.nav(svg)?.tip === 'beside';
		const ax = (beside ? r.right : r.left + r.width / 2) - box.left;
		const ay = (beside ? r.top + r.height / 2 : r.top) - box.top;
		const w = tip.offsetWidth;
		const h = tip.offsetHeight;
		const left = Math.max(0, Math.min(box.width - w, ax - w / 2));
		const above = ay - h - 10;
		tip.style.left = `${Math.round(left)}px`;
		tip.style.top = `${Math.round(above >= 0 ? above : ay + (beside ? 14 : r.height + 10))}px`;
	}

	private clear(): void {
		for (const m of this.querySelectorAll('.is-on')) m.classList.remove('is-on');
	}

	private hide(): void {
		this.clear();
		this.active = -1;
		this.svg = null;
		this.tip?.classList.remove('is-open');
	}

	private legend(): void {
		const figure = this.closest('figure');
		const list = figure?.querySelector<HTMLElement>('.c-legend');
		if (!figure || !list) return;
		for (const li of list.querySelectorAll<HTMLElement>('li[data-s]')) {
			const button = document.createElement('button');
			button.type = 'button';
			button.setAttribute('aria-pressed', 'false');
			button.title = list.dataset.hint ?? '';
			button.append(...li.childNodes);
			li.append(button);
			button.addEventListener('click', () => {
				const s = li.dataset.s ?? '';
				const on = figure.dataset.hl !== s;
				if (on) figure.dataset.hl = s;
				else delete figure.dataset.hl;
				for (const b of list.querySelectorAll('button')) b.setAttribute('aria-pressed', 'false');
				button.setAttribute('aria-pressed', String(on));
				for (const g of figure.querySelectorAll<SVGGElement>('.c-s[data-s]')) {
					g.classList.toggle('is-hl', on && g.dataset.s === s);
				}
			});
		}
	}
}

if (!customElements.get('ld-chart')) customElements.define('ld-chart', LdChart);
