"""What `make generate` prints before writing, and the lines it adds to CHANGELOG.md."""

from __future__ import annotations

import shutil
from pathlib import Path

from generate import change_report

from scripts.spectools.changelog import add_unreleased
from scripts.spectools.pynames import python_changes
from tests.spec import ROOT, spec

CHANGELOG = """# Changelog

Intro line.

## Unreleased

## 0.1.0

- First release.
"""


def edited_tree(tmp_path: Path) -> Path:
    """A copy of generated/ in which FinalNodeOutput.label is gone from both packages."""
    tree = tmp_path / "fresh"
    shutil.copytree(ROOT / "generated", tree, ignore=shutil.ignore_patterns("__pycache__"))
    for path in (
        tree / "retab_runs_client" / "models" / "final_node_output.py",
        tree / "retab_runs_schema" / "models.py",
    ):
        text = path.read_text(encoding="utf-8")
        before, after = text.split("class FinalNodeOutput", 1)  # other models have a label too
        after = after.replace("    label:", "    caption:", 1)
        path.write_text(f"{before}class FinalNodeOutput{after}", encoding="utf-8")
    return tree


def test_report_names_api_and_python_changes_and_fills_the_changelog(tmp_path: Path) -> None:
    new_spec = spec()
    props = new_spec["components"]["schemas"]["FinalNodeOutput"]["properties"]
    props["caption"] = {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    del props["label"]
    new_spec["components"]["schemas"]["RunStatus"]["enum"].append("paused")
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(CHANGELOG, encoding="utf-8")

    text = change_report(spec(), new_spec, ROOT / "generated", edited_tree(tmp_path), changelog)
    assert "response-optional-property-removed" in text and "optional property 'label' removed" in text
    assert "enum value 'paused' added" in text
    assert "retab_runs_client.models.final_node_output.FinalNodeOutput.label: public object was removed" in text
    assert "retab_runs_schema.models.FinalNodeOutput.label: public object was removed" in text

    written = changelog.read_text(encoding="utf-8")
    unreleased = written.split("## Unreleased\n", 1)[1].split("## 0.1.0", 1)[0]
    assert unreleased.strip().splitlines() == [
        "- Breaking (API): `FinalNodeOutput.label`: optional property 'label' removed.",
        "- API: `RunStatus`: enum value 'paused' added.",
        "- API: `FinalNodeOutput.caption`: optional property 'caption' added.",
        "- Breaking (Python): `retab_runs_client.models.final_node_output.FinalNodeOutput.label`:"
        " public object was removed.",
        "- Breaking (Python): `retab_runs_schema.models.FinalNodeOutput.label`: public object was removed.",
    ]
    assert written.startswith("# Changelog\n\nIntro line.\n") and written.endswith("## 0.1.0\n\n- First release.\n")
    # running again adds nothing twice
    change_report(spec(), new_spec, ROOT / "generated", edited_tree(tmp_path / "again"), changelog)
    assert changelog.read_text(encoding="utf-8") == written


def test_no_change_reports_none_and_leaves_the_changelog_alone(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(CHANGELOG, encoding="utf-8")
    text = change_report(spec(), spec(), ROOT / "generated", ROOT / "generated", changelog)
    assert "no changes\n" in text and "0 line(s) added" in text
    assert changelog.read_text(encoding="utf-8") == CHANGELOG


def test_python_additions_are_listed_but_not_breaking(tmp_path: Path) -> None:
    tree = tmp_path / "fresh"
    shutil.copytree(ROOT / "generated", tree, ignore=shutil.ignore_patterns("__pycache__"))
    models = tree / "retab_runs_schema" / "models.py"
    models.write_text(models.read_text(encoding="utf-8") + "\n\nclass Later(BaseModel):\n    x: int\n")
    changes = python_changes(ROOT / "generated", tree)
    assert [(c.path, c.breaking) for c in changes] == [
        ("retab_runs_schema.models.Later", False),
        ("retab_runs_schema.models.Later.x", False),
    ]


def test_changelog_section_is_created_when_missing(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## 0.1.0\n\n- First release.\n", encoding="utf-8")
    assert add_unreleased(changelog, ["- API: x."]) == 1
    assert changelog.read_text(encoding="utf-8") == (
        "# Changelog\n\n## Unreleased\n\n- API: x.\n\n## 0.1.0\n\n- First release.\n"
    )


def test_hand_written_subsections_keep_their_layout(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    hand = "## Unreleased\n\n### Client\n\n- A change.\n\n### API changes\n\n- API: old.\n\n## 0.1.0\n"
    changelog.write_text(hand, encoding="utf-8")
    assert add_unreleased(changelog, ["- API: old.", "- API: new."]) == 1
    assert changelog.read_text(encoding="utf-8") == hand.replace("- API: old.\n", "- API: old.\n- API: new.\n")


def test_an_attrs_field_whose_type_changed_is_a_python_change(tmp_path: Path) -> None:
    tree = tmp_path / "fresh"
    shutil.copytree(ROOT / "generated", tree, ignore=shutil.ignore_patterns("__pycache__"))
    module = tree / "retab_runs_client" / "models" / "workflow_run.py"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("    duration_ms: int | None = None", "    duration_ms: str | None = None"))
    changes = python_changes(ROOT / "generated", tree)
    assert [(c.path, c.kind, c.detail, c.breaking) for c in changes] == [
        (
            "retab_runs_client.models.workflow_run.WorkflowRun.duration_ms",
            "Attribute changed type",
            "int | None -> str | None",
            True,
        )
    ]
