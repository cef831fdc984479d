export { EventFeed, Subscription, RING_SIZE, PAGE_SIZE, isDirectMessageEvent, type FeedOptions, type FeedItem } from "./feed.js";
export { messageEventId, newEventId, replayGapEventId, REPLAY_GAP_PREFIX } from "./ids.js";
export { StreamLimiter, MAX_STREAMS, MAX_STREAMS_PER_IDENTITY } from "./limiter.js";
export { anonymousEventFilter } from "./filters.js";
export { wireEvent } from "./wire.js";
