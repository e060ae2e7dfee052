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
 *
 * With `persisted: true`, the contract's operations are sent as persisted queries:
 * `GET /graphql/?id=<sha256>&variables=…`, which the server, browsers and CDNs can cache
 * (and which a server running persisted queries only requires). Other documents are
 * still POSTed.
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
# a listing or the URL) or by \`id\`. Pinned in tests: at most 24 SQL queries, whatever
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
    ancestors {
      title
      urlPath
    }
    relatedStories(first: 3) {
      title
      urlPath
      summary
      memberState {
        name
      }
      heroImage {
        ...Picture
      }
    }
    presentedAt {
      title
      urlPath
      startsAt
      timeZone
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
  poster {
    alt
    width
    height
    srcSet(format: WEBP)
    rendition(width: 1280, format: JPEG) {
      url
      width
      height
    }
  }
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
      language
      inLanguageAskedFor
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
# \`__typename\`. Null means 404. \`ancestors\` is the breadcrumb trail. With fallback: true, a page not translated into the
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
    ancestors {
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
      children(first: 50) {
        title
        urlPath
      }
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

/** frontend_contract/operations/preview.graphql */
export const PREVIEW = /* GraphQL */ `
# The draft a frontend's preview route shows: the CMS opens FRONTEND_PREVIEW_URL with
# \`?token=…\`: pass it here and render by \`__typename\` exactly as a live page. The token
# expires (PREVIEW_TOKEN_EXPIRED) and names one draft of one page (PREVIEW_TOKEN_INVALID
# when altered or the page was deleted). Never cache the answer (it says private, no-store).
# A draft story's body comes with it; add the block types your design shows.
query Preview($token: String!) {
  preview(token: $token) {
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
  poster {
    alt
    width
    height
    srcSet(format: WEBP)
    rendition(width: 1280, format: JPEG) {
      url
      width
      height
    }
  }
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

/** frontend_contract/operations/presenterProgramme.graphql */
export const PRESENTER_PROGRAMME = /* GraphQL */ `
# The launch-event presenter (frontend_contract/presenter/): a meeting's running order with
# everything shown on stage, in one language, and the languages to switch between.
query PresenterProgramme($locale: String!, $id: ID!) {
  locales {
    code
    name
    nativeName
    direction
  }
  meeting(locale: $locale, id: $id, fallback: true) {
    id
    title
    isFallback
    kind
    startsAt
    endsAt
    timeZone
    city
    venue
    status
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
      }
      memberState {
        name
        code
        flag {
          alt
          srcSet(widths: [160, 320], format: WEBP)
        }
      }
      story {
        title
        summary
        heroVideo {
          ...PresenterVideo
        }
      }
      media {
        __typename
        ... on VideoBlock {
          video {
            ...PresenterVideo
          }
        }
        ... on LiveFeedBlock {
          liveFeed {
            title
            url
            provider
            startsAt
            endsAt
            timeZone
            status
            embedHtml
            fallbackVideo {
              ...PresenterVideo
            }
          }
        }
      }
    }
  }
}

