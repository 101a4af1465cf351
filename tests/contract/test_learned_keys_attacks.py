"""Hostile input for the strict path's learning of keys the spec does not name.

Each test gives an input on which a strict fast path that has learned a key could build
something the checked path (``Model._from_dict(decode_json(text))``) does not, or keep what a
parse should not: whichever path builds, the outcome is the checked path's, and a parse keeps
nothing of a server's text but a few short keys.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from retab_runs import ResponseValidationError
from retab_runs._exchange import _parse_run
from retab_runs._pagination import parse_run_page
from retab_runs_client.models import WorkflowRun, _wire
from retab_runs_client.models import workflow_run as workflow_run_module
from tests.outcomes import outcome
from tests.payloads import large_run


def run() -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(json.dumps(large_run(3, 4)))
    return payload


def checked(text: bytes) -> Any:
    """What the checked path gives: (model, its JSON) or ("error", loc, problem)."""
    return outcome(lambda t: WorkflowRun._from_dict(workflow_run_module._decode_json(t), _own=True), text)


def learn_k_at_root() -> None:
    """The strict path learns ``k`` on WorkflowRun (as any parse of a run carrying it does)."""
    assert _wire.build_strict("WorkflowRun", json.dumps({**run(), "k": 1})) is not None
    assert _wire.learned_keys() == {"WorkflowRun": ("k",)}


# A learned key's value is decoded at each occurrence (read as msgspec.Raw, all but the last
# occurrence of a repeated key would be skipped unread), as the checked path decodes the whole
# text (json.loads has the last word, and refuses these).
NOT_JSON_FIRST_VALUES = [
    pytest.param(b"1" + b"0" * 4300, id="an int of 4301 digits"),
    pytest.param(b'"\xff"', id="a string that is not UTF-8"),
]


def with_duplicated_k(first: bytes) -> bytes:
    text = json.dumps({**run(), "k": 1}).encode()
    return text.replace(b'"k": 1', b'"k": ' + first + b', "k": 1')


@pytest.mark.parametrize("first", NOT_JSON_FIRST_VALUES)
def test_a_duplicated_learned_key_whose_first_value_is_not_json_is_refused_as_the_checked_path_refuses(
    first: bytes,
) -> None:
    learn_k_at_root()
    text = with_duplicated_k(first)
    expected = checked(text)
    assert expected[0] == "error" and expected[2].startswith("is not JSON")
    assert _wire.build_strict("WorkflowRun", text) is None  # not a model with the extra {"k": 1}
    assert outcome(WorkflowRun.from_json, text) == expected


@pytest.mark.parametrize("first", NOT_JSON_FIRST_VALUES)
def test_the_client_refuses_a_run_body_with_a_duplicated_learned_key_that_is_not_json(first: bytes) -> None:
    learn_k_at_root()
    request = httpx.Request("GET", "http://127.0.0.1/v1/workflows/runs/run_0")
    response = httpx.Response(200, content=with_duplicated_k(first), request=request)
    with pytest.raises(ResponseValidationError, match="is not JSON"):
        _parse_run(response)  # before learning: the strict path refused, the checked path said "is not JSON"


@pytest.mark.parametrize("first", NOT_JSON_FIRST_VALUES)
def test_the_client_refuses_a_page_with_a_duplicated_learned_key_that_is_not_json(first: bytes) -> None:
    learn_k_at_root()
    item = with_duplicated_k(first)
    body = b'{"data": [' + item + b'], "list_metadata": {"before": null, "after": "x"}}'
    request = httpx.Request("GET", "http://127.0.0.1/v1/workflows/runs")
    with pytest.raises(ResponseValidationError, match="is not JSON"):
        parse_run_page(httpx.Response(200, content=body, request=request))


def test_a_hostile_servers_long_keys_are_not_kept_for_the_life_of_the_process() -> None:
    """Learning keeps each learned key (in ``_state`` and the subclasses' field names) until the
    process ends, up to ``_LEARN_AT_MOST`` keys per contract: a key longer than
    ``_LEARN_KEY_LENGTH`` is not learned, or eight bodies of 4 MB (one key of 4 MB each) would
    leave 32 MB behind, and 64 of them 256 MB."""
    import gc
    import tracemalloc

    WorkflowRun.from_json(json.dumps(run()))  # models, Structs and decoders loaded
    tracemalloc.start()
    try:
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        for n in range(_wire._LEARN_PER_PARSE):
            text = json.dumps({**run(), f"k{n}" + "x" * 4_000_000: n})
            assert WorkflowRun.from_json(text)[f"k{n}" + "x" * 4_000_000] == n
            del text
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 4_000_000, f"{kept / 1e6:.0f} MB kept after the parses returned"


@pytest.mark.parametrize("first", NOT_JSON_FIRST_VALUES)
def test_todays_page_with_a_duplicated_learned_key_is_refused_as_the_checked_path_refuses(
    first: bytes,
) -> None:
    import sys
    from pathlib import Path

    from retab_runs_client.v2026_08_16.errors import ModelParseError as TodaysModelParseError
    from retab_runs_client.v2026_08_16.models import WorkflowRunList
    from retab_runs_client.v2026_08_16.models import _wire as todays_wire
    from retab_runs_client.v2026_08_16.models import workflow_run_list as list_module

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from bench_payloads import compact, today_runs_page

    page = today_runs_page(6_000)
    page["data"][0]["timing"]["k"] = 1
    assert todays_wire.build_strict("WorkflowRunList", compact(page)) is not None  # learns k on RunTiming
    assert todays_wire.learned_keys() == {"RunTiming": ("k",)}
    text = compact(page).replace(b'"k":1', b'"k":' + first + b',"k":1')
    with pytest.raises(TodaysModelParseError, match="is not JSON"):
        WorkflowRunList._from_dict(list_module._decode_json(text), _own=True)  # the checked path
    assert todays_wire.build_strict("WorkflowRunList", text) is None
    with pytest.raises(TodaysModelParseError, match="is not JSON"):
        WorkflowRunList.from_json(text)


@pytest.mark.xfail(
    strict=True,
    reason="known: the strict path reads `lifecycle` as msgspec.Raw, which skips all but the last occurrence "
    "of a repeated key unread; reading it as plain JSON and converting it (msgspec.convert) fixes this, but "
    "measured today's 5 MB runs page at 1.24x-1.49x json.loads (now 0.84x-0.89x) and its steps page at "
    "1.07x-1.18x (now 0.76x-0.82x), so it is not done",
)
@pytest.mark.parametrize("model", ["WorkflowRun", "WorkflowStep"])
@pytest.mark.parametrize("first", NOT_JSON_FIRST_VALUES)
def test_todays_record_with_a_duplicated_lifecycle_is_refused_as_the_checked_path_refuses(
    model: str, first: bytes
) -> None:
    """``lifecycle`` (a union, read as msgspec.Raw and decoded by its tag) repeated: its first
    value, which the checked path decodes (and json.loads refuses), is not skipped unread."""
    import sys
    from pathlib import Path

    from retab_runs_client.v2026_08_16 import models as todays_models
    from retab_runs_client.v2026_08_16.errors import ModelParseError as TodaysModelParseError
    from retab_runs_client.v2026_08_16.models import _wire as todays_wire

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from bench_payloads import compact, today_runs_page, today_steps_page

    record = (today_runs_page(2) if model == "WorkflowRun" else today_steps_page(2))["data"][0]
    text = compact(record).replace(b'"lifecycle":', b'"lifecycle":' + first + b',"lifecycle":', 1)
    cls = getattr(todays_models, model)
    module = sys.modules[cls.__module__]
    with pytest.raises(TodaysModelParseError, match="is not JSON"):
        cls._from_dict(module._decode_json(text), _own=True)  # the checked path
    assert todays_wire.build_strict(model, text) is None
    with pytest.raises(TodaysModelParseError, match="is not JSON"):
        cls.from_json(text)


CONCURRENT_LEARNING = """
import json, sys, threading
from retab_runs_client.models import WorkflowRun, _wire
from retab_runs_client.models import workflow_run as workflow_run_module
from tests.outcomes import outcome
from tests.payloads import large_run

if sys.argv[1] == "off":
    _wire._LEARN_AT_MOST = 0
texts = []
for n in range(64):
    payload = json.loads(json.dumps(large_run(2, 1)))
    payload["steps"][0][f"k{n % 16}"] = n
    texts.append(json.dumps(payload))
expected = [WorkflowRun._from_dict(workflow_run_module._decode_json(t), _own=True) for t in texts]
differ = []
for _ in range(50):
    _wire.forget_learned()
    barrier = threading.Barrier(8)
    def parse(first):
        barrier.wait()
        for n in range(first, 64, 8):
            built = WorkflowRun.from_json(texts[n])
            if built != expected[n] or built.to_json() != expected[n].to_json():
                differ.append(n)
    threads = [threading.Thread(target=parse, args=(first,)) for first in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
print("same as the checked path" if not differ else f"differ: {sorted(set(differ))}")
"""


@pytest.mark.parametrize("learning", ["on", "off"])
def test_threads_that_learn_keys_at_once_build_what_the_checked_path_builds(learning: str) -> None:
    """Eight threads parse runs whose first step carries a key the spec does not name (sixteen
    such keys), each thread learning at once, fifty times over from nothing learned. In a child
    process: the parses must neither differ from the checked path nor bring the process down."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", CONCURRENT_LEARNING, learning],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "same as the checked path"), done.stderr[-2000:]
