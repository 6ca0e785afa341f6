/**
 * Checks while typing in Sheets, off by default: the panel's switch names the matrix sheet in a
 * document property, and the add-on's `onEdit` simple trigger checks that sheet again after each
 * edit and repaints its highlights. Apps Script keeps nothing between two runs of a trigger, so each
 * edit reads and checks the sheet whole (*Periksa matriks*: 1 read of the sheet, a few calls to
 * repaint): its cost grows with the sheet, hence off unless asked for.
 *
 * The limits this lives within (developers.google.com/apps-script/guides/triggers#restrictions and
 * developers.google.com/workspace/add-ons/concepts/editor-triggers): a simple trigger runs in
 * `AuthMode.LIMITED` (the open spreadsheet and document properties only, no service that needs
 * authorisation: developers.google.com/apps-script/reference/script/auth-mode), for at most 30
 * seconds, and an add-on's simple triggers run only in a file where the add-on has been used. The
 * sidebar is not told (a trigger cannot reach it): its list follows at the next *Periksa matriks*.
 */
import type { Lang } from '../../core/i18n';
import type { ValidateOutcome } from '../../core/workbench/validationPass';
import { validateActive } from './highlightAction';
import { userLanguage } from './language';

/** The document property naming the sheet checked while typing (absent: off). */
export const LIVE_KEY = 'rbm.liveCheck';

/** The panel's switch: on checks the active sheet now and watches it; off forgets it. */
export function setLiveCheck(enabled: boolean, lang: Lang): ValidateOutcome | null {
  const properties = PropertiesService.getDocumentProperties();
  if (!enabled) {
    properties.deleteProperty(LIVE_KEY);
    return null;
  }
  const outcome = validateActive(lang);
  properties.setProperty(LIVE_KEY, String(SpreadsheetApp.getActiveSheet().getSheetId()));
  return outcome;
}

/** `onEdit`: the watched sheet checked again (1 call when the switch is off or another sheet was edited). */
export function liveEdit(e: { range?: GoogleAppsScript.Spreadsheet.Range } | undefined): void {
  const watched = PropertiesService.getDocumentProperties().getProperty(LIVE_KEY);
  if (!watched || !e?.range || String(e.range.getSheet().getSheetId()) !== watched) return;
  try {
    validateActive(userLanguage());
  } catch (error) {
    console.error(error); // no one to tell: the sheet stays as it was
  }
}
