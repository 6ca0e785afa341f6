export { LiveCheck, type Recheck, type RowEdit } from './liveCheck';
