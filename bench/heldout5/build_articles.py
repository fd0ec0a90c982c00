"""Build bench/heldout5/articles.jsonl: the fifth hand-written held-out set.

Every record is written here by hand.  ``req`` entries are required findings, ``opt`` entries are
acceptable but not required.  The script checks that every evidence string occurs exactly once
in its target, then writes ``articles.jsonl`` next to this file.

    .venv/bin/python bench/heldout5/build_articles.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECORDS: list = []


def rec(rid: str, target: str, source: str | None = None, req=(), opt=()) -> None:
    exp = [{"rule": r, "evidence": e} for r, e in req]
    exp += [{"rule": r, "evidence": e, "optional": True} for r, e in opt]
    row = {"id": rid, "target": target}
    if source:
        row["source"] = source
    row["expected"] = exp
    RECORDS.append(row)


# ---------------------------------------------------------------- quotation marks
rec("d01",
    'The Seoul Central District Court said the defendant "showed no remorse and kept shifting '
    'the blame onto the victims, and sentenced him to four years in prison.',
    '서울중앙지법은 피고인이 "반성 없이 피해자들에게 책임을 전가해 왔다"며 징역 4년을 선고했다.',
    req=[("unbalanced-quote", '"showed')])

rec("d02",
    "Opposition pushes back on revised broadcasting law\n"
    "Opposition lawmakers called the revised broadcasting law a gift to chaebol” and vowed to "
    "block it in committee.\n"
    "The ruling party insists the bill returns broadcasters to the public.\n"
    "Jeong Min-kyung, Mediatoday reporter mkjeong@mediatoday.co.kr",
    req=[("unbalanced-quote", "chaebol”"),
         ("byline-residue", "Jeong Min-kyung, Mediatoday reporter mkjeong@mediatoday.co.kr")])

rec("d03",
    "The Ministry of Agriculture, Food and Rural Affairs will hold a ‘K-Food Week in Paris from "
    "Dec. 3 to 7, officials said.",
    "농림축산식품부는 12월 3일부터 7일까지 파리에서 'K-푸드 위크'를 연다고 밝혔다.",
    req=[("unbalanced-quote", "‘K-Food")])

rec("d04",
    "Han Kang's new essay collection tops bestseller list\n"
    "The essay collection 「Light and Thread, published last month, sold 120,000 copies in its "
    "first three weeks, according to Kyobo Book Centre.",
    "한강 새 산문집, 베스트셀러 1위\n"
    "지난달 출간된 산문집 「빛과 실」은 교보문고에 따르면 출간 3주 만에 12만 부가 팔렸다.",
    req=[("unbalanced-quote", "「Light")])

rec("d05",
    'Finance Minister Koo Yun-cheol said, "“The government will not let exchange-rate volatility '
    'spill over into the real economy,” adding that the authorities were ready to act.',
    '구윤철 부총리 겸 재정경제부 장관은 "환율 변동성이 실물경제로 전이되지 않도록 하겠다"며 '
    "당국이 대응할 준비가 돼 있다고 말했다.",
    req=[("doubled-quote", '"“')],
    opt=[("unbalanced-quote", '"“'), ("mixed-quote-style", '"“')])

rec("d06",
    "Editorial: The ‘new normal’’ of low birth rates demands more than cash\n"
    "The government has spent more than 380 trillion won on the problem since 2006, yet the "
    "total fertility rate fell to 0.72.\n"
    "Cash handouts alone will not change the arithmetic of housing, jobs and child care.",
    "[사설] 저출생 '뉴노멀', 현금 지원만으론 안 된다\n"
    "정부는 2006년 이후 380조 원 이상을 썼지만 합계출산율은 0.72명까지 떨어졌다.\n"
    "현금 지원만으로는 주거와 일자리, 돌봄의 셈법을 바꿀 수 없다.",
    req=[("doubled-quote", "’’")],
    opt=[("unbalanced-quote", "’’")])

rec("d07",
    "14-year-old baduk prodigy stuns Shin Jin-seo in final\n"
    "Kim Eun-ji, 14, beat world No. 1 Shin Jin-seo 9-dan on Sunday to win the Kukmin Ilbo Cup.\n"
    "Asked whether she had expected to win, she replied, “Honestly, no. Who expects to beat "
    "Shin Jin-seo at 14?”” before breaking into laughter.",
    req=[("doubled-quote", "?””")],
    opt=[("unbalanced-quote", "?””")])

rec("d08",
    'The union said the wage deal was ""a first step"" and called off the strike planned for '
    "Monday.",
    req=[("doubled-quote", '""a first step""')],
    opt=[("unbalanced-quote", '""a first step""')])

rec("d09",
    "More office workers in their 20s say they practice 'quiet quitting’ rather than resigning, "
    "a Job Korea survey found.",
    "20대 직장인 상당수가 퇴사 대신 '조용한 퇴사'를 실천한다고 답한 것으로 잡코리아 조사에서 나타났다.",
    req=[("mixed-quote-style", "'quiet quitting’")],
    opt=[("unbalanced-quote", "'quiet quitting’")])

rec("d10",
    "Stocks end at “record high’ as chipmakers rally\n"
    "The KOSPI closed at 3,412.56 on Friday, up 1.9 percent, led by SK hynix and Samsung "
    "Electronics.\n"
    "Foreign investors were net buyers for a sixth straight session.",
    req=[("mixed-quote-style", "“record high’")],
    opt=[("unbalanced-quote", "“record high’"), ("garbled-headline", "“record high’")])

rec("d11",
    'The Korean Confederation of Trade Unions called the plan "a reform in name only“ and '
    "announced a general strike.",
    '민주노총은 이 계획을 "이름뿐인 개혁"이라고 비판하며 총파업을 예고했다.',
    req=[("mixed-quote-style", '"a reform in name only“')],
    opt=[("unbalanced-quote", '"a reform in name only“'), ("doubled-quote", "only“")])

rec("d12",
    "The court described the advertisement as 「deceptive on its face” and fined the company "
    "30 million won.",
    '법원은 해당 광고가 "명백히 기만적"이라며 회사에 벌금 3천만 원을 선고했다.',
    req=[("mixed-quote-style", "「deceptive on its face”")],
    opt=[("unbalanced-quote", "「deceptive on its face”")])

# ---------------------------------------------------------------- attribution
rec("d13",
    "Supreme Court upholds prison term for former lawmaker\n"
    "The Supreme Court on Thursday upheld a two-year prison term for former lawmaker Baek "
    "Jong-ho over illegal political funds.\n"
    '"The lower court did not err in its reading of the law. "Said the court.',
    req=[("split-attribution", '"Said the court.')],
    opt=[("unbalanced-quote", '"Said the court.'),
         ("doubled-attribution", '"Said the court.')])

rec("d14",
    "Rep. Ko Min-seo wrote on social media, 'We will not retreat a single step. 'She stressed.",
    req=[("split-attribution", "'She stressed.")],
    opt=[("unbalanced-quote", "'She stressed."), ("doubled-attribution", "'She stressed.")])

rec("d15",
    "Democratic Party leader Jeong Cheong-rae said, “The special counsel must get to the bottom "
    "of this. “Jeong wrote on Facebook.",
    "정청래 더불어민주당 대표는 페이스북에 \"특검이 끝까지 진상을 규명해야 한다\"고 썼다.",
    req=[("split-attribution", "“Jeong wrote on Facebook.")],
    opt=[("unbalanced-quote", "“Jeong wrote on Facebook."),
         ("doubled-attribution", "“Jeong wrote on Facebook.")])

rec("d16",
    "Lotte fans celebrate first pennant in 27 years\n"
    "Fans at Sajik Baseball Stadium chanted, “Lotte, we did it! “The fans shouted until "
    "midnight.\n"
    "Police said the celebrations ended without incident.",
    req=[("split-attribution", "“The fans shouted until midnight.")],
    opt=[("unbalanced-quote", "“The fans shouted until midnight."),
         ("doubled-attribution", "“The fans shouted until midnight.")])

rec("d17",
    "Asked about the rate decision, Bank of Korea Governor Rhee Chang-yong answered, “Inflation "
    "is not yet where we want it to be,” he answered.",
    "기준금리 결정에 대해 이창용 한국은행 총재는 \"물가가 아직 원하는 수준에 있지 않다\"고 답했다.",
    req=[("doubled-attribution",
          "Rhee Chang-yong answered, “Inflation is not yet where we want it to be,” he answered")])

rec("d18",
    "Heavy snow advisory for Gangwon mountains\n"
    "The Korea Meteorological Administration forecast: “Up to 20 cm of snow is expected in the "
    "mountains of Gangwon State through Tuesday,” the KMA forecast.\n"
    "Temperatures will drop to minus 10 Â°C in Cheorwon.",
    req=[("doubled-attribution",
          "forecast: “Up to 20 cm of snow is expected in the mountains of Gangwon State through "
          "Tuesday,” the KMA forecast"),
         ("mojibake", "Â°C")])

rec("d19",
    'In a radio interview, Kim said, "The party must change or it will not survive," Kim said '
    "on the program, adding that he would not run for leader.",
    req=[("doubled-attribution",
          'Kim said, "The party must change or it will not survive," Kim said')])

rec("d20",
    "Justice Jeong pointed out that “the majority opinion ignores three decades of precedent,” "
    "she pointed out.",
    "정 재판관은 \"다수의견은 30년 판례를 무시했다\"고 지적했다.",
    req=[("doubled-attribution",
          "pointed out that “the majority opinion ignores three decades of precedent,” she "
          "pointed out")])

# ---------------------------------------------------------------- punctuation and spacing
rec("d21",
    "The new GTX line will connect Ilsan, , Paju and central Seoul by 2028.",
    "새 GTX 노선은 2028년까지 일산과 파주, 서울 도심을 잇는다.",
    req=[("stray-punctuation", ", ,")],
    opt=[("space-before-punctuation", ", ,")])

rec("d22",
    "[Opinion] A budget without hearings\n"
    "Why did the council approve a 1.2 trillion won budget without a single public hearing?. "
    "Residents of Suwon deserve an answer.\n"
    "Kang Hye-won, Professor of Public Administration, Ajou University",
    req=[("stray-punctuation", "?.")],
    opt=[("garbled-headline", "[Opinion]")])

rec("d23",
    "The KOSDAQ rose 0.4 percent;, the won weakened to 1,452.3 per dollar.",
    req=[("stray-punctuation", ";,")])

rec("d24",
    "Kim Min-ji, who founded the company in 2015, said, “This is the best quarter in its "
    "history.,” and thanked the staff.",
    req=[("stray-punctuation", ".,”")])

rec("d25",
    "Supreme Court sets aside acquittal in deepfake case\n"
    "The Supreme Court gave three reasons for returning the case to the appeals court : the "
    "images were shared, the victims were identifiable, and consent was never given.",
    "대법원, 딥페이크 사건 무죄 파기\n"
    "대법원은 사건을 항소심으로 돌려보낸 이유로 이미지가 공유됐고, 피해자를 식별할 수 있으며, "
    "동의가 없었다는 세 가지를 들었다.",
    req=[("space-before-punctuation", "court :")])

rec("d26",
    'The crowd at Seoul World Cup Stadium chanted "Dae-han-min-guk !" long after the final '
    "whistle.",
    req=[("space-before-punctuation", "guk !")])

rec("d27",
    "Unemployment stood at 2.9% , the lowest November figure since 1999, Statistics Korea said.",
    "통계청에 따르면 실업률은 2.9%로 1999년 이후 11월 기준 가장 낮았다.",
    req=[("space-before-punctuation", "2.9% ,")])

rec("d28",
    "Critics hailed the film as “a masterpiece of restraint” . It opens in 400 theaters on "
    "Wednesday.",
    req=[("space-before-punctuation", "” .")])

rec("d29",
    "Hanwha Ocean wins 2.1 trillion won LNG carrier order\n"
    "Hanwha Ocean said it won a 2.1 trillion won order for six LNG carriers from a European "
    "shipowner, its largest this year.\n"
    "“We are fully booked through 2029 right now.”The company expects more orders in the first "
    "half.",
    "한화오션, 2조1천억 원 LNG선 수주\n"
    "한화오션은 유럽 선주로부터 LNG 운반선 6척을 2조1천억 원에 수주했다고 밝혔다. 올해 최대 규모다.\n"
    "\"2029년까지 도크가 꽉 찼다.\" 회사는 상반기에 추가 수주를 기대하고 있다.",
    req=[("missing-space", "”The")])

rec("d30",
    "Household debt rose by 5.2 trillion won,while corporate lending slowed for a third month.",
    "가계부채는 5조2천억 원 늘었으며 기업대출 증가세는 석 달째 둔화했다.",
    req=[("missing-space", "won,while")])

rec("d31",
    "Will jeonse prices keep rising in Seoul?Experts say supply is the key, but new "
    "construction permits are at a 15-year low.",
    req=[("missing-space", "Seoul?Experts")])

rec("d32",
    "Market close: KOSDAQ gains on biotech\n"
    "The secondary market (KOSDAQ)rose 1.2 percent to 912.47, led by Alteogen and HLB.\n"
    "The KOSPI slipped 0.3 percent.",
    req=[("missing-space", "(KOSDAQ)rose")])

# ---------------------------------------------------------------- repeated words
rec("d33",
    "The mayor of of Daegu apologized for the delay in reopening the Dongdaegu Station "
    "transfer center.",
    req=[("repeated-word", "of of")])

rec("d34",
    "Kia unveiled a a new electric pickup at the Los Angeles Auto Show on Thursday.",
    "기아는 목요일 로스앤젤레스 오토쇼에서 새 전기 픽업트럭을 공개했다.",
    req=[("repeated-word", "a a")])

rec("d35",
    "Weather: cold wave eases on Thursday\n"
    "The cold wave that has has gripped the country since Monday will ease on Thursday, the "
    "KMA said.\n"
    "Morning lows will range from minus 8 to 2 degrees Celsius.",
    "[날씨] 목요일 한파 누그러져\n"
    "월요일부터 이어진 한파가 목요일 누그러질 것이라고 기상청이 밝혔다.\n"
    "아침 최저기온은 영하 8도에서 영상 2도 분포를 보이겠다.",
    req=[("repeated-word", "has has")])

rec("d36",
    "Semiconductor Semiconductor exports hit record in November\n"
    "Chip exports rose 38 percent from a year earlier to $17.3 billion, the trade ministry said.",
    "반도체 수출 11월 역대 최대\n"
    "반도체 수출이 전년 동월 대비 38% 늘어난 173억 달러를 기록했다고 산업통상자원부가 밝혔다.",
    req=[("repeated-word", "Semiconductor Semiconductor")],
    opt=[("garbled-headline", "Semiconductor Semiconductor exports hit record in November")])

# ---------------------------------------------------------------- garbled headlines
rec("d37",
    "KOSPI 2,600 line collapse... foreigners 'sell-off' 5th day\n"
    "The KOSPI fell 2.4 percent to 2,583.11 on Tuesday as foreign investors sold shares for a "
    "fifth straight session.",
    "코스피 2600선 붕괴…외국인 '팔자' 5일째\n"
    "코스피가 외국인의 5거래일 연속 순매도에 화요일 2.4% 내린 2583.11에 마감했다.",
    req=[("garbled-headline", "KOSPI 2,600 line collapse... foreigners 'sell-off' 5th day")])

rec("d38",
    "Minimum wage next year 10,320 won, increase rate 2.9%, lowest ever\n"
    "The Minimum Wage Commission set next year's hourly minimum wage at 10,320 won, up 2.9 "
    "percent, the smallest increase on record.",
    "내년 최저임금 1만320원, 인상률 2.9% 역대 최저\n"
    "최저임금위원회는 내년 시간당 최저임금을 2.9% 오른 1만320원으로 정했다. 역대 최소 인상 폭이다.",
    req=[("garbled-headline", "Minimum wage next year 10,320 won, increase rate 2.9%, lowest ever")])

rec("d39",
    "One-person households 800 ten thousand era\n"
    "The number of single-person households passed 8 million for the first time last year, "
    "Statistics Korea said.",
    "1인 가구 800만 시대\n"
    "1인 가구 수가 지난해 처음으로 800만을 넘었다고 통계청이 밝혔다.",
    req=[("garbled-headline", "One-person households 800 ten thousand era")],
    opt=[("number-mismatch", "800 ten thousand")])

rec("d40",
    'Court "Daejeon tunnel builder negligence acknowledged"... 3 years imprisonment\n'
    "The Daejeon District Court sentenced the site manager of a collapsed tunnel project to "
    "three years in prison for negligence.",
    '법원 "대전 터널 시공사 과실 인정"…징역 3년\n'
    "대전지법은 붕괴한 터널 공사의 현장소장에게 업무상 과실로 징역 3년을 선고했다.",
    req=[("garbled-headline",
          'Court "Daejeon tunnel builder negligence acknowledged"... 3 years imprisonment')])

rec("d41",
    "Lee Jae Myung·Trump, phone call 'tariff' agreement?\n"
    "President Lee Jae Myung and U.S. President Donald Trump spoke by phone for 40 minutes on "
    "Saturday but did not announce a deal on tariffs.",
    req=[("garbled-headline", "Lee Jae Myung·Trump, phone call 'tariff' agreement?")])

# ---------------------------------------------------------------- untranslated Hangul / Hanja
rec("d42",
    "Police arrested A씨, 42, on suspicion of defrauding elderly investors of 3.8 billion won.",
    "경찰은 고령 투자자들에게서 38억 원을 가로챈 혐의로 A씨(42)를 구속했다.",
    req=[("untranslated-hangul", "씨")])

rec("d43",
    "Lunch prices in Seoul averaged 30,000원 per person at the 20 restaurants surveyed.",
    req=[("untranslated-hangul", "원")])

rec("d44",
    "Star chef's apology video sparks backlash\n"
    "Commenters mocked the chef's apology, with one writing, “Sorry for getting caught ㅋㅋ.”\n"
    "The video was taken down on Monday.",
    req=[("untranslated-hangul", "ㅋㅋ")])

rec("d45",
    "與野 leaders agreed on Tuesday to hold a plenary session next week to pass the budget.",
    "여야 원내대표는 화요일 다음 주 본회의를 열어 예산안을 처리하기로 합의했다.",
    req=[("untranslated-hangul", "與野")])

rec("d46",
    "Labor ministry to probe '갑질' at airline\n"
    "The Ministry of Employment and Labor will inspect an airline after crew members reported "
    "'갑질' by executives, officials said.",
    req=[("untranslated-hangul", "갑질' by")],
    opt=[("untranslated-hangul", "갑질' at"), ("garbled-headline", "Labor ministry to probe '갑질' at airline")])

# ---------------------------------------------------------------- mojibake and entities
rec("d47",
    "Bong Joon Ho‚Äôs next film will premiere in Venice, distributor CJ ENM said.",
    req=[("mojibake", "‚Äô")])

rec("d48",
    "Parasite director returns with animated feature\n"
    "Bong Joon Ho, whose &lt;Parasite&gt; won four Oscars, will release an animated film next "
    "summer.\n"
    "The director said he &rsquo;d spent five years on the project.",
    req=[("mojibake", "&lt;Parasite&gt;"), ("mojibake", "&rsquo;")])

rec("d49",
    "Apartment prices in Seoul averaged â‚©1.4 billion in October, the Korea Real Estate Board "
    "said.",
    req=[("mojibake", "â‚©")])

rec("d50",
    "Subway fares in ì„œìš¸ will rise by 150 won from January, the city government announced.",
    req=[("mojibake", "ì„œìš¸")])

rec("d51",
    "Seoul Metro said train service on Line 2 was restored at 7:40 a.m. after a signal "
    "failure near Gangnam Station that left about 3,000 commuters stranded for an hour�",
    req=[("mojibake", "�")])

# ---------------------------------------------------------------- literal dates
rec("d52",
    "The National Assembly will vote on the special counsel bill on the coming 15th, floor "
    "leaders said.",
    "여야 원내대표는 오는 15일 국회 본회의에서 특검법을 표결한다고 밝혔다.",
    req=[("literal-date", "the coming 15th")])

rec("d53",
    "Gwangju Biennale to open with record budget\n"
    "The Gwangju Biennale will open on the 5th (Wed.) and run for 94 days with a budget of "
    "15 billion won.",
    "광주비엔날레, 역대 최대 예산으로 개막\n"
    "광주비엔날레가 5일(수) 개막해 94일간 150억 원의 예산으로 열린다.",
    req=[("literal-date", "the 5th (Wed.)")])

rec("d54",
    "Results of the civil service exam will be posted around the 10th, the Ministry of "
    "Personnel Management said.",
    req=[("literal-date", "around the 10th")])

rec("d55",
    "Fire at Incheon logistics center\n"
    "A fire broke out at a logistics warehouse in Incheon on the night of the 8th and burned "
    "for six hours.\n"
    "No injuries were reported.",
    "인천 물류센터 화재\n"
    "8일 밤 인천의 한 물류창고에서 불이 나 6시간 동안 탔다.\n"
    "인명 피해는 없었다.",
    req=[("literal-date", "the night of the 8th")])

rec("d56",
    "Finance ministers of Korea, China and Japan will meet in Incheon on the 23rd and 24th to "
    "discuss supply chains.",
    req=[("literal-date", "on the 23rd and 24th")])

rec("d57",
    "Correction\n"
    "An article published on the 3rd of this month misstated the number of new hires at "
    "Hyundai Motor. The correct figure is 1,100, not 11,000.",
    "바로잡습니다\n"
    "이달 3일자 기사에서 현대자동차 신규 채용 인원을 잘못 기재했습니다. 1만1천 명이 아니라 1천100명이 맞습니다.",
    req=[("literal-date", "the 3rd of this month")])

# ---------------------------------------------------------------- names
rec("d58",
    "Former President Mun Jae-in visited the Bongha Village memorial on Saturday.",
    "문재인 전 대통령은 토요일 봉하마을 추모관을 찾았다.",
    req=[("name-romanization", "Mun Jae-in")])

rec("d59",
    "Special counsel summons Kim Gun-hee again\n"
    "The special counsel team summoned Kim Keon-hee, the wife of former President Yoon Suk Yeol, "
    "for a second round of questioning on Monday.",
    req=[("name-romanization", "Kim Gun-hee")],
    opt=[("inconsistent-name", "Kim Gun-hee")])

rec("d60",
    "A 70-year-old restaurant in Jongro-gu, Seoul, closed its doors on Sunday after the "
    "building's owner raised the rent.",
    "서울 종로구의 70년 된 식당이 건물주의 임대료 인상으로 일요일 문을 닫았다.",
    req=[("name-romanization", "Jongro-gu")])

rec("d61",
    "Former Finance Minister Choe Sang-mok testified before the National Assembly on the "
    "martial law night.",
    "최상목 전 기획재정부 장관은 국회에서 계엄 당일 밤에 대해 증언했다.",
    req=[("name-romanization", "Choe Sang-mok")])

rec("d62",
    "Hwang Hui-chan scores twice as Wolves win\n"
    "Hwang Hui-chan scored twice in the second half as Wolverhampton beat Everton 3-1 on "
    "Saturday.",
    "황희찬 멀티골… 울버햄프턴 승리\n"
    "황희찬이 토요일 에버턴전 후반에만 두 골을 넣으며 울버햄프턴의 3-1 승리를 이끌었다.",
    req=[("name-romanization", "Hwang Hui-chan scores")],
    opt=[("name-romanization", "Hwang Hui-chan scored")])

rec("d63",
    "Obituary: Lim Chae-won, pioneer of Korean women's volleyball\n"
    "Lim Chae-won, who captained the national team at the 1976 Montreal Olympics, died on "
    "Tuesday. She was 71.\n"
    "After retiring, Im Chae-won coached at Hyundai E&C for two decades.\n"
    "The funeral will be held at Samsung Medical Center on Thursday.",
    req=[("inconsistent-name", "Im Chae-won")],
    opt=[("inconsistent-name", "Lim Chae-won, who")])

rec("d64",
    "Yoo Seung-hee wins Seoul mayoral primary\n"
    "Yoo Seung-hee won the party's Seoul mayoral primary with 54.3 percent of the vote.\n"
    "Yu Seung-hee will face the incumbent in June.",
    "유승희, 서울시장 경선 승리\n"
    "유승희가 54.3%의 득표율로 당 서울시장 경선에서 승리했다.\n"
    "유승희는 6월 현직 시장과 맞붙는다.",
    req=[("inconsistent-name", "Yu Seung-hee")],
    opt=[("inconsistent-name", "Yoo Seung-hee won")])

rec("d65",
    "Q&A: Conductor Suh Hyun-woo on his Berlin debut\n"
    "Q. How did the Berlin offer come about?\n"
    "A. Seo Hyun-woo: An orchestra manager heard a recording of our Bruckner and called me the "
    "next morning.\n"
    "Q. What will you conduct?\n"
    "A. Suh Hyun-woo: Mahler's Symphony No. 5 and a new work by Unsuk Chin.",
    req=[("inconsistent-name", "Seo Hyun-woo")],
    opt=[("inconsistent-name", "Suh Hyun-woo:")])

rec("d66",
    "Hong Ji-yeon named head of Korean Film Council\n"
    "Hong Ji-yeon, a producer of three Cannes entries, was appointed chair of the Korean Film "
    "Council on Friday.\n"
    "Hong Ji-yeon said she would focus on independent cinema.\n"
    "Hong Ji-yon takes office on Jan. 2.",
    req=[("inconsistent-name", "Hong Ji-yon")])

# ---------------------------------------------------------------- numbers (all with source)
rec("d67",
    "The court fined the former CEO 1.5 billion won for accounting fraud.",
    "법원은 회계 부정 혐의로 전 대표에게 벌금 1억5,000만원을 선고했다.",
    req=[("number-mismatch", "1.5 billion won")])

rec("d68",
    "Market close: foreigners sell 8.5 trillion won of shares in November\n"
    "Foreign investors sold a net 8.5 trillion won of KOSPI shares in November, the most in "
    "four years.",
    "외국인, 11월 8,500억 원 순매도\n"
    "외국인 투자자들이 11월 코스피에서 8,500억 원을 순매도했다. 4년 만에 최대 규모다.",
    req=[("number-mismatch", "8.5 trillion won of KOSPI")],
    opt=[("number-mismatch", "8.5 trillion won of shares")])

rec("d69",
    "The government will spend 3.5 billion won on AI infrastructure over five years.",
    "정부는 5년간 AI 인프라에 3.5조 원을 투입한다.",
    req=[("number-mismatch", "3.5 billion won")])

rec("d70",
    "Weekend rallies in Gwanghwamun drew 2.5 million people, according to the organizers.",
    "주최 측 추산에 따르면 주말 광화문 집회에 25만 명이 모였다.",
    req=[("number-mismatch", "2.5 million")])

rec("d71",
    "Each household with a newborn will receive 50 million won in cash support next year.",
    "내년부터 출생아가 있는 가구는 현금 500만 원을 지원받는다.",
    req=[("number-mismatch", "50 million won")])

rec("d72",
    "Pianist Cho Seong-jin donated $40,000 to a music scholarship fund.",
    "피아니스트 조성진이 음악 장학재단에 40만 달러를 기부했다.",
    req=[("number-mismatch", "$40,000")])

rec("d73",
    "'Exhuma' passes 100 million viewers\n"
    "The occult thriller 'Exhuma' drew its 100 millionth moviegoer on Sunday, 32 days after "
    "release.",
    "'파묘' 1,000만 관객 돌파\n"
    "오컬트 스릴러 '파묘'가 개봉 32일 만인 일요일 1,000만 번째 관객을 맞았다.",
    req=[("number-mismatch", "100 million viewers")],
    opt=[("number-mismatch", "100 millionth")])

rec("d74",
    "LG Energy Solution will invest 9 billion dollars in a new battery plant in Arizona.",
    "LG에너지솔루션은 애리조나 신규 배터리 공장에 9억 달러를 투자한다.",
    req=[("number-mismatch", "9 billion dollars")])

# ---------------------------------------------------------------- untranslated segments
rec("d75",
    "코스피 2,614.32 (+21.07, +0.81%)",
    "코스피 2,614.32 (+21.07, +0.81%)",
    req=[("untranslated-segment", "코스피 2,614.32 (+21.07, +0.81%)")],
    opt=[("untranslated-hangul", "코스피")])

rec("d76",
    "서울시는 내년부터 심야버스 노선을 14개로 늘린다고 밝혔다.",
    "서울시가 내년부터 심야버스 노선을 14개로 확대한다고 밝혔다.",
    req=[("untranslated-segment", "서울시는 내년부터 심야버스 노선을 14개로 늘린다고 밝혔다.")],
    opt=[("untranslated-hangul", "서울시는"), ("length-mismatch",
                                         "서울시는 내년부터 심야버스 노선을 14개로 늘린다고 밝혔다.")])

rec("d77",
    "Interview: Busan's new port chief\n"
    "Q. What is your first priority?\n"
    "A. 진해신항 1단계를 2030년까지 차질 없이 개장하는 것입니다.\n"
    "Q. And the second?\n"
    "A. Winning back transshipment cargo from Shanghai and Singapore.",
    "인터뷰: 부산항 신임 사장\n"
    "Q. 최우선 과제는.\n"
    "A. 진해신항 1단계를 2030년까지 차질 없이 개장하는 것입니다.\n"
    "Q. 두 번째는.\n"
    "A. 상하이와 싱가포르에서 환적 화물을 되찾아오는 것입니다.",
    req=[("untranslated-segment", "진해신항 1단계를 2030년까지 차질 없이 개장하는 것입니다.")],
    opt=[("untranslated-hangul", "진해신항 1단계를 2030년까지 차질 없이 개장하는 것입니다.")])

# ---------------------------------------------------------------- length
rec("d78",
    "Cold wave warning issued.",
    "기상청은 28일 오후 9시를 기해 서울과 경기 북부, 강원 내륙에 한파경보를 발령했다고 밝혔다. "
    "29일 아침 서울의 최저기온은 영하 14도, 철원은 영하 19도까지 떨어지겠다. "
    "바람도 초속 5~9m로 강하게 불어 체감온도는 영하 20도 안팎에 이를 것으로 보인다. "
    "기상청은 수도관 동파와 농작물 냉해에 대비하고 노약자는 외출을 자제해 달라고 당부했다. "
    "이번 추위는 다음 주 화요일부터 점차 풀릴 전망이다.",
    req=[("length-mismatch", "Cold wave warning issued.")])

rec("d79",
    "Samsung Electronics' operating profit rose 12 percent in the third quarter. (Translator's "
    "note: Samsung Electronics is South Korea's largest company and the world's biggest maker of "
    "memory chips. Its results are closely watched by global investors because they are seen as "
    "a bellwether for the technology industry. The company was founded in 1969 in Suwon and "
    "employs more than 120,000 people in Korea alone.)",
    "삼성전자의 3분기 영업이익이 12% 늘었다.",
    req=[("length-mismatch",
          "(Translator's note: Samsung Electronics is South Korea's largest company")])

rec("d80",
    "Poll: support for the ruling party slips\n"
    "Support for the ruling Democratic Party fell 3 percentage points to 41 percent, according to "
    "a Korea Research poll.",
    "여론조사: 여당 지지율 하락\n"
    "한국리서치 조사에서 여당인 더불어민주당 지지율은 3%포인트 내린 41%로 나타났다. "
    "국민의힘은 2%포인트 오른 33%, 조국혁신당은 6%, 개혁신당은 4%였다. "
    "지지 정당이 없다는 무당층은 14%로 한 달 새 5%포인트 늘었다. "
    "이번 조사는 전국 성인 1,002명을 대상으로 휴대전화 가상번호를 이용한 전화면접 방식으로 실시됐으며 "
    "표본오차는 95% 신뢰수준에 ±3.1%포인트다. 자세한 내용은 중앙선거여론조사심의위원회 홈페이지를 참조하면 된다.",
    req=[("length-mismatch",
          "Support for the ruling Democratic Party fell 3 percentage points to 41 percent")])

# ---------------------------------------------------------------- residue (new outlets and forms)
rec("d81",
    "Samsung to mass-produce HBM4 next quarter\n"
    "inews24 Reporter Park Ji-eun = Samsung Electronics will begin mass production of HBM4 chips "
    "next quarter, the company said on Wednesday.\n"
    "Related tags #Samsung #HBM4 #semiconductors",
    req=[("dateline-residue", "inews24 Reporter Park Ji-eun ="),
         ("page-boilerplate", "Related tags #Samsung #HBM4 #semiconductors")])

rec("d82",
    "[Seoul Shinmun] Kim Do-yeon reporter = Seoul will pilot a four-day work week for city "
    "employees with children under 8 starting in March.",
    "[서울신문] 김도연 기자 = 서울시가 3월부터 8세 미만 자녀를 둔 직원을 대상으로 주 4일제를 시범 도입한다.",
    req=[("dateline-residue", "[Seoul Shinmun] Kim Do-yeon reporter =")])

rec("d83",
    "Japan's ruling party picks new leader\n"
    "(Tokyo=Hankook Ilbo) Correspondent Kim Hyun-jin\n"
    "Japan's Liberal Democratic Party elected a new leader on Saturday after a runoff.\n"
    "The copyright of this article belongs to Hankook Ilbo.",
    req=[("dateline-residue", "(Tokyo=Hankook Ilbo) Correspondent Kim Hyun-jin"),
         ("copyright-residue", "The copyright of this article belongs to Hankook Ilbo.")])

rec("d84",
    "Ruling party floor leader vows budget passage\n"
    "[Dailian=Reporter Jeong Do-un]\n"
    "The ruling party's floor leader said on Monday the budget would pass by the legal "
    "deadline.\n"
    "Copyright by Dailian, unauthorized copying and redistribution forbidden",
    req=[("dateline-residue", "[Dailian=Reporter Jeong Do-un]"),
         ("copyright-residue", "Copyright by Dailian, unauthorized copying and redistribution forbidden")])

rec("d85",
    "Hyundai opens hydrogen truck plant in Ulsan\n"
    "Hyundai Motor Company opened a hydrogen truck plant in Ulsan on Tuesday.\n"
    "Workers assemble fuel cell trucks at the new Ulsan plant. [NEWS1]\n"
    "The plant can build 3,000 trucks a year.\n"
    "Reporter Jeong Da-eun dajeong@munhwa.com",
    req=[("photo-credit-residue", "[NEWS1]"),
         ("byline-residue", "Reporter Jeong Da-eun dajeong@munhwa.com")])

rec("d86",
    "Delivery riders rally over insurance\n"
    "About 2,000 delivery riders rallied in Yeouido demanding industrial accident insurance.\n"
    "Graphic = Reporter Cho Hye-jin\n"
    "Go to list Previous article Next article",
    req=[("photo-credit-residue", "Graphic = Reporter Cho Hye-jin"),
         ("page-boilerplate", "Go to list Previous article Next article")],
    opt=[("byline-residue", "Graphic = Reporter Cho Hye-jin")])

rec("d87",
    "YouTuber fined for false claims about vaccine\n"
    "A YouTuber with 1.2 million subscribers was fined for spreading false claims about a "
    "vaccine.\n"
    "Capture = YouTube channel 'Truth Lab'\n"
    "Sisa Journal Kim Jong-hoon reporter",
    req=[("photo-credit-residue", "Capture = YouTube channel 'Truth Lab'"),
         ("byline-residue", "Sisa Journal Kim Jong-hoon reporter")])

rec("d88",
    "Maeil Business: Korea Zinc shares jump\n"
    "Korea Zinc shares rose 14 percent on Monday after the company announced a buyback.\n"
    "A Korea Zinc smelter in Onsan, Ulsan. (Photo = Maeil Business Newspaper reporter Kim Ho-young)\n"
    "Share KakaoTalk Facebook X Copy link\n"
    "[ⓒ Maeil Business Newspaper & mk.co.kr, unauthorized reproduction, redistribution and AI "
    "training use prohibited]",
    req=[("photo-credit-residue", "(Photo = Maeil Business Newspaper reporter Kim Ho-young)"),
         ("page-boilerplate", "Share KakaoTalk Facebook X Copy link"),
         ("copyright-residue",
          "[ⓒ Maeil Business Newspaper & mk.co.kr, unauthorized reproduction, redistribution and "
          "AI training use prohibited]")])

rec("d89",
    "Kukmin Ilbo: churches open shelters for cold wave\n"
    "Churches in Seoul will open 120 warming shelters during the cold wave.\n"
    "Popular news in this section\n"
    "GoodNews paper ⓒ Kukmin Ilbo (www.kmib.co.kr), unauthorized reproduction and "
    "redistribution prohibited",
    req=[("page-boilerplate", "Popular news in this section"),
         ("copyright-residue",
          "GoodNews paper ⓒ Kukmin Ilbo (www.kmib.co.kr), unauthorized reproduction and "
          "redistribution prohibited")])

# ================================================================= clean records (traps)
rec("c01",
    "Analysis: What the ruling is is a warning to platforms\n"
    "What the Supreme Court's ruling is is a warning to every platform that profits from user "
    "data, legal scholars said.\n"
    "TWICE's “Knock Knock” was among the songs at issue in the case.")

rec("c02",
    "(2nd LD) Court sentences former mayor to 3 years\n"
    "BUSAN, Dec. 1 (Yonhap) -- A Busan court on Monday sentenced a former mayor of Gimhae to "
    "three years in prison for taking bribes, court officials said.\n"
    "The Busan District Court also ordered him to pay 120 million won in forfeiture.",
    "(2보) 법원, 전 시장에 징역 3년\n"
    "부산지법은 월요일 뇌물 수수 혐의로 전 김해시장에게 징역 3년을 선고했다고 법원 관계자가 밝혔다.\n"
    "법원은 또 1억2천만 원의 추징을 명령했다.")

rec("c03",
    "Coupang to invest 1.5 trillion won in logistics\n"
    "Coupang Inc. (NYSE: CPNG) will invest 1.5 trillion won ($1.07 billion) in three new "
    "fulfillment centers by 2027.\n"
    "It will also spend 35 billion won (US$25 million) on training drivers.",
    "쿠팡, 물류에 1조5천억 원 투자\n"
    "쿠팡은 2027년까지 풀필먼트센터 3곳에 1조5천억 원을 투자한다.\n"
    "운전기사 교육에도 350억 원을 쓴다.")

rec("c04",
    "Korea ranks 23rd in OECD productivity table\n"
    "South Korea ranked 23rd of 38 OECD members in labor productivity, a report on the 4th "
    "Industrial Revolution found.\n"
    "Hwang Woo-jin finished 15th at the Asian Tour's final event.")

rec("c05",
    "Interview: A nurse who stayed\n"
    "Park Mi-ra, a nurse at Gangnam Severance Hospital, spent 31 years on night shifts.\n"
    "“My mother told me, ‘Don’t ever leave a patient alone,’ and I never did. On my first night "
    "an old man held my hand until morning.\n"
    "“I still remember the weight of his hand,” she said.")

rec("c06",
    "O'Brien visits Gyeongbokgung\n"
    "U.S. Deputy Secretary of State Sean O'Brien toured Gyeongbokgung Palace's Geunjeongjeon "
    "Hall on Friday before meeting Korea’s foreign minister.\n"
    "He praised the players’ performance at the palace's evening concert.")

rec("c07",
    "Consumers can report misleading ads to the agency at report@kca.go.kr or by phone "
    "[1372], the Korea Consumer Agency said. Its guidelines are posted at "
    "https://www.kca.go.kr/eng/index.do, and tax forms are at www.nts.go.kr.")

rec("c08",
    "Rep. Ahn Cheol-soo (People Power Party) met Prof. John Delury, Ph.D., and Lt. Gen. Kim "
    "Sang-hoon at 10 a.m. on Feb. 3 to discuss the U.S.-Korea alliance, i.e., troop costs, "
    "tariffs, shipbuilding, etc.")

rec("c09",
    "Ulsan HD beat Jeonbuk 2-0 on Sunday, while Kim Ha-seong went 2-for-4 and raised his "
    "average to .284; Kwon Soon-woo won 6-4, 7-5 in 1 hour 38.5 minutes.")

rec("c11",
    "Han Kang's 'We Do Not Part' tops French sales chart\n"
    "Han Kang's novel \"We Do Not Part\" sold 80,000 copies in France in six weeks, its French "
    "publisher said.\n"
    "Bong Joon Ho's \"Parasite\" and Park Chan-wook's \"No Other Choice\" also drew French "
    "audiences this year.")

rec("c12",
    "Gallup Korea: approval at 58%\n"
    "President Lee Jae Myung's approval rating stood at 58 percent, Gallup Korea said Friday.\n"
    "The survey of 1,001 adults has a margin of error of ±3.1 percentage points at a 95 percent "
    "confidence level.",
    "한국갤럽: 국정 지지율 58%\n"
    "이재명 대통령의 직무 긍정률은 58%로 나타났다고 한국갤럽이 금요일 밝혔다.\n"
    "이번 조사는 성인 1,001명을 대상으로 했으며 표본오차는 95% 신뢰수준에 ±3.1%포인트다.")

rec("c13",
    "Celltrion begins Phase III trial\n"
    "Celltrion began a Phase III trial of its new antibody drug in 12 countries, 80 years after "
    "the end of World War II brought the first penicillin plants to Korea.\n"
    "The company's Section IV filing is due next year.")

rec("c14",
    "POSCO Future M said its LiFePO4 cathode line cuts CO2 emissions by 30 percent, and that "
    "NO2 and SO2 levels near the Gwangyang plant are below limits.")

rec("c15",
    "Chip stocks lead rally\n"
    "Samsung Electronics (005930.KS) rose 3.1 percent and SK hynix (000660.KS) gained 4.2 "
    "percent.\n"
    "Nvidia (NVDA) rose 2 percent overnight on the Nasdaq.")

rec("c16",
    "Cold wave grips central regions\n"
    "Morning lows in Seoul fell to minus 12 degrees Celsius on Tuesday, with 5-10 cm of snow "
    "forecast for Gangwon State.\n"
    "Daytime highs will stay between minus 3 and 4 degrees through Thursday.",
    "중부지방 한파\n"
    "화요일 서울 아침 최저기온이 영하 12도까지 떨어졌고, 강원도에는 5~10㎝의 눈이 예보됐다.\n"
    "낮 최고기온은 목요일까지 영하 3도에서 영상 4도에 머물겠다.")

rec("c17",
    "Obituary: Kang Soon-ja, Jeju haenyeo who dived for 70 years\n"
    "Kang Soon-ja, a haenyeo who dived off Jeju's coast for seven decades, died on Tuesday at "
    "the age of 88.\n"
    "Kang was one of the last divers of her generation in Hado-ri.\n"
    "Her funeral will be held on Thursday at Jeju National University Hospital.",
    "부고: 70년 물질한 제주 해녀 강순자 씨\n"
    "70년 동안 제주 바다에서 물질을 해 온 해녀 강순자 씨가 화요일 88세로 별세했다.\n"
    "강 씨는 하도리에서 그 세대의 마지막 해녀 중 한 명이었다.\n"
    "장례는 목요일 제주대병원에서 치러진다.")

rec("c18",
    "Correction\n"
    "An earlier version of this article said the fund held 4.5 trillion won. It holds 450 "
    "billion won. We regret the error.",
    "바로잡습니다\n"
    "앞서 이 기사에서 기금 규모를 4조5천억 원이라고 적었으나 4,500억 원이 맞습니다. 독자 여러분께 사과드립니다.")

rec("c19",
    "Constitutional Court strikes down assembly ban\n"
    "The Constitutional Court ruled 7-2 on Thursday that Article 11 of the Assembly and "
    "Demonstration Act violates Article 21 of the Constitution.\n"
    "“The provision restricts the freedom of assembly more than is necessary,” the majority "
    "wrote. “It must be revised by Dec. 31, 2027.”",
    "헌재, 집회 금지 조항 위헌\n"
    "헌법재판소는 목요일 집회 및 시위에 관한 법률 제11조가 헌법 제21조에 위배된다고 7대 2로 결정했다.\n"
    "다수의견은 \"해당 조항은 집회의 자유를 필요 이상으로 제한한다\"며 \"2027년 12월 31일까지 개정해야 한다\"고 밝혔다.")

rec("c20",
    "Market close: KOSPI up 0.81% on chip gains\n"
    "The KOSPI closed at 2,614.32 on Friday, up 21.07 points, or 0.81 percent.\n"
    "The won closed at 1,392.5 per dollar, up 3.7 won.",
    "마감 시황: 반도체 강세에 코스피 0.81% 상승\n"
    "코스피는 금요일 21.07포인트(0.81%) 오른 2,614.32에 마감했다.\n"
    "원·달러 환율은 3.7원 내린 1,392.5원에 마감했다.")

rec("c21",
    "[Editorial] Pension reform cannot wait another year\n"
    "The National Pension fund will be depleted by 2056 unless contributions rise.\n"
    "The National Assembly should pass the reform bill this session.")

rec("c22",
    "Q&A: The chef behind Seoul's first three-star restaurant\n"
    "Q. When did you decide to cook Korean food?\n"
    "A. \"In 2009, in a New York kitchen. My boss said, 'Cook what your grandmother cooked,' and "
    "I did.\"\n"
    "Q. What comes next?\n"
    "A. \"A restaurant in Busan. Same idea, different sea.\"")

rec("c23",
    "Festival draws 12,000 as province spends 4.3 trillion won on tourism plan\n"
    "The Suwon Hwaseong festival drew 12,000 visitors, and the province will spend 4.3 trillion "
    "won on tourism over ten years.\n"
    "Each participating village will receive 20 million won, and the U.S. embassy pledged $100 "
    "million in exchanges; the convention center will cost 980 billion won.",
    "축제 1만2천 명 방문… 관광계획 4조3천억 원\n"
    "수원화성 축제에 1만2천 명이 방문했으며 도는 10년간 관광에 4조3천억 원을 투입한다.\n"
    "참여 마을마다 2천만 원을 지원하고, 미국 대사관은 교류에 1억 달러를 약속했다. 컨벤션센터에는 9,800억 원이 든다.")

rec("c24",
    "Hyundai chair marks founder's birthday\n"
    "Hyundai Motor Group Executive Chair Chung Eui-sun visited the grave of founder Chung "
    "Ju-yung on Tuesday.\n"
    "Chung Eui-sun said the group would keep its founder's spirit alive.")

rec("c26",
    "Delivery apps to cap commissions at 7.8%\n"
    "BY LEE SOO-JUNG\n"
    "Food delivery apps will cap commissions at 7.8 percent from January, the Fair Trade "
    "Commission said Thursday.\n"
    "The cap follows a year of talks between the platforms and small merchants.")

rec("c27",
    "Kia's EV3 wins award\n"
    "The Kia EV3 was named World Car of the Year on Wednesday.\n"
    "By Park Han-na (hnpark@heraldcorp.com)",
    opt=[("byline-residue", "By Park Han-na (hnpark@heraldcorp.com)")])


# ------------------------------------------------- news-in-brief records built from short items
# Each group becomes one record with the first item's id: a headline line, then one paragraph
# per item.  The source is kept only when every item has one.  The other ids drop out.
MERGES = [
    ("d01", "What you need to know this morning", "오늘 아침 주요 뉴스",
     ["d01", "d03", "d09", "d11"]),
    ("d08", "Here is the day in brief", None, ["d08", "d14", "d23", "d26"]),
    ("d21", "Economy roundup: what changed for businesses this week", "이번 주 경제 소식",
     ["d21", "d27", "d30", "d34"]),
    ("d31", "Around the country: stories you may have missed", None,
     ["d31", "d33", "d43", "d51"]),
    ("d47", "Seoul briefing: fares, prices and films make the news", None,
     ["d47", "d49", "d50", "d54", "d56"]),
    ("d52", "Politics and society: the stories that mattered today", "정치·사회 주요 뉴스",
     ["d52", "d58", "d60", "d61"]),
    ("d12", "Courts roundup: judges weigh in on ads and precedent", "법원 소식", ["d12", "d20"]),
    ("d19", "People in the news this week", None, ["d19", "d24", "d28"]),
    ("d69", "Money matters: where the big sums are going", "돈의 흐름", ["d69", "d72"]),
    ("d71", "Government and industry announce spending plans", "정부·업계 지출 계획",
     ["d71", "d74"]),
    ("d42", "Police and parliament: the morning's news", "경찰·국회 소식", ["d42", "d45"]),
    ("d05", "Officials speak out on the won and interest rates", "환율·금리 당국자 발언",
     ["d05", "d17"]),
]


def merge() -> None:
    by_id = {r["id"]: r for r in RECORDS}
    for new_id, head, head_src, ids in MERGES:
        parts = [by_id[i] for i in ids]
        assert all("\n" not in p["target"] for p in parts), new_id
        row = {"id": new_id, "target": head + "\n" + "\n".join(p["target"] for p in parts)}
        if head_src and all(p.get("source") for p in parts):
            row["source"] = head_src + "\n" + "\n".join(p["source"] for p in parts)
        row["expected"] = [e for p in parts for e in p["expected"]]
        first = RECORDS.index(by_id[ids[0]])
        RECORDS[first] = row
        for i in ids[1:]:
            RECORDS.remove(by_id[i])


merge()

# ----------------------------------------------------------------------------- checks
def main() -> int:
    ids = Counter(r["id"] for r in RECORDS)
    bad = [i for i, n in ids.items() if n > 1]
    errors = [f"duplicate id {i}" for i in bad]
    for r in RECORDS:
        for e in r["expected"]:
            n = r["target"].count(e["evidence"])
            if n != 1:
                errors.append(f"{r['id']}: {e['rule']} evidence occurs {n} times: "
                              f"{e['evidence']!r}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    req = Counter(e["rule"] for r in RECORDS for e in r["expected"] if not e.get("optional"))
    opt = Counter(e["rule"] for r in RECORDS for e in r["expected"] if e.get("optional"))
    one_line = sum(1 for r in RECORDS if "\n" not in r["target"])
    clean = sum(not any(not e.get("optional") for e in r["expected"]) for r in RECORDS)
    print(f"{len(RECORDS)} records, {clean} clean, "
          f"{sum(1 for r in RECORDS if r.get('source'))} with source, "
          f"{one_line} one-line, "
          f"{sum(req.values())} required, {sum(opt.values())} optional")
    for rule in sorted(set(req) | set(opt)):
        print(f"  {rule:26} {req[rule]:3} ({opt[rule]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
