// /en/manifest.webmanifest: the English site as an installable app (src/lib/web-manifest.ts).
import { manifestResponse } from '../../lib/web-manifest.ts';

export const GET = () => manifestResponse('en');
