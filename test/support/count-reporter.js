// Ends the run with one plain line, `Tests: N passed, N failed, N skipped`, that any CI log reader
// understands. Written at exit so that it comes after Jest's own summary.
export default class CountReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `Tests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`
    process.once('exit', () => process.stdout.write(line))
  }
}
