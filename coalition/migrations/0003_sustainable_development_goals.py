from django.db import migrations

# The official short names of the 17 goals of the 2030 Agenda (A/RES/70/1).
GOALS = [
    (1, "No poverty"),
    (2, "Zero hunger"),
    (3, "Good health and well-being"),
    (4, "Quality education"),
    (5, "Gender equality"),
    (6, "Clean water and sanitation"),
    (7, "Affordable and clean energy"),
    (8, "Decent work and economic growth"),
    (9, "Industry, innovation and infrastructure"),
    (10, "Reduced inequalities"),
    (11, "Sustainable cities and communities"),
    (12, "Responsible consumption and production"),
    (13, "Climate action"),
    (14, "Life below water"),
    (15, "Life on land"),
    (16, "Peace, justice and strong institutions"),
    (17, "Partnerships for the goals"),
]


def create_goals(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Goal = apps.get_model("coalition", "SustainableDevelopmentGoal")
    english, _ = Locale.objects.get_or_create(language_code="en")
    for number, name in GOALS:
        Goal.objects.get_or_create(number=number, locale=english, defaults={"name": name})


def remove_goals(apps, schema_editor):
    apps.get_model("coalition", "SustainableDevelopmentGoal").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("coalition", "0002_initial"),
        ("localization", "0001_content_locales"),
    ]

    operations = [migrations.RunPython(create_goals, remove_goals)]
