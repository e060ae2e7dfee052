"""Reading views of pages for Wagtail's preview only.

Editors, reviewers and the review e-mail's link see a page as a reader would, in its
language and writing direction. These templates are never the public site: the public
reads the GraphQL API through the external frontend.
"""
