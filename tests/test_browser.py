"""graph.html in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The page must work from disk with the network off: every test records each request that is not
file:// or data: and asserts there was none. Screenshots go to test-artifacts/ (git-ignored).

Without /usr/bin/chromium (or Playwright) the browser tests are skipped, unless KG_REQUIRE_BROWSER=1,
in which case they fail. No browser is ever downloaded.
"""
from __future__ import annotations

import csv
import json
import os
import re
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
BIG_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet_syria" / "articles.jsonl"
VIEWPORT = {"width": 1400, "height": 900}


def _unavailable(reason: str):
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (KG_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


def payload_of(html_path: Path) -> dict:
    """The JSON payload embedded in graph.html, read independently of the page's own code."""
    html = html_path.read_text(encoding="utf-8")
    m = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S)
    assert m, "graph.html has no kg-data block"
    return json.loads(m.group(1))


# --- fixtures ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium); no browser is downloaded")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install playwright -c constraints.txt)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory) -> Path:
    from kg.pipeline import build
    out = tmp_path_factory.mktemp("browser_seeds")
    build([ROOT / "seeds"], out_dir=out, workers=1)
    html = out / "graph.html"
    assert html.exists()
    return html


@pytest.fixture(scope="module")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def wait_ready(page, timeout_s: float = 60.0) -> None:
    """Until window.kgReady. (Not wait_for_function: its polling evaluates strings, which the page's
    Content-Security-Policy forbids; a CDP evaluation is not subject to it.)"""
    page.evaluate("""ms => new Promise((ok, fail) => {
        const t0 = performance.now();
        const check = () => window.kgReady === true ? ok(true)
            : performance.now() - t0 > ms ? fail(new Error('kgReady never came')) : setTimeout(check, 5);
        check(); })""", timeout_s * 1000)


class Page:
    """A page on graph.html with everything that would leave the machine recorded and blocked."""

    def __init__(self, browser, html: Path):
        self.context = browser.new_context(viewport=VIEWPORT, service_workers="block")
        self.requests: list[str] = []      # every request that is not file:// or data:
        self.aborted: list[str] = []       # the same, as seen (and aborted) by the router
        self.errors: list[str] = []        # console errors and uncaught exceptions

        def route(r):
            url = r.request.url
            if url.startswith(("file:", "data:")):
                r.continue_()
            else:
                self.aborted.append(url)
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("request", lambda req: None if req.url.startswith(("file:", "data:")) else self.requests.append(req.url))
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        t = time.perf_counter()
        self.page.goto(html.resolve().as_uri())
        wait_ready(self.page)
        self.load_s = time.perf_counter() - t

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def assert_clean(self):
        assert self.errors == [], self.errors
        assert self.requests == [], f"network requests: {self.requests}"
        assert self.aborted == [], f"network requests: {self.aborted}"
        assert self.js("window.kgCspViolations") == []

    def rendered(self) -> dict:
        """Nodes and edges vis-network actually has on the canvas (not hidden; edges joined to both ends)."""
        return self.js("""() => {
            const b = kgNetwork.body;
            const nodes = Object.values(b.nodes).filter(n => n.options.hidden !== true);
            const edges = Object.values(b.edges).filter(e => e.connected && e.options.hidden !== true
                                                         && e.from.options.hidden !== true && e.to.options.hidden !== true);
            return {nodes: nodes.length, edges: edges.length};
        }""")

    def panel_text(self) -> str:
        return self.page.inner_text("#panel")

    def dom_point(self, canvas_xy: dict) -> tuple[float, float]:
        """Page coordinates of a point of the graph's canvas space."""
        p = self.js("([x, y]) => kgNetwork.canvasToDOM({x, y})", [canvas_xy["x"], canvas_xy["y"]])
        box = self.page.locator("#net canvas").bounding_box()
        return box["x"] + p["x"], box["y"] + p["y"]

    def close(self):
        self.context.close()


@pytest.fixture
def seed_page(browser, seed_graph):
    pg = Page(browser, seed_graph)
    yield pg
    pg.close()


# --- static guard (no browser needed) -----------------------------------------------------------------

def test_template_builds_dom_from_text_only():
    """The page's own script never turns data into markup."""
    src = (ROOT / "kg" / "templates" / "graph.html").read_text(encoding="utf-8")
    for bad in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                "http://", "https://", "@import", "url("):
        assert bad not in src, bad
    for placeholder in ("/*__VIS_CSS__*/", "/*__VIS_JS__*/", "/*__KG_DATA__*/", "__KG_TITLE__"):
        assert placeholder in src, placeholder


