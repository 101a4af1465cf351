"""The generated attrs models: additive changes kept, breaking ones reported with a path."""

from __future__ import annotations

import copy
import datetime
import gc
import json
from typing import Any

import pytest

from retab_runs_client import types as gc_types
from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import (
    NodeType,
    RunStatus,
    StepStatus,
    StepStatusSummary,
    TraceSpan,
    WorkflowRun,
)
from tests.collector import collector_passes, generation_of, one_thread, young_cycle
from tests.spec import example
from tests.specfacts import enum_components, enum_places, unknown_value

EXAMPLE_ENUM_PLACES = enum_places(example("complete"))
ENUM_PLACES = [
    (f"{name} at /{'/'.join(map(str, loc))}", name, loc)
    for name, locs in EXAMPLE_ENUM_PLACES.items()
    for loc in locs[:2]
]


def put(payload: dict[str, Any], loc: list[Any], value: Any) -> None:
    node: Any = payload
    for part in loc[:-1]:
        node = node[part]
    node[loc[-1]] = value


def test_every_enum_of_a_run_is_used_in_the_complete_example() -> None:
    assert set(EXAMPLE_ENUM_PLACES) == set(enum_components("WorkflowRun"))


@pytest.mark.parametrize(("label", "name", "loc"), ENUM_PLACES, ids=[label for label, _, _ in ENUM_PLACES])
def test_unknown_enum_value_is_kept_and_written_back(label: str, name: str, loc: list[Any]) -> None:
    payload = example("complete")
    put(payload, loc, unknown_value(enum_components()[name]))
    run = WorkflowRun.from_dict(payload)
    assert run.to_dict() == payload


def test_unknown_enum_member_behaves_like_its_string() -> None:
    later = unknown_value(enum_components()["RunStatus"])
    status = RunStatus(later)
    assert status == later and str(status) == later and status.value == later
    assert not status.is_known and RunStatus.COMPLETED.is_known
    step_later = unknown_value(enum_components()["StepStatus"])
    assert f"{StepStatus(step_later)}" == step_later


def test_unknown_keys_are_kept_at_every_level() -> None:
    payload = example("complete")
    payload["new_top_level"] = {"a": 1}
    payload["steps"][0]["new_step_field"] = [1, 2]
    payload["trace_spans"][0]["children"][0]["new_span_field"] = None
    payload["cost_summary"]["models"]["gpt-5.2"]["tokens"]["cached"] = 12
    run = WorkflowRun.from_dict(payload)
    assert run["new_top_level"] == {"a": 1}
    assert run.steps[0].additional_properties == {"new_step_field": [1, 2]}
    assert run.to_dict() == payload


def test_seed_step_output_survives_as_an_extra_key() -> None:
    step = StepStatusSummary.from_dict(example("legacy_seed")["steps"][1])
    assert step["output"]["invoice_number"] == "INV-2024-001"


def test_absent_keys_take_spec_defaults_and_stay_absent_on_write() -> None:
    minimal = {"workflow_id": "w", "workflow_name": "n", "organization_id": "o", "config_snapshot_id": "c"}
    run = WorkflowRun.from_dict(minimal)
    assert run.status is RunStatus.PENDING
    assert run.steps == [] and run.waiting_for_node_ids == [] and run.hil_signal_states == {}
    assert run.human_waiting_duration_ms == 0 and run.cancel_confirmation_pending is False
    assert run.id is None and run.completed_at is None
    assert run.to_dict() == minimal
    run.status = RunStatus.RUNNING  # a changed default is written
    assert run.to_dict()["status"] == "running"


def test_datetimes_are_aware_and_written_back_with_z() -> None:
    payload = example("complete")
    run = WorkflowRun.from_dict(payload)
    assert run.started_at == datetime.datetime(2026, 2, 20, 9, 0, tzinfo=datetime.timezone.utc)
    assert run.to_dict()["started_at"] == "2026-02-20T09:00:00Z"
    offset = WorkflowRun.from_dict({**payload, "started_at": "2026-02-20T10:00:00+01:00"})
    assert offset.to_dict()["started_at"] == "2026-02-20T10:00:00+01:00"


