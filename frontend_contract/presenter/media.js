/**
 * What plays on stage for one running-order item, and what is fetched ahead for the next.
 *
 * An item plays, in this order of preference: its live feed while the feed is on air; the
 * feed's recording (its fallback video) when the feed is outside its window or has not
 * started within LIVE_START_TIMEOUT_MS, with a label saying so; its own video; the
 * presented story's hero video. A hosted video
 * gets a <track> per caption language, the chosen language showing by default.
 */

export const LIVE_START_TIMEOUT_MS = 4000;

function element(name, attributes = {}, text = null) {
  const node = document.createElement(name);
  for (const [attribute, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(attribute, value);
  }
  if (text !== null) node.textContent = text;
  return node;
}

function isHosted(video) {
  return Boolean(video?.sources?.length);
}

/** The story's video (its hero video), if any. */
export function storyVideo(story) {
  return story?.heroVideo ?? null;
}

/** The item's live feed, if its media is one. */
export function liveFeed(item) {
  return item.media?.__typename === "LiveFeedBlock" ? item.media.liveFeed : null;
}

/** The video the item shows when no live feed is on air. */
export function itemVideo(item) {
  if (item.media?.__typename === "VideoBlock" && item.media.video) return item.media.video;
  return storyVideo(item.story);
}

/** "before", "live" or "after" the feed's window, now (computed here: the data may be saved). */
export function feedWindow(feed, now = Date.now()) {
  if (now < Date.parse(feed.startsAt)) return "before";
  return now < Date.parse(feed.endsAt) ? "live" : "after";
}

/** The caption track to show: the chosen language's, else the API's default, else the first. */
export function chosenTrack(video, locale) {
  const tracks = video?.captionTracks ?? [];
  return (
    tracks.find((track) => track.srclang === locale) ??
    tracks.find((track) => track.isDefault) ??
    tracks[0] ??
    null
  );
}

function hostedPlayer(video, { locale, captions }) {
  const player = element("video", {
    controls: "",
    playsinline: "",
    preload: "auto",
    poster: video.thumbnail || null,
    "aria-label": video.title || null,
  });
  for (const source of video.sources) {
    player.append(element("source", { src: source.url, type: source.mimeType }));
  }
  const chosen = chosenTrack(video, locale);
  for (const track of video.captionTracks ?? []) {
    player.append(
      element("track", {
        kind: track.kind || "captions",
        srclang: track.srclang,
        label: track.label,
        src: track.url,
        default: captions && track === chosen ? "" : null,
      }),
    );
  }
  player.dataset.captionLanguage = chosen?.srclang ?? "";
  setCaptions(player, captions);
  // Browsers pick tracks themselves (from the user's language) once the metadata is in:
  // the presenter's choice, made from the language on screen, is applied again then.
  player.addEventListener("loadedmetadata", () => setCaptions(player, player.dataset.captions === "on"), {
    once: true,
  });
  return player;
}

/** Show the chosen caption track (or none) on a player made by this module. */
export function setCaptions(player, on) {
  if (!player || player.tagName !== "VIDEO") return;
  const language = player.dataset.captionLanguage;
  for (const track of player.textTracks) {
    track.mode = on && track.language === language ? "showing" : "disabled";
  }
  player.dataset.captions = on && language ? "on" : "off";
}

function embedPlayer(video) {
  const frame = element("div", { class: "embed" });
  // Provider HTML (an <iframe>) made by the CMS's embed finders, not by visitors.
  frame.innerHTML = video.embedHtml;
  return frame;
}

function playerFor(video, options) {
  if (isHosted(video)) return hostedPlayer(video, options);
  if (video?.embedHtml) return embedPlayer(video);
  return null;
}

function start(player) {
  if (player?.tagName === "VIDEO") {
    // A browser that refuses autoplay leaves the poster and controls: the operator clicks.
    player.play().catch(() => {});
  }
}

/**
 * Put the item's media on `stage`; returns `{ player, mode, stop() }` where mode is
 * "live", "fallback-outside", "fallback-failed", "video" or "none".
 * `onChange(mode)` is called when a live feed gives way to its recording.
 */
export function mount(stage, item, { locale, captions, words, onChange = () => {} }) {
  stage.replaceChildren();
  const label = element("p", { class: "media-label", role: "status" });
  const state = { player: null, mode: "none", timer: null, stopped: false };

  function show(video, mode, labelText = "") {
    state.player = video ? playerFor(video, { locale, captions }) : null;
    state.mode = state.player ? mode : "none";
    label.textContent = labelText || (state.player ? "" : words.noMedia);
    label.hidden = !label.textContent;
    label.dataset.mode = state.mode;
    // The label first: above the picture, where the room sees it at once.
    stage.replaceChildren(...[label, state.player].filter(Boolean));
    // Once in the document, so that the browser has made every text track.
    setCaptions(state.player, captions);
    start(state.player);
  }

  function fallback(reason) {
    if (state.stopped) return;
    clearTimeout(state.timer);
    const feed = liveFeed(item);
    const recording = feed?.fallbackVideo ?? itemVideo(item);
    const text = reason === "outside" ? words.liveFallbackOutside : words.liveFallbackFailed;
    show(recording, `fallback-${reason}`, text);
    stage.dataset.mode = state.mode;
    onChange(state.mode);
  }

  const feed = liveFeed(item);
  if (feed && feedWindow(feed) !== "live") {
    fallback("outside");
  } else if (feed) {
    state.mode = "live";
    const live =
      feed.provider === "HLS" || !feed.embedHtml
        ? element("video", { src: feed.url, autoplay: "", playsinline: "", controls: "" })
        : embedPlayer({ embedHtml: feed.embedHtml });
    label.textContent = words.liveStarting;
    label.dataset.mode = "live";
    stage.replaceChildren(label, live);
    state.player = live;
    const started = () => {
      clearTimeout(state.timer);
      label.textContent = words.live;
    };
    const failed = () => fallback("failed");
    if (live.tagName === "VIDEO") {
      live.addEventListener("playing", started, { once: true });
      live.addEventListener("error", failed, { once: true });
      start(live);
    } else {
      live.querySelector("iframe")?.addEventListener("load", started, { once: true });
    }
    state.timer = setTimeout(failed, LIVE_START_TIMEOUT_MS);
  } else {
    show(itemVideo(item), "video");
  }
  stage.dataset.mode = state.mode;

  return {
    get player() {
      return state.player;
    },
    get mode() {
      return state.mode;
    },
    setCaptions(on) {
      setCaptions(state.player, on);
    },
    stop() {
      state.stopped = true;
      clearTimeout(state.timer);
      if (state.player?.tagName === "VIDEO") state.player.pause();
      stage.replaceChildren();
    },
  };
}

const fetched = new Set();

/** Fetch ahead what the item will show (video file, poster, captions, flag), once each. */
export function prefetch(item, locale) {
  const feed = liveFeed(item);
  const video = feed && feedWindow(feed) !== "live" ? (feed.fallbackVideo ?? itemVideo(item)) : itemVideo(item);
  const urls = [];
  if (isHosted(video)) {
    urls.push(video.sources[0].url, video.thumbnail, chosenTrack(video, locale)?.url);
  }
  for (const url of urls.filter(Boolean)) {
    if (fetched.has(url)) continue;
    fetched.add(url);
    // Into the HTTP cache; a failure here only means the item loads when shown.
    fetch(url, { priority: "low" })
      .then((response) => response.blob())
      .catch(() => fetched.delete(url));
  }
  return urls.filter(Boolean);
}
