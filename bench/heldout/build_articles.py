"""Write ``articles.jsonl``, the held-out set, from the records below.

The records were written by hand for tqcheck (see README.md): each is a realistic English machine
translation of a Korean news item, with the damage an editor would mark listed in ``expected``.
An expected entry is ``(rule, evidence)`` or ``(rule, evidence, "optional")``; optional entries are
findings that are acceptable (a second rule that may reasonably fire on the same damage) but not
required: they count neither as a miss nor as a false alarm.

Run: ``.venv/bin/python bench/heldout/build_articles.py`` (rewrites articles.jsonl).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Mojibake strings, produced the way a scraper produces them (bytes decoded with the wrong codec).
MOJI_DATELINE = "(서울=연합뉴스) 박성민 기자 =".encode("cp949").decode("latin-1")
MOJI_FOOTER = "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>".encode("cp949").decode("latin-1")
U8_LDQ = "“".encode("utf-8").decode("cp1252")  # â€œ
U8_RSQ = "’".encode("utf-8").decode("cp1252")  # â€™
U8_RDQ = "â€\ufffd"  # ” with its undefined 0x9D byte shown as U+FFFD
EUC_LDQ = "“".encode("cp949").decode("latin-1")  # ¡°
EUC_RDQ = "”".encode("cp949").decode("latin-1")  # ¡±

R = []


def rec(id, target, expected=(), source=None, reference=None):
    R.append({"id": id, "target": target, "source": source, "reference": reference,
              "expected": list(expected)})


# ---------------------------------------------------------------- damaged records

rec("d01-news1-asean", """Newsletter
Cho Tae-yul "Han-ASEAN cooperation is the core axis of the ‘Indo-Pacific strategy'"

Foreign Minister Cho Tae-yul gives a congratulatory speech at an event marking the 15th anniversary of the Korea-ASEAN Center held at the Lotte Hotel in Jung-gu, Seoul. 2024.5.14/News 1 © News1 Reporter Kim Do-woo

(Seoul=News1) Reporter Lee Ho-seung = Foreign Minister Cho Tae-yul said on the 14th that cooperation between Korea and the Association of Southeast Asian Nations (ASEAN) is the core axis of the Yun Seok-yeol government's Indo-Pacific strategy. .

Minister Cho said in his congratulatory speech, “Trade between Korea and ASEAN has grown more than 20 times over the past 35 years. “He also mentioned.

He continued, "ASEAN is Korea's second-largest trading partner and the region Koreans visit most," he said, emphasizing that the two sides would upgrade their relationship to a comprehensive strategic partnership this year.

The Korea-ASEAN Center is an intergovernmental organization established in 2009 to promote trade, investment and cultural exchanges.

hoyaa@news1.kr""", [
    ("page-boilerplate", "Newsletter"),
    ("garbled-headline", '"Han-ASEAN cooperation is the core axis'),
    ("mixed-quote-style", "‘Indo-Pacific strategy'"),
    ("photo-credit-residue", "2024.5.14/News 1 © News1 Reporter Kim Do-woo"),
    ("copyright-residue", "© News1", "optional"),
    ("name-romanization", "News 1", "optional"),
    ("dateline-residue", "(Seoul=News1) Reporter Lee Ho-seung ="),
    ("literal-date", "on the 14th"),
    ("name-romanization", "Yun Seok-yeol"),
    ("stray-punctuation", "strategy. ."),
    ("space-before-punctuation", "strategy. .", "optional"),
    ("split-attribution", "“He also mentioned."),
    ("unbalanced-quote", "“Trade between Korea and ASEAN has grown more than 20 times over the past 35 years. “He also mentioned."),
    ("doubled-attribution", 'He continued, "ASEAN is Korea\'s second-largest trading partner and the region Koreans visit most," he said'),
    ("byline-residue", "hoyaa@news1.kr"),
], source="""뉴스레터
조태열 "한·아세안 협력, '인도·태평양 전략'의 핵심 축"

조태열 외교부 장관이 14일 서울 중구 롯데호텔에서 열린 한·아세안센터 설립 15주년 기념행사에서 축사를 하고 있다. 2024.5.14/뉴스1 © News1 김도우 기자

(서울=뉴스1) 이호승 기자 = 조태열 외교부 장관은 14일 한국과 동남아시아국가연합(아세안) 간 협력이 윤석열 정부 인도·태평양 전략의 핵심 축이라고 밝혔다.

조 장관은 이날 축사에서 "한국과 아세안 간 교역은 지난 35년간 20배 이상 성장했다"고 언급했다.

그는 이어 "아세안은 한국의 제2위 교역 상대이자 한국인이 가장 많이 찾는 지역"이라며 올해 양측 관계를 포괄적 전략동반자 관계로 격상할 것이라고 강조했다.

한·아세안센터는 무역·투자·문화 교류 증진을 위해 2009년 설립된 국제기구다.

hoyaa@news1.kr""")

rec("d02-yonhap-household-loans", """Bank household loans rise for third straight month on mortgage demand

(Seoul=Yonhap News) Reporter Koo Jeong-mo = Household loans at banks increased by 60 trillion won last month, extending their rise for a third consecutive month, data showed on the 12th.

According to the Bank of Korea, the outstanding balance of household loans at banks stood at 1,095 trillion won at the end of May, up 6 trillion won from a month earlier.

Mortgage loans accounted for most of the increase, rising 5.7 trillion won, while other loans, including unsecured credit loans, grew by 300 million won.

A BOK official said, "Housing transactions have increased since the start of the year, and demand for mortgage loans remains strong."

<Copyright (c) Yonhap News, unauthorized reproduction-redistribution prohibited>""", [
    ("dateline-residue", "(Seoul=Yonhap News) Reporter Koo Jeong-mo ="),
    ("number-mismatch", "60 trillion won"),
    ("literal-date", "on the 12th"),
    ("number-mismatch", "300 million won"),
    ("copyright-residue", "<Copyright (c) Yonhap News, unauthorized reproduction-redistribution prohibited>"),
], source="""은행 가계대출 석 달째 증가…주담대 수요 지속

(서울=연합뉴스) 구정모 기자 = 지난달 은행 가계대출이 6조원 늘어 석 달 연속 증가세를 이어갔다고 12일 집계됐다.

한국은행에 따르면 5월 말 은행 가계대출 잔액은 1천95조원으로 한 달 전보다 6조원 증가했다.

주택담보대출이 5조7천억원 늘어 증가분의 대부분을 차지했고, 신용대출 등 기타대출은 3천억원 증가했다.

한은 관계자는 "연초부터 주택 거래가 늘면서 주택담보대출 수요가 여전히 강하다"고 말했다.

<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>""")

rec("d03-row-young-farmers",
    "The government will inject 3 billion won into a program to support young farmers next year.",
    [("number-mismatch", "3 billion won")],
    source="정부는 내년 청년농 지원 사업에 3억 원을 투입한다.",
    reference="The government will invest 300 million won next year in a program supporting young farmers.")

rec("d04-row-korea-zinc",
    "Korea Zinc said it would invest 12 trillion won in a secondary battery materials plant in Ulsan by 2030.",
    [("number-mismatch", "12 trillion won")],
    source="고려아연은 2030년까지 울산에 1조2000억원을 들여 이차전지 소재 공장을 짓겠다고 밝혔다.")

rec("d05-row-rally",
    "About 1,200 people attended the rally in front of Seoul Station, according to police estimates.",
    [("number-mismatch", "1,200 people")],
    source="경찰 추산 약 1만2000명이 서울역 앞 집회에 참석했다.")

rec("d06-row-lges",
    "LG Energy Solution signed a supply deal worth 2.5 billion dollars with a North American automaker.",
    [("number-mismatch", "2.5 billion dollars")],
    source="LG에너지솔루션은 북미 완성차 업체와 2억5000만 달러 규모의 공급 계약을 체결했다.")

rec("d07-row-identical",
    "국토교통부는 다음 달부터 전세사기 피해자 지원을 확대한다고 밝혔다.",
    [("untranslated-segment", "국토교통부는 다음 달부터 전세사기 피해자 지원을 확대한다고 밝혔다."),
     ("untranslated-hangul", "국토교통부는 다음 달부터 전세사기 피해자 지원을 확대한다고 밝혔다.")],
    source="국토교통부는 다음 달부터 전세사기 피해자 지원을 확대한다고 밝혔다.")

rec("d08-row-japanese",
    "ソウル市は来月から公共自転車「タルンイ」の利用料金を引き上げると明らかにした。",
    [("untranslated-segment", "ソウル市は来月から公共自転車「タルンイ」の利用料金を引き上げると明らかにした。"),
     ("untranslated-hangul", "ソウル市は来月から公共自転車「タルンイ」の利用料金を引き上げると明らかにした。", "optional")],
    source="서울시는 다음 달부터 공공자전거 '따릉이' 이용 요금을 인상한다고 밝혔다.")

rec("d09-ent-newjeans", """Court to rule on ADOR injunction against NewJeans this week

