"""Fixtures every app's tests share: a site with each section of the page tree."""

import os
import shutil
import socket

import pytest


@pytest.fixture
def site_tree(db):
    """The English home page as the default site's root, with story and meeting sections."""
    # Factories import models, which exist only once pytest-django has set Django up,
    # after this module is imported.
    from home.factories import build_site_tree

    return vars(build_site_tree())


def require_server(host, port, how_to_run):
    """Skip a test whose server is not running here, saying how to run it; in CI, fail.

    CI installs and starts everything the suite needs, so a skip there would hide a gap.
    """
    try:
        with socket.create_connection((host, port), timeout=1):
            return
    except OSError:
        message = f"needs a server on {host}:{port}; {how_to_run}"
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide this: {message}")
        pytest.skip(message)


def missing_program(name):
    """True when ``name`` is not on the PATH here, outside CI (where it must be installed)."""
    return shutil.which(name) is None and not os.environ.get("CI")
