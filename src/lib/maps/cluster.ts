/**
 * Grid clustering for the large live maps: points in screen pixels are grouped by the square
 * cell of a grid they fall in; a cell with one point draws that point, a cell with several
 * draws their count at their mean position. Linear in the points, deterministic (cells and
 * their points keep input order), any pixel space.
 */

/** A point to cluster, in pixels. */
export interface ClusterInput {
	id: string;
	x: number;
	y: number;
}

/** A cell's points: their ids (input order), count and mean position. */
export interface Cluster {
	ids: string[];
	x: number;
	y: number;
}

/**
 * The points grouped by `cell`-pixel squares of a grid anchored at 0, 0, in the order each
 * cell's first point comes. Throws when `cell` is not positive.
 */
export function gridClusters(points: readonly ClusterInput[], cell: number): Cluster[] {
	if (!(cell > 0)) throw new Error(`cell size must be positive, got ${cell}`);
	const cells = new Map<string, { ids: string[]; sx: number; sy: number }>();
	for (const p of points) {
		const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
		const c = cells.get(key);
		if (c) {
			c.ids.push(p.id);
			c.sx += p.x;
			c.sy += p.y;
		} else cells.set(key, { ids: [p.id], sx: p.x, sy: p.y });
	}
	return [...cells.values()].map((c) => ({
		ids: c.ids,
		x: c.sx / c.ids.length,
		y: c.sy / c.ids.length,
	}));
}

/** Something drawn as one marker: where (pixels), how many villages it stands for, what. */
export interface Spot<M> {
	x: number;
	y: number;
	count: number;
	members: M[];
}

/** The least radius a marker claims (pixels): a 24 px touch target (WCAG 2.5.8). */
export const TARGET_RADIUS = 12;

/**
 * Spots merged until no two markers overlap or crowd each other's touch target: the largest
 * first; a spot within reach of a kept one (their radii, at least {@link TARGET_RADIUS} each,
 * plus `gap`) joins it — counts add up, members follow, the kept spot's position stays — and
 * rounds repeat while a merge made a marker grow into another. `radius(count)` is a marker's
 * radius in pixels. Deterministic; quadratic in the spots, which are few (what is on screen).
 */
export function separateSpots<M>(
	spots: readonly Spot<M>[],
	radius: (count: number) => number,
	gap = 2,
): Spot<M>[] {
	const reach = (a: Spot<M>, b: Spot<M>) =>
		Math.max(TARGET_RADIUS, radius(a.count)) + Math.max(TARGET_RADIUS, radius(b.count)) + gap;
	let current = spots.map((s, i) => ({ ...s, members: [...s.members], order: i }));
	for (let round = 0; round < 20; round++) {
		const sorted = [...current].sort((a, b) => b.count - a.count || a.order - b.order);
		const kept: typeof current = [];
		let merged = false;
		for (const s of sorted) {
			const into = kept.find((k) => Math.hypot(k.x - s.x, k.y - s.y) < reach(k, s));
			if (into) {
				into.count += s.count;
				into.members.push(...s.members);
				merged = true;
			} else kept.push(s);
		}
		current = kept;
		if (!merged) break;
	}
	return current
		.sort((a, b) => a.order - b.order)
		.map(({ x, y, count, members }) => ({ x, y, count, members }));
}
