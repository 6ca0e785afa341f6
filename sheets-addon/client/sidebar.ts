/** The sidebar's entry: the shared panel over google.script.run. The build inlines this bundle into Sidebar.html. */
import { mountPanel } from '../../ui/panel';
import { scriptBridge, type ScriptRun } from './scriptBridge';

declare const google: { script: { run: ScriptRun } };

// google.script.run is read at each call (the sidebar's host page provides it; withSuccessHandler gives a new runner).
mountPanel(document.getElementById('app')!, scriptBridge(() => google.script.run));
