import { HIGHLIGHT } from '../core/workbench/highlight';

/** The panel's look, injected once as a <style> (both hosts show it in a narrow side pane, ~300–350 px). */
export const PANEL_CSS = `
.rbm { font: 13px/1.4 "Segoe UI", Roboto, Arial, sans-serif; color: #222; padding: 10px 12px 24px; }
.rbm header { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; border-bottom: 2px solid #1F4E78; padding-bottom: 6px; margin-bottom: 8px; }
.rbm h1 { font-size: 16px; margin: 0; color: #1F4E78; }
.rbm .rbm-sub { font-size: 11px; color: #555; }
.rbm .rbm-lang button { border: 1px solid #1F4E78; background: #fff; color: #1F4E78; padding: 1px 6px; font-size: 11px; cursor: pointer; }
.rbm .rbm-lang button[aria-pressed="true"] { background: #1F4E78; color: #fff; }
.rbm section { margin: 10px 0 14px; }
.rbm h2 { font-size: 14px; margin: 0 0 4px; }
.rbm .rbm-hint { font-size: 11px; color: #555; margin: 0 0 6px; }
.rbm .rbm-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.rbm button.rbm-primary, .rbm button.rbm-secondary { border-radius: 2px; padding: 5px 10px; font: inherit; cursor: pointer; }
.rbm button.rbm-primary { background: #1F4E78; border: 1px solid #1F4E78; color: #fff; }
.rbm button.rbm-secondary { background: #fff; border: 1px solid #8a8886; color: #222; }
.rbm button:disabled { opacity: .5; cursor: default; }
.rbm input, .rbm select { font: inherit; padding: 3px 4px; }
.rbm input#rbm-year { width: 5.5em; }
.rbm #rbm-status { min-height: 1.4em; font-size: 12px; color: #1F4E78; }
.rbm #rbm-status.rbm-busy::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 6px; border: 2px solid #1F4E78; border-right-color: transparent; border-radius: 50%; animation: rbm-spin .8s linear infinite; vertical-align: -1px; }
@keyframes rbm-spin { to { transform: rotate(360deg); } }
.rbm .rbm-error { background: #FDE7E9; border-left: 4px solid #A80000; padding: 6px 8px; margin: 6px 0; }
.rbm .rbm-error:empty { display: none; }
.rbm .rbm-counts { display: flex; gap: 6px; margin: 6px 0; }
.rbm .rbm-counts span { padding: 2px 8px; border-radius: 10px; font-weight: 600; font-size: 12px; }
.rbm [data-severity="error"] .rbm-dot, .rbm .rbm-counts [data-severity="error"] { background: ${HIGHLIGHT.error}; }
.rbm [data-severity="warning"] .rbm-dot, .rbm .rbm-counts [data-severity="warning"] { background: ${HIGHLIGHT.warning}; }
.rbm [data-severity="info"] .rbm-dot, .rbm .rbm-counts [data-severity="info"] { background: ${HIGHLIGHT.info}; }
.rbm h3 { font-size: 12px; margin: 8px 0 2px; text-transform: uppercase; letter-spacing: .03em; color: #444; }
.rbm ul { list-style: none; margin: 0; padding: 0; }
.rbm li.rbm-finding { display: grid; grid-template-columns: 12px 3.6em 1fr; gap: 4px; padding: 4px 2px; border-bottom: 1px solid #eee; cursor: pointer; }
.rbm li.rbm-finding:hover, .rbm li.rbm-finding:focus { background: #F3F2F1; outline: none; }
.rbm li.rbm-finding.rbm-selected { background: #DEECF9; }
.rbm .rbm-dot { width: 10px; height: 10px; border-radius: 50%; margin-top: 4px; border: 1px solid #999; }
.rbm .rbm-cell { font-family: Consolas, "Courier New", monospace; font-weight: 600; color: #1F4E78; }
.rbm .rbm-message { overflow-wrap: anywhere; }
.rbm .rbm-fix-note { display: block; font-size: 11px; color: #107C10; }
.rbm .rbm-more { font-size: 11px; color: #555; padding: 4px 0; }
.rbm table.rbm-fixes { border-collapse: collapse; width: 100%; font-size: 12px; margin: 6px 0; }
.rbm table.rbm-fixes td, .rbm table.rbm-fixes th { border: 1px solid #ddd; padding: 2px 4px; vertical-align: top; overflow-wrap: anywhere; text-align: left; }
.rbm .rbm-summary-result { margin-top: 6px; }
.rbm table.rbm-columns { border-collapse: collapse; width: 100%; font-size: 12px; margin: 6px 0; }
.rbm table.rbm-columns td, .rbm table.rbm-columns th { border: 1px solid #ddd; padding: 2px 4px; vertical-align: top; overflow-wrap: anywhere; text-align: left; }
.rbm table.rbm-columns th, .rbm table.rbm-preview-rows th { white-space: nowrap; }
.rbm table.rbm-columns select { width: 100%; font-size: 12px; }
.rbm input.rbm-row-input { width: 4.5em; }
.rbm .rbm-preview-problems { list-style: disc; padding-left: 18px; font-size: 12px; color: #A80000; }
.rbm .rbm-summary-warning { background: #FFF4CE; border-left: 4px solid #986F0B; padding: 6px 8px; margin: 6px 0; }
`;
