"""Documents for create: every accepted form becomes the API's MIMEDataInput, base64 encoded."""

from __future__ import annotations

import base64
import io
import json
import mimetypes
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retab_runs import ConfigurationError, Retab
from retab_runs._documents import MAX_DOCUMENT_BYTES, mime_data, mime_data_inputs
from tests.faultserver import FaultServer, response
from tests.payloads import seed_run

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def test_a_path_is_read_named_and_typed(tmp_path: Path) -> None:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(PDF)
    expected = {"filename": "invoice.pdf", "content": b64(PDF), "mime_type": "application/pdf"}
    assert mime_data("start", path) == expected
    assert mime_data("start", str(path)) == expected


def test_an_unknown_extension_falls_back_to_octet_stream(tmp_path: Path) -> None:
    path = tmp_path / "scan.unknownext"
    path.write_bytes(b"\x00\x01")
    assert mime_data("start", path)["mime_type"] == "application/octet-stream"


def test_bytes_are_named_after_the_input_or_their_tuple() -> None:
    assert mime_data("start-node-1", PDF) == {
        "filename": "start-node-1", "content": b64(PDF), "mime_type": "application/pdf",
    }  # fmt: skip
    assert mime_data("start", ("receipt.png", b"\x89PNG")) == {
        "filename": "receipt.png", "content": b64(b"\x89PNG"), "mime_type": "image/png",
    }  # fmt: skip


def test_a_binary_file_is_named_from_its_name(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")
    with path.open("rb") as handle:
        assert mime_data("start", handle) == {
            "filename": "notes.txt",
            "content": b64(b"hello"),
            "mime_type": "text/plain",
        }
    assert mime_data("start", io.BytesIO(b"abc"))["filename"] == "start"


def test_a_ready_mime_data_input_passes_through() -> None:
    ready = {"filename": "a.pdf", "content": "JVBERi0=", "mime_type": "application/pdf"}
    assert mime_data("start", ready) == ready
    assert mime_data_inputs({"s1": ready, "s2": b"x"}) == {
        "s1": ready, "s2": {"filename": "s2", "content": "eA==", "mime_type": "application/octet-stream"},
    }  # fmt: skip
    assert mime_data_inputs(None) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (io.StringIO("text"), "open it with 'rb'"),
        ({"filename": "a.pdf"}, "must be exactly"),
        (("a.pdf", "not bytes"), r"must be \(filename, bytes\)"),
        (42, "must be a path, bytes"),
        ("/no/such/file.pdf", "cannot read '/no/such/file.pdf'"),
    ],
)
def test_what_cannot_be_sent_is_refused_before_any_io(value: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as caught:
        mime_data("start", value)
    assert "documents['start']" in str(caught.value)


@given(data=st.binary(max_size=2048), stem=st.text(st.characters(categories=("L", "N")), min_size=1, max_size=20))
def test_any_bytes_round_trip_through_base64(data: bytes, stem: str) -> None:
    sent = mime_data("start", (stem + ".pdf", data))
    assert base64.b64decode(sent["content"], validate=True) == data
    assert sent == {"filename": stem + ".pdf", "content": sent["content"], "mime_type": "application/pdf"}


def test_a_pdf_opened_in_text_mode_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(PDF)  # not valid UTF-8: reading it in text mode would raise UnicodeDecodeError
    with path.open(encoding="utf-8") as text, pytest.raises(ConfigurationError, match="open it with 'rb'") as caught:
        mime_data("start", text)
    assert "documents['start']" in str(caught.value) and "TextIOWrapper" in str(caught.value)


def test_a_file_that_fails_to_read_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(PDF)
    handle = path.open("rb")
    handle.close()  # read() of a closed file raises ValueError
    with pytest.raises(ConfigurationError, match=r"documents\['start'\]: cannot read the file 'invoice.pdf'"):
        mime_data("start", handle)


# Hostile document paths: each is refused quickly, before anything is read into memory.


def _refused_within(value: str, message: str, seconds: float = 3.0) -> None:
    """``mime_data(<the expression value>)`` raises ConfigurationError matching ``message``.

    In a subprocess under a 512 MiB RLIMIT_AS, killed after ``seconds``: a read that blocks or
    never ends fails the test rather than hanging it or filling memory."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20, 512 * 2**20))
        from retab_runs import ConfigurationError
        from retab_runs._documents import mime_data
        try:
            mime_data("start", {value})
        except ConfigurationError as exc:
            print(exc)
        else:
            print("NOT REFUSED")
    """)
    try:
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {value} as a document did not finish within {seconds} s")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "documents['start']" in done.stdout
    assert message in done.stdout, done.stdout


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    _refused_within(repr(str(fifo)), "is not a regular file")


def test_a_device_that_never_ends_is_refused() -> None:
    _refused_within(repr("/dev/zero"), "is not a regular file")


def test_a_directory_is_refused(tmp_path: Path) -> None:
    _refused_within(repr(str(tmp_path)), "is not a regular file")


def test_a_file_larger_than_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    from retab_runs._documents import MAX_DOCUMENT_BYTES

    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as sparse:  # sparse: takes no disk, reads as zeros
        sparse.truncate(MAX_DOCUMENT_BYTES + 1)
    _refused_within(repr(str(huge)), f"larger than {MAX_DOCUMENT_BYTES:,} bytes")


