"""Person resolution: which name mentions are one person, and one verdict per person.

The role stage (roles.py) judges each mention on its own evidence (an office title, a party after the
name, an e-mail header, "namens deze", ...). Here the mentions of a document are clustered into
persons - full name, surname, initials + surname, "Achternaam, Voornaam (X.)", first name - and each
person gets ONE role, from the strongest evidence among its mentions, applied to every mention:
"minister van Onderwijs Marleen Vanderpoorten" kept makes the later "zei Vanderpoorten" kept too.

Two mentions are one person unless their first names or initials conflict ("Jan Jansen" and
"P. Jansen" are two). A bare surname that fits several persons is a person of its own. When the
strongest evidence is a civil servant's and another mention carries an office title, the contrary
evidence shows two people: the titled mentions stay visible, the others are redacted.

`carry_across` does the same across the documents of a dossier (propagate.propagate_dossier).
Pure functions over plain data (model.Person).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from typing import TYPE_CHECKING

from ..model import UNSUPPORTED_NAME, Decision, DetectorKind, Document, Person

if TYPE_CHECKING:  # roles.py imports this module
    from .roles import Role, Roles

PERSON = "PERSON"
# How strong a mention's evidence is (roles.Role.rank). A person's role comes from the strongest;
# a tie goes to redact: a wrongly redacted official is corrected in review, a published civil
# servant's name is not.
NONE = 0  # no signal: civil servant or citizen
CHAT = 5  # a chat line's sender or member (a burgemeester in a group chat stays an official)
SEAT = 8  # keep, weakly: a speaker of a body's video index (never shows a second person of the name)
TITLED = 8  # keep, weakly: the surname alone stands after an office title elsewhere in the text ("wethouder Ossel")
OFFICE = 10  # an office title before or after the name, or the office line above a signature
POSITION = 12  # an e-mail header, signature or contact field: a civil servant or citizen
FUNCTION = 15  # a civil servant's function next to the name ("Jansen, beleidsmedewerker")
OFFICIAL = 20  # the shipped list of office holders; the parliamentary grammar ("het lid X", "X (VVD)")
ON_BEHALF = 25  # signs on behalf of someone ("namens deze")
REQUEST = 30  # the per-request list (--keep-names)
UNSUPPORTED_EVIDENCE = "naam zonder steun (alleen het taalmodel): ter beoordeling"
_INITIAL_TOKEN = re.compile(r"^(?:(?:IJ|Th|Ch|Chr|Ph|[A-Z])\.)+$")


@dataclass(frozen=True)
class Name:
    """The parts of one written name. `surname` is lower case with its tussenvoegsel ("van berkel");
    `core` is its last word ("berkel"), the key mentions are grouped by."""

    first: str  # lower case, "" when not written
    initials: str  # the letters, upper case: "NM"; "" when not written
    surname: str
    core: str
    double: str = ""  # the first part of a double-barrelled surname, lower case ("donders" of "Donders-de Leest")


def parse_name(text: str, roles: Roles) -> Name:
    """ "Berkel, Nathalie van" -> (nathalie, N, van berkel); "N. van Berkel" -> ("", N, van berkel);
    "Jansen, J. (Jan)" -> (jan, J, jansen); "mevrouw Van Berkel" -> ("", "", van berkel);
    "Nathalie" (a first name alone) -> (nathalie, N, "")."""
    first = ""
    text = text.replace("\u201a", ",")  # a text layer's low quotation mark for the comma: "Camps‚ Maarten (M.R.P.M.)"
    bracket = re.search(r"\(([^)]+)\)", text)
    bracket_initials = ""
    if bracket and _INITIAL_TOKEN.match(bracket.group(1).replace(" ", "")):  # "Vermeulen, (E.)": initials
        bracket_initials = "".join(p[0] for p in bracket.group(1).replace(" ", "").split(".") if p).upper()
    elif bracket:
        first = bracket.group(1).strip().split()[0].lower() if bracket.group(1).strip() else ""
    plain = re.sub(r"\([^)]*\)", " ", text)
    if "," in plain:
        head, tail = plain.split(",", 1)
        given = [w for w in tail.split() if w.lower() not in roles.tussenvoegsels]
    else:
        words = [w for w in plain.split() if w.lower().rstrip(".") not in roles.titles]
        surname_words = len(roles.surname(plain).split())
        given = words[:-surname_words] if surname_words and len(words) > surname_words else []
    letters = []
    for w in given:  # "J.M." -> J, M; "Nathalie" -> N
        if _INITIAL_TOKEN.match(w):
            letters += [p[0] for p in w.split(".") if p]
        elif w[:1].isupper():
            letters.append(w[0])
    names = [w for w in given if not _INITIAL_TOKEN.match(w) and w[:1].isupper()]
    if not first and names:
        first = names[0].lower()
    surname = roles.surname(text)
    word = text.strip()
    if not given and "," not in plain and " " not in word and word in roles.first_names \
            and word not in roles.surnames:
        return Name(word.lower(), word[:1].upper(), "", "")  # "Nathalie": a first name alone
    initials = "".join(letters).upper() or bracket_initials or (first[:1].upper() if first else "")
    part = re.search(r"([^\W\d_][\w'’]*)[ \t]?-[ \t]?(?:[\w'’]+[ \t]+){0,3}[\w'’]+[ \t]*$", plain.split(",")[0].strip())
    double = part.group(1).lower() if part and part.group(1).lower() not in roles.tussenvoegsels else ""
    return Name(first, initials, surname, surname.split(" ")[-1] if surname else "", double)


def compatible(a: Name, b: Name) -> bool:
    """No conflict between first names and initials ("Jan" ~ "J.M.", "J." ~ "J.M.", not "Jan" ~ "Piet")."""
    if a.first and b.first and a.first != b.first and not (a.first.startswith(b.first) or b.first.startswith(a.first)):
        return False
    if a.initials and b.initials:
        short, long_ = sorted((a.initials, b.initials), key=len)
        if not long_.startswith(short):
            return False
    return True


@dataclass
class _Cluster:
    names: list[Name] = field(default_factory=list)
    members: list[int] = field(default_factory=list)  # indices into the mentions
    ambiguous: bool = False

    def fits(self, name: Name) -> bool:
        return all(compatible(name, n) for n in self.names)

    def fits_called(self, name: Name) -> bool:
        """The first name someone is called by need not match the official initials ("Rianne
        Donders-de Leest" and "M.J.D. Donders - de Leest"): allowed for a double-barrelled surname, one
        mention with a first name and no initials of its own, the other with initials and no first name."""
        return bool(name.double) and all(n.double and _called_and_official(name, n) for n in self.names)


def _called_and_official(a: Name, b: Name) -> bool:
    if compatible(a, b):
        return True
    called, official = (a, b) if a.first else (b, a)
    return bool(called.first) and called.initials == called.first[:1].upper() and bool(official.initials) \
        and not official.first


def surname_key(core: str) -> str:
    """The key mentions are grouped by: the surname's last word, with the text layer's "ii" for "ij" read back
    ("Diikema" of an OCR'd record is "Dijkema"; no Dutch surname writes "ii")."""
    return core.replace("ii", "ij")


def _vowel_key(core: str) -> str:
    """A surname with its doubled vowels written single ("steehouwer" and "stehouwer" read alike)."""
    return re.sub(r"([aeou])\1", r"\1", core)


def cluster(names: Sequence[Name]) -> list[list[int]]:
    """Groups of mention indices that are one person (see the module docstring)."""
    groups: dict[str, list[_Cluster]] = {}
    bare: dict[str, list[int]] = {}
    firsts: list[int] = []
    for i, n in enumerate(names):
        if not n.core:
            firsts.append(i)
        elif not n.first and not n.initials:
            bare.setdefault(surname_key(n.core), []).append(i)
        else:
            clusters = groups.setdefault(surname_key(n.core), [])
            home = next((c for c in clusters if c.fits(n)), None) or \
                next((c for c in clusters if c.fits_called(n)), None)
            if home is None:
                home = _Cluster()
                clusters.append(home)
            home.names.append(n)
            home.members.append(i)
    everyone = [c for cs in groups.values() for c in cs]
    for core, members in bare.items():
        clusters = groups.setdefault(core, [])
        by_first = [c for c in everyone if any(n.first == core for n in c.names)]
        if not clusters and len(by_first) == 1:  # "Sanne", listed as a surname too, beside "Sanne de Vries"
            by_first[0].members.extend(members)
        elif len(clusters) == 1:
            clusters[0].members.extend(members)
        elif not clusters and len(first_part := [c for c in everyone if any(
                n.double == core for n in c.names)]) == 1:
            first_part[0].members.extend(members)  # "Vink" beside "M.J.P. Vink-van Bruggen"
        else:  # no full name with this surname, or several: the bare mentions are a person of their own
            clusters.append(_Cluster(members=members, ambiguous=len(clusters) > 1))
    everyone = [c for cs in groups.values() for c in cs]
    # "mevrouw Vink" beside "mevrouw Vink-van Bruggen", both without first name or initials: one person when only
    # one cluster has a double surname starting with it
    for core in bare:
        lone = [c for c in groups.get(core, []) if not c.names and c.members and not c.ambiguous]
        if len(lone) != 1:
            continue
        doubles = [c for c in everyone if c is not lone[0] and c.members
                   and any(names[i].double == core for i in c.members)]
        if len(doubles) == 1:
            doubles[0].members.extend(lone[0].members)
            lone[0].members = []
    # "Rianne Donders-de Leest" and "M.J.D. Donders" (the structure read the name to the dash): the
    # first part of a double surname is the other's surname
    for c in list(everyone):
        parts = {n.double for n in c.names if n.double}
        if len(parts) != 1 or not c.members:
            continue
        [part] = parts
        others = [o for o in groups.get(surname_key(part), []) if o is not c and o.members
                  and all(_called_and_official(a, b) for a in c.names for b in o.names)]
        if len(others) == 1:
            others[0].names += c.names
            others[0].members += c.members
            c.members, c.names = [], []
    # "De heer Steehouwer" beside "H.J. Stehouwer", "Hogendoorn" beside "Hoogendoorn": a record spells a bare
    # surname with a vowel doubled or single; one person when only one other surname reads so
    by_vowels: dict[str, list[str]] = {}
    for k in groups:
        by_vowels.setdefault(_vowel_key(k), []).append(k)
    for core in bare:
        lone = [c for c in groups.get(core, []) if not c.names and c.members]
        variants = [k for k in by_vowels.get(_vowel_key(core), []) if k != core and len(core) >= 7
                    and any(c.members for c in groups[k])]
        if len(lone) != 1 or len(variants) != 1:
            continue
        targets = [c for c in groups[variants[0]] if c.members]
        if len(targets) == 1:
            targets[0].members.extend(lone[0].members)
            lone[0].members = []
    for i in firsts:  # a first name alone joins the one person with that first name
        fits = [c for c in everyone if any(n.first == names[i].first for n in c.names)] \
            or groups.get(surname_key(names[i].first), [])  # no one has it as a first name: a surname alone ("Jan")
        if len(fits) == 1:
            fits[0].members.append(i)
        else:
            everyone.append(_Cluster(names=[names[i]], members=[i]))
    return [sorted(c.members) for c in everyone if c.members]


def _where(document: Document, page: int, start: int) -> str:
    text = next((p.text for p in document.pages if p.number == page), "")
    line = text.count("\n", 0, start) + 1
    return f"pagina {page}, regel {line}" if len(document.pages) > 1 else f"regel {line}"


def evidence_text(role: Role, where: str) -> str:
    """ "publiek functionaris (minister van Onderwijs, regel 24)", "ambtenaar of burger (regel 3)"."""
    if role.action == "keep" and role.reason.startswith("historische persoon"):
        head = "historische persoon"
    elif role.action == "keep":
        head = "publiek functionaris"
    elif role.rank == NONE:
        head = "ambtenaar of burger"
    elif "functie" in role.reason or "namens" in role.reason:
        head = "ambtenaar"
    else:
        head = "ambtenaar of burger"
    detail = ", ".join(p for p in (role.cue, where) if p)
    return f"{head} ({detail})" if detail else head


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-") or "naam"


def _units(mentions: Sequence[tuple[Decision, Role]]) -> list[list[int]]:
    """Findings of several detectors on one name are one mention: indices grouped where one span lies
    within the other ("Kalk, C.H." across two names of a list is not "A. Kalk")."""
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i][0].finding.page, mentions[i][0].finding.start,
                                                         -mentions[i][0].finding.end))
    units: list[list[int]] = []
    anchor = (-1, -1, -1)
    for i in order:
        f = mentions[i][0].finding
        if units and f.page == anchor[0] and anchor[1] <= f.start and f.end <= anchor[2]:
            units[-1].append(i)
        else:
            units.append([i])
            anchor = (f.page, f.start, f.end)
    return units


