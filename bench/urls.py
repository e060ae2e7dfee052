"""The site's routes plus Wagtail's REST API v2 and the floor views, for ``make bench`` only.

The REST API gets the story fields this API's contract reads, as far as it can give them
(``api_fields`` set here, on the bench server only, so the models stay free of API code).
"""

from django.urls import path
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField

from bench import floor
from cms.urls import urlpatterns as site_urlpatterns
from stories.models import StoryPage

StoryPage.api_fields = [
    APIField("summary"),
    APIField("story_date"),
    APIField("location"),
    APIField("member_state"),
    APIField("themes"),
    APIField("sdgs"),
    APIField("partners"),
    APIField("presenter"),
    APIField("hero_image"),
    APIField("hero_image_alt"),
    APIField(
        "hero_card",
        serializer=ImageRenditionField("width-640|format-jpeg", source="hero_image"),
    ),
    APIField(
        "hero_banner",
        serializer=ImageRenditionField("fill-1600x800|format-webp", source="hero_image"),
    ),
    APIField("hero_video"),
    APIField("body"),
]

router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [
    path("api/v2/", router.urls),
    path("bench/floor/stories/", floor.story_listing),
    path("bench/floor/story/", floor.story_detail),
    *site_urlpatterns,
]
