// The resident's questionnaire, its check-answers page and the result: one Preact island.
// Answers stay in this tab (sessionStorage, one key); the address bar never changes and the
// history state holds only a step id, so the back button goes back one question.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index.ts';
import { makeT, type T } from '../../i18n/runtime.ts';
import { lawValues, summaryLines } from '../../lib/explain.ts';
import { forgetSavedFile } from '../../lib/write-household-file.ts';
import { today as todayLocal } from '../../rules/dates.ts';
import type { HouseholdInput } from '../../rules/index.ts';
import { clearAll, emptyAnswers, FIRST_STEP as FIRST, fromHousehold, load, save, type Answers, type Saved, type Value } from './answers.ts';
import { CheckAnswers } from './CheckAnswers.tsx';
import { run } from './engine.ts';
import { FilePanel } from './FilePanel.tsx';
import { MembersHub } from './MembersHub.tsx';
import { partOf, PARTS, screenOf, setValue, valueOf, walk, type AskedQuestion } from './questions.ts';
import { ReadAloud } from './ReadAloud.tsx';
import type { ResultPage as ResultPageComponent } from './ResultPage.tsx';
import { GROUP_FACTS, GROUPS, type Fact } from '../../rules/facts.ts';
import type { OutsideDocs } from '../result/ResultView.tsx';
import { StepForm } from './StepForm.tsx';
import { hintText, optionText, questionText, unsureLines, whoLabel } from './words.ts';
import { UpdateNotice } from '../site/UpdateNotice.tsx';

/**
 * The result page (result view, checklist, file panel) is its own chunk, fetched once the
 * check-answers page or the result is reached: the questions load without it (budget: the
 * questionnaire's JavaScript at load, scripts/check-budget.ts).
 */
let resultChunk: Promise<typeof ResultPageComponent> | null = null;
const loadResultPage = () => (resultChunk ??= import('./ResultPage.tsx').then((m) => m.ResultPage));

export interface CheckAppProps {
  locale: Locale;
  /** { common, rules, check } of the page's locale, passed by the Astro page */
  resources: Record<string, Record<string, string>>;
  /** ids of documents outside the policy texts (computed at build time from SOURCES) */
  outsideDocs: OutsideDocs;
  /** '/policy/' or '/en/policy/' */
  policyBase: string;
}

interface HistoryState {
  step: string;
  depth: number;
}

const historyDepth = () => {
  const s = (typeof history !== 'undefined' ? history.state : null) as HistoryState | null;
  return s && typeof s.depth === 'number' ? s.depth : 0;
};