def _supported(group: list[int], mentions: Sequence[tuple[Decision, Role]], texts: dict[int, str],
               roles: Roles) -> bool:
    """A person is redacted only with support: a finding of a name detector (a name in name position,
    a structural position, an e-mail link, a propagated mention), evidence of a role, or a model's span
    that the lexicon or a title supports. The language model alone is not enough."""
    for i in group:
        d, r = mentions[i]
        f = d.finding
        if f.detector_kind is not DetectorKind.NER or r.rank > NONE:
            return True
        if roles.supported(texts.get(f.page, ""), f.start, f.text):
            return True
    return False


def _hosts(units: list[list[int]], mentions: Sequence[tuple[Decision, Role]]) -> dict[int, int]:
    """A reversed reading across a list's comma ("Hoogenboom, A." in "J. Hoogenboom, A. Kalk") is no
    name of its own: unit -> the unit it overlaps most, which it follows."""
    spans = [max((mentions[i][0].finding for i in u), key=lambda f: f.end - f.start) for u in units]
    out: dict[int, int] = {}
    for k, f in enumerate(spans):
        if "," not in f.text:
            continue
        best, size = None, 0
        for j, g in enumerate(spans):
            overlap = min(f.end, g.end) - max(f.start, g.start)
            if j != k and g.page == f.page and overlap > size and "," not in g.text:
                best, size = j, overlap
        if best is not None:
            out[k] = best
    return out


