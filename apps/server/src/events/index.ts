// The event feed and what routes need to stream it.
export { EventFeed, Subscription, RING_SIZE } from "./feed.js";
export { messageEventId, newEventId, replayGapEventId } from "./ids.js";
