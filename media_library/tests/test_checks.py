"""The deployment check that media is not left on an app server's disk."""

from media_library.checks import media_on_shared_storage


def test_the_deploy_check_refuses_media_on_the_local_disk(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }

    errors = media_on_shared_storage(None)

    assert [error.id for error in errors] == ["media_library.E001"]
    assert "AWS_STORAGE_BUCKET_NAME" in errors[0].hint


def test_the_deploy_check_accepts_s3(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "media_library.storage.S3MediaStorage", "OPTIONS": {}},
    }

    assert media_on_shared_storage(None) == []
