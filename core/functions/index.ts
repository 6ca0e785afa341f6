/**
 * The spreadsheet functions, written once for every host: Excel registers them as `=RB.CAPAIAN(…)`
 * (its metadata is generated from the JSDoc of each function, which is why each is a plain
 * `function` declaration tagged `@customfunction`), Google Sheets as `=RB_CAPAIAN(…)`.
 * See `broadcast.ts` for the conventions every function shares (ranges in, a column out; problems
 * as data, shown by each host its own way; never a throw).
 */
import { AKHIR_TW } from './akhirTw';
import { CAPAIAN } from './capaian';
import { CAPAIAN_PERIODE } from './capaianPeriode';
import { NILAI } from './nilai';
import { NILAI_CAPAIAN } from './nilaiCapaian';
import { PREDIKAT } from './predikat';
import { STATUS } from './status';
import { TW } from './tw';
import { VALIDASI } from './validasi';

export { AKHIR_TW, CAPAIAN, CAPAIAN_PERIODE, NILAI, NILAI_CAPAIAN, PREDIKAT, STATUS, TW, VALIDASI };
export { setClock, today } from './status';

/** Every function by its name, for the hosts to register (Excel under the `RB.` namespace, Sheets as `RB_NAME`). */
export const CUSTOM_FUNCTIONS: Record<string, (...args: any[]) => any[][]> = {
  CAPAIAN,
  CAPAIAN_PERIODE,
  STATUS,
  PREDIKAT,
  NILAI,
  NILAI_CAPAIAN,
  TW,
  AKHIR_TW,
  VALIDASI,
};
