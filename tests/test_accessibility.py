"""Every built page, both languages, in headless Chromium: axe-core's WCAG 2.0/2.1 A and AA
rules in the light and the dark palette, and nothing requested from outside the site.

One test a page, parametrised at collection time from what the build will produce
(site_pages.planned_pages), so that pytest-xdist spreads the pages over its workers; a
test checks that list against the built site, and one more parameter checks any built
page the list missed, so a new kind of page is never left unchecked.

Each page is loaded once, in the light scheme, and checked with every rule. Then the
palette is switched to dark the way a reader does it (Material's palette input), and
only the rules whose result depends on colour run again: `color-contrast` and
`link-in-text-block` (axe-core's only WCAG A/AA rules that read colours, its "cat.color"
ones). The dark scheme changes nothing but colours: mkdocs.base.yml's two palettes differ
only in `scheme` and their toggle, samverkan.css's slate rules set only colours, and no
stylesheet asks for prefers-color-scheme. The toggle is the exception (which of its two
buttons shows), so the palette form alone is checked again with every rule.

The colour rules cost most of a page's time (about 0.5 s a run over the whole page, 0.15 s
over a few elements). What they judge is the text's colours over what lies behind it, so a
page runs them, in a scheme, on its text in a combination of colours the worker has not yet
seen pass in that scheme (each such element, and the link around it): for each text element,
its colour, size, weight, decoration and its parent's colour (a link in a block of text), and
the backgrounds, images, opacity and filters of it and each element around it, their
::before and ::after included, leaving out the elements around it that paint nothing (no
colour, image, opacity, filter or blend: they change no colour, and counting them made the
same colours on a page of another structure look new; COLOURS, ON_NEW). In a worker's share
of the site about two page-and-scheme runs in three show nothing new; the other rules run on
every page. A combination that fails is not
counted as seen, so every page that has it is reported.
"""
import pytest

from conftest import TESTS_PREFIX
from site_pages import built_pages, planned_pages

pytestmark = pytest.mark.browser

