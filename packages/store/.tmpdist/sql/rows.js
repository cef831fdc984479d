// Encoding of domain records into the reference's SQL row layout and back,
// shared by the SQLite and Postgres adapters. JSON columns are written as Go's
// encoding/json would write them, so the reference can read our rows.
import { goStringify, wireActor, wireOrigin, wirePart, wireTarget } from "../wire.js";
import { readStoredTime } from "../time.js";
export function messageToRow(message, columns, time) {
    return {
        id: message.id,
        networkId: message.network_id,
        targetKind: message.target.kind,
        ...columns,
        targetJson: goStringify(wireTarget(message.target)),
        fromJson: goStringify(wireActor(message.from)),
        partsJson: goStringify(message.parts.map(wirePart)),
        mentionsJson: message.mentions && message.mentions.length > 0 ? goStringify(message.mentions) : "null",
        createdAt: time.write(message.created_at),
        originJson: goStringify(wireOrigin(message.origin)),
    };
}
/** Null when a JSON column cannot be decoded: the row is skipped, as the reference skips it. */
export function rowToMessage(row, time) {
    try {
        const target = JSON.parse(row.targetJson);
        const from = JSON.parse(row.fromJson);
        const parts = JSON.parse(row.partsJson);
        const mentions = JSON.parse(row.mentionsJson);
        const origin = (JSON.parse(row.originJson || "{}") ?? {});
        if (!target || typeof target !== "object" || !from || typeof from !== "object")
            return null;
        const message = {
            id: row.id,
            network_id: row.networkId,
            origin: { network_id: origin.network_id ?? "", message_id: origin.message_id ?? "" },
            target,
            from: { ...from, type: from.type ?? "", id: from.id ?? "" },
            parts: Array.isArray(parts) ? parts : [],
            created_at: time.read(row.createdAt),
        };
        if (Array.isArray(mentions) && mentions.length > 0)
            message.mentions = mentions;
        return message;
    }
    catch {
        return null;
    }
}
export function artifactToRow(artifact, columns, time) {
    return {
        id: artifact.id,
        networkId: artifact.network_id,
        fqid: artifact.fqid,
        messageId: artifact.message_id,
        targetKind: artifact.target.kind,
        ...columns,
        targetJson: goStringify(wireTarget(artifact.target)),
        partIndex: artifact.part_index,
        kind: artifact.kind,
        // The reference writes '' rather than NULL for these three.
        mediaType: artifact.media_type ?? "",
        filename: artifact.filename ?? "",
        url: artifact.url ?? "",
        createdAt: time.write(artifact.created_at),
    };
}
export function rowToArtifact(row, time) {
    let target;
    try {
        target = JSON.parse(row.targetJson);
        if (!target || typeof target !== "object")
            return null;
    }
    catch {
        return null;
    }
    const artifact = {
        id: row.id,
        network_id: row.networkId,
        fqid: row.fqid,
        message_id: row.messageId,
        target,
        part_index: row.partIndex,
        kind: row.kind,
        created_at: time.read(row.createdAt),
    };
    if (row.mediaType)
        artifact.media_type = row.mediaType;
    if (row.filename)
        artifact.filename = row.filename;
    if (row.url)
        artifact.url = row.url;
    return artifact;
}
export { readStoredTime };
//# sourceMappingURL=rows.js.map