/**
 * A HostBridge over one in-memory sheet, for testing the panel alone in a browser: the same
 * core/workbench steps a host adapter takes, with fills and selection kept in plain maps.
 */
import type { Grid } from '../../../core';
import { applyEdits } from '../../helpers/applyEdits';
import { columnsPass, errorText, fixPass, planHighlight, planClear, previewPass, saveMapPass, summaryPass, validationPass, type Fill, type HighlightMemory } from '../../../core/workbench';
import { newMatrixPass } from '../../../core/template/newMatrixPass';
import type { CollectAsk, ColumnMap, HostBridge, Lang, NewMatrixRequest, Progress, ShareAsk, UnitFile } from '../../../ui/bridge';
import { checkCollectRequest, checkShareRequest, collectPass, sharePass } from '../../../core/workbench/tieredPass';
import { parseCell } from '../../../core/grid';
import { readXlsx } from '../../../core/xlsx';
import { planGrid } from '../../helpers/plan';
import { preparePass } from '../../../core/workbench/preparePass';
import { preparedGrid } from '../../helpers/preparedGrid';

export class MemoryBridge implements HostBridge {
  fills = new Map<string, Fill>();
  memory: HighlightMemory = {};
  selected = '';
  sheets: string[];
  calls: string[] = [];
  /** The summary requests the panel sent, as the host would receive them. */
  requests: unknown[] = [];
  /** Another sheet of the workbook holding an indicator table, if any. */
  indicators?: Grid;
  /** The workbook's `RB Matrix` sheet (the column maps), once saved. */
  mapGrid?: Grid;
  /** The coordinators' sheets a share made, by name (a test types into them). */
  units = new Map<string, Grid>();

  constructor(
    public grid: Grid,
    private lang: Lang = 'id',
  ) {
    this.sheets = [grid.sheetName];
  }

  private async guard<T>(lang: Lang, action: () => T): Promise<T> {
    await new Promise((r) => setTimeout(r, 5)); // hosts answer later, never synchronously
    try {
      return action();
    } catch (e) {
      throw new Error(errorText(e, lang));
    }
  }

  language() {
    return Promise.resolve(this.lang);
  }

  validate(lang: Lang) {
    this.calls.push('validate');
    return this.guard(lang, () => {
      const { report, targets } = validationPass(this.grid, lang, this.mapGrid);
      const sheet = this.grid.sheetName;
      const { writes, remember, restored } = planHighlight(targets, this.fills, this.memory[sheet]);
      for (const w of writes) this.fills.set(w.cell, w.fill);
      this.memory[sheet] = remember;
      return { report, highlighted: targets.size, restored };
    });
  }

  clearHighlights(lang: Lang) {
    return this.guard(lang, () => {
      const sheet = this.grid.sheetName;
      const writes = planClear(this.fills, this.memory[sheet]);
      for (const w of writes) this.fills.set(w.cell, w.fill);
      delete this.memory[sheet];
      return { sheet, restored: writes.length };
    });
  }

  previewFixes(lang: Lang) {
    return this.guard(lang, () => ({ sheet: this.grid.sheetName, ...fixPass(this.grid, lang, this.mapGrid) }));
  }

  applyFixes(lang: Lang) {
    return this.guard(lang, () => {
      const plan = fixPass(this.grid, lang, this.mapGrid);
      this.grid = applyEdits(this.grid, plan.changes);
      return { sheet: this.grid.sheetName, ...plan };
    });
  }

  summarise(request: { year: number; quarter: 1 | 2 | 3 | 4; wholeYear?: boolean; lang: Lang }) {
    this.requests.push(request);
    return this.guard(request.lang, () => {
      const { outcome } = summaryPass(this.grid, request, new Date(2023, 6, 1), this.indicators, this.mapGrid);
      const replaced = this.sheets.includes(outcome.sheetName);
      if (!replaced) this.sheets.push(outcome.sheetName);
      return { ...outcome, replaced };
    });
  }

