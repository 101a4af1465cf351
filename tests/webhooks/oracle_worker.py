"""Runs in .venv-oracles (see oracles.py): judges signatures with the vendor's and stripe's own code.

Reads one JSON list of cases per line on stdin and writes one JSON list of verdicts per line on
stdout, until stdin closes (one process serves a whole test session: importing retab is slow). A case is
``{"oracle": "retab" | "stripe", "body": <base64>, "header": str, "secret": str}`` (stripe:
tolerance 300), or ``{"oracle": "stripe-sign", "body": <base64>, "secret": str, "timestamp": int}``
for a header made by stripe's ``generate_signature_header``. A verdict is
``{"ok": bool, "error": class name or None, "header": str or None}``.
"""

from __future__ import annotations

import base64
import json
import sys
from typing import Any


def judge(case: dict[str, Any]) -> dict[str, Any]:
    body = base64.b64decode(case["body"])
    try:
        if case["oracle"] == "retab":
            from retab import Retab

            Retab.verify_event(body, case["header"], case["secret"])
        elif case["oracle"] == "stripe":
            import stripe

            stripe.WebhookSignature.verify_header(body, case["header"], case["secret"], tolerance=300)
        else:
            import stripe

            header = stripe.WebhookSignature.generate_signature_header(
                body.decode("utf-8"), case["secret"], timestamp=case["timestamp"]
            )
            return {"ok": True, "error": None, "header": header}
    except Exception as error:  # the verdict is the class of what the oracle raised
        return {"ok": False, "error": type(error).__name__, "header": None}
    return {"ok": True, "error": None, "header": None}


def main() -> None:
    for line in sys.stdin:
        cases = json.loads(line)
        sys.stdout.write(json.dumps([judge(case) for case in cases]) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