@pytest.mark.parametrize(
    ("loc", "value", "path", "problem"),
    [
        (["steps", 3, "status"], 5, "steps[3].status", "should be a string, not integer"),
        (["duration_ms"], "15000", "duration_ms", "should be an integer, not string"),
        (["duration_ms"], True, "duration_ms", "should be an integer, not boolean"),
        (["steps"], {}, "steps", "should be an array, not object"),
        (["input_documents", "start-1", "id"], None, "input_documents['start-1'].id", "should be a string, not null"),
        (["cost_summary", "total"], "0.1", "cost_summary.total", "should be a number, not string"),
        (["human_waiting_duration_ms"], -1, "human_waiting_duration_ms", "must be at least 0"),
        (["started_at"], "yesterday", "started_at", "is not an RFC 3339 date-time"),
        (
            ["trace_spans", 0, "children", 0, "children", 0, "tool_calls", 0],
            "x",
            "trace_spans[0].children[0].children[0].tool_calls[0]",
            "should be an object, not string",
        ),
    ],  # fmt: skip
)
def test_wrong_type_names_the_path(loc: list[Any], value: Any, path: str, problem: str) -> None:
    payload = example("complete")
    put(payload, loc, value)
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(payload)
    assert caught.value.path == path
    assert caught.value.problem == problem
    assert str(caught.value).startswith(f"{path}: {problem}")
    assert caught.value.loc == loc


def test_missing_required_field_names_the_path() -> None:
    payload = example("complete")
    del payload["steps"][3]["status"]
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(payload)
    assert str(caught.value) == "steps[3].status: is required but missing"
    assert caught.value.pointer == "/steps/3/status"


@pytest.mark.parametrize("payload", [None, [], "run", 3, b"{}"])
def test_a_payload_that_is_not_an_object_is_a_parse_error(payload: Any) -> None:
    with pytest.raises(ModelParseError, match=r"^\(root\): should be an object"):
        WorkflowRun.from_dict(payload)


def span_tree(depth: int) -> dict[str, Any]:
    root: dict[str, Any] = {"id": "0", "name": "n", "start_time": "a", "end_time": "b"}
    node = root
    for level in range(1, depth):
        child = {"id": str(level), "name": "n", "start_time": "a", "end_time": "b"}
        node["children"] = [child]
        node = child
    return root


def test_trace_tree_200_levels_deep_parses_and_round_trips() -> None:
    tree = span_tree(200)
    span = TraceSpan.from_dict(tree)
    assert span.to_dict() == tree


def test_deeper_trace_tree_is_a_clear_error_not_a_recursion_error() -> None:
    with pytest.raises(ModelParseError) as caught:
        TraceSpan.from_dict(span_tree(5000))
    assert caught.value.problem == "is nested more than 200 levels deep"
    assert caught.value.loc == ["children", 0] * 200


def test_parsing_does_not_mutate_its_input() -> None:
    payload = example("complete")
    before = copy.deepcopy(payload)
    WorkflowRun.from_dict(payload)
    assert payload == before


def test_repr_is_readable_and_skips_absent_fields() -> None:
    run = WorkflowRun.from_dict(example("complete"))
    text = repr(run.final_outputs)
    assert text.startswith("{'end-1': FinalNodeOutput(label='Output', json_data={'invoice_number'")
    assert "UNSET" not in repr(run) and "Unset" not in repr(run)
    assert repr(NodeType.EXTRACT) == "<NodeType.EXTRACT: 'extract'>"


def test_from_json_reads_text_and_reports_non_json_as_a_parse_error() -> None:
    payload = example("complete")
    assert WorkflowRun.from_json(json.dumps(payload)).to_dict() == payload
    assert WorkflowRun.from_json(json.dumps(payload).encode()).to_dict() == payload
    with pytest.raises(ModelParseError, match=r"^\(root\): is not JSON"):
        WorkflowRun.from_json(b"<html>")


