// 临时救助's policy page: the 2021 plan's ceilings, the articles it quotes. A pointer, never a standing.
import { DOC } from '../../docs.ts';
import { x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'temporary',
  // the ceilings (001 row 临时救助, in months of S and yuan) and S they are measured in (contract §4.13)
  params: [{ group: 'temporary' }, { group: 'dibao', only: ['standard'] }],
  extras: [x(DOC.plan14, '临时救助', 'temporary'), x(DOC.subsistence2022, '二、5', 'temporaryRigid')],
  // no condition to meet: granted case by case by the 乡镇(街道)
  shownWhenMet: [],
};
