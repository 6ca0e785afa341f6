/**
 * The sidebar's HostBridge over google.script.run (sheets-addon/client/scriptBridge.ts): each panel
 * request is one call of the named server function with plain arguments, handlers are set on a
 * fresh runner per call, and a server failure becomes an Error carrying only the sentence.
 */
import { failureMessage, scriptBridge, type ScriptRun } from '../../sheets-addon/client/scriptBridge';

/** A google.script.run stand-in: records calls and answers each with `answer(name, args)`, later. */
function fakeRun(answer: (name: string, args: unknown[]) => { ok: unknown } | { error: unknown }) {
  const calls: { name: string; args: unknown[] }[] = [];
  let runners = 0;
  const make = (success?: (v: unknown) => void, failure?: (e: unknown) => void): ScriptRun => {
    runners++;
    return new Proxy({} as ScriptRun, {
      get(_t, name: string) {
        if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => make(f, failure);
        if (name === 'withFailureHandler') return (f: (e: unknown) => void) => make(success, f);
        return (...args: unknown[]) => {
          calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
          const result = answer(name, args);
          setTimeout(() => ('ok' in result ? success?.(result.ok) : failure?.(result.error)), 0);
        };
      },
    });
  };
  return { calls, run: () => make(), runners: () => runners };
}

test('each panel request calls its server function with plain arguments', async () => {
  const host = fakeRun((name) => ({ ok: name === 'rbLanguage' ? 'en' : { name } }));
  const bridge = scriptBridge(host.run);
  expect(await bridge.language()).toBe('en');
  await bridge.validate('id', () => undefined);
  await bridge.clearHighlights('en');
  await bridge.previewFixes('id');
  await bridge.applyFixes('id');
  await bridge.summarise({ year: 2023, quarter: 2, lang: 'id' }, () => undefined);
  await bridge.selectCell('Lampiran II', 'N19');
  expect(host.calls).toEqual([
    { name: 'rbLanguage', args: [] },
    { name: 'rbValidate', args: ['id'] },
    { name: 'rbClearHighlights', args: ['en'] },
    { name: 'rbPreviewFixes', args: ['id'] },
    { name: 'rbApplyFixes', args: ['id'] },
    { name: 'rbSummarise', args: [{ year: 2023, quarter: 2, lang: 'id' }] },
    { name: 'rbSelectCell', args: ['Lampiran II', 'N19'] },
  ]);
  // A fresh runner (and handlers) per call: two handler calls on top of each google.script.run.
  expect(host.runners()).toBe(7 * 3);
});

test('calls running at once each get their own answer', async () => {
  const host = fakeRun((name, args) => ({ ok: `${name}:${String(args[0])}` }));
  const bridge = scriptBridge(host.run);
  const [a, b] = await Promise.all([bridge.validate('id'), bridge.previewFixes('en')]);
  expect([a, b]).toEqual(['rbValidate:id', 'rbPreviewFixes:en']);
});

test('a server failure rejects with the sentence alone', async () => {
  const sentence = 'Sheet “Ringkasan TW II 2023” sudah ada dan bukan buatan RB Matrix, jadi tidak diubah. Ganti nama sheet itu lalu coba lagi.';
  const host = fakeRun(() => ({ error: new Error(sentence) }));
  await expect(scriptBridge(host.run).summarise({ year: 2023, quarter: 2, lang: 'id' })).rejects.toThrow(new Error(sentence));
  expect(failureMessage(new Error(`Exception: ${sentence}`))).toBe(sentence);
  expect(failureMessage({ message: `Error: ${sentence}` })).toBe(sentence);
  expect(failureMessage('ScriptError: Authorisation is required to perform that action.')).toBe('Authorisation is required to perform that action.');
});
