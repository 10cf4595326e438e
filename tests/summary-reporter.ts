/** Ends a run with one plain line, `<project>: N passed, N failed, N skipped`. */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const projects = new Set<string>();
    for (const m of modules) {
      projects.add(m.project.name || 'tests');
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`\n${[...projects].join('+') || 'tests'}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
