"""Rewrites a real Word template so that its placeholders use OUR field names, keeping Word's
run structure, and records what filling it must give.

Real templates (../shared/templates/real/, see SOURCES.md) use other engines' syntaxes:
`{tag}`, `{{ tag }}`, `{#x}`/`{/x}`/`{/}`, `{{>> x}}`/`{{<< x}}`, Jinja `{{ x }}` and
`{% … %}` (`{%tr … %}`, `{%p … %}`), docx-templates `+++INS x+++` and `+++FOR …+++`, and Word's
MERGEFIELDs (simple `w:fldSimple/@w:instr` and complex fields whose instruction may be split over
several `w:instrText`, with a «Name» result). For every paragraph (`w:p`: body, table cells,
content controls, text boxes in both their `mc:Choice` and VML `mc:Fallback` copies, headers,
footers, notes) the foreign placeholders are found in the joined text of the paragraph's own
`w:t` elements, and the new text is written back into THE SAME `w:t` elements the old one
spanned: a delimiter that was alone in its run stays alone, the rest is spread proportionally,
runs are never merged. Value placeholders get one of our 29 fields (by meaning where obvious,
otherwise round-robin; inside a foreign loop or condition the second parent's). Balanced control
tags alone in their paragraphs become `{#ouder2}`/`{/ouder2}` when our rules allow it (same
container, not nested); every other control tag loses its characters.

`rewrite(src, dst)` returns a `Rewritten` with, per part, the own text of every paragraph
after filling (with two parents and with one), applying the filler's rules from
src/document/template/placeholders.rs (paragraphs and rows of the second parent only, blocks,
a text box or cell keeps one empty paragraph).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SPACE = "{http://www.w3.org/XML/1998/namespace}space"
P, T, INSTR, FLDCHAR, FLDSIMPLE = (f"{{{W}}}{n}" for n in ("p", "t", "instrText", "fldChar", "fldSimple"))
TR, TBL, BODY, TXBX = (f"{{{W}}}{n}" for n in ("tr", "tbl", "body", "txbxContent"))
TEXT_PART = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")

FIELDS = [
    "datum", "toestemming_datum", "team", "verwijzer_naam", "verwijzer_telefoon", "verwijzer_email",
    "ocmw_naam", "ocmw_email", "doel",
    *[f"ouder{n}_{item}" for n in (1, 2) for item in (
        "voornaam", "achternaam", "straat", "huisnummer", "bus", "postcode", "gemeente", "adres",
        "telefoon", "email")],
]
# Round-robin orders: outside foreign loops/conditions the first parent first (a template must
# use one of its fields), inside them the second parent's fields.
OUTSIDE = ["ouder1_voornaam", "ouder1_achternaam", "ouder1_telefoon", "ouder2_voornaam", "ouder1_adres",
           "ouder1_email", "ouder2_achternaam", "datum", "team", "verwijzer_naam", "ocmw_naam",
           "ouder1_straat", "ouder1_huisnummer", "ouder1_bus", "ouder1_postcode", "ouder1_gemeente",
           "toestemming_datum", "verwijzer_telefoon", "verwijzer_email", "ocmw_email", "doel"]
INSIDE = ["ouder2_voornaam", "ouder2_achternaam", "ouder2_telefoon", "ouder2_adres", "ouder2_email",
          "ouder2_straat", "ouder2_huisnummer", "ouder2_bus", "ouder2_postcode", "ouder2_gemeente"]
MEANING = {  # foreign name (lower case) -> the first parent's item
    "first_name": "voornaam", "voornaam": "voornaam", "last_name": "achternaam",
    "achternaam": "achternaam", "phone": "telefoon", "postcode": "postcode", "plaats": "gemeente",
    "adresregel_1": "straat", "customer_name": "voornaam", "student name": "voornaam",
}
GENERAL = {"date": "datum", "company_name": "team", "title": "doel"}

TYPED = re.compile(r"\+\+\+.*?\+\+\+|\{%.*?%\}|\{\{.*?\}\}|\{[^{}]*\}|«[^«»]*»")
MERGE_NAME = re.compile(r'^\s*MERGEFIELD\s+"?([^"\s]+)', re.I)


@dataclass
class Tag:
    """A foreign placeholder: its span in the paragraph's joined text and what it is."""
    start: int
    end: int
    kind: str  # value, open, close, drop
    name: str = ""
    open_len: int = 0  # the delimiter's length at each end (with the spaces inside)
    close_len: int = 0
    spaced: bool = False
    instr: list = field(default_factory=list)  # MERGEFIELD: the w:instrText elements or fldSimple
    merge: bool = False
    new: str = ""  # the rewritten text
    new_open: int = 0
    new_close: int = 0
    field: str = ""  # our field, or "#ouder2" / "/ouder2"