# --- the seed graph -------------------------------------------------------------------------------------

@pytest.mark.browser
def test_renders_everything_offline(seed_page, seed_graph, artifacts):
    data = payload_of(seed_graph)
    pg = seed_page
    assert data["nodes"] and data["edges"]
    assert pg.rendered() == {"nodes": len(data["nodes"]), "edges": len(data["edges"])}
    assert pg.js("kgVisibleCounts()") == {"nodes": len(data["nodes"]), "edges": len(data["edges"])}
    assert pg.js("kgData.stats") == data["stats"]
    # stats are on screen; the truncation note shows exactly when there is one
    stats = pg.page.inner_text("#stats")
    assert str(data["stats"]["shown_nodes"]) in stats and str(data["stats"]["documents"]) in stats
    assert pg.page.is_visible("#note") == bool(data["note"])
    # every node has a position from the build (no physics) and a size from its mentions
    pos = pg.js("kgNetwork.getPositions()")
    for n in data["nodes"]:
        assert pos[n["id"]] == {"x": pytest.approx(n["x"], abs=1), "y": pytest.approx(n["y"], abs=1)}
    assert pg.js("kgNetwork.physics.options.enabled") is False
    # the canvas is not blank
    assert pg.js("""() => { const c = document.querySelector('#net canvas'), g = c.getContext('2d');
                            const d = g.getImageData(0, 0, c.width, c.height).data; let n = 0;
                            for (let i = 0; i < d.length; i += 4) if (d[i + 3] && (d[i] < 200 || d[i + 1] < 200)) n++;
                            return n; }""") > 1000
    pg.page.screenshot(path=str(artifacts / "seeds-graph.png"))
    pg.assert_clean()


@pytest.mark.browser
def test_search_folds_arabic_and_finds_aliases(seed_page, seed_graph):
    data = payload_of(seed_graph)
    isis = [n for n in data["nodes"] if "داعش" in [n["label_ar"], *n["aliases_ar"]]]
    assert len(isis) == 1, "the seeds should have one node called داعش"
    isis = isis[0]["id"]
    pg = seed_page
    assert pg.js("q => kgSearch(q)", "داعش") == isis
    assert pg.js("kgNetwork.getSelectedNodes()") == [isis]
    assert pg.page.is_visible("#panel")
    pg.js("kgNetwork.unselectAll()")
    for q in ("ISIS", "isis", "دَاعِش", "داعـــش", "الدوله الاسلاميه", "الدولة الإسلامية", "ٱلدولة ٱلإسلامية", "Daesh"):
        assert pg.js("q => kgSearch(q)", q) == isis, q
    assert pg.js("q => kgSearch(q)", "zzzz no such entity") is None
    # the search box: type, Enter
    pg.js("kgNetwork.unselectAll()")
    pg.page.fill("#search", "الدوله الاسلاميه")
    pg.page.press("#search", "Enter")
    assert pg.js("kgNetwork.getSelectedNodes()") == [isis]
    pg.assert_clean()


