/**
 * A small, dependency-free client for the Good Human Rights Stories GraphQL API.
 *
 * Works wherever `fetch` exists: browsers, Node 18+, Deno, edge runtimes. The operation
 * documents below are copies of frontend_contract/operations/*.graphql (a test keeps them
 * identical), so what this client sends is exactly what the contract tests run.
 *
 *   import { createClient } from "./ghrs-client.mjs";
 *   const api = createClient({ endpoint: "https://cms.example.org/graphql/" });
 *   const { stories } = await api.stories({ locale: "fr", first: 12, fallback: true });
 */

/** An error answer from the API, with its `extensions.code` values (e.g. UNKNOWN_LOCALE). */
export class GhrsApiError extends Error {
  constructor(message, { status = 0, errors = [], data = null } = {}) {
    super(message);
    this.name = "GhrsApiError";
    this.status = status;
    this.errors = errors;
    this.data = data;
  }

  /** The `extensions.code` of each error, e.g. ["PAGE_SIZE_TOO_LARGE"]. */
  get codes() {
    return this.errors.map((error) => error.extensions?.code).filter(Boolean);
  }
}

/** frontend_contract/operations/locales.graphql */
export const LOCALES = /* GraphQL */ `
# The content languages: build the language switcher and set <html lang dir>.
query Locales {
  locales {
    code
    name
    nativeName
    direction
    isDefault
  }
}
`;

/** frontend_contract/operations/storyListing.graphql */
export const STORY_LISTING = /* GraphQL */ `
# A page of story cards, with every filter the frontend offers. Pass \`after:
# pageInfo.endCursor\` for the next page. Pinned in tests: the same number of SQL queries
# at first: 10 and first: 100.
query StoryListing(
  $locale: String!
  $first: Int = 12
  $after: String
  $memberState: String
  $theme: String
  $sdg: Int
  $meeting: ID
  $dateFrom: Date
  $dateTo: Date
  $orderBy: StoryOrder = NEWEST
  $fallback: Boolean = false
) {
  stories(
    locale: $locale
    first: $first
    after: $after
    memberState: $memberState
    theme: $theme
    sdg: $sdg
    meeting: $meeting
    dateFrom: $dateFrom
    dateTo: $dateTo
    orderBy: $orderBy
    fallback: $fallback
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        slug
        urlPath
        url
        summary
        storyDate
        location
        isFallback
        locale {
          code
          direction
        }
        memberState {
          name
          code
        }
        themes {
          name
          slug
        }
        heroImage {
          alt
          width
          height
          srcSet(format: WEBP)
          jpeg: rendition(width: 640, format: JPEG) {
            url
            width
            height
          }
        }
        translations {
          locale {
            code
          }
          title
          urlPath
        }
      }
    }
  }
}
`;

/** frontend_contract/operations/storyDetail.graphql */
export const STORY_DETAIL = /* GraphQL */ `
# Everything a story page shows, body blocks included. Look the story up by \`slug\` (from
# a listing or the URL) or by \`id\`. Pinned in tests: at most 20 SQL queries, whatever
# the number of blocks.
query StoryDetail($locale: String!, $slug: String, $id: ID, $fallback: Boolean = false) {
  story(locale: $locale, slug: $slug, id: $id, fallback: $fallback) {
    id
    title
    slug
    urlPath
    url
    seoTitle
    searchDescription
    firstPublishedAt
    lastPublishedAt
    translationKey
    isFallback
    locale {
      code
      direction
    }
    translations {
      locale {
        code
        nativeName
      }
      title
      urlPath
    }
    summary
    storyDate
    location
    memberState {
      name
      code
      flag {
        ...Picture
      }
    }
    themes {
      name
      slug
    }
    sdgs {
      number
      name
    }
    partners {
      name
      kind
      website
    }
    presenter {
      name
      role
    }
    heroImage {
      ...Picture
      focalPoint {
        x
        y
        width
        height
      }
      wide: rendition(width: 1600, height: 800, format: WEBP) {
        url
        width
        height
      }
    }
    heroVideo {
      ...Video
    }
    socialImage {
      share: rendition(width: 1280, format: JPEG) {
        url
        width
        height
      }
    }
    body {
      ...Blocks
    }
  }
}

fragment Picture on Image {
  id
  alt
  credit
  width
  height
  srcSet(format: WEBP)
}

fragment Video on Video {
  provider
  url
  title
  caption
  embedHtml
  thumbnail
  duration
  sources {
    url
    mimeType
  }
  captionTracks {
    srclang
    label
    url
    kind
    isDefault
  }
  transcript
}

fragment LiveFeed on LiveFeed {
  title
  url
  provider
  startsAt
  endsAt
  timeZone
  status
  embedHtml
  fallbackVideo {
    ...Video
  }
}

fragment Blocks on StreamBlock {
  __typename
  id
  ... on HeadingBlock {
    text
    level
  }
  ... on ParagraphBlock {
    html
  }
  ... on ImageBlock {
    caption
    credit
    image {
      ...Picture
    }
  }
  ... on QuoteBlock {
    quote
    attribution
    role
  }
  ... on VideoBlock {
    video {
      ...Video
    }
  }
  ... on LiveFeedBlock {
    liveFeed {
      ...LiveFeed
    }
  }
  ... on GalleryBlock {
    title
    images {
      id
      caption
      credit
      image {
        ...Picture
      }
    }
  }
  ... on KeyFigureBlock {
    figure
    label
    source
  }
  ... on DocumentBlock {
    title
    description
    document {
      title
      url
      filename
      fileExtension
      fileSize
    }
  }
  ... on CallToActionBlock {
    text
    buttonLabel
    url
    isExternal
  }
}
`;

