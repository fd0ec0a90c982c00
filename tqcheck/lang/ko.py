"""The Korean language pack: Hangul/Hanja script, Korean news agencies and their residue
patterns as machine translation renders them, and the packaged name glossary.

Number units (만/억/조) live in ``tqcheck.lang.ko_numbers``; this module wires them in.
"""
from __future__ import annotations

import re

from tqcheck.lang.pack import LanguagePack

# Hangul syllables, jamo (incl. compatibility jamo such as the middle dot ㆍ U+318D, extended
# A/B, halfwidth), and CJK ideographs (Hanja such as 尹 美 北).
SCRIPT_RE = re.compile(
    "[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\uffa0-\uffdc"
    "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"
)

AGENCIES = ("News1", "News 1", "Newsis", "Yonhap", "Yonhap News", "Yonhap News Agency",
            "News Tomato", "Edaily", "Money Today", "Herald Economy", "Asia Economy", "YTN",
            "MBN", "KBS", "MBC", "SBS", "JTBC", "Chosun Ilbo", "JoongAng Ilbo", "Dong-A Ilbo",
            "Hankyoreh", "Kyunghyang", "Maeil Business", "Hankook Ilbo", "Seoul Shinmun",
            "Munhwa Ilbo", "Kukmin Ilbo", "Segye Ilbo", "Financial News", "Newspim", "News Space",
            "Dailian", "OhmyNews", "Pressian", "Nocut News", "CBS", "Xinhua", "AFP", "Reuters")
_AGENCY_ALT = "|".join(sorted((re.escape(a).replace(r"\ ", r"\s?") for a in AGENCIES),
                              key=len, reverse=True))

# Site furniture that scrapers copy with the article: whole short lines only.
BOILERPLATE_LINES = frozenset(s.lower() for s in (
    "Newsletter", "Subscribe", "Subscription", "Share", "Print", "Font size", "Enlarge font",
    "Reduce font", "Copy URL", "Copy link", "Facebook", "Twitter", "KakaoTalk", "Kakao Story",
    "Naver Band", "Band", "Line", "Send email", "E-mail", "Email", "Home", "Login", "Log in",
    "Sign up", "Menu", "Close", "Top", "Go to top", "Back to top", "List", "Previous article",
    "Next article", "Related articles", "Related news", "Most viewed", "Popular articles",
    "Advertisement", "AD", "Sponsored", "Comments", "Report an error", "Tip off",
    "Listen to article", "Translate", "Bookmark", "Like", "Scrap", "Reading mode",
    "View original", "Original article", "Breaking news", "Latest news", "Trending",
))

CAPTION_RE = re.compile(
    r"\b(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*/?\s*(?:" + _AGENCY_ALT + r")\b"
    r"|[©ⓒ]\s*(?:" + _AGENCY_ALT + r")"
    r"|\[(?:YONHAP|Yonhap News Agency file photo|Yonhap file photo|JOINT PRESS CORPS|Photo)\]"
    r"|/\s*Courtesy of\s+\w+"
    r"|<\s*Click (?:on )?the (?:image|photo)[^>]*>",
    re.IGNORECASE,
)

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
BYLINE_LINE_RE = re.compile(
    r"^\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.?\s*)+$"        # only e-mail addresses
    r"|^\s*\((?:End|끝)\)\s*$"
    r"|^\s*(?:By\s+)?(?:Reporter|Correspondent|Staff reporter)\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2}\s*"
    r"(?:[\w.+-]+@[\w.-]+)?\s*$"
    r"|^\s*[▶☞]",
    re.IGNORECASE,
)
COPYRIGHT_RE = re.compile(
    r"unauthori[sz]ed\s+(?:reproduction|reprint(?:ing)?|copying|redistribution)"
    r"|(?:re)?distribution\s+(?:is\s+)?prohibited|all rights reserved"
    r"|^\s*[<\[(]?\s*(?:copyright|[©ⓒ])",
    re.IGNORECASE,
)


def classify_paragraph(text: str):
    """Return ``boilerplate``, ``caption`` or ``byline`` for paragraphs that are not prose,
    else ``None``.

    >>> classify_paragraph("Newsletter")
    'boilerplate'
    >>> classify_paragraph("Park poses for a photo. 2022.6.22/News 1 © News1 Reporter Kim")
    'caption'
    >>> classify_paragraph("ntiger@news1.kr")
    'byline'
    >>> classify_paragraph("Minister Park said on the 22nd that cooperation matters.") is None
    True
    """
    stripped = text.strip()
    if not stripped:
        return None
    if stripped.lower().rstrip(" :|>") in BOILERPLATE_LINES:
        return "boilerplate"
    if BYLINE_LINE_RE.search(stripped):
        return "byline"
    if CAPTION_RE.search(stripped):
        return "caption"
    if COPYRIGHT_RE.search(stripped) and len(stripped) < 200:
        return "boilerplate"
    return None


def _parse_amounts(text):
    from tqcheck.lang import ko_numbers

    return ko_numbers.parse_korean_amounts(text)


PACK = LanguagePack(
    code="ko",
    name="Korean",
    script_re=SCRIPT_RE,
    classify_paragraph=classify_paragraph,
    parse_amounts=_parse_amounts,
    glossary="glossary_ko_en.csv",
    agencies=AGENCIES,
)
