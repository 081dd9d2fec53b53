"""Names by their place in a document: whatever the name, these positions hold a person.

- e-mail headers: `Van:`, `Aan:`, `CC:`, `From:`, `To:`, `Cc:`, `Bcc:` (display names, not addresses);
- contact and attendee fields: `Contactpersoon:`, `Behandeld door:`, `Opgesteld door:`, `Paraaf:`,
  `Aanwezig:`, `Afwezig:`, `Notulist:`, `Voorzitter:`, `Deelnemers:` (also as a bulleted block);
- action items and action-list rows with initials or paraphs: `Actie: JdV, MK - ...`, `| JdV, MK |`;
  a paraph in parentheses after a function (`de jurist (PK)`, `een paraaf van (MvK)`);
- signature blocks: the name line after `Met vriendelijke groet,`, `Hoogachtend,`, `namens deze,`;
- chat lines: `[12-03-2021 09:14] Naam Achternaam: ...` and `X heeft Y toegevoegd`;
- a list line that gives a name's attendance status (`• X verhinderd`, `- Y (afgemeld)`, `* Z: met
  kennisgeving afwezig`; `rules/lists/attendance_status`), under any heading.

The office title in a field ("Voorzitter: wethouder Van den Berg") is left out of the span, so the
role stage still sees it and keeps the official's name visible.
"""

from __future__ import annotations

import regex

from ..lexicon import Lexicon, phrases
from ..model import DetectorKind, Document, Finding
from .names import COURTESY, INITIALS, WORD, Span

HEADER_FIELDS = ("Van", "Aan", "CC", "Cc", "Bcc", "BCC", "From", "To", "Kopie aan", "Kopie")
CONTACT_FIELDS = ("Contactpersoon", "Contactpersonen", "Contact", "Behandeld door", "Opgesteld door", "Auteur",
                  "Opsteller", "Steller", "Paraaf", "Paraaf teamleider", "Paraaf afdelingshoofd", "Paraaf opsteller",
                  "Paraaf directeur", "Paraaf jurist", "Paraafroute",
                  "Parafen", "Aanwezig", "Afwezig", "Afgemeld", "Deelnemers", "Notulist", "Notulen", "Verslag",
                  "Verslaglegging", "Voorzitter", "Secretaris", "Gespreksleider", "Sprekers", "Spreker",
                  "Ondertekend door", "Melder", "Aanvrager", "Indiener", "Verzoeker", "Bezwaarmaker",
                  "Gemachtigde", "Portefeuillehouder", "Actiehouder", "Eigenaar", "Behandelaar", "Casemanager",
                  "Klantmanager", "Gesproken met", "Attendees", "Present", "Absent", "Author", "Contact person",
                  "Informatie op te vragen bij", "Inlichtingen bij", "Nadere informatie bij")
# Form fields that hold nothing but a name; here a name in capitals ("JANSEN") counts too.
NAME_FIELDS = ("Naam", "Naam aanvrager", "Naam melder", "Naam verzoeker", "Naam bezwaarmaker", "Naam betrokkene",
               "Naam contactpersoon", "Naam medewerker", "Naam opsteller", "Naam steller", "Achternaam", "Voornaam", "Voornamen", "Roepnaam",
               "Geboortenaam", "Tweede contactpersoon", "Name", "Surname", "First name", "Full name")
ACTION_FIELDS = ("Actie", "Acties", "Actiehouder", "Actiepunt", "Wie")
CLOSINGS = ("Met vriendelijke groet", "Met vriendelijke groeten", "Vriendelijke groet", "Vriendelijke groeten",
            "Met hartelijke groet", "Hartelijke groet", "Hartelijke groeten", "Met collegiale groet", "Groet",
            "Groeten", "Gr", "Mvg", "M.v.g", "Hoogachtend", "Namens deze", "Dank en groet", "Kind regards",
            "Best regards", "Regards", "Met groet", "Namens het projectteam", "Namens het team")
# A paraph: JdV, MvdL, MK, WJH, AR (two to five letters, capitals first and last).
PARAPH = r"(?:\p{Lu}(?:\p{Ll}{1,3})?){1,4}\p{Lu}|\p{Lu}\p{Lu}"
# A header table whose cells the text layer read column by column: the labels one a line, then their colons
# one a line, then the values one a line ("Naam opsteller\nPortefeuillehouder\n:\n:\nA. Aa\nB. Bb").
COLUMN_FIELD = "veld in een kolom: "
_LABEL_LINE = regex.compile(r"[ \t]*(?P<label>\p{Lu}[^\n:\d]{1,39}?)[ \t]*")
_COLON_LINE = regex.compile(r"[ \t]*:[ \t]*")
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?(?:AM|PM|am|pm))?"
_DATE = r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"


