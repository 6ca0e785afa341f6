// Preloaded into the command under test (`node --require`): on exit, writes the process's peak
// resident set size in kilobytes to the file named by RBM_PEAK_RSS_FILE. The bench uses it too.
// Linux: VmHWM of /proc/self/status, the high-water mark of this process image alone
// (getrusage's ru_maxrss keeps the parent's, from before the fork and exec, when that was larger).
const fs = require('node:fs');

function peakKB() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.RBM_PEAK_RSS_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, String(peakKB())));
