"""Demo users: an administrator, a Secretariat reviewer, an event organiser and one editor per
member state.

Every demo user gets the published demo password, which is why ``load_demo`` refuses to
run without ``DEBUG`` unless forced. The groups come from ``setup_editorial_roles``.
"""

import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management import call_command

from editorial.roles import EVENT_STAFF_GROUP, SECRETARIAT_GROUP, editors_group_name

DEMO_PASSWORD = "demo-password-change-me"  # noqa: S105  (printed for local logins, never used in production)


@functools.cache
def password_hash():
    """The demo password, hashed once for every user: hashing costs a good half second."""
    return make_password(DEMO_PASSWORD)


def user(ctx, username, first_name, last_name, *, groups=(), **flags):
    User = get_user_model()
    account, created = User.objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@example.org",
            **flags,
        },
    )
    if created:
        account.password = password_hash()
        account.save(update_fields=["password"])
        ctx.created += 1
    if groups:
        account.groups.add(*groups)
    return account


def administrator(ctx):
    ctx.users["admin"] = user(
        ctx, "admin", "Demo", "Administrator", is_superuser=True, is_staff=True
    )


def roles_and_users(ctx):
    """The editorial groups for the whole structure at once, then the reviewer and editors."""
    call_command("setup_editorial_roles", verbosity=0)
    secretariat = Group.objects.get(name=SECRETARIAT_GROUP)
    ctx.users["secretariat"] = user(
        ctx, "secretariat", "Demo", "Secretariat reviewer", groups=[secretariat]
    )
    ctx.users["events"] = user(
        ctx,
        "events",
        "Demo",
        "Event organiser",
        groups=[Group.objects.get(name=EVENT_STAFF_GROUP)],
    )
    for country in ctx.content.countries:
        group = Group.objects.get(name=editors_group_name(ctx.member_states[country.code]))
        ctx.users[country.code] = user(
            ctx, f"editor-{country.code.lower()}", "Demo editor", country.name, groups=[group]
        )
