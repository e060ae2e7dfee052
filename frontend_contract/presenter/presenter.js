/**
 * The launch-event presenter: a meeting's running order, full screen, run from the keyboard.
 *
 * It reads only the public GraphQL API, through the contract's PresenterProgramme operation
 * and the reference client, as any external site would. The last good programme is kept
 * in the browser (store.js), so a network drop or an API error leaves the saved programme
 * on screen with the status light saying so. Keys: → next, ← previous, Home first item,
 * F full screen, L next language, C captions, N notes window, R reload the programme.
 */

import { createClient } from "./ghrs-client.mjs";
import { formatTime, paceMinutes, viewerTimeZone } from "./clock.js";
import { fill, languageTag, words } from "./i18n.js";
import { mount, prefetch } from "./media.js";
import { savePosition, saveProgramme, savedPosition, savedProgramme } from "./store.js";

const REFRESH_MS = 60_000;
const RETRY_MS = 10_000;
// A position log older than this is from another day's rehearsal, not this event.
const LOG_LIFETIME_MS = 12 * 3600_000;
// Used when the API cannot say (offline before any language list was saved).
const LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans"];
const RIGHT_TO_LEFT = new Set(["ar"]);

const api = createClient({ endpoint: new URL("/graphql/", location.origin).href, timeoutMs: 8000 });

function route() {
  const match = location.pathname.match(/^\/present\/(\d+)\/(?:([a-z]{2}(?:-[a-z]+)?)\/)?$/);
  return { meetingId: match?.[1] ?? null, locale: match?.[2] ?? "en" };
}

const { meetingId, locale: firstLocale } = route();
const saved = savedPosition(meetingId) ?? {};
const state = {
  locale: firstLocale,
  data: null,
  savedAt: null,
  health: "loading",
  index: 0,
  itemId: saved.itemId ?? null,
  log: saved.at && Date.now() - saved.at < LOG_LIFETIME_MS ? (saved.log ?? {}) : {},
  captions: true,
  shown: null,
  player: null,
  retry: null,
};
const channel = "BroadcastChannel" in window ? new BroadcastChannel(`ghrs-presenter:${meetingId}`) : null;

const $ = (selector) => document.querySelector(selector);

function items() {
  return state.data?.meeting?.programme ?? [];
}

function languages() {
  return state.data?.locales ?? LANGUAGES.map((code) => ({ code, nativeName: code, direction: null }));
}

function text() {
  return words(state.locale);
}

function direction(code) {
  const known = languages().find((language) => language.code === code)?.direction;
  if (known) return known.toLowerCase();
  return RIGHT_TO_LEFT.has(code) ? "rtl" : "ltr";
}

// --- Loading -----------------------------------------------------------------------------

async function load() {
  clearTimeout(state.retry);
  const locale = state.locale;
  try {
    const data = await api.presenterProgramme({ locale, id: meetingId });
    if (locale !== state.locale) return;
    saveProgramme(meetingId, locale, data);
    state.data = data;
    state.savedAt = new Date().toISOString();
    state.health = "online";
    state.retry = setTimeout(load, REFRESH_MS);
  } catch (error) {
    if (locale !== state.locale) return;
    const kept = savedProgramme(meetingId, locale);
    if (kept) {
      state.data = kept.data;
      state.savedAt = kept.savedAt;
    }
    // Without a copy in this language the programme on screen (if any) stays.
    const offline = !navigator.onLine || !error.status;
    state.health = state.data ? (offline ? "offline" : "api-error") : "nothing";
    console.warn("The programme could not be loaded:", error.message);
    state.retry = setTimeout(load, RETRY_MS);
  }
  render();
}

// --- Moving through the programme -----------------------------------------------------------

function go(index, { reset = false } = {}) {
  const list = items();
  if (!list.length) return;
  state.index = Math.max(0, Math.min(list.length - 1, index));
  const item = list[state.index];
  if (reset) state.log = {};
  state.log[item.id] ??= Date.now();
  state.itemId = item.id;
  savePosition(meetingId, { itemId: item.id, log: state.log, at: Date.now() });
  render();
  announce();
}

