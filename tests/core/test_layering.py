"""The layers: the core is a library without Textual, and no import runs back up the data path.

guard (sanitize, personal data, abuse) < knowledge (corpus, index, retrieval) < answer
(understanding, composition, LLM, verification) < the assistant < tools, CLI and UI. The base
(registry, lexicons, settings, types, text helpers) serves every layer. Every module is walked;
the UI and the CLI are checked too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kiosk

PACKAGE = Path(kiosk.__file__).parent

# Which sub-packages of the core a module of each layer may import from.
ALLOWED = {
    "guard": {"guard", "base"},
    "knowledge": {"knowledge", "base"},
    "answer": {"answer", "knowledge", "guard", "base"},
    "base": {"base"},
}
TOP = {"assistant", "doctor"}  # the entry points of the core may use every layer
BASE_PACKAGES = {"lexicon"}  # language data of the registry, read by every layer
# What the UI may import from the core: it gets everything else from the assistant's answers.
UI_USES = {"kiosk.core.assistant", "kiosk.core.settings", "kiosk.core.types",
           "kiosk.core.languages", "kiosk.core.speech"}


def _modules(folder: Path) -> list[str]:
    return sorted(".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
                  for p in folder.rglob("*.py") if p.name != "__main__.py")


def _layer(module: str) -> str:
    parts = module.split(".")
    if parts[:2] != ["kiosk", "core"]:
        return parts[1] if len(parts) > 1 else "kiosk"
    if len(parts) > 3:
        return "base" if parts[2] in BASE_PACKAGES else parts[2]
    return "top" if parts[-1] in TOP else "base"


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _runtime_nodes(tree: ast.AST):
    """Every node except those under `if TYPE_CHECKING:` (annotations import nothing at run time)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for child in node.orelse:
                yield child
                yield from _runtime_nodes(child)
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(module: str) -> set[str]:
    path = PACKAGE.parent.joinpath(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    found = set()
    for node in _runtime_nodes(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                base = module.split(".")[: -node.level]
                target = ".".join([*base, node.module])
            else:
                target = node.module
            found.add(target)
            # `from kiosk.core import languages` imports the module kiosk.core.languages
            found.update(f"{target}.{a.name}" for a in node.names
                         if _is_module(f"{target}.{a.name}"))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_every_core_module_is_checked() -> None:
    core = _modules(PACKAGE / "core")
    assert "kiosk.core.assistant" in core and len(core) >= 20
    layers = {_layer(m) for m in core}
    assert layers == {"guard", "knowledge", "answer", "base", "top"}


def test_no_import_runs_back_up_the_data_path() -> None:
    wrong = []
    for module in _modules(PACKAGE / "core"):
        layer = _layer(module)
        if layer == "top":
            continue
        for target in _imports(module):
            if target.startswith("kiosk.") and not target.startswith("kiosk.core"):
                wrong.append(f"{module} imports {target} (the core imports no tool, CLI or UI)")
            elif target.startswith("kiosk.core"):
                other = _layer(target) if target.count(".") >= 2 else "base"
                if other == "top" or other not in ALLOWED[layer]:
                    wrong.append(f"{module} ({layer}) imports {target} ({other})")
    assert wrong == []


def test_the_ui_uses_the_core_only_through_the_assistant_and_its_types() -> None:
    """The UI never reaches into guard, knowledge or answer: it shows what the assistant gives."""
    wrong = [f"{module} imports {target}"
             for module in _modules(PACKAGE / "ui") for target in _imports(module)
             if (target.startswith("kiosk.core.") and target not in UI_USES)
             or target.startswith("kiosk.tools")]
    assert wrong == []


def test_the_cli_answers_only_through_the_assistant() -> None:
    """`kiosk ask`/`eval` go through the assistant; of the UI the CLI knows only the app."""
    targets = _imports("kiosk.cli")
    assert "kiosk.core.assistant" in targets
    wrong = [t for t in targets if t.startswith(("kiosk.core.answer", "kiosk.core.guard.privacy",
                                                 "kiosk.core.knowledge.retrieval"))
             or (t.startswith("kiosk.ui") and t != "kiosk.ui.app")]
    assert wrong == []


def test_no_core_module_imports_textual() -> None:
    modules = _modules(PACKAGE / "core") + _modules(PACKAGE / "tools") + ["kiosk.cli"]
    code = ("import sys\n"
            + "".join(f"import {m}\n" for m in modules)
            + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
