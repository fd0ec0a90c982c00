"""Fast patterns and cheap gates must agree with the full patterns they stand in for.

Several rules run a cheap pre-check (a gate) or a faster rewrite of a pattern before the
expensive one.  These tests keep each pair in step: on real news sentences, the seeds and
randomly mutated text, a gate never says "no" where the full pattern matches, and a rewrite
finds exactly the same matches.
"""
import random
import sys
from pathlib import Path

import pytest

from tqcheck.rules import punctuation

HERE = Path(__file__).resolve().parent
ALPHABET = ("abcKLM 0123456789.,;:!?'\"“”‘’()[]-–—…@#%&*/\\=+\n\t억만조천백원명달러 ’n’ "
            "said that Mr. U.S. 3.5 , . \u00a0")


def texts():
    lines = (HERE / "data" / "dev_sample.en").read_text(encoding="utf-8").splitlines()
    for seed in sorted((HERE.parent / "seeds").glob("*.txt")):
        lines.extend(seed.read_text(encoding="utf-8").splitlines())
    rng = random.Random(1234)
    mutated = []
    for line in lines[:150]:
        chars = list(line)
        for _ in range(rng.randint(1, 6)):
            pos = rng.randint(0, len(chars))
            chars.insert(pos, rng.choice(ALPHABET))
        mutated.append("".join(chars))
    noise = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 60)))
             for _ in range(3000)]
    return lines + mutated + noise


TEXTS = texts()


def test_elision_scan_finds_the_same_matches():
    for t in TEXTS:
        assert [m.span() for m in punctuation.ELISION_RE.finditer(t)] == \
            [m.span() for m in punctuation.ELISION_SCAN_RE.finditer(t)], t


@pytest.mark.parametrize("full,gate", [
    ("SPACE_BEFORE_RE", "SPACE_BEFORE_GATE_RE"),
    ("MISSING_SPACE_RE", "MISSING_SPACE_GATE_RE"),
])
def test_gate_never_hides_a_match(full, gate):
    full_re, gate_re = getattr(punctuation, full), getattr(punctuation, gate)
    for t in TEXTS:
        if full_re.search(t):
            assert gate_re.search(t), t


# --- the language pack's residue gates (PREFILTERS) against the patterns they guard

RESIDUE_PIECES = ("(Yonhap)", "(Image", "(Courtesy of Samsung)", "(Provided by", "(AP DB)",
                  "(c)", "(C)", "(End)", "(Seoul=News1)", "photo", "Photo=", "image", "DB",
                  "graphic", "capture", "2022.6.22", "2024.07.15.", "/News1", "©", "ⓒ",
                  "Reporter Kim Min-ji", "[Yonhap file photo]", "(Yonhap file photo)", " \n",
                  "사진=연합뉴스", "(자료사진)", "(CNN)", "(49 feet)", ")", "(", "Newsis", "end]")


def residue_texts():
    rng = random.Random(99)
    out = []
    for line in TEXTS[:400]:
        for _ in range(3):
            pos = rng.randint(0, len(line))
            out.append(line[:pos] + rng.choice(RESIDUE_PIECES) + line[pos:])
    out += [" ".join(rng.choice(RESIDUE_PIECES) for _ in range(rng.randint(1, 4)))
            for _ in range(2000)]
    corpus = HERE.parent.parent / "shared" / "data" / "korean-english-park.dev.en"
    if corpus.exists():
        sys.path.insert(0, str(HERE.parent))
        from bench.inject import INJECTORS, Corpus, generate
        loaded = Corpus.load()
        for name in INJECTORS:
            out += [inj.record.target for inj in generate(loaded, name, 40, 7)]
    return TEXTS + out


def test_residue_gates_never_hide_a_match():
    from tqcheck.lang import ko
    texts = residue_texts()
    extra = ko.PACK.extra
    checked = 0
    for key, gate in ko.PREFILTERS.items():
        if key == "prose_residue":
            continue
        pattern = extra[key]
        for t in texts:
            if pattern.search(t):
                checked += 1
                assert gate(t), (key, t)
    assert checked > 1000  # the texts do exercise the patterns


def test_prose_residue_gate_covers_every_prose_trigger():
    from tqcheck.lang import ko
    from tqcheck.rules.residue import _PROSE_TRIGGERS
    extra = ko.PACK.extra
    for t in residue_texts():
        if "@" in t or any(extra[k].search(t) for k in _PROSE_TRIGGERS):
            assert ko.prose_residue_gate(t), t


def test_paren_credit_gate_lets_english_brackets_pass():
    from tqcheck.lang import ko
    assert not ko.photo_credit_gate("SEOUL (CNN) Dolly became a hurricane 15 meters (49 feet) off.")
    assert ko.photo_credit_gate("He waved. (Yonhap)")
    assert ko.photo_credit_gate("Samsung's new phone (Courtesy of Samsung) is thin.")


def test_repeat_candidates_never_hide_a_repeat():
    from tqcheck.rules import attribution
    for t in TEXTS + [t.replace(" ", "\t") for t in TEXTS[:300]] + ["x\tand\tX", "the THE", "a_b a_b"]:
        direct, joined = attribution._repeat_candidates(t)
        if attribution.REPEAT_RE.search(t):
            assert direct, t
        if attribution.AND_REPEAT_RE.search(t):
            assert joined, t
        if t.isascii():  # the byte split is RUN_RE's runs exactly
            runs = t.encode().translate(attribution._RUN_BYTES).split()
            assert [r.decode() for r in runs] == attribution.RUN_RE.findall(t.lower()), t


def test_attribution_tail_gates_never_hide_a_match():
    from tqcheck.rules import attribution as a
    checked = 0
    for t in residue_texts():
        if a.DOUBLED_ATTR_RE.search(t):
            checked += 1
            lead = a.DOUBLED_LEAD_GATE_RE.search(t)
            assert lead is not None and a._tail_after_quote(t, lead.start()), t
        if a.THAT_ATTR_RE.search(t):
            checked += 1
            that = a.THAT_GATE_RE.search(t)
            assert that is not None and a.TAIL_GATE_RE.search(t, that.end()), t
    assert checked > 20


def test_classifier_covers_page_boilerplate():
    """The ko pack promises (``classify_covers_boilerplate``) that every stripped paragraph
    page-boilerplate flags is one its classifier calls boilerplate."""
    from tqcheck.config import Config
    from tqcheck.engine import RuleContext
    from tqcheck.lang import ko
    from tqcheck.rules import residue
    ctx = RuleContext(Config(lm=False), ko.PACK)
    extras = dict(ko.PACK.extra)
    pieces = ("Newsletter", "Share", "Print", "| ", "Comments 0", "Like 0", "Font size",
              "Input 2022.06.22 14:30", "Modified 2022.06.22", "Subscribe to the Money S newsletter",
              "Download the Etnews app", "[KakaoTalk] x [Phone] 02", "By entering your e-mail, "
              "you agree to the terms.", "Support The Hankyoreh: become a member", "#tag",
              "Related tags", "Back to top", ".", "said", "Report an error (click)")
    rng = random.Random(5)
    texts = residue_texts() + [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
                               for _ in range(3000)]
    flagged = 0
    for t in texts:
        t = t.strip()
        if not t:
            continue
        if list(residue._page_boilerplate_hits(t, ctx, extras)):
            flagged += 1
            assert ko.classify_paragraph(t) == "boilerplate", t
    assert flagged > 200