function announce() {
  const item = items()[state.index];
  if (!item || !channel) return;
  channel.postMessage({
    type: "position",
    itemId: item.id,
    index: state.index,
    locale: state.locale,
    title: item.title,
    next: items()[state.index + 1]?.id ?? null,
    nextTitle: items()[state.index + 1]?.title ?? null,
  });
}

function switchLanguage(code) {
  if (code === state.locale) return;
  state.locale = code;
  history.replaceState(null, "", `/present/${meetingId}/${code}/`);
  const kept = savedProgramme(meetingId, code);
  if (kept) {
    state.data = kept.data;
    state.savedAt = kept.savedAt;
  }
  render();
  announce();
  load();
}

function nextLanguage() {
  const codes = languages().map((language) => language.code);
  switchLanguage(codes[(codes.indexOf(state.locale) + 1) % codes.length]);
}

function toggleCaptions() {
  state.captions = !state.captions;
  state.player?.setCaptions(state.captions);
  $("#captions").textContent = state.captions ? text().captionsOn : text().captionsOff;
  $("#captions").setAttribute("aria-pressed", String(state.captions));
}

function toggleFullScreen() {
  if (document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  } else {
    document.documentElement.requestFullscreen?.().catch(() => {});
  }
}

function openNotes() {
  window.open(`/present/${meetingId}/notes/`, `ghrs-notes-${meetingId}`, "popup,width=900,height=700");
}

const KEYS = {
  ArrowRight: () => go(state.index + 1),
  PageDown: () => go(state.index + 1),
  ArrowLeft: () => go(state.index - 1),
  PageUp: () => go(state.index - 1),
  Home: () => go(0, { reset: true }),
  f: toggleFullScreen,
  l: nextLanguage,
  c: toggleCaptions,
  n: openNotes,
  r: load,
};

document.addEventListener("keydown", (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.target.closest?.("select, input, textarea")) return;
  const action = KEYS[event.key] ?? KEYS[event.key.toLowerCase()];
  if (!action) return;
  event.preventDefault();
  action();
});

// --- Drawing ---------------------------------------------------------------------------

