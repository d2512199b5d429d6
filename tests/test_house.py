"""The layout holds: one way down (pages → devzone_app → devzone), no import cycle, no project import hidden
inside a function, no Streamlit inside the library."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("devzone", "devzone_app")


def _modules() -> dict[str, Path]:
    return {".".join(p.relative_to(ROOT).with_suffix("").parts): p
            for pkg in PACKAGES for p in sorted((ROOT / pkg).glob("*.py"))}


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and not node.level:
        # `from devzone import ingest` imports the module devzone.ingest
        return [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return []


def _project_imports(path: Path, modules: dict[str, Path]) -> tuple[set[str], list[str]]:
    """(project modules imported at module level, project imports found inside functions or classes)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {name for node in tree.body for name in _imported(node) if name in modules}
    nested = [f"{path.relative_to(ROOT)}:{node.lineno} {name}"
              for outer in tree.body if not isinstance(outer, ast.Import | ast.ImportFrom)
              for node in ast.walk(outer) for name in _imported(node) if name.split(".")[0] in PACKAGES]
    return top, nested


def test_no_import_cycles_and_no_hidden_project_imports():
    modules = _modules()
    graph, hidden = {}, []
    for name, path in modules.items():
        graph[name], nested = _project_imports(path, modules)
        hidden += nested
    assert not hidden, hidden

    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*trail[trail.index(nxt):], nxt]))
            if nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    # the cycles this layout broke stay broken
    assert "devzone.distributed" not in graph["devzone.store"]
    assert "devzone.zones" not in graph["devzone.lexicon"]


def test_the_library_knows_nothing_of_streamlit_or_the_dashboard():
    for path in sorted((ROOT / "devzone").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.split(".")[0] for node in ast.walk(tree) for n in _imported(node)}
        assert not names & {"streamlit", "devzone_app", "plotly"}, path.name


# What the dashboard's pages read through (every page but the import page): none of it may load the
# extraction stack, which took seconds before the first page drew.
READ_PATH = ("devzone_app.data", "devzone_app.sidebar", "devzone_app.tables", "devzone_app.charts",
             "devzone_app.render", "devzone_app.navigation", "devzone.compare", "devzone.keywords", "devzone.store")
EXTRACTION = ("jieba", "cn2an", "opencc", "jionlp", "devzone.pipeline", "devzone.lexicon", "devzone.ingest")


def test_the_dashboards_read_path_loads_no_extraction():
    code = (f"import sys\nfor m in {READ_PATH!r}: __import__(m)\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {EXTRACTION!r} or m in {EXTRACTION!r}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
