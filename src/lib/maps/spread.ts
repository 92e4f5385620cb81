/**
 * Spreading points that would overlap on screen. Several Desa Devisa share almost the same
 * point (five Gayo coffee villages within 7 km; five in Subang), so at national scale their dots
 * would sit on top of each other. Groups of touching dots are laid out around their centre —
 * on one ring for up to 6, on concentric rings beyond — keeping their order around the centre;
 * groups that then touch are merged and laid out again. Deterministic; works in any pixel space
 * (the static SVG's viewBox, or Leaflet's layer points at the current zoom).
 */

/** A point to place, in pixels. */
export interface SpreadInput {
	id: string;
	x: number;
	y: number;
}

/** A placed point: where it is drawn (`x`, `y`) and where it really is (`x0`, `y0`). */
export interface SpreadPoint {
	id: string;
	x: number;
	y: number;
	x0: number;
	y0: number;
	/** True when drawn away from its true position (draw a leader line). */
	moved: boolean;
	/** How many points share its group (1 when alone). */
	groupSize: number;
}

/** Options for {@link spreadPoints}. */
export interface SpreadOptions {
	/** Dot radius in pixels. */
	radius: number;
	/** Clear space between two dots (pixels, default 1). */
	gap?: number;
	/** Rounds of merging before giving up (default 12). */
	maxRounds?: number;
}

const TAU = Math.PI * 2;

class Groups {
	parent: number[];
	constructor(n: number) {
		this.parent = Array.from({ length: n }, (_, i) => i);
	}
	find(i: number): number {
		let root = i;
		while (this.parent[root] !== root) root = this.parent[root] as number;
		while (this.parent[i] !== root) {
			const next = this.parent[i] as number;
			this.parent[i] = root;
			i = next;
		}
		return root;
	}
	union(a: number, b: number): boolean {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra === rb) return false;
		this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
		return true;
	}
}

/**
 * Slots around `(0, 0)` for `n` dots `step` apart: one ring for n ≤ 6, else a centre dot and
 * rings `step` apart holding ⌊2πk⌋ dots each.
 */
export function slots(n: number, step: number): [number, number][] {
	if (n <= 1) return [[0, 0]];
	if (n <= 6) {
		const r = step / (2 * Math.sin(Math.PI / n));
		return Array.from({ length: n }, (_, k) => [
			r * Math.cos(-Math.PI / 2 + (TAU * k) / n),
			r * Math.sin(-Math.PI / 2 + (TAU * k) / n),
		]);
	}
	const out: [number, number][] = [[0, 0]];
	for (let ring = 1; out.length < n; ring++) {
		const capacity = Math.floor(TAU * ring);
		const count = Math.min(capacity, n - out.length);
		for (let k = 0; k < count; k++) {
			const a = -Math.PI / 2 + (TAU * k) / count;
			out.push([ring * step * Math.cos(a), ring * step * Math.sin(a)]);
		}
	}
	return out;
}

/**
 * Place `points` so no two dots of radius `radius` overlap (within `gap`). Lone points stay
 * where they are. Output is in input order.
 */
export function spreadPoints(points: readonly SpreadInput[], opts: SpreadOptions): SpreadPoint[] {
	const n = points.length;
	const step = 2 * opts.radius + (opts.gap ?? 1);
	const maxRounds = opts.maxRounds ?? 12;
	const groups = new Groups(n);
	const near = (ax: number, ay: number, bx: number, by: number) =>
		Math.hypot(ax - bx, ay - by) < step - 1e-9;
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			const a = points[i] as SpreadInput;
			const b = points[j] as SpreadInput;
			if (near(a.x, a.y, b.x, b.y)) groups.union(i, j);
		}
	}
	const placed = points.map((p) => ({ x: p.x, y: p.y, size: 1 }));
	for (let round = 0; round < maxRounds; round++) {
		const members = new Map<number, number[]>();
		for (let i = 0; i < n; i++) {
			const root = groups.find(i);
			const list = members.get(root) ?? [];
			list.push(i);
			members.set(root, list);
		}
		for (const list of members.values()) {
			const cx = list.reduce((s, i) => s + (points[i] as SpreadInput).x, 0) / list.length;
			const cy = list.reduce((s, i) => s + (points[i] as SpreadInput).y, 0) / list.length;
			const pos = slots(list.length, step);
			// Closest to the centre take the inner slots; within a ring, keep the order by angle.
			const byDistance = [...list].sort((a, b) => {
				const pa = points[a] as SpreadInput;
				const pb = points[b] as SpreadInput;
				const d =
					Math.hypot(pa.x - cx, pa.y - cy) - Math.hypot(pb.x - cx, pb.y - cy) ||
					pa.id.localeCompare(pb.id);
				return d;
			});
			let start = 0;
			while (start < byDistance.length) {
				const radiusHere = Math.hypot(...(pos[start] as [number, number]));
				let end = start + 1;
				while (
					end < pos.length &&
					Math.abs(Math.hypot(...(pos[end] as [number, number])) - radiusHere) < 1e-6
				) {
					end++;
				}
				const ringMembers = byDistance.slice(start, end).sort((a, b) => {
					const pa = points[a] as SpreadInput;
					const pb = points[b] as SpreadInput;
					const angle = (p: SpreadInput) => (Math.atan2(p.y - cy, p.x - cx) + TAU * 1.25) % TAU;
					return angle(pa) - angle(pb) || pa.id.localeCompare(pb.id);
				});
				ringMembers.forEach((i, k) => {
					const [dx, dy] = pos[start + k] as [number, number];
					placed[i] = {
						x: list.length === 1 ? (points[i] as SpreadInput).x : cx + dx,
						y: list.length === 1 ? (points[i] as SpreadInput).y : cy + dy,
						size: list.length,
					};
				});
				start = end;
			}
		}
		let merged = false;
		for (let i = 0; i < n; i++) {
			for (let j = i + 1; j < n; j++) {
				if (groups.find(i) === groups.find(j)) continue;
				const a = placed[i] as { x: number; y: number };
				const b = placed[j] as { x: number; y: number };
				if (near(a.x, a.y, b.x, b.y)) merged = groups.union(i, j) || merged;
			}
		}
		if (!merged) break;
	}
	return points.map((p, i) => {
		const q = placed[i] as { x: number; y: number; size: number };
		return {
			id: p.id,
			x: q.x,
			y: q.y,
			x0: p.x,
			y0: p.y,
			moved: Math.hypot(q.x - p.x, q.y - p.y) > 0.5,
			groupSize: q.size,
		};
	});
}
