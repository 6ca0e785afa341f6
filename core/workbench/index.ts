/**
 * The host-neutral steps of the add-ins' actions. An adapter reads a sheet once, calls these, and
 * writes once; every rule about matrices, highlights and summary sheets lives here, none in a host.
 */
export * from '../i18n';
export * from './highlight';
export * from './fixes';
export * from './textGuard';
export * from './activeMatrix';
export * from './summaryPass';
export * from './indicatorSheet';
export * from './validationPass';
export * from './outcomes';
export * from './columnsPass';
export * from './preparePass';
