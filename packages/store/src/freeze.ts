// Objects a store hands to every reader alike (cached messages, rooms,
// registrations) are frozen all the way down, so a reader that tried to
// change one fails loudly instead of changing what the next reader gets.
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
