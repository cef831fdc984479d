// Thread and DM summaries. Synchronous; sqlite-store.ts wraps it in async methods.
import type { Window, WindowResult } from "../store.js";
import type { DirectConversation, Thread } from "../types.js";
import type { CollectionStatements } from "./collection-statements.js";
import { invalidCursor, limitOf, modeOf, takePage } from "./keyset.js";
import { dmFromRow, groupBy, threadFromRow } from "./rows.js";

export class SqliteConversations {
  constructor(private readonly st: CollectionStatements) {}

  getThread(id: string): Thread | null {
    const row = this.st.thread.get({ id });
    return row ? threadFromRow(row) : null;
  }

  /** Threads whose stored room is `roomId`, by id; the cursor must be one of them. */
  listThreads(roomId: string, window: Window): WindowResult<Thread> {
    const { mode, cursor } = modeOf(window);
    const limit = limitOf(window);
    const params: Record<string, unknown> = { roomId, limit: limit + 1 };
    if (cursor !== null) {
      const at = this.st.thread.get({ id: cursor });
      if (!at || at.roomId !== roomId) throw invalidCursor(cursor);
      params.cursor = cursor;
    }
    const page = takePage(this.st.threadPages[mode].all(params), limit, mode === "before");
    return { items: page.rows.map(threadFromRow), hasMore: page.hasMore };
  }

  getDirectConversation(id: string): DirectConversation | null {
    const row = this.st.dm.get({ id });
    if (!row) return null;
    return dmFromRow(
      row,
      this.st.dmParticipants.all({ id }).map((p) => p.participantId),
    );
  }

  listDirectConversations(window: Window): WindowResult<DirectConversation> {
    const { mode, cursor } = modeOf(window);
    const limit = limitOf(window);
    const params: Record<string, unknown> = { limit: limit + 1 };
    if (cursor !== null) {
      if (!this.st.dm.get({ id: cursor })) throw invalidCursor(cursor);
      params.cursor = cursor;
    }
    const page = takePage(this.st.dmPages[mode].all(params), limit, mode === "before");
    if (page.rows.length === 0) return { items: [], hasMore: page.hasMore };
    const participants = groupBy(
      this.st.participantsOfDms.all({ ids: JSON.stringify(page.rows.map((r) => r.dmId)) }),
      (p) => p.dmId,
      (p) => p.participantId,
    );
    return { items: page.rows.map((r) => dmFromRow(r, participants.get(r.dmId) ?? [])), hasMore: page.hasMore };
  }
}
