// Runs once when the server process starts (`next start` and `next dev`), before Next handles any
// request it has parsed: the client address of each request is recorded from its socket here.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installSocketAddressHook } = await import("@/lib/visitors/socket-address-hook");
    installSocketAddressHook();
  }
}
