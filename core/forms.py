"""Admin forms that know the language of the content they edit.

Editors type in the content's language, whatever the admin's: an Arabic story in an
English admin is typed right to left, a Spanish story in an Arabic admin left to right.
Each text field the server renders gets ``dir`` and ``lang`` from the instance's locale,
and tells the editor script (``localization/js/content-direction.js``) the language, so
that the fields StreamField and rich text draw in the browser get them too. Page types and
translatable snippets use these as their ``base_form_class``.
"""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from core.languages import language_info, language_tag

TEXT_WIDGETS = (forms.TextInput, forms.Textarea)
# Inputs of these kinds hold addresses, numbers or dates, read left to right everywhere.
NOT_TEXT = (forms.URLInput, forms.EmailInput, forms.NumberInput, forms.DateInput)
# Named, not imported: Wagtail's Draftail module needs the app registry, which is not ready
# when models (and so their base forms) are imported.
RICH_TEXT_WIDGET = "DraftailRichTextArea"


def is_text(widget):
    if any(cls.__name__ == RICH_TEXT_WIDGET for cls in type(widget).__mro__):
        return True
    return isinstance(widget, TEXT_WIDGETS) and not isinstance(widget, NOT_TEXT)


def content_language_attrs(locale):
    """``dir``, ``lang`` and the data attributes the editor script reads, for ``locale``."""
    code = locale.language_code
    direction = language_info(code)["direction"]
    tag = language_tag(code)
    return {"dir": direction, "lang": tag, "data-content-dir": direction, "data-content-lang": tag}


class ContentLanguageMixin:
    """Marks the form's text widgets with the writing direction of the instance's locale."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.instance.locale if getattr(self.instance, "locale_id", None) else None
        if locale is None:
            return
        attrs = content_language_attrs(locale)
        for field in self.fields.values():
            if is_text(field.widget):
                field.widget.attrs.update(attrs)


class ContentPageForm(ContentLanguageMixin, WagtailAdminPageForm):
    """The base form of every page type."""


class ContentSnippetForm(ContentLanguageMixin, WagtailAdminModelForm):
    """The base form of every translatable snippet."""
