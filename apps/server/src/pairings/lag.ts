// Relay lag per pairing for /metrics: events in the log after the pairing's
// stored relay position (read from the store, so every server sharing the
// database reports the relayer's progress, whichever server relays).
import type { Store } from "@moltnet/store";
import type { PairingSettings } from "../settings.js";

export async function relayLags(
  store: Store,
  pairings: readonly PairingSettings[],
): Promise<Array<{ pairingId: string; lag: number }>> {
  try {
    const head = await store.events.head();
    const out: Array<{ pairingId: string; lag: number }> = [];
    for (const p of pairings) {
      const position = await store.relayCursors.position(p.id);
      out.push({ pairingId: p.id, lag: position === null ? 0 : Math.max(0, head - position) });
    }
    return out;
  } catch {
    return []; // The store is down: /metrics still answers, without relay lag.
  }
}
