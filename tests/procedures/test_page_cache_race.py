"""A save that lands while a page is being rendered never leaves the older copy in the page cache."""

import pytest
from django.http import HttpResponse
from django.urls import path

from clinic import urls as clinic_urls
from procedures import page_cache
from procedures.middleware import cache_for_anonymous

pytestmark = pytest.mark.django_db

renders = []


@cache_for_anonymous
def page_saved_while_rendering(request):
    renders.append(request.path)
    if len(renders) == 1:
        # What an editor's save in another process does while this first render is under way.
        page_cache.invalidate_all()
    return HttpResponse(f"render {len(renders)}")


urlpatterns = [path("page/", page_saved_while_rendering), *clinic_urls.urlpatterns]


@pytest.mark.urls(__name__)
def test_a_page_rendered_across_a_save_is_rendered_again_on_the_next_visit(client):
    renders.clear()
    page_cache.invalidate_all()

    client.get("/page/")
    second, third = client.get("/page/"), client.get("/page/")

    assert second.content == b"render 2"
    assert third.content == b"render 2"
