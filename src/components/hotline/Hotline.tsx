// The hotline workspace: one island. Form left, live result right; every change is evaluated at
// once by the same engine as the resident's questionnaire. Keyboard first: shortcuts on Alt
// (event.code, so they work with Chinese input methods and on any layout), focus kept on the
// field being typed in (rows are keyed, the form is never re-mounted by an update).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readHouseholdFile } from '../../lib/household-file.ts';
import { forgetSavedFile, saveHouseholdFile } from '../../lib/write-household-file.ts';
import { today as todayLocal } from '../../rules/dates.ts';
import { analyse, pathLabel, type FieldIssue } from './analyse.ts';
import { NewCallDialog, RemoveDialog, SettingsDialog } from './Dialogs.tsx';
import { MemberTable } from './MemberTable.tsx';
import { draftFromFile, draftToSession, emptyDraft, emptyMember, fieldId, type Draft, type DraftMember } from './model.ts';
import { Panel, type Shown } from './Panel.tsx';
import type { OutsideDocs } from '../result/ResultView.tsx';
import { AssetsSection, ConductSection, ExpensesSection, FamilySection, Group } from './Sections.tsx';
import { assumptionsOf, loadSettings, saveSettings, type Settings } from './settings.ts';
import { readBack, statusLine, ticketSummary } from './summary.ts';
import { makeT, type Resources } from '../../i18n/runtime.ts';
import { issueMessage, memberLabel } from '../../lib/explain.ts';
import { UpdateNotice } from '../site/UpdateNotice.tsx';

export interface HotlineProps {
  strings: Resources;
  /** the page's language: the translator's plural rules follow it */
  locale: 'zh-CN' | 'en';
  policyBase: string;
  outsideDocs: OutsideDocs;
}

/** sessionStorage: the current caller's answers, so a reload mid-call loses nothing. 新来电 removes it. */
export const SESSION_KEY = 'jzc-hotline-call';
const PRISTINE = draftToSession(emptyDraft());
const TABLE_FIELDS = ['relation', 'age', 'monthlyIncome', 'name'];
const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button, [tabindex="0"]';

