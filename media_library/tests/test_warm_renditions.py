"""Pre-generating the API's renditions: the command, uploading, publishing, and the queue."""

import io

import pytest
from django.core.management import CommandError, call_command

from coalition.factories import MemberStateFactory, OrganisationFactory, PersonFactory
from media_library.factories import ImageFactory
from media_library.models import CustomRendition
from media_library.renditions import failure_reason, standard_filter_specs
from media_library.tasks import generate_renditions
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

SPECS = standard_filter_specs()


def small_image(title):
    return ImageFactory(title=title, file__width=160, file__height=120)


def warmed(image):
    """Whether every standard rendition of ``image`` exists."""
    specs = set(
        CustomRendition.objects.filter(image=image, filter_spec__in=SPECS).values_list(
            "filter_spec", flat=True
        )
    )
    return specs == set(SPECS)


def image_block(image):
    return {"type": "image", "value": {"image": image.pk, "alt_text": "A hall", "caption": ""}}


@pytest.fixture
def content(site_tree, local_media):
    images = {
        name: small_image(name)
        for name in ["flag", "logo", "photo", "hero", "social", "body", "draft hero", "unused"]
    }
    country = MemberStateFactory(code="UY", flag=images["flag"])
    section = MemberStateStoriesPageFactory(parent=site_tree["stories"], member_state=country)
    partner = OrganisationFactory(logo=images["logo"])
    presenter = PersonFactory(photo=images["photo"])
    story = StoryPageFactory(
        parent=section,
        hero_image=images["hero"],
        social_image=images["social"],
        presenter=presenter,
        body=[image_block(images["body"])],
    )
    story.partners.add(partner)
    story.save()
    StoryPageFactory(parent=section, live=False, hero_image=images["draft hero"])
    return {"images": images, "story": story, "section": section}


def run(*args):
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("warm_renditions", *args, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def test_the_command_warms_every_image_used_by_live_pages_and_snippets(content):
    images = content["images"]

    stdout, stderr = run()

    in_use = ["flag", "logo", "photo", "hero", "social", "body"]
    assert {name for name, image in images.items() if warmed(image)} == set(in_use)
    assert f"6 images in use; {len(SPECS)} standard renditions each" in stdout
    assert f"Done: {6 * len(SPECS)} renditions generated, 0 already present" in stdout
    assert "Warming renditions" in stderr, "the progress bar is shown"


def test_running_the_command_again_generates_nothing_new(content):
    run()
    count = CustomRendition.objects.count()

    stdout, _stderr = run("--no-progress")

    assert CustomRendition.objects.count() == count
    assert f"Done: 0 renditions generated, {6 * len(SPECS)} already present" in stdout


def test_a_dry_run_only_counts(content):
    stdout, _stderr = run("--dry-run")

    assert "6 images in use" in stdout
    assert not CustomRendition.objects.exists()


def test_a_damaged_image_is_reported_and_the_others_are_still_warmed(content, local_media):
    damaged = content["images"]["logo"]
    (local_media / damaged.file.name).write_bytes(b"\xff\xd8\xff\xe0 this is no longer a JPEG")

    with pytest.raises(CommandError, match="1 image\\(s\\) could not be processed"):
        run("--no-progress")

    assert not warmed(damaged)
    assert warmed(content["images"]["hero"]) and warmed(content["images"]["flag"])


def test_publishing_a_page_warms_its_images_and_those_of_its_snippets(
    content, django_capture_on_commit_callbacks
):
    images = content["images"]
    story = StoryPageFactory(
        parent=content["section"],
        live=False,
        hero_image=small_image("new hero"),
        body=[image_block(images["body"])],
        presenter=PersonFactory(photo=images["photo"]),
    )
    story.partners.add(OrganisationFactory(logo=images["logo"]))
    revision = story.save_revision()

    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()

    assert warmed(story.hero_image)
    assert all(warmed(images[name]) for name in ["body", "photo", "logo", "flag"])
    assert not any(warmed(images[name]) for name in ["hero", "social", "unused"])


def test_uploading_an_image_warms_its_standard_renditions(
    local_media, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        image = small_image("just uploaded")

    assert warmed(image)


def test_a_queued_rendition_is_made_by_the_task_and_only_if_it_is_on_the_allow_list(local_media):
    image = small_image("asked for")

    result = generate_renditions.call(image.pk, ["width-1024|format-jpeg", "width-999"])

    assert result["generated"] == 1
    made = CustomRendition.objects.filter(image=image).values_list("filter_spec", flat=True)
    assert list(made) == ["width-1024|format-jpeg"]


def test_a_queued_rendition_that_fails_is_remembered_so_the_api_can_say_why(local_media):
    image = small_image("damaged")
    (local_media / image.file.name).write_bytes(b"not an image any more")

    generate_renditions.call(image.pk, ["width-1024|format-jpeg"])

    assert "damaged or is not an image" in failure_reason(image, ["width-1024|format-jpeg"])
    assert not CustomRendition.objects.filter(image=image).exists()