def resolve(document: Document, mentions: Sequence[tuple[Decision, Role]], roles: Roles) -> list[Decision]:
    """One decision per mention, in the same order: every mention points to its Person, and the
    mentions of one person share its verdict."""
    texts = {pg.number: pg.text for pg in document.pages}
    all_units = _units(mentions)
    hosts = _hosts(all_units, mentions)
    units = [u for k, u in enumerate(all_units) if k not in hosts]
    names = [parse_name(max((mentions[i][0].finding.text for i in u), key=len), roles) for u in units]
    where = {id(u): k for k, u in enumerate(units)}
    followers: dict[int, list[int]] = {}
    for k, host in hosts.items():
        followers.setdefault(where[id(all_units[host])], []).extend(all_units[k])
    out: list[Decision | None] = [None] * len(mentions)
    used: dict[str, int] = {}

    def person(members: list[int], role: str, best: int) -> Person:
        d, r = mentions[best]
        written = list(dict.fromkeys(" ".join(mentions[i][0].finding.text.split()) for i in members))
        # The fullest form, as one writes it where it is as full: "Jan Jansen", not "Jansen, J. (Jan)";
        # but "Vries, P. de (Pieter)" rather than "De Vries".
        parsed = {w: parse_name(w, roles) for w in written}
        name = max(written, key=lambda w: (bool(parsed[w].first or parsed[w].initials), "," not in w,
                                           len(w.split()), len(w)))
        n = parse_name(name, roles)
        base = _slug(n.surname or n.first or name)
        used[base] = used.get(base, 0) + 1
        pid = base if used[base] == 1 else f"{base}-{used[base]}"
        evidence = evidence_text(r, _where(document, d.finding.page, d.finding.start))
        return Person(pid, name, tuple(written), role, evidence, r.rank)

    clusters = cluster(names)
    # each person's mentions: its units' mentions and their followers
    mentions_of = [sorted(i for u in g for i in units[u] + followers.get(u, [])) for g in clusters]
    for group_units, members in zip(clusters, mentions_of):

        def own_keep(u: int) -> bool:  # the mention's own keep evidence outweighs its own redact evidence
            ranks = [(mentions[i][1].rank, mentions[i][1].action == "keep") for i in units[u]]
            keep = max((r for r, k in ranks if k), default=-1)
            return keep >= OFFICE and keep > max((r for r, k in ranks if not k), default=-1)
        kept_units = [u for u in group_units if own_keep(u)]
        keeps = sorted(i for u in kept_units for i in units[u] + followers.get(u, []))
        redacts = [i for i in members if i not in set(keeps)]
        best_keep = max((i for i in members if mentions[i][1].action == "keep"),
                        key=lambda i: mentions[i][1].rank, default=None)
        best_redact = max((i for i in members if mentions[i][1].action != "keep"),
                          key=lambda i: mentions[i][1].rank, default=None)
        keep_rank = mentions[best_keep][1].rank if best_keep is not None else -1
        redact_rank = mentions[best_redact][1].rank if best_redact is not None else -1
        if best_keep is not None and (keep_rank > redact_rank or not redacts):
            groups = [(members, "keep", best_keep)]
        elif best_keep is not None and keeps:  # contrary evidence: two people of the same name
            best_own = max((i for i in keeps if mentions[i][1].action == "keep"), key=lambda i: mentions[i][1].rank)
            best_other = max(redacts, key=lambda i: mentions[i][1].rank)
            groups = [(keeps, "keep", best_own), (redacts, "redact", best_other)]
        else:
            groups = [(members, "redact", best_redact)]
        for group, role, best in groups:
            if role == "redact" and not _supported(group, mentions, texts, roles):
                p = replace(person(group, "review", best), evidence=UNSUPPORTED_EVIDENCE)
                for i in group:
                    out[i] = Decision(mentions[i][0].finding, "keep", None, UNSUPPORTED_NAME, p)
                continue
            p = person(group, role, best)
            for i in group:
                d, r = mentions[i]
                own = r.action == role and (r.rank > NONE or i == best)
                reason = r.reason if own else f"zelfde persoon als {p.name}: {p.evidence}"
                if role == "keep":
                    out[i] = Decision(d.finding, "keep", None, reason, p)
                else:
                    out[i] = replace(d, action="redact", reason=reason, person=p)
    _bare_among_officials(clusters, names, mentions_of, mentions, out)
    return list_verdicts(texts, mentions, [d for d in out if d is not None])