export default function CheckApp({ locale, resources, outsideDocs, policyBase }: CheckAppProps) {
  const t = useMemo(() => makeT(resources, 'common', locale) as T, [resources, locale]);
  const [nav, setNav] = useState<Saved>({ answers: emptyAnswers(), step: FIRST });
  const [loaded, setLoaded] = useState(false);
  const [message, setMessage] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // Restore this tab's answers and listen to the back button.
  useEffect(() => {
    const saved = load();
    const step = saved?.step ?? FIRST;
    if (saved) setNav(saved);
    history.replaceState({ step, depth: historyDepth() } satisfies HistoryState, '');
    setLoaded(true);
    const onPop = (ev: PopStateEvent) => {
      const s = (ev.state as HistoryState | null)?.step;
      if (typeof s !== 'string') return;
      moved.current = true;
      setNav((n) => ({ answers: n.answers, step: s }));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (loaded) save(nav);
  }, [nav, loaded]);

  // Until the saved state is read, keep what early-restore.ts set before the first paint.
  useEffect(() => {
    if (loaded) document.documentElement.removeAttribute('data-restoring');
  }, [loaded]);

  const w = useMemo(() => walk(nav.answers), [nav.answers]);
  const [ResultPage, setResultPage] = useState<typeof ResultPageComponent | null>(null);
  const gap = w.steps.find((s) => !s.answered && !s.optional);

  // Where we are: a step of the walk, the check-answers page or the result. A step that no longer
  // exists (a member was removed) or a summary reached with questions still open falls back to the
  // first open question.
  // A question asked on another's screen (the name beside the age) is shown on that screen: a
  // step id (the target of go(), a 修改 on the check page, the history's) leads to that screen.
  let stepId = screenOf(w.steps, nav.step);
  const isSummary = stepId === 'check' || stepId === 'result';
  if (isSummary && gap) stepId = screenOf(w.steps, gap.id);
  const current = w.steps.find((s) => s.id === stepId);
  if (!current && !(stepId === 'check' || stepId === 'result')) stepId = gap ? screenOf(w.steps, gap.id) : 'check';
  const step = w.steps.find((s) => s.id === stepId);

  useEffect(() => {
    if (isSummary && !ResultPage) void loadResultPage().then((c) => setResultPage(() => c));
  }, [isSummary]);

  useEffect(() => {
    if (!loaded || stepId === nav.step) return;
    setNav((n) => ({ ...n, step: stepId, returnTo: isSummary ? 'check' : n.returnTo }));
    history.replaceState({ step: stepId, depth: historyDepth() } satisfies HistoryState, '');
  }, [stepId, nav.step, loaded]);

  // After moving, the new question's heading takes focus (as a new page would for a screen reader);
  // a layout effect, so that focus is there before anything else can be typed.
  useLayoutEffect(() => {
    const h1 = headingRef.current;
    if (h1) document.title = `${h1.textContent ?? ''} – ${t('common:site.name')}`;
    // (the result's heading exists only once its chunk is here)
    if (!moved.current || !h1) return;
    moved.current = false;
    window.scrollTo(0, 0);
    h1.focus();
  }, [stepId, ResultPage]);

  useEffect(() => {
    if (confirmClear) confirmRef.current?.focus();
  }, [confirmClear]);

  function go(target: string, returnTo?: Saved['returnTo'], replace = false) {
    moved.current = true;
    setMessage('');
    setNav((n) => ({ answers: n.answers, step: target, ...(returnTo ? { returnTo } : {}) }));
    const state: HistoryState = { step: target, depth: historyDepth() + (replace ? 0 : 1) };
    if (replace) history.replaceState(state, '');
    else history.pushState(state, '');
  }

  function setAnswers(answers: Answers) {
    setNav((n) => ({ ...n, answers }));
  }

  /** The screen's answers: its own question's, then those asked beside it (`on`). */
  function answer(s: AskedQuestion, parts: AskedQuestion[], values: Value[]) {
    const answers = [s, ...parts].reduce((a, x, k) => setValue(a, x, values[k]), nav.answers);
    const next = walk(answers);
    // the next screen: questions shown on another's screen are passed (they were on this one)
    const after = next.steps.slice(next.steps.findIndex((x) => x.id === s.id) + 1).filter((x) => x.screen !== s.id);
    let ret = nav.returnTo;
    let target: string;
    if (ret === 'check') {
      target = after.find((x) => !x.answered && !x.optional)?.id ?? 'check';
    } else if ((ret === 'members' || ret === 'members-check') && s.section === 'members' && s.member !== undefined) {
      // changing one member from the list: that member's questions, then the list again
      const more = after.find((x) => x.member === s.member && x.section === 'members');
      target = more?.id ?? 'members';
      if (!more) ret = ret === 'members-check' ? 'check' : undefined;
    } else {
      // a relation chosen with the list's button (加孩子) is not asked again
      target = after.find((x) => !(x.key === 'relation' && x.answered))?.id ?? 'check';
    }
    setAnswers(answers);
    go(target, ret);
  }

  const memberReturn = (): Saved['returnTo'] => (nav.returnTo === 'check' || nav.returnTo === 'members-check' ? 'members-check' : 'members');

  /** One more row on the list, with its relation if the button named one; its questions come after 继续. */
  function addMember(relation?: string) {
    setAnswers({ ...nav.answers, members: [...nav.answers.members, relation ? { relation } : {}] });
    setMessage(t('check:members.added'));
  }

  function removeMember(i: number) {
    const who = whoLabel(t, nav.answers, i);
    setAnswers({ ...nav.answers, members: nav.answers.members.filter((_, k) => k !== i) });
    setMessage(t('check:members.removed', { who }));
  }

  function membersDone() {
    // someone on the list not filled in yet: their questions first, then the list again
    const open = w.steps.find((x) => x.section === 'members' && x.member !== undefined && !x.answered && !x.optional);
    if (open) {
      go(open.id, nav.returnTo);
      return;
    }
    const answers = setValue(nav.answers, { key: 'membersDone' }, 'yes');
    const next = walk(answers);
    const after = next.steps.slice(next.steps.findIndex((x) => x.id === 'members') + 1);
    setAnswers(answers);
    if (nav.returnTo === 'check') go(after.find((x) => !x.answered && !x.optional)?.id ?? 'check', 'check');
    else go(after[0]?.id ?? 'check');
  }

  function back() {
    if (historyDepth() > 0) {
      history.back();
      return;
    }
    const i = w.steps.findIndex((s) => s.id === stepId);
    const prev = stepId === 'result' ? 'check' : stepId === 'check' ? w.steps[w.steps.length - 1]?.id : w.steps[i - 1]?.id;
    if (prev) go(prev, undefined, true);
  }

  function importHousehold(h: HouseholdInput) {
    setAnswers(fromHousehold(h));
    go('check');
    setMessage(t('check:file.imported'));
  }

  function clearEverything() {
    clearAll();
    forgetSavedFile();
    setConfirmClear(false);
    moved.current = true;
    setNav({ answers: emptyAnswers(), step: FIRST });
    history.replaceState({ step: FIRST, depth: 0 } satisfies HistoryState, '');
    setMessage(t('common:clear.done'));
  }

  const today = nav.answers.kept?.asOf ?? todayLocal();
  const household = w.household;
  const evaluation = stepId === 'result' ? run(household) : null;

  function speechText(): string {
    const pause = t('check:speech.pause');
    if (stepId === 'result' && evaluation) return summaryLines(t, household, evaluation).join(pause);
    const h1 = headingRef.current?.textContent ?? '';
    const hint = document.querySelector('.check-main .hint')?.textContent ?? '';
    return [h1, hint].filter(Boolean).join(pause);
  }

  let main;
  if (stepId === 'check') {
    main = <CheckAnswers t={t} answers={nav.answers} walk={w} headingRef={headingRef} onChange={(id) => go(id, 'check')} onSubmit={() => go('result')} />;
  } else if (stepId === 'result') {
    main = !ResultPage ? (
      <p class="loading" role="status">
        {t('check:result.loading')}
      </p>
    ) : evaluation ? (
      <ResultPage
        t={t}
        household={household}
        evaluation={evaluation}
        unsure={unsureLines(t, nav.answers, w.steps, (s) => valueOf(nav.answers, s), lawValues(evaluation.result))}
        notAsked={GROUPS.filter((g) => !Object.entries(GROUP_FACTS[g]).some(([name, fact]) => w.steps.some((s) => s.key === ((fact as Fact).ask ?? name))))}
        policyBase={policyBase}
        outsideDocs={outsideDocs}
        today={today}
        headingRef={headingRef}
        onEdit={() => go('check')}
        onImport={importHousehold}
      />
    ) : (
      <p>{t('check:result.failed')}</p>
    );
  } else if (step?.field.kind === 'members') {
    main = (
      <MembersHub
        t={t}
        answers={nav.answers}
        walk={w}
        who={(i) => whoLabel(t, nav.answers, i)}
        headingRef={headingRef}
        onAdd={addMember}
        onChange={(i) => go(`m${i}.${i === 0 ? 'age' : 'relation'}`, memberReturn())}
        onRemove={removeMember}
        onContinue={membersDone}
      />
    );
  } else if (step) {
    const parts = w.steps.filter((s) => s.screen === step.id);
    main = (
      <StepForm
        key={step.id}
        t={t}
        step={step}
        value={valueOf(nav.answers, step)}
        title={questionText(t, nav.answers, step)}
        hint={hintText(t, nav.answers, step)}
        more={parts.map((p) => ({ step: p, value: valueOf(nav.answers, p), title: questionText(t, nav.answers, p) }))}
        optionLabel={(o) => optionText(t, nav.answers, step, o)}
        asOf={today}
        monetary={typeof household.assets?.monetary === 'string' ? household.assets.monetary : undefined}
        headingRef={headingRef}
        onSubmit={(values) => answer(step, parts, values)}
      />
    );
  }
  // the part of the questionnaire (a fixed list of five), not a count of steps that changes with the answers
  const part = step ? partOf(step.section) : undefined;

  return (
    <div class="check-app">
      <UpdateNotice text={t('common:offline.update')} action={t('common:offline.reload')} />
      {/* one slim bar: back on the left, reading aloud and clearing on the right (长辈模式 is in the site header) */}
      <div class="check-tools no-print">
        {stepId !== FIRST && (
          <button type="button" class="button link back-link" onClick={back}>
            {t('common:back')}
          </button>
        )}
        <span class="tool-buttons">
          <ReadAloud key={stepId} t={t} locale={locale} text={speechText} />
          <button type="button" class="button tool" onClick={() => setConfirmClear(true)}>
            {t('common:clear')}
          </button>
        </span>
      </div>
      {confirmClear && (
        <div class="confirm no-print" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="clear-q">
          <p id="clear-q">{t('common:clear.confirm')}</p>
          <p class="hint">{t('check:clear.what')}</p>
          <button type="button" class="button warning" onClick={clearEverything}>
            {t('check:clear.yes')}
          </button>
          <button type="button" class="button secondary" onClick={() => setConfirmClear(false)}>
            {t('common:cancel')}
          </button>
        </div>
      )}
      <p class="message no-print" role="status">
        {message}
      </p>
      {part && (
        <p class="progress no-print">
          {t('check:progress', { n: PARTS.indexOf(part) + 1, total: PARTS.length })}
          <span class="section-name">{t(`check:part.${part}`)}</span>
        </p>
      )}
      {stepId === 'check' && <p class="progress no-print">{t('check:progress.check')}</p>}
      <div class="check-main">{main}</div>
      {(stepId === FIRST || stepId === 'check') && <FilePanel t={t} household={stepId === 'check' ? household : null} onImport={importHousehold} />}
    </div>
  );
}