The Seoul Central District Court's 50th civil division will decide this week whether to grant the injunction filed by ADOR against the five members of NewJeans, legal sources said.

ADOR argues that its exclusive contracts with the members remain valid until 2029, while the members claim that the agency "failed to protect them" after the dismissal of former CEO 민희진.

An entertainment industry official said, "Whichever way the court rules, an appeal is almost certain." """.rstrip(), [
    ("untranslated-hangul", "민희진"),
])

rec("d10-nk-missile", """北 fires ballistic missile into East Sea... JCS "analyzing details"

North Korea fired a short-range ballistic missile into the East Sea at around 7:10 a.m. on the 27th, the Joint Chiefs of Staff said.

The missile flew about 350 km before falling into waters off the east coast, the JCS said, adding that South Korea and the United States are analyzing the details.

The launch came a day after Kim Yeo-jeong, the sister of North Korean leader Kim Jong Un, warned of "consequences" over the allies' joint military drills.

The Joseon Central News Agency had not reported the launch as of noon.""", [
    ("untranslated-hangul", "北"),
    ("garbled-headline", 'JCS "analyzing details"'),
    ("literal-date", "on the 27th"),
    ("name-romanization", "Kim Yeo-jeong"),
    ("name-romanization", "Joseon Central News Agency"),
])

rec("d11-mojibake-utf8", f"""Hanwha Ocean wins 1.2 trillion won LNG carrier order

Hanwha Ocean said Tuesday it had won an order worth about 1.2 trillion won to build four liquefied natural gas carriers for an Asian shipowner.

{U8_LDQ}This order reflects the competitiveness of our eco-friendly vessels,{U8_RDQ} a company official said.

The order brings Hanwha Ocean{U8_RSQ}s backlog to about 30 billion dollars, or more than three years of work, according to the company.""", [
    ("mojibake", f"{U8_LDQ}This order"),
    ("mojibake", f"vessels,{U8_RDQ}"),
    ("mojibake", f"Ocean{U8_RSQ}s backlog"),
])

rec("d12-mojibake-euckr", f"""Police to deploy 3,000 officers to crowded areas for Halloween

{MOJI_DATELINE} The National Police Agency said it would deploy 3,000 officers to crowded areas across the country ahead of Halloween.

The agency will operate crowd-control teams in Itaewon, Hongdae and Seongsu-dong in Seoul from 6 p.m. on Oct. 31, an official said, adding that {EUC_LDQ}safety comes before everything else.{EUC_RDQ}

{MOJI_FOOTER}""", [
    ("mojibake", MOJI_DATELINE),
    ("mojibake", f"{EUC_LDQ}safety comes"),
    ("mojibake", f"else.{EUC_RDQ}"),
    ("mojibake", MOJI_FOOTER),
    ("dateline-residue", MOJI_DATELINE, "optional"),
    ("copyright-residue", MOJI_FOOTER, "optional"),
])

rec("d13-html-entities", """Samsung &amp; SK hynix lead Kospi rally as foreigners return

The Kospi rose 1.8 percent to close at 2,745.82 on Monday, led by chipmakers, as foreign investors net bought shares worth 1.1 trillion won.

&quot;The rebound in semiconductor stocks was driven by expectations of an interest rate cut in the United States,&quot; said Kim Seok-hwan, an analyst at Mirae&nbsp;Asset Securities.

The tech-heavy Kosdaq gained 0.9 percent to 781.20.""", [
    ("mojibake", "Samsung &amp; SK hynix"),
    ("mojibake", "&quot;The rebound"),
    ("mojibake", "United States,&quot;"),
    ("mojibake", "Mirae&nbsp;Asset"),
])

rec("d14-newsis-owl-bus", """Seoul to add late-night buses, extend subway hours for year-end

[Seoul=Newsis] Reporter Park Jin-hwa = The Seoul Metropolitan Government announced on the 20th that it will temporarily increase the number of late-night buses , and extend subway operating hours until 2 a.m. from the 24th to the 31st.

[Seoul=Newsis] Photo Reporter Kim Geum-bo = Citizens wait for a late-night bus at a bus stop in Jongno-gu, Seoul. 2023.12.20. kgb@newsis.com

The city expects about 20,000 additional passengers a night during the period .

"We hope citizens can get home safely after year-end gatherings," a city official said.

☞Sympathetic Media Newsis jinhwa@newsis.com

▶ Subscribe to Newsis on Naver""", [
    ("dateline-residue", "[Seoul=Newsis] Reporter Park Jin-hwa ="),
    ("literal-date", "on the 20th"),
    ("literal-date", "from the 24th to the 31st"),
    ("space-before-punctuation", "late-night buses ,"),
    ("photo-credit-residue", "[Seoul=Newsis] Photo Reporter Kim Geum-bo = Citizens wait for a late-night bus at a bus stop in Jongno-gu, Seoul. 2023.12.20. kgb@newsis.com"),
    ("dateline-residue", "[Seoul=Newsis] Photo Reporter Kim Geum-bo =", "optional"),
    ("byline-residue", "kgb@newsis.com", "optional"),
    ("space-before-punctuation", "during the period ."),
    ("byline-residue", "☞Sympathetic Media Newsis jinhwa@newsis.com"),
    ("page-boilerplate", "☞Sympathetic Media Newsis", "optional"),
    ("page-boilerplate", "▶ Subscribe to Newsis on Naver"),
])

rec("d15-mt-coupang", """Coupang's quarterly sales top 10 trillion won for first time

[Money Today Reporter Jeong Min-ju] Coupang's quarterly revenue surpassed 10 trillion won for the first time, boosted by its growing Taiwan business and its food delivery service Coupang Eats.

Coupang Inc., the parent company listed on the New York Stock Exchange, said on the 6th (local time) that its sales in the second quarter reached $7.3 billion, up 23% from a year earlier.Operating profit fell 12% to $146 million due to a one-off fine imposed by the Fair Trade Commission.

Founder Kim Bom said in a conference call, "We will continue to invest in our logistics network.," adding that the company plans to open new fulfillment centers in North Chungcheong Province.

Reporter Jeong Min-ju jmj@mt.co.kr

Copyright ⓒ Money Today. All rights reserved. Unauthorized reproduction and redistribution prohibited.""", [
    ("dateline-residue", "[Money Today Reporter Jeong Min-ju]"),
    ("literal-date", "on the 6th (local time)"),
    ("missing-space", "earlier.Operating"),
    ("stray-punctuation", "network.,"),
    ("byline-residue", "Reporter Jeong Min-ju jmj@mt.co.kr"),
    ("copyright-residue", "Copyright ⓒ Money Today. All rights reserved. Unauthorized reproduction and redistribution prohibited."),
])

rec("d16-asiae-photo", """[Photo] Ruling and opposition floor leaders meet on budget bill

Choo Kyung-ho, floor leader of the People's Power Party, and Park Chan-dae, floor leader of the Democratic Party of Korea, shake hands at the National Assembly in Yeouido, Seoul, on the 28th. Photo by Kim Hyun-min kimhyun81@

The two floor leaders agreed to hold a plenary session on the 2nd of next month to pass next year's budget bill.""", [
    ("garbled-headline", "[Photo] Ruling", "optional"),
    ("page-boilerplate", "[Photo]", "optional"),
    ("photo-credit-residue", "[Photo]", "optional"),
    ("name-romanization", "People's Power Party"),
    ("literal-date", "on the 28th"),
    ("photo-credit-residue", "Photo by Kim Hyun-min"),
    ("byline-residue", "kimhyun81@"),
    ("literal-date", "on the 2nd of next month"),
])