/** frontend_contract/operations/routeByPath.graphql */
export const ROUTE_BY_PATH = /* GraphQL */ `
# Resolve any URL of the frontend to the page that lives there, then render by
# \`__typename\`. Null means 404. With fallback: true, a page not translated into the
# language comes back in its original language (\`isFallback: true\`).
query RouteByPath($locale: String!, $urlPath: String!, $fallback: Boolean = false) {
  page(locale: $locale, urlPath: $urlPath, fallback: $fallback) {
    __typename
    id
    title
    urlPath
    url
    seoTitle
    searchDescription
    isFallback
    locale {
      code
      direction
    }
    translations {
      locale {
        code
      }
      title
      urlPath
    }
    ... on HomePage {
      introduction
      featuredStories {
        title
        urlPath
        summary
        memberState {
          name
        }
        heroImage {
          alt
          srcSet(format: WEBP)
        }
      }
      nextMeeting {
        title
        urlPath
        startsAt
        status
      }
    }
    ... on StandardPage {
      introduction
      body {
        __typename
        id
        ... on HeadingBlock {
          text
          level
        }
        ... on ParagraphBlock {
          html
        }
      }
    }
    ... on StoryIndexPage {
      introduction
      sections {
        title
        urlPath
        memberState {
          name
          code
        }
      }
    }
    ... on MemberStateStoriesPage {
      introduction
      memberState {
        name
        code
      }
      stories(first: 12) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          title
          urlPath
          summary
          heroImage {
            alt
            srcSet(format: WEBP)
          }
        }
      }
    }
    ... on StoryPage {
      summary
      storyDate
      memberState {
        name
        code
      }
      heroImage {
        alt
        srcSet(format: WEBP)
      }
    }
    ... on MeetingIndexPage {
      introduction
    }
    ... on MeetingPage {
      kind
      startsAt
      endsAt
      timeZone
      city
      meetingStatus: status
    }
    ... on DeclarationPage {
      declarationStatus: status
      signatoryCount
    }
  }
}
`;

/** frontend_contract/operations/meetings.graphql */
export const MEETINGS = /* GraphQL */ `
# Meeting cards: what is coming up (status: UPCOMING, orderBy: EARLIEST_FIRST), what is
# live now, or the archive.
query Meetings(
  $locale: String!
  $status: MeetingStatus
  $kind: MeetingKind
  $orderBy: MeetingOrder = LATEST_FIRST
  $first: Int = 20
  $after: String
) {
  meetings(
    locale: $locale
    status: $status
    kind: $kind
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      slug
      urlPath
      kind
      startsAt
      endsAt
      timeZone
      city
      venue
      sessionReference
      status
      coChairs {
        name
        code
      }
    }
  }
}
`;

