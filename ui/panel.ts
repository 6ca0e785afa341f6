/**
 * The one panel both hosts show (Excel task pane, Sheets sidebar): check the open matrix, apply the
 * certain fixes, make the quarterly summary. It holds no domain rule: it asks its HostBridge and
 * shows the answers. Every text from the sheet goes in as a text node (see dom.ts).
 */
import type { Severity } from '../core/findings/catalogue';
import type { Lang } from '../core/i18n';
import type { Finding } from '../core/findings/finding';
import { lastClosedQuarter } from '../core/periods/lastClosedQuarter';
import { REPORT_YEARS } from '../core/periods/reportYear';
import { romanQuarter } from '../core/periods/romanQuarter';
import type { FixChange } from '../core/workbench/fixes';
import type { HostBridge, Progress, Stage, ValidateOutcome } from './bridge';
import { el, fill } from './dom';
import { say, t, type StringKey } from './strings';
import { PANEL_CSS } from './styles';

export interface PanelOptions {
  /** The day that decides the default quarter (the last one that has ended); today when absent. */
  today?: Date;
  /** The language to start in; otherwise the host's. */
  lang?: Lang;
}

/** At most this many findings are listed per severity; the rest are in the sheet's highlights. */
const LIST_LIMIT = 300;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const STAGE_TEXT: Record<Stage, 'stageRead' | 'stageCheck' | 'stageWrite'> = { read: 'stageRead', check: 'stageCheck', write: 'stageWrite' };

