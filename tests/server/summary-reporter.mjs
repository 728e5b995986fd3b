// Node test-runner reporter for the tests that run in Node (the endpoint's, the build scripts'):
// prints one plain closing line, `node: N passed, N failed[, N skipped]` (CI reads it), alongside the spec reporter.
// Suites are not counted, except a suite that failed on its own (a hook), and a test file that
// failed to load counts as a failure.
export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo } = event.data;
    if (details?.type === 'suite') {
      if (event.type === 'test:fail' && details.error?.failureType !== 'subtestsFailed') failed++;
      continue;
    }
    if (skip || todo) skipped++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  yield `node: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}
