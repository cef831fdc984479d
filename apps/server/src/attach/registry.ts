// The reference's rule for several live attachments of one agent on this
// server: another attachment may join only when both it and the live one
// hold an actor credential (a static token or agent token), and the same one.
// An anonymous attachment never shares, so a second anonymous client cannot
// take over an agent's events.
export interface AttachCredential {
  key: string;
  authenticated: boolean;
}

export class AttachmentRegistry {
  readonly #claims = new Map<string, { credential: AttachCredential; count: number }>();

  /** The number of live attachments (for /metrics). */
  get active(): number {
    let n = 0;
    for (const c of this.#claims.values()) n += c.count;
    return n;
  }

  has(agentId: string): boolean {
    return this.#claims.has(agentId);
  }

  /** A release function, or the reference's error text. */
  acquire(agentId: string, credential: AttachCredential): { release: () => void } | { error: string } {
    const existing = this.#claims.get(agentId);
    if (existing) {
      if (!existing.credential.authenticated || !credential.authenticated) {
        return {
          error: `agent ${JSON.stringify(agentId)} already has an active attachment; attach with an actor credential to reconnect`,
        };
      }
      if (existing.credential.key !== credential.key)
        return { error: `agent ${JSON.stringify(agentId)} is already attached with different credentials` };
      existing.count++;
    } else this.#claims.set(agentId, { credential, count: 1 });
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const claim = this.#claims.get(agentId);
        if (!claim) return;
        if (--claim.count <= 0) this.#claims.delete(agentId);
      },
    };
  }
}
