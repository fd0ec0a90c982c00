"""TQ3xx residue: text that is not article prose but was copied or translated with it.

Korean wire copy wraps the story in furniture: the site's menus, a dateline-byline opening the
lead, a photo credit closing each caption, the reporter's e-mail and ``(끝)`` closing the
story, promos and a copyright footer.  Machine translation renders all of it word for word and
scrapers paste it into the English article.  None of it belongs in the English text.

The patterns are the language pack's (``ctx.lang.extra``: ``photo_credit_re``,
``dateline_re``, ...), so these rules hold no Korean-specific text; a pack without a pattern
simply gets no findings from that rule.

What they scan: every residue rule has ``paragraph`` scope, so it sees every paragraph of
the record, whatever its segments' kinds (``headline``, ``boilerplate``, ``caption``,
``byline``, ``sentence``: ALL kinds).  Residue is not sentence-shaped: the sentence splitter
cuts ``2024.07.15. Newsis`` and ``<Copyright ... Newsis. Unauthorized ... prohibited.>`` in
two, so the rules look at the paragraph and ask the pack's ``classify_paragraph`` whether it
is residue.  A paragraph that *is* residue (the segmenter made it one ``boilerplate``,
``caption`` or ``byline`` segment) is flagged whole; residue glued to prose (``... he said.
ntiger@news1.kr``) is flagged as its own span only.  Patterns that could occur in real prose
(an e-mail address, ``All rights reserved``) are flagged in prose only with corroborating
context.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tqcheck.records import Hit
from tqcheck.rules.registry import ALL_KINDS, rule

RESIDUE_KINDS = ALL_KINDS
SCOPE = "paragraph"

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])")
TRUNCATED_EMAIL_RE = re.compile(r"(?<![\w.+@-])[A-Za-z][\w.+-]{1,40}@(?=\s|$|[)\]>,;])")
# Words that introduce an address in real prose: "write to x@y.com", "e-mail: x@y.com".
EMAIL_CUE_RE = re.compile(
    r"(?:\b(?:at|to|e-?mail(?:ed|ing)?|contact(?:ed|ing)?|write|wrote|send|sent|via|address|"
    r"addressed|reach(?:ed)?|messag(?:e|ed|ing)|from|is|was|or|and|account|named|called)"
    r"|[:(<\"“'‘])\s*[(<\"“'‘]?\s*$",
    re.IGNORECASE)
SENTENCE_END_RE = re.compile(r"[.!?”\"’)\]]\s*$")
BRACKETED_RE = re.compile(r"<[^<>\n]{3,300}>|\[[^\[\]\n]{3,300}\]|【[^【】\n]{3,300}】"
                          r"|\((?:[^()\n]|\([^()\n]*\)){3,300}\)")
EDGE_TRIM = " \t\r\n"
ALL_RIGHTS_RE = re.compile(r"\ball\s+rights\s+reserved\b\.?", re.IGNORECASE)


def _kind(para, ctx) -> str:
    """The residue kind of a paragraph (``boilerplate``, ``caption``, ``byline``), else
    ``sentence``."""
    classify = getattr(getattr(ctx, "lang", None), "classify_paragraph", None)
    return (classify(para.text) if classify else None) or "sentence"


_EXTRAS = [None, {}]
"""``[lang, its extra dict]`` for the pack seen last (rules ask for its patterns many times
per paragraph; one pack serves a whole run)."""


def _extras(ctx) -> dict:
    lang = getattr(ctx, "lang", None)
    if lang is not _EXTRAS[0]:
        _EXTRAS[0], _EXTRAS[1] = lang, (getattr(lang, "extra", None) or {})
    return _EXTRAS[1]


def _extra(ctx, key):
    return _extras(ctx).get(key)


def _trim(text: str, start: int, end: int) -> tuple:
    while start < end and text[start] in EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in EDGE_TRIM:
        end -= 1
    return start, end


def _spans(regex, text: str) -> list:
    if regex is None:
        return []
    out = []
    for m in regex.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if e > s:
            out.append((s, e))
    return out


# Several residue rules look for the same patterns in the same paragraph (each one leaves the
# others' spans alone), so pattern spans are memoized, keyed by the pattern and the text, for
# one document at a time: ``_memo_for(ctx)`` starts a fresh memo when the document changes.
# (Patterns are the language pack's module constants, alive for the whole run.)
_MEMO: dict = {}
_MEMO_DOC = [None]


def _memo_for(ctx) -> None:
    doc = getattr(ctx, "doc", None)
    if doc is None or doc is not _MEMO_DOC[0]:
        _MEMO.clear()
        _MEMO_DOC[0] = doc


def _gate(ctx, key):
    """The pack's prefilter for pattern ``key``: false only when the pattern cannot match."""
    return (_extras(ctx).get("prefilters") or {}).get(key)


