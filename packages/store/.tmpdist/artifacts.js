/** A part is an artifact when it is not plain text, or carries a url, filename or media type. */
export function isArtifactPart(part) {
    return part.kind !== "text" || !!part.url || !!part.filename || !!part.media_type;
}
export function artifactId(messageId, partIndex) {
    return `art_${messageId}_${partIndex}`;
}
/** The artifacts a message yields, in part order. Text and data are not copied. */
export function extractArtifacts(message) {
    const out = [];
    message.parts.forEach((part, index) => {
        if (!isArtifactPart(part))
            return;
        const id = artifactId(message.id, index);
        const artifact = {
            id,
            network_id: message.network_id,
            fqid: message.network_id ? `molt://${message.network_id}/artifacts/${id}` : "",
            message_id: message.id,
            target: message.target,
            part_index: index,
            kind: part.kind,
            created_at: message.created_at,
        };
        if (part.media_type)
            artifact.media_type = part.media_type;
        if (part.filename)
            artifact.filename = part.filename;
        if (part.url)
            artifact.url = part.url;
        out.push(artifact);
    });
    return out;
}
//# sourceMappingURL=artifacts.js.map