def _fields(names: tuple[str, ...]) -> str:
    return phrases(sorted(names, key=len, reverse=True))


class StructureFinder:
    """Finds the name spans that a document's structure marks as names."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        offices = phrases(lex.office_titles) or r"(?!x)x"
        courtesy = phrases(t for t in lex.titles if t in COURTESY)
        academic = phrases(t for t in lex.titles if t not in COURTESY)
        # Offices and courtesy titles are not part of the name; "mr." and "drs." are.
        self.p_lead = regex.compile(rf"(?i:(?:(?:{offices}|{courtesy or '(?!x)x'})\.?[ \t]+)+)")
        self.p_academic = regex.compile(rf"^(?i:(?:{academic or '(?!x)x'})\.?[ \t]+)*")
        self.p_header = regex.compile(rf"^[ \t>]*(?:{_fields(HEADER_FIELDS)})[ \t]*:[ \t]*(?P<v>.+)$", regex.M)
        self.p_contact = regex.compile(rf"^[ \t>*-]*(?:{_fields(CONTACT_FIELDS)})[ \t]*:[ \t]*(?P<v>.*)$",
                                       regex.M | regex.I)
        self.p_name_field = regex.compile(rf"^[ \t]*(?:{_fields(NAME_FIELDS)})[ \t]*:[ \t]*(?P<v>[^\n]+)$", regex.M | regex.I)
        self.p_action = regex.compile(rf"(?<![\w])(?:{_fields(ACTION_FIELDS)})[ \t]*:[ \t]*(?P<v>[^\n]+)", regex.I)
        self.p_closing = regex.compile(rf"^[ \t]*(?i:{_fields(CLOSINGS)})[ \t]*[,.!]?[ \t]*$", regex.M)
        stamp = rf"\[?(?:{_DATE},?[ \t]+{_TIME}|{_TIME},?[ \t]+{_DATE})\]?"  # date first or time first
        self.p_chat = regex.compile(
            rf"^[ \t]*{stamp}[ \t]*(?:-[ \t]*)?(?P<v>[^:\n\[\]]{{1,60}}?):[ \t]", regex.M)
        self.p_chat_system = regex.compile(
            rf"^[ \t]*{stamp}[ \t]*(?:-[ \t]*)?(?P<v>[^:\n]{{1,200}}?)[ \t]+"
            r"(?:heeft|has|is)[ \t]+(?P<w>.*?)(?:toegevoegd|verwijderd|aangemaakt|verlaten|added|removed|created|left)",
            regex.M)
        self.p_version = regex.compile(rf"^[ \t]*(?i:versie|concept|version)\b[^\n(]*\((?P<v>(?:{PARAPH})(?:[ \t]*[/,][ \t]*(?:{PARAPH}))*)\)", regex.M)
        self.p_table_row = regex.compile(r"^.*\|.*$", regex.M)
        # "de jurist (PK)", "met de directeur (JvdB)", "een paraaf van (MvK)": a paraph in parentheses right
        # after a function, a person noun or a paraph's word (not "de Raad van State (RvS)")
        functions = phrases((*lex.civil_servant_titles, *lex.person_nouns)) or r"(?!x)x"
        self.p_paraph_after = regex.compile(
            rf"(?i:(?<![\w-])(?:{functions}|paraaf|parafen|geparafeerd|akkoord))(?:[ \t]+(?i:van|door|de|het))*"
            rf"[ \t]*\((?P<v>(?:{PARAPH})(?:[ \t]*[/,][ \t]*(?:{PARAPH}))*)\)")
        self.p_paraph = regex.compile(rf"^(?:{PARAPH})$")
        status = phrases(lex.attendance_status) or r"(?!x)x"
        # "• X verhinderd", "- X, Y en Z (afgemeld)", "3. dhr. X (gemeente Y): met kennisgeving afwezig": a bullet or an
        # item's number, the names (a parenthesis after them), a separator, the status and at most a reason
        self.p_status_line = regex.compile(
            rf"^[ \t]*(?:[-•*–·▪●◦]|\d{{1,2}}[.)])[ \t]+(?P<v>[^\n:;()]{{2,100}}?(?:[ \t]*\([^()\n]{{1,40}}\))?)"
            rf"(?:[ \t]*[,:–-][ \t]*|[ \t]+)\(?(?i:{status})\)?"
            rf"(?:[ \t]+(?i:wegens|i\.v\.m\.|ivm|vanwege)[ \t][^\n]{{1,60}}|[ \t]*\([^()\n]{{1,40}}\))?[ \t]*[.;,]?[ \t]*$",
            regex.M)
        self.person_labels = frozenset(f.lower() for f in (*CONTACT_FIELDS, *NAME_FIELDS))
        self._column_cache: tuple[str, list[tuple[int, int, str]]] | None = None
        self.p_name = regex.compile(
            rf"^(?:{INITIALS}[ \t]*(?:\({WORD}\)[ \t]*)?)?(?:(?:{WORD}|{INITIALS})(?:[ \t-]+|$))*?"
            rf"(?:(?:van|de|der|den|het|ter|ten|te|in|op|'t|d'|la|le|el|al|da|dos|du|von|zu)[ \t]+)*"
            rf"{WORD}(?:-{WORD})*(?:[ \t]*\({WORD}(?:[ \t]{WORD})?\))?$")

    # -- what counts as a name in such a position ---------------------------------------------------

    def _is_name(self, value: str, allow_paraph: bool) -> bool:
        if not value or any(c.isdigit() for c in value) or "@" in value or len(value) > 60:
            return False
        if allow_paraph and self.p_paraph.match(value) and value.lower() not in self.lex.not_names:
            return True
        words = [w for w in regex.split(r"[\s,()]+", value) if w]
        if not 1 <= len(words) <= 6:
            return False
        caps = [w for w in words if w[0].isupper() and not w.endswith(".")]
        if not caps or any(w.isupper() and len(w) > 1 for w in caps):  # "Postbus DGDOO", "BZK"
            return False
        if any(w.lower() in self.lex.not_names and not self.lex.is_surname(w) and not self.lex.is_first_name(w)
               and not self._place_as_surname(words, w) for w in caps):
            return False
        if all(self.lex.is_word(w) and not self._place_as_surname(words, w) for w in caps):
            return False
        value = value[self.p_academic.match(value).end():]
        reversed_form = regex.match(rf"^(?:{WORD})(?:-{WORD})*,[ \t]*(?:{WORD}|{INITIALS})", value)
        return bool(reversed_form) or bool(self.p_name.match(value.replace(",", " ").strip()))

    def _place_as_surname(self, words: list[str], word: str) -> bool:
        """A place's name as the surname after a listed first name or initials ("Marloes Ulvenhout", "J. van
        Drieënhuizen"): in a name's position, a person named after a place; a place's name that is also an ordinary
        word or a function (the hand-made lists, "Gemeente", "Noord") does not count."""
        return word == words[-1] and len(words) >= 2 and word.lower() not in self.lex.hand_not_names \
            and word.lower() not in self.lex.office_titles and word.lower() not in self.lex.civil_servant_titles \
            and (self.lex.is_first_name(words[0]) or bool(regex.fullmatch(INITIALS, words[0])))

    def _emit(self, out: list[Span], text: str, start: int, end: int, why: str, allow_paraph: bool = False,
              score: float = 0.95) -> None:
        """Trim an item to its name (without titles, roles in brackets, quotes) and add it if it is one."""
        item = text[start:end]
        # Leading titles of office or courtesy ("wethouder", "mevrouw drs."): not part of the name.
        lead = self.p_lead.match(item)
        if lead:
            start += lead.end()
        item = text[start:end]
        # Cut at a role in brackets "(IenW, voorzitter)", a dash, a bar or an address; keep "(Jan)".
        for cut in regex.finditer(r"[ \t]*(?:\((?P<b>[^)]*)\)?|[-–][ \t]|\||<|\[|$)", item):
            if cut.group("b") is not None and self.lex.is_first_name(cut.group("b").strip()):
                continue
            end = start + cut.start()
            break
        stripped = text[start:end].strip().strip("\"'“”").rstrip(",;: ")
        if stripped.endswith(".") and not regex.search(r"(?:^|[\s.])\p{Lu}\.$", stripped):
            stripped = stripped[:-1]  # a full stop, not the dot of an initial ("Bakker, P.")
        if not stripped:
            return
        start = text.index(stripped, start)
        end = start + len(stripped)
        if self._is_name(stripped, allow_paraph):
            out.append(Span(start, end, score, why))

    def _emit_list(self, out: list[Span], text: str, start: int, end: int, why: str,
                   allow_paraph: bool = False, reversed_ok: bool = False) -> None:
        """A field value with several people: "A, B en C", "A; B", "Jansen, J. (Jan) <..>; ..."."""
        value = text[start:end]
        if reversed_ok and ";" in value or "<" in value:
            seps = r";|(?<=>)[ \t]*,"
        elif reversed_ok and regex.match(rf"^[ \t]*(?:{WORD})(?:-{WORD})*,[ \t]*(?:{INITIALS}|{WORD}\b(?![ \t]+(?:en|\p{{Lu}})))", value):
            seps = r";"
        else:
            seps = r",|;|[ \t]+en[ \t]+|[ \t]+and[ \t]+|/|&"
        pos = start
        for part in regex.split(f"({seps})", value):
            if regex.fullmatch(seps, part):
                pos += len(part)
                continue
            if part.strip():
                self._emit(out, text, pos, pos + len(part), why, allow_paraph)
            pos += len(part)

    # -- the positions ------------------------------------------------------------------------------

    def spans(self, text: str) -> list[Span]:
        out: list[Span] = []
        for m in self.p_header.finditer(text):
            self._emit_list(out, text, m.start("v"), m.end("v"), "kop van een e-mail", reversed_ok=True)
        for m in self.p_contact.finditer(text):
            if m.group("v").strip():
                self._emit_list(out, text, m.start("v"), m.end("v"), "contact- of deelnemersveld",
                                allow_paraph=True)
            else:  # "Deelnemers:" followed by a bulleted block
                self._block(out, text, m.end())
        for m in self.p_name_field.finditer(text):  # "Naam aanvrager: Jorrit Kamphuis", "Achternaam: JANSEN"
            value = m.group("v").strip()
            if value and not any(c.isdigit() or c == "@" for c in value) and len(value) <= 60 and \
                    not all(w.lower() in self.lex.not_names for w in value.split()):
                start = m.start("v") + m.group("v").index(value)
                out.append(Span(start, start + len(value.rstrip(" .,;")), 0.95, "naamveld"))
        for m in self.p_version.finditer(text):  # "Versie: 0.3 (TB/NAH)": the editors' initials
            self._emit_list(out, text, m.start("v"), m.end("v"), "initialen bij een versie", allow_paraph=True)
        for m in self.p_paraph_after.finditer(text):  # "de jurist (PK)": a function's holder by paraph
            self._emit_list(out, text, m.start("v"), m.end("v"), "paraaf bij een functie", allow_paraph=True)
        for m in self.p_action.finditer(text):
            who = regex.match(r"[^-–:|(]*", m.group("v")).group(0)
            self._emit_list(out, text, m.start("v"), m.start("v") + len(who), "actiehouder", allow_paraph=True)
        for m in self.p_table_row.finditer(text):
            self._table_row(out, text, m.start(), m.end())
        for m in self.p_closing.finditer(text):
            self._signature(out, text, m.end())
        self._columns(out, text)
        for m in self.p_status_line.finditer(text):
            self._status_line(out, text, m.start("v"), m.end("v"))
        # The chat positions' explanations start with "chat": decide/roles.py reads them so.
        for m in self.p_chat.finditer(text):
            self._emit(out, text, m.start("v"), m.end("v"), "chatafzender")
        for m in self.p_chat_system.finditer(text):
            self._emit_list(out, text, m.start("v"), m.end("v"), "chatdeelnemer")
            if m.group("w").strip():
                self._emit_list(out, text, m.start("w"), m.end("w"), "chatdeelnemer")
        return out

    def _block(self, out: list[Span], text: str, pos: int) -> None:
        for line in regex.finditer(r"\n[ \t]*(?:[-•*–][ \t]+)?(?P<v>[^\n]*)", text[pos:pos + 3000]):
            if not line.group("v").strip():
                if line.start() > 0:
                    break
                continue
            if line.group("v").rstrip().endswith(":"):  # the next field's label ("Toelichting:"): the block ends
                break
            self._emit(out, text, pos + line.start("v"), pos + line.end("v"), "deelnemerslijst")

    def _status_line(self, out: list[Span], text: str, start: int, end: int) -> None:
        """The names before an attendance status on a list line. A body or a thing on such a list is no person
        ("• Waterschap X afwezig", "• Rabobank verhinderd"): the name must open with initials or a word that is
        a listed name or no ordinary word, and a single word must be a listed name."""
        found: list[Span] = []
        self._emit_list(found, text, start, end, "naam met aanwezigheidsstatus", reversed_ok=True)
        for span in found:
            words = text[span.start:span.end].split()
            first = words[0]
            listed = self.lex.is_surname(first) or self.lex.is_first_name(first)
            if listed or len(words) > 1 and (first.endswith(".") or not (
                    self.lex.is_word(first) or first.lower() in self.lex.dutch_words)):
                out.append(span)

    def _table_row(self, out: list[Span], text: str, start: int, end: int) -> None:
        pos = start
        for cell in text[start:end].split("|"):
            value = cell.strip()
            if value and regex.fullmatch(rf"(?:{PARAPH}|{WORD})(?:[ \t]*,[ \t]*(?:{PARAPH}|{WORD}))*", value):
                items = [v.strip() for v in value.split(",")]
                if any(self.p_paraph.match(i) for i in items):  # a column of action holders
                    self._emit_list(out, text, pos, pos + len(cell), "actielijst", allow_paraph=True)
                elif self.lex.is_surname(value) and not self.lex.is_word(value):
                    self._emit(out, text, pos, pos + len(cell), "actielijst")
            pos += len(cell) + 1

    def _columns(self, out: list[Span], text: str) -> None:
        for start, end, label in self.column_fields(text):
            self._emit(out, text, start, end, COLUMN_FIELD + label)

    def column_label(self, text: str, start: int) -> str:
        """The label of the header table's column whose value line holds `start` ("" when none):
        decide/roles.py asks it of a name that a structure finding holds (a cache of one text)."""
        if self._column_cache is None or self._column_cache[0] is not text:
            self._column_cache = (text, self.column_fields(text))
        return next((label for s, e, label in self._column_cache[1] if s <= start < e), "")

    def column_fields(self, text: str) -> list[tuple[int, int, str]]:
        """A header table read column by column: three or more label lines, as many colon lines, then the
        values (up to the first empty line, a line with a colon, or one value per label). Empty cells
        leave no line, so a value is not paired with a label by its place but by its kind: the names among
        the values go, in their order, with the labels that hold a person (a contact or name field, a
        portfolio holder), and only when the two counts agree. (start, end, label) of each name line."""
        out = []
        lines = [(m.start(), m.end()) for m in regex.finditer(r"(?m)^[^\n]*", text)]
        i = 0
        while i < len(lines):
            labels = []
            while i < len(lines) and _LABEL_LINE.fullmatch(text, *lines[i]):
                labels.append(_LABEL_LINE.fullmatch(text, *lines[i]).group("label"))
                i += 1
            colons = 0
            while i < len(lines) and _COLON_LINE.fullmatch(text, *lines[i]):
                colons, i = colons + 1, i + 1
            if len(labels) < 3 or colons != len(labels):
                i += 0 if labels or colons else 1
                continue
            values = []
            while i < len(lines) and len(values) < len(labels) and text[slice(*lines[i])].strip() \
                    and ":" not in text[slice(*lines[i])]:
                values.append(lines[i])
                i += 1
            people = [label for label in labels if self._person_label(label)]
            names = [(s, e) for s, e in values if self._is_name(text[s:e].strip(), False)]
            if people and len(people) == len(names):
                out += [(s, e, label) for label, (s, e) in zip(people, names)]
        return out

    def _person_label(self, label: str) -> bool:
        """A label whose field holds a person: a contact, attendee or name field ("Naam opsteller",
        "Portefeuillehouder(s)")."""
        label = regex.sub(r"\((?:s|en)\)\Z", "", label.strip()).strip().lower()
        return label in self.person_labels

    def _signature(self, out: list[Span], text: str, pos: int) -> None:
        """The first line after a closing that is a name (office lines such as "de minister van X," and
        "namens deze," are skipped)."""
        seen = 0
        for line in regex.finditer(r"\n[ \t]*(?P<v>[^\n]*)", text[pos:pos + 600]):
            value = line.group("v").strip()
            if not value:
                continue
            seen += 1
            if seen > 4:
                return
            if value.endswith(",") or value.lower().startswith(("namens", "i.o.", "voor deze")):
                continue
            before = len(out)
            self._emit(out, text, pos + line.start("v"), pos + line.end("v"), "ondertekening")
            if len(out) > before:
                return


def across_page_breaks(finder: StructureFinder, document: Document, detector: str, entity: str,
                       score: float) -> list[Finding]:
    """Positions split by a page break: "Met vriendelijke groet," at the end of one page and the
    name at the top of the next."""
    out: list[Finding] = []
    for prev, page in zip(document.pages, document.pages[1:]):
        tail, head = prev.text[-300:], page.text[:800]
        for s in finder.spans(tail + head):
            if s.start >= len(tail):
                start, end = s.start - len(tail), s.end - len(tail)
                out.append(Finding(page=page.number, start=start, end=end, text=page.text[start:end],
                                   entity_type=entity, score=score, detector=detector,
                                   explanation=f"{s.why} (over een paginagrens)",
                                   detector_kind=DetectorKind.STRUCTURE))
    return out
