// 重度残疾人护理补贴's policy page: the 2021 figure (a reference amount), the articles it quotes.
import { DOC } from '../../docs.ts';
import { x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'disabilityCare',
  // the plan's 残疾人 table: 200 a month (2021) for 一、二级 (contract §4.11)
  params: [{ group: 'disability', only: ['care', 'severeGrade'] }],
  extras: [x(DOC.plan14, '困难残疾人生活补贴和重度残疾人护理补贴', 'disability'), x(DOC.classification, '三(二)', 'materialsExtra')],
  shownWhenMet: ['disability-care-severe'],
};
