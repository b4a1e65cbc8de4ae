"""``kg explain``: what kg sees in a sentence (recognised words, entities, triples), for people
extending the lexicon or wondering why a triple is (not) there."""
from __future__ import annotations

from .labels import relation_label
from .lexicon import Lexicon, load_lexicon
from .model import Document
from .text import clean


def explain(text: str, lex: Lexicon | None = None) -> str:
    from .extract import extract
    from .recognize import analyze
    lex = lex or load_lexicon()
    doc = Document(doc_id="text", text=clean(text))
    analysis = analyze(doc, lex)
    triples = extract(analysis, lex)
    lines = []
    for sa in analysis.sentences:
        lines.append(f"[{sa.index}] {doc.text[sa.start:sa.end]}")
        if sa.duplicate:
            lines.append("    (a repeat of an earlier sentence: skipped)")
            continue
        parts = []
        for it in sa.items:
            words = " ".join(sa.tokens[it.i:it.j])
            if it.kind == "ent":
                tags = [it.entity.id]
                if it.mention_kind != "name":
                    tags.append(it.mention_kind)
                if it.role_of >= 0:
                    tags.append("role")
                if it.mention_kind == "demonym" and not it.nominal:
                    tags.append("attribute")
                if it.weak:
                    tags.append("weak")
                parts.append(f"[{words}]={'/'.join(tags)}")
            elif it.kind == "trigger":
                parts.append(f"<{words}>={it.trigger.relation}:{it.trigger.pos}")
            elif it.kind == "word":
                parts.append(f"{{{words}}}={it.word}")
        lines.append("    " + "  ".join(parts))
        for t in triples:
            if t.sentence == sa.index:
                src = f", reported by {t.source.label_en}" if t.source is not None else ""
                lines.append(f"    => {t.actor.label_en} —{relation_label(t.relation)} ({t.relation_class})→ {t.target.label_en}"
                             f"  [{t.modality}, {t.confidence:.2f}{src}; trigger: {t.trigger}]")
    return "\n".join(lines)