rec("d17-hyundai-names", """Hyundai Motor chairman meets Nvidia CEO in Silicon Valley

Hyundai Motor Group Executive Chair Chung Eui-sun met Nvidia CEO Jensen Huang in Santa Clara, California, to discuss cooperation on autonomous driving and robotics, the group said Friday.

The meeting, which lasted about two hours, was also attended by Song Chang-hyun, head of the group's advanced vehicle platform division.

Jeong Eui-seon told reporters after the meeting that the two companies had "a lot to work on together," without elaborating.

Analysts said the partnership could speed up the group's plan to turn its entire lineup into software-defined vehicles.""", [
    ("inconsistent-name", "Jeong Eui-seon"),
])

rec("d18-kleague-names", """Ulsan HD edges Jeonbuk 2-1 to extend lead in K League 1

Ulsan HD beat Jeonbuk Hyundai Motors 2-1 at Munsu Football Stadium on Saturday to extend their lead at the top of the K League 1 standings to seven points.

Joo Min-kyu opened the scoring in the 23rd minute with a header from a corner kick, and Jeonbuk leveled through Song Min-kyu shortly after halftime.

Ju Min-gyu then set up the winner for substitute Eom Won-sang in the 81st minute.

"We were not at our best, but the players showed great character," Ulsan coach Kim Pan-gon said.""", [
    ("inconsistent-name", "Ju Min-gyu"),
])

rec("d19-ppp-han", """PPP leadership race heats up as Han Dong-hoon declares bid

Former interim leader Han Dong-hoon on Sunday officially declared his bid for the People Power Party's leadership, setting up a four-way race ahead of the July 23 national convention.

"I will rebuild the party from the ground up and win back the trust of the people," Han said at a press conference at the National Assembly.

Rival candidates Won Hee-ryong and Na Kyung-won criticized Han Donghoon for his strained relationship with President Yoon Suk Yeol.""", [
    ("inconsistent-name", "Han Donghoon"),
    ("name-romanization", "Han Donghoon"),
])

rec("d20-row-pm-han",
    "Prime Minister Han Deok-su urged ministries to draw up measures to stabilize prices ahead of the Chuseok holiday.",
    [("name-romanization", "Han Deok-su")],
    source="한덕수 국무총리는 추석 연휴를 앞두고 각 부처에 물가 안정 대책을 마련하라고 지시했다.")

rec("d21-dp-lee", """Lee Jae-myeong "Will propose special counsel bill again"... Minjoo Party to push ahead

Democratic Party leader Lee said on the 3rd that the party would again propose a special counsel bill to investigate allegations surrounding first lady Kim Gun-hee.

Speaking at a Supreme Council meeting at the National Assembly, Lee said, "The people are asking for the truth. We will not stop until it is revealed."

The Minjoo Party plans to put the bill to a vote at a plenary session next week.""", [
    ("name-romanization", "Lee Jae-myeong"),
    ("garbled-headline", '"Will propose special counsel bill again"', "optional"),
    ("literal-date", "on the 3rd"),
    ("name-romanization", "Kim Gun-hee"),
    ("name-romanization", "Minjoo Party plans"),
    ("name-romanization", "Minjoo Party to push", "optional"),
], source="""이재명 "특검법 재발의할 것"…민주당 강행 방침

더불어민주당 이재명 대표는 3일 김건희 여사를 둘러싼 의혹을 수사하기 위한 특검법을 다시 발의하겠다고 밝혔다.

이 대표는 이날 국회에서 열린 최고위원회의에서 "국민이 진실을 요구하고 있다. 진실이 밝혀질 때까지 멈추지 않겠다"고 말했다.

민주당은 다음 주 본회의에서 법안을 표결에 부칠 계획이다.""")

rec("d22-gyeonggi-meals", """Gyeonggi Province to expand free school meals to high school students

Gyeonggi Province and the provincial education office will provide free lunches to all high school students in the the province starting next semester, Governor Kim Dong-yeon announced Tuesday.

About 310,000 students at 480 schools will benefit from the program, which will cost an estimated 190 billion won a year.

The province will cover 60 percent of the cost, and the the education office and 31 cities and counties will share the rest.""", [
    ("repeated-word", "in the the province"),
    ("repeated-word", "and the the education"),
], source="""경기도, 고교생까지 무상급식 확대

경기도와 도교육청은 다음 학기부터 도내 모든 고등학생에게 무상급식을 제공한다고 김동연 지사가 화요일 발표했다.

480개 학교 학생 약 31만 명이 혜택을 받게 되며, 연간 예산은 약 1900억 원으로 추산된다.

비용의 60%는 도가 부담하고 나머지는 도교육청과 31개 시군이 분담한다.""")

rec("d23-pacific-islands", """Cho Tae-yul "Pacific and Pacific Islands cooperation, a new chapter of the 'global pivotal state'"

Foreign Minister Cho Tae-yul said Monday that the first Korea-Pacific Islands summit would open a new chapter in Korea's diplomacy as a global pivotal state.

Cho made the remarks at a meeting with foreign ministers from 18 Pacific island countries and territories in Seoul, a day before the summit.""", [
    ("garbled-headline", "Pacific and Pacific Islands cooperation, a new chapter"),
    ("repeated-word", "Pacific and Pacific"),
], source="""조태열 "한·태평양도서국 협력, '글로벌 중추국가'의 새 장"

조태열 외교부 장관은 월요일 첫 한·태평양도서국 정상회의가 글로벌 중추국가로서 한국 외교의 새 장을 열 것이라고 말했다.

조 장관은 정상회의 하루 전 서울에서 태평양 18개 도서국 외교장관들과 만나 이같이 밝혔다.""")

rec("d24-kt-restructuring", """KT to cut 2,800 jobs through network unit restructuring

KT Corp. said it would spin off its network operations into two new subsidiaries and offer voluntary retirement to about 2,800 employees.The restructuring is the largest since CEO Kim Young-shub took office last year.

The company's labor union said,"We cannot accept a restructuring that shifts the burden onto workers," and threatened to hold a rally in front of the headquarters in Gwanghwamun.

KT said the employees who move to the new units will keep 70 percent of their current wages for the first three years.""", [
    ("missing-space", "employees.The restructuring"),
    ("missing-space", 'said,"We cannot'),
])

rec("d25-police-drunk-driving", """Police to crack down on drunk driving during holiday season

The Korean National Police Agency said it would conduct intensive crackdowns on drunk driving nationwide for two months starting next week.

"Drunk driving is a serious crime that destroys not only the driver's life but also the lives of others." The police official emphasized.

According to the agency, 13,042 drunk-driving accidents occurred last year, killing 159 people.

"We will mobilize all available personnel, including traffic police and mobile units, to prevent accidents. "He added.""", [
    ("split-attribution", "The police official emphasized."),
    ("split-attribution", '"He added.'),
    ("unbalanced-quote", '"He added.', "optional"),
    ("unbalanced-quote", '"We will mobilize', "optional"),
])

rec("d26-football-oman", """Hong Myung-bo "Players showed will to win"... Korea beats Oman 3-1

Korea defeated Oman 3-1 in the third round of the Asian qualifiers for the 2026 FIFA World Cup on Tuesday, earning its first win of the round.

After the match, head coach Hong Myung-bo said, "The players showed a strong will to win even in difficult conditions," he said.

Son Heung-min, who scored the second goal and set up the third, said in a post-match interview that "I am proud of my teammates who gave everything until the end," he said.

Korea will host Jordan in Yongin next month.""", [
    ("garbled-headline", '"Players showed will to win"', "optional"),
    ("doubled-attribution", 'head coach Hong Myung-bo said, "The players showed a strong will to win even in difficult conditions," he said'),
    ("doubled-attribution", 'said in a post-match interview that "I am proud of my teammates who gave everything until the end," he said'),
])

rec("d27-aricell-quotes", """Aricell CEO apologizes over deadly battery plant fire

Park Soon-kwan, CEO of battery maker Aricell, bowed his head at a briefing in Hwaseong, Gyeonggi Province, and said, ""I sincerely apologize to the victims and their bereaved families.""

The fire at the company's lithium battery plant killed 23 workers, most of them migrant workers from China.

Police and the Ministry of Employment and Labor have launched a joint investigation into whether the company violated the Serious Accidents Punishment Act.

Bereaved families criticized the apology as “ “too late and lacking sincerity.”""", [
    ("doubled-quote", '""I sincerely apologize'),
    ("doubled-quote", 'families.""'),
    ("doubled-quote", "“ “too late"),
    ("unbalanced-quote", "“ “too late", "optional"),
])

