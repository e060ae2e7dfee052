"""Member states, themes, goals, organisations and people, in English, then translated.

Each is found by its natural key (code, slug, number, name) and created only if missing.
"""

from django.core.management.base import CommandError

from coalition.models import MemberState, Organisation, Person, SustainableDevelopmentGoal, Theme
from demo import images
from demo.content.types import EN
from demo.loaders.media import image


def member_state(ctx, country):
    english = ctx.locale(EN)
    instance = MemberState.objects.filter(code=country.code, locale=english).first()
    if instance is None:
        flag = image(
            ctx,
            f"flag:{country.code}",
            f"Demo flag: {country.name}",
            lambda: images.flag(country.flag.pattern, country.flag.colours, country.flag.emblem),
            f"demo-flag-{country.code.lower()}.png",
            credit="Demo placeholder, not the official flag",
        )
        instance = MemberState(
            locale=english,
            name=country.name,
            code=country.code,
            flag=flag,
            is_founding_member=country.founding,
            joined_on=country.joined_on,
            contact_name=country.contact_name,
            contact_email=country.contact_email,
        )
        instance.full_clean()
        instance.save()
        ctx.created += 1
    ctx.member_states[country.code] = instance


def theme(ctx, spec):
    english = ctx.locale(EN)
    instance = Theme.objects.filter(slug=spec.slug, locale=english).first()
    if instance is None:
        instance = Theme(
            locale=english,
            slug=spec.slug,
            name=spec.names[EN],
            description=spec.descriptions[EN],
            udhr_articles=spec.udhr_articles,
        )
        instance.full_clean()
        instance.save()
        ctx.created += 1
    ctx.themes[spec.slug] = instance


def goals(ctx):
    """The 17 goals come from a migration; the demo only translates them."""
    english = ctx.locale(EN)
    ctx.sdgs = {
        goal.number: goal for goal in SustainableDevelopmentGoal.objects.filter(locale=english)
    }
    missing = set(range(1, 18)) - set(ctx.sdgs)
    if missing:
        raise CommandError(
            "The 17 Sustainable Development Goals are missing (goals "
            f"{', '.join(map(str, sorted(missing)))}); run `manage.py migrate` first."
        )


def organisation(ctx, spec):
    english = ctx.locale(EN)
    instance = Organisation.objects.filter(name=spec.names[EN], locale=english).first()
    if instance is None:
        instance = Organisation(
            locale=english,
            name=spec.names[EN],
            kind=spec.kind,
            website=spec.website,
            description=ctx.content.organisation_description(spec, EN),
        )
        instance.full_clean()
        instance.save()
        ctx.created += 1
    ctx.organisations[spec.key] = instance


def person(ctx, spec):
    english = ctx.locale(EN)
    instance = Person.objects.filter(name=spec.name, locale=english).first()
    if instance is None:
        instance = Person(
            locale=english,
            name=spec.name,
            role=spec.role,
            member_state=ctx.member_states.get(spec.country),
            organisation=ctx.organisations.get(spec.organisation),
        )
        instance.full_clean()
        instance.save()
        ctx.created += 1
    ctx.people[spec.key] = instance


def translate_member_state(ctx, country):
    instance = ctx.member_states[country.code]
    for language in ctx.content.other_languages:
        ctx.translate(instance, language, {country.name: country.names[language]})


def translate_theme(ctx, spec):
    for language in ctx.content.other_languages:
        ctx.translate(
            ctx.themes[spec.slug],
            language,
            {
                spec.names[EN]: spec.names[language],
                spec.descriptions[EN]: spec.descriptions[language],
            },
        )


def translate_goals(ctx):
    for number, goal in sorted(ctx.sdgs.items()):
        for language in ctx.content.other_languages:
            ctx.translate(goal, language, {goal.name: ctx.content.sdg_names[language][number - 1]})


def translate_organisation(ctx, spec):
    note = ctx.content.fictional_note
    for language in ctx.content.other_languages:
        strings = {
            # Fictional organisations keep their own name in every language.
            spec.names[EN]: spec.names.get(language, spec.names[EN]),
            spec.descriptions[EN]: spec.descriptions.get(language),
        }
        if spec.fictional:
            strings[note[EN]] = note.get(language)
        ctx.translate(ctx.organisations[spec.key], language, strings)


def translate_person(ctx, spec):
    for language in ctx.content.other_languages:
        role = ctx.content.role_in(spec.role, language, spec.gender)
        # A name without a spelling in the language stays the original's, marked as such.
        strings = {spec.name: spec.name_in(language), spec.role: role}
        ctx.translate(ctx.people[spec.key], language, strings)
