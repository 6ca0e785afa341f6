/**
 * The one panel both hosts show (Excel task pane, Sheets sidebar): check the open matrix, apply the
 * certain fixes, make the quarterly summary, and map the columns by hand when the header is not
 * recognised. It holds no domain rule: it asks its HostBridge and shows the answers. Every text from
 * the sheet goes in as a text node (see dom.ts).
 */
import type { Severity } from '../core/findings/catalogue';
import type { Lang } from '../core/i18n';
import type { Finding } from '../core/findings/finding';
import { lastClosedQuarter } from '../core/periods/lastClosedQuarter';
import { REPORT_YEARS } from '../core/periods/reportYear';
import { romanQuarter } from '../core/periods/romanQuarter';
import type { FixChange } from '../core/workbench/fixes';
import type { ColumnMap, ColumnsPreview, ColumnsView, HostBridge, NewMatrixRequest, Progress, Stage, ValidateOutcome } from './bridge';
import { TEMPLATE_KINDS } from '../core/template/exampleRow';

/** The kinds of a new matrix as the road map names them. */
const TEMPLATE_TITLES = { 'rb-general': 'RB General (Lampiran II)', 'rb-tematik': 'RB Tematik (Lampiran I)', indikator: 'Tabel indikator' } as const;
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
/** The quarter list's last choice: the whole year. */
const WHOLE_YEAR = 'tahun';
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const STAGE_TEXT: Record<Stage, 'stageRead' | 'stageCheck' | 'stageWrite'> = { read: 'stageRead', check: 'stageCheck', write: 'stageWrite' };
const BY_TEXT = { koordinator: 'byKoordinator', pelaksana: 'byPelaksana', kegiatan: 'byKegiatan' } as const;
const UNIT_STATUS = { merged: 'statusMerged', conflicts: 'statusConflicts', refused: 'statusRefused' } as const;

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
  const columnsBox = el('div', { class: 'rbm-columns-box' });
  const previewBox = el('div', { class: 'rbm-columns-preview' });
  const prepareBox = el('div', { class: 'rbm-prepare-result' });
  /** The columns shown for mapping, and the controls that hold the user's choices. */
  let mapping: { view: ColumnsView; from: HTMLInputElement; to: HTMLInputElement; kind: HTMLSelectElement; roles: HTMLSelectElement[] } | undefined;
  const year = el('input', { id: 'rbm-year', type: 'number', min: REPORT_YEARS.min, max: REPORT_YEARS.max, step: 1, value: period.year });
  const quarter = el('select', { id: 'rbm-quarter' });
  for (const q of [1, 2, 3, 4] as const) quarter.appendChild(el('option', { value: q, selected: q === period.quarter }, `TW ${romanQuarter(q)}`));

  const texts: { node: HTMLElement; key: StringKey }[] = [];
  const label = (node: HTMLElement, key: StringKey) => {
    texts.push({ node, key });
    return node;
  };

  const buttons = {
    validate: button('validate', 'rbm-primary'),
    clear: button('clear', 'rbm-secondary'),
    previewFixes: button('preview-fixes', 'rbm-secondary'),
    applyFixes: button('apply-fixes', 'rbm-primary'),
    summarise: button('summarise', 'rbm-primary'),
    inspectColumns: button('inspect-columns', 'rbm-secondary'),
    prepare: button('prepare', 'rbm-secondary'),
    createMatrix: button('create-matrix', 'rbm-secondary'),
    share: button('share', 'rbm-primary'),
    collect: button('collect', 'rbm-primary'),
  };
  // Buat matriks baru: the kind, the year (this year), the monitoring blocks or not.
  const templateKind = el('select', { id: 'rbm-template-kind' }, ...TEMPLATE_KINDS.map((k) => el('option', { value: k }, TEMPLATE_TITLES[k])));
  const templateYear = el('input', { id: 'rbm-template-year', type: 'number', min: REPORT_YEARS.min, max: REPORT_YEARS.max, step: 1, value: (options.today ?? new Date()).getFullYear() });
  const templateMonitoring = el('input', { id: 'rbm-template-monitoring', type: 'checkbox' });
  const templateBox = el('div', { class: 'rbm-template-result' });
  // Checks while typing, where the host has them: off until the user turns it on.
  const live = el('input', { id: 'rbm-live', type: 'checkbox' });
  const liveLabel = el('label', { for: 'rbm-live' });
  // Issue 17: share with coordinators, collect their reports (and, where the host reads them, unit files).
  const shareBy = el('select', { id: 'rbm-share-by' }, ...(['koordinator', 'pelaksana', 'kegiatan'] as const).map((by) => label(el('option', { value: by }), BY_TEXT[by])));
  const password = el('input', { id: 'rbm-password', type: 'password', autocomplete: 'new-password', maxlength: 255 });
  const collectQuarter = el('select', { id: 'rbm-collect-quarter' }, label(el('option', { value: '' }), 'allQuarters'), ...([1, 2, 3, 4] as const).map((q) => el('option', { value: q }, `TW ${romanQuarter(q)}`)));
  const unitFiles = bridge.readUnitFiles ? el('input', { id: 'rbm-unit-files', type: 'file', multiple: true, accept: '.xlsx,.xlsm' }) : null;
  const tieredBox = el('div', { class: 'rbm-tiered-result' });
  buttons.applyFixes.disabled = true;
  const langButtons = (['id', 'en'] as Lang[]).map((l) => {
    const b = el('button', { type: 'button', 'data-lang': l, 'aria-pressed': String(l === state.lang) }, l.toUpperCase());
    b.addEventListener('click', () => setLang(l));
    return b;
  });

  // The year's summary, as `rbm summary --year` without `--quarter` makes it.
  quarter.appendChild(label(el('option', { value: WHOLE_YEAR }), 'wholeYear'));
  fill(
    root,
    el(
      'div',
      { class: 'rbm' },
      el('header', {}, el('div', {}, label(el('h1'), 'title'), label(el('div', { class: 'rbm-sub' }), 'subtitle')), el('div', { class: 'rbm-lang' }, ...langButtons)),
      status,
      errorBox,
      section('rbm-validate', 'validateHeading', 'validateHint', [label(buttons.validate, 'validate'), label(buttons.clear, 'clear'), ...(bridge.liveCheck ? [live, label(liveLabel, 'liveCheck')] : [])], counts, findingsBox),
      section('rbm-fix', 'fixHeading', 'fixHint', [label(buttons.previewFixes, 'previewFixes'), label(buttons.applyFixes, 'applyFixes')], fixesBox),
      section(
        'rbm-summary',
        'summaryHeading',
        'summaryHint',
        [label(el('label', { for: 'rbm-year' }), 'year'), year, label(el('label', { for: 'rbm-quarter' }), 'quarter'), quarter, label(buttons.summarise, 'summarise')],
        summaryBox,
      ),
      section('rbm-prepare', 'prepareHeading', 'prepareHint', [label(buttons.prepare, 'prepare')], prepareBox),
      section('rbm-columns', 'columnsHeading', 'columnsHint', [label(buttons.inspectColumns, 'inspectColumns')], columnsBox, previewBox),
      section(
        'rbm-template',
        'newMatrixHeading',
        'newMatrixHint',
        [
          label(el('label', { for: 'rbm-template-kind' }), 'templateKind'),
          templateKind,
          label(el('label', { for: 'rbm-template-year' }), 'year'),
          templateYear,
          templateMonitoring,
          label(el('label', { for: 'rbm-template-monitoring' }), 'withMonitoring'),
          label(buttons.createMatrix, 'createMatrix'),
        ],
        templateBox,
      ),
      section(
        'rbm-tiered',
        'tieredHeading',
        'tieredHint',
        [label(el('label', { for: 'rbm-share-by' }), 'shareBy'), shareBy, label(el('label', { for: 'rbm-password' }), 'password'), password, label(buttons.share, 'share')],
        el(
          'div',
          { class: 'rbm-row' },
          label(el('label', { for: 'rbm-collect-quarter' }), 'collectQuarter'),
          collectQuarter,
          ...(unitFiles ? [label(el('label', { for: 'rbm-unit-files' }), 'unitFiles'), unitFiles] : []),
          label(buttons.collect, 'collect'),
        ),
        tieredBox,
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
  buttons.inspectColumns.addEventListener('click', () => run(() => inspectColumns()));
  buttons.prepare.addEventListener('click', () => run(prepare));
  live.addEventListener('change', () =>
    run(async () => {
      const outcome = await bridge.liveCheck!(live.checked, state.lang, (update) => {
        if ('error' in update) fill(errorBox, update.error);
        else {
          fill(errorBox);
          state.lastCheck = update;
          showFindings(update);
          status.textContent = `${say.checked(state.lang, update.report.sheet, update.report.counts.outputs)} ${say.highlighted(state.lang, update.highlighted, update.restored)}`;
        }
      });
      if (!outcome) return '';
      state.lastCheck = outcome;
      showFindings(outcome);
      return say.liveOn(state.lang, outcome.report.sheet);
    }).then(() => {
      if (errorBox.textContent) live.checked = false; // it could not be turned on
    }),
  );
  buttons.createMatrix.addEventListener('click', () =>
    run(async () => {
      const kind = templateKind.value as NewMatrixRequest['kind'];
      const outcome = await bridge.createMatrix({ kind, year: Number(templateYear.value), monitoring: templateMonitoring.checked, lang: state.lang });
      const done = say.matrixCreated(state.lang, outcome.sheetName);
      fill(templateBox, el('p', { class: 'rbm-template-done' }, done));
      return done;
    }),
  );
  buttons.share.addEventListener('click', () => run(share));
  buttons.collect.addEventListener('click', () => run(collect));

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

  const progress: Progress = (stage, detail) => {
    status.textContent = detail ? `${t(STAGE_TEXT[stage], state.lang)} ${detail}` : t(STAGE_TEXT[stage], state.lang);
  };

  /** The progress of a tiered action: the status line, and a line per unit kept in the result box. */
  const unitProgress: Progress = (stage, detail) => {
    progress(stage, detail);
    if (detail) tieredBox.querySelector('.rbm-progress')?.appendChild(el('li', { 'data-stage': stage }, `${t(STAGE_TEXT[stage], state.lang)} ${detail}`));
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
    let outcome: ValidateOutcome;
    try {
      outcome = await bridge.validate(state.lang, progress);
    } catch (error) {
      // No matrix recognised: show what the likeliest header rows hold, to be mapped by hand.
      await inspectColumns().catch(() => undefined);
      throw error;
    }
    state.lastCheck = outcome;
    showFindings(outcome);
    const { report } = outcome;
    if (report.findings.some((f) => f.code === 'missing-label' || f.code === 'column-map')) await inspectColumns().catch(() => undefined);
    return `${say.checked(state.lang, report.sheet, report.counts.outputs)} ${say.highlighted(state.lang, outcome.highlighted, outcome.restored)}`;
  }

  /** Shows the header rows and the role of each column, ready to be changed (the saved map, or as detected, or `rows`). */
  async function inspectColumns(rows?: [number, number]): Promise<string> {
    const view = await bridge.inspectColumns(state.lang, rows);
    showColumns(view);
    return say.columnsFound(state.lang, view.sheet, view.map.columns.length, view.source);
  }

  function showColumns(view: ColumnsView): void {
    const number = (id: string, value: number) => el('input', { id, type: 'number', min: 1, step: 1, value, class: 'rbm-row-input' });
    const from = number('rbm-header-from', view.map.headerRows[0]);
    const to = number('rbm-header-to', view.map.headerRows[1]);
    const reload = el('button', { type: 'button', class: 'rbm-secondary', 'data-action': 'reload-rows' }, t('reloadRows', state.lang));
    reload.addEventListener('click', () => run(() => inspectColumns([Number(from.value), Number(to.value)])));
    const kind = el('select', { id: 'rbm-kind' }, el('option', { value: '' }, t('kindAuto', state.lang)), ...view.kinds.map((k) => el('option', { value: k.value, selected: k.value === view.map.kind }, k.title)));
    const roles = view.map.columns.map((c) => roleSelect(view, c.role));
    const preview = el('button', { type: 'button', class: 'rbm-secondary', 'data-action': 'preview-columns' }, t('previewColumns', state.lang));
    const save = el('button', { type: 'button', class: 'rbm-primary', 'data-action': 'save-columns' }, t('saveColumns', state.lang));
    preview.addEventListener('click', () => run(previewColumns));
    save.addEventListener('click', () => run(saveColumns));
    mapping = { view, from, to, kind, roles };
    fill(
      columnsBox,
      el('p', { class: 'rbm-hint' }, say.columnsFound(state.lang, view.sheet, view.map.columns.length, view.source)),
      el('div', { class: 'rbm-row' }, el('label', { for: 'rbm-header-from' }, t('headerRows', state.lang)), from, '–', to, reload),
      el('div', { class: 'rbm-row' }, el('label', { for: 'rbm-kind' }, t('kind', state.lang)), kind),
      el(
        'table',
        { class: 'rbm-columns' },
        el('tr', {}, el('th', {}, t('columnLetter', state.lang)), el('th', {}, t('columnLabel', state.lang)), el('th', {}, t('columnRole', state.lang))),
        ...view.map.columns.map((c, i) => el('tr', { class: 'rbm-column', 'data-column': c.column ?? '' }, el('td', { class: 'rbm-cell' }, c.column ?? ''), el('td', {}, c.label), el('td', {}, roles[i]))),
      ),
      el('div', { class: 'rbm-row' }, preview, save),
    );
    fill(previewBox);
  }

  /** A dropdown of every role, the column's own selected (a role written by hand is kept as an option). */
  function roleSelect(view: ColumnsView, current: string): HTMLSelectElement {
    const options = [{ value: '', title: t('roleUnread', state.lang) }, ...view.roles];
    if (current !== '' && !options.some((o) => o.value === current)) options.splice(1, 0, { value: current, title: current });
    return el('select', { class: 'rbm-role' }, ...options.map((o) => el('option', { value: o.value, selected: o.value === current }, o.title)));
  }

  /** The map the user has made in the table. */
  function chosenMap(): ColumnMap {
    const m = mapping!;
    const kind = m.kind.value as ColumnMap['kind'] | '';
    return {
      sheet: m.view.sheet,
      headerRows: [Number(m.from.value), Number(m.to.value)],
      ...(kind ? { kind } : {}),
      columns: m.view.map.columns.map((c, i) => ({ ...c, role: m.roles[i].value })),
    };
  }

  async function previewColumns(): Promise<string> {
    const preview = await bridge.previewColumns(chosenMap(), state.lang);
    showPreview(preview);
    return say.previewCounts(state.lang, { ...preview.counts });
  }

  function showPreview(p: ColumnsPreview): void {
    fill(
      previewBox,
      el('p', { class: 'rbm-preview-counts' }, say.previewCounts(state.lang, p.counts)),
      p.problems.length ? el('ul', { class: 'rbm-preview-problems' }, ...p.problems.map((text) => el('li', {}, text))) : null,
      p.rows.length
        ? el(
            'table',
            { class: 'rbm-fixes rbm-preview-rows' },
            el('tr', {}, el('th', {}, t('previewRow', state.lang)), el('th', {}, t('previewOutput', state.lang)), el('th', {}, t('previewTargets', state.lang))),
            ...p.rows.map((r) => el('tr', { 'data-row': r.row }, el('td', { class: 'rbm-cell' }, r.row), el('td', {}, r.output), el('td', {}, r.targets))),
          )
        : null,
    );
  }

  async function saveColumns(): Promise<string> {
    const saved = await bridge.saveColumns(chosenMap(), state.lang);
    const done = say.columnsSaved(state.lang, saved.sheet, saved.matrixSheet, saved.replaced);
    // Check again with the map, so the list and the highlights follow it.
    const check = await validate();
    return `${done} ${check}`;
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

  async function share(): Promise<string> {
    fill(tieredBox, el('ul', { class: 'rbm-progress' }));
    const outcome = await bridge.shareWithCoordinators({ by: shareBy.value as 'koordinator', ...(password.value !== '' && { password: password.value }), lang: state.lang }, unitProgress);
    const outputs = outcome.units.reduce((n, u) => n + u.outputs, 0);
    const done = say.shared(state.lang, outcome.units.length, outputs, outcome.replaced);
    const steps = tieredBox.querySelector('.rbm-progress');
    fill(tieredBox, el('p', { class: 'rbm-tiered-done' }, done), el('ul', { class: 'rbm-units' }, ...outcome.units.map((u) => el('li', { class: 'rbm-unit', 'data-sheet': u.sheetName }, say.unitShared(state.lang, u.sheetName, u.outputs)))), steps);
    return done;
  }

  async function collect(): Promise<string> {
    fill(tieredBox, el('ul', { class: 'rbm-progress' }));
    const picked = unitFiles?.files ? [...unitFiles.files] : [];
    const bytes = await Promise.all(picked.map(async (f, i) => (unitProgress('read', `${f.name} (${i + 1}/${picked.length})`), { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const files = bytes.length && bridge.readUnitFiles ? await bridge.readUnitFiles(bytes) : [];
    const quarter = collectQuarter.value === '' ? undefined : (Number(collectQuarter.value) as 1 | 2 | 3 | 4);
    const outcome = await bridge.collectReports({ ...(quarter && { quarter }), lang: state.lang }, files, unitProgress);
    const done = say.collected(state.lang, outcome.written, outcome.conflicts, outcome.logSheet);
    const lines = outcome.units.map((u) =>
      el('li', { class: 'rbm-unit', 'data-status': u.status }, say.unitCollected(state.lang, u.unit, t(UNIT_STATUS[u.status], state.lang), u.copied, u.conflicts), u.reason ? el('span', { class: 'rbm-hint' }, ` ${u.reason[state.lang]}`) : null),
    );
    const open = el('button', { type: 'button', class: 'rbm-secondary', 'data-action': 'open-log' }, outcome.logSheet);
    open.addEventListener('click', () => {
      fill(errorBox);
      bridge.selectCell(outcome.logSheet, 'A1').catch((error: unknown) => fill(errorBox, error instanceof Error ? error.message : String(error)));
    });
    const steps = tieredBox.querySelector('.rbm-progress');
    fill(tieredBox, el('p', { class: 'rbm-tiered-done' }, done), el('ul', { class: 'rbm-units' }, ...lines), el('div', { class: 'rbm-row' }, open), steps);
    return done;
  }

  async function summarise(): Promise<string> {
    const wholeYear = quarter.value === WHOLE_YEAR;
    const outcome = await bridge.summarise({ year: Number(year.value), quarter: wholeYear ? 4 : (Number(quarter.value) as 1 | 2 | 3 | 4), ...(wholeYear ? { wholeYear } : {}), lang: state.lang }, progress);
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
      // No realisation columns: not a dead end, but the offer to prepare them.
      ...outcome.warnings.filter((w) => !(outcome.noRealisation && w.code === 'tanpa-kolom-realisasi')).map((w) => el('p', { class: 'rbm-summary-warning', 'data-code': w.code }, w.message[state.lang])),
      outcome.noRealisation ? prepareOffer() : null,
    );
    return done;
  }

  function prepareOffer(): HTMLElement {
    const offer = el('button', { type: 'button', class: 'rbm-primary', 'data-action': 'prepare-offer' }, t('prepare', state.lang));
    offer.addEventListener('click', () => run(prepare));
    return el('div', { class: 'rbm-prepare-offer' }, el('p', {}, t('prepareOffer', state.lang)), el('div', { class: 'rbm-row' }, offer));
  }

  async function prepare(): Promise<string> {
    const request = { year: Number(year.value), quarter: Number(quarter.value) as 1 | 2 | 3 | 4, lang: state.lang };
    const outcome = await bridge.prepare(request, progress);
    const done = say.prepared(state.lang, outcome, `TW ${romanQuarter(request.quarter)} ${request.year}`);
    fill(
      prepareBox,
      el('p', { class: 'rbm-prepare-done' }, done),
      outcome.added.length ? el('ul', { class: 'rbm-prepare-columns' }, ...outcome.added.map((a) => el('li', { 'data-column': a.column }, `${a.column}: ${a.label}`))) : null,
    );
    return done;
  }
}
