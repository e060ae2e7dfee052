/**
 * The notes window (`/present/<id>/notes/`, opened with N): the presenter notes of the item
 * on the main window and of the next one. It follows the main window through a
 * BroadcastChannel. Notes are not public: they come from `/present/<id>/notes.json`, which
 * answers only a logged-in event-staff user; anyone else sees why and where to sign in.
 */

import { languageTag, words } from "./i18n.js";

const meetingId = location.pathname.match(/^\/present\/(\d+)\//)?.[1];
const channel = new BroadcastChannel(`ghrs-presenter:${meetingId}`);
const state = { locale: null, notes: null, refused: null, position: null };
const $ = (selector) => document.querySelector(selector);

async function loadNotes(locale) {
  state.locale = locale;
  const response = await fetch(`/present/${meetingId}/notes.json?locale=${encodeURIComponent(locale)}`, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  }).catch(() => null);
  if (!response) return;
  const body = await response.json().catch(() => ({}));
  if (response.ok) {
    state.notes = Object.fromEntries(body.items.map((item) => [item.id, item.notes]));
    state.refused = null;
  } else {
    state.notes = null;
    state.refused = body.error ?? { code: `HTTP_${response.status}`, message: "" };
  }
}

function render() {
  const locale = state.position?.locale ?? "en";
  const text = words(locale);
  document.documentElement.lang = languageTag(locale);
  document.documentElement.dir = locale === "ar" ? "rtl" : "ltr";
  document.title = text.notesTitle;
  $("#notes-heading").textContent = text.notesTitle;
  $("#now-label").textContent = text.notesNow;
  $("#next-label").textContent = text.notesNext;
  const status = $("#notes-status");
  status.replaceChildren();
  status.dataset.state = state.refused ? "refused" : state.position ? "following" : "waiting";
  if (state.refused) {
    const signIn = document.createElement("a");
    signIn.href = `/admin/login/?next=${encodeURIComponent(location.pathname)}`;
    signIn.textContent = text.notesSignIn;
    status.append(`${state.refused.message} `, signIn);
  } else if (!state.position) {
    status.textContent = text.notesWaiting;
  }
  const position = state.position;
  document.body.dataset.itemId = position?.itemId ?? "";
  $("#now-title").textContent = position?.title ?? "";
  $("#now-notes").textContent = state.notes ? state.notes[position?.itemId] || text.notesNone : "";
  $("#next-title").textContent = position?.nextTitle ?? "";
  $("#next-notes").textContent =
    state.notes && position?.next ? state.notes[position.next] || text.notesNone : "";
}

channel.addEventListener("message", async (event) => {
  if (event.data?.type !== "position") return;
  state.position = event.data;
  if (event.data.locale !== state.locale) await loadNotes(event.data.locale);
  render();
});

render();
// Ask the main window where it is; it answers on the same channel.
channel.postMessage({ type: "hello" });

