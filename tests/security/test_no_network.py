"""No network: the audit hook refuses inet sockets and name lookups, and the kiosk answers offline.

The hook cannot be removed once installed, so it is exercised in a child process. The second
proof runs the real CLI in a fresh network namespace (only a loopback device, and it is down).
"""

from __future__ import annotations

import json
import subprocess
import textwrap

import pytest

from kiosk.core.settings import ROOT
from tests.security.helpers import VENV_PYTHON, clean_env, question_files, questions, run_kiosk

# Each probe prints "refused", "allowed" or "error: …"; the child installs the hook first.
_PROBES = textwrap.dedent(
    """
    import asyncio, json, os, socket, tempfile, urllib.error, urllib.request
    from kiosk.core.guard import netguard

    netguard.install()
    netguard.install()  # idempotent: a second call adds no second hook

    def probe(fn):
        try:
            fn()
        except netguard.NetworkRefused:
            return "refused"
        except urllib.error.URLError as exc:  # urllib wraps the refusal
            if isinstance(exc.reason, netguard.NetworkRefused):
                return "refused"
            return f"error: {exc}"
        except Exception as exc:
            return f"error: {type(exc).__name__}: {exc}"
        return "allowed"

    def unix_server():
        path = os.path.join(tempfile.mkdtemp(), "s")
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(path)
        server.listen(1)
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(path)
        conn, _ = server.accept()
        client.sendall(b"ping")
        assert conn.recv(4) == b"ping"
        for s in (client, conn, server):
            s.close()

    def socketpair():
        a, b = socket.socketpair()
        a.sendall(b"x")
        assert b.recv(1) == b"x"

    async def loop_work():
        await asyncio.sleep(0)
        return 1

    results = {
        "inet": probe(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM)),
        "inet_default": probe(lambda: socket.socket()),
        "inet6": probe(lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)),
        "udp": probe(lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM)),
        "getaddrinfo": probe(lambda: socket.getaddrinfo("example.org", 443)),
        "getaddrinfo_localhost": probe(lambda: socket.getaddrinfo("localhost", 80)),
        "gethostbyname": probe(lambda: socket.gethostbyname("example.org")),
        "gethostbyname_ex": probe(lambda: socket.gethostbyname_ex("example.org")),
        "gethostbyaddr": probe(lambda: socket.gethostbyaddr("8.8.8.8")),
        "getnameinfo": probe(lambda: socket.getnameinfo(("127.0.0.1", 80), 0)),
        "create_connection": probe(lambda: socket.create_connection(("127.0.0.1", 9), 1)),
        "urlopen": probe(lambda: urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)),
        "unix_stream": probe(unix_server),
        "unix_dgram": probe(lambda: socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM).close()),
        "socketpair": probe(socketpair),
        "asyncio_loop": probe(lambda: asyncio.run(loop_work())),
    }
    print(json.dumps(results))
    """
)

REFUSED = ("inet", "inet_default", "inet6", "udp", "getaddrinfo", "getaddrinfo_localhost",
           "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo",
           "create_connection", "urlopen")
ALLOWED = ("unix_stream", "unix_dgram", "socketpair", "asyncio_loop")


@pytest.fixture(scope="module")
def probe_results() -> dict[str, str]:
    done = subprocess.run([str(VENV_PYTHON), "-c", _PROBES], capture_output=True, text=True,
                          cwd=ROOT, env=clean_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("probe", REFUSED)
def test_the_audit_hook_refuses_internet_sockets_and_name_lookups(probe_results, probe):
    assert probe_results[probe] == "refused"


@pytest.mark.parametrize("probe", ALLOWED)
def test_the_audit_hook_still_allows_unix_sockets(probe_results, probe):
    assert probe_results[probe] == "allowed"


def test_the_cli_installs_the_hook_before_anything_else():
    """`kiosk` itself refuses the network: a library that tried would get NetworkRefused."""
    code = textwrap.dedent(
        """
        import socket
        import kiosk.cli
        # a question-less `ask` returns 2 without loading anything
        assert kiosk.cli.main(["ask"]) == 2
        try:
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        except PermissionError as exc:
            print("refused:", exc)
        """
    )
    done = subprocess.run([str(VENV_PYTHON), "-c", code], capture_output=True, text=True,
                          env=clean_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    assert "refused: network access refused by the kiosk" in done.stdout


def _netns_prefix() -> list[str]:
    """`unshare -n` (as root) or `unshare -rn` (user namespace); skip when neither works."""
    for prefix in (["unshare", "-n"], ["unshare", "-r", "-n"]):
        try:
            ok = subprocess.run([*prefix, "true"], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if ok.returncode == 0:
            return prefix
    pytest.skip("unshare -n is not permitted here (no network namespaces for this user)")


def test_unshare_really_has_no_network():
    """Guards the next test: inside the namespace even a connect to a public IP fails."""
    prefix = _netns_prefix()
    code = ("import socket\ntry:\n    socket.create_connection(('1.1.1.1', 53), 2)\n"
            "except OSError as e:\n    print('offline', e.errno)\nelse:\n    print('online')")
    done = subprocess.run([*prefix, str(VENV_PYTHON), "-c", code], capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.startswith("offline"), done.stdout + done.stderr


@pytest.mark.real
def test_the_kiosk_answers_the_dev_set_without_any_network():
    """The whole real stack (model, embedder, index, language models) works in an empty netns."""
    prefix = _netns_prefix()
    items = questions()
    assert items, f"no questions in {question_files()}"
    stdin = "".join(json.dumps({"id": q["id"], "question": q["question"],
                                "lang": q.get("lang")}, ensure_ascii=False) + "\n"
                    for q in items)
    done = run_kiosk(["ask", "--jsonl"], stdin=stdin, prefix=prefix, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(x) for x in done.stdout.splitlines() if x.strip()]
    assert [x.get("id") for x in lines] == [q["id"] for q in items]
    for line in lines:
        assert "error" not in line, line
        assert line["mode"] in ("answer", "no_answer", "pii_blocked"), line
        assert line["answer"].strip(), line
    assert "Traceback" not in done.stderr
    # the model loaded: answers are generated, not only extractive (no "unusable" note)
    assert "unusable" not in done.stderr, done.stderr
