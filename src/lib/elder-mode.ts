// 长辈模式 (html.elder) on every page of the visit, with no JavaScript file: the site header's
// switch (Header.astro, a <button data-elder-switch hidden>) and this small inline script, which
// Base.astro writes first in <body> on every page and whose hash it adds to the CSP. The script
// sets the class before anything is painted from this tab's sessionStorage (never localStorage:
// a display preference of this visit, gone with the tab), shows the switch with its state, and
// turns the mode on and off when it is pressed (one click listener on the document, so the
// questionnaire's island needs none). Without JavaScript the switch stays hidden and every page
// works as it is. Runs at build time only (node:crypto).
import { createHash } from 'node:crypto';
import { ELDER_KEY } from '../components/check/answers.ts';

export const elderScript = `(function(){var k=${JSON.stringify(ELDER_KEY)},r=document.documentElement,s=null;try{s=sessionStorage;if(s.getItem(k)==='1')r.classList.add('elder')}catch(e){}function show(v){r.classList.toggle('elder',v);var b=document.querySelectorAll('[data-elder-switch]');for(var i=0;i<b.length;i++){b[i].hidden=false;b[i].setAttribute('aria-pressed',v?'true':'false')}}document.addEventListener('DOMContentLoaded',function(){show(r.classList.contains('elder'))});document.addEventListener('click',function(e){var b=e.target&&e.target.closest&&e.target.closest('[data-elder-switch]');if(!b)return;var v=!r.classList.contains('elder');try{if(v)s.setItem(k,'1');else s.removeItem(k)}catch(x){}show(v)})})();`;

export const elderScriptHash = `sha256-${createHash('sha256').update(elderScript).digest('base64')}` as const;