rec("d28-chips-act-quotes", """Government to designate 'K-Chips Act' as top priority bill

The government and the ruling party agreed to make the so-called ‘K-Chips Act' a top legislative priority in the second half of the year, officials said Sunday.

The bill raises the tax credit for semiconductor facility investment to up to 25 percent for large companies.

“Korea cannot afford to fall behind in the global chip war," a senior official at the presidential office said.

The opposition has called for a provision on "working hours exemptions for researchers” to be dropped from the bill.""", [
    ("mixed-quote-style", "‘K-Chips Act'"),
    ("mixed-quote-style", '“Korea cannot afford to fall behind in the global chip war,"'),
    ("mixed-quote-style", '"working hours exemptions for researchers”'),
])

rec("d29-fuel-tax", """Gov't to extend fuel tax cut for two more months

The Ministry of Economy and Finance said on Wednesday that it would extend the fuel tax cut, which was set to expire at the end of this month, until the end of August..

Under the extension, the tax cut rate for gasoline will be narrowed from 25 percent to 20 percent,, while the rate for diesel and LPG butane will remain at 30 percent.

"International oil prices have stabilized, but uncertainties remain in the Middle East," a ministry official said,.

The ministry estimates the extension will reduce tax revenue by about 450 billion won.""", [
    ("stray-punctuation", "August.."),
    ("stray-punctuation", "20 percent,,"),
    ("stray-punctuation", "official said,."),
])

rec("d30-daegu-drill", """Daegu holds subway fire drill on 21st anniversary of arson

Daegu held a large-scale disaster drill at Jungangno Station on Sunday , marking the 21st anniversary of the 2003 subway arson that killed 192 people .

About 300 people, including firefighters, police and subway employees ; took part in the drill, the city said.

"Why do we hold the drill every year ? So that we never forget," a city official said.""", [
    ("space-before-punctuation", "on Sunday ,"),
    ("space-before-punctuation", "192 people ."),
    ("space-before-punctuation", "subway employees ;"),
    ("space-before-punctuation", "every year ?"),
])

rec("d31-mbc-heatwave", """Heat wave warning issued for most of the country

A heat wave warning has been issued for most parts of the country, with daytime highs expected to reach 37 degrees Celsius in Daegu and Gangneung, the Korea Meteorological Administration said.

The KMA urged people to refrain from outdoor activities between 2 p.m. and 5 p.m. and to drink plenty of water.

The number of heat-related illness patients reported this summer has reached 1,546, including 11 deaths, according to the Korea Disease Control and Prevention Agency.

Copyright ⓒ MBC&iMBC. Unauthorized reproduction, redistribution and use for AI learning prohibited.

Related articles
Most viewed""", [
    ("copyright-residue", "Copyright ⓒ MBC&iMBC. Unauthorized reproduction, redistribution and use for AI learning prohibited."),
    ("page-boilerplate", "Related articles"),
    ("page-boilerplate", "Most viewed"),
])

rec("d32-asiae-pf", """'Real estate PF' crisis again... Construction company 'April crisis theory' spread

[Asia Economy Reporter Moon Je-won] Concerns are growing that a wave of defaults by small and mid-sized builders could spread to financial firms holding project financing (PF) loans.

According to the construction industry on the 2nd, 11 construction companies filed for court receivership in the first quarter of this year, the most since 2019.

Financial authorities said the situation is "manageable," but market watchers warned that the so-called April crisis could become a reality if more builders fail.

Moon Je-won reporter nomad@asiae.co.kr

<ⓒ Asia Economy. Unauthorized reprinting and redistribution prohibited.>""", [
    ("garbled-headline", "'Real estate PF' crisis again..."),
    ("dateline-residue", "[Asia Economy Reporter Moon Je-won]"),
    ("literal-date", "on the 2nd"),
    ("byline-residue", "Moon Je-won reporter nomad@asiae.co.kr"),
    ("copyright-residue", "<ⓒ Asia Economy. Unauthorized reprinting and redistribution prohibited.>"),
])

rec("d33-edaily-bok", """Rhee Chang-yong "rate cut, not yet time"... base rate 3.5% freeze

[Edaily Reporter Kim Jeong-hyun] The Bank of Korea kept its benchmark interest rate unchanged at 3.5% for the 10th consecutive time on the 11th.

Governor Rhee Chang-yong said at a press conference after the meeting, "It is premature to discuss a rate cut while household debt continues to increase."

Four of the six board members said they were open to a rate cut within the next three months, Rhee said.

Kim Jeong-hyun reporter (kimjh@edaily.co.kr)""", [
    ("garbled-headline", '"rate cut, not yet time"... base rate 3.5% freeze'),
    ("dateline-residue", "[Edaily Reporter Kim Jeong-hyun]"),
    ("literal-date", "on the 11th"),
    ("byline-residue", "Kim Jeong-hyun reporter (kimjh@edaily.co.kr)"),
])

rec("d34-row-omission",
    "The Ministry of the Interior and Safety said it would inspect steep slopes and underpasses nationwide.",
    [("length-mismatch", "The Ministry of the Interior and Safety said it would inspect steep slopes and underpasses nationwide.")],
    source="행정안전부는 여름철 자연재난 대책 기간(5월 15일∼10월 15일)을 앞두고 전국 급경사지 1만2000곳과 지하차도 1천 곳에 대한 일제 점검을 실시한다고 13일 밝혔다. 점검에는 지방자치단체와 국토안전관리원 등 관계기관 전문가 2천여 명이 참여한다. 행안부는 점검 결과 위험도가 높은 시설은 우기 전까지 보수·보강을 마치도록 하고, 침수 위험이 있는 지하차도에는 자동 진입차단 시설을 우선 설치할 계획이다. 지난해 충북 청주 오송 지하차도 참사 이후 정부는 지하차도 통제 기준을 강화한 바 있다.")

rec("d35-row-hallucinated-loop",
    "Busan will make city bus rides free for residents aged 65 or older starting next year. The city said the measure is aimed at easing the financial burden on the elderly. The city said the measure is aimed at easing the financial burden on the elderly and encouraging them to go out more. The city said the measure is aimed at easing the financial burden on the elderly and encouraging them to go out more often, while also boosting local commerce and tourism in the city's old downtown.",
    [("length-mismatch", "The city said the measure is aimed at easing the financial burden on the elderly and encouraging them to go out more. The city said")],
    source="부산시는 내년부터 65세 이상 시민에게 시내버스 요금을 무료화한다.")

rec("d36-row-truncated",
    "The committee met.",
    [("length-mismatch", "The committee met.")],
    source="국회 과학기술정보방송통신위원회는 이날 전체회의를 열고 방송통신위원장 후보자 인사청문회 일정과 증인 채택 문제를 논의했으나 여야 간 이견으로 합의에 이르지 못했다.")

rec("d37-yoon-headline-quote", """Yoon "Will respond sternly to any North Korean provocation
President Yoon Suk Yeol said Tuesday that the military should respond "immediately, strongly and to the end" to any provocation by North Korea.

Yoon made the remarks while presiding over a meeting of top military commanders at the Ministry of National Defense in Yongsan, Seoul.""", [
    ("garbled-headline", 'Yoon "Will respond sternly'),
    ("unbalanced-quote", '"Will respond sternly'),
])

rec("d38-yellow-envelope", """Opposition pushes ‘yellow envelope law’ again

The Democratic Party on Monday reintroduced the so-called ‘yellow envelope bill, which would limit the ability of companies to claim damages from striking workers.

Labor Minister Lee Jung-sik said "the government will respect the legislature's decision, but the bill needs further discussion.

Business groups said the bill would encourage illegal strikes and weaken Korea's competitiveness.""", [
    ("unbalanced-quote", "‘yellow envelope bill,"),
    ("unbalanced-quote", '"the government will respect'),
])

rec("d39-universiade-hangul", """Chungcheong cities agree to jointly host 2027 Universiade events

Daejeon, Sejong, North Chungcheong Province and South Chungcheong Province signed an agreement on Thursday to jointly host the 2027 Summer World University Games, the four local governments said.

Under the agreement, the DaejeonㆍSejong region will host swimming and athletics events, while fencing and judo will be held in Cheongju.

The organizing committee, led by chairman 김윤석, expects about 15,000 athletes and officials from 150 countries.""", [
    ("untranslated-hangul", "DaejeonㆍSejong"),
    ("stray-punctuation", "DaejeonㆍSejong", "optional"),
    ("untranslated-hangul", "김윤석"),
])

