// 低保边缘's policy page: the figures it uses, the articles it quotes, the steps its examples show.
import { DOC } from '../../docs.ts';
import { APPLY, ASSET_LIMITS, CLASS_MATERIALS, DEDUCTION_RULE, x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'edge',
  // the band from S to its multiple (十四五规划) and the cash standard (6号), the deduction (7号 二(一)), the asset screen
  params: [{ group: 'edge' }, { group: 'dibao' }, { group: 'deduction' }, { group: 'rigid', only: ASSET_LIMITS }],
  extras: [
    x(DOC.plan14, '城乡低收入家庭救助', 'income'),
    x(DOC.standards, '正文', 'income'),
    ...DEDUCTION_RULE,
    x(DOC.edgeCash, '发放条件', 'edgeCash'),
    x(DOC.dibaoAssets, '财产条件', 'assetScreen'),
    ...APPLY,
    ...CLASS_MATERIALS,
  ],
  shownWhenMet: ['edge-income'],
};
