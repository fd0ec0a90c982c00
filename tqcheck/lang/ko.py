"""The Korean language pack: Hangul/Hanja script, Korean news agencies and their residue
patterns as machine translation renders them, and the packaged name glossary.

Korean wire copy carries furniture that English copy does not: a dateline-byline opening the
lead (``(서울=뉴스1) 김민지 기자 =``), a photo credit closing each caption
(``2022.6.22/뉴스1 © News1 김명섭 기자``), the reporter's e-mail and ``(끝)`` closing the story,
promos (``▶ 네이버에서 뉴시스 구독하기``) and a copyright footer (``무단 전재 및 재배포 금지``).
Machine translation renders them word for word.  The patterns below match those renderings
(and the untranslated Korean forms); the residue rules (TQ3xx) read them from ``PACK.extra``
so that another source language only has to supply its own patterns.

``classify_paragraph`` tells the segmenter which paragraphs are residue rather than prose.

Number units (만/억/조) live in ``tqcheck.lang.ko_numbers``; this module wires them in.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tqcheck.lang.pack import LanguagePack

# Hangul syllables, jamo (incl. compatibility jamo such as the middle dot ㆍ U+318D, extended
# A/B, halfwidth), and CJK ideographs (Hanja such as 尹 美 北).
SCRIPT_RE = re.compile(
    "[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\uffa0-\uffdc"
    "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3200-\u321e\u3260-\u327f]"
)

# Korean outlets whose furniture MT copies, spelled as MT and the outlets' own English pages
# spell them.  Foreign wires appear in Korean captions as ``AP=연합뉴스``.
KOREAN_AGENCIES = (
    "News1", "News 1", "News1 Korea", "Newsis", "Yonhap", "Yonhap News", "Yonhap News Agency",
    "Yonhap News TV", "Yonhapnews", "Yonhap Infomax", "News Tomato", "Newstomato", "Edaily",
    "E-Daily", "Money Today", "MoneyToday", "Money S", "Herald Economy", "Herald Business",
    "Herald Corporation", "Herald Corp", "Asia Economy", "Asia Business Daily", "Asia Today",
    "Aju Business Daily", "Aju Economy", "YTN", "MBN", "KBS", "MBC", "SBS", "JTBC", "TV Chosun",
    "Channel A", "Chosun Ilbo", "Chosun Biz", "ChosunBiz", "JoongAng Ilbo", "JoongAng",
    "Dong-A Ilbo", "Donga Ilbo", "Donga", "Hankyoreh", "Kyunghyang", "Kyunghyang Shinmun",
    "Maeil Business", "Maeil Business Newspaper", "Maeil Economy", "Korea Economic Daily",
    "Hankyung", "Hankook Ilbo", "Seoul Shinmun", "Seoul Economic Daily", "Seoul Economy",
    "Munhwa Ilbo", "Kukmin Ilbo", "Segye Ilbo", "Financial News", "Newspim", "News Space",
    "NewsSpace", "Dailian", "OhmyNews", "Pressian", "Nocut News", "CBS Nocut News", "CBS",
    "Digital Times", "Electronic Times", "ZDNet Korea", "Inews24", "iNews24", "Joy News 24",
    "Joynews24", "Sports Chosun", "Sports Seoul", "Sports Donga", "Star News", "Xports News",
    "OSEN", "My Daily", "Ilgan Sports", "Newsen", "TenAsia", "Ten Asia", "Bloter",
    "The Fact", "Sisa Journal", "E-Today", "Etoday", "Newsway", "Business Post", "Break News",
    "Kookje Shinmun", "Busan Ilbo", "Maeil Shinmun", "Gwangju Ilbo", "Kangwon Ilbo",
    "Yeongnam Ilbo", "Daegu Ilbo", "Gyeongin Ilbo", "Newsbank", "Gettyimages Korea",
    "Getty Images Bank", "Getty Images Korea",
)
FOREIGN_AGENCIES = ("Xinhua", "AFP", "Reuters", "AP", "EPA", "Kyodo", "UPI", "Bloomberg")
AGENCIES = KOREAN_AGENCIES + FOREIGN_AGENCIES


def _alternation(names) -> str:
    """Regex alternation of ``names``, longest first, any space optional."""
    parts = {re.escape(n).replace(r"\ ", r"\s?") for n in names}
    return "|".join(sorted(parts, key=len, reverse=True))


_KO_AGENCY = "(?i:" + _alternation(KOREAN_AGENCIES) + r")(?![\w-])"
_ANY_AGENCY = "(?i:" + _alternation(AGENCIES) + r")(?![\w-])"
# the agencies in Korean script, for untranslated residue
_KO_AGENCY_HANGUL = r"(?:연합뉴스|뉴스1|뉴시스|뉴스핌|이데일리|머니투데이|헤럴드경제|아시아경제|뉴스토마토)"

# A romanized Korean name: surname + given name (``Kim Myung-seop``, ``Kim Myungseop``,
# ``Kim Myung Seop``).  Used only next to a role word, a date or an agency, never alone.
_NAME = r"[A-Z][a-z]{1,6}\s[A-Z][a-z]+(?:-[A-Za-z][a-z]+|\s[A-Z][a-z]+)?"
_ROLE = (r"(?:(?:Special|Senior|Staff|Photo|Photographic|Video|Political|Economic|Chief|Deputy|Intern|"
         r"Trainee|Sports|Entertainment|Senior\s+Staff)\s+)?"
         r"(?:Reporters?|Correspondents?|Photographers?|Photojournalists?|Journalists?|Editors?|"
         r"Intern\s+reporters?|Trainee\s+reporters?|Columnists?|Writers?)")
_ROLE_LC = _ROLE.replace("Reporter", "[Rr]eporter").replace("Correspondent", "[Cc]orrespondent") \
    .replace("Photographer", "[Pp]hotographer").replace("Journalist", "[Jj]ournalist")
_EMAIL = r"[\w.+-]+(?:@|\s?[(\[]at[)\]]\s?)[\w-]+(?:\.[\w-]+)+"
"""An e-mail address, also as bylines disguise it from harvesters (``name(at)tjb.co.kr``)."""
# Korean dotted dates as captions write them: 2022.6.22 / 2022. 6. 22. / 2022-06-22
_DATE = r"(?:19|20)\d{2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}(?![\d])\.?(?:\s?\d{1,2}:\d{2})?"

# --- page furniture (TQ301) ------------------------------------------------------------------

# Site furniture that scrapers copy with the article; a paragraph made only of these phrases
# (with separators and counters such as ``Comments (3)``) is boilerplate.
BOILERPLATE_LINES = frozenset(s.lower() for s in (
    "Newsletter", "Newsletters", "Subscribe to newsletter", "Newsletter subscription",
    "Subscribe", "Subscription", "Share", "Share this article", "Share article", "Print",
    "Print article", "Font size", "Font size settings", "Font settings", "Text size",
    "Change font size", "Enlarge font", "Reduce font", "Enlarge text", "Reduce text", "Larger",
    "Smaller", "Copy URL", "Copy link", "URL copy", "URL copied", "Link copied", "Facebook",
    "Twitter", "X", "KakaoTalk", "Kakao Talk", "Kakao Story", "KakaoStory", "Kakao", "Naver Band",
    "Naver Blog", "Band", "Line", "Send email", "Send e-mail", "E-mail", "Email", "Home",
    "Login", "Log in", "Logout", "Sign up", "Sign in", "Join", "Menu", "Close", "Open",
    "Top", "Go to top", "Back to top", "List", "Go to list", "To list", "Previous article",
    "Next article", "Previous", "Next", "Related articles", "Related article", "Related news",
    "Recommended articles", "Recommended news", "Most viewed", "Most read", "Popular articles",
    "Popular news", "Hot news", "Photo news", "Video news", "Advertisement", "AD", "Ads",
    "Sponsored", "Comments", "Comment", "Write a comment", "Report an error", "Error report",
    "Tip off", "Report", "Listen to article", "Listen", "Listen to the article", "Read aloud",
    "Translate", "Translation", "Suggest Translation Improvements", "Bookmark", "Like",
    "Recommend", "Scrap", "Reading mode", "View original", "Original article", "Original",
    "View original article", "Breaking news", "Latest news", "Trending", "Search",
    "Enter search term", "Enter keyword", "Search word", "Reporter's other articles",
    "Other articles by this reporter", "More articles by this reporter", "Reporter page",
    "Subscribe to reporter", "Follow reporter", "Go to reporter page", "Cheer",
    "Audio report: written by reporters, read by AI", "Audio report", "Download app",
    "App download", "Go to app", "View in app", "Terms of use", "Privacy policy",
    "Youth protection policy", "Site map", "Sitemap", "All menu", "Full menu", "Entire menu",
    "Section", "Sections", "Opinion", "Politics", "Economy", "Society", "International",
    "World", "Culture", "Sports", "Entertainment", "IT/Science", "Lifestyle", "Life",
    # reaction bars under a story (좋아요 0 화나요 0 슬퍼요 0 댓글 0)
    "Likes", "Angry", "Sad", "Funny", "Surprised", "Touched", "Want follow-up",
    "Follow-up article request", "Recommended", "Dislike", "Best", "Shares",
    "Report an error in this article", "Report an error in the article", "Report errors",
    "Report a typo", "Report typos", "Report an article error",
    "Popular news in this section", "Most read in this section", "More from this section",
    "Other news in this section", "Latest news in this section", "Related tags", "Tags",
    "Related keywords", "Keywords", "Trending keywords", "Trending", "Log in to leave a comment",
    "Log in to comment", "Sign in to comment", "Leave a comment", "Write a comment",
    "Useful", "Interesting", "Empathy", "Great analysis", "Want a follow-up", "Helpful",
    "Surprising", "Fun", "Real-time issue keywords", "Real-time keywords", "Real-time search",
    "Naver News", "Daum News", "Nate News", "Download", "Preview",
))
_SNS = (r"(?:Facebook|Twitter|X|KakaoTalk|Kakao\s*Talk|Kakao\s*Story|Kakao|Naver(?:\s+(?:Band|Blog))?|"
        r"Band|Line|Telegram|WhatsApp|LinkedIn|Instagram|e-?mail|SNS)")
_FURNITURE_GRAMMAR = (
    r"(?:Share|Send|Post|Forward)\s+(?:(?:this\s+)?(?:article|story|news)\s+)?(?:on|via|to|with|by)\s+"
    + _SNS + r"|Send\s+(?:to|by|via)\s+e-?mail"
    r"|(?:Larger|Smaller|Bigger|Increase|Decrease|Enlarge|Reduce|Change|Adjust)\s+"
    r"(?:the\s+)?(?:text|font|letters?|characters?)(?:\s+size)?"
    r"|(?:Text|Font|Letter)\s+(?:size\s+)?(?:larger|smaller|up|down|\+|-|settings?)"
    r"|(?:Go|Back|Move|Return|Jump)\s+to\s+(?:the\s+)?(?:home|homepage|top|list|main|main\s+page|"
    r"previous\s+page|original|article\s+list|top\s+of\s+(?:the\s+)?page)"
    r"|Top\s+of\s+(?:the\s+)?page"
    r"|#[^\W_][\w-]*"  # a hashtag of a tag line: "Related tags #Samsung #HBM4"
    r"|(?:Most\s+(?:viewed|read|popular|commented)|Popular|Latest|Top)\s+(?:news\s+)?(?:in|on)\s+"
    r"[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*)?"
    r"|(?:(?:Related|Trending|Popular|Hot)\s+)?(?:tags?|keywords?|hashtags?)\s*:?(?:\s*#[^\n#|]{1,40})+"
    r"|(?:Most|Top)\s+(?:viewed|read|popular|shared|commented|clicked)(?:\s+(?:news|articles?|stories))?"
    r"|(?:Related|Recommended|Popular|Latest|Hot|Trending|Featured|Photo|Video|Today's|Top|More)\s+"
    r"(?:news|articles?|stories|videos?|photos?|issues?|keywords?)"
    r"|(?:Translated|Summarized|Read|Written)\s+by\s+AI|AI\s+(?:translation|summary)"
    r"|(?:See|View|Read|Go\s+to)\s+(?:the\s+)?(?:original|full\s+text|full\s+article|more|comments)"
    r"(?:\s+(?:article|text))?"
    r"|(?:Subscribe|Sign\s+up|Register)\s+(?:to|for)\s+(?:the\s+|our\s+|this\s+)?(?:free\s+)?"
    r"(?:daily\s+|weekly\s+)?(?:reporter|newsletters?|channel)|(?:Follow|Cheer)\s+(?:the\s+)?reporter"
    r"|(?:Listen\s+to|Read)\s+(?:the\s+)?(?:article|news)(?:\s+aloud)?"
)
_FURNITURE_PHRASE = "(?:" + "|".join(sorted(
    (re.escape(s).replace(r"\ ", r"\s+") for s in BOILERPLATE_LINES), key=len, reverse=True)) \
    + "|" + _FURNITURE_GRAMMAR + r")(?:\s*\(?\d{1,6}\)?|\s*\((?:click|Click|클릭)\))?"
FURNITURE_LINE_RE = re.compile(
    r"^[\s|·•>:\-]*" + _FURNITURE_PHRASE + r"(?:\s*[|·•/,>:\-]?\s*" + _FURNITURE_PHRASE
    + r")*[\s|·•>:\-]*$", re.IGNORECASE)
# Timestamp furniture: 입력 2022.06.22 14:30 | 수정 ... ("Input", "Modified", "Approval").
_STAMP_WORD = (r"(?:(?:Article|News)\s+)?(?:Input|Entered|Posted|Registered|Registration|Modified|"
               r"Modification|Revised|Revision|Edited|Edit|Updated|Update|Approved|Approval|"
               r"Published|Sent|Transmitted|Transmission|Last\s+modified|First\s+input)"
               r"(?:\s+(?:date|time|on|at))?")
TIMESTAMP_LINE_RE = re.compile(
    r"^\s*(?:" + _STAMP_WORD + r"\s*:?\s*" + _DATE + r"(?:\s?(?:AM|PM|a\.m\.|p\.m\.))?\s*[|·,/]?\s*)+$",
    re.IGNORECASE)
# UI strings in angle brackets or after a bullet: <Click on the image to see a larger version>
CLICK_IMAGE_RE = re.compile(
    r"[<\[(]\s*(?:Please\s+)?click\s+(?:on\s+)?(?:the\s+)?(?:image|photo|picture)\b[^<>\[\]()]{0,60}[>\])]"
    r"|[<\[(]\s*(?:Please\s+)?click\s+(?:here\s+)?to\s+(?:enlarge|zoom|see|view)\b[^<>\[\]()]{0,60}[>\])]",
    re.IGNORECASE)

# --- photo credits (TQ302) -------------------------------------------------------------------

_REPORTER_TAIL = (r"(?:\s*,?\s*(?:" + _ROLE_LC + r")\s+" + _NAME
                  + r"|\s+" + _NAME + r"\s+(?:" + _ROLE_LC + r"))?(?:\s+" + _EMAIL + r")?")
_EN_DATE = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+"
            r"(?:19|20)\d{2}")
_REPORTER_REQ = (r"(?:\s*,?\s*(?:" + _ROLE_LC + r")\s+" + _NAME + r"|\s+" + _NAME + r"\s+(?:"
                 + _ROLE_LC + r"))(?:\s+" + _EMAIL + r")?")
PHOTO_CREDIT_RE = re.compile(
    # 2022.6.22/News 1 © News1 Reporter Kim Myung-seop ; 2024.07.15. Newsis ; 2023.11.02. x@y
    r"(?<![\w.])" + _DATE + r"\.?\s*(?:/|,)?\s*(?:(?:Photo|Photos)\s*(?:=|by|:)\s*)?"
    r"(?:(?:" + _ANY_AGENCY + r"|" + _KO_AGENCY_HANGUL + r")(?:\s+(?:DB|file\s+photo))?"
    r"(?:\s*(?:[©ⓒ]|\([cC]\))\s*(?:" + _ANY_AGENCY + r"|" + _KO_AGENCY_HANGUL + r"))?"
    + _REPORTER_TAIL + r"|(?:" + _ROLE_LC + r")\s+" + _NAME + r"|" + _EMAIL + r")"
    # any outlet after a date and a slash: 2022.6.22/Maeil Economic Daily, June 22, 2022/News1
    r"|(?<![\w.])(?:" + _DATE + r"|\d{2}\.\d{1,2}\.\d{1,2}|" + _EN_DATE + r")\s*/\s*"
    r"[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|\d{1,2}))*"
    r"(?:\s*(?:[©ⓒ]|\([cC]\))\s*[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})?" + _REPORTER_TAIL
    # © Yonhap DB, /Sports Seoul DB, Photo = Yonhap DB
    + r"|(?:[©ⓒ]|\([cC]\)|/)\s*[A-Z][\w.&'-]*(?:\s+[A-Z0-9][\w.&'-]*){0,3}\s+(?:DB|file\s+photo)\b"
    # (Yonhap) closing a paragraph (reported at info severity by the rule)
    + r"|\(\s*" + _KO_AGENCY + r"(?:\s+News(?:\s+Agency)?)?\s*\)(?=\s*$)"
    # © News1 Reporter Kim Myung-seop (no date)
    + r"|(?:[©ⓒ]|\(c\))\s*(?:" + _KO_AGENCY + r"|" + _KO_AGENCY_HANGUL + r")" + _REPORTER_REQ
    # [Yonhap News Agency file photo] [YONHAP] [Photo=Yonhap] (Photo provided by Samsung)
    + r"|[\[(【]\s*(?:Photos?|Images?|Pictures?|(?:File|Data|Archive|Stock)\s+(?:photos?|images?)|"
    r"Screen\s*(?:capture|shot)|Capture|Courtesy(?:\s+of)?|Provided\s+by)\b[^\[\]()【】\n]{0,80}[\])】]"
    r"|[\[【]\s*(?i:" + _ANY_AGENCY + r")(?:\s+News(?:\s+Agency)?)?"
    r"(?:\s+(?:file|data|archive)?\s*(?:photos?|DB|images?|graphics?|captures?))?\s*[\]】]"
    r"|\(\s*(?i:" + _ANY_AGENCY + r")(?:\s+News(?:\s+Agency)?)?"
    r"\s+(?:file|data|archive)?\s*(?:photos?|DB|images?|graphics?|captures?)\s*\)"
    r"|\[\s*(?:" + _alternation(FOREIGN_AGENCIES) + r")\s*[=＝/]\s*(?:" + _KO_AGENCY
    + r")(?:\s+News(?:\s+Agency)?)?\s*\]"
    r"|\[\s*(?:JOINT\s+PRESS\s+CORPS|Joint\s+Press\s+Corps|Presidential\s+Office|"
    r"Ministry\s+of\s+[A-Z][\w ]{2,40}|[A-Z][\w.&' -]{1,40}\s+(?:provided|offered))\s*\]"
    # /Photo = Reporter Lee Seung-hwan (/사진=이승환 기자) closing a caption
    r"|/\s*Photos?\s*[=:]\s*(?:(?:" + _ROLE_LC + r")\s+" + _NAME + r"|" + _NAME + r"(?:\s+(?:"
    + _ROLE_LC + r"))?|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})"
    # a credit line of its own: "Kyunghyang Shinmun data photo" (경향신문 자료사진)
    r"|^[ \t]*(?:[A-Z][\w.&'-]*[ \t]+){1,4}(?:(?:data|file|archive|stock)[ \t]+photos?|DB)[ \t]*\.?[ \t]*$"
    # a broadcast still: "Broadcast screen capture of SBS 'Running Man'" (SBS '런닝맨' 방송화면 캡처)
    r"|^[ \t]*(?:(?:Broadcast|TV|Video|YouTube|Online)[ \t]+)?(?:[Ss]creen[ \t]*(?:capture|shot)|[Cc]apture|"
    r"[Ss]creenshot)[ \t]+(?:of|from)[ \t]+[^\n]{1,80}$"
    # Graphic = Reporter Cho Hye-jin (그래픽=조혜진 기자), Capture = YouTube channel 'Truth Lab'
    r"|(?:(?<=^)|(?<=[.!?”\"’)\]/]\s)|(?<=[.!?”\"’)\]/]))(?:Graphics?|Capture|Screenshot|"
    r"Illustration|Image|Video|Infographic|Photos?\s+(?:provided|courtesy)|Provided|Data|Source|"
    r"Materials?)\s*=\s*[^\n]{1,60}?(?=\s*$|[)\]】])"
    # Photo = Samsung Electronics ; Photo by Kim Hyun-min kimhyun81@ (at a sentence start)
    r"|(?:(?<=^)|(?<=[.!?”\"’)\]]\s)|(?<=[.!?”\"’)\]]))Photos?\s*(?:=|by\b|courtesy\s+of\b|"
    r"provided\s+by\b|:)\s*(?:[A-Z][\w&.'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&.'-]*){0,5})"
    r"(?:\s+(?:" + _ROLE_LC + r"))?(?:\s+[\w.+-]+@(?:[\w-]+(?:\.[\w-]+)+)?)?"
    r"|(?<=[=])\s*[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}\s+(?:provided|offered)(?=\s*[)\]】])"
    # /News1 or /Courtesy of News1 at the end of a caption
    r"|/\s*(?:Courtesy\s+of\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}"
    r"|" + _KO_AGENCY + r"(?:\s+(?:DB|file\s+photo))?(?=\s*$))"
    # the untranslated Korean credit: 사진=연합뉴스, [연합뉴스 자료사진]
    r"|사진\s*=\s*\S+(?:\s+제공)?|[\[(]\s*\S*\s*자료\s*사진\s*[\])]",
    re.MULTILINE,
)
# Shorter form for the classifier: a paragraph that is (or ends in) a photo credit is a caption.
CAPTION_CUE_RE = re.compile(
    r"\b(?:poses?|posing|pose\s+for|photo|photographed|(?:from|second\s+from|third\s+from)\s+"
    r"(?:left|right)|\((?:left|right|center|centre)\)|looks\s+on|is\s+seen|are\s+seen)\b",
    re.IGNORECASE)
CAPTION_RE = PHOTO_CREDIT_RE  # old name, kept for callers

# --- bylines, e-mails and promos (TQ303) -----------------------------------------------------

# Domains of Korean news outlets: an address at one of them is always byline residue.
NEWS_EMAIL_DOMAIN_RE = re.compile(
    r"@(?:[\w-]+\.)*(?:news1\.kr|sportsseoul\.com|xportsnews\.com|mbc\.co\.kr|spotvnews\.co\.kr|"
    r"sportschosun\.com|sportsdonga\.com|starnewskorea\.com|joynews24\.com|isplus\.com|"
    r"hankyung\.com|wowtv\.co\.kr|asiatoday\.co\.kr|nocutnews\.co\.kr|sisain\.co\.kr|"
    r"newsis\.com|yna\.co\.kr|yonhapnews\.co\.kr|yonhapnewstv\.co\.kr|"
    r"chosun\.com|chosunbiz\.com|joongang\.co\.kr|joins\.com|donga\.com|hani\.co\.kr|"
    r"khan\.co\.kr|mk\.co\.kr|hankyung\.com|hankookilbo\.com|seoul\.co\.kr|sedaily\.com|"
    r"munhwa\.com|kmib\.co\.kr|segye\.com|fnnews\.com|newspim\.com|edaily\.co\.kr|mt\.co\.kr|"
    r"heraldcorp\.com|asiae\.co\.kr|ajunews\.com|etnews\.com|dt\.co\.kr|zdnet\.co\.kr|"
    r"inews24\.com|newstomato\.com|dailian\.co\.kr|ohmynews\.com|pressian\.com|cbs\.co\.kr|"
    r"nocutnews\.co\.kr|ytn\.co\.kr|mbn\.co\.kr|kbs\.co\.kr|imbc\.com|sbs\.co\.kr|jtbc\.co\.kr|"
    r"tvchosun\.com|ichannela\.com|osen\.co\.kr|mydaily\.co\.kr|newsen\.com|tenasia\.co\.kr|"
    r"etoday\.co\.kr|newsway\.co\.kr|businesspost\.co\.kr|sisajournal\.com|tf\.co\.kr|"
    r"kookje\.co\.kr|busan\.com|imaeil\.com|kwangju\.co\.kr|kado\.net|yeongnam\.com|"
    r"idaegu\.com|kyeongin\.com|koreaherald\.com|koreatimes\.co\.kr|news1korea\.com)\b",
    re.IGNORECASE)
END_MARK_RE = re.compile(r"[(<\[【]\s*(?:End|END|end|끝|Over|OVER)\s*[)>\]】](?=\s*$)|/\s*(?:End|끝)\s*/(?=\s*$)"
                         r"|^\s*-\s*(?:End|끝)\s*-\s*$", re.MULTILINE)
# ☞Sympathetic Media Newsis, ▶ Subscribe to Newsis on Naver, ▶ 네이버에서 뉴시스 구독하기
PROMO_RE = re.compile(
    r"(?:^|(?<=\s))[▶☞►▷]\s*[^\n▶☞►▷]*"
    r"|(?i:(?:Sympathetic|Empathy|Empathetic|Empathic|Sympathy|Consensus|Compassionate)\s+"
    r"(?:Media|Press|Journalism|News)\s+Newsis(?:\s+Agency)?)"
    r"|공감언론\s*뉴시스"
    r"|Subscribe\s+to\s+" + _ANY_AGENCY + r"(?:\s+News)?\s+on\s+(?:Naver|Daum|Kakao\w*|YouTube|Google)"
    r"(?:\s+News)?"
    r"|(?:Add|Set|Make)\s+" + _ANY_AGENCY + r"\s+(?:as|to)\s+(?:your\s+)?(?:Naver|Daum)\s+"
    r"(?:main|favorites?|news\s*stand|newsstand)"
    r"|(?:Naver|Daum)\s+(?:main|news\s*stand|newsstand)\s+(?:subscription|subscribe)",
    re.MULTILINE,
)
# A byline: "Reporter Kim Min-ji", "Kim Min-ji reporter", "By Reporter Kim", with an e-mail.
BYLINE_RE = re.compile(
    r"(?:\bBy\s+)?(?:" + _KO_AGENCY + r"\s+)?(?:" + _ROLE_LC + r")\s+" + _NAME + r"(?:\s*(?:,|and|&)\s*(?:(?:" + _ROLE + r")\s+)?"
    + _NAME + r")*(?:\s*[(<]?\s*" + _EMAIL + r"\s*[)>]?)?"
    r"|" + _NAME + r",?\s+(?:" + _ROLE_LC + r")(?:\s*[(<]?\s*" + _EMAIL + r"\s*[)>]?)?"
    + r"|(?:Contact|E-?mail|Inquiries|Tips?|Reporter's\s+e-?mail)\s*[:：]\s*" + _EMAIL
    + r"|\S{1,4}\s*\S{1,4}\s*기자(?:\s+" + _EMAIL + r")?"
)
_BY_NAME_LINE_RE = re.compile(r"^\s*By\s+" + _NAME + r"(?:\s*(?:,|and)\s*" + _NAME + r")*\s*$")
# Broadcast copy ends with the reporter's sign-off ("KBS 뉴스 윤서연입니다" -> "This is KBS News
# Yoon Seo-yeon.", "YTN 이서영입니다" -> "YTN Lee Seo-young.") and a credits line ("영상편집: 장우진 /
# 그래픽: 김하은" -> "Video editing: Jang Woo-jin / Graphics: Kim Ha-eun"); lines of their own.
_BROADCASTERS = (r"(?:KBS|MBC|SBS|YTN|JTBC|MBN|OBS|EBS|CBS|BBS|TBS|KTV|TV\s?Chosun|TV\s?CHOSUN|"
                 r"Channel\s+A|Yonhap(?:news)?\s?TV|Arirang(?:\s+TV)?|News\s?Y)")
_SIGNOFF = (r"(?:(?:This\s+is|I'm|I\s+am)\s+)?" + _BROADCASTERS + r"(?:\s+News)?,?\s+(?:(?:"
            + _ROLE_LC + r")\s+)?" + _NAME + r"(?:,?\s+reporting)?"
            r"|(?:This\s+(?:is|has\s+been|was)|I'm|I\s+am)\s+" + _NAME
            + r",?\s+(?:(?:of|from|for|with)\s+)?"
            r"(?:" + _BROADCASTERS + r"(?:\s+News)?|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})")
_CREDIT_ROLE = (r"(?:(?:Video|Camera|Graphics?|Photo|Audio|Sound|Field|Scene|Broadcast)\s+)?"
                r"(?:[Ee]diting|[Ee]ditor|[Cc]overage|[Jj]ournalist|[Rr]eporter|[Ff]ilming|[Ss]hooting|"
                r"[Dd]esign|[Pp]roduction|[Pp]roducer|[Dd]irector|[Cc]ameraman|[Cc]amera|[Oo]perator|"
                r"Video|Graphics?|Photography|CG|Interview|Writer|Intern)")
_CREDITS = (_CREDIT_ROLE + r"\s*[:：]\s*" + _NAME + r"(?:\s*(?:,|and|·)\s*" + _NAME + r")*"
            r"(?:\s*[/|·,]\s*" + _CREDIT_ROLE + r"\s*[:：]\s*" + _NAME + r"(?:\s*(?:,|and|·)\s*"
            + _NAME + r")*)*")
_SIGNOFF_LINE = r"^\s*(?:" + _SIGNOFF + r"|" + _CREDITS + r")\s*\.?\s*$"
_ROLE_LINES = (
    r"^\s*(?:" + BYLINE_RE.pattern + r")[\s.]*$",
    # a student paper's byline: "Reporter Lee Da-som (Political Science, Class of 2024)"
    r"^[ \t]*(?:" + _ROLE_LC + r")[ \t]+" + _NAME + r"[ \t]*\([^()\n]{3,80}\)[ \t]*\.?[ \t]*$",
    # an outlet before the role: "Hankyung.com Reporter Oh Jin-woo" (한경닷컴 오진우 기자)
    r"^[ \t]*(?:[A-Z][\w.&'-]*[ \t]+){1,3}(?:(?:" + _ROLE_LC + r")[ \t]+" + _NAME + r"|" + _NAME
    + r"[ \t]+(?:" + _ROLE_LC + r"))[ \t]*\.?[ \t]*$",
)
"""Byline lines that need a role word, an e-mail or ``기자`` (what ``byline_gate`` looks for)."""
_OTHER_LINES = (
    r"^\s*(?:[(<]?" + _EMAIL + r"[)>]?[\s,;]*)+\.?\s*$",
    _SIGNOFF_LINE,
    r"^\s*[(<\[【]?\s*(?:End|END|end|끝)\s*[)>\]】]?\s*$",
    r"^\s*[▶☞►▷]",
    r"^\s*(?:" + PROMO_RE.pattern + r")\s*$",
    _BY_NAME_LINE_RE.pattern,
)
"""The other byline lines: e-mails, sign-offs and credits, end marks, promos, ``By Name``."""
BYLINE_LINE_RE = re.compile("|".join(_ROLE_LINES + _OTHER_LINES), re.MULTILINE)
_BYLINE_LINE_REST_RE = re.compile("|".join(_OTHER_LINES), re.MULTILINE)
"""``BYLINE_LINE_RE`` without the ``_ROLE_LINES``: what is left to match when
``byline_gate`` says there is no role word, e-mail or ``기자`` (see ``_byline_line``)."""

# --- datelines (TQ304) -----------------------------------------------------------------------

_PLACE = r"[A-Z][A-Za-z.'-]*(?:\s+[A-Za-z][A-Za-z.'-]*){0,3}"
_BRACKET_AGENCY = r"[A-Z][\w.&'-]*(?:\s+[A-Za-z0-9][\w.&'-]*){0,4}"
_ONE_ROLE_NAME = r"(?:(?:" + _ROLE_LC + r")\s+" + _NAME + r"|" + _NAME + r"\s+(?:" + _ROLE_LC + r"))"
_ROLE_NAMES = (r"(?:(?:" + _ROLE_LC + r")\s+)?" + _NAME + r"(?:\s+(?:" + _ROLE_LC + r"))?"
               r"(?:\s*(?:,|and|&|·)\s*(?:(?:" + _ROLE_LC + r")\s+)?" + _NAME
               + r"(?:\s+(?:" + _ROLE_LC + r"))?)*")
_ROLE_NAMES_REQ = (_ONE_ROLE_NAME + r"(?:\s*(?:,|and|&|·)\s*(?:" + _ONE_ROLE_NAME + r"|" + _NAME
                   + r"))*")
_OUTLET_NEWS = r"(?:" + _KO_AGENCY + r")(?:\s+News(?:\s+Agency)?)?"
# A bracketed outlet-and-reporter byline with no ``=``, as outlets without a place dateline
# open the lead (``[머니투데이 정민주 기자]``, ``[기자 김민지, 뉴시스]``): a known Korean outlet
# plus a role and a name anywhere; in square brackets at a line start, any capitalized outlet
# name (or none) before the role and name.
_BRACKET_BYLINE = (
    r"[(\[【〔]\s*" + _OUTLET_NEWS + r"\s*[,/·]?\s*(?:" + _ROLE_NAMES_REQ + r")\s*[)\]】〕]"
    r"|[(\[【〔]\s*(?:" + _ROLE_NAMES_REQ + r")\s*[,/·]\s*" + _OUTLET_NEWS + r"\s*[)\]】〕]"
    r"|^[ \t]*[\[【]\s*(?:[A-Z][\w.&'-]*\s+){0,4}(?:" + _ROLE_NAMES_REQ + r")\s*[\]】]"
    r"|^[ \t]*[\[【]\s*(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*\s*[|,/·]\s*(?:" + _ROLE_NAMES_REQ
    + r")\s*[\]】]")
# (Seoul=News1) Reporter Kim Min-ji = ; [Seoul=Newsis] ; (Washington AP=Yonhap News) ;
# 【Seoul=Newsis】 ; (서울=연합뉴스) 박성민 기자 = ; [Money Today Reporter Jeong Min-ju]
DATELINE_RE = re.compile(
    r"[(\[【〔<]\s*" + _PLACE + r"\s*[=＝]\s*" + _BRACKET_AGENCY + r"\s*[)\]】〕>]"
    r"(?:\s*(?:" + _ROLE_NAMES + r"|(?:" + _ROLE_LC + r"))?\s*[=＝]"
    r"|\s*(?:" + _ROLE_NAMES + r")\s*[-–—](?=\s))?"
    r"|[(\[【〔]\s*[\uac00-\ud7a3]{1,10}\s*[=＝]\s*[^()\[\]【】〔〕\n]{1,20}[)\]】〕]"
    r"(?:\s*[\uac00-\ud7a3]{2,4}\s*(?:기자|특파원)\s*[=＝])?"
    r"|(?:^|(?<=\s)|(?<=[(\[]))(?:" + _ROLE_NAMES_REQ + r")\s*[=＝](?=\s|$)"
    r"|(?:^|(?<=\s))(?:" + _ROLE_LC + r")\s*[=＝](?=\s|$)"
    r"|[\uac00-\ud7a3]{2,4}\s*(?:기자|특파원)\s*[=＝]"
    r"|" + _BRACKET_BYLINE +
    # a place and a reporter with no brackets, opening a line (워싱턴=문병기 특파원)
    r"|^[ \t]*(?!(?:Photos?|Graphics?|Capture|Screenshot|Illustration|Image|Video|Infographic|"
    r"Data|Source)\b)" + _PLACE + r"[ \t]*[=＝][ \t]*(?:" + _ROLE_NAMES_REQ + r")(?:[ \t]*[=＝])?(?=\s|$)",
    re.MULTILINE,
)

# --- copyright footers (TQ305) ---------------------------------------------------------------

_REPRO = r"(?:reproduction|reprint(?:ing)?|copying|duplication|re-?publication|re-?posting|transcription)"
_REDIST = r"(?:re-?distribution|distribution|re-?transmission|re-?broadcast(?:ing)?|re-?sale|re-?distributing)"
_BANNED = r"(?:(?:is|are)\s+)?(?:strictly\s+)?(?:prohibited|banned|forbidden|not\s+allowed|not\s+permitted)"
_AI_USE = (r"(?:(?:AI|artificial\s+intelligence)\s+(?:learning|training)(?:\s*(?:and|&|or|,|-|/)\s*"
           r"(?:use|usage|utilization|utilisation))?|(?:use|usage|utilization)\s+(?:for|in)\s+"
           r"(?:AI|artificial\s+intelligence)\s+(?:learning|training))")
_WITHOUT = (r"(?:\s+of\s+(?:this|the)\s+(?:article|content|story|news|material|photos?|video))?"
            r"(?:\s+without\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:permission|consent|"
            r"authori[sz]ation|approval)(?:\s+of\s+(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})?)?")
COPYRIGHT_CORE_RE = re.compile(
    r"(?:\bNo\s+|\bProhibition\s+(?:of|on|against)\s+|\bBan\s+on\s+)?(?:unauthori[sz]ed\s+)?"
    r"(?:" + _REPRO + r"|" + _REDIST + r")\s*(?:and|&|or|-|/|,|·|ㆍ)\s*(?:" + _REPRO + r"|"
    + _REDIST + r")(?:\s*,?\s*(?:and|&|or)?\s*(?:" + _AI_USE + r"))?" + _WITHOUT + r"\s*" + _BANNED
    + r"(?:\s*(?:,|and|&)\s*(?:" + _AI_USE + r")\s*" + _BANNED + r"?)?"
    r"|\b(?:No|Prohibition\s+(?:of|on|against)|Ban\s+on)\s+unauthori[sz]ed\s+(?:" + _REPRO + r"|"
    + _REDIST + r")(?:\s*(?:and|&|or|-|/|,|·|ㆍ)\s*(?:" + _REPRO + r"|" + _REDIST + r"))?"
    r"(?:\s*(?:,|and|&|or)\s*(?:" + _AI_USE + r"))?"
    r"|\bunauthori[sz]ed\s+(?:" + _REPRO + r"|" + _REDIST + r")\s*" + _BANNED
    + r"|\b(?:prohibited|banned)\s+from\s+(?:" + _AI_USE + r"|(?:unauthori[sz]ed\s+)?(?:" + _REPRO
    + r"|" + _REDIST + r")\s*(?:and|&|or|-|/|,|·)\s*(?:" + _REPRO + r"|" + _REDIST + r"))"
    + r"|\b(?:Prohibition\s+(?:of|on)\s+|No\s+)" + _AI_USE + r"|\b" + _AI_USE + r"\s*" + _BANNED
    + r"|\bCopyrights?\s*(?:holder|owner)?\s*(?:[©ⓒ]|\([cC]\))\s*[^.,;\n<>\[\]]{0,80}[.,]?"
    # "All articles of this newspaper are protected by copyright law, and reproduction without
    # permission is prohibited."
    r"|\b(?:" + _REPRO + r"|" + _REDIST + r")\s+without\s+(?:prior\s+)?(?:permission|consent|"
    r"authori[sz]ation)\s+(?:is\s+|are\s+)?(?:strictly\s+)?(?:prohibited|banned|forbidden)"
    r"|\b(?:All\s+)?(?:articles?|contents?|photos?|materials?)\s+(?:of|on|in)\s+this\s+(?:newspaper|"
    r"paper|site|website|page)\s+(?:are|is)\s+protected\s+by\s+(?:the\s+)?copyright(?:\s+law)?"
    # "This article may not be reproduced or distributed without the consent of Jeonbuk Ilbo."
    r"|\b(?:this|the)\s+(?:article|story|content|material|report)s?\s+(?:may|must|shall|can)\s*not\s+be\s+"
    r"(?:reproduced|copied|redistributed|distributed|republished|reprinted)(?:\s*(?:,|or|and)\s*"
    r"(?:reproduced|copied|redistributed|distributed|republished|reprinted|transmitted|"
    r"broadcast))*\s+without\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:permission|consent|"
    r"authori[sz]ation|approval)(?:\s+of\s+[^.\n<>\[\]]{1,60})?\.?"
    # "The copyright of this article belongs to Hankook Ilbo." (이 기사의 저작권은 …에 있습니다)
    r"|\b(?:The\s+)?copyrights?\s+(?:of|for|to|on|in)\s+this\s+(?:article|story|content|news|report)"
    r"\s+(?:belongs?\s+to|(?:is|are)\s+(?:owned|held)\s+by|rests?\s+with|lies\s+with)"
    r"\s+[^.\n<>\[\]]{1,60}\.?"
    r"|(?:[©ⓒ]|\([cC]\))\s*(?:(?:19|20)\d{2}\s*)?(?:" + _KO_AGENCY + r"|" + _KO_AGENCY_HANGUL
    + r")(?:\s*Korea)?(?:\s*\([\w.-]+\))?[.,]?"
    r"|무단\s*전재[^\n>\]]{0,30}금지|재배포\s*금지|저작권자\s*[(ⓒ©]",
    re.IGNORECASE,
)
# "Copyright Asia Economy." next to a ban: the owner clause of the same footer
COPYRIGHT_OWNER_RE = re.compile(r"(?:\bCopyrights?\b(?:\s+(?:holder|owner))?\s*(?:[©ⓒ]|\([cC]\))?|[©ⓒ]"
                                r"|\([cC]\))\s*[A-Z][^.<>\[\]\n]{0,60}\.?")
ALL_RIGHTS_RE = re.compile(r"\ball\s+rights\s+reserved\b\.?", re.IGNORECASE)
COPYRIGHT_SIGN_RE = re.compile(r"[©ⓒ]|\bCopyrights?\b\s*(?:holder|owner)?\s*(?:[©ⓒ]|\([cC]\))"
                               r"|(?:^|(?<=[.!?]\s))\s*[<\[]?\([cC]\)\s*(?=[A-Z])", re.MULTILINE)
# old name, kept for callers: anything that makes a short paragraph a copyright footer
COPYRIGHT_RE = re.compile(COPYRIGHT_CORE_RE.pattern + r"|" + ALL_RIGHTS_RE.pattern
                          + r"|^\s*[<\[(]?\s*(?:copyrights?\b|[©ⓒ])", re.IGNORECASE | re.MULTILINE)


# --- prefilters --------------------------------------------------------------------------------
# The residue patterns are long alternations that the regex engine tries at every position of
# every paragraph, although almost no news paragraph is residue.  Each ``*_gate`` below is a
# cheap test that is true whenever its pattern can match anywhere in the text (it checks for a
# character or word that every alternative of the pattern requires), so a false gate means "no
# match" and the pattern is not run.  Keep a gate in step with its pattern when editing either.
# Gates of case-insensitive patterns test ``text.lower()``; the four characters that Python's
# IGNORECASE also matches to ASCII letters (İ ı ſ K) switch those gates off.
def _lower(text: str):
    """``text.lower()``, or ``None`` when a case-insensitive gate cannot be trusted.

    The classifier and the rules ask several gates about one paragraph in a row, so the
    last answer is kept (checked by identity: the same string object)."""
    if text is _LAST_LOWER[0]:
        return _LAST_LOWER[1]
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        low = None
    else:
        low = text.lower()
    _LAST_LOWER[0], _LAST_LOWER[1] = text, low
    return low


_LAST_LOWER = [None, None]


_PHOTO_DATE_GATE_RE = re.compile(r"(?:19|20)\d{2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}")
"""The date that opens ``_DATE`` (``2022.6.22``), the only date form ``PHOTO_CREDIT_RE`` can
match without a slash."""


def photo_credit_gate(text: str) -> bool:
    """False only when ``PHOTO_CREDIT_RE`` cannot match: every alternative needs a dated credit
    (``2022.6.22``), a square bracket, a slash, ``=``, a copyright sign, ``Photo``, ``사진``
    or one of the round-bracket forms ``paren_credit_gate`` looks for."""
    return ("/" in text or "=" in text or "[" in text or "【" in text
            or "©" in text or "ⓒ" in text or "Photo" in text or "사진" in text
            or ("(" in text and paren_credit_gate(text))
            or (" photo" in text and _LINE_PHOTO_GATE_RE.search(text) is not None)
            or "DB" in text or "apture" in text or "creenshot" in text
            or _PHOTO_DATE_GATE_RE.search(text) is not None)


_LINE_PHOTO_GATE_RE = re.compile(r"(?:data|file|archive|stock)[ \t]+photo")
"""What the ``... data photo`` credit line of ``PHOTO_CREDIT_RE`` needs (its ``... DB`` and
screen-capture lines need ``DB``, ``capture`` or ``screenshot``, tested as such)."""


# "(Image", "(Courtesy of", ... opening a bracket; ")" closing a line (the "(Yonhap)" form)
_PAREN_CREDIT_GATE_RE = re.compile(
    r"\(\s*(?:Image|Picture|File|Data|Archive|Stock|Screen|Capture|Courtesy|Provided)"
    r"|\)(?=\s*$)", re.MULTILINE)


def paren_credit_gate(text: str) -> bool:
    """False only when no alternative of ``PHOTO_CREDIT_RE`` that a round bracket can start
    matches, given none of the other characters and words ``photo_credit_gate`` tests: those
    need ``(c)``/``(C)``, a photo word before the closing bracket (``(Yonhap file photo)``,
    ``(AP DB)``), a credit word after the opening one (``(Courtesy of Samsung)``), or a
    bracket closing the line (``(Yonhap)``).  English prose brackets (``(CNN)``,
    ``15 meters (49 feet) from``) fail it."""
    return ("(c)" in text or "(C)" in text or "photo" in text or "DB" in text
            or "image" in text or "graphic" in text or "capture" in text
            or _PAREN_CREDIT_GATE_RE.search(text) is not None)


def dateline_gate(text: str) -> bool:
    """False only when ``DATELINE_RE`` cannot match: every alternative but the bracketed
    byline needs ``=``; that one needs a bracket and a role word (``Reporter``, ...)."""
    return ("=" in text or "＝" in text
            or (("[" in text or "(" in text or "【" in text or "〔" in text) and byline_gate(text)))


def copyright_gate(text: str) -> bool:
    """False only when ``COPYRIGHT_CORE_RE`` cannot match: every alternative needs a ban word,
    ``unauthorized``, AI ``learning``/``training``, ``copyright``, ``(may) not be (reproduced)``,
    a copyright sign or the Korean footer's ``금지``/``저작권자``."""
    low = _lower(text)  # lower-case: IGNORECASE also matches "Ⓒ" to "ⓒ"
    if low is None:
        return True
    return ("©" in low or "ⓒ" in low or "(c)" in low or "금지" in low or "저작권자" in low
            or "prohibited" in low or "banned" in low or "forbidden" in low or "allowed" in low
            or "permitted" in low or "unauthori" in low or "learning" in low
            or "training" in low or "copyright" in low or _not_be_copied(low))