rec("d40-rain-headline", """Central region torrential rain... Jamsu Bridge vehicle traffic control, Imjin River residents evacuation
Heavy rain poured over Seoul and Gyeonggi Province overnight, prompting authorities to close the Jamsu Bridge to vehicles from 4 a.m. on the 16th.

Up to 180 mm of rain fell in parts of Paju and Yeoncheon by 6 a.m., and heavy rain warnings were in effect for most of the capital area, according to the Korea Meteorological Administration.

The Central Disaster and Safety Countermeasures Headquarters raised its alert level to "caution" and evacuated 120 residents living near the Imjin River.""", [
    ("garbled-headline", "Central region torrential rain..."),
    ("literal-date", "on the 16th"),
])

rec("d41-ytn-budget", """[News Focus] "Budget war D-7"... Yeo "no cuts" vs Ya "people's livelihood first"

With a week left before the legal deadline for passing next year's budget, the ruling and opposition parties remain far apart over cuts to special activity expenses.

The People Power Party said it could not accept the Democratic Party's plan to slash the budgets of the presidential office and the prosecution, calling it "political retaliation."

The Democratic Party countered that the money should be redirected to local currency vouchers and support for small business owners.""", [
    ("garbled-headline", 'Yeo "no cuts" vs Ya'),
    ("name-romanization", 'Yeo "no cuts"', "optional"),
    ("page-boilerplate", "[News Focus]", "optional"),
])

rec("d42-lotte-captions", """Lotte Group chairman's son promoted to vice president

Shin Yoo-yeol, the eldest son of Lotte Group Chairman Shin Dong-bin, was promoted to vice president in the group's year-end reshuffle announced Thursday.

[Yonhap News Agency file photo]

The 38-year-old will oversee the group's future growth strategy and biotechnology business, Lotte said.

Lotte Group headquarters in Songpa-gu, Seoul /Courtesy of News1

The reshuffle replaced 21 of the group's 36 chief executives, the largest overhaul in its history.""", [
    ("photo-credit-residue", "[Yonhap News Agency file photo]"),
    ("photo-credit-residue", "/Courtesy of News1"),
])

rec("d43-newsis-galaxy", """Samsung unveils Galaxy Z Fold6 in Paris
[Paris=Newsis] Reporter Lee Jun-an = Samsung Electronics President Roh Tae-moon introduces the Galaxy Z Fold6 at Galaxy Unpacked 2024 at the Carrousel du Louvre in Paris, France, on the 10th (local time). (Photo = Provided by Samsung Electronics) 2024.07.10. photo@newsis.com

Samsung Electronics unveiled its sixth-generation foldable smartphones, the Galaxy Z Fold6 and Z Flip6, featuring Galaxy AI functions such as real-time interpretation.

The devices will go on sale in Korea on July 24, with prices starting at 2,229,700 won for the Fold6.""", [
    ("dateline-residue", "[Paris=Newsis] Reporter Lee Jun-an ="),
    ("literal-date", "on the 10th (local time)"),
    ("photo-credit-residue", "(Photo = Provided by Samsung Electronics) 2024.07.10."),
    ("byline-residue", "photo@newsis.com"),
])

rec("d44-kbs-haeundae", """Busan's Haeundae Beach to open on June 1... earliest ever

Haeundae Beach in Busan will open on June 1, a month earlier than usual, the Haeundae District Office said (last 9th).

The district office will operate a lifeguard service from 9 a.m. to 6 p.m. in June and extend it to 7 p.m. in July and August.

Last year, about 8.9 million people visited Haeundae Beach during the summer season.Meanwhile, Gwangalli Beach and Songjeong Beach will open on July 1.""", [
    ("garbled-headline", "Beach to open on June 1... earliest ever", "optional"),
    ("literal-date", "(last 9th)"),
    ("missing-space", "season.Meanwhile"),
])

rec("d45-row-korean-mixed",
    "삼성전자 Galaxy S25 시리즈, 사전 판매 130만 대 돌파",
    [("untranslated-segment", "삼성전자 Galaxy S25 시리즈, 사전 판매 130만 대 돌파"),
     ("untranslated-hangul", "삼성전자 Galaxy S25 시리즈, 사전 판매 130만 대 돌파")],
    source="삼성전자 갤럭시 S25 시리즈, 사전 판매 130만 대 돌파")

rec("d46-typhoon-numbers", """Typhoon Khanun leaves 16,000 households without power

Typhoon Khanun, the sixth typhoon of the year, made landfall on the southern coast near Geoje on Thursday morning, leaving about 16,000 households without power and forcing 10,000 residents to evacuate.

According to the Central Disaster and Safety Countermeasures Headquarters, the typhoon damaged 380 homes and flooded 2,100 hectares of farmland.

The government estimates the total damage at 2 trillion won, including 45 billion won for public facilities.""", [
    ("number-mismatch", "10,000 residents"),
    ("number-mismatch", "2 trillion won"),
], source="""태풍 '카눈'에 1만6천 가구 정전

올해 6호 태풍 '카눈'이 10일 오전 경남 거제 부근 남해안에 상륙해 약 1만6000가구가 정전되고 주민 1천 명이 대피했다.

중앙재난안전대책본부에 따르면 태풍으로 주택 380채가 파손되고 농경지 2100㏊가 침수됐다.

정부는 공공시설 피해 450억원을 포함해 총 피해액을 2000억원으로 추산했다.""",
    reference="""Typhoon Khanun cuts power to 16,000 households

Typhoon Khanun, the year's sixth, made landfall near Geoje on the south coast on Thursday morning, cutting power to some 16,000 households and forcing 1,000 residents from their homes.

The storm damaged 380 houses and flooded 2,100 hectares of farmland, according to the Central Disaster and Safety Countermeasures Headquarters.

The government puts total damage at 200 billion won, including 45 billion won in damage to public facilities.""")

rec("d47-ytn-wildfire-boilerplate", """Suggest Translation Improvements
Font size settings
Gangneung wildfire spreads to residential area, 500 evacuated
Print
Share

A wildfire that broke out in Gangneung, Gangwon State, on the afternoon of the 11th spread to nearby residential areas on strong winds, forcing about 500 residents to evacuate.

The Korea Forest Service issued its highest-level wildfire alert and deployed 25 helicopters, but winds of up to 30 meters per second hampered firefighting efforts.

As of 6 p.m., about 379 hectares of forest had burned and 71 houses and guesthouses were damaged.

Copy URL
KakaoTalk""", [
    ("page-boilerplate", "Suggest Translation Improvements"),
    ("page-boilerplate", "Font size settings"),
    ("page-boilerplate", "Print"),
    ("page-boilerplate", "Share"),
    ("literal-date", "the afternoon of the 11th"),
    ("page-boilerplate", "Copy URL"),
    ("page-boilerplate", "KakaoTalk"),
])

# ---------------------------------------------------------------- clean records

rec("c01-yonhap-pension", """(LEAD) Yoon calls for bipartisan cooperation on pension reform

SEOUL, Sept. 2 (Yonhap) -- President Yoon Suk Yeol on Monday called on the rival parties to work together on pension reform, saying the national pension fund could be depleted by 2056 if nothing is done.

"Pension reform is not a matter that can be put off any longer," Yoon said during a meeting with senior secretaries at the presidential office in Yongsan, Seoul. "It is a task for future generations, and it must not become a political issue."

Yoon urged the 22nd National Assembly to set up a special committee on pension reform as soon as possible.

The government's plan would raise the contribution rate from the current 9 percent to 13 percent, while setting the income replacement rate at 42 percent.

Under the plan, the rate would rise by 1 percentage point a year for workers in their 50s and by 0.25 percentage point for those in their 20s.

The main opposition Democratic Party said the differentiated increase would pit generations against each other, adding that it had had no prior consultation with the government on the matter.

"The government should first explain how it will guarantee pension payments," DP floor leader Park Chan-dae told reporters.""", [], source="""尹 "연금개혁, 여야 협력해달라"

윤석열 대통령은 2일 여야에 연금개혁에 협력해 줄 것을 촉구하며 아무것도 하지 않으면 국민연금 기금이 2056년 고갈될 수 있다고 말했다.

윤 대통령은 이날 서울 용산 대통령실에서 열린 수석비서관회의에서 "연금개혁은 더 이상 미룰 수 없는 문제"라며 "미래세대를 위한 과제이며 정치적 쟁점이 돼서는 안 된다"고 말했다.

윤 대통령은 제22대 국회에 연금개혁 특별위원회를 조속히 구성해 달라고 당부했다.

정부안은 보험료율을 현행 9%에서 13%로 올리고 소득대체율은 42%로 정하는 내용이다.

정부안에 따르면 보험료율은 50대는 매년 1%포인트, 20대는 0.25%포인트씩 오른다.

더불어민주당은 차등 인상이 세대 간 갈등을 부추길 것이라며 이 문제와 관련해 정부와 사전 협의가 전혀 없었다고 밝혔다.

박찬대 민주당 원내대표는 기자들에게 "정부는 연금 지급을 어떻게 보장할지부터 설명해야 한다"고 말했다.""")

