/**
 * Times on the running order, in the venue's time zone and the viewer's, and the pace:
 * how far the event runs ahead of or behind its plan.
 *
 * The pace follows the operator. The moment an item is first shown is its actual start;
 * the first item shown anchors the plan. An item that started later (relative to that
 * anchor) than planned, or runs over its planned length, puts the event behind.
 */

/** "10:25" (a 24-hour clock, as running orders are printed) in a time zone, in `tag`'s digits. */
export function formatTime(iso, timeZone, tag) {
  if (!iso) return "";
  const options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone };
  return new Intl.DateTimeFormat(tag, options).format(new Date(iso));
}

export function viewerTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Minutes the event runs behind its plan (negative: ahead), rounded.
 * `items` are programme items; `log` maps an item id to the time (ms) it was first shown.
 */
export function paceMinutes(items, log, currentIndex, now = Date.now()) {
  const shown = items
    .map((item, index) => ({ item, index, at: log[item.id] }))
    .filter((entry) => entry.at && entry.item.startsAt);
  const current = items[currentIndex];
  if (!shown.length || !current?.startsAt || !log[current.id]) return 0;
  const anchor = shown.reduce((first, entry) => (entry.at < first.at ? entry : first));
  const planned = Date.parse(current.startsAt) - Date.parse(anchor.item.startsAt);
  const actual = log[current.id] - anchor.at;
  const length = (current.durationMinutes ?? 0) * 60000;
  const overrun = Math.max(0, now - log[current.id] - length);
  return Math.round((actual - planned + overrun) / 60000);
}
