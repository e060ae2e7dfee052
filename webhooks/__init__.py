"""Signed publish webhooks: tell external sites at once that a page changed.

Every publish, unpublish, deletion, move and translation publish writes one delivery row
per interested endpoint in the same transaction as the change (an outbox), so an event
exists exactly when the change was committed. A django-tasks task then posts it, signed
per Standard Webhooks, retrying with exponential back-off. This app never renders pages
and never decides what is public: payloads carry identifiers for the receiver to re-read
the API.
"""
