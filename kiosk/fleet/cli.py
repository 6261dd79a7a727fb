"""`kiosk content keygen|build|install|rollback|status` and `kiosk corpus check`.

Imports stay inside the commands: `kiosk ask` builds this parser too and must not pay for them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _settings():
    from pydantic import ValidationError

    from kiosk.core.settings import load_settings

    try:
        return load_settings()
    except ValidationError as exc:
        raise SystemExit(f"kiosk: the configuration is invalid:\n{exc}") from None


def _fail(command: str, message: str) -> int:
    print(f"kiosk {command}: {message}", file=sys.stderr)
    return 1


def cmd_corpus_check(args: argparse.Namespace) -> int:
    from kiosk.fleet.check import check_corpus

    folder = Path(args.folder) if args.folder else _settings().corpus_dir
    report = check_corpus(folder, args.max_age_months)
    if args.json:
        print(json.dumps({"folder": str(folder), "errors": [vars(f) for f in report.errors],
                          "warnings": [vars(f) for f in report.warnings]}, ensure_ascii=False))
    else:
        for finding in report.errors + report.warnings:
            print(finding)
        verdict = "do not publish" if report.exit_status(args.strict) else "ready to publish"
        print(f"kiosk corpus check: {folder}: {report.summary()}: {verdict}")
    return report.exit_status(args.strict)


def cmd_keygen(args: argparse.Namespace) -> int:
    from kiosk.fleet import signing

    private = Path(args.private)
    public = Path(args.public) if args.public else private.with_suffix(".pub")
    try:
        kid = signing.keygen(private, public)
    except signing.SigningKeyError as exc:
        return _fail("content keygen", str(exc))
    print(f"key {kid}: private key {private} (keep it off the kiosks, mode 0600), public key "
          f"{public} (goes to every kiosk: content_public_key)")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from kiosk.fleet import package
    from kiosk.fleet.build import build
    from kiosk.fleet.signing import SigningKeyError

    settings = _settings()
    corpus = Path(args.corpus) if args.corpus else settings.corpus_dir
    version = args.version or package.default_version()
    out = Path(args.out) if args.out else Path(f"content-{version}.tar.gz")
    try:
        index = Path(args.index) if args.index else None if args.corpus else settings.index_dir
        built = build(corpus, Path(args.key), out, version=version, index_dir=index,
                      max_age_months=args.max_age_months)
    except (package.PackageError, SigningKeyError) as exc:
        from kiosk.fleet.check import check_corpus

        for finding in check_corpus(corpus, args.max_age_months).errors:
            print(finding, file=sys.stderr)
        return _fail("content build", str(exc))
    m = built.manifest
    print(f"{built.path}: content {m['version']}, {len(m['services'])} services, Stand "
          f"{m['stand']['oldest']} … {m['stand']['newest']}, signed by key {m['key_id']}, "
          f"{built.path.stat().st_size // 1024} KB, index "
          f"{'reused' if built.index_reused else 'built'}; {len(built.report.warnings)} "
          f"warning(s), {m['check']['facts_to_check']} facts to check (kiosk corpus check)")
    return 0


def _store_args(command: str):
    settings = _settings()
    if not settings.content_dir:
        raise SystemExit(f"kiosk {command}: no content_dir is configured (KIOSK_CONTENT_DIR or "
                         "content_dir in kiosk.toml; docs/deploy.md)")
    return settings


def cmd_install(args: argparse.Namespace) -> int:
    from kiosk.fleet import store
    from kiosk.fleet.package import PackageError
    from kiosk.fleet.signing import SigningKeyError

    settings = _store_args("content install")
    if not settings.content_public_key:
        return _fail("content install", "no content_public_key is configured: the kiosk "
                     "cannot check signatures, so it installs nothing")
    try:
        result = store.install(Path(args.file), settings.content_dir,
                               settings.content_public_key, force=args.force)
    except (PackageError, SigningKeyError) as exc:
        return _fail("content install", f"{exc}")
    if result.warnings:
        print(f"{len(result.warnings)} warning(s) from the corpus check, e.g. "
              f"{result.warnings[0]}")
    print(result.message + ("; the kiosk takes it at its next session" if result.changed
                            else ""))
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    from kiosk.fleet import store
    from kiosk.fleet.package import PackageError

    settings = _store_args("content rollback")
    try:
        result = store.rollback(settings.content_dir)
    except PackageError as exc:
        return _fail("content rollback", str(exc))
    print(result.message + "; the kiosk takes it at its next session")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from kiosk.fleet.status import content_status, summary_line, to_check_lines

    info = content_status(_settings())
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=1))
    else:
        print(summary_line(info))
        if info["installed_at"]:
            print(f"installed {info['installed_at']}; earlier version kept for rollback: "
                  f"{info['previous'] or 'none'}")
        if info["trusted_key_id"]:
            print(f"this kiosk trusts content signed by key {info['trusted_key_id']}")
        for item in info["to_check"]:
            print(f"  to check [{item['status']}] {item['service']}/{item['fact']}: "
                  f"{item['text']}")
        if info["problem"]:
            print(f"problem: {info['problem']}")
    return 1 if info["problem"] else 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add `content` and `corpus` to the `kiosk` command's subcommands."""
    from kiosk.fleet.check import DEFAULT_MAX_AGE_MONTHS

    def max_age(p: argparse.ArgumentParser) -> None:
        p.add_argument("--max-age-months", type=int, default=DEFAULT_MAX_AGE_MONTHS,
                       help="warn about a Stand older than this (default: %(default)s)")

    corpus = sub.add_parser("corpus", help="check the corpus before publishing it")
    csub = corpus.add_subparsers(title="commands", required=True)
    c = csub.add_parser("check", help="errors (exit 1) and warnings for editors")
    c.add_argument("folder", nargs="?", help="corpus folder (default: the configured one)")
    max_age(c)
    c.add_argument("--strict", action="store_true", help="warnings fail too")
    c.add_argument("--json", action="store_true", help="one JSON object")
    c.set_defaults(func=cmd_corpus_check)

    content = sub.add_parser("content", help="signed content packages: build, install, rollback")
    sub2 = content.add_subparsers(title="commands", required=True)
    k = sub2.add_parser("keygen", help="make an Ed25519 signing key pair")
    k.add_argument("--private", default="content-signing.key", help="private key file to write")
    k.add_argument("--public", help="public key file (default: private name with .pub)")
    k.set_defaults(func=cmd_keygen)
    b = sub2.add_parser("build", help="check, index and sign the corpus into one file")
    b.add_argument("--key", required=True, help="the private signing key")
    b.add_argument("--out", help="package file (default: content-VERSION.tar.gz)")
    b.add_argument("--version", help="numbers with dots, growing (default: UTC date and time)")
    b.add_argument("--corpus", help="corpus folder (default: the configured one)")
    b.add_argument("--index", help="an index built from exactly this corpus, to package instead "
                   "of building one (default: the configured one, when it fits)")
    max_age(b)
    b.set_defaults(func=cmd_build)
    i = sub2.add_parser("install", help="verify a package and switch to it atomically")
    i.add_argument("file")
    i.add_argument("--force", action="store_true", help="also install an older version")
    i.set_defaults(func=cmd_install)
    sub2.add_parser("rollback", help="go back to the version before").set_defaults(
        func=cmd_rollback)
    s = sub2.add_parser("status", help="installed version, Stand, key, facts to check")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_status)