@dataclass
class Para:
    el: object
    texts: list  # own w:t elements
    tags: list
    source: str = ""  # the joined text as the template had it (the tags' spans are in it)

    def joined(self) -> str:
        return "".join(t.text or "" for t in self.texts)


@dataclass
class Rewritten:
    path: Path
    mapping: dict  # foreign name -> our field
    used: list  # our fields, in FIELDS order
    # {True: with two parents, False: with one} -> part -> [(text, in a text box)] per paragraph
    expected: dict
    blocks: int = 0  # {#ouder2} blocks made
    dropped: int = 0  # control tags whose characters were removed


def ancestor(el, tag):
    a = el.getparent()
    while a is not None and a.tag != tag:
        a = a.getparent()
    return a


def own(el, para) -> bool:
    """Whether `el`'s nearest enclosing paragraph is `para` (not one in a nested text box)."""
    return ancestor(el, P) is para


def classify(text: str, start: int, end: int) -> Tag:
    """What a foreign placeholder is, with its delimiters: the opening one includes a control's
    sigil or keyword (`{{>> `, `{#`, `{%p if `, `+++FOR `), both include the spaces inside."""
    if text.startswith("+++"):
        body = text[3:-3].strip()
        word = body.split(maxsplit=1)[0].upper() if body else ""
        kind = ("open" if word in ("FOR", "IF") else "close" if word.startswith("END-")
                else "drop" if word in ("EXEC", "EXEC!", "IMAGE", "LINK", "HTML", "ALIAS", "")
                else "value")
        head = r"\+\+\+\s*(?:(?:INS|=)\s*)?" if kind == "value" else r"\+\+\+\s*[A-Z!-]*\s*"
        tail, n = r"\s*\+\+\+$", 3
    elif text.startswith("{%"):
        body = re.sub(r"^(tr|tc|p|r)\s", "", text[2:-2].strip("- ")).strip()
        word = body.split(maxsplit=1)[0] if body else ""
        kind = {"for": "open", "if": "open", "endfor": "close", "endif": "close"}.get(word, "drop")
        head, tail, n = r"\{%-?\s*(?:(?:tr|tc|p|r)(?=\s)\s*)?\w*\s*", r"\s*-?%\}$", 2
    elif text.startswith("«"):
        kind, head, tail, n = "value", "«", "»$", 1
    else:
        n = 2 if text.startswith("{{") else 1
        name = text[n:-n].strip()
        kind = ("open" if name.startswith((">>", "#", "^")) else "close" if name.startswith(("<<", "/"))
                else "drop" if not name else "value")
        extra = r"(?:(?:p|r|tr|tc)\s+)?" if kind == "value" and n == 2 else r"(?:>>|<<|[#^/])?\s*"
        head, tail = r"\{" * n + r"\s*" + extra, r"\s*" + r"\}" * n + "$"
    head_len = re.match(head, text).end()
    tail_len = len(re.search(tail, text[head_len:]).group())
    name = text[head_len:len(text) - tail_len].strip() if kind == "value" else ""
    return Tag(start, end, kind, name, head_len, tail_len, text[n:n + 1].isspace())


