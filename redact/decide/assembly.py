"""The setting of a public record, and who in it acts in office (roles.py asks; docs/names.md).

Three kinds of public record name many people by their role in them:
- the minutes of a representative body (a council, Provinciale Staten, their committees): the
  attendance block names the mayor, the aldermen and the members ("Wethouders: Mevrouw ...",
  "De leden: de heer A.R. Barnhoorn (NT) ..."), often with a local party's short code that no list
  knows ("(LB)", "(NT)"); the minute taker, the management team and the civil servants stand under
  labels of their own ("Notulen:", "Managementteam:", "Ambtelijk:");
- the Handelingen of the Kamer: speaker lines ("Mevrouw Kuik (CDA):"), bare lists of members ("de
  volgende leden: Van Bochove, Dijsselbloem, ..."), the members announced absent item by item ("de volgende
  leden zich hebben afgemeld:\n\nA, B en Van C, wegens ziekte;"), and "mevrouw Kuik" or "de heer Van Nispen" in
  the chair's words: in a Handelingen document every such mention is a member or a minister;
- a published court ruling: the authorised representatives the court left visible ("gemachtigde:
  mr. I. Brouwer", "vertegenwoordigd door mr. S. Levelt, advocaat te Amsterdam, en J.S. Koek").

`Setting` is read once per text; the other functions are asked per mention. Pure, no state but a
small cache of the last texts' settings.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lexicon import Lexicon, phrases

# Labels of an attendance block whose names act in office (in a representative body's minutes).
OFFICE_LABELS = (
    "voorzitter", "vice-voorzitter", "vicevoorzitter", "plv. voorzitter", "waarnemend voorzitter", "leden", "de leden", "raadsleden",
    "raadslid", "commissieleden", "statenleden", "fractievoorzitters", "presidium", "wethouders", "wethouder",
    "burgemeester", "loco-burgemeester", "gedeputeerden", "gedeputeerde", "aanwezige gedeputeerden", "college",
    "collegeleden", "leden van het college", "leden van gedeputeerde staten", "aanwezig", "aanwezig zijn",
    "ook aanwezig", "ook aanwezig zijn", "tevens aanwezig", "verder aanwezig", "aanwezige leden", "afwezig",
    "afwezig zijn", "afwezig met kennisgeving", "met kennisgeving afwezig", "afgemeld", "bericht van verhindering",
    "berichten van verhindering",
    # the clerk of the body (the council's own official; "either" in bench/real), also as the label that a
    # page's layout ran together with the chair's ("Voorzitter: Griffier: de heer X de heer Y")
    "griffier", "raadsgriffier", "statengriffier", "commissiegriffier",
)
# Labels of an executive board whose names act in office, in any document ("College van Bestuur:\n\nVan
# Ast, Flierman, Zijm", "Portefeuillehouder: de heren M. van Poelgeest en F. Ossel", "Wijkwethouder
# stadsdeel Oost: ..."): up to three capitalised words (or stadsdeel, wijk, gebied, kern) may follow the
# label before its colon ("Raad van Bestuur UMCG:"), not a sentence ("Raad van Bestuur heeft besloten:").
BOARD_LABELS = (
    "college van bestuur", "raad van bestuur", "dagelijks bestuur", "college van b&w", "college van b en w",
    "college van burgemeester en wethouders", "portefeuillehouder", "portefeuillehouders", "wijkwethouder",
    "wijkwethouders",
)
# The words of OFFICE_LABELS that head an attendance block rather than name a row of it
_ATTENDANCE_WORDS = ("aanwezig", "afwezig", "afgemeld")
# Labels whose names are civil servants, contractors or citizens (in any document).
CIVIL_LABELS = (
    "notulen", "notulist", "notuliste", "notulering", "verslag", "verslaglegging", "verslaglegger", "managementteam",
    "ambtelijk", "ambtelijke ondersteuning", "ambtelijk aanwezig", "ambtenaren", "namens de organisatie",
    "secretaris", "ambtelijk secretaris", "adviseur", "adviseurs", "medewerkers", "toelichting door",
    "presentatie door", "insprekers", "inspreker", "publiek", "pers",
    "overigen",  # "- overigen: de heren Prins (GW), Van der Vegt (OWS), ...": the departments' staff
    # "Voorts aanwezig: M. Korpel J.T.A. Overdevest ..." after the members of a water board's committee: its staff
    # (an entry's own office still counts: "Voorts aanwezig: dhr. X (gedeputeerde)")
    "voorts aanwezig",
)
# In parentheses after a name: its holder speaks as a citizen or works for the body.
CIVIL_IN_PARENTHESES = ("notulist", "notuliste", "inspreker", "insprekers", "secretaris", "ambtelijk secretaris",
                        "verslag", "verslaglegging", "ambtenaar", "ambtelijk", "bewoner", "omwonende", "insprekend")
# In parentheses after the last name of a list ("de heer Smit, mevrouw Slachter en de heer Koome
# (insprekers)"): a plural role speaks for every name of the list.
CIVIL_PLURAL_IN_PARENTHESES = ("insprekers", "notulisten", "ambtenaren", "bewoners", "omwonenden", "medewerkers",
                               "adviseurs", "secretarissen", "ambtelijk aanwezig")
# A project's or programme's organisation names its principal twice, the administrative side (the elected
# portfolio holder) and the official side ("Opdrachtgever: X (ambtelijk), Y (bestuurlijk)"): the name with
# the administrative word acts in office when the official word stands after another name beside it.
ELECTED_IN_PARENTHESES = ("bestuurlijk", "bestuurlijke", "bestuurlijk opdrachtgever", "bestuurlijk trekker")
OFFICIAL_SIDE_IN_PARENTHESES = ("ambtelijk", "ambtelijke", "ambtelijk opdrachtgever", "ambtelijk trekker")
# The chair of the meeting in parentheses after a name in a body's record: "H. Koetje (voorzitter)"
CHAIR_WORDS = ("voorzitter", "vice-voorzitter", "vicevoorzitter", "plv. voorzitter", "plaatsvervangend voorzitter", "waarnemend voorzitter")
# The chair's signature closing a body's convocation or minutes on a line of its own, a blank line or the end after
# it ("A. de Vries, voorzitter.\n\n"): the name opens the line, the chair's word in apposition ends it
_CHAIR_ALT = phrases(CHAIR_WORDS)
_CHAIR_SIGNS = regex.compile(rf"[ \t]*,[ \t]*(?i:{_CHAIR_ALT})\.?[ \t]*(?:\n[ \t]*\n|\n?[ \t]*\Z)")
# A header table whose labels ran together before their values ("Verslaglegging door Telefoonnummer
# Mevrouw Walkate"): the person who takes the minutes or handles the letter.
_BY_CUE = regex.compile(r"(?i:(?<![\w-])(?:verslaglegging|verslag|notulen|genotuleerd|opgesteld|behandeld)[ \t]+door)"
                        r"(?P<labels>(?:[ \t]+\p{Lu}\p{Ll}+){0,3})[ \t]+(?:(?i:mevrouw|mw\.?|de[ \t]+heer|dhr\.?)[ \t]+)?\Z")

# A text between a label and a name of its block: names, initials, courtesy titles, parentheses,
# commas, semicolons, slashes ("Dhr. X / dhr. Y"), "en", bullets; no colon (another label) and no lower-case word of a sentence.
_LIST_GAP = regex.compile(  # atomic and possessive: a long list that fails must not backtrack over its initials
    r"(?>[\s,;/•*–-]|\([^()\n]{0,60}\)|(?i:en|te\s+weten|de\s+(?:heer|heren|dames)|mevrouw|mw\.?|dhr\.?|heer|heren"
    r"|dames|alsmede)(?![\w])|(?i:mr|drs|dr|ir|ing|prof|ds)\.|\p{Lu}[\w'’.-]*|(?:van|de|der|den|ter|ten|het|'t|te|op|in"
    r"|la|le|du|da|di|el)(?![\w])|\d{1,3}[.)]"
    # a roll call's own markers between its entries: the office after a name ("de heer X voorzitter mevrouw Y
    # griffier", "burgemeester/voorzitter;", "..., leden van de raad; alsmede"), a local party's number
    # ("Perspectief 21"), a substitute ("hij wordt vervangen door")
    r"|(?i:voorzitter|griffier|wethouders?|burgemeester|gemeentesecretaris|(?:leden|lid)[ \t]+van[ \t]+de[ \t]+raad"
    r"|(?:hij|zij)[ \t]+wordt[ \t]+vervangen(?:[ \t]+door)?)(?![\w])|\d{1,3}(?![\w.]))*+")
# A value opening after row labels that ran together without their colons ("Wethouders Notulist Griffier A.E. Bos,
# R. Smit M. de Vries H. Kok", "... Griffier de heer A. Bos mevrouw C. Kok"): a courtesy title, or initials not
# after a title (courtesy or academic) or other initials; neither after a comma, "en", "&" or "/".
_COURTESY = r"(?i:mevrouw|mw\.|de[ \t]+heer|dhr\.)(?![\w])"
_NOT_JOINED = r"(?<![,;/&][ \t\n]*)(?<!(?<![\w])(?i:en)[ \t\n]*)"  # not after a comma, "en", "&" or "/"
_ROW_OPENS = regex.compile(rf"{_NOT_JOINED}(?<![\w.'’-])"
                           rf"(?:{_COURTESY}|(?<!(?i:mevrouw|heer)[ \t]+)(?<!\.[ \t])(?:(?:IJ|Th|Ch|\p{{Lu}})\.[ \t]?)+"
                           rf"(?=[ \t]*\p{{L}}))")
# A courtesy title opening a new value after labels that ran together: not after a comma, "en", "&" or "/".
_VALUE_OPENS = regex.compile(rf"{_NOT_JOINED}(?<![\w]){_COURTESY}")
_SPEAKER_LINE = regex.compile(r"(?m)^(?:De[ \t]+heer|Mevrouw)[ \t][^\n:]{1,60}\([^()\n]{1,30}\):[ \t]*$")
_CHAIR_LINE = regex.compile(r"(?m)^[ \t]*De[ \t]+voorzitter:[ \t]*$")
_KAMER = regex.compile(r"\b(?:Kamer|Kamerlid|Kamerleden)\b")
_MEMBERS_OF_KAMER = regex.compile(r"(?i:leden[ \t]+der[ \t]+kamer)")
# The Handelingen's own formulas: with a speaker line they make a debate's record (one that never says "Kamer")
_DEBATE_FORMULA = regex.compile(r"(?m:^[ \t]*(?:De[ \t]+(?:algemene[ \t]+|verdere[ \t]+)?beraadslaging[ \t]+wordt"
                                r"[ \t]+(?:geopend|gesloten|hervat)|Aan[ \t]+de[ \t]+orde[ \t]+is[ \t]+de[ \t]+(?:behandeling|voortzetting)"
                                r"[ \t]+van))")
_BODY_WORDS = regex.compile(
    r"(?i:\b(?:gemeenteraad|raadsvergadering|raadsleden|raadscommissie|raad[ \t]+(?:der|van[ \t]+de)[ \t]+gemeente"
    r"|vergadering[ \t]+van[ \t]+de[ \t]+raad|provinciale[ \t]+staten|statenleden|statencommissie|stadsdeelraad"
    r"|eilandsraad|algemene[ \t]+vergadering|commissievergadering|provinciehuis|raadzaal|raadszaal|statenzaal"
    # a water board is a public body whose general board members are elected like a council's
    r"|publieke[ \t]+tribune|waterschap|waterschaps(?:blad|huis|bestuur)|hoogheemraadschap|wetterskip"
    # the general or executive board of a joint public body (a safety region's mayors, an environmental service's
    # aldermen): "Conceptverslag vergadering algemeen bestuur d.d. ..."
    r"|vergadering[ \t]+(?:van[ \t]+het[ \t]+)?(?:algemeen|dagelijks)[ \t]+bestuur|veiligheidsregio|veiligheidsberaad)\b)")
# An association's or party's meeting of its members ("Verslag Ledenvergadering", "ALV", "jaarvergadering"):
# its attendance list names members of an association, not of a representative body, also when the record
# talks about the water board or the council it follows.
_MEMBERS_MEETING = regex.compile(r"(?i:\b(?:(?:algemene[ \t]+)?leden[ \t]*vergadering|jaarvergadering)\b)|\bALV\b")
# A role stated after a list covers every name of it ("de heren A, B en C, allen vertegenwoordiger van
# de fractie X", "mevrouw D en de heer E, beiden lid van de raad").
# Also "de heer A en de heer B van de fractie VVD", "hebben mevrouw C en de heren D en E zich afgemeld".
_LIST_MEMBERS_AFTER = regex.compile(r"[ \t]*,?[ \t]*(?i:allen|beiden|allebei)[ \t]+(?i:vertegenwoordigers?|lid|leden)"
                                    r"[ \t]+(?i:van|der)(?![\w])|[ \t]+van[ \t]+de[ \t]+fractie(?![\w])"
                                    r"|[ \t]+zich[ \t]+(?:afgemeld|laten[ \t]+verontschuldigen)(?![\w])")
# The characters a group of names closed by its shared role may take (a water board's 25 hoofdingelanden)
MEMBERS_GROUP = 1500
# An entry's own role in apposition within a list: the entry closes there, a plural title after it is not its own
_OWN_ROLE = regex.compile(r"(?i:,[ \t]*(?:voorzitter|griffier|wethouder|burgemeester|gemeentesecretaris|secretaris)(?![\w-]))")
# Members announced absent before the list ("met kennisgeving afwezig zijn de heren A en B en mevrouw C",
# "bericht van verhindering is ontvangen van ...") in a body's record; and members named by their vote ("Tegen
# stemt de heer X", "Voor hebben gestemd mevrouw A en de heer B", "Zich van stemming onthouden heeft ...")
_ABSENT_BEFORE = regex.compile(r"(?i:(?<![\w-])(?:(?:met[ \t]+kennisgeving[ \t]+)?afwezig[ \t]+(?:zijn|is)"
                               r"|bericht[ \t]+van[ \t]+verhindering[ \t]+(?:is[ \t]+)?(?:ontvangen[ \t]+)?van"
                               r"|(?:voor|tegen)[ \t]+(?:stemt|stemmen|stemde|stemden|(?:heeft|hebben)[ \t]+gestemd)"
                               r"|(?:zich[ \t]+)?(?:van[ \t]+stemming[ \t]+)?(?:onthoudt|onthouden|onthield|onthielden)"
                               r"(?:[ \t]+zich)?(?:[ \t]+van[ \t]+stemming)?))[ \t]*")
# ... or after the name: "De heer X stemt tegen", "mevrouw Y onthoudt zich van stemming"
# ... or announced absent after the name: "De heer X is met kennisgeving afwezig", "Mevrouw Y heeft zich afgemeld"
_VOTE_AFTER = regex.compile(r"(?i:[ \t]+(?:stemt|stemde|stemmen|stemden)[ \t]+(?:voor|tegen)(?![\w-])"
                            r"|[ \t]+(?:onthoudt|onthield)[ \t]+zich(?![\w-])"
                            r"|[ \t]+(?:is|was)[ \t]+(?:met[ \t]+kennisgeving[ \t]+)?(?:afwezig|verhinderd)(?![\w-])"
                            r"|[ \t]+(?:heeft|had)[ \t]+zich[ \t]+(?:afgemeld|laten[ \t]+verontschuldigen)(?![\w-]))")
# An announcement of absent members that closes its line with a colon, its items below it ("Ik deel mee dat
# de volgende leden zich hebben afgemeld:\n\nA, wegens ziekte;\n\nB, C en Van D, wegens ...", "Berichten van
# verhindering zijn ingekomen van de leden:"): the clause names members ("leden", "Kamerleden", ...) and their
# absence. Each item is names joined by commas and "en", then optionally a reason after a comma, and ends in a
# semicolon, a full stop or its line; the block ends at its first line that is no such item or after a full stop.
# (the members' words are the plural office titles' that end in "leden": Assemblies.p_absence_clause)
_ABSENCE_WORD = r"(?<![\w-])(?:afgemeld|verhinderd|verhindering|afwezig|afwezigheid|verontschuldigd|kennisgeving)(?![\w-])"
_ABSENCE_ITEM = regex.compile(r"[ \t]*(?:[-•*–][ \t]+)?(?P<names>[^\n;]+?)(?:[ \t]*,[ \t]*(?P<reason>\p{Ll}[^\n;]*?))?[ \t]*(?P<end>;|\.(?=[ \t]*(?:\n|\Z))|(?=\n)|\Z)")
_ITEM_NAME = regex.compile(r"(?:(?i:de[ \t]+heer|mevrouw|mw\.|dhr\.)[ \t]+)?(?:(?:IJ|Th|Ch|\p{Lu})\.[ \t]?)*"
                           r"(?:(?:van|de|der|den|ter|ten|het|'t|te|in|op|la|le|du)[ \t]+)*\p{Lu}[\p{L}'’-]+"
                           r"(?:[ \t]+(?:(?:van|de|der|den|ter|ten|het|'t|te|in|op|la|le|du|tot)[ \t]+)*\p{Lu}[\p{L}'’-]+){0,3}")
# An institution in parentheses after a name: its staff, no faction ("(Noordelijke Rekenkamer)")
_INSTITUTION = regex.compile(r"(?i:(?:rekenkamer|ombudsman|accountants?|accountantsdienst|dienst|bureau|instituut"
                             r"|autoriteit|inspectie|rijkswaterstaat|planbureau)\Z)")
# A group named after its members in parentheses ("(Groep Van X)", "(Groep A/B)", "(Lid-X)", "(Fractie Van X)"):
# capitalised words, tussenvoegsels and slashes after "Groep", "Lid" or "Fractie"
# ... also a list named after its leader ("(Lijst Van X)", "(Lijst X – Y)": a married name's parts joined by a dash)
_NAMED_GROUP = regex.compile(r"(?i:groep|lid|fractie|lijst)(?:[ \t]+|-)((?:\p{Lu}[\p{L}'’-]*|van|de|der|den|ter|ten|het)"
                             r"(?:(?:[ \t]+|[ \t]*[/–-][ \t]*)(?:\p{Lu}[\p{L}'’-]*|van|de|der|den|ter|ten|het)){0,5})")
# The seats of a water board's general board in parentheses ("(bedrijfsgebouwd)", "(agrarisch ongebouwd)")
_WATER_BOARD_SEAT = regex.compile(r"(?i:(?:categorie[ \t]+)?(?:ingezetenen|natuurterreinen|natuur|bos-[ \t]+en[ \t]+natuureigenaren"
                                  r"|agrariërs|bedrijven"
                                  r"|(?:agrarisch|overig|bedrijfs)?[ \t]*(?:on)?gebouwd(?:[ \t]+agrarisch)?))")
# An attendance block at the head of a record ("Aanwezig: H. Koetje (voorzitter), ..., J.P. Wind
# (griffier)"): with a griffier (the clerk of a representative body; a court's clerk signs at the end of
# a ruling, not in an attendance block) it is a body's meeting, also when the heading does not name it
# ("Verslag besluiten 24 september"); not a court's record of a hearing ("Aanwezig: mr. A (rechter),
# mr. B (griffier), eiser").
_ATTENDANCE = regex.compile(r"(?i:(?<![\w-])(?:aanwezig|afwezig)(?:[ \t]+zijn)?[ \t]*:)")
_CLERK = regex.compile(r"(?i:(?<![\w-])(?:raads|staten|commissie)?griffier\b)")
ATTENDANCE_HEAD = 1500  # the characters an attendance block at the head of a record takes
# A court ruling: its ECLI or the court's name (also broken over lines by a heading: "AFDELING\nBESTUURSRECHTSPRAAK"),
# or the ruling's own opening grammar ("Uitspraak in het geding tussen:", "uitspraak van de meervoudige kamer in de
# zaak tussen", "Datum uitspraak:")
_JUDGMENT = regex.compile(r"ECLI:NL:|(?i:\b(?:rechtbank|gerechtshof|centrale\s+raad\s+van\s+beroep"
                          r"|afdeling\s+bestuursrechtspraak|college\s+van\s+beroep"
                          r"|uitspraak(?:\s+van\s+de\s+(?:enkelvoudige|meervoudige)\s+kamer)?\s+in\s+(?:het\s+geding|de\s+zaak)"
                          r"\s+tussen|datum\s+(?:van\s+)?uitspraak)\b)")
_PARTIES = regex.compile(r"(?i:\b(?:eiser|eiseres|eisers|verweerder|verweerster|appellant|appellante|verzoeker"
                         r"|verzoekster|gedaagde|belanghebbende)\b)")
_REPRESENTS = regex.compile(r"(?i:\b(?:gemachtigden?|vertegenwoordigd[ \t]+door|bijgestaan[ \t]+door"
                            r"|laten[ \t]+vertegenwoordigen[ \t]+door|advocaat|advocaten"
                            # a civil ruling's lawyers of record, as the court publishes them ("procureur: mr. X,")
                            r"|procureurs?(?![\w-])"
                            # the court itself: "gedaan door mr. X, rechter, in aanwezigheid van mr. Y, griffier"
                            r"|(?:gedaan|uitgesproken|gewezen)[ \t]+door|in[ \t]+(?:aanwezigheid|tegenwoordigheid)[ \t]+van"
                            r"|bestaande[ \t]+uit)\b)[ \t:]*")
# Who appeared at a ruling's hearing for the public body ("Namens verweerder is verschenen X", "Tevens is ing. Y,
# werkzaam bij de gemeente Z, verschenen"): the sentence says "verschenen" and ties the name to the body, by
# "namens"/"voor" the defendant or a body, or by the body the person works for. Someone who appeared with no such
# tie ("Tevens is ir. X verschenen": a party's expert or relative) is not concerned.
_BODY_WORDS_OF_RULING = (r"(?:verweerder|verweerster|verweerders|het[ \t]+college|de[ \t]+raad|het[ \t]+(?:dagelijks[ \t]+|algemeen[ \t]+)?bestuur"
                         r"|de[ \t]+(?:minister|staatssecretaris|gemeente|provincie|staat)|het[ \t]+(?:waterschap|hoogheemraadschap|ministerie))")
_APPEARED_FOR_BODY = regex.compile(
    rf"(?i:(?<![\w])(?:namens|voor)[ \t]+{_BODY_WORDS_OF_RULING}(?![\w])"
    rf"|(?<![\w])werkzaam[ \t]+(?:bij|voor)[ \t]+(?:de[ \t]+|het[ \t]+)?(?:verweerder|verweerster|gemeente|provincie"
    rf"|waterschap|hoogheemraadschap|ministerie|college)(?![\w]))")
_APPEARED = regex.compile(r"(?i:(?<![\w])verschenen(?![\w]))")
# ... and a clause that also names a private party or a relative ("en voor eiser zijn vader B") is not concerned
_PRIVATE_SIDE = regex.compile(r"(?i:(?<![\w])(?:eiser|eiseres|eisers|appellant|appellante|appellanten|verzoeker|verzoekster"
                              r"|verzoekers|belanghebbende|gedaagde|(?:zijn|haar|hun)[ \t]+(?:vader|moeder|zoon|dochter|broer|zus|zuster"
                              r"|partner|echtgenoot|echtgenote|vrouw|man|buurman|buurvrouw|vriend|vriendin|kind|kinderen"
                              r"|familie|kennis|tolk))(?![\w]))")
# A body's decision signed in two columns that the text layer ran together: the body's line, the two signers' roles
# on one line, their names on the next ("De raad van X,\nde griffier, de voorzitter,\nmr. A. B drs. C. D MPM"):
# the chair is the name on the chair's side of the line (column_chair).
_COLUMN_ROLES = regex.compile(
    r"(?:\A|\n)[ \t]*(?P<body>[^\n,]{0,30}(?i:raad|staten|bestuur|college|wethouders|heemraden)[^\n,]{0,40}),[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(?P<first>(?:[Dd]e[ \t]+)?\p{Ll}[\p{Ll}-]+(?:[ \t]+\p{Ll}[\p{Ll}-]+)?)[ \t]*,[ \t]*"
    r"(?P<second>(?:de[ \t]+)?\p{Ll}[\p{Ll}-]+(?:[ \t]+\p{Ll}[\p{Ll}-]+)?)[ \t]*,?[ \t]*\n(?:[ \t]*\n)?\Z")
# A sentence ends in the gap ("... verschenen. De heer"), not at an initial or a title's dot.
_DEPUTY = regex.compile(r"(?i:plv\.|plv(?![\w])|a\.i\.|i\.o\.)")  # a deputy's or an acting holder's mark after a name
_SENTENCE_END = regex.compile(r"(?<!\b\p{Lu}|\b(?:mr|drs|dr|ir|ing|prof|mw|dhr|Th|Ch|Chr|Ph|IJ))[.!?](?=\s+\p{Lu}\p{Ll})")
# Handelingen: who speaks ("Mevrouw Kuik (CDA):", "Minister Grapperhaus:") and the chair's grammar
# around a member's name ("Het woord is aan mevrouw Kuik", "Mijnheer Ulenbelt, steunt u", "Dank u wel,
# mevrouw Kuik", "met als eerste spreker de heer Renkema").
_SPEAKER = regex.compile(r"(?m)^[ \t]*(?:De[ \t]+heer|Mevrouw|Minister|Staatssecretaris|Minister-president)[ \t]+"
                         r"([^\n:()]{1,60}?)[ \t]*(?:\([^()\n]{1,30}\))?:[ \t]*$")
_CHAIR_BEFORE = regex.compile(
    r"(?i:(?:woord[ \t]+(?:is[ \t]+)?aan|woord[ \t]+aan|geef[ \t]+ik[ \t]+(?:nu[ \t]+)?(?:het[ \t]+woord[ \t]+)?aan"
    r"|dank[ \t]+u[ \t]+(?:wel)?,?|dank[ \t]+je[ \t]+wel,?|spreker|interruptie[ \t]+van|verzoek[ \t]+van"
    r"|^|\n)[ \t]*(?:de[ \t]+heer|mevrouw|mijnheer|meneer))[ \t]+\Z")
HEADING = 800  # the characters that name the meeting ("Notulen van de openbare vergadering van de raad ...")
_PLACE_GROUP = regex.compile(r"(?<![\w.'’-])(\p{Lu}[\w.'’-]*):(?=[ \t]+\p{Lu}\.|[ \t]*\Z)")
_ABBREVIATED_PLACE = regex.compile(r"(?:\p{Lu}\.)+-\p{Lu}\p{Ll}+")
_PAREN_ANY = regex.compile(r"\([ \t]*([^()\n]{1,60}?)[ \t]*\)")
_PAREN_AFTER = regex.compile(r"[ \t]*\([ \t]*([^()\n]{1,60}?)[ \t]*\)")
_DASH_ROLE_LINE = regex.compile(r"[ \t]+[-–][ \t]+([\p{L}. -]{1,30}?)[ \t]*(?:\n|\Z)")  # "X - Voorzitter" closing its line
_COMMA_PAREN_AFTER = regex.compile(r"[ \t]*,[ \t]*\([ \t]*([^()\n]{1,30}?)[ \t]*\)")
# An attendance entry's function in apposition, the entry closed after it ("X, voorzitter; de heren ...")
_CHAIR_ENTRY = regex.compile(r"[ \t]*,[ \t]*([\p{L}. -]{1,30}?)[ \t]*(?=[;,]|\.?[ \t]*(?:\n|\Z))")
_PARTY_CLOSE = regex.compile(r"[ \t]+([^()\n,;]{1,30}?)[ \t]*\)")  # "X VVD),": a party's lost opening parenthesis


def _sort_key(name: str) -> str:
    """A surname as a roll call sorts it: its last capitalised word, particles left out ("Van der Tuuk" -> "tuuk")."""
    words = regex.findall(r"\p{Lu}[\p{L}'’-]*", name)
    return words[-1].lower() if words else ""


def _alphabetical_roll(before: str, name: str) -> bool:
    """ "..., mevrouw Sikkema, mevrouw Smit (verslaglegging), de heer Swierstra": the staff entry stands in a roll
    call sorted by surname (the two entries before it and the name after it in order), so the names after it are
    the roll call's members, not the body's staff."""
    entries = [e for e in regex.split(r"[ \t]*(?:,|;|(?<![\w])en(?![\w]))[ \t]*", before[-200:]) if _sort_key(e)]
    if len(entries) < 3:
        return False
    keys = [_sort_key(e) for e in entries[-3:]] + [_sort_key(name)]
    return keys == sorted(keys)


def _is_code(head: str) -> bool:
    """A party's short code: "NT", "LB", "VLW", "D66", not initials ("J.K.") or a word."""
    return bool(regex.fullmatch(r"[A-Z0-9][A-Za-z0-9&/+.'-]{1,11}", head)) and sum(c.isupper() for c in head) >= 2 \
        and not regex.search(r"\p{Ll}{3}", head) and not regex.fullmatch(r"(?:\p{Lu}\.)+", head)


