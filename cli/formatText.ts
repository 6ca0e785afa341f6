import type { Severity } from '../core/findings/catalogue';
import { formatNumber } from '../core/values/formatValue';
import type { Lang } from '../core/i18n';
import type { ValidationReport } from '../core/validate';
import { STRINGS } from './strings';
import { terminalText } from './terminalText';

const COLOURS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const MARKS: Record<Severity, string> = { error: '✖', warning: '▲', info: '·' };
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';

/** The report for people: findings grouped by row, with cell addresses, coloured on a terminal. */
export function formatText(file: string, report: ValidationReport, lang: Lang, colour: boolean): string {
  const s = STRINGS[lang];
  const paint = (code: string, text: string) => (colour ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  const kind = report.kind ? s.kinds[report.kind] : '';
  lines.push(paint(BOLD, terminalText(`${file} › ${report.sheet}`)) + (kind ? `  (${kind})` : ''));
  if (report.header) {
    const c = report.counts;
    // Counted by the matrix's own columns (Indikator Kinerja, Sub Kegiatan…); the layout's usual names otherwise.
    const by = report.header.groupedBy;
    const name = (title: { id: string; en: string }) => (lang === 'en' ? plural(title.en.toLowerCase()) : title.id.toLowerCase());
    const groups = by ? name(by.outer) : report.kind ? s.groups[report.kind] : '';
    // A matrix grouped by its own columns but with no action column (an indicator table) counts no actions.
    const actions = by?.action ? name(by.action) : by ? undefined : s.actions;
    lines.push(paint(DIM, `${s.header(report.header.rows[0], report.header.rows[1])} · ${s.counts(c.kegiatan, groups, c.rencanaAksi, actions, c.outputs)}`));
  }
  let currentRow = -1;
  for (const f of report.findings) {
    if (f.row !== currentRow) {
      currentRow = f.row;
      lines.push('', paint(BOLD, `${s.row} ${f.row}`));
    }
    const mark = paint(COLOURS[f.severity], `${MARKS[f.severity]} ${(f.range ?? f.cell).padEnd(6)}`);
    const run = f.count ? ` ${paint(DIM, s.run(f.count))}` : '';
    lines.push(`  ${mark} ${terminalText(f.message)}${run} ${paint(DIM, `[${f.code}]`)}`);
    if (f.fix) lines.push(`           ${paint(DIM, `${s.fix}: ${terminalText(f.fix.message)}`)}`);
  }
  const c = report.counts;
  lines.push('');
  const summary = s.summary(c.errors, c.warnings, c.infos);
  lines.push(c.errors ? paint(COLOURS.error, summary) : c.warnings ? paint(COLOURS.warning, summary) : summary);
  if (!c.errors && !c.warnings) lines.push(s.clean);
  return lines.join('\n');
}

/** `1 output`, `2 outputs`: an English count with its noun (Indonesian nouns do not change). */
export function englishCount(n: number, noun: string): string {
  return `${formatNumber(n, 'en')} ${n === 1 ? noun : plural(noun)}`;
}

/** An English noun's plural, for the layouts' titles (activity → activities, plan → plans); Indonesian has none. */
function plural(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}