rec("c02-bok-freeze", """BOK keeps key rate unchanged at 3.5 percent

The Bank of Korea (BOK) left its benchmark interest rate unchanged at 3.5 percent on Thursday, citing persistent inflationary pressure and rising household debt.

It was the 12th consecutive freeze since January last year.

"It is still too early to talk about a rate cut," BOK Gov. Rhee Chang-yong said at a press briefing. "Consumer prices rose 2.6 percent in July, and we need more confidence that inflation is on a stable downward path."

Household loans at banks grew 5.4 trillion won in July, the largest monthly increase in nearly four years.""", [], source="""한은, 기준금리 3.5% 동결

한국은행은 목요일 끈질긴 물가 압력과 가계부채 증가를 이유로 기준금리를 연 3.5%로 동결했다.

지난해 1월 이후 12회 연속 동결이다.

이창용 한은 총재는 기자간담회에서 "금리 인하를 논의하기는 아직 이르다"며 "7월 소비자물가가 2.6% 올랐고, 물가가 안정적인 하락 경로에 있다는 확신이 더 필요하다"고 말했다.

7월 은행 가계대출은 5조4000억원 늘어 4년 가까이 만에 가장 큰 월간 증가 폭을 기록했다.""",
    reference="""BOK holds rate at 3.5% for 12th straight meeting

The Bank of Korea held its policy rate at 3.5 percent on Thursday, pointing to stubborn price pressures and growing household debt.

The decision marked the 12th straight freeze since January last year.

"It's still premature to discuss a rate cut," Gov. Rhee Chang-yong told reporters. "Consumer prices climbed 2.6 percent in July, and we need more assurance that inflation is firmly on a downward path."

Bank household lending rose by 5.4 trillion won in July, the biggest monthly gain in almost four years.""")

rec("c03-kim-ha-seong", """Kim Ha-seong hits go-ahead homer as Padres beat Dodgers

Kim Ha-seong hit a go-ahead solo home run in the seventh inning to lift the San Diego Padres to a 4-3 win over the Los Angeles Dodgers on Saturday.

The South Korean shortstop, batting .251 this season, drove a 95 mph fastball over the left-field wall for his 10th homer of the year.

"I was just trying to make solid contact," Kim said through an interpreter after the game. "The count was in my favor, so I was ready for the fastball.

"Every game against the Dodgers feels like a playoff game. The fans here make it special."

Padres manager Mike Shildt said Kim's defense had been "as important as anything he does at the plate." """.rstrip(), [])

rec("c04-seventeen", """Seventeen's new album debuts at No. 2 on Billboard 200

K-pop boy band Seventeen's 12th mini album, "Spill the Feels," debuted at No. 2 on the Billboard 200 albums chart, according to Billboard on Sunday.

The album earned 150,000 equivalent album units in the United States in the week ending Oct. 17, Billboard said, citing data from Luminate.

"We were told that that was our best first-week result in the U.S., and we couldn't believe it," member S.Coups said in a video message. "A fan once told us, ‘Your songs got me through my hardest year,’ and we think of those words every time we record."

The group, which debuted in 2015, has often cited ’90s R&B and rock ’n’ roll as influences on its sound.""", [])

rec("c05-seoul-youth", """Seoul to give 500,000 won monthly to young job seekers

The Seoul Metropolitan Government will provide 500,000 won a month for up to six months to 5,000 young job seekers to help cover their living costs, the city said on June 22.

Residents aged 19 to 34 who have lived in Seoul for at least a year and whose household income is below 150 percent of the median income are eligible.

Applications can be submitted through the Seoul Youth Portal (youth.seoul.go.kr) or by e-mail to youthsupport@seoul.go.kr until July 5.

A city official said the program aims to "ease the financial burden on young people so that they can focus on finding jobs." """.rstrip(), [], source="""서울시, 청년 구직자에 월 50만원 지원

서울시는 청년 구직자 5천 명에게 생활비로 최대 6개월간 월 50만원을 지원한다고 6월 22일 밝혔다.

서울에 1년 이상 거주한 19∼34세 청년 가운데 가구 소득이 기준 중위소득 150% 이하인 사람이 대상이다.

신청은 7월 5일까지 서울청년포털(youth.seoul.go.kr) 또는 이메일(youthsupport@seoul.go.kr)로 하면 된다.

시 관계자는 "청년들이 경제적 부담을 덜고 구직에 집중할 수 있도록 하려는 것"이라고 말했다.""")

rec("c06-nk-destroyer", """N. Korea's Kim Jong Un inspects new destroyer

North Korean leader Kim Jong Un inspected a newly built 5,000-ton destroyer at the Nampho shipyard and called for the navy's nuclear armament to be accelerated, state media reported Friday.

Kim was accompanied by his sister Kim Yo Jong, a vice department director of the ruling Workers' Party of Korea, and his daughter Ju-ae, according to the Korean Central News Agency (KCNA).

The Rodong Sinmun, the party's official newspaper, carried 12 photos of the inspection on its front page.

South Korea's Joint Chiefs of Staff said it was closely monitoring the North's naval activities in cooperation with the United States.""", [], source="""北 김정은, 신형 구축함 시찰

북한 김정은 국무위원장이 남포조선소에서 새로 건조된 5천t급 구축함을 시찰하고 해군의 핵무장화를 가속하라고 지시했다고 관영매체가 금요일 보도했다.

조선중앙통신에 따르면 이날 시찰에는 김 위원장의 여동생 김여정 노동당 부부장과 딸 주애가 동행했다.

노동신문은 1면에 시찰 사진 12장을 실었다.

합동참모본부는 미국과 공조해 북한 해군의 활동을 면밀히 감시하고 있다고 밝혔다.""")

rec("c07-snow", """Heavy snow blankets Seoul, disrupting morning commute

Up to 20 centimeters of snow fell on Seoul and parts of Gyeonggi Province on Wednesday, the heaviest November snowfall since records began in 1907, the Korea Meteorological Administration (KMA) said.

As of 8 a.m., 16.5 cm of snow had accumulated in Seoul's Seongbuk district, and 28.6 cm in Yongin, south of the capital.

About 23,000 households in Gyeonggi Province were left without power for several hours after trees fell on power lines, according to Korea Electric Power Corp.

The KMA forecast another 5 to 10 cm of snow in the capital area until 6 p.m. Thursday and urged drivers to avoid unnecessary trips.""", [], source="""서울 폭설에 출근길 대란

기상청은 수요일 서울과 경기 일부 지역에 최대 20㎝의 눈이 내려 1907년 관측 이래 11월 중 가장 많은 눈이 왔다고 밝혔다.

오전 8시 현재 서울 성북구에 16.5㎝, 수도권 남쪽 용인에 28.6㎝의 눈이 쌓였다.

한국전력에 따르면 나무가 전선 위로 쓰러지면서 경기도 약 2만3000가구가 몇 시간 동안 정전됐다.

기상청은 목요일 오후 6시까지 수도권에 5∼10㎝의 눈이 더 내릴 것으로 예보하고 운전자들에게 불필요한 운행을 자제해 달라고 당부했다.""")

rec("c08-row-samsung-profit",
    "Samsung Electronics posted an operating profit of 9.1 trillion won in the third quarter.",
    [], source="삼성전자는 3분기 영업이익 9조1000억 원을 기록했다.")

rec("c09-row-70s-man",
    "Police said a man in his 70s was taken to a hospital with burns on his hands and face.",
    [], source="경찰은 70대 남성이 손과 얼굴에 화상을 입고 병원으로 옮겨졌다고 밝혔다.")

