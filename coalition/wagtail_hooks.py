"""Registers the “Coalition” admin menu; its views live in ``coalition.views``."""

from wagtail.snippets.models import register_snippet

from coalition.views import CoalitionViewSetGroup

register_snippet(CoalitionViewSetGroup)
