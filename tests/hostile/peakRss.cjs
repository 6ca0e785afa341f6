// Preloaded into the command under test (`node --require`): on exit, writes the process's peak
// resident set size in kilobytes to the file named by RBM_PEAK_RSS_FILE. The bench uses it too.
const file = process.env.RBM_PEAK_RSS_FILE;
if (file) process.on('exit', () => require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS)));