def _not_be_copied(low: str) -> bool:
    """``… may not be reproduced/copied/distributed …`` can be in the lower-cased text."""
    return "not be" in low and ("reprod" in low or "copied" in low or "distribut" in low
                                or "republish" in low or "reprint" in low)


def copyright_sign_gate(text: str) -> bool:
    """False only when ``COPYRIGHT_SIGN_RE`` or ``COPYRIGHT_OWNER_RE`` cannot match: both need a
    copyright sign, ``(c)`` or the word ``Copyright``."""
    return ("©" in text or "ⓒ" in text or "(c)" in text or "(C)" in text
            or "Copyright" in text)


def all_rights_gate(text: str) -> bool:
    """False only when ``ALL_RIGHTS_RE`` cannot match (it needs ``rights``)."""
    low = _lower(text)
    return low is None or "rights" in low


def byline_gate(text: str) -> bool:
    """False only when ``BYLINE_RE`` cannot match: every alternative needs a role word
    (``Reporter``, ``correspondent``, ...), an e-mail's ``@`` or ``기자``."""
    return ("@" in text or "기자" in text or "eporter" in text or "orrespondent" in text
            or "hotographer" in text or "ournalist" in text or "Editor" in text
            or "Columnist" in text or "Writer" in text)


def promo_gate(text: str) -> bool:
    """False only when ``PROMO_RE`` cannot match: it needs a promo arrow, ``Newsis``/``뉴시스``,
    ``Subscribe``, ``Naver`` or ``Daum``."""
    if "▶" in text or "☞" in text or "►" in text or "▷" in text or "뉴시스" in text or "Subscribe" in text \
            or "Naver" in text or "Daum" in text:
        return True
    low = _lower(text)
    return low is None or "newsis" in low