export default function Hotline({ strings, locale, policyBase, outsideDocs }: HotlineProps) {
  const t = useMemo(() => makeT(strings, 'hotline', locale), [strings, locale]);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [settings, setSettings] = useState<Settings>({});
  const [call, setCall] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [live, setLive] = useState('');
  const [dialog, setDialog] = useState<'none' | 'newCall' | 'settings' | 'remove'>('none');
  /** the index of the member 删除 asks about (the dialog is modal: no row moves meanwhile) */
  const [removing, setRemoving] = useState<number | null>(null);
  const [settingsSession, setSettingsSession] = useState(0);
  const [importState, setImportState] = useState<{ ok: boolean; message: string; issues: string[] } | null>(null);
  const lastValid = useRef<Shown | null>(null);
  const focusNext = useRef<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const restored = useRef(false);
  const today = todayLocal();

  // After hydration: the device's settings, and the answers of a call in progress (reload).
  useEffect(() => {
    setSettings(loadSettings());
    try {
      const raw = sessionStorage.getItem(SESSION_KEY);
      if (raw) setDraft(draftFromFile(JSON.parse(raw)));
    } catch {
      try {
        sessionStorage.removeItem(SESSION_KEY);
      } catch {
        // storage disabled: nothing to restore or remove
      }
    }
    restored.current = true;
  }, []);

  useEffect(() => {
    if (!restored.current) return;
    try {
      const s = draftToSession(draft);
      if (s === PRISTINE) sessionStorage.removeItem(SESSION_KEY);
      else sessionStorage.setItem(SESSION_KEY, s);
    } catch {
      // storage disabled or full: the call simply is not kept across a reload
    }
  }, [draft]);

  const analysis = useMemo(() => analyse(t, draft, settings), [t, draft, settings]);
  const current = useMemo<Shown | null>(() => (analysis.evaluation ? { file: analysis.built.file, evaluation: analysis.evaluation } : null), [analysis]);
  if (current) lastValid.current = current;
  const shown = current ?? lastValid.current;
  const stale = !current && shown !== null;

  const issues = analysis.issues;
  const issueMap = useMemo(() => new Map(issues.map((i) => [i.path, i])), [issues]);
  const issue = (path: string): FieldIssue | undefined => issueMap.get(path) ?? (path.split('.').length >= 3 ? issues.find((i) => i.path.startsWith(`${path}.`)) : undefined);
  const rowHasIssue = (index: number) => issues.some((i) => i.path.startsWith(`members.${index}.`) && !TABLE_FIELDS.includes(i.path.split('.')[2]));

  const texts = useMemo(() => {
    if (!shown) return { summary: '', readBack: [] as string[] };
    return {
      summary: ticketSummary(t, shown.file, shown.evaluation, { settings, pending: stale ? issues.length : 0 }),
      readBack: readBack(t, shown.file, shown.evaluation),
    };
  }, [t, shown, settings, stale, issues.length]);

  // The live region gets one short line, a moment after typing stops (not on every key).
  const liveText = current ? statusLine(t, current.evaluation) : stale ? t('hotline:live.stale', { n: issues.length }) : '';
  useEffect(() => {
    if (!liveText) return;
    const timer = setTimeout(() => setLive(liveText), 700);
    return () => clearTimeout(timer);
  }, [liveText]);

  // After every render: mark the panel (the bench measures input → this), then move focus if asked.
  useLayoutEffect(() => {
    panelRef.current?.setAttribute('data-updated-at', performance.now().toFixed(2));
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    // an issue path may point inside a field (members.0.student.level): use the nearest element
    for (let id = target; id; id = id.includes('-') ? id.slice(0, id.lastIndexOf('-')) : '') {
      const el = document.getElementById(id);
      if (el) {
        el.focus();
        break;
      }
      if (id === 'hl-f') break;
    }
  });

  // The sticky panel is as tall as the screen, but never reaches below the form's row: near the
  // page's end (footer in view) it shrinks, so its status block stays on screen (CSS alone
  // would push the whole panel up by the footer's height).
  useEffect(() => {
    const panel = panelRef.current;
    const row = panel?.parentElement;
    if (!panel || !row) return;
    let frame = 0;
    const fit = () => {
      frame = 0;
      const h = Math.max(240, Math.min(window.innerHeight, row.getBoundingClientRect().bottom));
      panel.style.setProperty('--hl-panel-max', `${Math.floor(h)}px`);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(fit);
    };
    fit();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // the form's row also moves when an answer opens or closes fields, with no scroll at all
    const grows = new ResizeObserver(schedule);
    grows.observe(row);
    return () => {
      grows.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);

  const update = (fn: (d: Draft) => Draft) => setDraft(fn);
  const changeMember = (key: number, patch: Partial<DraftMember>) => setDraft((d) => ({ ...d, members: d.members.map((m) => (m.key === key ? { ...m, ...patch } : m)) }));

  const actions = {
    newCall() {
      if (dialog !== 'none') return;
      opener.current = document.activeElement as HTMLElement | null;
      setDialog('newCall');
    },
    async copy() {
      if (!shown) return setLive(t('hotline:copy.none'));
      try {
        await navigator.clipboard.writeText(texts.summary);
        setLive(t(stale ? 'hotline:copy.doneStale' : 'hotline:copy.done'));
      } catch {
        // no clipboard permission (or not a secure context): select the text for Ctrl+C
        const area = document.getElementById('hl-summary') as HTMLTextAreaElement | null;
        area?.focus();
        area?.select();
        setLive(t('hotline:copy.fallback'));
      }
    },
    print() {
      if (!current) return setLive(t(shown ? 'hotline:print.stale' : 'hotline:print.none'));
      window.print();
    },
    addMember() {
      if (draft.members.length >= 20) return setLive(t('hotline:members.max'));
      setDraft((d) => ({ ...d, members: [...d.members, emptyMember('')] }));
      focusNext.current = fieldId(`members.${draft.members.length}.relation`);
      setLive(t('hotline:members.added'));
    },
    jump(n: number) {
      const section = document.getElementById(`hl-s${n}`);
      if (!section) return;
      if (n === 6) return section.focus();
      const first = [...section.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => el.offsetParent !== null);
      (first ?? section).focus();
    },
  };
  const actionsRef = useRef(actions);
  actionsRef.current = actions;

  // A layout effect, so the shortcuts work from the first moment the form can be used (a plain
  // effect runs a frame later, and a quick Alt+1 went nowhere).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      if (document.querySelector('dialog[open]')) return;
      const a = actionsRef.current;
      const digit = /^Digit([1-6])$/.exec(e.code);
      if (digit) a.jump(Number(digit[1]));
      else if (e.code === 'KeyN') a.newCall();
      else if (e.code === 'KeyC') void a.copy();
      else if (e.code === 'KeyP') a.print();
      else if (e.code === 'KeyM') a.addMember();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  /** 删除 asks first (RemoveDialog); the outcome, either way, is said in the live region. */
  const askRemove = (index: number) => {
    if (dialog !== 'none') return;
    opener.current = document.activeElement as HTMLElement | null;
    setRemoving(index);
    setDialog('remove');
  };
  const keepMember = () => {
    if (removing !== null) setLive(t('hotline:remove.kept', { who: memberLabel(t, draft.members, removing) }));
    setRemoving(null);
    closeDialog();
  };
  const confirmRemove = () => {
    const index = removing;
    opener.current = null;
    setRemoving(null);
    setDialog('none');
    if (index !== null) removeMember(index);
  };
  const removeMember = (index: number) => {
    const n = draft.members.length;
    setDraft((d) => ({ ...d, members: d.members.length === 1 ? [emptyMember('applicant')] : d.members.filter((_, j) => j !== index) }));
    focusNext.current = fieldId(`members.${Math.max(0, Math.min(index, n - 2))}.relation`);
    setLive(t('hotline:members.removed', { who: memberLabel(t, draft.members, index) }));
  };
  const toggle = (key: number) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const [, rerender] = useState(0);
  const focusField = (path: string) => {
    // a problem inside a collapsed member editor: open it first, then focus after the render
    const m = /^members\.(\d+)\.(\w+)/.exec(path);
    const member = m ? draft.members[Number(m[1])] : undefined;
    if (m && member && !TABLE_FIELDS.includes(m[2]) && !expanded.has(member.key)) toggle(member.key);
    focusNext.current = path === 'members' ? 'hl-add-member' : fieldId(path);
    rerender((n) => n + 1);
  };

  const closeDialog = () => {
    // back to where staff were, once the dialog is closed (nothing outside a modal takes focus)
    const back = opener.current;
    opener.current = null;
    setDialog('none');
    requestAnimationFrame(() => back?.focus());
  };
  const confirmNewCall = () => {
    // forget everything of this caller: state, the last result, storage, the uncontrolled DOM (keyed remount)
    try {
      sessionStorage.removeItem(SESSION_KEY);
    } catch {
      // nothing stored
    }
    forgetSavedFile();
    lastValid.current = null;
    opener.current = null;
    setDialog('none');
    setDraft(emptyDraft());
    setExpanded(new Set());
    setImportState(null);
    setCall((c) => c + 1);
    setLive(t('hotline:newCall.done'));
    focusNext.current = fieldId('members.0.relation');
  };
  const openSettings = () => {
    opener.current = document.activeElement as HTMLElement | null;
    setSettingsSession((s) => s + 1);
    setDialog('settings');
  };
  const saveFigures = (s: Settings) => {
    setSettings(s);
    saveSettings(s);
    closeDialog();
    setLive(t('hotline:settings.saved'));
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const read = readHouseholdFile(text);
    if (!read.ok) {
      setImportState({
        ok: false,
        message: t('hotline:import.failed'),
        issues: read.issues.map((i) => (i.path ? `${t('rules:issue.path', { path: i.path })} ` : '') + issueMessage(t, i.code)),
      });
      return;
    }
    const a = (read.household as { assumptions?: Record<string, unknown> }).assumptions;
    const hadFigures = a !== undefined && Object.values(a).some((v) => v !== null && v !== undefined);
    setDraft(draftFromFile(read.household));
    setExpanded(new Set());
    setImportState({ ok: true, message: t('hotline:import.done', { n: read.household.members.length }) + (hadFigures ? t('hotline:import.figuresIgnored') : ''), issues: [] });
  };
  const exportFile = () => {
    if (!current) return setLive(t('hotline:export.invalid'));
    const a = assumptionsOf(settings);
    const assumptions = Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null));
    saveHouseholdFile(Object.keys(assumptions).length ? { ...current.file, assumptions } : current.file, `household-${current.evaluation.result.asOf}.json`);
    setLive(t('hotline:export.done'));
  };

  const problems = stale ? issues.map((i) => ({ path: i.path, where: pathLabel(t, analysis.built.file, i.path), issue: i })) : [];
  const sectionProps = { t, draft, issue, update };

  return (
    <div class="hotline">
      <UpdateNotice text={t('common:offline.update')} action={t('common:offline.reload')} />
      <div class="hl-toolbar">
        <button type="button" onClick={() => actions.newCall()}>
          {t('hotline:action.newCall')} <kbd>Alt+N</kbd>
        </button>
        <button type="button" onClick={() => void actions.copy()}>
          {t('hotline:action.copy')} <kbd>Alt+C</kbd>
        </button>
        <button type="button" onClick={() => actions.print()}>
          {t('hotline:action.print')} <kbd>Alt+P</kbd>
        </button>
        <button type="button" onClick={exportFile}>
          {t('hotline:action.export')}
        </button>
        <span class="hl-import" key={call}>
          <label for="hl-import">{t('hotline:action.import')}</label>
          <input id="hl-import" type="file" accept=".json,application/json" onChange={onImport} />
        </span>
      </div>
      {importState && (
        <div class={importState.ok ? 'hl-import-ok' : 'hl-import-issues'} role={importState.ok ? 'status' : 'alert'}>
          <p>{importState.message}</p>
          {importState.issues.length > 0 && (
            <ul>
              {importState.issues.map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div class="hl-layout">
        <form class="hl-form" key={call} onSubmit={(e) => e.preventDefault()} novalidate aria-label={t('hotline:form.label')}>
          <Group t={t} n={1} title={t('hotline:section.members')} script={[t('hotline:script.members'), t('hotline:script.disability')]}>
            <MemberTable t={t} members={draft.members} rural={draft.area === 'rural'} issue={issue} rowHasIssue={rowHasIssue} expanded={expanded} onToggle={toggle} onChange={changeMember} onRemove={askRemove} onAdd={() => actions.addMember()} />
          </Group>
          <FamilySection {...sectionProps} />
          <AssetsSection {...sectionProps} />
          <ExpensesSection {...sectionProps} />
          <ConductSection {...sectionProps} />
        </form>
        <Panel
          t={t}
          panelRef={panelRef}
          call={call}
          shown={shown}
          stale={stale}
          problems={problems}
          onFocusField={focusField}
          live={live}
          settings={settings}
          onOpenSettings={openSettings}
          onCopy={() => void actions.copy()}
          readBack={texts.readBack}
          summary={texts.summary}
          today={today}
          policyBase={policyBase}
          outsideDocs={outsideDocs}
        />
      </div>

      <RemoveDialog t={t} who={removing === null ? '' : memberLabel(t, draft.members, removing)} open={dialog === 'remove'} onConfirm={confirmRemove} onClose={keepMember} />
      <NewCallDialog t={t} open={dialog === 'newCall'} onConfirm={confirmNewCall} onClose={closeDialog} />
      <SettingsDialog key={settingsSession} t={t} open={dialog === 'settings'} settings={settings} today={today} onSave={saveFigures} onClose={closeDialog} />
    </div>
  );
}