function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [attribute, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(attribute, value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function times(iso, meeting) {
  const tag = languageTag(state.locale);
  const venue = formatTime(iso, meeting.timeZone, tag);
  const viewer = formatTime(iso, viewerTimeZone(), tag);
  return element(
    "span",
    { class: "times" },
    element("time", { datetime: iso, class: "venue-time" }, venue),
    element("span", { class: "viewer-time" }, `${viewer} ${text().yourTime}`),
  );
}

function renderStatus() {
  const light = $("#status");
  const savedTime = state.savedAt ? formatTime(state.savedAt, viewerTimeZone(), languageTag(state.locale)) : "";
  const messages = {
    loading: text().loading,
    online: text().online,
    offline: fill(text().offline, { time: savedTime }),
    "api-error": fill(text().apiError, { time: savedTime }),
    nothing: text().nothingSaved,
  };
  light.dataset.state = state.health;
  $("#status-text").textContent = messages[state.health];
}

function renderPace() {
  const minutes = paceMinutes(items(), state.log, state.index);
  const pace = $("#pace");
  pace.dataset.minutes = String(minutes);
  pace.textContent =
    minutes === 0
      ? text().onTime
      : fill(minutes > 0 ? text().behind : text().ahead, { minutes: Math.abs(minutes) });
}

function renderOrder(meeting) {
  const list = $("#running-order");
  list.replaceChildren(
    ...items().map((item, index) => {
      const current = index === state.index;
      const button = element(
        "button",
        { type: "button", class: "order-item", "aria-current": current ? "step" : null },
        times(item.startsAt, meeting),
        element("span", { class: "order-title" }, item.title || text().kinds[item.kind] || ""),
      );
      button.addEventListener("click", () => go(index));
      return element("li", { "data-item-id": item.id, class: current ? "current" : null }, button);
    }),
  );
  const current = list.children[state.index];
  const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
  current?.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
}

function renderCurrent(meeting) {
  const item = items()[state.index];
  const section = $("#current");
  if (!item) return;
  section.dataset.itemId = item.id;
  $("#item-kind").textContent = `${text().kinds[item.kind] ?? ""} · ${fill(text().item, {
    number: state.index + 1,
    total: items().length,
  })}`;
  $("#item-title").textContent = item.title || item.story?.title || "";
  $("#item-times").replaceChildren(times(item.startsAt, meeting));
  const country = $("#item-country");
  country.replaceChildren();
  if (item.memberState) {
    const flag = item.memberState.flag;
    if (flag?.srcSet) {
      country.append(element("img", { class: "flag", srcset: flag.srcSet, sizes: "6rem", alt: "" }));
    }
    country.append(element("span", { class: "country-name" }, item.memberState.name));
  }
  country.hidden = !item.memberState;
  $("#item-speakers").replaceChildren(
    ...item.speakers.map((person) =>
      element(
        "li",
        {},
        element("span", { class: "speaker-name" }, person.name),
        person.role ? element("span", { class: "speaker-role" }, person.role) : null,
      ),
    ),
  );
  $("#item-story").textContent = item.story ? item.story.title : "";
  $("#item-summary").textContent = item.story?.summary ?? "";
  // The media restarts only when the item or the language changes, not on a refresh.
  const shown = `${item.id}:${state.locale}`;
  if (state.shown !== shown) {
    state.player?.stop();
    state.shown = shown;
    state.player = mount($("#stage"), item, {
      locale: state.locale,
      captions: state.captions,
      words: text(),
    });
    const next = items()[state.index + 1];
    if (next) prefetch(next, state.locale);
  }
}

function render() {
  const root = document.documentElement;
  root.lang = languageTag(state.locale);
  root.dir = direction(state.locale);
  renderStatus();
  $("#captions").textContent = state.captions ? text().captionsOn : text().captionsOff;
  $("#captions").setAttribute("aria-pressed", String(state.captions));
  $("#keys").textContent = text().keys;
  $("#order-heading").textContent = text().runningOrder;
  const select = $("#language");
  select.replaceChildren(
    ...languages().map((language) =>
      element("option", { value: language.code, selected: language.code === state.locale ? "" : null }, language.nativeName),
    ),
  );
  select.value = state.locale;
  const meeting = state.data?.meeting;
  if (!meeting) return;
  document.title = meeting.title;
  $("#meeting-title").textContent = meeting.title;
  $("#meeting-place").textContent = [meeting.venue, meeting.city].filter(Boolean).join(", ");
  $("#venue-zone").textContent = fill(text().venueTime, { city: meeting.city });
  if (state.itemId) {
    const found = items().findIndex((item) => item.id === state.itemId);
    if (found >= 0) state.index = found;
  }
  state.index = Math.min(state.index, Math.max(0, items().length - 1));
  const item = items()[state.index];
  if (item) {
    state.itemId = item.id;
    state.log[item.id] ??= Date.now();
  }
  renderOrder(meeting);
  renderCurrent(meeting);
  renderPace();
}

function tick() {
  const meeting = state.data?.meeting;
  if (meeting) {
    const now = new Date().toISOString();
    $("#clock").replaceChildren(times(now, meeting));
    renderPace();
  }
}

// --- Start -------------------------------------------------------------------------------

$("#language").addEventListener("change", (event) => switchLanguage(event.target.value));
$("#captions").addEventListener("click", toggleCaptions);
channel?.addEventListener("message", (event) => {
  if (event.data?.type === "hello") announce();
});
window.addEventListener("online", load);
window.addEventListener("offline", () => {
  if (state.data) state.health = "offline";
  renderStatus();
});

const kept = savedProgramme(meetingId, state.locale);
if (kept) {
  state.data = kept.data;
  state.savedAt = kept.savedAt;
}
render();
load().then(announce);
setInterval(tick, 1000);

if ("serviceWorker" in navigator) {
  // The app shell then opens without a network; a browser refusing it just does without.
  navigator.serviceWorker.register("/present/sw.js", { scope: "/present/" }).catch(() => {});
}
