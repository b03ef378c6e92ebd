// What a programme's policy page (/policy/<id>/) shows beyond its rules, declared in its folder
// (programs/<id>/policy.ts), and the citations several pages share. Build time only: the policy
// pages import it (src/lib/policy-pages.ts); the islands never do, so their JavaScript does not
// carry it.
import { DOC } from '../docs.ts';
import type { Parameters } from '../params.ts';
import type { Program } from '../registry.ts';
import type { Result } from '../result.ts';
import type { Citation } from '../types.ts';

/** An article with what it is used for on that page (`policy:role.<role>`). */
export interface Extra extends Citation {
  role: string;
}

export const x = (doc: string, article: string, role: string): Extra => ({ doc, article, role });

export interface ProgramPolicy {
  id: Program;
  /**
   * The parameter groups the programme's rules read (its rules.ts), listed under "用到的数字":
   * its own group, the 低保标准 every line is measured against, the deduction, the asset screen.
   * `only` keeps some parameters of a group.
   */
  params: readonly { group: keyof Parameters; only?: readonly string[] }[];
  /**
   * Articles the engine's steps, the materials and the result page cite for the programme that are
   * not already a parameter's citation.
   */
  extras: readonly Extra[];
  /**
   * The steps a worked example shows when they are met: those that measure the household against
   * a line. Which steps to show is a choice of wording only: the standing and figures are the engine's.
   */
  shownWhenMet: readonly string[];
}

/** 低保, 边缘, 单人保 and 特困 screen assets against limits reported by secondary sources (contract §4.4). */
export const ASSET_SCREEN: readonly Extra[] = [x(DOC.dibaoAssets, '财产条件', 'assetScreen')];

/**
 * What 低保, 边缘 and 单人保 take from 刚性支出's text (contract §4.2, §4.5): members supported on
 * their own leave the family unit (5号 第五条(一)), and the conduct flags are checked by analogy (第七条).
 */
export const FAMILY_UNIT: readonly Extra[] = [x(DOC.rigid, '第五条(一)', 'individuallySupported'), x(DOC.rigid, '第七条', 'conductAnalogy')];

/** The deduction of 津民规〔2025〕7号 二(一), shared by 低保 and 边缘. */
export const DEDUCTION_RULE: readonly Extra[] = [x(DOC.classification, '二(一)', 'deduction'), x(DOC.classification, '二(一)末段', 'deductionChoice')];

/** Materials: 5号 第八条/第九条 for every application (contract §5.1). */
export const APPLY: readonly Extra[] = [x(DOC.rigid, '第八条', 'apply'), x(DOC.rigid, '第九条', 'materials')];

/** 5号 第十八条: refused 低保, 特困 or 边缘, a family moves into 刚性支出 without new papers. */
export const MOVE_TO_RIGID_TEXT: Extra = x(DOC.rigid, '第十八条', 'rigidMoveIn');

/** 7号 三: the extra materials for 低保 and 边缘. */
export const CLASS_MATERIALS: readonly Extra[] = ['三(一)', '三(二)', '三(三)', '三(四)', '三(五)'].map((a) => x(DOC.classification, a, 'materialsExtra'));
