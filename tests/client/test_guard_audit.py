"""What the public ``RetryPolicy.delay`` reads from headers given as a plain mapping.

``delay`` takes any ``Mapping[str, str]``: a policy wrapped or called by a user's own code
(a subclass deferring to ``super().delay``, a test of its backoff) passes a dict, whose look-ups
are exact. Header names in any case must be honoured: lower case as HTTP/2 and ASGI hand them
over, capitalised as HTTP/1.1 writes them.
"""

from __future__ import annotations

import pytest

from retab_runs import RetryPolicy


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"Retry-After": "3"}, 3.0),  # HTTP/1.1's spelling: header names ignore case
        ({"RETRY-AFTER-MS": "1500", "Retry-After": "9"}, 1.5),
        ({"Content-Type": "text/plain"}, None),
    ],
)
def test_a_plain_mapping_with_lower_case_names_sets_the_wait(headers: dict[str, str], wait: float | None) -> None:
    # the backoff of retry 0 is at most 0.5 s: a wait of the header's value can only come from it
    delay = RetryPolicy(initial_delay=0.5, max_delay=0.5).delay(0, headers)
    if wait is None:  # no wait asked for: the backoff, at most 0.5 s
        assert delay is not None and 0 <= delay <= 0.5
    else:
        assert delay == wait


def test_a_plain_mapping_asking_for_too_long_a_wait_stops_the_retries() -> None:
    assert RetryPolicy(max_retry_after=60).delay(0, {"retry-after": "61"}) is None
    assert RetryPolicy(max_retry_after=60).delay(0, {"retry-after-ms": "61000"}) is None