@pytest.mark.browser
def test_filters_hide_nodes_and_edges(seed_page, seed_graph):
    data = payload_of(seed_graph)
    nodes, edges = data["nodes"], data["edges"]
    type_of = {n["id"]: n["type"] for n in nodes}
    pg = seed_page
    # entity type: the commonest type
    types = sorted({n["type"] for n in nodes}, key=lambda t: -sum(n["type"] == t for n in nodes))
    t = types[0]
    n_t = sum(n["type"] == t for n in nodes)
    pg.page.uncheck(f'#filter-type input[value="{t}"]')
    want = {"nodes": len(nodes) - n_t,
            "edges": sum(type_of[e["from"]] != t and type_of[e["to"]] != t for e in edges)}
    assert pg.js("kgVisibleCounts()") == want
    assert pg.rendered() == want
    pg.page.check(f'#filter-type input[value="{t}"]')
    assert pg.rendered() == {"nodes": len(nodes), "edges": len(edges)}
    # relation class
    cls = edges[0]["relation_class"]
    pg.page.uncheck(f'#filter-class input[value="{cls}"]')
    assert pg.rendered()["edges"] == sum(e["relation_class"] != cls for e in edges)
    pg.page.check(f'#filter-class input[value="{cls}"]')
    # modality: only "reported" -> edges with at least one reported sentence
    for m in pg.js("Array.from(document.querySelectorAll('#filter-modality input')).map(x => x.value)"):
        if m != "reported":
            pg.page.uncheck(f'#filter-modality input[value="{m}"]')
    assert pg.rendered()["edges"] == sum(any(x["modality"] == "reported" for x in e["evidence"]) for e in edges)
    pg.page.click("#reset-filters")
    assert pg.rendered() == {"nodes": len(nodes), "edges": len(edges)}
    # one document: only the edges with evidence from it
    doc = max(data["docs"], key=lambda d: sum(any(x["doc"] == d for x in e["evidence"]) for e in edges))
    pg.page.select_option("#filter-doc", doc)
    want_edges = {e["id"] for e in edges if any(x["doc"] == doc for x in e["evidence"])}
    assert pg.rendered()["edges"] == len(want_edges)
    visible_edges = set(pg.js("kgEdges.get({filter: e => !e.hidden}).map(e => e.id)"))
    assert visible_edges == want_edges
    pg.page.select_option("#filter-doc", "")
    assert pg.rendered() == {"nodes": len(nodes), "edges": len(edges)}
    pg.assert_clean()


@pytest.mark.browser
def test_evidence_panel_for_edges_nodes_and_documents(seed_page, seed_graph, artifacts):
    data = payload_of(seed_graph)
    pg = seed_page
    assert pg.page.is_hidden("#panel")
    # an edge selected programmatically, through the page's own handler
    edge = max(data["edges"], key=lambda e: len(e["evidence"]))
    assert pg.js("id => kgSelectEdge(id)", edge["id"]) is True
    assert pg.page.is_visible("#panel")
    text = pg.panel_text()
    for ev in edge["evidence"]:
        assert ev["text"] in text
        assert ev["doc"] in text and ev["modality"] in text
    assert edge["label"] in text
    assert pg.page.locator('#panel .sent[dir="rtl"]').count() == len(edge["evidence"])
    pg.page.wait_for_timeout(500)     # the view moves to the edge
    pg.page.screenshot(path=str(artifacts / "seeds-panel.png"))

    # a real click on an edge's midpoint (a straight edge not overlapped by another element there)
    pairs = {}
    for e in data["edges"]:
        pairs.setdefault(frozenset((e["from"], e["to"])), []).append(e)
    pg.page.click("#panel-close")
    assert pg.page.is_hidden("#panel")
    pg.js("kgNetwork.fit({animation: false})")
    pos = pg.js("kgNetwork.getPositions()")
    singles = [e for e in data["edges"] if len(pairs[frozenset((e["from"], e["to"]))]) == 1 and e["from"] != e["to"]]
    singles.sort(key=lambda e: -((pos[e["from"]]["x"] - pos[e["to"]]["x"]) ** 2 + (pos[e["from"]]["y"] - pos[e["to"]]["y"]) ** 2))
    clicked = None
    for e in singles[:15]:
        a, b = pos[e["from"]], pos[e["to"]]
        x, y = pg.dom_point({"x": (a["x"] + b["x"]) / 2, "y": (a["y"] + b["y"]) / 2})
        pg.page.mouse.click(x, y)
        if pg.js("kgNetwork.getSelectedEdges()") == [e["id"]] and not pg.js("kgNetwork.getSelectedNodes()"):
            clicked = e
            break
    assert clicked is not None, "no edge could be clicked at its midpoint"
    assert pg.page.is_visible("#panel")
    text = pg.panel_text()
    for ev in clicked["evidence"]:
        assert ev["text"] in text

    # a document id in the panel -> that document's triples
    doc = clicked["evidence"][0]["doc"]
    pg.page.locator("#panel button.docid", has_text=doc).first.click()
    text = pg.panel_text()
    assert "relations with evidence from this document" in text.lower()
    for e in data["edges"]:
        for ev in e["evidence"]:
            if ev["doc"] == doc:
                assert ev["text"] in text
    pg.page.click("#panel-back")
    assert clicked["evidence"][0]["text"] in pg.panel_text()

    # a real click on a node -> its labels, type, relations with their sentences
    node = max(data["nodes"], key=lambda n: n["mentions"])
    x, y = pg.dom_point(pos[node["id"]])
    pg.page.mouse.click(x, y)
    assert pg.js("kgNetwork.getSelectedNodes()") == [node["id"]]
    text = pg.panel_text()
    assert node["label_en"] in text and node["label_ar"] in text and node["type"] in text
    mine = [e for e in data["edges"] if node["id"] in (e["from"], e["to"])]
    assert pg.page.locator("#panel details.rel").count() == len(mine)
    for e in mine:
        assert e["label"] in text
    pg.page.keyboard.press("Escape")
    assert pg.page.is_hidden("#panel")
    pg.assert_clean()