def merge_fields(para: Para) -> list:
    """The paragraph's MERGEFIELDs as tags over their result text (`«Name»`)."""
    tags, stack, offset = [], [], 0
    for el in para.el.iter(T, INSTR, FLDCHAR, FLDSIMPLE):
        if not own(el, para.el):
            continue
        if el.tag == FLDSIMPLE:
            m = MERGE_NAME.match(el.get(f"{{{W}}}instr", ""))
            if m:
                n = sum(len(t.text or "") for t in el.iter(T))
                tags.append(Tag(offset, offset + n, "value", m.group(1), instr=[el], merge=True))
        elif el.tag == FLDCHAR:
            kind = el.get(f"{{{W}}}fldCharType")
            if kind == "begin":
                stack.append({"instr": [], "start": offset, "separate": False})
            elif kind == "separate" and stack:
                stack[-1]["separate"] = True
            elif kind == "end" and stack:
                f = stack.pop()
                m = MERGE_NAME.match("".join(i.text or "" for i in f["instr"]))
                if m and not stack:
                    tags.append(Tag(f["start"], offset, "value", m.group(1), instr=f["instr"], merge=True))
        elif el.tag == INSTR:
            if stack and not stack[-1]["separate"]:
                stack[-1]["instr"].append(el)
        else:
            offset += len(el.text or "")
    return tags


def paragraphs(root) -> list:
    out = []
    for p in root.iter(P):
        para = Para(p, [t for t in p.iter(T) if own(t, p)], [])
        merged = merge_fields(para)
        text = para.source = para.joined()
        typed = [classify(m.group(), m.start(), m.end()) for m in TYPED.finditer(text)]
        typed = [t for t in typed if not any(f.start < t.end and t.start < f.end for f in merged)]
        para.tags = sorted(merged + typed, key=lambda t: t.start)
        out.append(para)
    return out


def edge(k: int, old: str, new: str) -> int:
    """Where a cut `k` characters into an old opening delimiter falls in the new one: the braces
    stay with the braces (a `{` alone in its run stays alone), the inner spaces with the spaces."""
    if k <= 0 or k >= len(old):
        return 0 if k <= 0 else len(new)
    old_core, new_core = len(old.rstrip()), len(new.rstrip())
    if k >= old_core:
        return new_core + min(k - old_core, len(new) - new_core)
    return max(1, min(new_core, round(k * new_core / old_core))) if new_core else 0


def spread(lengths, old, old_open, old_close, new, new_open, new_close) -> list:
    """The pieces of `new` for the pieces (`lengths`) of the old placeholder `old`: a cut in a
    delimiter falls at the matching place of the new delimiter (see `edge`; mirrored for the
    closing one), a cut in the middle at the same proportion of the new middle."""
    total, mid_new = len(old), len(new) - new_open - new_close
    mid_old = total - old_open - old_close
    cuts, acc = [], 0
    for n in lengths[:-1]:
        acc += n
        if acc <= old_open:
            pos = edge(acc, old[:old_open], new[:new_open])
        elif acc >= total - old_close:
            pos = len(new) - edge(total - acc, old[total - old_close:][::-1], new[len(new) - new_close:][::-1])
        else:
            pos = new_open + round((acc - old_open) * mid_new / mid_old)
            if mid_new >= 2:
                pos = min(max(pos, new_open + 1), new_open + mid_new - 1)
        cuts.append(max([pos, *cuts[-1:]]))
    bounds = [0, *cuts, len(new)]
    return [new[a:b] for a, b in zip(bounds, bounds[1:])]


def write_back(para: Para):
    """Puts each tag's new text into the w:t elements its old text spanned."""
    edits = {}  # w:t index -> [(from, to, text)]
    starts, acc = [], 0
    for t in para.texts:
        starts.append(acc)
        acc += len(t.text or "")
    for tag in para.tags:
        spans = [(i, max(tag.start, s), min(tag.end, s + len(t.text or "")))
                 for i, (t, s) in enumerate(zip(para.texts, starts))
                 if s < tag.end and tag.start < s + len(t.text or "")]
        if not spans:
            continue
        pieces = spread([b - a for _, a, b in spans], para.joined()[tag.start:tag.end], tag.open_len,
                        tag.close_len, tag.new, tag.new_open, tag.new_close)
        for (i, a, b), piece in zip(spans, pieces):
            edits.setdefault(i, []).append((a - starts[i], b - starts[i], piece))
    for i, changes in edits.items():
        text = para.texts[i].text or ""
        for a, b, piece in sorted(changes, reverse=True):
            text = text[:a] + piece + text[b:]
        para.texts[i].text = text
        para.texts[i].set(SPACE, "preserve")


