// The wasm schema engine schedules 60 s timers that it never clears, and pg pools keep idle
// timers: without this, every Prisma CLI command lingers up to a minute after finishing.
// Imported first by prisma.config.ts so that it only affects CLI runs, never the app.
const originalSetTimeout = globalThis.setTimeout;
const originalSetInterval = globalThis.setInterval;

function unref<T>(handle: T): T {
  (handle as { unref?: () => void }).unref?.();
  return handle;
}

globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) =>
  unref(originalSetTimeout(...args))) as typeof setTimeout;
globalThis.setInterval = ((...args: Parameters<typeof setInterval>) =>
  unref(originalSetInterval(...args))) as typeof setInterval;

export {};