def degrees_after(lexicon: Lexicon) -> str:
    """The pattern of one degree written after a name (" MBA", ", MSc", " LL.M."), from the shipped list."""
    degrees = "|".join(regex.escape(t) for t in lexicon.post_nominal_degrees) or r"(?!x)x"
    return rf"[ \t]*,?[ \t]+(?:{degrees})\.?(?![\w])"


def _one_list(gap: str) -> bool:
    """Whether the text between a name and a role stated for a list is only that list's names and
    separators: no label, no second list, no sentence end."""
    return ":" not in gap and ";" not in gap and not _SENTENCE_END.search(gap) and bool(_LIST_GAP.fullmatch(gap))


@dataclass(frozen=True)
class Setting:
    assembly: bool  # the minutes of a representative body: council, Provinciale Staten, their committees
    parliament: bool  # Handelingen (or a council's verbatim minutes): speaker lines, the chair's lines
    judgment: bool  # a published court ruling


class Assemblies:
    """Built once per worker from the lexicon (Roles holds one)."""

    def __init__(self, lexicon: Lexicon):
        self.not_codes = frozenset(lexicon.not_names) | frozenset(t.lower() for t in lexicon.civil_servant_titles) \
            | frozenset(t.lower() for t in lexicon.office_titles)
        party_re = phrases(lexicon.parties) or r"(?!x)x"
        self.p_party = regex.compile(rf"(?<![\w-])(?:{party_re})(?![\w-])")
        self.parties_folded = frozenset(p.lower() for p in lexicon.parties if len(p) >= 6)  # "Christenunie"
        # "de heren Gelling en Boels van het CDA": the party after the last name of a list
        self.p_list_party_after = regex.compile(rf"[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?(?:{party_re})(?![\w-])")
        # "alsmede de heren A, B en C, wethouders;": a plural office title after the last name of a list
        plural_re = phrases(lexicon.office_titles_plural) or r"(?!x)x"
        # ... also without its comma when the title closes the group ("..., B.E. de Vos en ir. G. Smit hoofdingelanden;")
        self.p_list_office_after = regex.compile(rf"[ \t]*,[ \t]*(?i:{plural_re})(?![\w-])"
                                                 rf"|[ \t]+(?i:{plural_re})(?=[ \t]*(?:[;,.:]|\n|\Z))")
        members = "|".join(sorted({t.split()[-1] for t in lexicon.office_titles_plural if t.endswith("leden")},
                                  key=len, reverse=True)) or r"(?!x)x"
        members = rf"(?<![\w-])(?:{members})(?![\w-])"  # "leden", "Kamerleden", "raadsleden"; not "teamleden"
        self.p_absence_clause = regex.compile(rf"(?i:{members}[^\n:]*{_ABSENCE_WORD}|{_ABSENCE_WORD}[^\n:]*{members})")
        self.p_party_row = regex.compile(rf"[ \t]*(?:{party_re})[ \t]+\p{{Lu}}[\w.'’ -]*$")
        self.p_party_rows = regex.compile(rf"(?m:^[ \t]*(?:{party_re})[ \t]+\p{{Lu}}[\w.'’ -]*$)")
        self.p_party_after_name = regex.compile(rf"\p{{Lu}}[\w'’-]+[ \t]*\([ \t]*(?:{party_re})[ \t]*[,)]")
        self.p_office_label = self._labels(OFFICE_LABELS)
        self.p_body_label = self._body_labels(lexicon.body_labels)
        # a run of two or more row labels without colons before the first value's initials ("... Wethouders
        # Notulist Griffier A.E. Bos"): the one-word labels of an attendance table, no attendance word itself
        rows = sorted({t for t in (*OFFICE_LABELS, *CIVIL_LABELS) if " " not in t} - set(_ATTENDANCE_WORDS),
                      key=len, reverse=True)
        self.row_kinds = {**{t: "office" for t in OFFICE_LABELS}, **{t: "civil" for t in CIVIL_LABELS}}
        self.p_bare_run = regex.compile(rf"(?<![\w-])(?:(?i:{'|'.join(rows)})(?:[ \t]+|[ \t]*\n[ \t]*)){{2,}}"
                                        rf"(?=(?:IJ|Th|Ch|\p{{Lu}})\.|{_COURTESY})")
        # ... or with one colon after the last label, the values after it each opened by a colon of its own
        # ("Voorzitter Griffier Notulist : de heer A : mevrouw B : mevrouw C"): the colon column read with its values
        self.p_colon_run = regex.compile(rf"(?<![\w-])(?:(?i:{'|'.join(rows)})(?:[ \t]+|[ \t]*\n[ \t]*)){{1,}}"
                                         rf"(?i:{'|'.join(rows)})[ \t]*:")
        self.p_civil_label = self._labels(CIVIL_LABELS)
        board = phrases(sorted(BOARD_LABELS, key=len, reverse=True))
        self.p_board_label = regex.compile(rf"(?i:(?<![\w-])(?:{board}))"
                                        rf"(?:[ \t]+(?:\p{{Lu}}[\w&'’-]*|stadsdeel|wijk|gebied|kern)){{0,3}}(?:[ \t]*:|[ \t]*\n)")
        # the places of the lists (no hand-made word, no title): "Alblasserdam:" groups a roll call's members
        self.places = frozenset(lexicon.not_names) - frozenset(lexicon.hand_not_names) - frozenset(
            t.lower() for t in (*lexicon.civil_servant_titles, *lexicon.office_titles))
        self.civil_parens = frozenset(CIVIL_IN_PARENTHESES)
        self.civil_plural_parens = frozenset(CIVIL_PLURAL_IN_PARENTHESES)
        self.dutch_words = lexicon.dutch_words
        self.names = lexicon.known_names
        # "VVD mevrouw Van Dobben de Bruijn, de heer Brill, de heer Van Staalduinen PvdA mevrouw Matil":
        # a listed party as the bare separator of a committee's attendance line
        self.p_party_before_title = regex.compile(
            rf"(?<![\w-])(?P<party>{party_re})[ \t]+(?=(?:de[ \t]+heer|de[ \t]+heren|de[ \t]+dames|mevrouw|mw\.?|dhr\.?)(?!\w))")
        self.local_party_words = tuple(lexicon.local_party_words)
        self.venue_words = frozenset(lexicon.venue_words)
        self.organisation_words = frozenset(lexicon.hand_not_names) - frozenset(t.lower() for t in lexicon.office_titles)
        self.p_degrees = regex.compile(degrees_after(lexicon))  # "MBA" after a name
        # a residents' body named in a record's heading ("Bestuurlijk overleg Dorpsraad X", "Notulen wijkraadvergadering")
        residents = phrases(lexicon.residents_bodies) or r"(?!x)x"
        self.p_residents_body = regex.compile(rf"(?i:(?<![\w-])(?:{residents}))")
        self._cache: dict[int, tuple[str, Setting]] = {}

    @staticmethod
    def _labels(labels: tuple[str, ...]) -> regex.Pattern:
        alt = phrases(sorted(labels, key=len, reverse=True))
        # "Wethouders:", "De leden :", or a label alone on its line above the names ("Voorzitter\nD Logemann")
        # and "Voorzitter - H.P. Klazenga" at a line start (a video index's speaker)
        return regex.compile(rf"(?i:(?<![\w-])(?:{alt}))(?:[ \t]*:|[ \t]*\n)|(?m:^[ \t]*(?i:{alt})[ \t]+[-–][ \t]+)")

    @staticmethod
    def _body_labels(labels: tuple[str, ...]) -> regex.Pattern:
        """A roster's label that names a governing body before its members ("GS: mw. A en dhr. B", "College: ..."):
        an abbreviation (no lower-case letter) exactly, also inside a line a layout ran together ("... dhr. B GS:
        mw. C"); a word in any case at a line's start, after a bullet. The colon is required."""
        def alt(items) -> str:
            return phrases(items) or r"(?!x)x"
        short = [t for t in labels if not regex.search(r"\p{Ll}", t)]
        words = [t for t in labels if regex.search(r"\p{Ll}", t)]
        return regex.compile(rf"(?<![\w&-])(?:{alt(short)})[ \t]*:"
                             rf"|(?m:(?<=^[ \t]*(?:[-•*–][ \t]*)?)(?i:{alt(words)})[ \t]*:)")

    def setting(self, text: str) -> Setting:
        key = id(text)
        hit = self._cache.get(key)
        if hit is not None and hit[0] is text:
            return hit[1]
        speaker = _SPEAKER_LINE.search(text)
        chair_line = _CHAIR_LINE.search(text)
        parties_after = len(self.p_party_after_name.findall(text))  # "Omtzigt (CDA)", "het lid Elissen (PVV)"
        parliament = bool(_MEMBERS_OF_KAMER.search(text)) or bool(
            (speaker or chair_line) and (_KAMER.search(text) or _DEBATE_FORMULA.search(text))) \
            or bool(speaker and chair_line) \
            or bool(chair_line and parties_after >= 2)
        # the body meets in this record: its name in the heading, or members with their parties
        head = text[:ATTENDANCE_HEAD]
        attendance = _ATTENDANCE.search(head)
        members_meeting = bool(_MEMBERS_MEETING.search(text[:HEADING]))
        body = _BODY_WORDS.search(text[:HEADING])
        # a residents' body's own minutes (named before any council word) that go on about "de raadsvergadering"
        residents = self.p_residents_body.search(text[:body.start()]) if body else None
        assembly = bool(body) and not members_meeting and not residents \
            or parties_after >= 2 \
            or bool(attendance and _CLERK.search(head, attendance.start())
                    and not _JUDGMENT.search(head) and not _PARTIES.search(head)) \
            or len(self.p_party_rows.findall(text)) >= 2  # "GroenLinks I Kleinrensink\nSP M.J. ten Broeke"
        found = Setting(assembly=assembly, parliament=parliament,
                        judgment=bool(_JUDGMENT.search(text) and _PARTIES.search(text)))
        if len(self._cache) > 16:
            self._cache.clear()
        self._cache[key] = (text, found)
        return found

    def local_party(self, name: str) -> bool:
        """A local party written out: capitalised words with a party's word, whole or as the end of a
        compound ("Gemeente Belangen", "Leefbaar Stadskanaal", "Dorpsbelangen", "Stadspartij")."""
        words = [w.lower() for w in name.split()]
        if any(w in self.venue_words for w in words):
            return False  # "Stichting Dorpsbelangen", "Vereniging Leefbaar Centrum": an association
        return bool(words) and all(w[:1].isalpha() for w in words) and any(
            w == p or (len(w) > len(p) + 3 and w.endswith(p)) for w in words for p in self.local_party_words)

    def speakers(self, text: str) -> frozenset[str]:
        """The surnames (last word, lower case) of the Handelingen document's speakers."""
        return frozenset(m.group(1).split()[-1].lower() for m in _SPEAKER.finditer(text) if m.group(1).split())

    def outside_roll_call(self, text: str, surname: str) -> bool:
        """A closed roll call: the record opens with an attendance block ("Aanwezig: ..." in its head) of
        three or more entries, and `surname` (lower case) stands nowhere in that block, read to its first
        blank line. The chair's "de heer X" is then no member of the sitting by the chair's grammar alone (an
        usher, a civil servant at the door)."""
        attendance = _ATTENDANCE.search(text, 0, ATTENDANCE_HEAD) or self.p_office_label.search(text, 0, ATTENDANCE_HEAD)
        if not attendance or not surname:
            return False
        blank = text.find("\n\n", attendance.end())
        block = text[attendance.end():blank if blank >= 0 else len(text)]
        entries = len(regex.findall(r"(?i:(?<![\w-])(?:de[ \t]+heer|mevrouw|mw\.|dhr\.))|\p{Lu}[\w'’-]+[ \t]*\(", block))
        return entries >= 3 and not regex.search(rf"(?i:(?<![\w-]){regex.escape(surname)}(?![\w-]))", block)

    def chair_grammar(self, text: str, start: int) -> bool:
        """ "Het woord is aan mevrouw Kuik", "Mijnheer Ulenbelt," at a line start: the chair's words."""
        return bool(_CHAIR_BEFORE.search(text[max(0, start - 60):start]))

    def table_faction(self, text: str, start: int, end: int) -> str:
        """A members' table whose rows open with the faction ("GroenLinks I Kleinrensink", then
        "Burgerbelang P.I. Ackermans"): the first word of a row whose neighbours open with a listed
        party and a name. Returns that word, or ""."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        head = regex.match(r"[ \t]*(\p{Lu}[\w'’&-]*)[ \t]+(?=\p{Lu})", text[line_start:line_end])
        if not head or start > line_start + head.end() or end < line_end - 1 and text[end:line_end].strip():
            return ""
        lines = text[max(0, line_start - 400):min(len(text), line_end + 400)].split("\n")
        here = text[max(0, line_start - 400):line_start].count("\n")
        near = lines[max(0, here - 3):here] + lines[here + 1:here + 4]
        rows = sum(bool(self.p_party_row.match(line)) for line in near)
        return head.group(1) if rows >= 2 else ""

    def faction_after(self, text: str, end: int) -> str:
        """The faction in parentheses after a name in a representative body's record: a listed party
        anywhere in it ("(De Progressieve Combinatie PvdA/GL/D66)"), a short code no list knows
        ("(NT)", "(LB)", "(NT, afwezig op 19-12)"), or capitalised words that follow two names or more
        ("(Burgerbelang)"). Functions ("(notulist)", "(Programma Manager)") are none."""
        m = _PAREN_AFTER.match(text, end)
        if not m:
            comma = _COMMA_PAREN_AFTER.match(text, end)
            # a stray comma before the party or seat: "ondervoorzitter, J.W.M. Engels, (D66), ...", "J. Kievit, (Natuur, tot uur)"
            if comma and self.p_party.fullmatch(comma.group(1)):
                return comma.group(1)
            seat = comma.group(1).split(",")[0].strip() if comma else ""
            if seat and _WATER_BOARD_SEAT.fullmatch(seat):
                return seat
            return self._party_without_opening(text, end)
        inner = m.group(1)
        head = inner.split(",")[0].strip()
        listed = [p.strip() for p in inner.split(",")[1:] if self.p_party.fullmatch(p.strip())]
        if listed and head.lower() not in self.civil_parens:
            return listed[0]  # "(voorzitter, CDA)", "(plv. lid, D66)": the chair's or a member's party after his role
        if not head or head.lower() in self.civil_parens or head.lower() in self.not_codes:
            return ""
        if _INSTITUTION.search(head):
            return ""  # "(Noordelijke Rekenkamer)" after two guests: an institution's staff, no faction
        if self.p_party.search(inner) or head.lower() in self.parties_folded \
                or _WATER_BOARD_SEAT.fullmatch(head):  # "(Christenunie)", "(bedrijfsgebouwd)"
            return head
        if _is_code(head):
            if self._civil_code(text, head):
                return ""  # "(GW)" also stands after a name under "overigen:": a department's code
            if self.beside_a_party(text, m.start(), m.end()) \
                    or len(regex.findall(rf"\p{{L}}[ \t]*\([ \t]*{regex.escape(head)}[ \t]*[,)]", text)) >= 2 \
                    or regex.search(rf"(?i:fractie(?:[ \t]+van)?(?:[ \t]+(?:de|het))?)[ \t]+{regex.escape(head)}(?![\w-])"
                                    rf"|(?<![\w-]){regex.escape(head)}-fractie(?![\w-])", text):
                # "NT", "LB", "VLW": beside members with listed parties, or after two names or more (a
                # guest's "(RIVM)" once, or the auditor's "(KPMG)" among the officials after the members,
                # is an organisation); or the record names it a faction elsewhere ("Fractie PRO (6)",
                # "de fractie van LB", "de fractie van het CVO", "de LB-fractie")
                return head
        if self._named_group(text, m.start(), head):
            return head  # "Mevrouw Van X (Groep Van X)": a group split off from a faction, named after its member
        if all(w[:1].isupper() for w in head.split()) and len(head.split()) <= 4 \
                and (text.count("(" + inner + ")") + text.count("( " + inner + " )") >= 2 or self.local_party(head)):
            return head  # "(Burgerbelang)" after two names or more, "(Leefbaar Stadskanaal)" once
        return ""

    @staticmethod
    def _named_group(text: str, start: int, head: str) -> bool:
        """ "(Groep Van X)", "(Groep A/B)", "(Lid-X)" after a name: a group of members that split off from its
        faction and is named after them, when the group's name holds the surname before it (not "(Groep Wonen)")."""
        group = _NAMED_GROUP.fullmatch(head)
        if not group:
            return False
        surname = regex.search(r"(\p{Lu}[\p{L}'’-]*)[ \t]*\Z", text[max(0, start - 40):start])
        words = {w.lower() for w in regex.split(r"[ \t]*[/–][ \t]*|[ \t]+-[ \t]+|[ \t]+", group.group(1))}
        return bool(surname and surname.group(1).lower() in words)

    def _party_without_opening(self, text: str, end: int) -> str:
        """A roll call's typo of its punctuation: a listed party and a closing parenthesis after a name,
        its opening one lost ("de heer X VVD), de heer Y (CDA)"), between entries with a party in
        parentheses. Returns the party, or ""."""
        m = _PARTY_CLOSE.match(text, end)
        if not m or not self.p_party.fullmatch(m.group(1)) or not self.beside_a_party(text, m.start(), m.end()):
            return ""
        return m.group(1)

    @staticmethod
    def elected_beside_official(text: str, start: int, end: int) -> bool:
        """ "Y (bestuurlijk)" with "X (ambtelijk)" on the same line, or the line next to it: the elected
        side of a pair of principals (ELECTED_IN_PARENTHESES)."""
        m = _PAREN_AFTER.match(text, end)
        if not m or m.group(1).lower() not in ELECTED_IN_PARENTHESES:
            return False
        lo = text.rfind("\n", 0, text.rfind("\n", 0, start)) + 1
        hi = text.find("\n", text.find("\n", m.end()) + 1)
        around = text[lo:hi if hi >= 0 else len(text)]
        return any(p.group(1).lower() in OFFICIAL_SIDE_IN_PARENTHESES for p in _PAREN_ANY.finditer(around))

    def _civil_code(self, text: str, code: str) -> bool:
        """A short code in parentheses after a name that stands under a civil label ("overigen:")."""
        for hit in regex.finditer(rf"\(\s*{regex.escape(code)}\s*[,)]", text):
            name = regex.search(r"\p{Lu}[\w'’-]*[ \t]*\Z", text[max(0, hit.start() - 40):hit.start()])
            if name and self.field_label(text, hit.start() - len(name.group(0)))[0] == "civil":
                return True
        return False

    def beside_a_party(self, text: str, start: int, end: int) -> bool:
        """The entries of the list next to this one ("de heer A (CDA) de heer B (BPP) de heer C (PvdA)")
        carry a listed party in parentheses: the members of a body are listed together, its guests and
        officials after them ("de heer X (teamleider financiën) de heer Y (KPMG) de heer Z (notulist)")."""
        before = [m for m in _PAREN_ANY.finditer(text, max(0, start - 160), start)]
        after = _PAREN_ANY.search(text, end, min(len(text), end + 160))
        near = ([(before[-1], text[before[-1].end():start])] if before else []) + \
            ([(after, text[end:after.start()])] if after else [])
        return any(self._code_or_party(m.group(1).split(",")[0].strip())
                   and not self._civil_code(text, m.group(1).split(",")[0].strip())  # "(GW)" of "overigen:"
                   and not self._civil_role_inside(m.group(1))  # "(SMN, inspreker)": a code of a citizen's body
                   and "\n\n" not in gap and not _SENTENCE_END.search(gap) for m, gap in near)

    def _civil_role_inside(self, inner: str) -> bool:
        """Parentheses that name a civil role after the code ("SMN, inspreker"): no faction of a member."""
        return any(part.strip().lower() in self.civil_parens for part in inner.split(",")[1:])

    def organisation_in_parentheses(self, inner: str) -> bool:
        """ "de heer J. Wokke (KPMG)" in an "Aanwezig:" block, once no faction: a guest from an
        organisation (a capitalised name or code that is no party, place or office), not a member."""
        head = inner.split(",")[0].strip()
        unit = regex.match(r"(\p{Ll}+)[ \t]+\p{Lu}", head)  # "(directie Ambulancezorg X)": a unit of an organisation
        return bool(regex.match(r"\p{Lu}", head) or unit and unit.group(1) in self.organisation_words) \
            and not self.p_party.search(head) and not self.local_party(head) \
            and head.lower() not in self.not_codes - self.organisation_words

    def _code_or_party(self, head: str) -> bool:
        """A listed party ("CDA") or a short code's shape ("LB", "NT", "BPP") that is no listed word."""
        parts = [p for p in regex.split(r"[-/ ]+", head) if p]
        return bool(parts) and all(self.p_party.fullmatch(p) or p.lower() in self.parties_folded
                                   or p.lower() not in self.not_codes and _is_code(p)
                                   for p in parts)  # "CDA", "ChristenUnie-SGP", "LB"

    def party_group(self, text: str, start: int) -> str:
        """In a body's attendance line whose parties stand bare between the names ("VVD mevrouw X,
        de heer Y PvdA mevrouw Z"): the party that opens the group the name stands in, or ""."""
        window = text[max(0, start - 300):start]
        last = None
        for last in self.p_party_before_title.finditer(window):
            pass
        if last is None:
            return ""
        gap = window[last.end():]
        if ":" in gap or not _LIST_GAP.fullmatch(gap):
            return ""
        return " ".join(last.group("party").split())

    def list_role_after(self, text: str, end: int) -> str:
        """The plural role in parentheses after the list the name stands in ("de heer Smit, mevrouw
        Slachter en de heer Koome (insprekers)"), or ""."""
        window = text[end:end + 300]
        bracket = window.find("(")
        if bracket < 0:
            return ""
        gap, m = window[:bracket], _PAREN_AFTER.match(window, bracket)
        if not m or ":" in gap or _SENTENCE_END.search(gap) or not _LIST_GAP.fullmatch(gap):
            return ""
        role = " ".join(m.group(1).split()).lower()
        return role if role in self.civil_plural_parens else ""

    def members_after(self, text: str, end: int) -> str:
        """ "..., J.H.J. van der Linden en H.W.M. Salden, allen vertegenwoordiger van de fractie X": the
        shared role after the list the name stands in, or ""."""
        window = text[end:end + MEMBERS_GROUP]
        offices = list(self.p_list_office_after.finditer(window))
        hits = sorted([*_LIST_MEMBERS_AFTER.finditer(window), *self.p_list_party_after.finditer(window), *offices],
                      key=lambda m: m.start())
        if not hits or not _one_list(window[:hits[0].start()]):
            return ""
        if hits[0] in offices and _OWN_ROLE.search(window[:hits[0].start()]):
            return ""  # "mevrouw X, gemeentesecretaris, de heren A en B, wethouders": X's entry has a role of its own
        return " ".join(hits[0].group(0).strip(" ,").split()).lower()

    @staticmethod
    def absent_before(text: str, start: int, end: int | None = None) -> str:
        """ "met kennisgeving afwezig zijn de heren Kuijper en Kleuver en mevrouw X", "Tegen stemt de heer
        X": the announcement of absent or voting members the list the name stands in follows, or the vote
        right after the name ("X stemt tegen"); else ""."""
        if end is not None and (vote := _VOTE_AFTER.match(text, end)):
            return " ".join(vote.group(0).split()).lower()
        window = text[max(0, start - 300):start]
        last = None
        for last in _ABSENT_BEFORE.finditer(window):
            pass
        if last is None:
            return ""
        if not _one_list(window[last.end():]):
            return ""
        return " ".join(last.group(0).split()).lower()

    def announced_absent(self, text: str, start: int) -> str:
        """ "de volgende leden zich hebben afgemeld:\n\nA, wegens ziekte;\n\nB, C en Van D, wegens ...": the
        clause announcing absent members (p_absence_clause) whose items (names, then a reason) the name stands
        in, among the names of its item; else ""."""
        lo = max(0, start - 3000)
        clauses = [m for m in self.p_absence_clause.finditer(text, lo, start)
                   if regex.match(r"[^\n:]*:", text[m.end():start])]
        if not clauses:
            return ""
        clause = clauses[-1]
        at = text.index(":", clause.end()) + 1
        while at < start:
            while at < len(text) and text[at] in " \t\n":
                at += 1
            item = _ABSENCE_ITEM.match(text, at)
            if not item or not item.group("names").strip():
                return ""
            names = regex.split(r"[ \t]*,[ \t]*|[ \t]+en[ \t]+", item.group("names").strip())
            if not all(_ITEM_NAME.fullmatch(n) for n in names):
                return ""  # the block ended: a sentence, a heading
            if item.start("names") <= start < item.end("names"):
                return " ".join(clause.group(0).split()).lower()
            if item.group("end") == "." or item.end() <= at:
                return ""
            at = item.end()
        return ""

    def by_cue(self, text: str, start: int) -> str:
        """ "Verslaglegging door Telefoonnummer Mevrouw Walkate": the labels of a header table ran
        together before the name of the minute taker (or the civil servant handling a letter)."""
        m = _BY_CUE.search(text[max(0, start - 100):start])
        if not m:
            return ""
        labels = m.group("labels").split()
        if any(w in self.names or w.lower() not in self.dutch_words for w in labels):
            return ""  # "Opgesteld door Jan Jansen": a name, no labels between
        return " ".join(m.group(0).split()[:2])

    @staticmethod
    def chair(text: str, end: int, roll: bool = False) -> bool:
        """ "H. Koetje (voorzitter)": the chair of the meeting, in parentheses after the name; with `roll` (the
        name stands in an attendance block) also in apposition, its entry closed ("Aanwezig: mevrouw X,
        voorzitter; de heren ...")."""
        m = _PAREN_AFTER.match(text, end) or (_CHAIR_ENTRY.match(text, end) if roll else None)
        return bool(m) and " ".join(m.group(1).split()).lower() in CHAIR_WORDS

    @staticmethod
    def chair_dash(text: str, start: int, end: int) -> bool:
        """ "Aat Grinwis - Voorzitter" alone on its line (a transcript's speaker heading): the chair of the meeting."""
        if text[text.rfind("\n", 0, start) + 1:start].strip():
            return False
        m = _DASH_ROLE_LINE.match(text, end)
        return bool(m) and " ".join(m.group(1).split()).lower() in CHAIR_WORDS

    def chair_signs(self, text: str, start: int, end: int) -> bool:
        """ "A. de Vries, voorzitter." alone on its line above a blank line: the chair signs the body's record; not
        when the line above speaks for another body ("namens het bestuur,") or the line below names one
        ("Bewonersvereniging X": a venue's or an association's word, `venue_words`, also as a compound's end)."""
        line_start = text.rfind("\n", 0, start) + 1
        m = _CHAIR_SIGNS.match(text, end)
        if text[line_start:start].strip() or not m:
            return False
        above = [line for line in text[max(0, line_start - 200):line_start].split("\n") if line.strip()][-1:]
        below = [line for line in text[m.end():m.end() + 200].split("\n") if line.strip()][:1]
        if "namens" in regex.findall(r"\p{L}+", " ".join(above).lower()):
            return False
        return not any(w.endswith(o) for w in regex.findall(r"\p{L}+", " ".join(below).lower())
                       for o in self.venue_words if len(o) >= 4)

    def field_label(self, text: str, start: int) -> tuple[str, str]:
        """The label of the attendance block a name stands in: ("office", "Wethouders"), ("civil",
        "Notulen"), ("board", "College van Bestuur"), ("body", "GS") or ("", "") when the name is in no such block. Only names, initials, titles,
        parentheses and separators may stand between the label and the name."""
        lo = max(0, start - 1500)
        window = text[lo:start]
        row = self._row_label(window, text, start)
        if not row[0]:
            row = self._colon_rows(window, text, start)
        if row[0]:
            return row
        best = None
        # (a body's label first: "College:" is also an office label of a council's minutes, and wins the tie)
        labels = (("body", self.p_body_label), ("office", self.p_office_label), ("civil", self.p_civil_label),
                  ("board", self.p_board_label))
        # (the label nearest the name; of labels ending at one place the longest: "Voorts aanwezig:", not its "aanwezig:")
        for kind, pattern in labels:
            for m in pattern.finditer(window):
                if best is None or m.end() > best[1].end() or (m.end() == best[1].end() and m.start() < best[1].start()):
                    best = (kind, m)
        if best is None:
            return "", ""
        kind, m = best
        gap = window[m.end():]  # after the last label of a run
        # Labels that ran together ("Voorzitter: Griffier: de heer Schaapman de heer Van Lingen"): the
        # names follow the first label of the run, unless their groups match the labels one by one.
        chain = [(kind, m)]
        while True:
            # (a label alone on its line, with no colon, above a blank line is a heading: "Verslag\n\nGS: ...")
            run = [(k, p) for k, pattern in labels
                   for p in pattern.finditer(window, 0, m.start()) if not window[p.end():m.start()].strip()
                   and not (not p.group(0).rstrip().endswith(":") and "\n" in window[p.end():m.start()])]
            if not run:
                break
            kind, m = min(run, key=lambda km: km[1].start())
            chain.insert(0, (kind, m))
        if len(chain) > 1:
            kind, m = chain[self._value_group(gap, text, start, len(chain))]
        if kind == "office":
            gap = self._without_place_groups(gap)
        if ":" in gap or not _LIST_GAP.fullmatch(gap):
            return "", ""
        if not m.group(0).rstrip().endswith(":") and regex.search(r"\n[ \t]*\n", "\n" + gap):
            return "", ""  # a label without its colon ("Voorzitter\nD Logemann") has its name on the next line
        blank = list(regex.finditer(r"\n[ \t]*\n", gap))
        if blank and gap[:blank[-1].start()].strip():
            return "", ""  # a blank line ends a block (only the label may stand above it, on its own)
        return kind, " ".join(m.group(0).replace(":", " ").split())

    def _row_label(self, window: str, text: str, start: int) -> tuple[str, str]:
        """A table's row labels run together without colons before their values ("Aanwezig: Voorzitter PvdA VVD
        Wethouders Notulist Griffier A.E. Bos F. Jansen, K. de Wit R. Smit, T. Kok M. de Vries H. Kok"): the values
        are groups opened by initials not joined to the name before by a comma or "en", one group a row; the last
        groups belong to the last labels, one by one from the end, as far as the run's last words are one-word
        labels of the lists (the rows before them may be parties no list knows as labels). Returns the kind and
        the label of the name's group, or ("", "") when it is no such group."""
        runs = [m for m in self.p_bare_run.finditer(window + text[start:start + 8]) if m.end() <= len(window)]
        if not runs:
            return "", ""
        run = runs[-1]
        values = window[run.end():]
        tail = _LIST_GAP.match(text, start)
        after = text[start:tail.end()].split(":")[0] if tail else ""
        if ":" in values or _SENTENCE_END.search(values) or not _LIST_GAP.fullmatch(values):
            return "", ""
        opens = [m.start() for m in _ROW_OPENS.finditer(values + after)]
        if not opens or opens[0] != 0:
            return "", ""
        here = sum(1 for o in opens if o <= len(values)) - 1  # the name's group (it may open one itself)
        from_end = len(opens) - 1 - here
        labels = run.group(0).split()
        more_rows = bool(regex.search(r"\p{Lu}[\w&'’.-]*[ \t]+\Z", window[:run.start()]))  # "... Diemen Wethouders"
        if len(opens) < len(labels) or len(opens) > len(labels) and not more_rows or from_end >= len(labels):
            return "", ""  # the values do not match the rows one by one
        label = labels[len(labels) - 1 - from_end]
        return self.row_kinds[label.lower()], label

    def _colon_rows(self, window: str, text: str, start: int) -> tuple[str, str]:
        """Row labels run together before one colon, each value after a colon of its own ("Voorzitter Griffier
        Notulist : de heer A. Bos : mevrouw C. Kok, plv. : mevrouw D. Mol"): the n-th value is the n-th label's,
        when the roll holds as many values as labels (names and separators only between the colons). Returns the
        kind and the label of the name's value, or ("", "")."""
        runs = list(self.p_colon_run.finditer(window))
        if not runs:
            return "", ""
        run = runs[-1]
        values = window[run.end():].split(":")
        if any(_SENTENCE_END.search(v) or self._value_end(v, 0) != len(v) for v in values) \
                or any(not regex.search(r"\p{Lu}", v) for v in values[:-1]):
            return "", ""
        here, count, pos = len(values) - 1, len(values), start
        while text.startswith(":", end := self._value_end(text, pos)) and not _SENTENCE_END.search(text, pos, end):
            count, pos = count + 1, end + 1
        labels = run.group(0).rstrip(": \t").split()
        if count != len(labels):
            return "", ""  # the values do not match the rows one by one
        return self.row_kinds[labels[here].lower()], labels[here]

    @staticmethod
    def _value_end(text: str, pos: int) -> int:
        """Where a roll's value that starts at `pos` ends: names, titles and separators, and a deputy's mark
        ("mevrouw C. Kok, plv.")."""
        while True:
            pos = _LIST_GAP.match(text, pos).end()
            deputy = _DEPUTY.match(text, pos)
            if not deputy:
                return pos
            pos = deputy.end()

    @staticmethod
    def roster_rest(text: str, end: int) -> bool:
        """The rest of a name's line after it, up to the next label's colon, holds only a roster's names and
        separators ("... en dhr. B", "... dhr. B Secretaris:"), no sentence ("AB: Jan belt de aannemer")."""
        line_end = text.find("\n", end)
        rest = text[end:line_end if line_end >= 0 else len(text)].split(":")[0]
        return not _SENTENCE_END.search(rest) and bool(_LIST_GAP.fullmatch(rest))

    @staticmethod
    def _value_group(gap: str, text: str, start: int, count: int) -> int:
        """Which of `count` labels run together ("Voorzitter: Wethouders: Griffier: Verslag: Mevrouw A
        Mevrouw B, mevrouw C en de heer D Mevrouw E Mevrouw F") a name's value belongs to: the values are
        groups that each open with a courtesy title not joined to the one before by a comma or "en"; when
        the groups of the whole run match the labels in number, the name's group picks its label, else the
        first label (0) speaks for all."""
        before = _VALUE_OPENS.findall(gap)
        tail = _LIST_GAP.match(text, start)
        after = _VALUE_OPENS.findall(text[start:tail.end()]) if tail else []
        if not before or not _VALUE_OPENS.match(gap.lstrip(" \t\n")):
            return 0  # the first value must open with its title, or the groups cannot be told apart
        return len(before) - 1 if len(before) + len(after) == count else 0

    def _without_place_groups(self, gap: str) -> str:
        """A roll call grouped by place ("Berichten van verhindering: Alblasserdam: F.C. de Gier, T. Stam
        Dordrecht: ... H.I.-Ambacht: C.H. Don"): the places' colons are markers of its entries, no new label.
        A listed place, or an abbreviated one (initials and a hyphen), before a colon and initials."""
        def marker(m: regex.Match) -> str:
            word = m.group(1)
            return " " if word.lower() in self.places or _ABBREVIATED_PLACE.fullmatch(word) else m.group(0)
        return _PLACE_GROUP.sub(marker, gap)

    def after_staff(self, text: str, start: int, end: int) -> bool:
        """ "..., R. Smit (secretaris), A. Bos, C. de Wit, T. Mol (griffier)": a name with no parenthesis of its own
        after an entry whose parenthesis names a civil role, in one list: the roll call went on from the members
        to the body's staff, and the name is one of them."""
        if _PAREN_AFTER.match(text, end):
            return False
        window = text[max(0, start - 300):start]
        parens = list(_PAREN_ANY.finditer(window))
        if not parens or not _one_list(window[parens[-1].end():]):
            return False
        if parens[-1].group(1).split(",")[0].strip().lower() not in self.civil_parens:
            return False
        return not _alphabetical_roll(window[:parens[-1].start()], text[start:end])

    @staticmethod
    def _appeared_for_body(text: str, start: int) -> str:
        """The name's sentence in a ruling says it appeared at the hearing for the public body (_APPEARED_FOR_BODY):
        the cue, else ""."""
        ends = list(_SENTENCE_END.finditer(text, max(0, start - 300), start))
        lo = ends[-1].end() if ends else max(0, start - 300)
        after = _SENTENCE_END.search(text, start, start + 300)
        sentence = text[lo:after.start() if after else start + 300].split("\n\n")[0]
        if "\n\n" in text[lo:start] or ";" in sentence or not _APPEARED.search(sentence) or _PRIVATE_SIDE.search(sentence):
            return ""
        tie = _APPEARED_FOR_BODY.search(sentence)
        return " ".join(tie.group(0).split()) if tie else ""

    def column_chair(self, text: str, start: int, end: int) -> str:
        """ "De raad van X,\nde griffier, de voorzitter,\nmr. A. B drs. C. D MPM": a two-column signature run
        together; the name on the chair's side of its line (the last when the chair's role is the second, the
        first when it is the first), the other side holding a name too, signs as the body's chair. Returns the
        body, or ""."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        head, tail = text[line_start:start], self.p_degrees.sub("", text[end:line_end])
        m = _COLUMN_ROLES.search(text, max(0, line_start - 200), line_start)
        if not m:
            return ""
        chair = [" ".join(regex.sub(r"^[Dd]e[ \t]+", "", m.group(g)).split()).lower() in CHAIR_WORDS
                 for g in ("first", "second")]
        name = r"\p{Lu}[^\n]*\p{L}"
        if chair == [False, True] and regex.search(name, head) and not tail.strip():
            return " ".join(m.group("body").split())
        if chair == [True, False] and regex.fullmatch(r"[ \t]*(?:\p{Ll}{1,4}\.[ \t]*)*", head) \
                and regex.match(rf"[ \t]+(?:\p{{Ll}}{{1,4}}\.[ \t]*)*{name}", tail):  # "ir. A. Bos drs. C. Mol": only titles before
            return " ".join(m.group("body").split())
        return ""

    def representative(self, text: str, start: int) -> str:
        """In a published ruling: the cue when the name stands in a party's representation
        ("(gemachtigde: mr. I. Brouwer)", "vertegenwoordigd door mr. G.A. van der Burg en H. Hemstede,
        werkzaam bij ..., en M. Touber"), else ""."""
        lo = max(0, start - 400)
        window = text[lo:start]
        cues = list(_REPRESENTS.finditer(window))
        if not cues:
            return self._appeared_for_body(text, start)
        cue = cues[-1]
        gap = window[cue.end():]
        if _SENTENCE_END.search(gap) or ";" in gap or gap.count(")") > gap.count("("):
            # a sentence ended, or the bracket of "(gemachtigde: mr. X)" closed
            return self._appeared_for_body(text, start)
        if regex.search(r"\n[ \t]*\n", gap) and not regex.search(r"(?:,|\ben)[ \t]*\n[ \t]*\n[^\n]*\Z", gap):
            return ""  # a blank line ends the party's block, unless the list goes on ("..., en\n\nJ.S. Koek")
        return " ".join(cue.group(0).replace(":", " ").split())