_END_MARK_GATE_RE = re.compile(r"(?:End|END|end|끝|Over|OVER)\s*[)>\]】/-]")


def end_mark_gate(text: str) -> bool:
    """False only when ``END_MARK_RE`` cannot match: it needs ``End``/``END``/``end``/``Over``/
    ``OVER``/``끝`` followed by a closing bracket, ``/`` or ``-``."""
    if "nd" in text or "ND" in text or "끝" in text or "Over" in text or "OVER" in text:
        return _END_MARK_GATE_RE.search(text) is not None
    return False


# Newsletter sign-up boxes: "By entering your e-mail, you agree to the terms.", "Enter your
# e-mail address". Sentences with a full stop, so FURNITURE_LINE_RE (no full stop) misses them.
_EMAIL_WORD = r"(?:e-?mail(?:\s+address)?|address)"
SIGNUP_LINE_RE = re.compile(
    r"\s*(?:By\s+(?:entering|submitting|providing|registering|subscribing|signing\s+up|clicking)"
    r"(?:\s+(?:your|an?|the)\s+" + _EMAIL_WORD + r"|\s+(?:subscribe|sign\s+up|submit|"
    r"register|below|here))?,?\s+you\s+(?:agree|consent|accept)\s+to\s+[^.!?\n]{2,80}"
    r"|(?:Please\s+)?enter\s+(?:your|an?)\s+(?:valid\s+)?" + _EMAIL_WORD +
    r"|(?:I\s+)?(?:agree|consent)\s+to\s+(?:the\s+)?(?:terms(?:\s+(?:of\s+(?:use|service)|and\s+"
    r"conditions))?|privacy\s+policy|collection\s+(?:and\s+use\s+)?of\s+personal\s+"
    r"information)"
    r"|Get\s+(?:the\s+)?(?:latest\s+)?(?:news|stories|headlines)\s+(?:delivered\s+)?(?:to|in)\s+"
    r"your\s+inbox)[\s.!]*", re.IGNORECASE)