def test_a_file_object_is_read_no_further_than_the_limit() -> None:
    from retab_runs._documents import MAX_DOCUMENT_BYTES

    # /dev/zero opened by the caller: a binary file object that never ends
    _refused_within("open('/dev/zero', 'rb')", f"larger than {MAX_DOCUMENT_BYTES:,} bytes")


def test_a_document_at_the_limit_is_sent(tmp_path: Path) -> None:
    from retab_runs._documents import MAX_DOCUMENT_BYTES

    small = tmp_path / "a.pdf"
    small.write_bytes(PDF)
    assert mime_data("start", small)["content"] == b64(PDF)
    assert MAX_DOCUMENT_BYTES >= 1 << 20


OOXML = {
    "report.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "Sheet.XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "deck.pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "scan.pdf": "application/pdf",
    "photo.jpeg": "image/jpeg",
    "page.tif": "image/tiff",
    "mail.eml": "message/rfc822",
}


@pytest.mark.parametrize(("filename", "mime_type"), OOXML.items())
def test_the_document_types_retab_takes_are_typed_without_the_hosts_mime_table(
    monkeypatch: pytest.MonkeyPatch, filename: str, mime_type: str
) -> None:
    # A host without /etc/mime.types: mimetypes knows no .docx, .xlsx or .pptx there.
    monkeypatch.setattr(mimetypes, "guess_type", lambda *args, **kwargs: (None, None))
    assert mime_data("start", (filename, b"PK\x03\x04"))["mime_type"] == mime_type


@pytest.mark.parametrize(
    ("data", "mime_type"),
    [
        (PDF, "application/pdf"),
        (b"\x89PNG\r\n\x1a\n" + bytes(8), "image/png"),
        (b"\xff\xd8\xff\xe0" + bytes(8), "image/jpeg"),
        (b"GIF89a" + bytes(8), "image/gif"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"II*\x00" + bytes(8), "image/tiff"),
        (b"BM" + (16).to_bytes(4, "little") + bytes(10), "image/bmp"),
        (b"BMW is a brand", "application/octet-stream"),  # "BM" alone is not a bitmap
        (b"plain words", "application/octet-stream"),
    ],
    ids=["pdf", "png", "jpeg", "gif", "webp", "tiff", "bmp", "not-bmp", "text"],
)
def test_unnamed_bytes_are_typed_from_their_first_bytes(data: bytes, mime_type: str) -> None:
    assert mime_data("start-node-1", data)["mime_type"] == mime_type
    assert mime_data("start", ("upload", bytearray(data)))["mime_type"] == mime_type
    assert mime_data("start", io.BytesIO(data))["mime_type"] == mime_type


def test_the_name_wins_over_the_content() -> None:
    assert mime_data("start", ("notes.txt", PDF))["mime_type"] == "text/plain"


OVER = MAX_DOCUMENT_BYTES + 1


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(lambda: bytes(OVER), id="bytes"),
        pytest.param(lambda: bytearray(OVER), id="bytearray"),
        pytest.param(lambda: memoryview(bytes(OVER)), id="memoryview"),
        pytest.param(lambda: ("scan.pdf", bytes(OVER)), id="tuple"),
        pytest.param(
            lambda: {"filename": "a.pdf", "content": "A" * (4 * (OVER // 3 + 1)), "mime_type": "application/pdf"},
            id="ready",
        ),
    ],
)
def test_documents_in_memory_over_the_limit_are_refused_before_encoding_or_sending(
    document: Callable[[], object],
) -> None:
    server = FaultServer()
    try:
        server.script("/v1/workflows/wf_abc/run", response(200, seed_run()))
        with Retab(api_key="sk-test", base_url=server.base_url) as client:
            with pytest.raises(ConfigurationError, match="is larger than 50,331,648 bytes") as caught:
                client.workflows.runs.create("wf_abc", documents={"start": document()})
    finally:
        server.close()
    assert "documents['start']" in str(caught.value)
    assert server.hits == {}  # nothing was sent: the server would have refused 65 MB of JSON


def test_a_document_in_memory_at_the_limit_is_encoded() -> None:
    assert len(mime_data("start", memoryview(bytes(MAX_DOCUMENT_BYTES)))["content"]) == 4 * MAX_DOCUMENT_BYTES // 3


def test_a_mime_data_input_model_of_either_family_is_accepted() -> None:
    from retab_runs_client.models import MIMEDataInput
    from retab_runs_schema import MIMEDataInput as PydanticMIMEDataInput

    fields = {"filename": "a.pdf", "content": "JVBERi0=", "mime_type": "application/pdf"}
    server = FaultServer()
    try:
        server.script("/v1/workflows/wf_abc/run", response(200, seed_run()))
        with Retab(api_key="sk-test", base_url=server.base_url) as client:
            client.workflows.runs.create(
                "wf_abc",
                documents={
                    "a": MIMEDataInput(filename="a.pdf", content="JVBERi0=", mime_type="application/pdf"),
                    "b": PydanticMIMEDataInput(**fields),
                },
            )
    finally:
        server.close()
    assert json.loads(server.bodies[0])["documents"] == {"a": fields, "b": fields}
