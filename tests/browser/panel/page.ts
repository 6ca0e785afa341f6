/** The panel page for the browser test: the seed-like matrix in a MemoryBridge, exposed as `window.bridge`. */
import { mountPanel } from '../../../ui/panel';
import { MemoryBridge } from './memoryBridge';
import type { Grid } from '../../../core';

declare global {
  interface Window {
    bridge: MemoryBridge;
    startPanel(grid: Grid, lang?: 'id' | 'en'): void;
  }
}

window.startPanel = (grid, lang) => {
  window.bridge = new MemoryBridge(grid, lang);
  mountPanel(document.getElementById('app')!, window.bridge, { today: new Date(2023, 6, 15) });
};