# Subscription, membership and tip-line boxes: "Subscribe to The Korea Economic Daily channel",
# "Support The Hankyoreh: become a member ...", YTN's "※ 'Your report becomes news' [KakaoTalk]
# Search YTN and add channel [Phone] 02-398-8585 [Mail] ...".  Whole paragraphs only.
_CONTACT_LABEL = (r"\[(?:Kakao\s?[Tt]alk|KakaoTalk|Phone|Tel|Telephone|Mail|E-?mail|Email|Fax|Telegram|"
                  r"Homepage|Website|Web|Line|YouTube)\]")
PROMO_BOX_RE = re.compile(
    r"\s*(?:[※■□◆◇●○•]\s*)?(?:"
    r"['‘\"“]?(?:Your\s+|your\s+)?(?:[Rr]eports?|[Tt]ips?|[Ss]tories)\s+(?:becomes?|will\s+become|"
    r"makes?)\s+(?:the\s+)?news[.!]?['’\"”]?[^\n]*"
    r"|[^\n]*" + _CONTACT_LABEL + r"[^\n]*" + _CONTACT_LABEL + r"[^\n]*"
    # (an agency's promo line, "▶ Subscribe to Newsis on Naver", is PROMO_RE's: a byline)
    r"|Subscribe\s+to\s+(?:the\s+|The\s+|our\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4}"
    r"(?:'s)?\s+(?:channel|YouTube(?:\s+channel)?|newsletter)(?:\s+(?:and|to|for)\s[^\n]{0,120})?"
    r"|Download\s+(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\s+app\b[^\n]{0,120}"
    # a press release's attachment line: "Attachment: 260314_release.hwp [Download] [Preview]"
    r"|(?:Attachments?|Attached\s+files?|File\s+attachments?)\s*[:：]?\s*[^\n]{0,80}?"
    r"\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip|jpe?g|png)\b[^\n]{0,60}"
    # a portal's machine summary: "Summary: The summary is generated automatically by AI ..."
    r"|(?:AI\s+)?Summary\s*[:：]?[^\n]{0,60}?(?:generated|created|produced|written)\s+"
    r"(?:automatically\s+)?(?:by|with|using)\s+(?:AI|artificial\s+intelligence)[^\n]{0,200}"
    r"|Support\s+(?:The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\s*[:：—–-]\s*"
    r"(?:[Bb]ecome|[Jj]oin|[Ss]ubscribe|[Dd]onate|[Ss]upport|[Ss]ponsor)[^\n]{0,160}"
    r"|(?:Become\s+a\s+(?:member|subscriber|supporter|sponsor)|Support\s+(?:independent|quality|good|"
    r"trustworthy)\s+journalism)[^\n]{0,160}"
    r")[\s.!]*")


