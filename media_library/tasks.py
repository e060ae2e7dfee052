"""Background work of the media library, run by the task worker in production.

With the immediate backend (development, tests) a task runs as soon as it is enqueued,
which for the publishing hook means right after the publishing transaction commits.
"""

from django_tasks import task
from wagtail.models import Page

from media_library.warming import images_of_page, warm_images


@task()
def warm_page_renditions(page_id):
    """Generate the standard renditions of every image a just-published page shows."""
    page = Page.objects.filter(pk=page_id, live=True).first()
    if page is None:
        # Unpublished or deleted before the worker got to it.
        return {"images": 0, "generated": 0, "present": 0, "failures": []}
    return warm_images(images_of_page(page)).as_dict()
