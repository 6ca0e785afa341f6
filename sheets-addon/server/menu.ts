/**
 * The add-on menu (Extensions › RB Matrix) and what its items do. Each item runs the same action as
 * the panel and answers in a dialog; a problem is shown as its sentence, never as a stack trace.
 */
import { UserError, errorText, type Lang } from '../../core/i18n';
import { lastClosedQuarter } from '../../core/periods/lastClosedQuarter';
import { parsePeriod } from '../../core/periods/parsePeriod';
import { quarterLabel } from '../../core/periods/quarterLabel';
import type { YearQuarter } from '../../core/periods/quarter';
import { applyActive, previewActive } from './fixAction';
import { validateActive } from './highlightAction';
import { userLanguage } from './language';
import { t } from './strings';
import { summariseActive } from './summaryAction';

/** The functions the menu items name; each is a top-level function of the built script. */
export const MENU_HANDLERS = { validate: 'rbMenuValidate', fix: 'rbMenuFix', summary: 'rbMenuSummary', prepare: 'rbMenuPrepare', newMatrix: 'rbMenuNewMatrix', share: 'rbMenuShare', collect: 'rbMenuCollect', panel: 'rbMenuOpenPanel' } as const;


export function buildMenu(): void {
  const lang = userLanguage();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t('validate', lang), MENU_HANDLERS.validate)
    .addItem(t('fix', lang), MENU_HANDLERS.fix)
    .addItem(t('summary', lang), MENU_HANDLERS.summary)
    .addItem(t('prepare', lang), MENU_HANDLERS.prepare)
    .addItem(t('newMatrix', lang), MENU_HANDLERS.newMatrix)
    .addItem(t('share', lang), MENU_HANDLERS.share)
    .addItem(t('collect', lang), MENU_HANDLERS.collect)
    .addSeparator()
    .addItem(t('panel', lang), MENU_HANDLERS.panel)
    .addToUi();
}

export function openPanel(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('RB Matrix');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Runs a menu action; any problem becomes a dialog with its sentence. */
function withDialog(body: (lang: Lang, ui: GoogleAppsScript.Base.Ui) => void): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  try {
    body(lang, ui);
  } catch (e) {
    if (!(e instanceof UserError)) console.error(e);
    ui.alert('RB Matrix', errorText(e, lang), ui.ButtonSet.OK);
  }
}

export function menuValidate(): void {
  withDialog((lang, ui) => {
    const { report, highlighted } = validateActive(lang);
    ui.alert(t('validate', lang), t('checked', lang, { sheet: report.sheet, ...report.counts, highlighted }), ui.ButtonSet.OK);
  });
}

export function menuFix(): void {
  withDialog((lang, ui) => {
    const preview = previewActive(lang);
    if (!preview.changes.length) {
      ui.alert(t('fix', lang), t('noFixes', lang), ui.ButtonSet.OK);
      return;
    }
    const shown = preview.changes.slice(0, 10).map((c) => `${c.cell}: “${c.before}” → “${c.value ?? ''}”`);
    if (preview.changes.length > shown.length) shown.push(t('more', lang, { count: preview.changes.length - shown.length }));
    const answer = ui.alert(t('fix', lang), t('confirmFixes', lang, { count: preview.changes.length, list: shown.join('\n') }), ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) return;
    const outcome = applyActive(lang);
    ui.alert(t('fix', lang), t('fixed', lang, { count: outcome.changes.length }), ui.ButtonSet.OK);
  });
}

export function menuSummary(now: Date): void {
  withDialog((lang, ui) => {
    const period = askPeriod(lang, ui, 'summary', lastClosedQuarter(now));
    if (!period) return;
    const outcome = summariseActive({ ...period, lang }, now);
    ui.alert(t('summary', lang), t('summaryDone', lang, { sheet: outcome.sheetName, how: t(outcome.replaced ? 'replaced' : 'created', lang), period: outcome.period }), ui.ButtonSet.OK);
  });
}

/** Asks for a year and quarter (`fallback` when left empty); undefined when cancelled. */
function askPeriod(lang: Lang, ui: GoogleAppsScript.Base.Ui, title: 'summary', fallback: YearQuarter): YearQuarter | undefined {
  const response = ui.prompt(t(title, lang), t('askPeriod', lang, { default: quarterLabel(fallback.year, fallback.quarter, lang) }), ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? readPeriod(response.getResponseText(), fallback) : undefined;
}

/** Siapkan monitoring and Buat matriks baru run in the panel (core/prepare and core/template live in the sidebar: the server script has no room for them). */
export function menuPrepare(): void {
  openPanel();
}

export function menuNewMatrix(): void {
  openPanel();
}

/** Sharing and collecting run in the panel (its progress line per coordinator): the menu items open it. */
export function menuShare(): void {
  openPanel();
}

export function menuCollect(): void {
  openPanel();
}

/** `2023 TW II`, `TW 2 2023`, `Q2 2023`, `2023 2`; empty for the last closed quarter. */
export function readPeriod(text: string, fallback: YearQuarter): YearQuarter {
  const trimmed = text.trim();
  if (trimmed === '') return fallback;
  const period = parsePeriod(trimmed);
  if (!period) throw new UserError(t('badPeriod', 'id', { text: trimmed }), t('badPeriod', 'en', { text: trimmed }));
  return period;
}
