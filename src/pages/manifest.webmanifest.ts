// /manifest.webmanifest: the Chinese site as an installable app (src/lib/web-manifest.ts).
import { manifestResponse } from '../lib/web-manifest.ts';

export const GET = () => manifestResponse('zh-CN');
