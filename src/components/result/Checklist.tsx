// The materials checklist: the engine's materials per named member, each with what it is and its
// basis (required by the cited article, or listed by analogy with another programme's), then suggestions the cited texts do not require, clearly apart. Prints on A4 (result.css).
import type { Evaluation, HouseholdInput, Material } from '../../rules/index.ts';
import { lawValues, materialLabel, type LawValues } from '../../lib/explain.ts';
import type { T } from '../../i18n/runtime.ts';
import { suggestedMaterials } from '../../lib/suggested.ts';
import './result.css';


export interface ChecklistProps {
  t: T;
  household: HouseholdInput;
  evaluation: Evaluation;
  /** the printed date, YYYY-MM-DD */
  today: string;
}

/**
 * A material's name; when it names a member by name ("诊断证明（外婆）"), the anonymous form
 * ("诊断证明（成员2）") is rendered beside it so result.css can print it instead (打印时不显示个人数字).
 */
function MaterialName({ t, household, anonymous, material, law }: { t: T; household: HouseholdInput; anonymous: HouseholdInput; material: Material; law: LawValues }) {
  const named = materialLabel(t, household, material, law);
  const plain = materialLabel(t, anonymous, material, law);
  if (named === plain) return <>{named}</>;
  return (
    <>
      <span class="personal">{named}</span>
      {/* hidden everywhere unless result.css reveals it in print under .hide-personal */}
      <span class="anonymous" hidden>
        {plain}
      </span>
    </>
  );
}

export function Checklist({ t, household, evaluation, today }: ChecklistProps) {
  const r = evaluation.result;
  const anonymous: HouseholdInput = { ...household, members: household.members.map(({ name: _name, ...m }) => m) };
  const suggested = suggestedMaterials(household, r);
  const law = lawValues(r);
  return (
    <section class="checklist" aria-labelledby="checklist-h">
      <h2 id="checklist-h" class="checklist-title">{t('rules:checklist.title')}</h2>
      <p class="print-meta">
        {t('rules:checklist.date', { date: today })} · {t('rules:checklist.rules', { version: r.rulesVersion })}
        <span class="personal"> · {t('rules:checklist.forFamily', { n: r.household.size })}</span>
      </p>
      {r.materials.length === 0 ? (
        <p>{t('rules:checklist.none')}</p>
      ) : (
        <>
          <h3 class="checklist-group">{t('rules:checklist.required')}</h3>
          <ul class="materials">
            {r.materials.map((m) => {
              const id = `mat-${m.id}-${m.member ?? 'h'}`;
              return (
                <li key={id}>
                  <input type="checkbox" id={id} />
                  <label for={id}>
                    <strong>
                      <MaterialName t={t} household={household} anonymous={anonymous} material={m} law={law} />
                    </strong>
                    <span class="what">{t(`rules:material.${m.id}.what`, law)}</span>
                    {/* `text`: the cited article requires it; `analogy`: another programme's article (contract §5.1) */}
                    <span class="basis">{t(`rules:checklist.basis.${m.basis}`, { cite: `${m.citation.doc} ${m.citation.article}` })}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {suggested.length > 0 && (
        <>
          <h3 class="checklist-group">{t('rules:checklist.suggested')}</h3>
          <ul class="materials suggested">
            {suggested.map((id) => (
              <li key={id}>
                <input type="checkbox" id={`sug-${id}`} />
                <label for={`sug-${id}`}>
                  <strong>{t(`rules:suggested.${id}`)}</strong>
                  <span class="what">{t(`rules:suggested.${id}.what`)}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
