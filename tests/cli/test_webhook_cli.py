"""Webhooks from the command line, as subprocesses on real sockets: serve delivers, listen verifies
(200/400/401/413, one line each, forwarding), trigger sends a sample, webhooks verify checks a saved body.
No secret given to a command ever appears in what it prints."""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from retab_runs.webhooks import parse, sign, verify
from tests.cli.test_cli import SCRIPT, cli
from tests.server.test_lifecycle import document
from tests.server.webhook_receiver import Plan, Receiver

SECRET = "whsec_cli_SECRET_7a1f"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class Background:
    """A retab-runs subprocess whose stdout lines are read as they come."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
        full_env.update(env or {})
        self.process = subprocess.Popen([str(SCRIPT), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, env=full_env, stdin=subprocess.DEVNULL)  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert self.process.stdout is not None
        stdout = self.process.stdout

        def pump() -> None:
            for line in stdout:
                self.lines.put(line)

        threading.Thread(target=pump, daemon=True).start()

    def line_with(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no line with {text!r} came; saw {self.seen}") from None
            self.seen.append(line)
            if text in line:
                return line

    def stop(self) -> tuple[str, str]:
        self.process.terminate()
        out, err = self.process.communicate(timeout=15)
        return "".join(self.seen) + out, err


@contextmanager
def running(*args: str, ready: str | None, env: dict[str, str] | None = None) -> Iterator[Background]:
    """The command in the background, once it printed a line with ``ready`` (None: at once)."""
    background = Background(*args, env=env)
    try:
        if ready is not None:
            background.line_with(ready)
        yield background
    finally:
        out, err = background.stop()
        assert SECRET not in out and SECRET not in err


def wait_until_up(url: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url, timeout=5)
            return
        except httpx.TransportError:
            assert time.monotonic() < deadline, f"{url} never answered"
            time.sleep(0.05)


def post(url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(url, content=body, headers={"Content-Type": "application/json", **headers}, timeout=30)


# -- serve ---------------------------------------------------------------------------------


def test_serve_delivers_a_signed_webhook_when_a_created_run_completes() -> None:
    port = free_port()
    with Receiver() as hook, running("serve", "--port", str(port), "--speed", "20", "--webhook-url", hook.url,
                                     "--webhook-secret", SECRET, ready="Webhooks:") as serve:  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/v1/workflows/runs/run_abc123xyz")
        created = httpx.post(base + "/v1/workflows/wf_cli/run", headers={"Api-Key": "sk-retab-runs-local"},
                             json={"documents": {"start-1": document()}}, timeout=30)  # fmt: skip
        [sent] = hook.wait_for(1)
    assert "X-Retab-Signature: t=...,v1=..." in serve.seen[-1]
    event = parse(sent.body, sent.headers, SECRET)
    assert event.delivery_key.startswith("evt_") and json.loads(sent.body)["data"]["id"] == created.json()["id"]


def test_serve_takes_webhooks_per_workflow_from_a_fixture(tmp_path: Path) -> None:
    port = free_port()
    with Receiver() as hook:
        fixture = tmp_path / "hooks.json"
        fixture.write_text(json.dumps({"webhooks": {"wf_legacy": {"url": hook.url, "secret": SECRET,
                                                                  "format": "end-node"}}, "runs": []}))  # fmt: skip
        with running("serve", "--port", str(port), "--speed", "20", "--fixtures", str(fixture),
                     ready="Webhooks for wf_legacy") as serve:  # fmt: skip
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base + "/v1/workflows/runs/run_abc123xyz")
            for workflow in ("wf_other", "wf_legacy"):
                httpx.post(base + f"/v1/workflows/{workflow}/run", headers={"Api-Key": "sk-retab-runs-local"},
                           json={"documents": {"start-1": document()}}, timeout=30)  # fmt: skip
            [sent] = hook.wait_for(1)
            time.sleep(0.5)  # the other workflow's run has completed by now too: it has no webhook
        assert len(hook.received) == 1
    assert verify(sent.body, sent.headers, SECRET).scheme == "hex"
    assert set(json.loads(sent.body)) == {"document", "data"}
    assert serve.process.returncode is not None


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--webhook-url", "http://example.com/hook", "--webhook-secret", SECRET], {}, "not a loopback address"),
        (["--webhook-url", "http://127.0.0.1:9/hook"], {}, "needs a signing secret"),
        (["--webhook-url", "ftp://127.0.0.1/"], {"RETAB_WEBHOOK_SECRET": SECRET}, "http:// or https://"),
        (["--webhook-secret", SECRET], {}, "without --webhook-url"),
        (["--webhook-url", "http://127.0.0.1:9/", "--webhook-attempts", "0"], {"RETAB_WEBHOOK_SECRET": SECRET},
         "attempts"),
    ],
)  # fmt: skip
def test_serve_refuses_a_bad_webhook_setup_in_one_line(args: list[str], env: dict[str, str], message: str) -> None:
    result = cli("serve", "--port", str(free_port()), *args, env=env, timeout=60)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr and "Traceback" not in result.stderr
    assert SECRET not in result.stdout + result.stderr


def test_serve_allows_a_remote_webhook_when_asked() -> None:
    port = free_port()
    with running("serve", "--port", str(port), "--webhook-url", "https://example.com/hook", "--webhook-secret",
                 SECRET, "--allow-remote-webhooks", ready="Webhooks:"):  # fmt: skip
        pass


def test_serve_of_todays_api_delivers_to_listen() -> None:
    serve_port, listen_port = free_port(), free_port()
    with running("listen", "--port", str(listen_port), "--secret", SECRET, ready="One line per delivery") as listen:
        with running("serve", "--api-version", "2026-08-16", "--port", str(serve_port), "--speed", "20",
                     "--webhook-url", f"http://127.0.0.1:{listen_port}/hook", "--webhook-secret", SECRET,
                     ready="Webhooks:") as serve:  # fmt: skip
            base = f"http://127.0.0.1:{serve_port}"
            wait_until_up(base + "/v1/workflows/runs/run_today_completed")
            created = httpx.post(base + "/v1/workflows/runs", headers={"Authorization": "Bearer sk-retab-runs-local"},
                                 json={"workflow_id": "wf_cli"}, timeout=30)  # fmt: skip
            assert created.status_code == 202, created.text
            run_id = created.json()["id"]
            line = listen.line_with(run_id)
    assert "workflow.run.completed" in line and "200 ok" in line
    assert "X-Retab-Signature: t=...,v1=..." in serve.seen[-1]


def test_serve_of_todays_api_with_the_end_node_format_says_so() -> None:
    port = free_port()
    with running("serve", "--api-version", "2026-08-16", "--port", str(port), "--webhook-url",
                 "http://127.0.0.1:9/hook", "--webhook-secret", SECRET, "--webhook-format", "end-node",
                 ready="Webhooks:") as serve:  # fmt: skip
        pass
    assert "(end-node, signed Retab-Signature: <hex>)" in serve.seen[-1]


# -- listen --------------------------------------------------------------------------------


def test_listen_verifies_each_delivery_and_prints_a_line() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/any/path"
    with running("listen", "--port", str(port), "--secret", SECRET, "--max-body-bytes", "4096",
                 ready="One line per delivery") as listen:  # fmt: skip
        body = json.dumps({"id": "evt_cli_1", "type": "workflow.run.completed", "environment": "test",
                           "data": {"id": "run_cli", "status": "completed"}}).encode()  # fmt: skip
        good = post(url, body, {"X-Retab-Signature": sign(body, SECRET)})
        assert good.status_code == 200 and good.json() == {"received": "evt_cli_1"}
        line = listen.line_with("evt_cli_1")
        assert "workflow.run.completed" in line and "run_cli" in line and "test" in line and "200 ok" in line
        assert post(url, body, {"X-Retab-Signature": sign(body, "whsec_wrong")}).status_code == 401
        assert "401 refused" in listen.line_with("401")
        assert post(url, body, {}).status_code == 400
        assert post(url, body, {"Retab-Signature": "nope"}).status_code == 400
        big = b"{" + b" " * 5000 + b"}"
        too_large = post(url, big, {"X-Retab-Signature": sign(big, SECRET)})
        assert too_large.status_code == 413 and "4096" in too_large.json()["detail"]
        assert "413 refused" in listen.line_with("413")
        assert httpx.get(url, timeout=10).status_code == 405


def test_listen_json_lines() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with running("listen", "--port", str(port), "--json", env={"RETAB_WEBHOOK_SECRET": SECRET},
                 ready=None) as listen:  # fmt: skip
        body = json.dumps({"document": None, "data": {"a": 1}}).encode()
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = post(url, body, {"Retab-Signature": sign(body, SECRET, scheme="hex")})
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert answer.status_code == 200
        record = json.loads(listen.line_with("sha256:"))
    assert record["verdict"] == "ok" and record["status"] == 200 and record["type"] is None
    assert record["delivery_key"].startswith("sha256:")


def test_listen_without_a_secret_makes_one_and_trigger_uses_it() -> None:
    port = free_port()
    background = Background("listen", "--port", str(port))
    try:
        serve_line = background.line_with("retab-runs serve --webhook-url")
        made = serve_line.split("--webhook-secret ")[1].strip()
        assert made.startswith("whsec_") and len(made) > 30
        background.line_with("One line per delivery")
        result = cli("trigger", f"http://127.0.0.1:{port}/", "--secret", made, "--run-id", "run_trig")
        assert result.returncode == 0, result.stderr
        assert "HTTP 200" in result.stdout
        line = background.line_with("run_trig")
        assert "200 ok" in line
        refused = cli("trigger", f"http://127.0.0.1:{port}/", "--secret", SECRET)
        assert refused.returncode == 1 and "HTTP 401" in refused.stdout and SECRET not in refused.stdout
    finally:
        background.stop()


def test_listen_forwards_the_raw_body_and_headers_and_relays_the_answer() -> None:
    port = free_port()
    with Receiver(Plan(statuses=[503], text=b"busy")) as app:
        with running("listen", "--port", str(port), "--secret", SECRET, "--forward-to", app.url,
                     ready="One line per delivery") as listen:  # fmt: skip
            body = '{"id":"evt_fwd","type":"workflow.run.completed","data":{"note":"caf\u00e9"}}'.encode()
            signature = sign(body, SECRET)
            url = f"http://127.0.0.1:{port}/"
            first = post(url, body, {"X-Retab-Signature": signature, "X-Custom": "kept"})
            second = post(url, body, {"X-Retab-Signature": signature, "X-Custom": "kept"})
            refused = post(url, body, {"X-Retab-Signature": sign(body, "whsec_wrong")})
            assert "-> " + app.url in listen.line_with("evt_fwd")
        assert (first.status_code, first.content, second.status_code) == (503, b"busy", 200)
        assert refused.status_code == 401
        assert len(app.received) == 2  # the refused one was not passed on
        sent = app.received[0]
    assert sent.body == body
    assert sent.headers["x-retab-signature"] == signature and sent.headers["x-custom"] == "kept"
    assert verify(sent.body, sent.headers, SECRET)


def test_serve_to_listen_end_to_end() -> None:
    listen_port, serve_port = free_port(), free_port()
    with running("listen", "--port", str(listen_port), "--secret", SECRET, ready="One line per delivery") as listen:
        with running("serve", "--port", str(serve_port), "--speed", "20", "--webhook-url",
                     f"http://127.0.0.1:{listen_port}/hook", ready="Webhooks:",
                     env={"RETAB_WEBHOOK_SECRET": SECRET}):  # fmt: skip
            base = f"http://127.0.0.1:{serve_port}"
            wait_until_up(base + "/v1/workflows/runs/run_abc123xyz")
            run = httpx.post(base + "/v1/workflows/wf_e2e/run", headers={"Api-Key": "sk-retab-runs-local"},
                             json={"documents": {"start-1": document()}}, timeout=30).json()  # fmt: skip
            line = listen.line_with(run["id"])
    assert "evt_" in line and "workflow.run.completed" in line and "200 ok" in line


# -- webhooks verify -----------------------------------------------------------------------


def test_webhooks_verify_a_saved_body(tmp_path: Path) -> None:
    body = json.dumps({"id": "evt_saved", "type": "workflow.run.completed", "data": {"id": "run_s"}}).encode()
    saved = tmp_path / "body.json"
    saved.write_bytes(body)
    env = {"RETAB_WEBHOOK_SECRET": SECRET}
    ok = cli("webhooks", "verify", str(saved), "--signature", sign(body, SECRET), env=env)
    assert ok.returncode == 0 and "verified: RunCompletedEvent evt_saved" in ok.stdout and "run=run_s" in ok.stdout
    old = sign(body, SECRET, timestamp=int(time.time()) - 86400)
    stale = cli("webhooks", "verify", str(saved), "--signature", old, env=env)
    assert stale.returncode == 1 and "s old" in stale.stderr
    assert cli("webhooks", "verify", str(saved), "--signature", old, "--tolerance", "none", env=env).returncode == 0
    header = cli("webhooks", "verify", str(saved), "--header", f"Retab-Signature: {sign(body, SECRET, scheme='hex')}",
                 "--json", env=env)  # fmt: skip
    assert json.loads(header.stdout)["delivery_key"] == "evt_saved"
    saved.write_bytes(body + b" ")
    tampered = cli("webhooks", "verify", str(saved), "--signature", sign(body, SECRET), env=env)
    assert tampered.returncode == 1 and "not verified" in tampered.stderr
    for result in (ok, stale, header, tampered):
        assert SECRET not in result.stdout + result.stderr


def test_webhooks_verify_reads_stdin_and_bounds_the_body(tmp_path: Path) -> None:
    body = b'{"document":null,"data":{}}'
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
    piped = subprocess.run([str(SCRIPT), "webhooks", "verify", "-", "--secret", SECRET, "--signature",
                            sign(body, SECRET, scheme="hex")], input=body, capture_output=True, timeout=60,
                           env=full_env)  # fmt: skip
    assert piped.returncode == 0 and b"EndNodeDelivery" in piped.stdout
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(16 * 1024 * 1024 + 10)
    result = cli("webhooks", "verify", str(huge), "--secret", SECRET, "--signature", "a" * 64)
    assert result.returncode == 2 and "larger than" in result.stderr
    missing = cli("webhooks", "verify", str(tmp_path / "nope.json"), "--secret", SECRET, "--signature", "a" * 64)
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    no_secret = cli("webhooks", "verify", str(huge), "--signature", "a" * 64)
    assert no_secret.returncode == 2 and "RETAB_WEBHOOK_SECRET" in no_secret.stderr


def test_listen_survives_a_sender_that_cuts_its_body_short() -> None:
    port = free_port()
    background = Background("listen", "--port", str(port), "--secret", SECRET)
    try:
        background.line_with("One line per delivery")
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                sock.sendall(b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"id":')
        body = b'{"id":"evt_after","type":"workflow.run.completed"}'
        answer = post(f"http://127.0.0.1:{port}/", body, {"X-Retab-Signature": sign(body, SECRET)})
        assert answer.status_code == 200
        background.line_with("evt_after")
    finally:
        out, err = background.stop()
    assert "Traceback" not in err and "Exception" not in err
