// The few derived values a message's rows need (artifact rows, DM
// participants), computed the plain way for the raw baselines.
import type { Message } from "@moltnet/store";

export interface RawArtifact {
  id: string;
  fqid: string;
  partIndex: number;
  kind: string;
  mediaType: string;
  filename: string;
  url: string;
}

/** Every part that is not plain text, or carries a url, filename or media type. */
export function artifactRows(m: Message): RawArtifact[] {
  const out: RawArtifact[] = [];
  for (let i = 0; i < m.parts.length; i++) {
    const p = m.parts[i]!;
    if (p.kind === "text" && !p.url && !p.filename && !p.media_type) continue;
    const id = `art_${m.id}_${i}`;
    out.push({
      id,
      fqid: `molt://${m.network_id}/artifacts/${id}`,
      partIndex: i,
      kind: p.kind,
      mediaType: p.media_type ?? "",
      filename: p.filename ?? "",
      url: p.url ?? "",
    });
  }
  return out;
}

/** The DM's declared participants plus the sender, sorted. */
export function participantsOf(m: Message): string[] {
  const ids = new Set(m.target.participant_ids ?? []);
  ids.add(m.from.id);
  return [...ids].sort();
}
