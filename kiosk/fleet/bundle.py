"""The air-gapped install bundle: `./install.sh --make-bundle DIR` and `--offline DIR` call this.

    DIR/bundle.json        what it was made for: kiosk commit, Python, Debian release, CPU
    DIR/requirements.lock  every Python package of the made kiosk's .venv, pinned with its SHA-256
    DIR/wheels/            their wheels (llama-cpp-python as compiled on the making machine)
    DIR/build/             what building the kiosk's own package needs (setuptools)
    DIR/models/*.gguf      the configured language model
    DIR/index/             the built search index
    DIR/debs/              espeak-ng and the Debian packages it depends on
    DIR/kiosk-src.tar.gz   the kiosk's source (git archive), for machines without a clone
    DIR/SHA256SUMS         SHA-256 of every file above (`sha256sum -c SHA256SUMS` works too)

Standard library only: `verify` runs with the system Python before .venv exists.
Run as `python -m kiosk.fleet.bundle make|verify DIR` from the checkout; the Debian packages
are installed by deploy/install-debs.sh.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUMS = "SHA256SUMS"
SPEECH_PACKAGES = ("espeak-ng",)
# CPU features llama.cpp's native build may use; a kiosk lacking one crashes on the model.
CPU_FLAGS = ("sse3", "ssse3", "sse4_1", "sse4_2", "avx", "avx2", "fma", "f16c", "avx512f",
             "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16", "avx_vnni")


class BundleError(RuntimeError):
    """The bundle cannot be made or used; the message says why."""


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _run(cmd: list[str], **kw) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if done.returncode != 0:
        raise BundleError(f"{' '.join(cmd[:4])} … failed: {done.stderr.strip()[-800:]}")
    return done.stdout


def cpu_flags() -> list[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    m = re.search(r"^flags\s*:(.*)$", text, re.M)
    have = set(m.group(1).split()) if m else set()
    return [f for f in CPU_FLAGS if f in have]


def os_release() -> str:
    try:
        text = Path("/etc/os-release").read_text()
    except OSError:
        return ""
    m = re.search(r'^VERSION_CODENAME="?([^"\n]*)', text, re.M)
    return m.group(1) if m else ""


def pyproject_digest(root: Path = ROOT) -> str:
    return _sha256(root / "pyproject.toml")


# -- making ------------------------------------------------------------------------------------

def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_wheels(venv_python: Path, out: Path, portable: bool) -> int:
    """Wheels of exactly the packages installed in .venv, and requirements.lock with hashes."""
    frozen = [line for line in _run([str(venv_python), "-m", "pip", "freeze", "--all",
                                     "--exclude-editable"]).splitlines()
              if line and not line.startswith("#")]
    odd = [line for line in frozen if "==" not in line]
    if odd:
        raise BundleError(f"packages not from a registry cannot be bundled: {odd}")
    wheels = out / "wheels"
    wheels.mkdir()
    (out / "freeze.txt").write_text("\n".join(frozen) + "\n")
    env = dict(os.environ)
    if portable:  # llama.cpp for any x86-64 CPU with AVX2, not just this one (5-10 min)
        env["CMAKE_ARGS"] = (env.get("CMAKE_ARGS", "") + " -DGGML_NATIVE=OFF").strip()
        _run([str(venv_python), "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-cache-dir",
              "--no-binary", "llama-cpp-python", "-w", str(wheels),
              *[x for x in frozen if _norm(x.split("==")[0]) == "llama-cpp-python"]], env=env)
    # pip reuses the wheels it built at install time (its cache): no second compile
    _run([str(venv_python), "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels),
          "-r", str(out / "freeze.txt")], env=env)
    (out / "freeze.txt").unlink()
    # what pip's isolated build of the kiosk itself needs (pyproject's build-system)
    import tomllib

    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    _run([str(venv_python), "-m", "pip", "download", "--quiet", "--only-binary=:all:", "-d",
          str(out / "build"), *build], env=env)
    by_name = {}
    for whl in wheels.glob("*.whl"):
        name, version = whl.name.split("-")[:2]
        by_name[(_norm(name), version)] = whl
    lines = []
    for line in frozen:
        name, version = line.split("==", 1)
        whl = by_name.get((_norm(name), version))
        if whl is None:
            raise BundleError(f"pip produced no wheel for {line}")
        lines.append(f"{line} --hash=sha256:{_sha256(whl)}")
    (out / "requirements.lock").write_text("\n".join(sorted(lines, key=str.lower)) + "\n")
    return len(lines)


def deb_closure(roots: tuple[str, ...] = SPEECH_PACKAGES) -> list[str]:
    """The packages `roots` need, taking the first alternative of each choice (never a
    replacement such as libelogind0 for libsystemd0)."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        batch = [p for p in dict.fromkeys(todo) if p not in seen]
        todo = []
        if not batch:
            break
        seen.update(batch)
        out = _run(["apt-cache", "depends", "--no-recommends", "--no-suggests",
                    "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *batch])
        alternative = False
        for line in out.splitlines():
            m = re.match(r"^  (\|?)(?:Pre)?Depends: (\S+)", line)
            if not m:
                continue
            name = m.group(2)
            if not alternative and not name.startswith("<"):
                todo.append(name.split(":")[0])
            alternative = m.group(1) == "|"
    return sorted(seen)


def download_debs(out: Path) -> list[str]:
    debs = out / "debs"
    debs.mkdir()
    names = deb_closure()
    _run(["apt-get", "download", "-q", *names], cwd=debs)
    return names


def make(out: Path, portable: bool = False) -> dict:
    """Collect everything into the empty or new folder `out`; return bundle.json's content."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise BundleError(f"{out} is not empty: choose a new folder for the bundle")
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    sys.path.insert(0, str(ROOT))
    from types import SimpleNamespace

    from kiosk.core.knowledge.corpus import load_corpus
    from kiosk.core.knowledge.embedder import E5Embedder
    from kiosk.core.knowledge.index import index_problem
    from kiosk.core.settings import load_settings

    settings = load_settings()
    model = Path(settings.model_path)
    if not model.is_file():
        raise BundleError(f"no model at {model}: run ./install.sh first")
    problem = index_problem(load_corpus(settings.corpus_dir),
                            SimpleNamespace(name=E5Embedder.name), settings.index_dir)
    if problem:
        raise BundleError(f"the index is not ready: {problem}")
    packages = lock_wheels(ROOT / ".venv" / "bin" / "python", out, portable)
    (out / "models").mkdir()
    shutil.copy2(model, out / "models" / model.name)
    shutil.copytree(settings.index_dir, out / "index")
    debs = download_debs(out)
    commit = _run(["git", "-C", str(ROOT), "rev-parse", "HEAD"]).strip()
    _run(["git", "-C", str(ROOT), "archive", "--format=tar.gz", "--prefix=kiosk/", "-o",
          str(out / "kiosk-src.tar.gz"), "HEAD"])
    info = {
        "kiosk_commit": commit, "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": "%d.%d" % sys.version_info[:2], "machine": platform.machine(),
        "debian": os_release(), "pyproject_sha256": pyproject_digest(),
        "model": model.name, "packages": packages, "debs": debs,
        "llama_build": "portable (GGML_NATIVE=OFF)" if portable else "native",
        "cpu_flags": cpu_flags(),
    }
    (out / "bundle.json").write_text(json.dumps(info, indent=1) + "\n")
    files = sorted(p for p in out.rglob("*") if p.is_file())
    (out / SUMS).write_text("".join(f"{_sha256(p)}  {p.relative_to(out).as_posix()}\n"
                                    for p in files))
    info["seconds"] = round(time.monotonic() - t0)
    info["bytes"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return info


# -- using -------------------------------------------------------------------------------------

def verify(bundle: Path, root: Path = ROOT) -> tuple[dict, list[str]]:
    """Check every checksum and that the bundle fits this machine; return info and warnings."""
    bundle = Path(bundle)
    sums = bundle / SUMS
    if not sums.is_file():
        raise BundleError(f"{bundle} has no {SUMS}: not an install bundle")
    listed: dict[str, str] = {}
    for line in sums.read_text().splitlines():
        digest, _, name = line.partition("  ")
        if not re.fullmatch(r"[0-9a-f]{64}", digest) or not name or ".." in name.split("/"):
            raise BundleError(f"{sums}: malformed line {line!r}")
        listed[name] = digest
    present = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    extra = sorted(present - set(listed) - {SUMS})
    if extra:
        raise BundleError(f"{bundle} holds files its {SUMS} does not list, e.g. {extra[0]}")
    for name, digest in listed.items():
        path = bundle / name
        if not path.is_file():
            raise BundleError(f"{name} is missing from the bundle")
        if _sha256(path) != digest:
            raise BundleError(f"{name} does not match its SHA-256 in {SUMS}: the bundle is "
                              "damaged or was changed")
    info = json.loads((bundle / "bundle.json").read_text())
    here = "%d.%d" % sys.version_info[:2]
    if info["python"] != here or info["machine"] != platform.machine():
        raise BundleError(f"the bundle is for Python {info['python']} on {info['machine']}, "
                          f"this is Python {here} on {platform.machine()}")
    if (root / "pyproject.toml").is_file() and info["pyproject_sha256"] != pyproject_digest(root):
        raise BundleError("the bundle was made for another version of the kiosk (its "
                          "pyproject.toml differs): make it from the same commit "
                          f"{info['kiosk_commit'][:12]}")
    warnings = []
    missing = [f for f in info.get("cpu_flags", []) if f not in cpu_flags()]
    if missing and info.get("llama_build") == "native":
        warnings.append(f"llama.cpp in this bundle was compiled for a CPU with "
                        f"{', '.join(missing)}, which this one lacks: the model may crash. "
                        "Make the bundle with ./install.sh --make-bundle DIR --portable")
    if info.get("debian") and info["debian"] != os_release():
        warnings.append(f"the Debian packages are for '{info['debian']}', this system is "
                        f"'{os_release() or 'unknown'}': espeak-ng is not installed from them")
    return info, warnings


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("make", "verify"):
        print("usage: python -m kiosk.fleet.bundle make|verify DIR [--portable]",
              file=sys.stderr)
        return 2
    try:
        if argv[0] == "make":
            info = make(Path(argv[1]), portable="--portable" in argv)
            print(f"bundle {argv[1]}: {info['packages']} Python packages, model "
                  f"{info['model']}, {len(info['debs'])} Debian packages, "
                  f"{info['bytes'] / 2**20:.0f} MB, made in {info['seconds']} s")
        elif argv[0] == "verify":
            info, warnings = verify(Path(argv[1]))
            for w in warnings:
                print(f"warning: {w}", file=sys.stderr)
            print(f"bundle {argv[1]}: every SHA-256 matches (kiosk {info['kiosk_commit'][:12]}, "
                  f"made {info['created']})")
    except BundleError as exc:
        print(f"install.sh: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