@pytest.mark.browser
def test_language_toggle(seed_page, seed_graph, artifacts):
    data = payload_of(seed_graph)
    # the most mentioned entity with a distinct Arabic label: its label is always drawn (drawn first)
    node = max((n for n in data["nodes"] if n["label_ar"] and n["label_ar"] != n["label_en"]), key=lambda n: n["mentions"])
    pg = seed_page
    pg.js("kgNetwork.fit({animation: false})")
    assert pg.js("id => kgLabelOf(id)", node["id"]) == node["label_en"]
    assert node["id"] in pg.js("kgLabelsDrawn")
    assert pg.page.inner_text("#lang-toggle") == "عربي"
    pg.page.click("#lang-toggle")
    pg.page.wait_for_timeout(100)
    assert pg.js("id => kgLabelOf(id)", node["id"]) == node["label_ar"]
    assert node["id"] in pg.js("kgLabelsDrawn")     # redrawn, in Arabic
    assert pg.page.inner_text("#lang-toggle") == "English"
    pg.page.screenshot(path=str(artifacts / "seeds-arabic.png"))
    # the panel shows the Arabic label right-to-left
    pg.js("id => kgShowNode(id)", node["id"])
    ar = pg.page.locator('#panel [lang="ar"]', has_text=node["label_ar"]).first
    assert ar.evaluate("e => getComputedStyle(e).direction") == "rtl"
    pg.page.click("#lang-toggle")
    assert pg.js("id => kgLabelOf(id)", node["id"]) == node["label_en"]
    pg.assert_clean()


@pytest.mark.browser
def test_truncated_graph_shows_its_note(browser, tmp_path):
    from kg.pipeline import build
    out = tmp_path / "out"
    build([ROOT / "seeds"], out_dir=out, workers=1, html_max_nodes=8)
    data = payload_of(out / "graph.html")
    assert data["note"] and len(data["nodes"]) <= 8
    pg = Page(browser, out / "graph.html")
    try:
        assert pg.page.is_visible("#note")
        assert data["note"] in pg.page.inner_text("#note")
        assert pg.rendered() == {"nodes": len(data["nodes"]), "edges": len(data["edges"])}
        pg.assert_clean()
    finally:
        pg.close()


@pytest.mark.browser
def test_graph_without_relations_opens(browser, tmp_path):
    from kg.pipeline import build
    src = tmp_path / "articles"
    src.mkdir()
    (src / "quiet.txt").write_text("كان الطقس جميلا اليوم في المدينة.\n", encoding="utf-8")
    out = tmp_path / "out"
    build([src], out_dir=out, workers=1)
    data = payload_of(out / "graph.html")
    pg = Page(browser, out / "graph.html")
    try:
        assert pg.rendered() == {"nodes": len(data["nodes"]), "edges": len(data["edges"])}
        if not data["nodes"]:
            assert pg.page.is_visible("#empty")
        assert pg.js("q => kgSearch(q)", "داعش") is None
        pg.assert_clean()
    finally:
        pg.close()


# --- hostile article text ---------------------------------------------------------------------------------

XSS_TEXT = ("شن تنظيم داعش هجوماً على مطار دير الزور العسكري &lt;script&gt;window.__pwned=1&lt;/script&gt; "
            "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; \" ' &lt;/script&gt;&lt;!-- .")