def _bare_among_officials(clusters: list[list[int]], names: Sequence[Name], members: list[list[int]],
                          mentions: Sequence[tuple[Decision, Role]], out: list[Decision | None]) -> None:
    """A bare surname that fits several persons is a person of its own ("de heer Van den Berg" beside "A. van
    den Berg" and "P. van den Berg"); when every one of them is a public official and the bare mentions have no
    evidence of their own, whichever is meant is an official: the bare mentions are kept (in `out`)."""
    persons: dict[str, list[int]] = {}
    for k, group in enumerate(clusters):
        if all(names[u].core for u in group) and any(names[u].first or names[u].initials for u in group):
            persons.setdefault(surname_key(names[group[0]].core), []).append(k)
    for k, group in enumerate(clusters):
        if not group or not all(names[u].core and not names[u].first and not names[u].initials for u in group):
            continue
        full = [j for j in persons.get(surname_key(names[group[0]].core), []) if j != k]
        if len(full) < 2 or any(mentions[i][1].rank > NONE for i in members[k]):
            continue
        kept = [out[i] for j in full for i in members[j]]
        if not kept or any(d is None or d.action != "keep" or d.person is None or d.person.role != "keep"
                           for d in kept):
            continue
        weakest = min(d.person.strength for d in kept)
        for i in members[k]:
            d = out[i]
            if d is None or d.person is None:
                continue
            evidence = f"publiek functionaris (zelfde achternaam als {len(full)} publiek functionarissen)"
            out[i] = Decision(d.finding, "keep", None, evidence,
                              replace(d.person, role="keep", evidence=evidence, strength=weakest))