def test_the_garbage_collector_is_left_as_it_was() -> None:
    import gc

    payload = example("complete")
    assert gc.isenabled()
    WorkflowRun.from_dict(payload).to_dict()
    assert gc.isenabled()
    gc.disable()
    try:
        WorkflowRun.from_dict(payload).to_dict()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ModelParseError):
        WorkflowRun.from_dict({**payload, "steps": 1})
    assert gc.isenabled()


_PROMOTES = gc_types._PROMOTES
needs_promotion = pytest.mark.skipif(not _PROMOTES, reason="the collector's lists move whole only on CPython 3.10-3.13")


@pytest.fixture(scope="module")
def large_text() -> bytes:
    from tests.payloads import compact_json, large_run

    text = compact_json(large_run(2000, 2000))
    assert len(text) >= gc_types._YOUNG_FIRST_AT  # the young generations are collected first
    return text


@needs_promotion
def test_a_large_parse_puts_what_it_built_in_the_oldest_generation_whole(large_text: bytes) -> None:
    one_thread()
    # The young-generation pass the next allocation would run over every object built
    # (and the middle generation's after it) is skipped: the objects move in one step.
    gc.collect()
    run = WorkflowRun.from_json(large_text)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert gc.get_count()[0] < 1_000  # the young generation's count starts again from nothing
    assert generation_of(run) == 2 and generation_of(run.trace_spans) == 2 and generation_of(run.steps[-1]) == 2


@needs_promotion
def test_from_dict_and_to_dict_leave_the_collector_its_ordinary_passes(large_text: bytes) -> None:
    # No text: what was young before them would be promoted with what they build, and a
    # caller's cycles among it would wait for a full collection.
    data = json.loads(large_text)
    gc.collect()
    ref = young_cycle()
    run = WorkflowRun.from_dict(data)
    assert generation_of(run) in (0, 1)
    written = run.to_dict()
    assert generation_of(written) in (0, 1)
    gc.collect(1)
    assert ref() is None


@needs_promotion
def test_a_large_parse_puts_back_the_oldest_generations_count(large_text: bytes) -> None:
    one_thread()
    # gc.freeze() empties every generation's count; the oldest one's (passes of the middle
    # generation since the last full collection) is put back, or a process parsing large
    # runs often enough would never collect its oldest generation again.
    gc.collect()
    for _ in range(3):
        gc.collect(1)
    assert gc.get_count()[2] == 3
    run = WorkflowRun.from_json(large_text)  # the young generations collected first: one pass more
    assert generation_of(run) == 2
    assert gc.get_count()[2] == 4


@needs_promotion
def test_the_count_put_back_stops_one_past_the_threshold(large_text: bytes) -> None:
    one_thread()
    # A long-lived heap can hold a full collection off while the count grows: one pass
    # past the threshold schedules it the same, and a parse's cost does not grow with uptime.
    gc.collect()
    threshold = gc.get_threshold()[2]
    for _ in range(threshold + 40):
        gc.collect(1)
    with collector_passes() as passes:
        WorkflowRun.from_json(large_text)
    assert gc.get_count()[2] == threshold + 1
    assert len(passes) == threshold + 2  # the young generations first, then the count put back


# A process of its own: how often the collector runs a full collection depends on the size of
# its oldest generation, which a test process's own heap would make anything.
_LOOP = """
import gc, json, sys, weakref
from retab_runs_client.models import WorkflowRun
from tests.collector import Node
from tests.payloads import compact_json, large_run
text = compact_json(large_run(2000, 2000))
heap = [[] for _ in range(int(sys.argv[1]))]
gc.collect()
for _ in range(int(sys.argv[2])):  # the count of middle-generation passes says a full collection is due
    gc.collect(1)
fulls, refs, seen = gc.get_stats()[2]["collections"], [], []
for _ in range(int(sys.argv[3])):
    node = Node()
    node.self = node  # a cycle alive across the parse, dropped after it
    refs.append(weakref.ref(node))
    WorkflowRun.from_json(text)
    del node
    seen.append(gc.get_stats()[2]["collections"] - fulls)
print(json.dumps({"held": sum(ref() is not None for ref in refs), "fulls": seen}))
"""


