export { templatePlan, templateSheetName, templateNote, TEMPLATE_KINDS, TEMPLATE_ROWS, HEADER_TOP, type TemplateKind, type TemplateRequest } from './templatePlan';
export { freeSheetName } from './freeSheetName';
export { newMatrixPass, type NewMatrixRequest, type NewMatrixOutcome } from './newMatrixPass';