# The text between two items of one enumeration: the item's parenthesis ("(VVD)"), then a comma, semicolon,
# "en", "&" or "of" (also ", en"), a courtesy title of the next item, or a line break with a bullet (a list of one name a line). Nothing
# else: "A zegt tegen B" or "A, beleidsmedewerker, B" are no enumeration of A and B.
_ITEM_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*(?:[,;&]|,?[ \t]+(?:en|of)(?=[ \t]))[ \t]*|[ \t]*\n[ \t]*(?:[-•*–][ \t]+)?)"
                       r"(?:(?:de[ \t]+heer|mevrouw|mw\.|dhr\.)[ \t]+)?")
LIST_REDACTED = "in een opsomming van personen die worden weggelakt"


def _enumerations(texts: dict[int, str], decisions: Sequence[Decision]) -> list[list[list[int]]]:
    """The enumerations of persons: runs of two or more mentions (indices into `decisions`, a mention's
    overlapping findings one item) with only an item gap (`_ITEM_GAP`) between neighbours."""
    order = sorted((i for i, d in enumerate(decisions) if d.finding.entity_type == PERSON and d.person is not None),
                   key=lambda i: (decisions[i].finding.page, decisions[i].finding.start, -decisions[i].finding.end))
    items: list[list[int]] = []
    for i in order:
        f = decisions[i].finding
        last = decisions[items[-1][0]].finding if items else None
        if last is not None and f.page == last.page and f.start < last.end:
            items[-1].append(i)
        else:
            items.append([i])
    runs: list[list[list[int]]] = []
    for item in items:
        f = decisions[item[0]].finding
        prev = decisions[runs[-1][-1][0]].finding if runs else None
        if prev is not None and prev.page == f.page and prev.end <= f.start \
                and _ITEM_GAP.fullmatch(texts.get(f.page, ""), prev.end, f.start):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [r for r in runs if len(r) >= 3]


