// 单人保's policy page: the figures it uses, the articles it quotes, the steps its examples show.
import { DOC } from '../../docs.ts';
import { APPLY, ASSET_SCREEN, FAMILY_UNIT, x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'singlePersonDibao',
  // its own rules (001 row, draft 003 item 4, 7号 二(一) 末段), S and the low-income band it is measured
  // against, 重度 (the plan's 残疾人 table), the supplements a candidate keeps, the asset screen
  params: [
    { group: 'singlePerson' },
    { group: 'dibao', only: ['standard'] },
    { group: 'edge', only: ['multiple'] },
    { group: 'disability', only: ['severeGrade'] },
    { group: 'supplement' },
    { group: 'assetScreen' },
  ],
  extras: [
    x(DOC.plan14, '无业重度残疾人最低生活保障', 'singlePerson'),
    x(DOC.draftMeasures, '4', 'singlePersonChoice'),
    x(DOC.classification, '二(一)末段', 'singlePersonNoDeduction'),
    x(DOC.classification, '二(二)', 'supplements'),
    // a supplement leans on 7号, valid five years (contract §4.14); 单人保 itself has no deduction
    x(DOC.classification, '四(四)', 'validity'),
    ...ASSET_SCREEN,
    ...FAMILY_UNIT,
    x(DOC.medical, '第七条', 'medicalRecipients'),
    ...APPLY,
    x(DOC.classification, '三(一)', 'materialsExtra'),
    x(DOC.classification, '三(二)', 'materialsExtra'),
  ],
  shownWhenMet: ['single-basis', 'single-family-band'],
};
