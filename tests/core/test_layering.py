"""The layers: the core is a library without Textual, and no import runs back up the data path.

guard (sanitize, personal data, abuse) < knowledge (corpus, index, retrieval) < answer
(understanding, composition, LLM, verification) < the assistant < tools, CLI and UI.
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


def _modules(folder: Path) -> list[str]:
    return sorted(".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
                  for p in folder.rglob("*.py") if p.name != "__main__.py")


def _layer(module: str) -> str:
    parts = module.split(".")
    if parts[:2] != ["kiosk", "core"]:
        return parts[1] if len(parts) > 1 else "kiosk"
    if len(parts) > 3:
        return parts[2]
    return "top" if parts[-1] in TOP else "base"


def _imports(module: str) -> set[str]:
    path = PACKAGE.parent.joinpath(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                base = module.split(".")[: -node.level]
                found.add(".".join([*base, node.module]))
            else:
                found.add(node.module)
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


def test_ui_and_cli_use_the_core_only_through_its_public_modules() -> None:
    """The UI never reaches into the guard or the LLM: it gets what it shows from the assistant."""
    wrong = []
    for module in _modules(PACKAGE / "ui") + ["kiosk.cli"]:
        for target in _imports(module):
            if target.startswith(("kiosk.core.answer.llm", "kiosk.core.knowledge.index",
                                  "kiosk.tools")) and module != "kiosk.cli":
                wrong.append(f"{module} imports {target}")
            if target.startswith("kiosk.ui") and module == "kiosk.cli" and target != "kiosk.ui.app":
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_no_core_module_imports_textual() -> None:
    modules = _modules(PACKAGE / "core") + _modules(PACKAGE / "tools")
    code = ("import sys\n"
            + "".join(f"import {m}\n" for m in modules)
            + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
