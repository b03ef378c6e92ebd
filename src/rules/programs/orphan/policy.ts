// 孤儿和事实无人抚养儿童基本生活费's policy page: the 2021 figure (a reference amount), the articles it quotes.
import { DOC } from '../../docs.ts';
import { x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'orphan',
  // the age and the 2021 plan's 社会散居孤儿 amount, "随低保标准调整" since (contract §4.10)
  params: [{ group: 'orphan' }],
  extras: [x(DOC.plan14, '特殊儿童群体基本生活保障', 'orphan'), x(DOC.medical, '第七条(四)', 'medicalOrphan')],
  shownWhenMet: ['orphan-parents'],
};
