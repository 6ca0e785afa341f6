import type { Lang } from '../i18n';
import { BOUND_SIGN } from './bound';
import type { ParsedValue, Score } from './parseValue';

/**
 * Writes a number for people: `3,7` and `166.406.521` in Indonesian, `3.7` and `166,406,521` in English.
 * Up to four decimals, trailing zeros dropped.
 */
export function formatNumber(value: number, lang: Lang): string {
  // Beyond 15 digits a figure is no longer exact; show it as JavaScript writes it.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return String(value);
  const rounded = Math.round(value * 10000) / 10000;
  const [int, frac] = Math.abs(rounded).toFixed(4).replace(/\.?0+$/, '').split('.');
  const group = lang === 'id' ? '.' : ',';
  const decimal = lang === 'id' ? ',' : '.';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

/** A figure as people write it: `70%` for a percentage (a fraction inside), `3,7` otherwise. */
function figure(value: number, percent: boolean, lang: Lang): string {
  return percent ? `${formatNumber(value * 100, lang)}%` : formatNumber(value, lang);
}

function score(s: Score, lang: Lang): string {
  return `${s.op ? BOUND_SIGN[s.op] : ''}${figure(s.value, s.percent, lang)}`;
}

/** A parsed target as people write it: `70%`, `3,7`, `WTP`, `Naskah final`, `≥ 80%`, `57/CC`, `3 dokumen`, `√`. */
export function formatParsed(v: ParsedValue, lang: Lang): string {
  switch (v.kind) {
    case 'empty':
      return lang === 'id' ? '(kosong)' : '(blank)';
    case 'none':
      return v.text;
    case 'invalid':
      return v.text;
    case 'ordinal':
      return v.label;
    case 'number':
      return v.unit ? `${figure(v.value, v.percent, lang)} ${v.unit}` : figure(v.value, v.percent, lang);
    case 'range':
      return v.percent ? `${formatNumber(v.low * 100, lang)}–${formatNumber(v.high * 100, lang)}%` : `${formatNumber(v.low, lang)}–${formatNumber(v.high, lang)}`;
    case 'bound':
      return `${BOUND_SIGN[v.op]} ${figure(v.value, v.percent, lang)}${v.unit ? ` ${v.unit}` : ''}`;
    case 'graded':
      return v.score ? `${score(v.score, lang)}/${v.grade.label}` : v.grade.label;
    case 'tick':
      return v.mark;
  }
}