# Patterns that can put a residue span into a prose paragraph; ``@`` stands for the e-mail
# patterns (byline-residue).  ``_quiet`` asks their gates once per paragraph.
_PROSE_TRIGGERS = ("photo_credit_re", "click_image_re", "dateline_re", "copyright_re",
                   "copyright_sign_re", "byline_re", "promo_re", "end_mark_re")


def _quiet(seg, ctx) -> bool:
    """True when no residue rule but page-boilerplate can flag paragraph ``seg``: it is prose
    (not a residue paragraph) and the pack's gate of every pattern that could find residue in
    prose says it cannot match (a pattern without a gate always could).  Shared by the rules
    through the per-document memo, so the gates run once per paragraph."""
    _memo_for(ctx)
    text = seg.text
    key = ("quiet", text)
    found = _MEMO.get(key)
    if found is None:
        found = _MEMO[key] = "@" not in text and _kind(seg, ctx) == "sentence" \
            and not _may_match(text, ctx)
    return found


def _may_match(text: str, ctx) -> bool:
    extras = _extras(ctx)
    gates = extras.get("prefilters") or {}
    combined = gates.get("prose_residue")  # the pack's OR of all the gates below, if it has one
    if combined is not None:
        return combined(text)
    for key in _PROSE_TRIGGERS:
        if extras.get(key) is not None:
            gate = gates.get(key)
            if gate is None or gate(text):
                return True
    return False


def _gated_spans(regex, gate, text: str) -> tuple:
    """``_spans(regex, text)``, skipped when ``gate(text)`` says it cannot match; memoized, as
    several residue rules ask for the same pattern on the same paragraph."""
    if regex is None:
        return ()
    key = (id(regex), text)  # by identity: hashing a pattern hashes its whole program
    found = _MEMO.get(key)
    if found is None:
        found = _MEMO[key] = () if gate is not None and not gate(text) else tuple(_spans(regex, text))
    return found


def _pack_spans(ctx, key: str, text: str) -> list:
    """Trimmed match spans of the pack's pattern ``key`` in ``text``."""
    return list(_gated_spans(_extra(ctx, key), _gate(ctx, key), text))


