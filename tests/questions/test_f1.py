"""Five failure categories a teacher-reader found in fresh wire stories (helper f1), fixed in
general form.

1. **A wrong option that is also right.** A wrong option of "what did X deny?" or "what did X
   confirm?" that is about the very matter of the key (it shares two stemmed content words with
   it, or a word of its subject: "driver numbers had contributed …" beside "… a wider shortage
   of drivers"; "the pumps had broken down" beside "three pumps … had failed") is dropped.
   Control: options about other matters stay.
2. **Verification of the wrong object.** "A report in the evening paper X that the council had
   been told about the roof's condition … could not be independently verified": what was not
   verified is the report that …, never "the roof's condition" from inside its clause.
   Control: "The report that …" and a plain noun subject read as before.
3. **A statement or option that points back.** "Both were calm …", "A second was found …",
   "… those complaints …" are not self-contained: never a statement nor an option. Controls:
   "both the mayor and her deputy …", "a second pony was found …".
4. **"A gang calling itself Glass Otter"**: the source is "Glass Otter", not "itself Glass
   Otter", and a group, not a person.
5. **A full stop inside a quoted word ending a prompt**: 'as “rumour.”?' reads 'as “rumour”?';
   a whole sentence quoted after a colon keeps its own.

Every story here is invented: names, places and sentences.
"""

from __future__ import annotations

from story_kit import answer, kinds_built, verifications, wrong_options

from questions import analyze
from questions.generate.claims import same_matter
from questions.generate.registry import _quote_stop
from questions.generate.text import lower_positional, points_back

PARCELS = """Parcel firm delays thousands of deliveries after routing fault

TESSMOOR, Nov 6 — Parcel carrier Quillon Freight delayed about 9,000 deliveries across the \
north of the country this week after a fault in its routing computers, the company said.

Customers in at least 30 towns reported missing parcels on Tuesday, according to the consumer \
group Fair Post. The firm's shares fell 3% in early trading on Wednesday.

The drivers' association, the Haulers' League of Tessmoor, said the routing fault had exposed \
a wider shortage of drivers. League secretary Oona Pradel told reporters that the firm had been \
running with 40 fewer vans than it needed since May and had leaned on agency staff.

Quillon denied that driver numbers had contributed to the delays. "This was a computer \
failure, nothing else," a company spokesman said.

Analyst Bram Ketterer of Olden Securities said the episode could push regulators to examine \
how parcel firms plan for peak weeks.

Its warehouse manager, Ines Corvo, said the depot at Halden would stay open over the weekend.
"""

PUMPS = """Town loses water pressure after pump failure

ORVEL, March 12 — Thousands of homes in Orvel lost water pressure on Monday after equipment \
failed at the town's main treatment works, officials said.

Supplier Marren Utilities said three pumps at the Orvel treatment works had failed overnight, \
cutting supply to the eastern districts. Schools in two districts closed early, and the town's \
hospital brought in water tankers, the regional council said.

The works' operator, Dalmere Water, confirmed that the pumps had broken down and said \
engineers were on site.

Resident Yusuf Arlen said his street had been without water for nine hours. Councillor Petra \
Hallin said the council would review its emergency plans next month.
"""

ROOF = """School roof closes classrooms

OSTRAND, Jan 20 — Ostrand Primary School closed six classrooms on Monday after part of a \
ceiling fell in overnight, the town council said.

No one was hurt, head teacher Maren Dahl said. Parents' representative Jonas Brekk said \
families wanted a full explanation. Builder Sven Aask, who inspected the site, said the beams \
looked sound.

A report in the evening paper Ostrand Post that the council had been told about the roof's \
condition in 2021 could not be independently verified. The council dismissed the Post's report \
as "rumour."
"""

PONIES = """Three ponies stray from farm near Vellby

VELLBY, Aug 2 — Three ponies strayed from a paddock at Hollin Farm near Vellby on Saturday \
after a gate was left open, the farm said.

One was caught in a neighbouring field within an hour. A second was found grazing on a golf \
course beside the river in the evening, police said. Both were calm and back in their stable, \
according to the farm.

Farm owner Edda Rusk said the third pony had last been seen near the railway line. Police \
confirmed that officers had warned train drivers on the line to slow down.

The farm said the gate had a broken latch that was due to be replaced next week. Rail \
operator Norlink said services were running normally.
"""

GANG = """Hackers claim attack on port booking system

SELMA BAY, June 3 — A cyberattack has taken the online booking system of the Selma Bay ferry \
port offline, port officials said on Tuesday.

A gang calling itself Glass Otter said on a messaging channel that it had copied the passport \
details of 12,000 travellers. The claim could not be independently verified.

Port director Halvor Brix said sailings were running on time.
"""