@pytest.mark.browser
def test_hostile_text_stays_text(browser, tmp_path, artifacts):
    from kg.pipeline import build
    src = tmp_path / "articles"
    src.mkdir()
    (src / "xss.txt").write_text(XSS_TEXT + "\n", encoding="utf-8")
    meta = {"id": "xss-<b>meta</b>\"'", "text": "قصفت قوات النظام السوري مدينة حلب &lt;script&gt;window.__pwned=5&lt;/script&gt;.",
            "title": "&lt;img src=x onerror=window.__pwned=3&gt; &lt;/script&gt;", "source": "&lt;b&gt;bold&lt;/b&gt;",
            "url": "javascript:window.__pwned=4", "date": "2017-01-01"}
    (src / "meta.jsonl").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    build([src], out_dir=out, workers=1)
    with open(out / "triples.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    hostile = [r for r in rows if "<script>" in r["evidence"]]
    assert hostile, f"kg extracted no triple from the crafted sentence: {rows}"
    data = payload_of(out / "graph.html")
    edge = next(e for e in data["edges"] if any("<script>" in x["text"] for x in e["evidence"]))

    pg = Page(browser, out / "graph.html")
    try:
        n_scripts = pg.js("document.scripts.length")
        assert pg.js("id => kgSelectEdge(id)", edge["id"]) is True
        text = pg.panel_text()
        assert "<script>window.__pwned=1</script>" in text
        assert '<img src=x onerror="window.__pwned=2">' in text
        # hover the edge's ends and click them: tooltips and node panels
        pos = pg.js("kgNetwork.getPositions()")
        for nid in (edge["from"], edge["to"]):
            x, y = pg.dom_point(pos[nid])
            pg.page.mouse.move(x, y)
            pg.page.wait_for_timeout(150)
            pg.page.mouse.click(x, y)
            assert "<script>" in pg.panel_text()
        a, b = pos[edge["from"]], pos[edge["to"]]
        pg.page.mouse.move(*pg.dom_point({"x": (a["x"] + b["x"]) / 2, "y": (a["y"] + b["y"]) / 2}))
        pg.page.wait_for_timeout(150)
        # every document panel, including the one with a hostile title, source and URL
        for d in data["docs"]:
            assert pg.js("d => kgShowDoc(d)", d) is True
            pg.page.wait_for_timeout(50)
        # every entity panel, both languages
        for lang in ("ar", "en"):
            pg.js("l => kgSetLang(l)", lang)
            for n in data["nodes"]:
                pg.js("id => kgShowNode(id)", n["id"])
        assert pg.js("d => kgShowDoc(d)", "xss-<b>meta</b>\"'") is True
        text = pg.panel_text()
        assert "<img src=x onerror=window.__pwned=3>" in text and "<b>bold</b>" in text
        assert pg.page.locator("#panel a").count() == 0, "a javascript: URL became a link"
        pg.page.fill("#search", "<script>")
        pg.page.press("#search", "Enter")
        pg.page.screenshot(path=str(artifacts / "xss-panel.png"))
        assert pg.js("typeof window.__pwned") == "undefined"
        assert pg.js("document.scripts.length") == n_scripts
        assert pg.js("document.querySelectorAll('body img, #panel script, #panel b, #tooltip *:not(div):not(bdi):not(span)').length") == 0
        pg.assert_clean()
    finally:
        pg.close()


# --- a large graph ------------------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.slow
def test_big_graph_opens_fast(browser, tmp_path_factory, artifacts):
    if not BIG_CORPUS.exists():
        pytest.skip(f"{BIG_CORPUS} is absent")
    from kg.pipeline import build
    out = tmp_path_factory.mktemp("browser_big")
    build([BIG_CORPUS], out_dir=out)
    data = payload_of(out / "graph.html")
    pg = Page(browser, out / "graph.html")
    try:
        ready_ms = pg.js("window.kgReadyAt")
        print(f"\nbig graph: {len(data['nodes'])} nodes, {len(data['edges'])} edges; "
              f"kgReady after {pg.load_s:.2f} s (goto to ready), {ready_ms / 1000:.2f} s after navigation start")
        # the 5 s target is measured and reported (docs/BENCHMARKS.md), not enforced here: a loaded CI
        # machine must not fail the suite; this bound only catches a page that never becomes usable
        assert pg.load_s < 30.0
        (artifacts / "big-graph-timing.txt").write_text(
            f"{len(data['nodes'])} nodes, {len(data['edges'])} edges; kgReady {pg.load_s:.2f} s after goto\n")
        assert pg.rendered() == {"nodes": len(data["nodes"]), "edges": len(data["edges"])}
        # the view responds: search and a filter on the large graph
        t = time.perf_counter()
        assert pg.js("q => kgSearch(q)", "داعش") is not None
        pg.page.uncheck('#filter-type input[value="Place"]')
        assert pg.js("kgVisibleCounts().nodes") == sum(n["type"] != "Place" for n in data["nodes"])
        pg.page.check('#filter-type input[value="Place"]')
        print(f"search + two filter changes: {time.perf_counter() - t:.2f} s")
        pg.page.keyboard.press("Escape")
        pg.js("kgNetwork.fit({animation: false})")
        pg.page.wait_for_timeout(200)
        pg.page.screenshot(path=str(artifacts / "big-graph.png"))
        pg.assert_clean()
    finally:
        pg.close()


# --- the view says what it shows -----------------------------------------------------------------------

def _doc_fit(pg, doc: str) -> dict:
    """Where the entities of the document's shown relations are on the screen, relative to the canvas."""
    return pg.js("""d => {
        const ids = [...new Set(kgEdges.get({filter: e => !e.hidden}).filter(e =>
            (kgData.edges.find(x => x.id === e.id).evidence || []).some(ev => ev.doc === d)).flatMap(e => [e.from, e.to]))];
        const c = document.querySelector('#net canvas');
        const pts = Object.values(kgNetwork.getPositions(ids)).map(p => kgNetwork.canvasToDOM(p));
        const xs = pts.map(p => p.x), ys = pts.map(p => p.y);
        return {n: ids.length, w: c.clientWidth, h: c.clientHeight, x0: Math.min(...xs), x1: Math.max(...xs),
                y0: Math.min(...ys), y1: Math.max(...ys)};
    }""", doc)


def _fits(f: dict) -> bool:
    inside = f["x0"] >= 0 and f["y0"] >= 0 and f["x1"] <= f["w"] and f["y1"] <= f["h"]
    snug = (f["x1"] - f["x0"]) >= 0.7 * f["w"] or (f["y1"] - f["y0"]) >= 0.7 * f["h"] or f["n"] <= 1
    return inside and snug


@pytest.mark.browser
def test_header_counts_follow_the_filters(seed_page, seed_graph):
    data = payload_of(seed_graph)
    pg = seed_page
    s = data["stats"]
    assert pg.page.inner_text("#stats").startswith(f"{s['shown_nodes']} of {s['entities']} entities shown · "
                                                   f"{s['shown_edges']} of {s['relations']} relations")
    t = data["nodes"][0]["type"]
    pg.page.uncheck(f'#filter-type input[value="{t}"]')
    c = pg.js("kgVisibleCounts()")
    assert c["nodes"] < s["shown_nodes"]
    assert pg.page.inner_text("#stats").startswith(f"{c['nodes']} of {s['entities']} entities shown · "
                                                   f"{c['edges']} of {s['relations']} relations")
    pg.page.click("#reset-filters")
    doc = sorted(data["docs"])[0]
    pg.page.select_option("#filter-doc", doc)
    c = pg.js("kgVisibleCounts()")
    assert pg.page.inner_text("#stats") == (f"{c['nodes']} of {s['entities']} entities shown · {c['edges']} of "
                                            f"{s['relations']} relations · 1 of {s['documents']} documents")
    pg.assert_clean()


@pytest.mark.browser
def test_picking_a_document_fits_the_view_to_it(seed_page, seed_graph):
    data = payload_of(seed_graph)
    pg = seed_page
    for doc in sorted(data["docs"]):
        pg.page.select_option("#filter-doc", doc)
        f = _doc_fit(pg, doc)
        assert f["n"] and _fits(f), (doc, f)
    pg.page.select_option("#filter-doc", "")
    # a document opened from the panel (a link, then its "show only this document" button)
    pg.js("kgNetwork.moveTo({position: {x: 5000, y: 5000}, scale: 3, animation: false})")
    doc = sorted(data["docs"])[-1]
    assert pg.js("d => kgShowDoc(d)", doc) is True
    f = _doc_fit(pg, doc)
    assert f["x0"] >= 0 and f["x1"] <= f["w"] and f["y0"] >= 0 and f["y1"] <= f["h"], f
    pg.page.locator("#panel button.hbtn", has_text="Show only this document").click()
    f = _doc_fit(pg, doc)
    assert _fits(f), f
    pg.assert_clean()


@pytest.mark.browser
def test_tooltips_go_away(seed_page, seed_graph):
    data = payload_of(seed_graph)
    pg = seed_page
    node = max(data["nodes"], key=lambda n: n["mentions"])

    def hover():
        pg.page.mouse.move(5, 5)
        pg.page.wait_for_timeout(50)
        pg.page.mouse.move(*pg.dom_point(pg.js("id => kgNetwork.getPositions([id])[id]", node["id"])))
        pg.page.wait_for_timeout(250)
        assert pg.page.is_visible("#tooltip")
        assert node["label_en"] in pg.page.inner_text("#tooltip")

    hover()                                           # the pointer leaves the graph
    pg.page.mouse.move(60, 400)                       # (the sidebar)
    pg.page.wait_for_timeout(100)
    assert pg.page.is_hidden("#tooltip")
    hover()                                           # a click opens the panel
    pg.page.mouse.down()
    pg.page.mouse.up()
    pg.page.wait_for_timeout(100)
    assert pg.page.is_visible("#panel") and pg.page.is_hidden("#tooltip")
    pg.page.keyboard.press("Escape")
    hover()                                           # a filter hides what it described
    pg.js("t => { const cb = document.querySelector(`#filter-type input[value='${t}']`); cb.checked = false; "
          "cb.dispatchEvent(new Event('change')); }", node["type"])
    assert pg.page.is_hidden("#tooltip")
    pg.page.click("#reset-filters")
    # a tooltip near the bottom edge stays inside the graph's area
    pg.js("id => { const p = kgNetwork.getPositions([id])[id]; const c = document.querySelector('#net canvas'); "
          "kgNetwork.moveTo({position: {x: p.x, y: p.y - 0.45 * c.clientHeight}, scale: 1, animation: false}); }",
          node["id"])
    hover()
    box, wrap = pg.page.locator("#tooltip").bounding_box(), pg.page.locator("#net-wrap").bounding_box()
    assert box["y"] + box["height"] <= wrap["y"] + wrap["height"] and box["x"] + box["width"] <= wrap["x"] + wrap["width"]
    pg.assert_clean()


@pytest.mark.browser
def test_relation_names_are_the_words_kg_query_shows(seed_page, seed_graph):
    from kg.query import run_query
    data = payload_of(seed_graph)
    store = seed_graph.parent / "store"
    rows = run_query(store, 'SELECT ?r ?l WHERE { ?r a owl:ObjectProperty ; rdfs:label ?l FILTER(lang(?l) = "en") }').rows
    words = {r[1].rsplit("#", 1)[1]: l[1] for r, l in rows}
    camel = [e for e in data["edges"] if any(c.isupper() for c in e["relation"])]
    assert camel, "the seeds should have a relation whose id is camelCase (clashedWith, advancedOn …)"
    for e in data["edges"]:
        assert e["label"] == words[e["relation"]], e["relation"]
    pg = seed_page
    e = camel[0]
    pg.js("id => kgSelectEdge(id)", e["id"])
    text = pg.panel_text()
    assert e["label"] in text and e["relation"] not in text
    node = pg.js("id => kgShowNode(id)", e["from"])
    assert e["relation"] not in pg.panel_text()
    pg.assert_clean()


@pytest.mark.browser
def test_an_entity_shows_its_events_and_event_types_filter(seed_page, seed_graph, artifacts):
    data = payload_of(seed_graph)
    pg = seed_page
    isis = next(n for n in data["nodes"] if n["id"] == "isis")
    assert isis["event_stats"][0] > 0 and isis["events"]
    pg.js("kgShowNode('isis', false)")
    panel = pg.page.inner_text("#panel-body")
    assert f"events ({isis['event_stats'][0]})" in panel.lower()
    assert isis["events"][0]["type"] in panel
    assert pg.page.locator("#panel-body .event").count() == len(isis["events"])
    pg.page.screenshot(path=str(artifacts / "seeds-events.png"))
    # unchecking ASSAULT hides the relations of that type and the assaults listed for an entity
    before = pg.js("kgVisibleCounts()")["edges"]
    pg.page.uncheck('#filter-etype input[value="ASSAULT"]')
    after = pg.js("kgVisibleCounts()")["edges"]
    assert after < before
    pg.js("kgShowNode('isis', false)")
    shown = pg.page.locator("#panel-body .event").count()
    assert shown == sum(1 for e in isis["events"] if e["type"] != "ASSAULT")
    pg.page.click("#reset-filters")
    pg.assert_clean()
