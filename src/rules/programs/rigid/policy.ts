// 刚性支出困难家庭's policy page: the figures it uses, the articles it quotes, the steps its examples show.
import { DOC } from '../../docs.ts';
import { APPLY, x, type ProgramPolicy } from '../policy-common.ts';

export const policy: ProgramPolicy = {
  id: 'rigid',
  // its own group (5号 第五条–第七条, 第二十二条) and S, which caps living expenses (第六条(一))
  params: [{ group: 'rigid' }, { group: 'dibao', only: ['standard'] }],
  extras: [
    x(DOC.rigid, '第四条', 'rigidIncome'),
    ...['第五条(一)', '第五条(二)', '第五条(三)', '第五条(四)', '第五条(五)'].map((a) => x(DOC.rigid, a, 'rigidCondition')),
    ...['第六条(一)', '第六条(二)', '第六条(三)', '第六条(四)', '第六条(五)', '第六条(六)', '第六条第三款'].map((a) => x(DOC.rigid, a, 'rigidExpenses')),
    x(DOC.rigid, '第七条', 'rigidConduct'),
    ...APPLY,
    x(DOC.rigid, '第九条(三)', 'materials'),
    ...['第十条', '第十一条', '第十三条', '第十四条', '第十六条'].map((a) => x(DOC.rigid, a, 'procedure')),
    x(DOC.rigid, '第十七条', 'procedure'),
    x(DOC.rigid, '第十八条', 'rigidMoveIn'),
    x(DOC.rigid, '第二十二条', 'validity'),
    x(DOC.medical, '第三十五条', 'rigidMedical'),
  ],
  shownWhenMet: ['rigid-income', 'rigid-expense-share'],
};
