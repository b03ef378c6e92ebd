// 低保's policy page: the figures it uses, the articles it quotes, the steps its examples show.
import { DOC } from '../../docs.ts';
import { APPLY, MOVE_TO_RIGID_TEXT, ASSET_SCREEN, CLASS_MATERIALS, DEDUCTION_RULE, FAMILY_UNIT, x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'dibao',
  // S (6号) and 渐退期, the deduction (7号 二(一)), the supplements (7号 二(二)), the asset screen (contract §4.4)
  params: [{ group: 'dibao' }, { group: 'deduction' }, { group: 'supplement' }, { group: 'assetScreen' }],
  extras: [
    MOVE_TO_RIGID_TEXT,
    x(DOC.standards, '正文', 'income'),
    ...DEDUCTION_RULE,
    x(DOC.classification, '二(二)', 'supplements'),
    x(DOC.classification, '四(二)', 'illnessReview'),
    ...ASSET_SCREEN,
    ...FAMILY_UNIT,
    ...APPLY,
    ...CLASS_MATERIALS,
  ],
  shownWhenMet: ['dibao-income'],
};
