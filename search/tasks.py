"""Counting what people search for, off the request: the admin's popular-searches report
(Wagtail's search promotions, Reports → Search terms) reads these counts.

The API queues one task per search; the task worker adds the hit. This module must not
know GraphQL.
"""

from django_tasks import task
from wagtail.contrib.search_promotions.models import Query


@task()
def log_search_query(query_string):
    """Add one hit for ``query_string`` today (normalised as Wagtail's report does)."""
    Query.get(query_string).add_hit()