PROMO_BOX_MAX = 300
"""Longer paragraphs are prose, whatever they open with."""


def promo_box_gate(text: str) -> bool:
    """False only when ``PROMO_BOX_RE`` cannot match: each form needs a bracket,
    ``Subscribe``, ``Support``, ``Become a``, ``Download``, ``news`` after ``become``/``make``,
    ``Attach…`` or ``Summary``."""
    return ("[" in text or "Subscribe" in text or "Support" in text or "Become a" in text
            or "Download" in text or ("news" in text and ("ecome" in text or "make" in text))
            or "ttach" in text or "ummary" in text)


def signup_gate(text: str) -> bool:
    """False only when ``SIGNUP_LINE_RE`` cannot match: each form names the e-mail, an
    agreement, the inbox or an address."""
    low = _lower(text)
    if low is None:
        return True
    return "mail" in low or "agree" in low or "consent" in low or "inbox" in low \
        or "address" in low


def click_image_gate(text: str) -> bool:
    """False only when ``CLICK_IMAGE_RE`` cannot match (it needs ``click``)."""
    low = _lower(text)
    return low is None or "click" in low


def furniture_gate(text: str) -> bool:
    """False only when ``FURNITURE_LINE_RE`` cannot match: none of its phrases or separators
    holds a full stop, and prose sentences end with one."""
    return "." not in text


