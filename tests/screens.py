"""A tab at desktop (1280×900) and phone (390×844) width, for tests that must hold at both."""
import pytest

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
LANGS = {"sv": "", "en": "en/"}


@pytest.fixture(params=list(SIZES))
def screen(request, reader_tab):
    """The worker's reader tab (conftest.ReaderTab), as at a first visit, at each size."""
    tab = reader_tab.fresh(*SIZES[request.param])
    tab.size = request.param
    return tab


def path_of(url: str) -> str:
    """The path (and query) of an address: what a test compares."""
    return "/" + url.split("://", 1)[-1].split("/", 1)[-1]