  prepare(request: { year: number; quarter: 1 | 2 | 3 | 4; lang: Lang }) {
    this.calls.push('prepare');
    return this.guard(request.lang, () => {
      const { plan, outcome } = preparePass(this.grid, request, this.mapGrid);
      if (outcome.changed) this.grid = preparedGrid(this.grid, plan);
      return outcome;
    });
  }

  inspectColumns(lang: Lang, rows?: [number, number]) {
    this.calls.push('inspectColumns');
    return this.guard(lang, () => columnsPass(this.grid, this.mapGrid, lang, rows));
  }

  previewColumns(map: ColumnMap, lang: Lang) {
    this.calls.push('previewColumns');
    return this.guard(lang, () => previewPass(this.grid, map, lang));
  }

  saveColumns(map: ColumnMap, lang: Lang) {
    this.calls.push('saveColumns');
    return this.guard(lang, () => {
      const { plan, placement } = saveMapPass({ ...map, sheet: this.grid.sheetName }, this.mapGrid);
      this.mapGrid = planGrid(plan);
      if (!this.sheets.includes(plan.sheetName)) this.sheets.push(plan.sheetName);
      return { sheet: plan.sheetName, matrixSheet: this.grid.sheetName, replaced: placement === 'replace' };
    });
  }

  /** New matrix sheets made by *Buat matriks baru*, by name. */
  made = new Map<string, Grid>();

  createMatrix(request: NewMatrixRequest) {
    this.calls.push('createMatrix');
    return this.guard(request.lang, () => {
      const { plan, outcome } = newMatrixPass(request, this.sheets);
      this.made.set(plan.sheetName, planGrid(plan));
      this.sheets.push(plan.sheetName);
      return outcome;
    });
  }

  shareWithCoordinators(ask: ShareAsk, progress?: Progress) {
    this.calls.push('shareWithCoordinators');
    return this.guard(ask.lang, () => {
      const { plans, outcome } = sharePass(this.grid, checkShareRequest(ask), new Date(2023, 6, 1), this.mapGrid);
      let replaced = 0;
      plans.forEach((plan, i) => {
        progress?.('write', `${plan.sheetName} (${i + 1}/${plans.length})`);
        if (this.units.has(plan.sheetName)) replaced++;
        else this.sheets.push(plan.sheetName);
        this.units.set(plan.sheetName, planGrid(plan));
      });
      return { ...outcome, replaced };
    });
  }

  collectReports(ask: CollectAsk, files: UnitFile[] = [], progress?: Progress) {
    this.calls.push('collectReports');
    return this.guard(ask.lang, () => {
      const names = [...this.units.keys()];
      names.forEach((name, i) => progress?.('read', `${name} (${i + 1}/${names.length})`));
      const units = names.map((name) => ({ name, grids: [this.units.get(name)!], inWorkbook: true }));
      const { writes, outcome } = collectPass(this.grid, [...units, ...files], checkCollectRequest(ask), new Date(2023, 6, 1), this.mapGrid);
      const values = this.grid.values.map((row) => [...row]);
      for (const w of writes) {
        const { row, column } = parseCell(w.cell)!;
        (values[row - 1] ??= [])[column - 1] = typeof w.value === 'string' ? w.value.replace(/^'/, '') : w.value;
      }
      this.grid = { ...this.grid, values };
      if (!this.sheets.includes(outcome.logSheet)) this.sheets.push(outcome.logSheet);
      return outcome;
    });
  }

  /** As the Excel task pane: .xlsx bytes read with core's reader. */
  async readUnitFiles(files: { name: string; bytes: Uint8Array }[]): Promise<UnitFile[]> {
    return Promise.all(files.map(async (f) => ({ name: f.name, grids: (await readXlsx(f.bytes)).sheets.map((s) => s.grid) })));
  }

  selectCell(sheet: string, cell: string) {
    this.selected = `${sheet}!${cell}`;
    return Promise.resolve();
  }
}
