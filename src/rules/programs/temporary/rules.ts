// 临时救助 (contract §4.13; 001 row 临时救助; 津民发〔2022〕14号 二、5): a pointer, never a standing
// of its own — granted case by case by the 乡镇(街道), within the 2021 plan's ceilings.
import { DOC } from '../../docs.ts';
import { formatMoney, money } from '../../money.ts';
import { defineProgram } from '../../program.ts';
import { cite, step } from '../../steps.ts';
import type { Hint, Reason, Status } from '../../types.ts';

export interface TemporaryResult {
  status: Status;
  ceilings: { basicLivingPerPerson: string; medicalPerPerson: string; expenseTypeMonths: number };
  reasons: Reason[];
}

export const temporary = defineProgram({
  id: 'temporary',
  needs: ['rigid'],
  steps: { 'temporary-discretionary': ['unknown', 'not-met'] },
  hints: [],
  arith: [],

  evaluate({ ctx, deps }): { result: TemporaryResult; hints: Hint[] } {
    const t = ctx.params.temporary;
    const rigid = deps.rigid;
    // 004 二、5: "因家庭刚性支出较大导致的临时性基本生活困难" — the named causes reach 60 %
    const rigidCause = rigid.reasons.some((r) => r.code === 'rigid-expense-share' && r.outcome === 'met');
    const accident = money(ctx.h.rigidExpenses.disasterAccident).gt(0);
    const pointer = rigid.status !== 'unlikely' || accident || rigidCause;
    const reasons = [
      step('temporary-discretionary', pointer ? 'unknown' : 'not-met', pointer && !accident && rigidCause ? cite(t.rigidCause) : { doc: DOC.plan14, article: '临时救助' }, {
        rigid: rigid.status,
        disasterAccident: String(accident),
      }),
    ];
    return {
      result: {
        status: pointer ? 'review' : 'unlikely',
        ceilings: {
          basicLivingPerPerson: formatMoney(ctx.S.times(t.basicLivingMonths.value)),
          medicalPerPerson: formatMoney(money(t.medicalPerPerson.value)),
          expenseTypeMonths: t.expenseTypeMonths.value,
        },
        reasons,
      },
      hints: [],
    };
  },

  amount: () => null,
  arithmetic: () => [],
  materials: () => [],
});