export function mountPanel(root: HTMLElement, bridge: HostBridge, options: PanelOptions = {}): void {
  if (!document.getElementById('rbm-style')) document.head.appendChild(el('style', { id: 'rbm-style' }, PANEL_CSS));
  const state = { lang: options.lang ?? ('id' as Lang), busy: false, lastCheck: undefined as ValidateOutcome | undefined, selected: '' };
  const period = lastClosedQuarter(options.today ?? new Date());

  const status = el('div', { id: 'rbm-status', role: 'status', 'aria-live': 'polite' });
  const errorBox = el('div', { class: 'rbm-error', role: 'alert' });
  const counts = el('div', { class: 'rbm-counts' });
  const findingsBox = el('div', { class: 'rbm-findings' });
  const fixesBox = el('div', { class: 'rbm-fixes-box' });
  const summaryBox = el('div', { class: 'rbm-summary-result' });
  const year = el('input', { id: 'rbm-year', type: 'number', min: REPORT_YEARS.min, max: REPORT_YEARS.max, step: 1, value: period.year });
  const quarter = el('select', { id: 'rbm-quarter' });
  for (const q of [1, 2, 3, 4] as const) quarter.appendChild(el('option', { value: q, selected: q === period.quarter }, `TW ${romanQuarter(q)}`));

  const buttons = {
    validate: button('validate', 'rbm-primary'),
    clear: button('clear', 'rbm-secondary'),
    previewFixes: button('preview-fixes', 'rbm-secondary'),
    applyFixes: button('apply-fixes', 'rbm-primary'),
    summarise: button('summarise', 'rbm-primary'),
  };
  buttons.applyFixes.disabled = true;
  const langButtons = (['id', 'en'] as Lang[]).map((l) => {
    const b = el('button', { type: 'button', 'data-lang': l, 'aria-pressed': String(l === state.lang) }, l.toUpperCase());
    b.addEventListener('click', () => setLang(l));
    return b;
  });

  const texts: { node: HTMLElement; key: StringKey }[] = [];
  const label = (node: HTMLElement, key: StringKey) => {
    texts.push({ node, key });
    return node;
  };

  fill(
    root,
    el(
      'div',
      { class: 'rbm' },
      el('header', {}, el('div', {}, label(el('h1'), 'title'), label(el('div', { class: 'rbm-sub' }), 'subtitle')), el('div', { class: 'rbm-lang' }, ...langButtons)),
      status,
      errorBox,
      section('rbm-validate', 'validateHeading', 'validateHint', [label(buttons.validate, 'validate'), label(buttons.clear, 'clear')], counts, findingsBox),
      section('rbm-fix', 'fixHeading', 'fixHint', [label(buttons.previewFixes, 'previewFixes'), label(buttons.applyFixes, 'applyFixes')], fixesBox),
      section(
        'rbm-summary',
        'summaryHeading',
        'summaryHint',
        [label(el('label', { for: 'rbm-year' }), 'year'), year, label(el('label', { for: 'rbm-quarter' }), 'quarter'), quarter, label(buttons.summarise, 'summarise')],
        summaryBox,
      ),
    ),
  );
  relabel();

  buttons.validate.addEventListener('click', () => run(validate));
  buttons.clear.addEventListener('click', () =>
    run(async () => {
      const outcome = await bridge.clearHighlights(state.lang);
      return say.cleared(state.lang, outcome.restored);
    }),
  );
  buttons.previewFixes.addEventListener('click', () => run(previewFixes));
  buttons.applyFixes.addEventListener('click', () => run(applyFixes));
  buttons.summarise.addEventListener('click', () => run(summarise));

  // The host's language, unless the user has already picked one.
  if (!options.lang) {
    bridge.language().then(
      (l) => {
        if (l !== state.lang) setLang(l);
      },
      () => undefined, // keep Bahasa Indonesia
    );
  }

  /** One of the panel's three parts: a heading, a hint, a row of controls, then what the action shows. */
  function section(cls: string, heading: StringKey, hint: StringKey, controls: HTMLElement[], ...results: HTMLElement[]): HTMLElement {
    return el('section', { class: cls }, label(el('h2'), heading), label(el('p', { class: 'rbm-hint' }), hint), el('div', { class: 'rbm-row' }, ...controls), ...results);
  }

  function button(action: string, kind: string): HTMLButtonElement {
    return el('button', { type: 'button', class: kind, 'data-action': action });
  }

  function setLang(lang: Lang): void {
    state.lang = lang;
    document.documentElement.lang = lang;
    for (const b of langButtons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    relabel();
  }

  function relabel(): void {
    for (const { node, key } of texts) node.textContent = t(key, state.lang);
  }

  const progress: Progress = (stage) => {
    status.textContent = t(STAGE_TEXT[stage], state.lang);
  };

  /** Runs one action: buttons off, progress on, the outcome's sentence or the error's after. */
  async function run(action: () => Promise<string>): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    for (const b of Object.values(buttons)) b.disabled = true;
    fill(errorBox);
    status.classList.add('rbm-busy');
    status.textContent = t('working', state.lang);
    try {
      status.textContent = await action();
    } catch (error) {
      status.textContent = '';
      fill(errorBox, error instanceof Error ? error.message : String(error));
    } finally {
      state.busy = false;
      status.classList.remove('rbm-busy');
      for (const [name, b] of Object.entries(buttons)) b.disabled = name === 'applyFixes' && fixesBox.querySelector('.rbm-fix-change') === null;
    }
  }

  async function validate(): Promise<string> {
    const outcome = await bridge.validate(state.lang, progress);
    state.lastCheck = outcome;
    showFindings(outcome);
    const { report } = outcome;
    return `${say.checked(state.lang, report.sheet, report.counts.outputs)} ${say.highlighted(state.lang, outcome.highlighted, outcome.restored)}`;
  }

  function showFindings(outcome: ValidateOutcome): void {
    const { report } = outcome;
    fill(
      counts,
      ...SEVERITIES.map((s) => el('span', { 'data-severity': s, title: t(s, state.lang) }, `${t(s, state.lang)}: ${report.counts[s === 'error' ? 'errors' : s === 'warning' ? 'warnings' : 'infos']}`)),
    );
    if (report.findings.length === 0) {
      fill(findingsBox, el('p', { class: 'rbm-none' }, t('noFindings', state.lang)));
      return;
    }
    fill(
      findingsBox,
      ...SEVERITIES.map((severity) => {
        const group = report.findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const shown = group.slice(0, LIST_LIMIT);
        return el(
          'div',
          { class: 'rbm-group', 'data-severity': severity },
          el('h3', {}, `${t(severity, state.lang)} (${group.length})`),
          el('ul', {}, ...shown.map((f) => findingItem(report.sheet, f))),
          group.length > shown.length ? el('div', { class: 'rbm-more' }, say.more(state.lang, group.length - shown.length)) : null,
        );
      }),
    );
  }

  function findingItem(sheet: string, f: Finding): HTMLLIElement {
    const item = el(
      'li',
      { class: 'rbm-finding', 'data-cell': f.cell, 'data-severity': f.severity, 'data-code': f.code, tabindex: 0, role: 'button' },
      el('span', { class: 'rbm-dot' }),
      el('span', { class: 'rbm-cell' }, f.range ?? f.cell),
      el('span', { class: 'rbm-message' }, f.message, f.fix ? el('span', { class: 'rbm-fix-note' }, `✓ ${f.fix.message}`) : null),
    );
    const select = () => {
      for (const other of findingsBox.querySelectorAll('.rbm-selected')) other.classList.remove('rbm-selected');
      item.classList.add('rbm-selected');
      fill(errorBox);
      bridge.selectCell(sheet, f.range ?? f.cell).catch((error: unknown) => fill(errorBox, error instanceof Error ? error.message : String(error)));
    };
    item.addEventListener('click', select);
    item.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        select();
      }
    });
    return item;
  }

  async function previewFixes(): Promise<string> {
    const preview = await bridge.previewFixes(state.lang, progress);
    showChanges(preview.changes);
    return preview.changes.length === 0 ? t('noFixes', state.lang) : say.willChange(state.lang, preview.changes.length, preview.skipped);
  }

  async function applyFixes(): Promise<string> {
    const outcome = await bridge.applyFixes(state.lang, progress);
    showChanges([]);
    const done = say.changed(state.lang, outcome.changes.length, outcome.sheet);
    fill(fixesBox, el('p', { class: 'rbm-fix-report' }, done), changesTable(outcome.changes, 'rbm-fix-done'));
    // Check again, so the list and the highlights show what is left.
    const check = await validate();
    return `${done} ${check}`;
  }

  function showChanges(changes: FixChange[]): void {
    fill(fixesBox, changes.length ? changesTable(changes, 'rbm-fix-change') : null);
  }

  function changesTable(changes: FixChange[], rowClass: string): HTMLTableElement {
    const shown = (v: string | number | boolean | null) => (v === null || v === '' ? t('empty', state.lang) : String(v));
    return el(
      'table',
      { class: 'rbm-fixes' },
      ...changes.map((c) =>
        el('tr', { class: rowClass, 'data-cell': c.cell }, el('td', { class: 'rbm-cell' }, c.cell), el('td', {}, shown(c.before)), el('td', {}, '→'), el('td', {}, shown(c.value)), el('td', { class: 'rbm-hint' }, c.message)),
      ),
    );
  }

  async function summarise(): Promise<string> {
    const outcome = await bridge.summarise({ year: Number(year.value), quarter: Number(quarter.value) as 1 | 2 | 3 | 4, lang: state.lang }, progress);
    const done = say.summaryDone(state.lang, outcome.sheetName, outcome.replaced);
    const open = el('button', { type: 'button', class: 'rbm-secondary', 'data-action': 'open-summary' }, t('openSummary', state.lang));
    open.addEventListener('click', () => {
      fill(errorBox);
      bridge.selectCell(outcome.sheetName, 'A1').catch((error: unknown) => fill(errorBox, error instanceof Error ? error.message : String(error)));
    });
    fill(
      summaryBox,
      el('p', { class: 'rbm-summary-done' }, done),
      el('div', { class: 'rbm-row' }, open),
      el('p', { class: 'rbm-summary-figures' }, say.summaryFigures(state.lang, outcome.totals)),
      outcome.indicatorSheet ? el('p', { class: 'rbm-hint rbm-summary-indicators' }, say.withIndicators(state.lang, outcome.indicatorSheet)) : null,
      outcome.noRealisation ? el('p', { class: 'rbm-hint' }, say.noRealisation(state.lang)) : null,
    );
    return done;
  }
}
