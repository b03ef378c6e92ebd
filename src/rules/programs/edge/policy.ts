// 低保边缘's policy page: the figures it uses, the articles it quotes, the steps its examples show.
import { DOC } from '../../docs.ts';
import { APPLY, MOVE_TO_RIGID_TEXT, ASSET_SCREEN, CLASS_MATERIALS, DEDUCTION_RULE, FAMILY_UNIT, x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'edge',
  // the band from S to its multiple (十四五规划) and the cash standard (6号), the deduction (7号 二(一)), the asset screen
  params: [{ group: 'edge' }, { group: 'dibao', only: ['standard'] }, { group: 'deduction' }, { group: 'assetScreen' }],
  extras: [
    MOVE_TO_RIGID_TEXT,
    x(DOC.plan14, '城乡低收入家庭救助', 'income'),
    x(DOC.standards, '正文', 'income'),
    ...DEDUCTION_RULE,
    x(DOC.edgeCash, '发放条件', 'edgeCash'),
    x(DOC.classification, '四(二)', 'illnessReview'),
    ...ASSET_SCREEN,
    ...FAMILY_UNIT,
    ...APPLY,
    ...CLASS_MATERIALS,
  ],
  shownWhenMet: ['edge-income'],
};
