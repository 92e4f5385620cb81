// Facts about files under public/ that pages need at build time (a cover's pixel size, so the
// browser reserves its space and nothing shifts when it loads).
import { join } from 'node:path';
import sharp from 'sharp';

/** Width and height in pixels of the image at site path `path` (`/img/x.jpg` → public/img/x.jpg). */
export async function imageSize(path: string): Promise<{ width: number; height: number }> {
	const meta = await sharp(join(process.cwd(), 'public', ...path.split('/'))).metadata();
	if (!meta.width || !meta.height) throw new Error(`public${path}: cannot read the image's size`);
	return { width: meta.width, height: meta.height };
}
