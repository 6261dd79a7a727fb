"""The `kiosk` command: the touchscreen kiosk, and `ask`, `index`, `doctor`, `eval`, `bench`."""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path
from typing import Iterable, TextIO

from kiosk.core.guard import netguard


def _settings(args: argparse.Namespace):
    from pydantic import ValidationError

    from kiosk.core.settings import load_settings

    overrides = {}
    if getattr(args, "model", None):  # naming a model means using it
        overrides["model_path"] = Path(args.model)
        overrides["use_llm"] = True
    if getattr(args, "no_llm", False):
        overrides["use_llm"] = False
    try:
        settings = load_settings(**overrides)
    except ValidationError as exc:
        raise SystemExit(f"kiosk: the configuration is invalid:\n{exc}") from None
    from kiosk.fleet.store import resolve  # installed signed content, if any (not for `index`)

    return settings if getattr(args, "func", None) is cmd_index else resolve(settings)


def _assistant(args: argparse.Namespace):
    from kiosk.core.assistant import build_assistant
    from kiosk.core.knowledge.corpus import CorpusError

    settings = _settings(args)
    try:
        assistant = build_assistant(settings)
    except CorpusError as exc:
        raise SystemExit(f"kiosk: corpus error: {exc}") from None
    if assistant.index_note:
        print(f"kiosk: note: {assistant.index_note}", file=sys.stderr)
    assistant.load_model()
    if assistant.model_note:
        print(f"kiosk: note: {assistant.model_note}", file=sys.stderr)
    return assistant


def _readable(answer, out: TextIO) -> None:
    out.write(answer.text + "\n")
    if answer.mode == "answer":
        out.write("\nQuellen / Sources:\n")
        for hit in answer.hits:
            s = hit.service
            out.write(f"  - {s.title} (Stand {s.stand}): {s.source}\n")
    out.write("\nHinweis: KI-System, Antworten sind nicht rechtsverbindlich.\n")