def prose_residue_gate(text: str) -> bool:
    """False only when none of the patterns that find residue inside prose can match: the OR
    of ``photo_credit_gate``, ``click_image_gate``, ``dateline_gate``, ``copyright_gate``,
    ``copyright_sign_gate``, ``byline_gate``, ``promo_gate``, ``end_mark_gate`` and an ``@``
    (e-mails), with one lower-casing for plain ASCII text (most English prose)."""
    if not text.isascii():
        return ("@" in text or photo_credit_gate(text) or click_image_gate(text)
                or dateline_gate(text) or copyright_gate(text) or copyright_sign_gate(text)
                or byline_gate(text) or promo_gate(text) or end_mark_gate(text))
    if "/" in text or "=" in text or "[" in text or "@" in text:
        return True
    # a round bracket matters to the photo credits' bracket forms, "(c)" and "(End)"; the
    # bracketed byline of DATELINE_RE also needs a role word, tested below
    if "(" in text and (paren_credit_gate(text) or end_mark_gate(text)):
        return True
    low = text.lower()
    return ("Photo" in text or "eporter" in text or "orrespondent" in text
            or "hotographer" in text or "ournalist" in text or "Editor" in text
            or "Columnist" in text or "Writer" in text or "Subscribe" in text or "Naver" in text
            or "Daum" in text or "newsis" in low or "click" in low or "copyright" in low
            or "prohibited" in low or "banned" in low or "forbidden" in low or "allowed" in low
            or "permitted" in low or "unauthori" in low or "learning" in low
            or "training" in low or _not_be_copied(low)
            # with no "(", "[" or "/", END_MARK_RE needs "<" or a "- End -" line
            or (("<" in text or ("End" in text and "-" in text)) and end_mark_gate(text))
            or (("19" in text or "20" in text) and _PHOTO_DATE_GATE_RE.search(text) is not None)
            or (" photo" in text and _LINE_PHOTO_GATE_RE.search(text) is not None)
            or "DB" in text or "apture" in text or "creenshot" in text)


