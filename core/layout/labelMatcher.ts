import type { LabelCell } from './headerCells';
import { labelKey, normalizeLabel } from './normalizeLabel';
import { PARENT_MARK, type ColumnDef, type LayoutDef } from './schema';

/**
 * A layout's vocabulary prepared for matching header labels: labels squashed once into a map from
 * label key to the columns that accept it, parent-qualified labels (`output › target`) apart, the
 * patterns compiled once.
 */
export interface LabelMatcher {
  /** The declared columns a header cell may be, in declaration order (empty: none). */
  candidates(cell: LabelCell): ColumnDef[];
  /** Whether the cell sits where the column may sit (under one of its parents, or alone for a top-level column). */
  parentFits(def: ColumnDef, cell: LabelCell): boolean;
  /** Whether a label rules the layout out (`notWith`). */
  rulesOut(cell: LabelCell): boolean;
  /**
   * Whether a parent label is one the layout knows: a parent its columns ask for, a heading it
   * declares (`Unit/Satuan Kerja Pelaksana`), a label of one of its columns (`Output`), or a period
   * parent (`Target …`, `Realisasi`, `Triwulan`, a year, `Tahun Pelaksanaan`).
   */
  knowsParent(key: string, text: string): boolean;
}

/** Parents of period columns whatever the layout: a short label opening with a target, realisation, baseline, quarter or year word. */
const PERIOD_WORDS = /^(?:target|realisasi|real|hasil|baseline|kondisi awal|triwulan|tw|trw|kuartal|quarter|semester|tahun|ta|q[1-4]|20\d\d)\b/;
const SHORT = 5;

const matchers = new WeakMap<LayoutDef, LabelMatcher>();

export function labelMatcher(layout: LayoutDef): LabelMatcher {
  let m = matchers.get(layout);
  if (!m) matchers.set(layout, (m = buildMatcher(layout)));
  return m;
}

function buildMatcher(layout: LayoutDef): LabelMatcher {
  const byKey = new Map<string, ColumnDef[]>();
  const qualified = new Map<string, { parent: string; def: ColumnDef }[]>();
  const patterned: { def: ColumnDef; pattern: RegExp }[] = [];
  const parents = new Map<ColumnDef, Set<string>>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const def of layout.columns) {
    for (const label of def.labels) {
      const at = label.indexOf(PARENT_MARK);
      if (at < 0) add(byKey, labelKey(label), def);
      else add(qualified, labelKey(label.slice(at + 1)), { parent: labelKey(label.slice(0, at)), def });
    }
    if (def.pattern) patterned.push({ def, pattern: new RegExp(def.pattern) });
    parents.set(def, new Set(def.parents.map(labelKey)));
  }
  const order = new Map(layout.columns.map((d, i) => [d, i]));
  const knownParents = new Set([...layout.periodParents, ...layout.parentLabels].map(labelKey));
  for (const list of parents.values()) for (const k of list) knownParents.add(k);
  for (const list of qualified.values()) for (const q of list) knownParents.add(q.parent);
  for (const key of byKey.keys()) knownParents.add(key);
  const parentMemo = new Map<string, boolean>();
  const refused = new Set(layout.notWith.map(labelKey));

  const lookup = (key: string, cell: LabelCell): ColumnDef[] => {
    const found = [...(byKey.get(key) ?? [])];
    for (const q of qualified.get(key) ?? []) if (cell.pathKeys.includes(q.parent) && !found.includes(q.def)) found.push(q.def);
    return found;
  };

  return {
    candidates(cell) {
      for (const key of labelVariants(cell.label, cell.key)) {
        const found = lookup(key, cell);
        if (found.length) return found.sort((a, b) => order.get(a)! - order.get(b)!);
      }
      return patterned.filter((p) => p.pattern.test(cell.normal)).map((p) => p.def);
    },
    parentFits(def, cell) {
      if (def.topLevel) return cell.path.length === 0;
      const wanted = parents.get(def)!;
      return wanted.size === 0 || cell.pathKeys.some((k) => wanted.has(k));
    },
    rulesOut(cell) {
      return refused.size > 0 && labelVariants(cell.label, cell.key).some((k) => refused.has(k));
    },
    knowsParent(key, text) {
      let known = parentMemo.get(text);
      if (known === undefined) {
        known = knownParents.has(key) || labelVariants(text, key).some((k) => knownParents.has(k)) || isPeriodParent(normalizeLabel(text));
        if (parentMemo.size < 5000) parentMemo.set(text, known);
      }
      return known;
    },
  };
}

const variants = new Map<string, string[]>();

/**
 * The keys a label is tried under, in order: the label itself; without its bracketed notes
 * (`Koordinator (PJK)` → `Koordinator`, `Anggaran (Rp)` → `Anggaran`); each of its `/` alternatives
 * (`PIC/Penanggung Jawab` → `PIC`, `Penanggung Jawab`).
 */
export function labelVariants(label: string, key = labelKey(label)): string[] {
  let list = variants.get(label);
  if (list) return list;
  list = [key];
  const push = (text: string) => {
    const k = labelKey(text);
    if (k !== '' && !list!.includes(k)) list!.push(k);
  };
  const unbracketed = label.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  push(unbracketed);
  if (unbracketed.includes('/')) for (const part of unbracketed.split('/')) push(part);
  if (variants.size < 5000) variants.set(label, list);
  return list;
}

function isPeriodParent(normal: string): boolean {
  return PERIOD_WORDS.test(normal) && normal.split(' ').length <= SHORT;
}
