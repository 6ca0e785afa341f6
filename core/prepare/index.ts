export { prepareMonitoring, type PrepareOptions, type PreparedMonitoring } from './prepareMonitoring';
export { quarterParent, resultLabel } from './newColumns';
export { rowFormulas, statusText } from './rowFormulas';