AXE = TESTS_PREFIX + "axe.min.js"     # served by the test server (conftest.TEST_FILES)
WCAG = {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
COLOUR = ["color-contrast", "link-in-text-block"]
PALETTE = "form[data-md-component=palette]"
OTHERS = "every other built page"
PAGES = planned_pages()

RUN = """([where, options]) => axe.run(where || document, options).then(results => results.violations
    .map(v => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.slice(0, 3).map(n => n.target.join(" ")))}`))"""
# Every combination of colours that text on the page shows: see the module's docstring
COLOURS = """() => {
    const NOTHING = "rgba(0, 0, 0, 0) none 1 none normal rgba(0, 0, 0, 0) none rgba(0, 0, 0, 0) none";
    const layers = new Map();
    const layer = el => {       // the backgrounds of an element and all around it, outwards
        if (layers.has(el)) return layers.get(el);
        const own = getComputedStyle(el), before = getComputedStyle(el, "::before"), after = getComputedStyle(el, "::after");
        const value = [own.backgroundColor, own.backgroundImage, own.opacity, own.filter, own.mixBlendMode,
                       before.backgroundColor, before.backgroundImage, after.backgroundColor, after.backgroundImage].join(" ");
        const outer = el.parentElement ? layer(el.parentElement) : "";
        // a layer that paints nothing and changes nothing under it adds nothing to the colours
        const chain = value === NOTHING ? outer : outer ? value + " < " + outer : value;
        layers.set(el, chain);
        return chain;
    };
    const shown = [];           // [combination, element], kept for ON_NEW
    for (const el of document.body.querySelectorAll("*")) {
        const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
        if (!text && !el.matches("input, select, textarea, button")) continue;
        const s = getComputedStyle(el), p = getComputedStyle(el.parentElement || el);
        shown.push([[el.closest("a") ? "link" : "", s.color, s.fontSize, s.fontWeight, s.textShadow, s.textDecorationLine,
                     s.textDecorationColor, s.borderBottomStyle, s.borderBottomColor, p.color, layer(el)].join(" | "), el]);
    }
    window.samverkanShown = shown;
    return [...new Set(shown.map(([combination]) => combination))];
}"""
# The colour rules on the elements (and the link around each) whose combination COLOURS found new
ON_NEW = """([combinations, options]) => {
    const include = new Set();
    for (const [combination, el] of window.samverkanShown)
        if (combinations.includes(combination)) { include.add(el); if (el.closest("a")) include.add(el.closest("a")); }
    return axe.run({include: [...include]}, options).then(results => results.violations
        .map(v => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.slice(0, 3).map(n => n.target.join(" ")))}`));
}"""
# Material's palette listens for the input's change and sets the scheme on <body> at once
TO_DARK = """() => { document.querySelector("[data-md-component=palette] input[data-md-color-scheme=slate]").click();
    return document.body.dataset.mdColorScheme; }"""


def axe(page, rules, where=None, without=()):
    options = {"runOnly": rules, "resultTypes": ["violations"], "rules": {r: {"enabled": False} for r in without}}
    return page.evaluate(RUN, [where, options])


class Tab:
    """One browser tab for many pages, as a reader's: assets stay cached and no new renderer
    starts for each page (1.7 s a page against 3.0 s with a new context each). Every request
    is recorded; after each page what it stored is reported and cleared, so the next page
    starts as a first visit, in the light scheme."""

    def __init__(self, browser):
        self.context = browser.new_context(color_scheme="light")
        self.requests: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))   # records, does not slow
        self.page = self.context.new_page()
        self.passed = {"light": set(), "dark": set()}   # colour combinations seen to pass, per scheme
        self.colour_runs: list[str] = []                # the schemes the last page ran the colour rules in

    def colours(self, scheme: str) -> list[str]:
        """The colour rules' violations in the scheme the page shows, run only on its text in a
        combination of colours not yet seen to pass (module docstring)."""
        shown = set(self.page.evaluate(COLOURS))
        if shown <= self.passed[scheme]:
            return []
        self.colour_runs.append(scheme)
        options = {"runOnly": {"type": "rule", "values": COLOUR}, "resultTypes": ["violations"]}
        found = self.page.evaluate(ON_NEW, [sorted(shown - self.passed[scheme]), options])
        if not found:
            self.passed[scheme] |= shown
        return found

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def tab(browser):
    tab = Tab(browser)
    yield tab
    tab.close()


def page_problems(tab: Tab, base: str, path: str, plant: str = "") -> list[str]:
    """What is wrong with one page: axe's violations light and dark, outside requests, stored data.
    ``plant`` is script run once the page has loaded (to prove the checks find things)."""
    page = tab.page
    tab.requests.clear()
    tab.colour_runs.clear()
    page.goto(base + path, wait_until="load")
    page.add_script_tag(url=base + AXE.lstrip("/"))  # once a page (an init script would also run it in about:blank)
    if plant:
        page.evaluate(plant)
    problems = [f"{path} light: {v}" for v in axe(page, WCAG, without=COLOUR) + tab.colours("light")]
    scheme = page.evaluate(TO_DARK)
    assert scheme == "slate", f"{path}: the palette did not switch to dark ({scheme})"
    problems += [f"{path} dark: {v}" for v in tab.colours("dark") + axe(page, WCAG, PALETTE, without=COLOUR)]
    problems += [f"{path}: requests {url}, outside the site" for url in tab.requests
                 if not url.startswith((base, "data:"))]
    if cookies := tab.context.cookies():
        problems.append(f"{path}: sets cookies {cookies}")
        tab.context.clear_cookies()
    # the palette the switch above chose is Material's, in sessionStorage; anything in
    # localStorage would be the site's own keeping of data, which it must not do
    if stored := page.evaluate("() => { const keys = Object.keys(localStorage); localStorage.clear(); "
                               "sessionStorage.clear(); return keys; }"):
        problems.append(f"{path}: stores {stored} in localStorage")
    return problems