def _loop(heap: int, due: int, parses: int) -> dict[str, Any]:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _LOOP, str(heap), str(due), str(parses)],
        cwd=root, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@needs_promotion
def test_a_loop_of_large_parses_still_frees_the_cycles_its_caller_drops() -> None:
    # Each large parse collects the young generations first and promotes what it built: a cycle
    # its caller holds across the parse is aged into the oldest generation, and in a loop that
    # allocates little between parses no automatic pass runs. The promoted objects count towards
    # the next full collection as if they had aged through the passes (_count_promoted), so full
    # collections still run and free those cycles; without that, 60 of 60 stayed (json.loads in
    # the same loop leaves 4).
    loop = _loop(heap=0, due=0, parses=60)
    assert loop["fulls"][8] == 0  # not before the collector's count says one is due
    assert loop["fulls"][-1] >= 2
    assert loop["held"] <= 20


@needs_promotion
def test_promoted_objects_start_a_full_collection_only_when_the_collector_would() -> None:
    # The collector's own rule: a full collection when those that reached the oldest generation
    # since the last one outnumber a quarter of those it held after it. A parse of this text
    # promotes about 15,500 objects; beside 400,000 long-lived ones, six parses are not enough,
    # ten are (a full collection forced at every due parse would cost a large heap dearly).
    loop = _loop(heap=400_000, due=12, parses=10)
    assert loop["fulls"][5] == 0
    assert loop["fulls"][-1] >= 1


