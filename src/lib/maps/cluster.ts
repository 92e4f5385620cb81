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
