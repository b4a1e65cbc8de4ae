"""``kg explain``: what kg sees in a sentence (recognised words, entities, the reading of each trigger,
events and triples), for people extending the lexicon or wondering why an event is (not) there."""
from __future__ import annotations

from .labels import relation_label
from .lexicon import Lexicon, load_lexicon
from .model import Document
from .text import clean


def explain(text: str, lex: Lexicon | None = None) -> str:
    from .events import resolve_document, sentence_events
    from .extract import extract_all
    from .recognize import analyze
    lex = lex or load_lexicon()
    doc = Document(doc_id="text", text=clean(text))
    analysis = analyze(doc, lex)
    events: list = []
    readings: dict[int, list] = {}

    def on_sentence(ex, rs):
        readings[ex.sa.index] = rs
        events.extend(sentence_events(ex, rs, analysis, lex))
    triples, _ = extract_all(analysis, lex, on_sentence=on_sentence)
    events = resolve_document(events, lex)
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
        for r in readings.get(sa.index, []):
            acts = ", ".join(a.entity.label_en for a in r.actors) or (
                f"{r.actor_ent.label_en} (carried over)" if r.actor_ent is not None else "—")
            tgts = ", ".join(x.entity.label_en for x in r.targets) or "—"
            lines.append(f"    reading {r.words}: {r.tr.relation} ({r.tr.origin.rsplit('/', 1)[-1]}) actor {acts} "
                         f"[{r.how or 'none found'}]; target {tgts}; {r.modality}")
        for e in events:
            if e.sentence == sa.index:
                def names(roles):
                    return ", ".join(x.entity.label_en + ("" if x.text else " (from the article)") for x in roles) or "—"
                extra = "".join(f"; {k} {v}" for k, v in (("killed", e.killed), ("wounded", e.wounded), ("date", e.date))
                                if v not in (None, ""))
                lines.append(f"    event {e.type}{'/' + e.mode if e.mode else ''} «{e.trigger}»: actor {names(e.actors)}; "
                             f"target {names(e.targets)}; place {names(e.places)}{extra} [{e.modality}, {e.confidence:.2f}]")
        for t in triples:
            if t.sentence == sa.index:
                src = f", reported by {t.source.label_en}" if t.source is not None else ""
                lines.append(f"    => {t.actor.label_en} —{relation_label(t.relation)} ({t.relation_class})→ {t.target.label_en}"
                             f"  [{t.modality}, {t.confidence:.2f}{src}; trigger: {t.trigger}]")
    return "\n".join(lines)
