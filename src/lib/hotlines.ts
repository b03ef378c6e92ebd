// The telephone numbers the site gives, once, each with the text it rests on. 12345 is named by
// 津民发〔2022〕14号 三、11 ("依托救助电话、12345服务热线…"); 12349 only by a draft (社会救助重点举措
// (征求意见稿) 19: "各区民政部门开通'12349'社会救助服务热线"), so it is only ever said as opened in
// some districts (`draft`), never as a number that works everywhere.
import type { Citation } from '../rules/index.ts';

export interface Hotline {
  tel: string;
  cite: Citation;
  /** from a draft: say "部分区已开通" */
  draft: boolean;
}

export const CITY_HOTLINE: Hotline = { tel: '12345', cite: { doc: '津民发〔2022〕14号', article: '三、11' }, draft: false };
export const ASSISTANCE_HOTLINE: Hotline = { tel: '12349', cite: { doc: '社会救助重点举措(征求意见稿)', article: '19' }, draft: true };
export const HOTLINES: readonly Hotline[] = [CITY_HOTLINE, ASSISTANCE_HOTLINE];
