"""Partner API keys: a larger request budget for named partners of the public API.

A key is never needed to read the API; it only lifts the per-minute budget from the
per-address one to the partner one. Only a SHA-256 digest of each key is stored: keys are
long random strings, so a plain digest is enough to look them up and nothing in the
database can be used as a key. The key itself is shown once, when it is created.

Models know nothing of GraphQL; the rate limiter (``api.throttling``) reads these rows.
"""

import hashlib
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEY_PREFIX = "ghrs_"
# Enough characters of the key to recognise it in a partner's configuration, not to use it.
VISIBLE_CHARACTERS = len(KEY_PREFIX) + 6


def digest(raw_key):
    """The stored form of a key."""
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


class PartnerApiKey(models.Model):
    name = models.CharField(
        max_length=120,
        help_text=_("Who uses this key, e.g. “Norway Ministry of Foreign Affairs website”."),
    )
    contact = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Whom to ask about this key's traffic: a name and e-mail address."),
    )
    points_per_minute = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_(
            "Budget of this partner in cost points per minute. Leave empty for the "
            "standard partner budget."
        ),
    )
    is_active = models.BooleanField(
        default=True,
        help_text=_("Untick to revoke the key at once: requests that send it are refused."),
    )
    visible_prefix = models.CharField(
        max_length=VISIBLE_CHARACTERS,
        editable=False,
        help_text=_("The first characters of the key, to recognise it."),
    )
    key_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner API key")

    def __str__(self):
        return f"{self.name} ({self.visible_prefix}…)"

    def issue_key(self):
        """Give this row a new random key and return it; only its digest is kept."""
        raw_key = KEY_PREFIX + secrets.token_urlsafe(32)
        self.key_digest = digest(raw_key)
        self.visible_prefix = raw_key[:VISIBLE_CHARACTERS]
        return raw_key
