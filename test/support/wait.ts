/**
 * Polls `check` every 250 ms until it holds or `timeoutMs` passes; returns whether it held. Tests
 * wait for a condition this way, never for a fixed time: a busy machine only makes them slower.
 * A check that throws counts as "not yet".
 */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
