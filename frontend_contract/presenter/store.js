/**
 * What the presenter keeps in the browser: the last programme the API gave for each
 * meeting and language, and where the operator is. A network drop or an API error then
 * never blanks the screen: the saved programme stays up with the status light saying so.
 * Storage may be full or disabled (private windows): every call here fails quietly.
 */

const PREFIX = "ghrs-presenter";

function key(...parts) {
  return [PREFIX, ...parts].join(":");
}

function read(name) {
  try {
    const text = localStorage.getItem(name);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function write(name, value) {
  try {
    localStorage.setItem(name, JSON.stringify(value));
  } catch {
    // Full or disabled storage: the presenter still works, only without a saved copy.
  }
}

/** Keep the API's answer for this meeting and language, with when it was received. */
export function saveProgramme(meetingId, locale, data) {
  write(key("programme", meetingId, locale), { savedAt: new Date().toISOString(), data });
}

/** The last answer kept for this meeting and language: `{ savedAt, data }` or null. */
export function savedProgramme(meetingId, locale) {
  return read(key("programme", meetingId, locale));
}

/** Remember the item on screen (by its block id, shared by every language). */
export function savePosition(meetingId, position) {
  write(key("position", meetingId), position);
}

/** `{ itemId, log }` as last saved, or null. */
export function savedPosition(meetingId) {
  return read(key("position", meetingId));
}