PREFILTERS = {
    "photo_credit_re": photo_credit_gate,
    "dateline_re": dateline_gate,
    "copyright_re": copyright_gate,
    "copyright_sign_re": copyright_sign_gate,
    "copyright_owner_re": copyright_sign_gate,
    "byline_re": byline_gate,
    "promo_re": promo_gate,
    "end_mark_re": end_mark_gate,
    "click_image_re": click_image_gate,
    "furniture_line_re": furniture_gate,
    "signup_line_re": signup_gate,
    "promo_box_re": promo_box_gate,
    "prose_residue": prose_residue_gate,
}
"""Gates by ``PACK.extra`` key, for the residue rules (``PACK.extra["prefilters"]``)."""


def classify_paragraph(text: str):
    """Return ``boilerplate``, ``caption`` or ``byline`` for paragraphs that are not prose,
    else ``None``.

    Boilerplate is site furniture (menus, share buttons, time stamps) and copyright footers;
    a caption is a paragraph that is or ends in a photo credit (a credit inside long prose
    leaves the paragraph prose); a byline is a reporter line, an e-mail, ``(End)`` or a promo.

    >>> classify_paragraph("Newsletter")
    'boilerplate'
    >>> classify_paragraph("Share | Print | Font size")
    'boilerplate'
    >>> classify_paragraph("Input 2022.06.22 14:30 | Modified 2022.06.22 15:01")
    'boilerplate'
    >>> classify_paragraph("Park poses for a photo. 2022.6.22/News 1 © News1 Reporter Kim")
    'caption'
    >>> classify_paragraph("[Yonhap News Agency file photo]")
    'caption'
    >>> classify_paragraph("[Photo] President Yoon visits flood-hit areas in Cheongju") is None
    True
    >>> classify_paragraph("ntiger@news1.kr")
    'byline'
    >>> classify_paragraph("(End)")
    'byline'
    >>> classify_paragraph("▶ Subscribe to Newsis on Naver")
    'byline'
    >>> classify_paragraph("(Seoul=News1) Reporter Kim Min-ji =")
    'byline'
    >>> classify_paragraph("<Copyright (c) Yonhap News, unauthorized reproduction-redistribution prohibited>")
    'boilerplate'
    >>> classify_paragraph("Minister Park said on the 22nd that cooperation matters.") is None
    True
    >>> classify_paragraph("(Seoul=News1) Reporter Kim Min-ji = Minister Park Jin said on the 22nd "
    ...                    "that cooperation with Central Asia is very important.") is None
    True
    """
    return _classify_paragraph(text)


@lru_cache(maxsize=256)
def _classify_paragraph(text: str):
    # cached: the segmenter and every residue rule ask about the same paragraphs
    stripped = text.strip()
    if not stripped:
        return None
    # furniture_gate: FURNITURE_LINE_RE cannot match text with a full stop (most prose)
    if (stripped.lower().rstrip(" :|>") in BOILERPLATE_LINES
            or ("." not in stripped and FURNITURE_LINE_RE.match(stripped))
            or TIMESTAMP_LINE_RE.match(stripped)
            or (len(stripped) < 160 and signup_gate(stripped)
                and SIGNUP_LINE_RE.fullmatch(stripped))
            or (len(stripped) < PROMO_BOX_MAX and promo_box_gate(stripped)
                and PROMO_BOX_RE.fullmatch(stripped))):
        return "boilerplate"
    # every alternative of BYLINE_LINE_RE starts with a (MULTILINE) ``^``: on one line, search
    # finds only what match at 0 finds
    if "\n" not in stripped and _byline_line(stripped):
        return "byline"
    credit_gate = photo_credit_gate(stripped)
    if (len(stripped) <= 160 and dateline_gate(stripped)
            and not (credit_gate and PHOTO_CREDIT_RE.fullmatch(stripped))):
        rest = DATELINE_RE.sub("", stripped).strip(" .,;:-=")
        if rest != stripped.strip(" .,;:-=") and (not rest or _byline_line(rest)):
            return "byline"  # a dateline-byline on its own line
    credits = list(PHOTO_CREDIT_RE.finditer(stripped)) if credit_gate else []
    # a credit's "© News1" is not a copyright footer: look for the footer outside credits
    outside = _cut(stripped, credits).strip() if credits else stripped
    if len(stripped) < 300 and ((copyright_gate(outside) and COPYRIGHT_CORE_RE.search(outside)) or (
            all_rights_gate(outside) and ALL_RIGHTS_RE.search(outside)
            and COPYRIGHT_SIGN_RE.search(stripped))
            or _COPYRIGHT_START_RE.match(outside)):
        if not _looks_like_prose(stripped) and _footer_share(stripped) >= 0.6:
            return "boilerplate"
    if CLICK_IMAGE_RE.fullmatch(stripped):
        return "caption"
    if credits:
        if _labelled_headline(stripped, credits):
            return None
        last = credits[-1]
        tail = stripped[last.end():].strip(" .,;:-/")
        if len(stripped) < 200 or not tail or CAPTION_CUE_RE.search(outside):
            return "caption"
    return None


def _byline_line(text: str) -> bool:
    """``BYLINE_LINE_RE.match(text) is not None``, without trying its long ``BYLINE_RE``
    alternative where ``byline_gate`` says that cannot match."""
    if byline_gate(text):
        return BYLINE_LINE_RE.match(text) is not None
    return _BYLINE_LINE_REST_RE.match(text) is not None


HEADLINE_LABEL_MIN_WORDS = 5
"""``[Photo] Yoon visits flood-hit areas``: a bracket label opening a line and followed by at
least this many words (and no other credit) labels a headline or story, not a caption."""


def _labelled_headline(text: str, credits: list) -> bool:
    """Is ``text`` a bracket label (``[Photo]``, ``[Yonhap]``) followed by a headline?"""
    first = credits[0]
    if len(credits) > 1 or first.start() != 0 or text[0] not in "[【":
        return False
    if text[first.end() - 1] not in "]】":
        return False
    return len(text[first.end():].split()) >= HEADLINE_LABEL_MIN_WORDS


_COPYRIGHT_START_RE = re.compile(r"^[<\[(]?\s*(?:copyrights?\b|[©ⓒ])", re.IGNORECASE)


def _cut(text: str, matches: list) -> str:
    """``text`` with each of ``matches`` replaced by a space (``regex.sub(" ", text)`` for the
    matches ``regex.finditer(text)`` returned)."""
    parts = []
    pos = 0
    for m in matches:
        parts.append(text[pos:m.start()])
        parts.append(" ")
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


_FOOTER_BRACKET_RE = re.compile(r"<[^<>\n]*>|\[[^\[\]\n]*\]|【[^【】\n]*】|\((?:[^()\n]|\([^()\n]*\))*\)")