@needs_promotion
def test_a_large_parse_inside_a_collection_promotes_nothing(large_text: bytes) -> None:
    # From a gc callback the young collection first runs no pass (a collection is running):
    # promoting then would carry the caller's young garbage into the oldest generation.
    from tests.collector import Node

    one_thread()
    built: list[object] = []

    def parse(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and not built:
            built.append(WorkflowRun.from_json(large_text))

    gc.collect()
    ref = young_cycle()
    gc.callbacks.append(parse)
    try:
        junk = [Node() for _ in range(2_000)]  # starts an automatic young pass
    finally:
        gc.callbacks.remove(parse)
    assert built and junk
    gc.collect(1)
    assert ref() is None  # freed by the young passes, not held in the oldest generation


@needs_promotion
def test_objects_a_finaliser_freezes_during_the_young_collection_stay_frozen(large_text: bytes) -> None:
    from tests.collector import Node

    one_thread()

    class Freezer(Node):
        def __del__(self) -> None:
            gc.freeze()

    gc.collect()
    freezer = Freezer()
    freezer.self = freezer
    del freezer  # a cycle: freed, and its finaliser run, by the parse's young collection
    try:
        run = WorkflowRun.from_json(large_text)
        assert gc.get_freeze_count() > 0  # what the finaliser froze, not thawed by the promotion
        assert generation_of(run) in (0, 1)
    finally:
        gc.unfreeze()


@needs_promotion
def test_a_thread_a_finaliser_starts_during_the_young_collection_stops_the_promotion(large_text: bytes) -> None:
    import threading

    from tests.collector import Node

    one_thread()
    stop = threading.Event()
    started: list[threading.Thread] = []

    class Starter(Node):
        def __del__(self) -> None:
            thread = threading.Thread(target=stop.wait)
            thread.start()
            started.append(thread)

    gc.collect()
    starter = Starter()
    starter.self = starter
    del starter
    try:
        run = WorkflowRun.from_json(large_text)
        assert started  # its finaliser ran in the parse's young collection
        assert generation_of(run) in (0, 1)  # what that thread makes would have gone along
    finally:
        stop.set()
        for thread in started:
            thread.join()


@needs_promotion
def test_with_automatic_collection_turned_off_a_large_parse_runs_no_collection(large_text: bytes) -> None:
    # gc.set_threshold(0): the caller wants no pass it did not ask for; json.loads runs none.
    one_thread()
    thresholds = gc.get_threshold()
    gc.collect()
    gc.set_threshold(0)
    try:
        with collector_passes() as passes:
            for _ in range(12):  # past the count at which a full collection is due
                run = WorkflowRun.from_json(large_text)
    finally:
        gc.set_threshold(*thresholds)
    assert passes == []
    assert generation_of(run) != 2  # not promoted


@needs_promotion
def test_a_small_parse_leaves_the_collector_its_ordinary_passes() -> None:
    gc.collect()
    run = WorkflowRun.from_json(json.dumps(example("complete")))
    assert generation_of(run) in (0, 1)


@needs_promotion
def test_a_large_text_parse_collects_the_young_garbage_before_it_promotes(large_text: bytes) -> None:
    one_thread()
    # What was young before the parse is examined first (gc.collect(1)): a cycle the caller
    # dropped just before is freed then, not held until the next full collection.
    gc.collect()
    ref = young_cycle()
    assert ref() is not None  # a cycle: only the collector frees it
    run = WorkflowRun.from_json(large_text)
    assert ref() is None
    assert generation_of(run) == 2


@needs_promotion
def test_a_small_text_with_many_objects_promotes_nothing() -> None:
    # Under the size from which the young generations are collected first, a parse of many
    # objects (here 12,000 empty lists in a free-form output) would carry the caller's young
    # cycles into the oldest generation, parse after parse: none is promoted, they are freed.
    from tests.payloads import compact_json, large_run

    record = large_run(1, 1)
    record["steps"][0]["output"] = {"rows": [[] for _ in range(12_000)]}
    text = compact_json(record)
    assert len(text) < gc_types._YOUNG_FIRST_AT
    gc.collect()
    refs = []
    for _ in range(30):
        refs.append(young_cycle())
        WorkflowRun.from_json(text)
    # No explicit collection: the ordinary young passes each parse's objects start free them.
    assert sum(ref() is not None for ref in refs) <= 1


@needs_promotion
def test_with_another_thread_running_nothing_is_promoted(large_text: bytes) -> None:
    # What another thread makes while the collector is off would be promoted with the parse.
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        gc.collect()
        run = WorkflowRun.from_json(large_text)
        assert generation_of(run) in (0, 1)
    finally:
        stop.set()
        other.join()


@needs_promotion
def test_an_interrupted_promotion_turns_the_collector_back_on(
    large_text: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A KeyboardInterrupt between the two list merges must not leave the collector off or
    # the heap frozen.
    real_freeze = gc.freeze

    def freeze_then_interrupt() -> None:
        real_freeze()
        raise KeyboardInterrupt

    monkeypatch.setattr(gc, "freeze", freeze_then_interrupt)
    gc.collect()
    with pytest.raises(KeyboardInterrupt):
        WorkflowRun.from_json(large_text)
    monkeypatch.undo()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


@needs_promotion
def test_a_process_with_frozen_objects_keeps_them_frozen(large_text: bytes) -> None:
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        run = WorkflowRun.from_json(large_text)
        assert gc.get_freeze_count() == frozen  # nothing thawed by the parse
        assert generation_of(run) in (0, 1)  # the ordinary passes instead
    finally:
        gc.unfreeze()


def test_a_large_parse_that_fails_turns_the_collector_back_on(large_text: bytes) -> None:
    bad = large_text.replace(b'"status":"completed"', b'"status":7', 1)
    assert bad != large_text
    with pytest.raises(ModelParseError):
        WorkflowRun.from_json(bad)
    assert gc.isenabled()
    gc.disable()
    try:
        run = WorkflowRun.from_json(large_text)
        assert not gc.isenabled()
        assert generation_of(run) == 0  # the caller's collector, left alone
    finally:
        gc.enable()