def test_the_planned_pages_are_the_built_pages(site):
    """A page the build makes that site_pages does not know (or the reverse) is named here."""
    planned, built = set(PAGES), set(built_pages(site.site))
    assert not built - planned, f"built but not in site_pages.planned_pages(): {sorted(built - planned)}"
    assert not planned - built, f"planned but not built: {sorted(planned - built)}"
    assert "index.html" in planned and "en/404.html" in planned and any(p.startswith("en/lagar/") for p in planned)


@pytest.mark.parametrize("path", PAGES + [OTHERS])
def test_every_page_is_accessible_light_and_dark_and_requests_nothing_outside(tab, site, site_url, path):
    paths = sorted(set(built_pages(site.site)) - set(PAGES)) if path == OTHERS else [path]
    problems = [problem for p in paths for problem in page_problems(tab, site_url, p)]
    assert problems == [], "\n".join(problems)


PLANTS = {
    # an unlabelled checkbox, in both schemes
    "light": ("document.querySelector('article').insertAdjacentHTML('beforeend', '<input type=checkbox>')",
              "index.html light: label (critical)"),
    # text that is legible only in light: the dark pass does run in dark
    "dark": ("document.head.insertAdjacentHTML('beforeend', '<style>[data-md-color-scheme=slate] #planted "
             "{ color: #333 }</style>'); document.querySelector('article').insertAdjacentHTML('beforeend', "
             "'<p id=planted>Planterad text</p>')", "index.html dark: color-contrast (serious) at [\"#planted\"]"),
    "cookie": ("document.cookie = 'planted=1; path=/'", "index.html: sets cookies"),
    "stored": ("localStorage.setItem('planted', '1')", "index.html: stores ['planted'] in localStorage"),
    "outside": ("document.querySelector('article').insertAdjacentHTML('beforeend', "
                "'<img alt=x src=\"http://example.invalid/x.png\">')",
                "index.html: requests http://example.invalid/x.png, outside the site"),
}


def test_the_checks_find_planted_faults_and_the_next_page_starts_clean(browser, site_url):
    """The checks themselves work: every planted fault is reported, each once and nothing
    else; and the page after it, in the same tab, starts clean (light, nothing stored, no
    request left over). All on one page: a load and an axe run cost seconds."""
    tab = Tab(browser)
    try:
        problems = page_problems(tab, site_url, "index.html", "; ".join(plant for plant, _ in PLANTS.values()))
        after = page_problems(tab, site_url, "en/index.html")
    finally:
        tab.close()
    assert len(problems) == len(PLANTS), problems
    for name, (_, expected) in PLANTS.items():
        assert [p for p in problems if p.startswith(expected)] != [], f"the planted {name} fault was not reported: {problems}"
    assert after == []


def test_the_colour_rules_run_for_every_combination_not_yet_seen_to_pass(browser, site_url):
    """A page run again skips the colour rules; text in a size not seen before (same colours)
    runs them again in both schemes; a combination that fails is reported on every page that
    has it, not only the first."""
    tab = Tab(browser)
    new_size = "document.querySelector('article').insertAdjacentHTML('beforeend', '<p style=\"font-size: 13.37px\">Ny storlek</p>')"
    dark_fault = PLANTS["dark"][0]
    try:
        seen = []
        for plant in ("", "", new_size, dark_fault, dark_fault):
            seen.append((page_problems(tab, site_url, "index.html", plant), list(tab.colour_runs)))
    finally:
        tab.close()
    assert [runs for _, runs in seen] == [["light", "dark"], [], ["light", "dark"], ["dark"], ["dark"]]
    assert [problems for problems, _ in seen[:3]] == [[], [], []]
    for problems, _ in seen[3:]:
        assert [p for p in problems if p.startswith(PLANTS["dark"][1])] != [], problems