def _overlaps(span, spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _merge(spans: list, text: str, joiners: str = " \t.,;:-|") -> list:
    """Merge sorted spans separated only by ``joiners``."""
    out = []
    for s, e in sorted(spans):
        if out and (s <= out[-1][1] or not text[out[-1][1]:s].strip(joiners)):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def photo_credit_spans(text: str, ctx) -> list:
    """Spans of photo credits (and image UI text) in ``text``, merged."""
    return list(_photo_credit_spans(text, (_extra(ctx, "photo_credit_re"),
                                           _gate(ctx, "photo_credit_re"), _extra(ctx, "click_image_re"))))


def _photo_credit_spans(text: str, credit) -> tuple:
    """Merged spans of ``credit = (photo_credit_re, its gate, click_image_re)``; memoized."""
    key = ("credit", id(credit[0]), id(credit[2]), text)
    found = _MEMO.get(key)
    if found is None:
        spans = _gated_spans(credit[0], credit[1], text) + _gated_spans(credit[2], None, text)
        found = _MEMO[key] = tuple(_merge(list(spans), text, " \t")) if spans else ()
    return found


def dateline_spans(text: str, ctx) -> list:
    return _merge(_pack_spans(ctx, "dateline_re", text), text, " \t")


@rule("TQ301", "page-boilerplate", "Accuracy/Addition", "minor", scope=SCOPE, kinds=RESIDUE_KINDS,
      flag=("Newsletter", "Share | Print | Font size settings",
            "Input 2022.06.22 14:30 | Modified 2022.06.22 15:01", "Suggest Translation Improvements",
            "Support The Hankyoreh: become a member and support independent journalism"),
      ok=("Minister Park said the newsletter would be sent on Monday.",
          "Share prices rose 2 percent in Seoul on Tuesday.", "Print media are in decline."))
def page_boilerplate(seg, ctx):
    """Site furniture copied with the article: menus, share buttons, time stamps.

    Scrapers of Korean news portals copy the page around the story: ``뉴스레터`` (Newsletter),
    ``글자 크기 설정`` (Font size settings), ``입력 2022.06.22 14:30`` (Input ...), share and print
    buttons, and subscription, membership and tip-line boxes (``Subscribe to The Korea Economic
    Daily channel``, YTN's ``※ 'Your report becomes news' [KakaoTalk] ...``).  Machine
    translation renders them as short English lines that read as part of the article.  Only a paragraph made entirely of such phrases is flagged; the same words inside
    a sentence are prose.

    Flagged: ``Newsletter`` (a line on its own); ``Share | Print | Font size``
    Clean:   ``Share prices rose 2 percent in Seoul on Tuesday.``
    """
    text = seg.text
    extras = _extras(ctx)
    if (extras.get("classify_covers_boilerplate") and text and not text[0].isspace()
            and not text[-1].isspace() and _kind(seg, ctx) != "boilerplate"):
        return None  # the pack's classifier ran these very tests on this very text
    return _page_boilerplate_hits(text, ctx, extras)


def _page_boilerplate_hits(text: str, ctx, extras: dict):
    """The hits of :func:`page_boilerplate` in ``text``."""
    s, e = _trim(text, 0, len(text))
    body = text[s:e]
    if not body:
        return
    lines = extras.get("boilerplate_lines") or frozenset()
    furniture = extras.get("furniture_line_re")
    stamp = extras.get("timestamp_line_re")
    gate = (extras.get("prefilters") or {}).get("furniture_line_re")
    if body.lower().rstrip(" :|>") in lines or (
            furniture and (gate is None or gate(body)) and furniture.match(body)):
        yield Hit(s, e, "Site furniture (menu or button text) copied with the article; delete it.")
    elif stamp and stamp.match(body):
        yield Hit(s, e, "Page time stamp (input/modified date) copied with the article; delete it.")
    elif len(body) < 160 and _signup_line(ctx, body):
        yield Hit(s, e, "Newsletter sign-up text (site furniture) copied with the article; "
                        "delete it.")
    elif _promo_box(extras, body):
        yield Hit(s, e, "Subscription, membership or tip-line box (site furniture) copied with "
                        "the article; delete it.")


def _promo_box(extras: dict, body: str) -> bool:
    """Whether ``body`` is a subscription, membership or tip-line box (the pack's
    ``promo_box_re``, matched whole, on paragraphs shorter than ``promo_box_max``)."""
    box = extras.get("promo_box_re")
    if box is None or len(body) >= extras.get("promo_box_max", 300):
        return False
    gate = (extras.get("prefilters") or {}).get("promo_box_re")
    return (gate is None or gate(body)) and box.fullmatch(body) is not None


def _signup_line(ctx, body: str) -> bool:
    """Whether ``body`` is a newsletter sign-up box line (``By entering your e-mail, you agree
    to the terms.``)."""
    signup = _extra(ctx, "signup_line_re")
    gate = _gate(ctx, "signup_line_re")
    return signup is not None and (gate is None or gate(body)) and \
        signup.fullmatch(body) is not None


@rule("TQ302", "photo-credit-residue", "Accuracy/Addition", "minor", scope=SCOPE,
      kinds=RESIDUE_KINDS,
      flag=("Park poses for a photo in Seoul on the 22nd. 2022.6.22/News 1 © News1 Reporter Kim Myung-seop",
            "[Yonhap News Agency file photo]", "Officials inspect the site. 2024.07.15. Newsis",
            "Photo by Kim Hyun-min kimhyun81@", "(Photo=Samsung Electronics)",
            "Apple growers inspect the fruit. /Photo = Reporter Lee Seung-hwan",
            "Kyunghyang Shinmun data photo"),
      ok=("The photo was taken on June 22, 2022, by a News1 reporter.",
          "Yonhap News Agency reported the figures on Tuesday.",
          "Version 2022.6 of the software was released."))
def photo_credit_residue(seg, ctx):
    """A photo caption's credit (date, agency, photographer) left in the article text.

    Korean captions end with ``2022.6.22/뉴스1 © News1 김명섭 기자``; Yonhap marks file photos
    ``[연합뉴스 자료사진]`` and handouts ``(사진=삼성전자 제공)``.  MT translates the credit word for
    word (``2022.6.22/News 1 © News1 Reporter Kim Myung-seop``, ``[Yonhap News Agency file
    photo]``, ``(Photo=Samsung Electronics)``) and scrapers paste it into the body.  Only the
    credit span is flagged, not the caption prose before it; a credit needs a Korean-style date,
    an agency, a ``Photo=`` tag or brackets, so English captions that merely mention a photo pass.

    Flagged: ``... on the 22nd. 2022.6.22/News 1 © News1 Reporter Kim Myung-seop``
    Clean:   ``The photo was taken on June 22, 2022, by a News1 reporter.``
    """
    if _quiet(seg, ctx):
        return None  # most paragraphs: no generator made
    return _photo_credit_residue_hits(seg, ctx)


def _photo_credit_residue_hits(seg, ctx):
    """The hits of :func:`photo_credit_residue` (a paragraph that may hold residue)."""
    text = seg.text
    headline = getattr(getattr(ctx, "doc", None), "headline", None)
    is_headline = headline is not None and headline.start == seg.start
    for s, e in photo_credit_spans(text, ctx):
        if is_headline and s == 0 and text[0] in "[【":
            continue  # "[Photo] Yoon visits ...": a headline label, garbled-headline's
        if text[s] == "(" and text[s:e].count(" ") <= 3 and not text[s:e].startswith("(Photo"):
            # "(Yonhap)" closing a paragraph is also how English wire copy credits its source
            yield Hit(s, e, "Agency credit closing the paragraph; delete it if it was copied "
                            "from the Korean caption.", severity="info")
            continue
        yield Hit(s, e, "Photo credit copied from the Korean caption (date/agency/photographer); "
                        "delete it or move it to a credit line.")


@lru_cache(maxsize=16)
def _trailing_byline_re(pattern: str):
    # a byline closing a paragraph: "... he said. Reporter Kim Min-ji ntiger@news1.kr"
    return re.compile(r"(?:^|(?<=[.!?”\"’)\]]\s)|(?<=[.!?”\"’)\]]))\s*(?:" + pattern + r")[\s.]*$")


def _email_is_residue(text: str, m, kind: str, ctx) -> bool:
    if kind in ("byline", "caption", "boilerplate"):
        return True
    news = _extra(ctx, "news_email_domain_re")
    if news is not None and news.search(m.group()):
        return True
    before = text[:m.start()]
    if EMAIL_CUE_RE.search(before[-40:]):
        return False
    after = text[m.end():].strip(" .,;)>]\t")
    return not after or not before.strip() or bool(SENTENCE_END_RE.search(before))


@rule("TQ303", "byline-residue", "Accuracy/Addition", "minor", scope=SCOPE,
      kinds=RESIDUE_KINDS,
      flag=("ntiger@news1.kr", "He said so. ntiger@news1.kr", "(End)",
            "☞Sympathetic Media Newsis channa224@newsis.com", "▶ Subscribe to Newsis on Naver",
            "Reporter Kim Min-ji", "This is KBS News Yoon Seo-yeon.",
            "Video editing: Jang Woo-jin / Graphics: Kim Ha-eun"),
      ok=("For details, contact the ministry at info@mofa.go.kr.",
          "Here's AP White House correspondent Mark Smith:",
          "The end (of the war) was near, he said."))
def byline_residue(seg, ctx):
    """A reporter's byline or e-mail, an end mark ``(End)`` or an agency promo in the text.

    Korean stories end with the reporter's address and often ``(끝)``; Newsis adds
    ``☞공감언론 뉴시스`` and ``▶ 네이버에서 뉴시스 구독하기``.  MT keeps them
    (``ntiger@news1.kr``, ``(End)``, ``☞Sympathetic Media Newsis``, ``▶ Subscribe to Newsis on
    Naver``).  Broadcast copy ends with the reporter's sign-off and a credits line (``KBS 뉴스
    윤서연입니다`` -> ``This is KBS News Yoon Seo-yeon.``, ``영상편집: 장우진`` -> ``Video editing:
    Jang Woo-jin``).  An e-mail inside prose is flagged only when it is at a news outlet's
    domain or stands outside the sentence (after its full stop, or alone); ``contact us at
    x@y.com`` passes.

    Flagged: ``ntiger@news1.kr``; ``(End)``; ``▶ Subscribe to Newsis on Naver``
    Clean:   ``For details, contact the ministry at info@mofa.go.kr.``
    """
    if _quiet(seg, ctx):
        return None  # most paragraphs: no generator made
    return _byline_residue_hits(seg, ctx)


def _byline_residue_hits(seg, ctx):
    """The hits of :func:`byline_residue` (a paragraph that may hold residue)."""
    text = seg.text
    kind = _kind(seg, ctx)
    if kind == "byline":
        skip = _byline_skip(text, kind, ctx)
        s, e = _trim(text, 0, len(text))
        rest = [(a, b) for a, b in _merge(skip, text, " \t.,;:-=") if a < e and b > s]
        covered = sum(min(b, e) - max(a, s) for a, b in rest)
        if covered >= (e - s) * 0.8:
            return  # a dateline or credit on its own line: its own rule flags it
        by_name = re.match(r"\s*By\s", text[s:e]) is not None and "@" not in text[s:e]
        yield Hit(s, e, "Byline, e-mail or promo line copied from the Korean article; delete it.",
                  severity="info" if by_name else None)
        return
    spans = []
    if "@" in text:
        for m in EMAIL_RE.finditer(text):
            if _email_is_residue(text, m, kind, ctx):
                spans.append((m.start(), m.end()))
        spans += _spans(TRUNCATED_EMAIL_RE, text)
    spans += _pack_spans(ctx, "end_mark_re", text)
    spans += _pack_spans(ctx, "promo_re", text)
    byline = _extra(ctx, "byline_re")
    if byline is not None:
        spans += _gated_spans(_trailing_byline_re(byline.pattern), _gate(ctx, "byline_re"), text)
    if not spans:
        return
    skip = _byline_skip(text, kind, ctx)
    spans = [sp for sp in spans if not _overlaps(sp, skip)]
    for s, e in _merge(spans, text, " \t"):
        yield Hit(s, e, "Reporter e-mail, byline, end mark or promo copied from the Korean "
                        "article; delete it.")


def _byline_skip(text: str, kind: str, ctx) -> list:
    """Spans other residue rules flag, which byline-residue leaves to them."""
    return photo_credit_spans(text, ctx) + dateline_spans(text, ctx) + copyright_spans(text, kind, ctx)


@rule("TQ304", "dateline-residue", "Accuracy/Addition", "minor", scope=SCOPE,
      kinds=RESIDUE_KINDS,
      flag=("(Seoul=News1) Reporter Kim Min-ji = Foreign Minister Park Jin said on the 22nd.",
            "[Seoul=Newsis] Reporter Hwang Jun-seon = The government said.",
            "Washington = Correspondent Moon Byung-ki",
            "(Washington = Yonhap News) Correspondent Lee Sang-hyun = The U.S. said.",
            "[Money Today Reporter Jeong Min-ju] Coupang's sales topped 10 trillion won."),
      ok=("WASHINGTON (CNN) Only Mexican-grown peppers have been linked to the outbreak.",
          "SEOUL, June 22 (Yonhap) -- South Korea said on Wednesday.",
          "The sample size (N = 1,200) was small."))
def dateline_residue(seg, ctx):
    """A Korean dateline-byline ``(Seoul=News1) Reporter Kim Min-ji =`` left in the text.

    Korean leads open with ``(서울=뉴스1) 김민지 기자 =``: place, agency and reporter joined by
    ``=``.  MT renders it ``(Seoul=News1) Reporter Kim Min-ji =`` or ``[Seoul=Newsis]``.  An
    English dateline (``SEOUL, June 22 (Yonhap) --``, ``WASHINGTON (CNN)``) is house style and
    passes; the ``=`` is what marks the Korean form.  Outlets without a place dateline open
    with a bracketed outlet and reporter (``[머니투데이 정민주 기자]`` -> ``[Money Today Reporter
    Jeong Min-ju]``, ``[Reporter Kim Min-ji, Newsis]``), and some papers with no brackets at
    all (``워싱턴=문병기 특파원`` -> ``Washington = Correspondent Moon Byung-ki``), flagged too.

    Flagged: ``(Seoul=News1) Reporter Kim Min-ji = Foreign Minister Park Jin said ...``
    Clean:   ``SEOUL, June 22 (Yonhap) -- South Korea said ...``
    """
    if _quiet(seg, ctx):
        return None  # most paragraphs: no generator made
    return _dateline_residue_hits(seg, ctx)


def _dateline_residue_hits(seg, ctx):
    """The hits of :func:`dateline_residue` (a paragraph that may hold residue)."""
    datelines = dateline_spans(seg.text, ctx)
    credits = photo_credit_spans(seg.text, ctx) if datelines else []
    for s, e in datelines:
        if _overlaps((s, e), credits):
            continue  # [Photo=Yonhap], [AP=Yonhap News]: a credit, flagged as such
        yield Hit(s, e, "Korean dateline and byline (place=agency, reporter =) copied into the "
                        "article; delete it.")


@rule("TQ305", "copyright-residue", "Accuracy/Addition", "minor", scope=SCOPE,
      kinds=RESIDUE_KINDS,
      flag=("Unauthorized reproduction and redistribution prohibited",
            "<Copyright (c) Yonhap News, unauthorized reproduction-redistribution prohibited>",
            "He said so. Copyright ⓒ News1. All rights reserved.",
            "[© News1 Korea (news1.kr), Unauthorized reproduction and redistribution prohibited]"),
      ok=("He was charged with unauthorized reproduction and distribution of films.",
          "The band said, \"All rights reserved, as they say.\"",
          "Copyright law protects reporters' work, the court said."))
def copyright_residue(seg, ctx):
    """A Korean agency's copyright footer (``Unauthorized reproduction and redistribution
    prohibited``) left in the text.

    Every Korean wire story ends with ``무단 전재 및 재배포 금지`` (often in a bracket such as
    ``<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>``, lately with ``AI 학습 및 활용 금지``).  MT
    renders it word for word.  In prose, reproduction/redistribution must be *prohibited* (a
    piracy story's "unauthorized reproduction and distribution of films" passes), and ``All
    rights reserved`` counts only next to a copyright sign.

    Flagged: ``<Copyright (c) Yonhap News, unauthorized reproduction-redistribution prohibited>``
    Clean:   ``He was charged with unauthorized reproduction and distribution of films.``
    """
    if _quiet(seg, ctx):
        return None  # most paragraphs: no generator made
    return _copyright_residue_hits(seg, ctx)


def _copyright_residue_hits(seg, ctx):
    """The hits of :func:`copyright_residue` (a paragraph that may hold residue)."""
    for s, e in copyright_spans(seg.text, _kind(seg, ctx), ctx):
        yield Hit(s, e, "Copyright footer copied from the Korean article; delete it.")


def copyright_spans(text: str, kind: str, ctx) -> list:
    """Spans of copyright footers in a paragraph of residue kind ``kind``."""
    core = _extra(ctx, "copyright_re")
    if core is None:
        return []
    key = ("copyright", id(core), kind, text)
    found = _MEMO.get(key)
    if found is None:
        found = _MEMO[key] = _copyright_spans(
            text, kind, (core, _gate(ctx, "copyright_re")),
            (_extra(ctx, "copyright_sign_re"), _gate(ctx, "copyright_sign_re")),
            (_extra(ctx, "copyright_owner_re"), _gate(ctx, "copyright_owner_re")),
            (_extra(ctx, "photo_credit_re"), _gate(ctx, "photo_credit_re"),
             _extra(ctx, "click_image_re")))
    return list(found)


def _copyright_spans(text: str, kind: str, core, sign, owner, credit) -> tuple:
    core_spans = _gated_spans(core[0], core[1], text)
    sign_spans = _gated_spans(sign[0], sign[1], text) if sign[0] is not None else ()
    residue_kind = kind in ("boilerplate", "byline", "caption")
    if not (core_spans or sign_spans or residue_kind):
        return ()
    credits = _photo_credit_spans(text, credit)
    spans = [sp for sp in core_spans if not _overlaps(sp, credits)]
    has_sign = any(not _overlaps(sp, credits) for sp in sign_spans)
    if spans or has_sign or residue_kind:
        spans += _gated_spans(ALL_RIGHTS_RE, None, text)
    if spans:  # "Copyright Asia Economy." is part of a footer only next to one
        spans += [sp for sp in _gated_spans(owner[0], owner[1], text)
                  if not _overlaps(sp, credits)]
    if not spans:
        return ()
    if kind == "boilerplate":
        return (_trim(text, 0, len(text)),)
    # widen a hit to the bracket around it: <Copyright (c) ..., ... prohibited>
    widened = []
    for s, e in spans:
        if text[e:e + 1] == ".":
            e += 1  # the footer's own full stop goes with it
        for b in BRACKETED_RE.finditer(text):
            if b.start() <= s and e <= b.end():
                s, e = b.start(), b.end()
                break
        widened.append((s, e))
    return tuple(_merge(widened, text))

