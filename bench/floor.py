"""Hand-written floor views: the least work that answers what the contract's operations do.

Each reads the same rows the API reads (public, live stories of one language; their
country, themes, translations and the stored renditions the response names) in as few
queries as the ORM allows, and writes the same JSON shape, with no GraphQL, no validation,
no per-field machinery. ``make bench`` compares the API against them: the gap is what the
API's generality costs. For the bench server only (``bench.urls``); not part of the site.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404, JsonResponse
from wagtail.images import get_image_model
from wagtail.models import Page

from stories.models import StoryPage

SRCSET = [f"width-{width}|format-webp" for width in (320, 640, 1024, 1600)]
CARD = "width-640|format-jpeg"
BANNER = "fill-1600x800|format-webp"


def _renditions(specs):
    model = get_image_model().get_rendition_model()
    return Prefetch("hero_image__renditions", queryset=model.objects.filter(filter_spec__in=specs))


def _absolute(path):
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def _image(story, specs):
    image = story.hero_image
    if image is None:
        return None
    ready = {rendition.filter_spec: rendition for rendition in image.renditions.all()}
    srcset = ", ".join(
        f"{_absolute(ready[spec].url)} {ready[spec].width}w" for spec in SRCSET if spec in ready
    )
    card = ready.get(CARD)
    return {
        "alt": story.hero_image_alt,
        "width": image.width,
        "height": image.height,
        "srcSet": srcset,
        "jpeg": card and {"url": _absolute(card.url), "width": card.width, "height": card.height},
    }


def _translations(stories):
    keys = {story.translation_key for story in stories}
    others = {}
    for page in (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .only("title", "url_path", "translation_key", "locale__language_code")
    ):
        others.setdefault(page.translation_key, []).append(page)
    return {
        story.pk: [
            {
                "locale": {"code": page.locale.language_code},
                "title": page.title,
                "urlPath": page.url_path,
            }
            for page in others.get(story.translation_key, [])
            if page.pk != story.pk
        ]
        for story in stories
    }


def _card(story, translations):
    return {
        "id": str(story.pk),
        "title": story.title,
        "slug": story.slug,
        "urlPath": story.url_path,
        "url": _absolute(story.url_path),
        "summary": story.summary,
        "storyDate": story.story_date and story.story_date.isoformat(),
        "location": story.location,
        "isFallback": False,
        "locale": {"code": story.locale.language_code, "direction": "LTR"},
        "memberState": {"name": story.member_state.name, "code": str(story.member_state.code)},
        "themes": [{"name": theme.name, "slug": theme.slug} for theme in story.themes.all()],
        "heroImage": _image(story, SRCSET),
        "translations": translations[story.pk],
    }


def _stories(language):
    return (
        StoryPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .select_related("locale", "member_state", "hero_image")
    )


def story_listing(request):
    language = request.GET.get("locale", "en")
    first = min(100, int(request.GET.get("first", 20)))
    queryset = _stories(language)
    stories = list(
        queryset.defer_streamfields()
        .ordered("newest")
        .prefetch_related("themes", _renditions([*SRCSET, CARD]))[: first + 1]
    )
    has_next = len(stories) > first
    stories = stories[:first]
    translations = _translations(stories)
    edges = [{"cursor": str(story.pk), "node": _card(story, translations)} for story in stories]
    return JsonResponse(
        {
            "data": {
                "stories": {
                    "totalCount": queryset.count(),
                    "pageInfo": {
                        "hasNextPage": has_next,
                        "endCursor": edges[-1]["cursor"] if edges else None,
                    },
                    "edges": edges,
                }
            }
        }
    )


def story_detail(request):
    language = request.GET.get("locale", "en")
    story = (
        _stories(language)
        .filter(slug=request.GET.get("slug", ""))
        .select_related("presenter")
        .prefetch_related("themes", "sdgs", "partners", _renditions([*SRCSET, CARD, BANNER]))
        .first()
    )
    if story is None:
        raise Http404
    translations = _translations([story])
    node = _card(story, translations)
    node.update(
        {
            "seoTitle": story.seo_title or story.title,
            "searchDescription": story.search_description,
            "firstPublishedAt": story.first_published_at.isoformat(),
            "lastPublishedAt": story.last_published_at.isoformat(),
            "translationKey": str(story.translation_key),
            "sdgs": [{"number": sdg.number, "name": sdg.name} for sdg in story.sdgs.all()],
            "partners": [
                {"name": partner.name, "kind": partner.kind, "website": partner.website}
                for partner in story.partners.all()
            ],
            "presenter": story.presenter
            and {"name": story.presenter.name, "role": story.presenter.role},
            "heroVideo": list(story.hero_video.raw_data),
            "body": list(story.body.raw_data),
        }
    )
    return JsonResponse({"data": {"story": node}})
