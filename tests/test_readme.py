"""The README's examples work as written."""
import re
import shlex

from typer.testing import CliRunner

from kg.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def blocks() -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", README, re.S)


def test_readme_lexicon_example_passes_the_check_and_is_used(tmp_path):
    tsv = next(b for b in blocks() if b.startswith("id\ttype\t"))
    f = tmp_path / "my_actors.tsv"
    f.write_text(tsv, encoding="utf-8")
    r = runner.invoke(app, ["lexicon", "check", str(f)])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("OK: ")
    new_id = tsv.splitlines()[1].split("\t")[0]
    shown = next(b for b in blocks() if "kg explain --lexicon my_actors.tsv" in b)
    cmd, *expected = shown.split("\n$ ")[-1].strip().splitlines()
    args = shlex.split(cmd)[1:]
    args[args.index("my_actors.tsv")] = str(f)
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip().splitlines() == [line for line in expected if line]
    assert f"={new_id}" in r.stdout


def test_readme_commands_exist():
    assert "make seeds" in README and "make test" in README
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^seeds:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