def rename_instruction(tag: Tag):
    """The MERGEFIELD's name in its instruction (possibly split over w:instrText runs)."""
    if tag.instr and tag.instr[0].tag == FLDSIMPLE:
        el = tag.instr[0]
        el.set(f"{{{W}}}instr", re.sub(r"(MERGEFIELD\s+\"?)[^\"\s]+", rf"\g<1>{tag.field}",
                                       el.get(f"{{{W}}}instr"), count=1))
        return
    m = MERGE_NAME.match("".join(i.text or "" for i in tag.instr))
    write_back(Para(None, tag.instr, [Tag(m.start(1), m.end(1), "value", new=tag.field)]))


def tree_positions(root) -> dict:
    """Element -> (start, end): the order of its start and end tags, as the filler's tokens."""
    pos, n = {}, 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        pos.setdefault(el, [n, n])[0 if event == "start" else 1] = n
        n += 1
    return pos


def expected_texts(root, paras: list, two: bool, values: dict) -> list:
    """The own text of every paragraph once filled, per placeholders.rs: removals for an absent
    second parent, block markers, a container other than the body keeping one paragraph."""
    pos = tree_positions(root)
    remove, rows, open_block = [], {}, None
    for para in paras:
        names = [t.field for t in para.tags if t.field]
        span = lambda e: tuple(pos[e])  # noqa: E731
        if names == ["#ouder2"]:
            open_block = para
            continue
        if names == ["/ouder2"]:
            if two:
                remove += [span(open_block.el), span(para.el)]
            else:
                remove.append((pos[open_block.el][0], pos[para.el][1]))
            continue
        second_only = bool(names) and all(n.startswith("ouder2_") for n in names)
        row = ancestor(para.el, TR)
        if row is not None and names:
            rows[row] = rows.get(row, True) and second_only
        elif row is None and second_only and not two:
            remove.append(span(para.el))
    if not two:
        gone = {r for r, s in rows.items() if s}
        for table in root.iter(TBL):
            own_rows = [r for r in table.iter(TR) if ancestor(r, TBL) is table]
            if own_rows and all(r in gone for r in own_rows):
                remove.append(tuple(pos[table]))
            else:
                remove += [tuple(pos[r]) for r in own_rows if r in gone]
    inside = lambda i: any(a <= i <= b for a, b in remove)  # noqa: E731
    keep = set()
    for parent in {p.el.getparent() for p in paras}:
        mine = [p for p in paras if p.el.getparent() is parent]
        if parent.tag != BODY and not inside(pos[parent][0]) and all(inside(pos[p.el][0]) for p in mine):
            keep.add(mine[-1].el)
    out = []
    for para in paras:
        box = ancestor(para.el, TXBX) is not None
        if para.el in keep:
            out.append(("", box))
        elif not inside(pos[para.el][0]):
            text, last, joined = "", 0, para.source
            for t in para.tags:
                text += joined[last:t.start] + (values.get(t.field, "") if t.field in FIELDS else "")
                last = t.end
            out.append((text + joined[last:], box))
    return out


def assign(parts: dict) -> dict:
    """Foreign value name -> our field, deterministic, in order of first appearance."""
    seen = []  # (name, inside a foreign loop/condition)
    for paras in parts.values():
        depth = 0
        for para in paras:
            for t in para.tags:
                if t.kind == "open":
                    depth += 1
                elif t.kind == "close":
                    depth = max(0, depth - 1)
                elif t.kind == "value" and t.name.lower() not in [n for n, _ in seen]:
                    seen.append((t.name.lower(), depth > 0))
    mapping = {}
    for name, inside in seen:  # by meaning first
        if name in MEANING:
            mapping[name] = f"ouder{2 if inside else 1}_{MEANING[name]}"
        elif name in GENERAL and not inside:
            mapping[name] = GENERAL[name]
    for name, inside in seen:  # the others round-robin, a field not used yet while there is one
        cycle = INSIDE if inside else OUTSIDE
        free = [f for f in cycle if f not in mapping.values()]
        mapping.setdefault(name, free[0] if free else cycle[len(mapping) % len(cycle)])
    if seen and not any(f.startswith("ouder1_") for f in mapping.values()):
        mapping[seen[0][0]] = "ouder1_voornaam"  # our check wants a field of the first parent
    return mapping