/** frontend_contract/operations/meetingWithProgramme.graphql */
export const MEETING_WITH_PROGRAMME = /* GraphQL */ `
# A meeting page: when and where, the live feed, and the running order with each item's
# speakers, story and video or live feed.
query MeetingWithProgramme($locale: String!, $slug: String, $id: ID, $fallback: Boolean = false) {
  meeting(locale: $locale, slug: $slug, id: $id, fallback: $fallback) {
    id
    title
    urlPath
    isFallback
    kind
    startsAt
    endsAt
    timeZone
    city
    venue
    sessionReference
    status
    introduction
    themes {
      name
      slug
    }
    coChairs {
      name
      code
    }
    organisations {
      name
      kind
    }
    livestream {
      ...LiveFeed
    }
    programme {
      id
      title
      kind
      startsAt
      endsAt
      durationMinutes
      speakers {
        name
        role
        memberState {
          name
          code
        }
        organisation {
          name
        }
        photo {
          alt
          srcSet(widths: [160, 320], format: WEBP)
        }
      }
      memberState {
        name
        code
      }
      story {
        title
        urlPath
        summary
        heroImage {
          alt
          srcSet(format: WEBP)
        }
      }
      media {
        __typename
        id
        ... on VideoBlock {
          video {
            ...Video
          }
        }
        ... on LiveFeedBlock {
          liveFeed {
            ...LiveFeed
          }
        }
      }
    }
    outcomeDocuments {
      title
      description
      document {
        title
        url
        fileExtension
      }
    }
    declaration {
      title
      urlPath
      status
    }
  }
}

fragment Video on Video {
  provider
  url
  title
  embedHtml
  thumbnail
  sources {
    url
    mimeType
  }
  captionTracks {
    srclang
    label
    url
    kind
    isDefault
  }
}

fragment LiveFeed on LiveFeed {
  title
  url
  provider
  startsAt
  endsAt
  timeZone
  status
  embedHtml
  fallbackVideo {
    ...Video
  }
}
`;

/** frontend_contract/operations/declarationWithSignatories.graphql */
export const DECLARATION_WITH_SIGNATORIES = /* GraphQL */ `
# The declaration: its text, where it was adopted, who signed (earliest first) and the
# PDF in the requested language.
query DeclarationWithSignatories($locale: String!, $slug: String, $id: ID, $fallback: Boolean = false) {
  declaration(locale: $locale, slug: $slug, id: $id, fallback: $fallback) {
    id
    title
    urlPath
    isFallback
    text
    status
    openedForSignatureOn
    adoptedAt {
      title
      urlPath
      startsAt
      city
    }
    signatoryCount
    signatories {
      memberState {
        name
        code
        flag {
          alt
          rendition(width: 160, format: PNG) {
            url
            width
            height
          }
        }
      }
      signatoryName
      signatoryTitle
      level
      signedOn
    }
    pdf {
      title
      url
      filename
      fileSize
    }
  }
}
`;

/** frontend_contract/operations/memberStatesAndThemes.graphql */
export const MEMBER_STATES_AND_THEMES = /* GraphQL */ `
# The reference lists behind filters and country pages: member states, themes, SDGs and
# partner organisations, each in the requested language where translated.
query MemberStatesAndThemes($locale: String!) {
  memberStates(locale: $locale) {
    id
    name
    code
    isFoundingMember
    joinedOn
    isFallback
    storyCount
    flag {
      alt
      rendition(width: 160, format: PNG) {
        url
        width
        height
      }
    }
  }
  themes(locale: $locale) {
    id
    name
    slug
    description
    udhrArticles
    isFallback
  }
  sdgs(locale: $locale) {
    number
    name
  }
  organisations(locale: $locale) {
    name
    kind
    website
    description
    logo {
      alt
      srcSet(widths: [160, 320], format: WEBP)
    }
  }
}
`;

/** frontend_contract/operations/search.graphql */
export const SEARCH = /* GraphQL */ `
# Full-text search in one language: hits best first (promoted pages before all others),
# each with a highlighted snippet (escaped HTML, \`<mark>\` only), and facets over all hits
# to refine by kind, member state and theme. Pass \`after: pageInfo.endCursor\` for the next
# page. Pinned in tests: the same number of SQL queries at first: 10 and first: 100.
query Search(
  $locale: String!
  $query: String!
  $types: [SearchType!]
  $memberState: String
  $theme: String
  $sdg: Int
  $first: Int = 10
  $after: String
) {
  search(
    locale: $locale
    query: $query
    types: $types
    memberState: $memberState
    theme: $theme
    sdg: $sdg
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      types {
        type
        count
      }
      memberStates {
        value
        label
        count
      }
      themes {
        value
        label
        count
      }
    }
    edges {
      cursor
      snippet
      highlightedTitle
      promoted
      node {
        __typename
        ... on StoryPage {
          id
          title
          urlPath
          summary
          memberState {
            name
            code
          }
          heroImage {
            alt
            srcSet(format: WEBP)
          }
        }
        ... on MeetingPage {
          id
          title
          urlPath
          startsAt
          city
        }
        ... on DeclarationPage {
          id
          title
          urlPath
        }
      }
    }
  }
}
`;