rec("c10-copyright-ruling", """Court rules AI-generated webtoon images not protected by copyright

The Seoul Central District Court on Thursday dismissed a lawsuit by a webtoon studio that claimed a rival platform had copied images its staff had created with an AI program, ruling that the images were not protected by copyright.

The studio had argued that the © notice printed on every episode proved its ownership, but the court said a copyright notice alone does not create any rights.

"A copyright symbol is a statement of a claim, not proof of authorship," the ruling said.

The Korea Copyright Commission said in its monthly newsletter that it would publish guidelines on AI-generated works by the end of the year.""", [])

rec("c11-haeundae-sand", """Busan's Haeundae district to replenish beach sand ahead of summer

The Haeundae District Office in Busan said on Monday it would spend 300 million won to bring in 4,000 tons of sand to restore parts of Haeundae Beach eroded by winter storms.

The work will be completed by the end of May, before the beach opens to swimmers on June 1.""", [],
    source="""부산 해운대구, 여름 앞두고 해수욕장 모래 보충

부산 해운대구는 월요일 3억 원을 들여 모래 4천t을 반입해 겨울 폭풍으로 침식된 해운대해수욕장 일부를 복원하겠다고 밝혔다.

공사는 해수욕장이 개장하는 6월 1일 이전인 5월 말까지 마무리된다.""",
    reference="""Haeundae to top up beach sand before summer

Busan's Haeundae District Office said Monday that it will spend 300 million won to haul in 4,000 tons of sand to repair stretches of Haeundae Beach worn away by winter storms.

The work is to be finished by the end of May, ahead of the beach's opening on June 1.""")

rec("c12-row-sk-hynix",
    "Shares of SK hynix rose 4.2 percent to 198,500 won on the Kospi on Tuesday, their highest close in three months.",
    [], reference="SK hynix shares gained 4.2 percent to close at 198,500 won on the Kospi Tuesday, the highest in three months.")

rec("c13-leaders-talks", """Rival party leaders agree to set up joint policy council
Democratic Party leader Lee Jae-myung and People Power Party leader Han Dong-hoon agreed on Sunday to launch a bipartisan council to discuss livelihood-related bills, including measures to ease the burden of household debt.

At the first formal talks between the leaders of the two main parties in 11 years, Lee said, “Easing the people’s suffering is the No. 1 priority for politics.”

Han responded that his party would “actively cooperate on issues where we can find common ground,” but the two sides remained apart on the opposition’s proposal to hand out 250,000 won in cash to every citizen.

National Assembly Speaker Woo Won-shik, who met the two leaders before the talks, urged them to “restore the culture of dialogue.”""", [])

rec("c14-exports", """Korea's exports rise for 12th straight month on chip sales

South Korea's exports rose 7.5 percent from a year earlier to US$58.7 billion in September, extending their growth streak to a 12th consecutive month, government data showed Tuesday.

Semiconductor exports hit a record high of $13.6 billion, up 37 percent on-year, on strong demand for high-bandwidth memory chips used in artificial intelligence servers, according to the Ministry of Trade, Industry and Energy.

Imports gained 2.3 percent to $52 billion, resulting in a trade surplus of $6.7 billion.""", [],
    source="""수출 12개월 연속 증가…반도체 수출 역대 최대

9월 수출이 1년 전보다 7.5% 증가한 587억 달러로 12개월 연속 증가세를 이어갔다고 정부가 화요일 발표했다.

산업통상자원부에 따르면 반도체 수출은 인공지능(AI) 서버용 고대역폭메모리(HBM) 수요 호조로 전년 대비 37% 늘어난 136억 달러로 역대 최대를 기록했다.

수입은 2.3% 증가한 520억 달러로, 무역수지는 67억 달러 흑자를 냈다.""",
    reference="""Exports up for 12th month in a row on record chip shipments

Exports grew 7.5 percent on-year to $58.7 billion in September, marking a 12th straight month of gains, the government said Tuesday.

Chip exports reached an all-time high of $13.6 billion, up 37 percent, thanks to demand for high-bandwidth memory used in AI servers, the industry ministry said.

Imports rose 2.3 percent to $52 billion, leaving a trade surplus of $6.7 billion.""")

rec("c15-uiseong-wildfire", """Uiseong wildfire fully contained after a week

Firefighters fully extinguished a wildfire in Uiseong, North Gyeongsang Province, on March 28, a week after it broke out, the Korea Forest Service said.

The fire, which spread to Andong, Cheongsong, Yeongyang and Yeongdeok on strong winds, burned about 45,000 hectares of forest, the largest area ever damaged by a single wildfire in the country.

The blaze killed 26 people and destroyed more than 3,000 houses, according to the Central Disaster and Safety Countermeasures Headquarters.

"We will do our utmost to help residents return to their daily lives as quickly as possible," Acting President Han Duck-soo said during a visit to a shelter in Andong.""", [],
    source="""의성 산불 일주일 만에 완전 진화

산림청은 경북 의성에서 발생한 산불이 발생 일주일 만인 3월 28일 완전히 진화됐다고 밝혔다.

강풍을 타고 안동·청송·영양·영덕으로 번진 이번 산불로 산림 약 4만5000㏊가 불에 타 단일 산불로는 역대 최대 피해를 냈다.

중앙재난안전대책본부에 따르면 이번 산불로 26명이 숨지고 주택 3천여 채가 불에 탔다.

한덕수 대통령 권한대행은 안동의 대피소를 방문한 자리에서 "주민들이 하루빨리 일상으로 돌아갈 수 있도록 최선을 다하겠다"고 말했다.""")

rec("c16-row-trading-resume",
    "The Korea Exchange said trading in the company's shares would resume at 9 a.m. on Monday, Dec. 2, after a two-week suspension.",
    [])

rec("c17-row-strike-loss",
    "The company said it expects losses of hundreds of billions of won as a result of the strike.",
    [], source="회사 측은 파업으로 수천억 원의 손실이 예상된다고 밝혔다.")

rec("c18-row-hyundai-kia",
    "Hyundai Motor Co. and Kia Corp. sold a combined 350,000 vehicles in the U.S., Japan and Europe in the first quarter.",
    [], source="현대차와 기아는 1분기 미국·일본·유럽에서 모두 35만 대를 판매했다.")

rec("c19-row-unemployment",
    "The unemployment rate stood at 2.8 percent in May, down 0.1 percentage point from a year earlier, Statistics Korea said.",
    [], source="통계청에 따르면 5월 실업률은 2.8%로 1년 전보다 0.1%포인트 하락했다.")

rec("c20-row-jeonse-fraud",
    "Police arrested a man in his 30s, identified only by his surname Kim, on charges of defrauding 45 tenants of 2.1 billion won in jeonse deposits.",
    [], source="경찰은 세입자 45명으로부터 전세보증금 21억 원을 가로챈 혐의로 30대 김모 씨를 구속했다.")

rec("c21-row-exhibition",
    "The exhibition, which runs through Aug. 31 at the Seoul Museum of Art, features 120 works by Kim Whan-ki, one of Korea's best-known abstract painters.",
    [])

rec("c22-row-kfa-tickets",
    "Tickets for the Nov. 14 World Cup qualifier against Kuwait sold out within 30 minutes, the Korea Football Association (KFA) said, adding that about 2,000 more seats would be released on Tuesday.",
    [])

# ---------------------------------------------------------------- second batch (varied forms)

rec("d48-yonhap-gwangju", """Gwangju to build 1 trillion won AI data center complex

(Gwangju=Yonhap News) Reporters Park Cheol-hong and Kim Hye-in = Gwangju Metropolitan City will build a large-scale artificial intelligence data center complex in the Cheomdan district by 2028, the city said on the 1st of this month.

The project, worth 1 trillion won, will be jointly carried out with 11 private companies including SK Telecom and Naver Cloud, and is expected to create 3,000 jobs.

Gwangju Mayor Kang Gi-jung said, "Gwangju will become the hub of Korea's AI industry." he explained.

Reporter Park Cheol-hong (chpark@yna.co.kr)
Copyright (c) Yonhap News Agency prohibited from AI learning and use""", [
    ("dateline-residue", "(Gwangju=Yonhap News) Reporters Park Cheol-hong and Kim Hye-in ="),
    ("literal-date", "on the 1st of this month"),
    ("doubled-attribution", 'Gwangju Mayor Kang Gi-jung said, "Gwangju will become the hub of Korea\'s AI industry." he explained.'),
    ("split-attribution", 'industry." he explained.', "optional"),
    ("byline-residue", "Reporter Park Cheol-hong (chpark@yna.co.kr)"),
    ("copyright-residue", "Copyright (c) Yonhap News Agency prohibited from AI learning and use"),
])

