"""Admin registration for the public API: the partner API keys screens."""

from wagtail import hooks

from api.viewsets import partner_api_key_viewset


@hooks.register("register_admin_viewset")
def register_partner_api_keys():
    return partner_api_key_viewset
