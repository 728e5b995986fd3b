// In-page helpers shared by the benchmark pages (page.js, article-page.js), served as /bench-shared.js.

/** Long tasks seen since the page loaded (the browser reports them a little after they end). */
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

/** The longest long task that overlapped [start, start + ms], 0 when there was none (all under 50 ms). */
export async function longestTaskIn(start, ms) {
  // Long tasks are reported asynchronously: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return longTasks.filter((t) => t.startTime + t.duration >= start && t.startTime <= start + ms).reduce((m, t) => Math.max(m, t.duration), 0);
}

/** Resolves after the next frame has been produced (rAF, then a task after paint). */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export const stage = document.getElementById('stage');

/** An empty stage, garbage collected and painted, before a timed run starts. */
export async function clearStage() {
  stage.replaceChildren();
  globalThis.gc?.();
  await painted();
  await painted();
}
