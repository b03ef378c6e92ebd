// 医疗救助's policy page: the articles it quotes and the steps its examples show.
import { DOC } from '../../docs.ts';
import { x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'medical',
  // no amount of its own: who is a recipient (津政办规〔2026〕2号 第七条, 第三十五条) follows the other
  // programmes; its dates in force; before them, the 2021 plan's row says who
  params: [{ group: 'medical' }],
  extras: [
    x(DOC.medical, '第七条', 'medicalRecipients'),
    x(DOC.medical, '第七条(四)', 'medicalOrphan'),
    x(DOC.medical, '第三十五条', 'medicalRigid'),
    x(DOC.medical, '第十二条', 'medicalFrom'),
    x(DOC.medical, '第三十七条', 'validity'),
    x(DOC.plan14, '医疗救助', 'medicalBefore'),
  ],
  shownWhenMet: ['medical-recipient-group'],
};
