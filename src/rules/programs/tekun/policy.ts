// 特困's policy page: the figures it uses, the articles it quotes, the steps its examples show.
import { DOC } from '../../docs.ts';
import { APPLY, MOVE_TO_RIGID_TEXT, ASSET_SCREEN, x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'tekun',
  // its standards (6号) and work-capacity rule (民发〔2021〕43号 第六条), S for 无生活来源, the asset screen,
  // and the age below which a member whose parents are both unavailable is on the 孤儿 route instead
  params: [{ group: 'tekun' }, { group: 'dibao', only: ['standard'] }, { group: 'assetScreen' }, { group: 'orphan', only: ['minorAge'] }],
  extras: [
    MOVE_TO_RIGID_TEXT,
    x(DOC.tekunNational, '第六条', 'tekunWork'),
    x(DOC.plan14, '特困人员救助供养', 'tekunConditions'),
    x(DOC.standards, '正文', 'tekunStandard'),
    ...ASSET_SCREEN,
    ...APPLY,
  ],
  // the condition that tells its people apart (age or disability): its three steps per member
  // would bury the answer
  shownWhenMet: ['tekun-no-work-capacity'],
};