def _verdict(d: Decision) -> str:
    """An enumeration item's verdict: redact (with support), official (kept on office evidence or more),
    review (a name without support), or weak (any other keep)."""
    if d.action == "redact":
        return "redact"
    if d.reason == UNSUPPORTED_NAME:
        return "review"
    return "official" if d.person is not None and d.person.role == "keep" and d.person.strength >= OFFICE else "weak"


def list_verdicts(texts: dict[int, str], mentions: Sequence[tuple[Decision, Role]],
                  decisions: list[Decision]) -> list[Decision]:
    """A list's verdict: a person whose own mentions give no evidence takes the verdict its neighbours
    agree on, in an enumeration of three or more persons (`A, B en C`, an attendance line, one name a
    line). A name without support (the language model alone: "review") between persons who are all
    redacted goes with them. Never the other way: a name without evidence among kept officials stays
    redacted (a guest or a minute taker listed with the members would leak). `decisions` are `mentions`' decisions, in the same order."""
    flips: dict[str, str] = {}
    for run in _enumerations(texts, decisions):
        for k, item in enumerate(run):
            d = decisions[item[0]]
            pid = d.person.id
            others = {_verdict(decisions[o[0]]) for j, o in enumerate(run)
                      if j != k and decisions[o[0]].person.id != pid}
            if len(run) - sum(decisions[o[0]].person.id == pid for o in run) < 2 or len(others) != 1:
                continue
            [agreed] = others
            own = _verdict(d)
            if own == "review" and agreed == "redact":
                flips.setdefault(pid, "redact")
            elif flips.get(pid) is not None and own != agreed:
                flips[pid] = ""  # lists disagree: no verdict from them
    flips = {pid: v for pid, v in flips.items() if v}
    if not flips:
        return decisions
    out = []
    for i, d in enumerate(decisions):
        verdict = flips.get(d.person.id) if d.person is not None and d.finding.entity_type == PERSON else None
        if verdict == "redact":
            p = replace(d.person, role="redact", evidence=LIST_REDACTED)
            out.append(replace(mentions[i][0], action="redact", reason=LIST_REDACTED, person=p))
        else:
            out.append(d)
    return out


# a separator of a list's items; after a comma, ";" or "&" the list may go on on a later line (an author list
# broken over lines: "A. Aa, B. Bb,\n\nC. Cc & D. Dd")
_SEP = r"(?:[ \t]*[,;&]\s*|,?[ \t]+(?:en|of)[ \t]+)"
_UNFOUND_ITEM = re.compile(rf"{_SEP}(?P<name>(?:[^\W\d_][\w'’-]*|(?:[^\W\d_]\.){{1,4}})"
                           rf"(?:[ \t]+[^\W\d_][\w'’-]*){{1,3}}){_SEP}")


def enumerated_names(document: Document, decisions: Sequence[Decision], roles: Roles) -> list[Decision]:
    """A list's verdict for an item no detector found: a name-shaped item (two to four words, the first and
    the last capitalised, the others tussenvoegsels; none an ordinary word, place, title or organisation
    word) between two redacted persons' full names of one enumeration ("A Aa, B van Bb en C Cc"), as a
    redacted person's mention beside them."""
    people = sorted((d for d in decisions if d.finding.entity_type == PERSON and d.action == "redact"
                     and d.person is not None and len(d.finding.text.split()) >= 2),
                    key=lambda d: (d.finding.page, d.finding.start))
    texts = {pg.number: pg.text for pg in document.pages}
    out = []
    for left, right in zip(people, people[1:]):
        f, g = left.finding, right.finding
        if f.page != g.page or g.start <= f.end or g.start - f.end > 80:
            continue
        m = _UNFOUND_ITEM.fullmatch(texts[f.page], f.end, g.start)
        if not m or not _name_shaped(m.group("name"), roles):
            continue
        start, end = m.span("name")
        value = texts[f.page][start:end]
        finding = replace(f, start=start, end=end, text=value, detector="opsomming",
                          detector_kind=DetectorKind.NAME_PATTERN, explanation=LIST_REDACTED)
        n = parse_name(value, roles)
        person = Person(f"{_slug(n.surname or value)}-opsomming", value, (value,), "redact", LIST_REDACTED, NONE)
        out.append(replace(left, finding=finding, reason=LIST_REDACTED, person=person))
    return out


