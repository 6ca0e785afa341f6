import { blankRow } from './blankRow';
import { columnMap } from './columnMap';
import { duplicateLabel } from './duplicateLabel';
import { extraLabel } from './extraLabel';
import { fragmentRow } from './fragmentRow';
import { implausibleRealisation } from './implausibleRealisation';
import { invalidChoice } from './invalidChoice';
import { missingLabel } from './missingLabel';
import { missingValue } from './missingValue';
import { noTarget } from './noTarget';
import { nonCanonicalValue } from './nonCanonicalValue';
import { percentConvention } from './percentConvention';
import { realisationWithoutTarget } from './realisationWithoutTarget';
import { repeatedHeader } from './repeatedHeader';
import { stageRegression } from './stageRegression';
import { textTooLong } from './textTooLong';
import { totalMismatch } from './totalMismatch';
import { typeError } from './typeError';
import { unitMismatch } from './unitMismatch';
import type { Rule } from './rule';

/** Every validation rule, run in this order. Adding a rule: its file, this list, and a test. */
export const RULES: readonly Rule[] = [
  columnMap,
  missingLabel,
  extraLabel,
  duplicateLabel,
  repeatedHeader,
  blankRow,
  fragmentRow,
  missingValue,
  typeError,
  nonCanonicalValue,
  invalidChoice,
  totalMismatch,
  unitMismatch,
  percentConvention,
  noTarget,
  stageRegression,
  realisationWithoutTarget,
  implausibleRealisation,
  textTooLong,
];
