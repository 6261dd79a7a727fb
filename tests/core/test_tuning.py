"""Tuned numbers live in one module, each documented with its meaning and unit, and are used."""

from __future__ import annotations

import ast
import inspect

import pytest

from kiosk.core import tuning
from kiosk.core.settings import ROOT


def _documented() -> dict[str, str]:
    """Each upper-case constant of kiosk/core/tuning.py and the docstring right below it."""
    body = ast.parse(inspect.getsource(tuning)).body
    out = {}
    for node, after in zip(body, body[1:] + [None]):
        if isinstance(node, ast.Assign) and node.targets[0].id.isupper():
            doc = (after.value.value if isinstance(after, ast.Expr)
                   and isinstance(after.value, ast.Constant) else "")
            out[node.targets[0].id] = doc
    return out


def test_every_tuned_number_says_what_it_means_and_in_which_unit() -> None:
    docs = _documented()
    assert len(docs) >= 10
    missing = [name for name, doc in docs.items() if len(doc) < 60]
    assert missing == []
    unitless = [name for name, doc in docs.items() if not any(
        unit in doc for unit in ("0..1", "0..100", "0..∞", "-1..1"))]
    assert unitless == []


def test_the_fusion_weights_add_up_to_one() -> None:
    """So a service's score stays in 0..1 and `min_score` keeps its meaning."""
    assert tuning.W_DENSE + tuning.W_LEX + tuning.W_KEYWORD == pytest.approx(1.0)
    assert 0 <= tuning.DENSE_FLOOR < tuning.DENSE_CEIL <= 1


@pytest.mark.parametrize(("module", "names"), [
    ("kiosk/core/knowledge/retrieval.py", ("DENSE_FLOOR", "DENSE_CEIL", "LEX_SCALE", "W_DENSE",
                                           "W_LEX", "W_KEYWORD", "FUZZY_CUTOFF",
                                           "SCATTERED_WEIGHT", "DISTINCT_WEIGHT",
                                           "DISTINCT_MIN_CHARS")),
    ("kiosk/core/answer/verify.py", ("SUPPORT_MIN",)),
    ("kiosk/core/answer/compose.py", ("MAX_KINDS", "MAX_FIRST_KIND", "MAX_OTHER_KIND", "RANK_FLOOR",
                                      "RANK_MARGIN", "EXTRA_FLOOR", "EXTRA_MARGIN", "EXTRA_SLACK")),
    ("kiosk/core/knowledge/subjects.py", ("MIN_HEAD", "MIN_WORD", "COMMON", "SAME_NAME")),
    ("kiosk/core/answer/lang.py", ("DETECT_CONFIDENCE",)),
])
def test_the_modules_take_their_numbers_from_the_tuning_module(module, names) -> None:
    tree = ast.parse((ROOT / module).read_text("utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                and n.module == "kiosk.core.tuning" for a in n.names}
    assigned = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign)
                for t in n.targets if isinstance(t, ast.Name)}
    assert set(names) <= imported
    assert not set(names) & assigned  # no second definition next to the import