def _name_shaped(value: str, roles: Roles) -> bool:
    """Two to four capitalised words or tussenvoegsels, none a place, title or function, none an ordinary
    word but a first name before a tussenvoegsel ("Kik van Oordwijk": a first name may be a word too, a
    surname after "van" tells a name from "Kik Oordwijk")."""
    words = value.split()
    middle = [w.lower() in roles.tussenvoegsels for w in words[1:-1]]
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    for k, w in enumerate(words):
        low = w.lower()
        if 0 < k < len(words) - 1 and middle[k - 1]:
            continue
        if not w[:1].isupper() or low in roles.not_names or low.rstrip(".") in roles.titles or roles.is_function_word(w):
            return False
        if (low in roles.common or low in roles.dutch_words) and not (k == 0 and middle[:1] == [True]):
            return False
    return True


def persons_of(decisions: Sequence[Decision]) -> list[Person]:
    """The persons the decisions point to, once each, in reading order."""
    seen: dict[str, Person] = {}
    for d in decisions:
        if d.person is not None:
            seen.setdefault(d.person.id, d.person)
    return list(seen.values())


def mention_counts(decisions: Sequence[Decision]) -> list[tuple[Person, int]]:
    """The persons the decisions point to, in reading order of their first mention (whatever the
    order of the decisions), each with its number of mentions (the decisions that point to it)."""
    first: dict[str, tuple[int, int]] = {}
    counts: dict[str, int] = {}
    people: dict[str, Person] = {}
    for d in decisions:
        if d.person is not None:
            pid, at = d.person.id, (d.finding.page, d.finding.start)
            people.setdefault(pid, d.person)
            first[pid] = min(first.get(pid, at), at)
            counts[pid] = counts.get(pid, 0) + 1
    return [(people[pid], counts[pid]) for pid in sorted(people, key=lambda pid: first[pid])]


def _full_names(person: Person, roles: Roles) -> list[Name]:
    return [parse_name(m, roles) for m in person.mentions]


def _same_person(a: list[Name], b: list[Name]) -> bool:
    cores = {n.core for n in a if n.core}
    return bool(cores & {n.core for n in b if n.core}) and all(compatible(x, y) for x in a for y in b)


def carry_across(documents: Sequence[tuple[str, Sequence[Decision]]], roles: Roles) -> list[list[Decision]]:
    """A public official's role found in one document of a dossier holds in all of them: a person
    redacted elsewhere on weaker evidence, whose names do not conflict, is kept too ("minister van
    Onderwijs Marleen Vanderpoorten" in one document, "zei Vanderpoorten" in another). Only a person
    known by a full name (a first name or initials) travels, so a bare "minister Jansen" does not
    make every Jansen of the dossier public. `documents`: (relpath, decisions) pairs."""
    officials: list[tuple[Person, list[Name], str]] = []
    for relpath, decisions in documents:
        for p in persons_of(decisions):
            names = _full_names(p, roles)
            if p.role == "keep" and any(n.core and (n.first or n.initials) for n in names):
                officials.append((p, names, relpath))
    out: list[list[Decision]] = []
    for relpath, decisions in documents:
        flips: dict[str, tuple[Person, str]] = {}
        for p in persons_of(decisions):
            if p.role != "redact":
                continue
            names = _full_names(p, roles)
            match = max((o for o in officials if o[2] != relpath and o[0].strength > p.strength
                         and _same_person(o[1], names)), key=lambda o: o[0].strength, default=None)
            if match is not None:
                official, _, where = match
                evidence = f"{official.evidence} in {where}"
                flips[p.id] = (replace(p, role="keep", evidence=evidence, strength=official.strength),
                               f"zelfde persoon als {official.name} in {where}: {official.evidence}")
        out.append([Decision(d.finding, "keep", None, flips[d.person.id][1], flips[d.person.id][0])
                    if d.person is not None and d.person.id in flips and d.action == "redact" else d
                    for d in decisions])
    return out
