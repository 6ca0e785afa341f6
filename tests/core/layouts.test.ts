/** The layout declarations: each template is read back as its own kind, with no header finding. */
import { LAYOUTS } from '../../core/layout';
import { validateGrid } from '../../core';

test.each(LAYOUTS.map((l) => [l.kind, l] as const))('the %s template is detected as itself, every column recognised', (kind, layout) => {
  const { report } = validateGrid({ sheetName: 'T', values: layout.template.map((r) => [...r]) });
  expect(report.kind).toBe(kind);
  expect(report.findings).toEqual([]);
  const labelled = layout.template[layout.template.length - 1].map((child, i) => child || layout.template[0][i]).filter((l) => l !== '');
  expect(Object.keys(report.header?.columns ?? {})).toHaveLength(labelled.length);
});