def cmd_ask(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _ask_jsonl(_assistant(args), sys.stdin, sys.stdout, args.lang)
    question = " ".join(args.question).strip()
    if not question:
        print("kiosk ask: please give a question, e.g. kiosk ask \"Was kostet ein "
              "Personalausweis?\" (or --jsonl with questions on standard input)", file=sys.stderr)
        return 2
    answer = _assistant(args).ask(question, args.lang)
    if args.json:
        data = answer.to_json()
        if args.explain:
            data["explain"] = answer.explain
        print(json.dumps(data, ensure_ascii=False))
    else:
        _readable(answer, sys.stdout)
        if args.explain:
            _explain(answer, sys.stdout)
    return 0


def _explain(answer, out: TextIO) -> None:
    """How the answer was made: what was understood, which facts, what verification dropped."""
    info = answer.explain or {}
    out.write("\nWie die Antwort entstand / How the answer was made:\n")
    out.write(f"  mode: {answer.mode}, language: {answer.lang}\n")
    understood = info.get("understood", {})
    if understood:
        asked = ", ".join(understood.get("kinds") or []) or "(no kind: summary or best fact)"
        out.write(f"  asked: {asked}\n")
        conditions = {k: v for k, v in understood.items() if k != "kinds" and v}
        out.write(f"  conditions: {conditions or '-'}\n")
    if info.get("scores"):
        out.write("  services: " + ", ".join(f"{k} {v}" for k, v in info["scores"].items())
                  + f" -> {info.get('service')}\n")
    for key in info.get("facts", []):
        out.write(f"  fact used: {key}\n")
    for kind in info.get("referrals", []):
        out.write(f"  no fact of kind '{kind}': referral\n")
    for item in info.get("dropped", []):
        out.write(f"  dropped by verification: {item['sentence']!r} ({item['why']})\n")
    if info.get("reason"):
        out.write(f"  reason: {info['reason']}\n")


def _ask_jsonl(assistant, lines: Iterable[str], out: TextIO, lang: str | None) -> int:
    """One JSON answer per input line, in order, flushed at once; a bad line gets an error line."""
    bad = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise ValueError("a line must be an object with a 'question' text")
        except ValueError as exc:
            bad += 1
            qid = None
            out.write(json.dumps({"id": qid, "error": f"line {number}: {exc}"}) + "\n")
            out.flush()
            continue
        answer = assistant.ask(item["question"], item.get("lang") or lang)
        out.write(json.dumps(answer.to_json(item.get("id")), ensure_ascii=False) + "\n")
        out.flush()
    if bad:
        print(f"kiosk ask: {bad} malformed line(s) skipped", file=sys.stderr)
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from kiosk.core.knowledge.corpus import CorpusError, load_corpus
    from kiosk.core.knowledge.embedder import E5Embedder
    from kiosk.core.knowledge.index import build_index

    settings = _settings(args)
    try:
        corpus = load_corpus(settings.corpus_dir)
    except CorpusError as exc:
        print(f"kiosk index: corpus error: {exc}", file=sys.stderr)
        return 1
    manifest = build_index(corpus, E5Embedder(settings.n_threads), settings.index_dir)
    print(f"index built in {settings.index_dir}: {manifest['services']} services, "
          f"{manifest['units']} units, {manifest['built_seconds']} s")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from kiosk.core.doctor import run_checks

    checks = run_checks(_settings(args))
    for c in checks:
        mark = "ok  " if c.ok else ("FAIL" if c.fatal else "warn")
        print(f"[{mark}] {c.name:9} {c.message}")
    failed = [c for c in checks if c.fatal and not c.ok]
    print("kiosk doctor: " + ("ready" if not failed else
                              f"{len(failed)} problem(s) stop the kiosk: see FAIL lines above"))
    return 1 if failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from kiosk.tools.evaluate import score

    try:
        questions = [json.loads(x) for x in Path(args.file).read_text("utf-8").splitlines()
                     if x.strip()]
    except (OSError, ValueError) as exc:
        print(f"kiosk eval: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    assistant = _assistant(args)
    answers = {}
    for q in questions:
        answers[q["id"]] = assistant.ask(q["question"], q.get("lang")).to_json(q["id"])
    report = score(questions, answers, assistant.corpus)
    print(json.dumps(report.summary()))
    for line in report.failures:
        print("  " + line)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from kiosk.tools.bench import main as bench_main

    return bench_main(_settings(args), as_json=args.json, rounds=args.rounds)


def cmd_kiosk(args: argparse.Namespace) -> int:
    from .ui.app import run_kiosk

    return run_kiosk(_settings(args), staff=args.staff)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk", description="Bürgerassistent: offline citizen-"
                                "service kiosk. Without a command, starts the touchscreen kiosk.")
    p.add_argument("--staff", action="store_true", help="laptop mode: staff panel, normal quit")
    p.add_argument("--model", help="GGUF model file to reword answers with (sets use_llm)")
    p.add_argument("--no-llm", action="store_true", help="extractive answers only")
    p.set_defaults(func=cmd_kiosk)
    sub = p.add_subparsers(title="commands")
    a = sub.add_parser("ask", help="answer one question, or --jsonl from standard input")
    a.add_argument("question", nargs="*")
    a.add_argument("--json", action="store_true", help="one JSON object")
    a.add_argument("--jsonl", action="store_true", help="JSON lines in, JSON lines out")
    a.add_argument("--lang", help="the screen's language (de, en, tr, uk, ru, pl, ar): decides "
                   "when the question is too short to tell")
    a.add_argument("--explain", action="store_true",
                   help="show how the answer was made: kinds and conditions, facts, dropped text")
    a.set_defaults(func=cmd_ask)
    sub.add_parser("index", help="rebuild the search index from corpus/").set_defaults(
        func=cmd_index)
    sub.add_parser("doctor", help="check model, index, embedder, speech").set_defaults(
        func=cmd_doctor)
    e = sub.add_parser("eval", help="run a question file and print quality figures")
    e.add_argument("file")
    e.set_defaults(func=cmd_eval)
    b = sub.add_parser("bench", help="measure speed and memory")
    b.add_argument("--json", action="store_true")
    b.add_argument("--rounds", type=int, default=3)
    b.set_defaults(func=cmd_bench)
    from kiosk.fleet.cli import add_commands

    add_commands(sub)  # kiosk content …, kiosk corpus check
    for sp in (a, e, b):  # also after the command; SUPPRESS keeps a value given before it
        sp.add_argument("--model", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        sp.add_argument("--no-llm", action="store_true", default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    netguard.install()
    # A crash must not dump the session's memory (questions, answers) to disk.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
