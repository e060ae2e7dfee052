"""System checks for the media storage configuration."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.compatibility, deploy=True)
def media_on_shared_storage(app_configs, **kwargs):
    """Production app processes are stateless: uploads must go to S3, not the local disk."""
    backend = settings.STORAGES.get("default", {}).get("BACKEND", "")
    if backend.endswith("FileSystemStorage"):
        return [
            Error(
                "Uploaded media is stored on the local disk.",
                hint="Set AWS_STORAGE_BUCKET_NAME (and the other AWS_* variables) so images, "
                "documents and video go to S3; a local disk is lost when the container is "
                "replaced and is not shared between app servers.",
                id="media_library.E001",
            )
        ]
    return []