rec("d49-newsis-sejong", """Finance ministry to cut this year's growth forecast to 1.8 percent

[Sejong=Newsis]Reporter Kim Dong-hyun = The Ministry of Economy and Finance is expected to lower its growth outlook for this year from 2.2 percent to 1.8 percent when it announces its economic policy directions for the second half on the 3rd of next month.

Deputy Prime Minister and Minister of Economy and Finance Choe Sang-mok said at a meeting on the 25th,“Exports are recovering, but domestic demand remains weak.”

The ministry will also unveil measures to support small merchants, including a 5 million won cap on delivery fees.""", [
    ("dateline-residue", "[Sejong=Newsis]Reporter Kim Dong-hyun ="),
    ("missing-space", "[Sejong=Newsis]Reporter", "optional"),
    ("literal-date", "on the 3rd of next month"),
    ("name-romanization", "Choe Sang-mok"),
    ("literal-date", "on the 25th"),
    ("missing-space", "on the 25th,“Exports"),
])

rec("d50-row-number-units",
    "The average price of an apartment in Seoul reached 48 million won in the first half, up 1.5 percent from the end of last year.",
    [("number-mismatch", "48 million won")],
    source="상반기 서울 아파트 평균 매매가격은 4억8000만 원으로 지난해 말보다 1.5% 올랐다.")

rec("d51-row-percent-point",
    "The ruling party's approval rating fell 3.2 percent to 29 percent, while that of the Democratic Party rose to 100,000 supporters in its online membership drive.",
    [("number-mismatch", "fell 3.2 percent"),
     ("number-mismatch", "100,000 supporters")],
    source="여당 지지율은 3.2%포인트 떨어진 29%를 기록했고, 민주당은 온라인 당원 모집에서 100만 명을 넘어섰다.")

rec("d52-samsung-lee", """與 "special counsel unconstitutional" vs 野 "will push through"... clash over Samsung probe bill

The People Power Party and the Democratic Party clashed on Monday over a bill that would appoint a special counsel to look into Samsung Electronics Chairman Lee Jae-yong's role in the merger of two affiliates.

The Democratic Party argued the prosecution had been "too lenient" toward Lee Jae-young, while the ruling party said the bill would violate the principle of double jeopardy.

Samsung declined to comment on the matter, saying only that it will will respect the legislative process.""", [
    ("untranslated-hangul", "與"),
    ("untranslated-hangul", "野"),
    ("garbled-headline", '"special counsel unconstitutional" vs'),
    ("inconsistent-name", "Lee Jae-young"),
    ("repeated-word", "will will"),
])

rec("d53-kbs-cafe-mojibake", """Jeonju CafÃ© street draws record crowds during Hanok Village festival

About 1.2 million people visited Jeonju Hanok Village during the five-day festival that ended Sunday, the city said, adding that the number of visitors to cafÃ©s and restaurants in the area rose 40 percent.

The city plans to expand the festival to KoreaÂ·Japan cultural exchange programs next year.

Listen to article
Enlarge font
Go to list""", [
    ("mojibake", "Jeonju CafÃ© street"),
    ("mojibake", "cafÃ©s"),
    ("mojibake", "KoreaÂ·Japan"),
    ("page-boilerplate", "Listen to article"),
    ("page-boilerplate", "Enlarge font"),
    ("page-boilerplate", "Go to list"),
])

rec("d54-omission-article", """Seoul subway fares to rise by 150 won in October

Seoul's basic subway fare will rise by 150 won to 1,550 won starting in October, the Seoul Metropolitan Government said Tuesday.""", [
    ("length-mismatch", "Seoul's basic subway fare will rise by 150 won to 1,550 won starting in October, the Seoul Metropolitan Government said Tuesday."),
], source="""서울 지하철 요금 10월부터 150원 인상

서울시는 10월부터 지하철 기본요금을 1천550원으로 150원 인상한다고 화요일 밝혔다.

시는 지난해 10월 지하철 요금을 1천400원으로 150원 올린 데 이어 1년 만에 다시 인상하는 것으로, 누적된 운송 적자를 줄이기 위한 불가피한 조치라고 설명했다.

서울교통공사의 당기순손실은 지난해 5천173억원에 달했으며, 무임승차 손실만 4천억원을 넘는 것으로 집계됐다.

시는 대신 청소년과 어린이 요금은 동결하고, 기후동행카드 가격도 현행 6만2천원을 유지하기로 했다.

경기도와 인천시도 요금 인상 여부를 협의 중이며, 이르면 다음 달 최종 결정을 내릴 예정이다.""")

rec("c23-row-ordinals",
    "The 3rd Infantry Division held its 75th anniversary ceremony in Cheorwon, where the 1st and 2nd battalions staged a joint river-crossing drill.",
    [])

rec("c24-bok-quote-colon", """Hankook Tire to build 1.5 trillion won plant in Hungary

Hankook Tire & Technology said Wednesday it would invest 1.5 trillion won (about $1.1 billion) to expand its plant in Racalmas, Hungary, raising annual capacity by 5.5 million tires.

The company's chief executive put it simply: "Europe is our largest market, and we need to be closer to our customers."

Construction will begin in the first half of next year, with mass production scheduled for 2027, the company said in a regulatory filing with the Financial Supervisory Service (FSS).""", [],
    source="""한국타이어, 헝가리에 1조5천억원 투자

한국타이어앤테크놀로지는 수요일 1조5천억원을 투자해 헝가리 라칼마스 공장을 증설하고 연간 생산능력을 550만 개 늘리겠다고 밝혔다.

회사 대표는 "유럽은 우리의 최대 시장이며 고객에게 더 가까이 다가가야 한다"고 말했다.

공사는 내년 상반기 착공해 2027년 양산에 들어갈 예정이라고 회사는 금융감독원 공시를 통해 밝혔다.""")

rec("c25-lee-jae-yong", """Samsung's Lee Jae-yong meets Apple's Tim Cook in Seoul

Samsung Electronics Chairman Lee Jae-yong met Apple CEO Tim Cook at the company's Seocho office in Seoul on Thursday to discuss the supply of OLED panels and memory chips, industry sources said.

Cook, who was on a three-day visit to Korea, also met SK Group Chairman Chey Tae-won and LG Group Chairman Koo Kwang-mo.

The two executives "had a long and productive conversation," according to a person familiar with the meeting, who asked not to be named.""", [])

rec("c26-weather-typhoon", """Typhoon Hinnamnor expected to hit southern coast Tuesday

Typhoon Hinnamnor, the 11th typhoon of the year, is expected to make landfall near Tongyeong, South Gyeongsang Province, at around 6 a.m. Tuesday with maximum winds of 43 meters per second, the weather agency said.

The Korea Meteorological Administration warned of up to 600 mm of rain in Jeju Island and parts of the south coast through Tuesday.

The government raised its crisis alert to the highest level of "serious" and ordered 66,000 fishing boats to return to port.""", [],
    source="""태풍 '힌남노' 화요일 남해안 상륙 예상

올해 11호 태풍 '힌남노'가 화요일 오전 6시께 최대풍속 초속 43m의 세력으로 경남 통영 부근에 상륙할 것으로 예상된다고 기상청이 밝혔다.

기상청은 화요일까지 제주도와 남해안 일부 지역에 최대 600㎜의 비가 내릴 것이라고 경고했다.

정부는 위기경보를 최고 단계인 '심각'으로 올리고 어선 6만6천 척에 귀항을 지시했다.""")


def main() -> None:
    out = HERE / "articles.jsonl"
    ids = set()
    with out.open("w", encoding="utf-8") as f:
        for r in R:
            assert r["id"] not in ids, r["id"]
            ids.add(r["id"])
            row = {"id": r["id"], "target": r["target"]}
            if r["source"]:
                row["source"] = r["source"]
            if r["reference"]:
                row["reference"] = r["reference"]
            exp = []
            for e in r["expected"]:
                item = {"rule": e[0], "evidence": e[1]}
                if len(e) > 2 and e[2] == "optional":
                    item["optional"] = True
                exp.append(item)
            row["expected"] = exp
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(R)} records to {out}")


if __name__ == "__main__":
    main()
