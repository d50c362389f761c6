"""The inbox's paginator: counts up to a limit, since "All" would count a million rows on every page."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property


class AtLeast(int):
    """A count known to be at least this much; the changelist shows it as "10,000+"."""

    def __str__(self):
        return f"{int(self):,}+"


class CappedCountPaginator(Paginator):
    # Past this, the list is paged through no further: a search or a filter finds a request faster.
    count_limit = 10_000

    @cached_property
    def count(self):
        # Primary keys only, unordered: the count neither sorts nor computes the list's columns.
        counted = self.object_list.order_by().values("pk")[: self.count_limit + 1].count()
        return counted if counted <= self.count_limit else AtLeast(self.count_limit)
