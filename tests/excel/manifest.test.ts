/**
 * manifest.xml: well-formed, in the element order of Microsoft's schema (TaskPaneApp,
 * VersionOverrides V1_0), every resid defined (and every resource used), the shared runtime and the
 * RB namespace in place, every URL https, the icons real PNGs of their sizes.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allElements, child, local, parseXml, type XmlElement } from './xml';

const ROOT = path.join(__dirname, '../..');
const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const manifest = parseXml(source);

/** The schema's sequence of an element's children: every child present, in this order. */
function expectOrder(el: XmlElement, sequence: string[], required: string[] = []): void {
  const names = el.children.map(local);
  for (const n of names) expect([el.name, n, sequence.includes(n)]).toEqual([el.name, n, true]);
  const positions = names.map((n) => sequence.indexOf(n));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  for (const r of required) expect(names).toContain(r);
}

describe('the XML reader is strict', () => {
  test.each([
    ['mismatched tags', '<a><b></a></b>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['a bare ampersand', '<a>R&D</a>'],
    ['two roots', '<a/><b/>'],
    ['an unclosed element', '<a><b/>'],
    ['text after the root', '<a/>x'],
  ])('rejects %s', (_why, xml) => {
    expect(() => parseXml(xml)).toThrow(/XML:/);
  });

  test('reads entities, comments and attributes', () => {
    const el = parseXml('<?xml version="1.0"?><!-- c --><a b="x &amp; y"><c>1 &lt; 2</c><!-- d --></a>');
    expect(el.attributes.b).toBe('x & y');
    expect(el.children[0].text).toBe('1 < 2');
  });
});

test('an Excel task pane add-in in the schema’s element order', () => {
  expect(manifest.name).toBe('OfficeApp');
  expect(manifest.attributes.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
  expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
  expectOrder(
    manifest,
    ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides'],
    ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'],
  );
  expect(child(manifest, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(child(manifest, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(child(child(manifest, 'Hosts'), 'Host').attributes.Name).toBe('Workbook');
  expect(child(manifest, 'Permissions').text).toBe('ReadWriteDocument');

  const overrides = child(manifest, 'VersionOverrides');
  expect(overrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
  expectOrder(overrides, ['Description', 'Requirements', 'Hosts', 'Resources'], ['Hosts', 'Resources']);
  const host = child(child(overrides, 'Hosts'), 'Host');
  expect(host.attributes['xsi:type']).toBe('Workbook');
  expectOrder(host, ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'], ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
  expectOrder(child(host, 'DesktopFormFactor'), ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['FunctionFile', 'ExtensionPoint']);
  expectOrder(child(overrides, 'Resources'), ['Images', 'Urls', 'ShortStrings', 'LongStrings'], ['Images', 'Urls', 'ShortStrings', 'LongStrings']);
  const functions = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
  expect(functions.attributes['xsi:type']).toBe('CustomFunctions');
  expectOrder(functions, ['Script', 'Page', 'Metadata', 'Namespace'], ['Script', 'Page', 'Metadata', 'Namespace']);
});

/** Resources by id: which list holds each and its value. */
function resources(): Map<string, { kind: string; value: string }> {
  const out = new Map<string, { kind: string; value: string }>();
  for (const list of child(child(manifest, 'VersionOverrides'), 'Resources').children) {
    for (const item of list.children) {
      expect(out.has(item.attributes.id)).toBe(false);
      out.set(item.attributes.id, { kind: local(list), value: item.attributes.DefaultValue });
    }
  }
  return out;
}

test('every resid is defined, in the list its use needs, and every resource is used', () => {
  const defined = resources();
  const uses = allElements(manifest).filter((el) => el.attributes.resid !== undefined);
  expect(uses.length).toBeGreaterThan(10);
  const kindFor = (el: XmlElement): string[] =>
    local(el) === 'Image' ? ['Images'] : ['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(local(el)) ? ['Urls'] : local(el) === 'Description' ? ['LongStrings', 'ShortStrings'] : ['ShortStrings'];
  for (const use of uses) {
    const found = defined.get(use.attributes.resid);
    expect([use.attributes.resid, found !== undefined]).toEqual([use.attributes.resid, true]);
    expect(kindFor(use)).toContain(found!.kind);
  }
  const used = new Set(uses.map((u) => u.attributes.resid));
  expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  // Office's limits: short strings 125 characters, long strings 250.
  for (const [id, r] of defined) {
    if (r.kind === 'ShortStrings') expect([id, r.value.length <= 125]).toEqual([id, true]);
    if (r.kind === 'LongStrings') expect([id, r.value.length <= 250]).toEqual([id, true]);
  }
});

test('a shared runtime: one page for the pane, the ribbon and the RB functions', () => {
  const defined = resources();
  const sets = allElements(child(manifest, 'Requirements')).filter((e) => local(e) === 'Set');
  // CustomFunctionsRuntime 1.3: CustomFunctions.Error (1.2) and its further ErrorCode values and error inputs (1.3).
  expect(sets.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual(expect.arrayContaining([['SharedRuntime', '1.1'], ['CustomFunctionsRuntime', '1.3']]));
  const host = child(child(child(manifest, 'VersionOverrides'), 'Hosts'), 'Host');
  const runtime = child(child(host, 'Runtimes'), 'Runtime');
  expect(runtime.attributes.lifetime).toBe('long');
  const page = runtime.attributes.resid;
  expect(defined.get(page)!.value).toBe(child(child(manifest, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue);
  expect(defined.get(page)!.value).toMatch(/\/taskpane\.html$/);
  const functions = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
  expect(child(child(functions, 'Page'), 'SourceLocation').attributes.resid).toBe(page);
  expect(defined.get(child(child(functions, 'Script'), 'SourceLocation').attributes.resid)!.value).toMatch(/\/functions\.js$/);
  expect(defined.get(child(child(functions, 'Metadata'), 'SourceLocation').attributes.resid)!.value).toMatch(/\/functions\.json$/);
  expect(defined.get(child(functions, 'Namespace').attributes.resid)!.value).toBe('RB');
  const desktop = child(host, 'DesktopFormFactor');
  expect(child(desktop, 'FunctionFile').attributes.resid).toBe(page);
  // The Home tab button opens the pane on the same page.
  const tab = child(child(desktop, 'ExtensionPoint'), 'OfficeTab');
  expect(tab.attributes.id).toBe('TabHome');
  const action = allElements(tab).find((e) => local(e) === 'Action')!;
  expect(action.attributes['xsi:type']).toBe('ShowTaskpane');
  expect(child(action, 'SourceLocation').attributes.resid).toBe(page);
});

test('the shared runtime has one task pane: no TaskpaneId under the host of the long-lived runtime', () => {
  // "In the ancestor <Host> element that has a descendant <Runtime> element that is set to a long
  // lifetime, none of the descendant <Action> elements should have a <TaskpaneID> child element."
  // (learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime)
  for (const host of allElements(child(manifest, 'VersionOverrides')).filter((e) => local(e) === 'Host')) {
    const long = allElements(host).some((e) => local(e) === 'Runtime' && e.attributes.lifetime === 'long');
    if (!long) continue;
    const actions = allElements(host).filter((e) => local(e) === 'Action');
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action.children.map(local)).not.toContain('TaskpaneId');
  }
});

test('no AppDomain repeats the add-in’s own origin (it is trusted already; listing it does nothing)', () => {
  const origin = new URL(child(child(manifest, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue).origin;
  const domains = allElements(manifest).filter((e) => local(e) === 'AppDomain').map((e) => new URL(e.text.trim()).origin);
  expect(domains).not.toContain(origin);
});

test('every URL is https (namespace names excepted: they are names, never fetched)', () => {
  const urls: string[] = [];
  for (const el of allElements(manifest)) {
    for (const [k, v] of Object.entries(el.attributes)) if (!k.startsWith('xmlns') && /^\w+:\/\//.test(v)) urls.push(v);
    if (/^\s*\w+:\/\//.test(el.text)) urls.push(el.text.trim());
  }
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) expect(u).toMatch(/^https:\/\/[^\s]+$/);
});

test('the icons are PNGs of the sizes the manifest says', () => {
  const defined = resources();
  const icons: [string, number][] = [
    [child(manifest, 'IconUrl').attributes.DefaultValue, 32],
    [child(manifest, 'HighResolutionIconUrl').attributes.DefaultValue, 64],
    ...allElements(manifest)
      .filter((e) => local(e) === 'Image' && e.attributes.size)
      .map((e): [string, number] => [defined.get(e.attributes.resid)!.value, Number(e.attributes.size)]),
  ];
  for (const [url, size] of icons) {
    const file = path.join(ROOT, new URL(url).pathname);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([url, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([url, size, size]);
  }
});
