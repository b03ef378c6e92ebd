// 困难残疾人生活补贴's policy page: the 2021 figures (reference amounts), the articles it quotes.
import { DOC } from '../../docs.ts';
import { x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'disabilityLiving',
  // the plan's 残疾人 table: 300 for 重度, 160 otherwise (2021), and what 重度 is (contract §4.11)
  params: [{ group: 'disability', only: ['livingSevere', 'livingOther', 'severeGrade'] }],
  extras: [x(DOC.plan14, '困难残疾人生活补贴和重度残疾人护理补贴', 'disability'), x(DOC.classification, '三(二)', 'materialsExtra')],
  shownWhenMet: ['disability-living-family'],
};