/** frontend_contract/operations/searchSuggestions.graphql */
export const SEARCH_SUGGESTIONS = /* GraphQL */ `
# Titles to suggest while a reader types in the search box (the last word may be
# incomplete). Ask again as they type; pass what they chose to \`search\`, or link to its
# \`urlPath\`.
query SearchSuggestions($locale: String!, $prefix: String!, $first: Int = 8) {
  searchSuggestions(locale: $locale, prefix: $prefix, first: $first) {
    __typename
    ... on StoryPage {
      title
      urlPath
    }
    ... on MeetingPage {
      title
      urlPath
    }
    ... on DeclarationPage {
      title
      urlPath
    }
  }
}
`;

/**
 * Create a client.
 *
 * @param {object} options
 * @param {string} options.endpoint  Absolute URL of /graphql/.
 * @param {typeof fetch} [options.fetch]  A fetch implementation (default: the global one).
 * @param {Record<string, string>} [options.headers]  Extra request headers.
 * @param {number} [options.timeoutMs]  Abort a request after this long (default 10 s).
 * @param {boolean} [options.partialData]  Return data alongside field errors (for example a
 *   rendition that could not be made) instead of throwing. Default false.
 */
export function createClient({
  endpoint,
  fetch: fetchImpl = globalThis.fetch,
  headers = {},
  timeoutMs = 10000,
  partialData = false,
} = {}) {
  if (!endpoint) throw new TypeError("createClient needs an endpoint, e.g. https://cms.example.org/graphql/");
  if (typeof fetchImpl !== "function") throw new TypeError("No fetch available: pass options.fetch");

  /** Run any query document; resolves to `data`, or throws GhrsApiError. */
  async function query(document, variables = {}, { signal } = {}) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    signal?.addEventListener("abort", () => controller.abort(), { once: true });
    let response;
    try {
      response = await fetchImpl(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
        body: JSON.stringify({ query: document, variables }),
        signal: controller.signal,
      });
    } catch (error) {
      throw new GhrsApiError(`The API could not be reached: ${error.message}`);
    } finally {
      clearTimeout(timer);
    }
    let body;
    try {
      body = await response.json();
    } catch {
      throw new GhrsApiError(`The API answered HTTP ${response.status} without JSON`, {
        status: response.status,
      });
    }
    const errors = body.errors ?? [];
    if (!response.ok || !body.data || (errors.length && !partialData)) {
      const message = errors.map((error) => error.message).join("; ") || `HTTP ${response.status}`;
      throw new GhrsApiError(message, { status: response.status, errors, data: body.data ?? null });
    }
    if (partialData) return { ...body.data, __errors: errors };
    return body.data;
  }

  return {
    query,
    locales: (options) => query(LOCALES, {}, options),
    stories: (variables, options) => query(STORY_LISTING, variables, options),
    story: (variables, options) => query(STORY_DETAIL, variables, options),
    route: (variables, options) => query(ROUTE_BY_PATH, variables, options),
    meetings: (variables, options) => query(MEETINGS, variables, options),
    meeting: (variables, options) => query(MEETING_WITH_PROGRAMME, variables, options),
    declaration: (variables, options) => query(DECLARATION_WITH_SIGNATORIES, variables, options),
    memberStatesAndThemes: (variables, options) =>
      query(MEMBER_STATES_AND_THEMES, variables, options),
    /** Full-text search in one language: `{ locale, query, types?, memberState?, theme?, sdg?, first?, after? }`. */
    search: (variables, options) => query(SEARCH, variables, options),
    /** Titles to suggest while typing: `{ locale, prefix, first? }`. */
    searchSuggestions: (variables, options) => query(SEARCH_SUGGESTIONS, variables, options),

    /** Every story matching the filters, page after page (at most 100 per request). */
    async *allStories(variables = {}, options) {
      let after = null;
      do {
        const { stories } = await query(
          STORY_LISTING,
          { first: 100, ...variables, after },
          options,
        );
        for (const edge of stories.edges) yield edge.node;
        after = stories.pageInfo.hasNextPage ? stories.pageInfo.endCursor : null;
      } while (after);
    },
  };
}