def controls(paras: list) -> tuple:
    """Pairs balanced control tags; turns the valid outermost pairs into `{#ouder2}` blocks and
    drops every other control tag. Returns (blocks made, tags dropped)."""
    stack, pairs = [], []
    for order, (para, tag) in enumerate((p, t) for p in paras for t in p.tags):
        if tag.kind == "open":
            stack.append((order, para, tag))
        elif tag.kind == "close" and stack:
            pairs.append((*stack.pop(), order, para, tag))
    made = []
    for o_order, o_para, o_tag, c_order, c_para, c_tag in sorted(pairs, key=lambda x: x[0]):
        alone = all(len(p.tags) == 1 and p.joined().strip() == p.joined()[t.start:t.end]
                    for p, t in ((o_para, o_tag), (c_para, c_tag)))
        same = (o_para.el.getparent() is c_para.el.getparent()
                and ancestor(o_para.el, TR) is ancestor(c_para.el, TR))
        nested = any(a < o_order < b for a, b in made)
        if alone and same and not nested:
            made.append((o_order, c_order))
            o_tag.field, o_tag.new, o_tag.new_open, o_tag.new_close = "#ouder2", "{#ouder2}", 2, 1
            c_tag.field, c_tag.new, c_tag.new_open, c_tag.new_close = "/ouder2", "{/ouder2}", 2, 1
    dropped = sum(1 for p in paras for t in p.tags if t.kind != "value" and not t.field)
    return len(made), dropped  # a dropped tag's new text is "": its characters go


def rewrite(src: Path, dst: Path, values: dict) -> Rewritten:
    """Writes the rewritten template to `dst`; `values` are the sample's field values."""
    with zipfile.ZipFile(src) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    names = [i.filename for i, _ in entries if TEXT_PART.fullmatch(i.filename)]
    names.sort(key=lambda n: (n != "word/document.xml", n))
    data = {i.filename: d for i, d in entries}
    roots = {n: etree.fromstring(data[n]) for n in names}
    parts = {n: paragraphs(roots[n]) for n in names}
    mapping = assign(parts)
    blocks = dropped = 0
    for paras in parts.values():
        b, d = controls(paras)
        blocks, dropped = blocks + b, dropped + d
    if not mapping:  # no value placeholder at all: the first dropped control tag becomes one
        tag = next(t for ps in parts.values() for p in ps for t in p.tags if not t.field)
        tag.kind, tag.name, mapping[""], dropped = "value", "", "ouder1_voornaam", dropped - 1
    for paras in parts.values():
        for para in paras:
            for t in para.tags:
                if t.kind == "value":
                    t.field = mapping[t.name.lower()]
                    if t.merge:
                        t.new, t.new_open, t.new_close = f"«{t.field}»", 1, 1
                        t.open_len = t.close_len = int(para.joined()[t.start:t.end].startswith("«"))
                        rename_instruction(t)
                    else:
                        pad = " " if t.spaced else ""
                        t.new, t.new_open, t.new_close = f"{{{pad}{t.field}{pad}}}", 1 + len(pad), 1 + len(pad)
            write_back(para)
            left = re.sub(r"\{[#/]?\s*[a-z0-9_]+\s*\}|«[a-z0-9_]+»", "", para.joined())
            assert not re.search(r"[{}«»]|\+\+\+", left), f"{src.name}: rewrite left {para.joined()!r}"
    one = {k: v for k, v in values.items() if not k.startswith("ouder2_")}
    expected = {two: {n: expected_texts(roots[n], parts[n], two, values if two else one) for n in names}
                for two in (True, False)}
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in entries:
            if info.filename in roots:
                data = etree.tostring(roots[info.filename], xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    used = sorted(set(mapping.values()), key=FIELDS.index)
    return Rewritten(dst, mapping, used, expected, blocks, dropped)