def _one(text: str, kind: str, words: str):
    found = [q for q in kinds_built(text, kind) if words in q.prompt]
    assert found, [q.prompt for q in kinds_built(text, kind)]
    return found[0]


# --- 1. a wrong option about the key's own matter ------------------------------------------


def test_denial_drops_the_claim_it_answers():
    q = _one(PARCELS, "what_denied", "Quillon deny")
    assert answer(q) == "That driver numbers had contributed to the delays"
    assert not any("shortage of drivers" in w for w in wrong_options(q))
    assert len(wrong_options(q)) >= 2  # control: options of other matters stay
    assert any("depot at Halden" in w for w in wrong_options(q))


def test_confirmation_drops_the_same_event():
    q = _one(PUMPS, "verification", "Dalmere Water confirm")
    assert answer(q) == "That the pumps had broken down"
    assert not any("three pumps" in w for w in wrong_options(q))
    assert any("emergency plans" in w for w in wrong_options(q))  # control


def test_same_matter_rule():
    key = "that driver numbers had contributed to the delays"
    assert same_matter("that the routing fault had exposed a wider shortage of drivers", key)
    assert same_matter("that three pumps at the works had failed", "that the pumps had broken down")
    # controls: another matter, and a key whose subject is a pronoun
    assert not same_matter("that the depot at Halden would stay open", key)
    assert not same_matter("that it would reopen the depot", "that it had cut its prices")


# --- 2. what a report with its "that" clause leaves unverified --------------------------------


def test_report_with_its_clause_is_the_object():
    q = _one(ROOF, "verification", "able to verify")
    assert "the report that the council had been told about the roof's condition" in q.prompt
    assert "verify the roof's condition?" not in q.prompt
    # controls: a report with its clause right after it, and a plain noun subject
    head = "Bridge shut\n\nLORNE, May 1 — "
    found = verifications(head + "The report that the mayor had resigned could not be verified.")
    assert found and "that the mayor had resigned" in found[0][2]
    found = verifications(head + "The casualty figures could not be independently verified.")
    assert found and found[0][2].lower() == "the casualty figures"


# --- 3. statements and options that point back --------------------------------------------


def test_pointing_back_never_asked():
    qs = kinds_built(PONIES, "who_said", "source_check", "verification", "fact_or_claim")
    assert qs  # control: the story still gives questions
    for q in qs:
        text = " ".join((q.prompt, *q.options)).lower()
        assert "a second was" not in text and "both were" not in text, q.prompt


def test_points_back_rule():
    for t in ("Both were calm", "that a second was found", "One was caught", "the others fled"):
        assert points_back(t), t
    for t in ("Both the mayor and her deputy were there", "a second pony was found"):
        assert points_back(t) is None, t  # controls: the noun is named
    assert points_back("that one of the ponies was caught") is None
    assert points_back("that the former harbour master had resigned") is None  # a title
    assert points_back("the rest of the herd was safe") is None
    assert points_back("The latter said") and points_back("the former had resigned")


def test_sentence_start_article_before_a_name():
    story = (
        "The Varrow plan is paid for by its sponsors, said Ada Hult. She spoke to The Lorne Times."
    )
    assert lower_positional("The Varrow plan is paid for by its sponsors", story).startswith("the ")
    assert lower_positional("A Varrow aide had left", story).startswith("a ")
    # control: written capitalised inside a sentence, the article is part of a name
    assert lower_positional("The Lorne Times had reported it", story).startswith("The ")


# --- 4. "a group calling itself X" ----------------------------------------------------------


def test_group_calling_itself():
    claims = analyze(GANG).stories[0].claims
    assert [c.source_kind for c in claims if c.source == "Glass Otter"] == ["organisation"]
    q = _one(GANG, "verification", "able to verify")
    assert "itself" not in q.prompt and "Glass Otter" in q.prompt


# --- 5. a full stop inside a quoted word ending a prompt -------------------------------------


def test_stop_inside_quote():
    q = _one(ROOF, "who_denied", "dismissed")
    assert q.prompt.endswith("as “rumour”?")
    # controls: a whole sentence quoted after a colon keeps its stop; a quote without one
    whole = "In this sentence, which word signals that something is not confirmed: “It fell.”?"
    assert _quote_stop(whole) == whole
    assert _quote_stop("Who called it “a stunt”?") == "Who called it “a stunt”?"
