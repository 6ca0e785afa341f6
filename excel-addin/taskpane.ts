/** The task pane's entry: once Office is ready, the shared panel over the Excel bridge. */
import { mountPanel } from '../ui/panel';
import { ExcelBridge } from './excelBridge';

Office.onReady(() => {
  mountPanel(document.getElementById('app')!, new ExcelBridge());
});
