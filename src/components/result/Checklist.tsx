// The materials checklist, to take to the counter: lines to fill in (the applicant, the date, the
// office) with where to apply and the numbers to call; then the papers person by person — each
// person's 户口簿/身份证 (the engine lists it once for the whole family) and the papers the engine
// or the suggestions name them for — then the family's own papers, then what happens after
// handing them in. A required paper keeps its basis (the cited article, or listed by analogy with
// another programme's); a suggested one says the texts do not require it. Prints on A4 (result.css).
import type { Evaluation, HouseholdInput } from '../../rules/index.ts';
import { afterApplying, lawValues, memberLabel, WHERE_TO_APPLY } from '../../lib/explain.ts';
import { HOTLINES } from '../../lib/hotlines.ts';
import type { T } from '../../i18n/runtime.ts';
import { suggestedMaterials } from '../../lib/suggested.ts';
import './result.css';

export interface ChecklistProps {
  t: T;
  household: HouseholdInput;
  evaluation: Evaluation;
  /** the printed date, YYYY-MM-DD */
  today: string;
  /** the heading in place of 申请材料清单 (the caseload prints one checklist per family, under its label) */
  title?: string;
  /** the heading's id, unique when several checklists share a page */
  headingId?: string;
  /** name the members by their relation only, never by the names typed */
  hideNames?: boolean;
}

/** A paper: what (`kind` material or suggested), for whom (`member`) and on what basis. */
interface Paper {
  kind: 'material' | 'suggested';
  id: string;
  member?: number;
  basis?: string;
}

export function Checklist({ t, household, evaluation, today, title, headingId: h = 'checklist-h', hideNames }: ChecklistProps) {
  const r = evaluation.result;
  const law = lawValues(r);
  const members = hideNames ? household.members.map(({ name: _name, ...m }) => m) : household.members;
  const cite = (c: { doc: string; article: string }) => t('rules:cite.label', c);
  const papers: Paper[] = [
    ...r.materials.map((m) => ({ kind: 'material' as const, id: m.id, member: m.member, basis: t(`rules:checklist.basis.${m.basis}`, { cite: `${m.citation.doc} ${m.citation.article}` }) })),
    ...suggestedMaterials(household, r).map((m) => ({ kind: 'suggested' as const, ...m })),
  ];
  // the engine lists 户口簿和身份证 once for the family: each person brings their own
  const hukou = papers.find((p) => p.id === 'hukou-id');
  const groups = [
    ...members.map((_, i) => ({ heading: memberLabel(t, members, i), items: [...(hukou ? [{ ...hukou, member: i }] : []), ...papers.filter((p) => p.member === i)] })),
    { heading: t('rules:checklist.family'), items: papers.filter((p) => p.member === undefined && p !== hukou) },
  ];
  // where to apply (5号 第八条) beside the office line; after the papers, what happens next for
  // each programme the family may get, from its own text only (explain.ts afterApplying)
  const after = afterApplying(r);
  return (
    <section class="checklist" aria-labelledby={h}>
      <h2 id={h} class="checklist-title">
        {title ?? t('rules:checklist.title')}
      </h2>
      <p class="print-meta">
        {t('rules:checklist.date', { date: today })} · {t('rules:checklist.rules', { version: r.rulesVersion })} · {t('rules:checklist.forFamily', { n: r.household.size })}
      </p>
      {r.materials.length === 0 ? (
        <p>{t('rules:checklist.none')}</p>
      ) : (
        <>
          <div class="checklist-group checklist-fill">
            <h3>{t('rules:checklist.fill.title')}</h3>
            {(['name', 'date', 'office'] as const).map((line) => (
              <p key={line} class="fill-line">
                {t(`rules:checklist.fill.${line}`)}
                <span class="blank" />
              </p>
            ))}
            {WHERE_TO_APPLY && (
              <p>
                {t(`rules:result.apply.${WHERE_TO_APPLY.code}`, law)} <span class="basis">{cite(WHERE_TO_APPLY.citation)}</span>
              </p>
            )}
            <p>{t('rules:checklist.phones', { list: HOTLINES.map((x) => t(`rules:checklist.tel.${x.tel}`, { tel: x.tel })).join(t('rules:list.sep')) })}</p>
          </div>
          {groups.map(
            (g, i) =>
              g.items.length > 0 && (
                <div key={i} class="checklist-group">
                  <h3>{g.heading}</h3>
                  <ul class="materials">
                    {g.items.map((p) => (
                      <li key={`${p.id}-${p.member}`} class={p.kind}>
                        {/* the box inside its label: no ids, so the caseload can print many checklists on one page */}
                        <label>
                          <input type="checkbox" />
                          <span>
                            <strong>{t(`rules:${p.kind}.${p.id}`, law)}</strong>
                            <span class="what">{t(`rules:${p.kind}.${p.id}.what`, law)}</span>
                            {/* `text`: the cited article requires it; `analogy`: another programme's article (contract §5.1) */}
                            {p.basis && <span class="basis">{p.basis}</span>}
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </div>
              ),
          )}
          <div class="checklist-group">
            <h3>{t('rules:checklist.next.title')}</h3>
            {after.map(({ program, lines, noTime }) => (
              <div key={program} class="checklist-next">
                <p class="checklist-next-program">{t(`rules:program.${program}.short`)}</p>
                {lines.map(({ code, citation }) => (
                  <p key={code}>
                    {t(`rules:result.apply.${code}`, law)} <span class="basis">{cite(citation)}</span>
                  </p>
                ))}
                {noTime && <p>{t('rules:result.apply.noTime', { program: t(`rules:program.${program}.short`) })}</p>}
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
