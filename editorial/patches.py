"""Patches of Wagtail behaviour that no hook or registry can replace, applied once.

Written for Wagtail 8.0.1. Each patch keeps the original in ``UNPATCHED`` so a test can
show the upstream behaviour is still the one being corrected; when that test fails,
upstream has fixed it and the patch is to be deleted.

- The “Page types usage” report (``/admin/reports/page-types-usage/``) names, for each
  page type, the page last edited anywhere in the tree and counts every page, so a
  country's editor reads another country's draft title there. Its URL is mounted before
  any ``register_admin_urls`` hook, so a subclass cannot be registered over it; its
  ``decorate_paginated_queryset`` is replaced by one that counts and names only pages
  the user may explore. No upstream issue found for Wagtail 8.0.
- wagtail-localize's “Translate” views (``/admin/localize/submit/page/<id>/`` and
  ``…/submit/snippet/…``) check only the site-wide ``submit_translation`` permission,
  never the object's: anyone holding it could translate any page by id, another
  country's draft included, and read its title. ``get_object`` is wrapped so that a page
  needs edit rights on it, and a snippet the right to add that kind of snippet. No
  wagtail-localize issue filed as of 2026-12-01; Wagtail fixed the same hole in its own
  simple_translation (https://github.com/wagtail/wagtail/issues/14504). Written for
  wagtail-localize 1.14.5.
- Its “Stop synced translation” and “Convert to alias” views let anyone who may edit the
  translation use them; a country's editors are refused (the secretariat decides whether
  a translation leaves the synced workflow).
- Wagtail renders each notification e-mail in the recipient's preferred language, but a
  recipient who never chose one gets the language of the request that sent it: the
  secretariat reads “Enviar a …” because the Argentinian editor submitted in Spanish.
  ``send_emails`` is wrapped so that such recipients get the site's default language.
  No upstream issue filed as of 2026-12-01; written for Wagtail 8.0.1.
- Wagtail shows group, workflow and task names as stored, so every editor reads
  “Submit to Secretariat review” in English. ``editorial.display_names`` makes the
  ``name`` of ``Group``, ``Workflow`` and ``Task`` read in the editor's language while the
  database keeps the English name. No upstream issue filed as of 2026-12-02; written for
  Wagtail 8.0.1 and Django 5.2.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import override
from wagtail.admin.mail import EmailNotificationMixin
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page
from wagtail_localize.views import convert, edit_translation, submit_translations

from editorial import display_names, scoping
from editorial.roles import is_country_editor

UNPATCHED = {}


def scoped_page_types_usage(self, page_types):
    """Counts and “last edited” pages of the report, limited to pages the user may explore."""
    page_types = list(page_types)
    form = self.filters.form if self.filters is not None else None
    cleaned = form.cleaned_data if form is not None and form.is_valid() else {}
    usage = scoping.page_type_usage(
        self.request.user,
        [page_type.pk for page_type in page_types],
        language_code=cleaned.get("page_locale"),
        site_root_path=cleaned.get("site"),
    )
    pages = Page.objects.specific().in_bulk(
        page_id for _count, page_id in usage.values() if page_id is not None
    )
    for page_type in page_types:
        count, page_id = usage[page_type.pk]
        page_type.count = count
        page_type.last_edited_page_id = page_id
        page_type.last_edited_page = pages.get(page_id)
    return page_types


def page_to_translate(self):
    """The page to translate, if the user may edit it; else 403 (its title is not shown)."""
    page = UNPATCHED["submit_page_translation"](self)
    if not page.permissions_for_user(self.request.user).can_edit():
        raise PermissionDenied
    return page


def snippet_to_translate(self):
    """The snippet to translate, if the user may add snippets of its kind; else 403."""
    snippet = UNPATCHED["submit_snippet_translation"](self)
    opts = type(snippet)._meta
    if not self.request.user.has_perm(f"{opts.app_label}.add_{opts.model_name}"):
        raise PermissionDenied
    return snippet


def refused_to_country_editors(view):
    """``view``, refusing a country's editors."""

    def wrapper(request, *args, **kwargs):
        if is_country_editor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.__wrapped__ = view
    wrapper.__name__ = view.__name__
    return wrapper


def send_emails_in_recipients_languages(self, *args, **kwargs):
    """Wagtail's ``send_emails`` with the default language, not the sender's, as fallback."""
    with override(settings.LANGUAGE_CODE):
        return UNPATCHED["send_emails"](self, *args, **kwargs)


def apply():
    """Called once from ``EditorialConfig.ready``; a second call changes nothing."""
    if "page_types_usage" not in UNPATCHED:
        UNPATCHED["page_types_usage"] = PageTypesUsageReportView.decorate_paginated_queryset
        PageTypesUsageReportView.decorate_paginated_queryset = scoped_page_types_usage
    if "submit_page_translation" not in UNPATCHED:
        page_view = submit_translations.SubmitPageTranslationView
        snippet_view = submit_translations.SubmitSnippetTranslationView
        UNPATCHED["submit_page_translation"] = page_view.get_object
        UNPATCHED["submit_snippet_translation"] = snippet_view.get_object
        page_view.get_object = page_to_translate
        snippet_view.get_object = snippet_to_translate
    # wagtail-localize's URL hook looks these views up when the admin URLs are first built,
    # after every app's ready().
    if "stop_translation" not in UNPATCHED:
        UNPATCHED["stop_translation"] = edit_translation.stop_translation
        edit_translation.stop_translation = refused_to_country_editors(
            edit_translation.stop_translation
        )
    if "convert_to_alias" not in UNPATCHED:
        UNPATCHED["convert_to_alias"] = convert.convert_to_alias
        convert.convert_to_alias = refused_to_country_editors(convert.convert_to_alias)
    if "names" not in UNPATCHED:
        UNPATCHED["names"] = display_names.install()
    if "send_emails" not in UNPATCHED:
        UNPATCHED["send_emails"] = EmailNotificationMixin.send_emails
        EmailNotificationMixin.send_emails = send_emails_in_recipients_languages
