from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaLibraryConfig(AppConfig):
    name = "media_library"
    verbose_name = _("Media library")

    def ready(self):
        # These modules import models, which can be imported only once the app registry has
        # loaded them: from ready(), not while this module is being imported.
        from media_library import checks  # noqa: F401 - registers the system checks
        from media_library.signal_handlers import register_signal_handlers

        register_signal_handlers()
        self.index_hosted_media_references()
        self.queue_hosted_media_file_deletion()

    @staticmethod
    def index_hosted_media_references():
        """Record a video's poster in Wagtail's reference index.

        The index is how rendition warming finds the images a page shows (a story's video
        leads to its poster) and how the admin lists where an image is used.
        """
        from wagtail.models import ReferenceIndex

        from media_library.models import HostedMedia

        ReferenceIndex.register_model(HostedMedia)

    @staticmethod
    def queue_hosted_media_file_deletion():
        """Delete hosted media files through the task queue, as Wagtail does for images.

        wagtailmedia deletes a video's files synchronously once the deletion commits, so an
        S3 outage turns an already committed deletion into a server error. Its handler looks
        ``delete_files`` up at call time, which lets this app supply the queued version;
        wagtailmedia's ready() runs after this one, so disconnecting its handler is not an
        option. ``tests/test_workarounds.py`` fails once wagtailmedia stops deleting inside
        the request, and the patch can go (see docs/architecture.md).
        """
        # Called from ready(): wagtailmedia's handlers import its models (see ready()).
        from wagtailmedia import signal_handlers

        from media_library.files import delete_file_on_commit

        def delete_files(instance):
            for field_file in (instance.file, instance.thumbnail):
                if field_file:
                    delete_file_on_commit(field_file.storage, field_file.name)

        signal_handlers.delete_files = delete_files
