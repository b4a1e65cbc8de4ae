"""Small helpers shared by test modules."""
from pathlib import Path


def write(folder: Path, articles: dict) -> None:
    """The folder holds exactly these articles, one ``name.txt`` each."""
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