def _footer_share(text: str) -> float:
    """Share of ``text``'s letters that belong to a copyright footer (a footer's bracket, or
    the sentence a footer phrase sits in)."""
    letters = sum(c.isalnum() for c in text)
    if not letters:
        return 0.0
    inside = [False] * len(text)
    for regex in (COPYRIGHT_CORE_RE, ALL_RIGHTS_RE, COPYRIGHT_SIGN_RE):
        for m in regex.finditer(text):
            s, e = m.start(), m.end()
            for b in _FOOTER_BRACKET_RE.finditer(text):
                if b.start() <= s and e <= b.end():
                    s, e = b.start(), b.end()
                    break
            else:  # widen to the clause: from the previous sentence end to the next
                while s > 0 and text[s - 1] not in ".!?>]":
                    s -= 1
                while e < len(text) and text[e - 1] not in ".!?" and text[e] not in "<[":
                    e += 1
            for k in range(s, e):
                inside[k] = True
    covered = sum(1 for k, c in enumerate(text) if inside[k] and c.isalnum())
    rest = "".join(c if not inside[k] else " " for k, c in enumerate(text))
    if re.search(r"(?<![\w.])[a-z]{3,}(?![\w.])", rest) and len(rest.split()) >= 3:
        return 0.0  # prose besides the footer ("He met Abbas. (C) Newsis. ...")
    return covered / letters


_VERB_HINT_RE = re.compile(r"\b(?:said|says|told|announced|added|according|reported|is|are|was|were|has|have|will)\b")


def _looks_like_prose(text: str) -> bool:
    """Copyright words inside a reported sentence ("the court said reproduction and
    distribution are prohibited") leave the paragraph prose."""
    return bool(_VERB_HINT_RE.search(text)) and len(text.split()) > 14 and not re.search(
        r"[©ⓒ]|\([cC]\)", text)


# Single Hanja that Korean headlines use as abbreviations: an obvious suggestion when one of
# them stands alone in an English headline (尹 -> Yoon).
HANJA_ABBREVIATIONS = {
    "尹": "Yoon", "文": "Moon", "李": "Lee", "朴": "Park", "美": "U.S.", "北": "North Korea",
    "中": "China", "日": "Japan", "韓": "South Korea", "與": "ruling party", "野": "opposition",
    "英": "Britain", "佛": "France", "獨": "Germany", "露": "Russia", "靑": "presidential office",
    "前": "former", "現": "current", "故": "the late", "新": "new",
}


# ---------------------------------------------------------------- romanization of names

# Revised Romanization of each jamo (first entry) and the other spellings news copy uses for it
# (McCune-Reischauer without diacritics, customary spellings): ㅓ is ``eo`` in RR but ``u`` or
# ``o`` in ``Sung``/``Song``, ㅡ is ``eu`` or ``u``.  Indexed by the jamo numbers of the Unicode
# decomposition of a syllable (U+AC00 + (onset * 21 + vowel) * 28 + final).
_ONSET_SPELLINGS = (
    ("g", "k"), ("kk", "gg", "k"), ("n", ""), ("d", "t"), ("tt", "dd", "t"), ("r", "l", "n", ""),
    ("m",), ("b", "p"), ("pp", "bb", "p"), ("s", "sh"), ("ss", "s"), ("",), ("j", "ch"),
    ("jj", "tch", "ch", "j"), ("ch",), ("k",), ("t",), ("p",), ("h",))
_VOWEL_SPELLINGS = (
    ("a", "ah"), ("ae", "ai", "e"), ("ya",), ("yae",), ("eo", "u", "o", "uh"), ("e",),
    ("yeo", "yu", "yo", "eo"), ("ye", "e"), ("o", "oh"), ("wa", "oa"), ("wae",), ("oe", "oi", "we"),
    ("yo",), ("u", "oo", "woo", "ou"), ("wo", "weo"), ("we",), ("wi", "wee"),
    ("yu", "yoo", "you"), ("eu", "u"), ("ui", "eui", "i"), ("i", "ee", "y"))
_FINAL_SPELLINGS = (
    ("",), ("k", "g"), ("k",), ("k",), ("n",), ("n",), ("n",), ("t", "d"), ("l", "r"),
    ("k", "l"), ("m",), ("l",), ("l",), ("l",), ("p",), ("l",), ("m",), ("p", "b"), ("p",),
    ("t", "s"), ("t", "s"), ("ng",), ("t",), ("t",), ("k",), ("t",), ("p",), ("t", "h"))
# surnames whose customary spelling the jamo tables do not give (이 Lee, 임 Lim, 노 Roh)
_SURNAME_SPELLINGS = {"이": ("lee", "yi", "rhee", "rhie", "ri"), "임": ("lim", "rim"),
                      "노": ("roh", "noh"), "허": ("hur", "huh"), "나": ("ra", "nah"),
                      "류": ("ryu", "yu", "yoo", "lyu"), "유": ("yoo", "yu", "ryu"),
                      "우": ("woo", "wu"), "엄": ("uhm", "um"), "염": ("yum", "yeom"),
                      "여": ("yeo", "yuh"), "오": ("oh",), "안": ("ahn",), "신": ("shin",),
                      "박": ("park",), "김": ("kim",), "최": ("choi",)}
HANGUL_NAME_RE = re.compile(r"(?<![가-힣])[가-힣]{3,}")


def _jamo(syllable: str) -> tuple:
    code = ord(syllable) - 0xAC00
    return code // (21 * 28), code // 28 % 21, code % 28


def romanize(hangul: str) -> str:
    """Revised Romanization of Hangul syllables, one syllable at a time (no sound changes
    across syllables); other characters are kept.

    >>> romanize("이승훈"), romanize("이성훈")
    ('iseunghun', 'iseonghun')
    """
    out = []
    for ch in hangul:
        if "가" <= ch <= "힣":
            on, v, fin = _jamo(ch)
            out.append(_ONSET_SPELLINGS[on][0] + _VOWEL_SPELLINGS[v][0] + _FINAL_SPELLINGS[fin][0])
        else:
            out.append(ch)
    return "".join(out)


def _syllable_pattern(ch: str, surname: bool = False) -> str:
    on, v, fin = _jamo(ch)
    forms = {o + w + f for o in _ONSET_SPELLINGS[on] for w in _VOWEL_SPELLINGS[v]
             for f in _FINAL_SPELLINGS[fin]}
    if surname:
        forms.update(_SURNAME_SPELLINGS.get(ch, ()))
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1024)
def name_spelling_re(hangul: str):
    """A regex for the romanized spellings of a Hangul name (surname first, one syllable),
    matched against the lower-cased English name with spaces and hyphens removed.

    >>> bool(name_spelling_re("이승훈").fullmatch("leeseunghoon"))
    True
    >>> bool(name_spelling_re("이성훈").fullmatch("leeseunghoon"))
    False
    >>> bool(name_spelling_re("이성훈").fullmatch("leesunghoon"))
    True
    """
    return re.compile(_syllable_pattern(hangul[0], True)
                      + "".join(_syllable_pattern(ch) for ch in hangul[1:]))


def hangul_names(source: str) -> frozenset:
    """Candidate three-syllable Hangul names (surname + two-syllable given name) in ``source``:
    the first three syllables of every Hangul word (``이승훈은`` -> ``이승훈``)."""
    return frozenset(m.group()[:3] for m in HANGUL_NAME_RE.finditer(source))


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
    extra={
        # residue patterns for the TQ3xx rules (tqcheck.rules.residue)
        "furniture_line_re": FURNITURE_LINE_RE,
        "timestamp_line_re": TIMESTAMP_LINE_RE,
        "signup_line_re": SIGNUP_LINE_RE,
        "promo_box_re": PROMO_BOX_RE,
        "promo_box_max": PROMO_BOX_MAX,
        # classify_paragraph calls a stripped paragraph "boilerplate" whenever the tests of
        # page-boilerplate (boilerplate_lines, furniture, time stamp, sign-up, promo box)
        # match it: the rule may skip paragraphs it calls anything else (a test checks it)
        "classify_covers_boilerplate": True,
        "boilerplate_lines": BOILERPLATE_LINES,
        "click_image_re": CLICK_IMAGE_RE,
        "photo_credit_re": PHOTO_CREDIT_RE,
        "news_email_domain_re": NEWS_EMAIL_DOMAIN_RE,
        "byline_re": BYLINE_RE,
        "byline_line_re": BYLINE_LINE_RE,
        "end_mark_re": END_MARK_RE,
        "promo_re": PROMO_RE,
        "dateline_re": DATELINE_RE,
        "copyright_re": COPYRIGHT_CORE_RE,
        "copyright_sign_re": COPYRIGHT_SIGN_RE,
        "copyright_owner_re": COPYRIGHT_OWNER_RE,
        "prefilters": PREFILTERS,
        # script and encoding (tqcheck.rules.script)
        "legacy_encodings": ("cp949",),
        "script_suggestions": HANJA_ABBREVIATIONS,
        # person names in the source (tqcheck.rules.names_numbers, inconsistent-name)
        "hangul_names": hangul_names,
        "name_spelling_re": name_spelling_re,
    },
)
