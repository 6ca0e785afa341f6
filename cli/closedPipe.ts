/**
 * `rbm validate big.xlsx | head`: once whatever reads our output stops reading, the next write fails
 * with EPIPE, which Node raises as an unhandled 'error' event with a stack trace. The report was
 * wanted only that far: leave quietly, with the exit code the command has set (0 if none yet).
 * Any other failure to write says so in one line.
 */
let guarded = false;

export function leaveQuietlyOnClosedPipe(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
      if (e.code === 'EPIPE') process.exit(code);
      if (stream !== process.stderr) process.stderr.write(`rbm: keluaran tidak dapat ditulis / output cannot be written: ${e.code ?? e.message}\n`);
      process.exit(Math.max(code, 2));
    });
  }
}
