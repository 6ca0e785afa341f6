/**
 * The summary tab's colours as conditional formats, for cells whose value the host computes (a live
 * Capaian or Status formula in a monitoring matrix): the same lights as the tab's own cells
 * (look.ts), decided by the host while the user types. Both are formula rules with ISNUMBER or an
 * exact text, never cell-value comparisons: Excel compares a text (a formula's `""`) as greater than
 * any number, which would light an empty Capaian green.
 */
import type { Status } from '../attainment/types';
import { areaRef, type PlanArea } from '../plan/area';
import type { PlanConditionalFormat } from '../plan/conditionalFormat';
import { formulaNumber } from '../plan/comparison';
import { LIGHTS, lightFloors, STATUS_COLOUR } from './look';
import { STATUS_TEXT, tabText } from './texts';

/** The area's top-left cell, which a rule's relative references start from. */
function topLeft(area: PlanArea): string {
  return areaRef({ ...area, bottom: area.top, right: area.left });
}

/** Capaian cells (fractions) lit as trafficLight lights them: green from 91%, yellow from 66%, red below; blank and text cells unlit. */
export function capaianFormats(area: PlanArea): PlanConditionalFormat[] {
  const x = topLeft(area);
  const areas = [area];
  const floors = lightFloors();
  return floors.map(({ light, floor }, i) => ({
    areas,
    rule: { kind: 'formula', formula: i === floors.length - 1 ? `ISNUMBER(${x})` : `AND(ISNUMBER(${x}),${x}>=${formulaNumber(floor)})` },
    fill: LIGHTS[light].fill,
    font: { color: LIGHTS[light].font, bold: true },
  }));
}

/** Status cells coloured by the status they name, as the tab's Status column is (exact text, any case). */
export function statusFormats(area: PlanArea): PlanConditionalFormat[] {
  const x = topLeft(area);
  const areas = [area];
  return (Object.keys(STATUS_COLOUR) as Status[]).map((status) => ({
    areas,
    rule: { kind: 'formula', formula: `${x}="${tabText(STATUS_TEXT[status])}"` },
    fill: STATUS_COLOUR[status].fill,
    font: { color: STATUS_COLOUR[status].font },
  }));
}
