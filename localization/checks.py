"""System checks: a page type's ``required_languages`` must name content languages."""

from django.conf import settings
from django.core.checks import Error, register
from wagtail.models import get_page_models

from localization.completeness import ALL_LANGUAGES


@register()
def check_required_languages(app_configs, **kwargs):
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    errors = []
    for model in get_page_models():
        value = getattr(model, "required_languages", ())
        if value == ALL_LANGUAGES:
            continue
        if isinstance(value, str) or not all(isinstance(code, str) for code in value):
            unknown = [value]
        else:
            unknown = [code for code in value if code not in codes]
        if unknown:
            errors.append(
                Error(
                    f"{model._meta.label}.required_languages has {', '.join(map(repr, unknown))}, "
                    "which is not a content language.",
                    hint=f'Use "{ALL_LANGUAGES}" or a list of codes from '
                    f"WAGTAIL_CONTENT_LANGUAGES: {', '.join(codes)}.",
                    obj=model,
                    id="localization.E001",
                )
            )
    return errors
