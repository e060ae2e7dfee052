"""GraphQL types of each language's home page and of text pages."""

import graphene
from django.utils.translation import override

from api.blocks import StreamBlockInterface, page_stream
from api.loading.loaders import FeaturedStoriesByHomePageLoader
from api.loading.request import api_context
from api.loading.scope import Scope, batch_of, scope_of
from api.loading.visibility import in_language
from api.locale import LocaleType, fallback_chain, locale_value
from api.pages import (
    PageInterface,
    register_page_type,
    resolve_social_image,
    social_image_field,
)
from api.rich_text import rich_text_field
from home.models import HomePage, StandardPage
from meetings.models import MeetingPage


class HomePageType(graphene.ObjectType):
    """The home page of one language's site."""

    class Meta:
        name = "HomePage"
        interfaces = (PageInterface,)

    introduction = graphene.String(
        description="Two or three sentences introducing the initiative, as HTML."
    )
    featured_stories = graphene.List(
        graphene.NonNull("stories.types.StoryPageType"),
        required=True,
        description="Stories editors chose to feature, in their order; only those published "
        "in this home page's language (never swapped for another language's version, even "
        "with `fallback`).",
    )
    next_meeting = graphene.Field(
        "meetings.types.MeetingPageType",
        description="The meeting taking place now or starting next, if any. It falls back "
        "on its own, whatever `fallback` says: when it is not published in the language "
        "asked for, it comes in the first language of the fallback chain that has it, else "
        "in its original language (marked `isFallback`).",
    )
    social_image = social_image_field()

    @staticmethod
    def resolve_introduction(home, info):
        return rich_text_field(home, info, "introduction")

    @staticmethod
    def resolve_featured_stories(home, info):
        return FeaturedStoriesByHomePageLoader(api_context(info), batch_of(home)).load(home)

    @staticmethod
    def resolve_next_meeting(home, info):
        context = api_context(info)
        asked = scope_of(home)
        # A home page without its next meeting would hide that anything is coming up.
        chain = asked.chain if asked.fallback else fallback_chain(asked.locale)
        scope = Scope(asked.locale, True, chain)
        meeting = (
            in_language(MeetingPage.objects.filter(ends_at__gt=context.now), context, scope)
            .select_related("locale")
            .order_by("starts_at", "pk")
            .first()
        )
        if meeting is not None:
            # Once it ends, the next one takes its place.
            context.changes_at(meeting.ends_at)
            context.attach([meeting], scope)
        return meeting

    resolve_social_image = staticmethod(resolve_social_image)


class StandardPageType(graphene.ObjectType):
    """A text page such as “About the initiative” or “Membership criteria”."""

    class Meta:
        name = "StandardPage"
        interfaces = (PageInterface,)

    introduction = graphene.String(description="A short lead shown above the body.")
    body = graphene.List(
        graphene.NonNull(StreamBlockInterface),
        required=True,
        description="The page's content as typed blocks.",
    )
    social_image = social_image_field()

    @staticmethod
    def resolve_introduction(page, info):
        return page.introduction or None

    @staticmethod
    def resolve_body(page, info):
        return page_stream(page, info, "body")

    resolve_social_image = staticmethod(resolve_social_image)


class SocialLinkType(graphene.ObjectType):
    """A link to one of the initiative's social media accounts."""

    class Meta:
        name = "SocialLink"

    network = graphene.String(
        required=True,
        description="Which service: `facebook`, `instagram`, `linkedin`, `x`, `youtube` or "
        "`other`, for choosing an icon.",
    )
    label = graphene.String(required=True, description="The service's name, e.g. `LinkedIn`.")
    url = graphene.String(required=True, description="The account's address.")

    @staticmethod
    def resolve_label(link, info):
        # The label is translated for the admin; the API names the service in English.
        with override(None):
            return str(link.get_network_display())


class SiteSettingsType(graphene.ObjectType):
    """What every page of the website shows: footer texts, contact, social links."""

    class Meta:
        name = "SiteSettings"

    locale = graphene.Field(
        LocaleType,
        required=True,
        description="The language the texts are written in; differs from the language asked "
        "for when it has no texts of its own (see `isFallback`).",
    )
    is_fallback = graphene.Boolean(
        required=True,
        description="True when the language asked for has no texts of its own and the "
        "default language's stand in: mark them with `lang` on the website.",
    )
    footer_text = graphene.String(description="A sentence or two for the bottom of every page.")
    contact_text = graphene.String(description="How to reach the secretariat, if given.")
    email = graphene.String(
        description="The secretariat's public address readers can write to, if given."
    )
    social_links = graphene.List(
        graphene.NonNull(SocialLinkType),
        required=True,
        description="The initiative's social media accounts, in the editors' order.",
    )

    @staticmethod
    def resolve_locale(value, info):
        return locale_value(value.language)

    @staticmethod
    def resolve_is_fallback(value, info):
        return value.language != value.requested


register_page_type(HomePage, HomePageType)
register_page_type(StandardPage, StandardPageType)

HOME_TYPES = [HomePageType, StandardPageType]
