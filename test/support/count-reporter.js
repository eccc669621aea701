// Ends the run with one plain line, `Tests: N passed, N failed, N skipped`, that any CI log reader understands.
export default class CountReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    const failed = numFailedTests + results.numRuntimeErrorTestSuites
    process.stdout.write(
      `Tests: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped\n`
    )
  }
}