fragment PresenterVideo on Video {
  provider
  url
  title
  embedHtml
  thumbnail
  poster {
    alt
    width
    height
    srcSet(format: WEBP)
    rendition(width: 1280, format: JPEG) {
      url
      width
      height
    }
  }
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
`;

/** frontend_contract/operations/declarationWithSignatories.graphql */
export const DECLARATION_WITH_SIGNATORIES = /* GraphQL */ `
# The declaration: its text, where it was adopted, who signed (earliest first) and the
# PDF (in the requested language where one exists; \`inLanguageAskedFor\` says when not). Leave out \`slug\` and \`id\` for the current declaration
# (the most recently opened for signature), whatever its slug in each language.
query DeclarationWithSignatories(
  $locale: String!
  $slug: String
  $id: ID
  $fallback: Boolean = false
  $fallbackLocales: [String!]
) {
  declaration(
    locale: $locale
    slug: $slug
    id: $id
    fallback: $fallback
    fallbackLocales: $fallbackLocales
  ) {
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
      language
      inLanguageAskedFor
    }
  }
}
`;

/** frontend_contract/operations/declarations.graphql */
export const DECLARATIONS = /* GraphQL */ `
# Every published declaration, most recently opened for signature first: for an archive or
# a list of declarations. For one declaration with its signatories, and for the current one
# (leave out \`slug\` and \`id\`), use \`declarationWithSignatories\`.
query Declarations($locale: String!, $fallback: Boolean = false, $fallbackLocales: [String!]) {
  declarations(locale: $locale, fallback: $fallback, fallbackLocales: $fallbackLocales) {
    id
    title
    slug
    urlPath
    isFallback
    locale {
      code
      direction
    }
    status
    openedForSignatureOn
    signatoryCount
    adoptedAt {
      title
      urlPath
    }
  }
}
`;

/** frontend_contract/operations/homePage.graphql */
export const HOME_PAGE = /* GraphQL */ `
# A language's home page: its introduction, the stories editors feature (in the home page's
# language only) and the meeting taking place now or next (which falls back on its own: see
# \`isFallback\` on it). Pass \`fallback: true\` to get another language's home page when this
# language has none published yet.
query HomePage($locale: String!, $fallback: Boolean = false, $fallbackLocales: [String!]) {
  homePage(locale: $locale, fallback: $fallback, fallbackLocales: $fallbackLocales) {
    id
    title
    urlPath
    seoTitle
    searchDescription
    isFallback
    locale {
      code
      direction
    }
    introduction
    socialImage {
      alt
      rendition(width: 1280, format: JPEG) {
        url
        width
        height
      }
    }
    featuredStories {
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
        srcSet(widths: [320, 640], format: WEBP)
      }
    }
    nextMeeting {
      id
      title
      urlPath
      isFallback
      locale {
        code
        direction
      }
      startsAt
      endsAt
      timeZone
      city
      status
    }
    translations {
      locale {
        code
      }
      urlPath
    }
  }
}
`;

/** frontend_contract/operations/memberStatesAndThemes.graphql */
export const MEMBER_STATES_AND_THEMES = /* GraphQL */ `
# The reference lists behind filters and country pages: member states, themes, SDGs and
# partner organisations, each in the requested language where translated. Only the SDGs
# that published stories contribute to, unless \`sdgsInUse: null\`.
query MemberStatesAndThemes($locale: String!, $sdgsInUse: Boolean = true) {
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
    storyCount
  }
  sdgs(locale: $locale, inUse: $sdgsInUse) {
    number
    name
    storyCount
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

/** frontend_contract/operations/sitemap.graphql */
export const SITEMAP = /* GraphQL */ `
# Every public page of a language, in the order of the page tree: for a sitemap
# (\`lastmod\` from \`lastPublishedAt\`, \`hreflang\` alternates from \`translations\`) or a static
# build's list of paths. Follow \`pageInfo.endCursor\` until \`hasNextPage\` is false
# (at most 100 a request); \`types\` narrows it to some page types (\`["StoryPage"]\`).
query Sitemap($locale: String!, $types: [String!], $first: Int = 100, $after: String) {
  pages(locale: $locale, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      type
      urlPath
      url
      lastPublishedAt
      translations {
        locale {
          code
        }
        url
      }
    }
  }
}
`;

/** frontend_contract/operations/navigation.graphql */
export const NAVIGATION = /* GraphQL */ `
# What every page of a language's website shows around its content: the main menu (pages
# editors marked "Show in menus", with one level of sub-menu) and the footer (texts,
# contact, social links). Footer texts not written in the language come in the default
# language with \`isFallback: true\`: mark them with \`lang={siteSettings.locale.code}\`.
query Navigation($locale: String!) {
  menu(locale: $locale) {
    type
    title
    urlPath
    children {
      type
      title
      urlPath
    }
  }
  siteSettings(locale: $locale) {
    locale {
      code
      direction
    }
    isFallback
    footerText
    contactText
    email
    socialLinks {
      network
      label
      url
    }
  }
}
`;

/** frontend_contract/operations/redirects.graphql */
export const REDIRECTS = /* GraphQL */ `
# The redirects editors manage in the CMS, for a website to apply before routing: answer a
# request whose normalised path equals \`oldPath\` with a redirect to \`newUrl\` (308/301 when
# \`isPermanent\`, else 307/302). Follow \`pageInfo.endCursor\` while \`hasNextPage\`.
query Redirects($first: Int = 100, $after: String) {
  redirects(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      oldPath
      newPath
      newUrl
      isPermanent
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

/** The persisted query id of each operation above: the SHA-256 of its text. */
// Persisted query ids: generated by sync_operations.py
export const PERSISTED_IDS = new Map([
  [LOCALES, "37bf88112ad3d4331fcbe2c4c56ac634755925d4f08fbbb8f1c240058e679b4c"],
  [STORY_LISTING, "0de7cd74a61e1171f4cd0afaf14900f1dec89428b8759f7f584b95f8c6d32ec0"],
  [STORY_DETAIL, "b72e06bea502cf256c57f03db97f6faf9264bd3ca619289e774bdbc67776a5bd"],
  [ROUTE_BY_PATH, "0cf6407605a9613271ce416ec990b1f5eaeb5a27e4c3622c2a4b292bd0804155"],
  [PREVIEW, "fa0e3f3ee254cb47b3ba63fbf70d65898b899d5526aef74474bc1954ee2960cf"],
  [MEETINGS, "a5d6124bff0a6746deb41fb43e2dae8a85f3cb6d8a0180fd395948c9e3c65131"],
  [MEETING_WITH_PROGRAMME, "dbe1cec398d353508d55010091ed3c3181fdbeeb05ec510969eab5641794c071"],
  [PRESENTER_PROGRAMME, "81d6581616065562292bd61e264d2b270f6d3ce4d932ebe25a35961e52ae1522"],
  [DECLARATION_WITH_SIGNATORIES, "23c057caeabc97ddfd09a1d095895e3a8807ee13f205668273ee523acbadcdcf"],
  [DECLARATIONS, "ed7820620cad3f37fd2af65b1d82f6eb5fd545828ac524bd84674e469b6aded1"],
  [HOME_PAGE, "7256cfeff67d56b29d2b3583ef22a8a55bc800e30069119bb28b0e63e84a05fd"],
  [MEMBER_STATES_AND_THEMES, "a19c75151a8fa2548f10f6e94357271825dad64b60f46d336afc98bbd21c5e3b"],
  [SITEMAP, "af742b461202e416553855285f10f53fbe429591ef2943e9a620aac45bfd2b49"],
  [NAVIGATION, "f1c72049596cf6b6ed13e3ca75089fd85d9ade0e797c1f971d94e33ad2f2fd6d"],
  [REDIRECTS, "cee985ac2a5f1be3a333b9752b5fcd007b985081b336288c41d3a0df0371a4a9"],
  [SEARCH, "7629ec656b55678114dcb9a1cf31c2971a1c5f8d5d2a9061eec7e68aa8b2c5f6"],
  [SEARCH_SUGGESTIONS, "9ae190e41ec60027bbbfb3db74fb13ef75bb33b85c8c951ca568231298154792"],
]);
// End of persisted query ids

/** The GET address of a persisted query: `endpoint?id=<sha256>&variables=<JSON>`. */
export function persistedUrl(endpoint, id, variables = {}) {
  const url = new URL(endpoint);
  url.searchParams.set("id", id);
  if (variables && Object.keys(variables).length) {
    url.searchParams.set("variables", JSON.stringify(variables));
  }
  return url.toString();
}

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
 * @param {boolean} [options.persisted]  Send the contract's operations by id with GET
 *   (cacheable) instead of POSTing their text. Default false.
 */
export function createClient({
  endpoint,
  fetch: fetchImpl = globalThis.fetch,
  headers = {},
  timeoutMs = 10000,
  partialData = false,
  persisted = false,
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
      const id = persisted ? PERSISTED_IDS.get(document) : undefined;
      response = id
        ? await fetchImpl(persistedUrl(endpoint, id, variables), {
            method: "GET",
            headers: { Accept: "application/json", ...headers },
            signal: controller.signal,
          })
        : await fetchImpl(endpoint, {
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
    /**
     * The draft behind a preview link: call it with the `token` query parameter the CMS put
     * on your preview route's URL. Resolves to `{ preview }` (same shape as `route`'s
     * `page`); throws GhrsApiError with code PREVIEW_TOKEN_EXPIRED or PREVIEW_TOKEN_INVALID.
     * Render the answer without caching it.
     */
    preview: (token, options) => query(PREVIEW, { token }, options),
    meetings: (variables, options) => query(MEETINGS, variables, options),
    meeting: (variables, options) => query(MEETING_WITH_PROGRAMME, variables, options),
    declaration: (variables, options) => query(DECLARATION_WITH_SIGNATORIES, variables, options),
    presenterProgramme: (variables, options) => query(PRESENTER_PROGRAMME, variables, options),
    /** Full-text search in one language: `{ locale, query, types?, memberState?, theme?, sdg?, first?, after? }`. */
    search: (variables, options) => query(SEARCH, variables, options),
    /** Titles to suggest while typing: `{ locale, prefix, first? }`. */
    searchSuggestions: (variables, options) => query(SEARCH_SUGGESTIONS, variables, options),
    /** The current declaration (the most recently opened for signature) in a language. */
    currentDeclaration: ({ slug, id, ...variables } = {}, options) =>
      query(DECLARATION_WITH_SIGNATORIES, variables, options),
    declarations: (variables, options) => query(DECLARATIONS, variables, options),
    homePage: (variables, options) => query(HOME_PAGE, variables, options),
    memberStatesAndThemes: (variables, options) =>
      query(MEMBER_STATES_AND_THEMES, variables, options),
    /** One page of a language's public pages (`pages`), for a sitemap or static build. */
    sitemap: (variables, options) => query(SITEMAP, variables, options),
    /** A language's menu and footer (`menu`, `siteSettings`). */
    navigation: (variables, options) => query(NAVIGATION, variables, options),
    /** One page of the redirects editors manage. */
    redirects: (variables = {}, options) => query(REDIRECTS, variables, options),

    /** Every public page of a language, page after page: the paths of a static build. */
    async *allPages(variables = {}, options) {
      let after = null;
      do {
        const { pages } = await query(SITEMAP, { first: 100, ...variables, after }, options);
        for (const node of pages.nodes) yield node;
        after = pages.pageInfo.hasNextPage ? pages.pageInfo.endCursor : null;
      } while (after);
    },

    /** Every redirect, page after page. */
    async *allRedirects(options) {
      let after = null;
      do {
        const { redirects } = await query(REDIRECTS, { first: 100, after }, options);
        for (const node of redirects.nodes) yield node;
        after = redirects.pageInfo.hasNextPage ? redirects.pageInfo.endCursor : null;
      } while (after);
    },

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
