// Before the first paint of /check/: a tab that has answers saved is shown as the resident left it
// (长辈模式 is set on every page by src/lib/elder-mode.ts). Without this, the pre-rendered first question in small text shows for as long
// as the island takes to load on a slow phone (a second or more), then jumps away: it looks as if
// the answers were lost. Meanwhile the page shows its note (.restoring-note, check.css) in place
// of the questionnaire; CheckApp ends it once the saved step is on screen, and if the island
// never starts, the page is shown as it is after a few seconds.
//
// The page inlines the script first in <body>, so that it runs before anything is painted and
// after the Content-Security-Policy <meta>, and adds its hash to that policy from its frontmatter
// (which runs before the layout writes the <meta>).
import { createHash } from 'node:crypto';
import { FIRST_STEP, STORAGE_KEY } from './answers.ts';

const RESTORE_TIMEOUT_MS = 6000;

export const earlyRestoreScript = `(function(){try{var s=sessionStorage,r=document.documentElement;var a=JSON.parse(s.getItem(${JSON.stringify(STORAGE_KEY)})||'null');if(a&&a.step!==${JSON.stringify(FIRST_STEP)}){r.setAttribute('data-restoring','');setTimeout(function(){r.removeAttribute('data-restoring')},${RESTORE_TIMEOUT_MS})}}catch(e){}})();`;

export const earlyRestoreHash = `sha256-${createHash('sha256').update(earlyRestoreScript).digest('base64')}` as const;
