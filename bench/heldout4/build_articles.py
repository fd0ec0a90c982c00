"""Build the fourth held-out set (``articles.jsonl``) from the records written below.

Every record was written by hand for tqcheck. ``E(rule, evidence)`` is a required finding,
``O(rule, evidence)`` an optional (acceptable) one. Each evidence string must occur exactly once in
its target; the script checks this before writing.

    .venv/bin/python bench/heldout4/build_articles.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def E(rule, evidence):
    return {"rule": rule, "evidence": evidence}


def O(rule, evidence):
    return {"rule": rule, "evidence": evidence, "optional": True}


R = []


def rec(rid, target, source=None, expected=()):
    row = {"id": rid, "target": target}
    if source:
        row["source"] = source
    row["expected"] = list(expected)
    R.append(row)


# Mojibake forms are built with the real codecs so that they are exactly what a wrong decode gives.
POKEMON = "Pokémon".encode("utf-8").decode("cp1252")          # PokÃ©mon
APOS = "’".encode("utf-8").decode("cp1252")                     # â€™
MIDDOT = "·".encode("utf-8").decode("cp1252")                   # Â·

# ---------------------------------------------------------------------------------------------
# Damaged records
# ---------------------------------------------------------------------------------------------

rec("d01",
    "Busan to spend 1.2 trillion won on Eco Delta City transit\n"
    "【Busan=Newspim】 Reporter Jo Jun-hyeong = The Busan Metropolitan Government said it will "
    "invest 12 trillion won in new rail and bus lines for Eco Delta City by 2030.\n"
    "As of the 18th, about 35,000 households had moved into the new district, the city said.",
    "부산시, 에코델타시티 교통망에 1조2천억 원 투입\n"
    "부산시는 2030년까지 에코델타시티 신규 철도·버스 노선에 1조2천억 원을 투입한다고 밝혔다.\n"
    "시에 따르면 18일 기준 약 3만5천 가구가 새 지구에 입주했다.",
    [E("dateline-residue", "【Busan=Newspim】 Reporter Jo Jun-hyeong ="),
     E("number-mismatch", "12 trillion won"),
     E("literal-date", "As of the 18th")])

rec("d02",
    "'Wedding Impossible' star thanks fans as finale hits 12.3%\n"
    "[OSEN=Reporter Kim Soo-hyung] Actress Jeon Jong-seo thanked viewers after the final episode "
    "of the drama recorded a nationwide rating of 12.3 percent, according to Nielsen Korea.\n"
    "\"I was able to finish thanks to the fans who stayed with us until the end,\" she said in a "
    "handwritten letter posted on social media.\n"
    "Photo = Courtesy of tvN\n"
    "Copyrights ⓒ OSEN. Unauthorized reproduction, redistribution and data collection prohibited",
    None,
    [E("dateline-residue", "[OSEN=Reporter Kim Soo-hyung]"),
     E("photo-credit-residue", "Photo = Courtesy of tvN"),
     E("copyright-residue",
       "Copyrights ⓒ OSEN. Unauthorized reproduction, redistribution and data collection prohibited")])

rec("d03",
    "PSG midfielder nears Premier League move\n"
    "(Xports News Reporter Kim Ye-eun) Paris Saint-Germain midfielder Lee Gang-in is close to "
    "joining Aston Villa for a transfer fee of about 6 billion won, French media reported.\n"
    "If the deal goes through, it would be the highest fee ever paid for a Korean player in the "
    "Premier League.",
    "PSG 미드필더, 프리미어리그 이적 임박\n"
    "파리 생제르맹 미드필더 이강인이 약 600억 원의 이적료로 애스턴 빌라 이적을 앞두고 있다고 "
    "프랑스 언론이 보도했다.\n"
    "이적이 성사되면 프리미어리그 한국인 선수 역대 최고 이적료가 된다.",
    [E("dateline-residue", "(Xports News Reporter Kim Ye-eun)"),
     E("name-romanization", "Lee Gang-in"),
     E("number-mismatch", "6 billion won")])

rec("d04",
    "LIVE: Korea-US tariff talks in Washington\n"
    "09:40 KST — Trade Minister Ahn Duk-geun arrived at the Commerce Department (the 16th, local "
    "time) for the third round of talks.\n"
    "10:15 KST — Speaking to reporters before the meeting, Ahn said, \"We will not accept a deal "
    "that puts our automakers at a disadvantage. \"The minister said.\n"
    "10:50 KST — The talks are expected to run past midnight Seoul time.",
    None,
    [E("literal-date", "(the 16th, local time)"),
     E("split-attribution", "\"The minister said."),
     O("doubled-attribution", "\"The minister said.")])

rec("d05",
    "Finance ministry cuts growth outlook to 1.8%\n"
    "Deputy Prime Minister Chu Gyeong-ho said the government had lowered its growth forecast for "
    "this year by 0.5 percent to 1.8 percent, citing weak exports.\n"
    "The ministry will announce a supplementary budget plan early next month.",
    "기재부, 올해 성장률 전망 1.8%로 하향\n"
    "추경호 부총리는 수출 부진을 이유로 정부가 올해 성장률 전망치를 0.5%p 낮춘 1.8%로 "
    "제시했다고 밝혔다.\n"
    "기재부는 다음 달 초 추가경정예산안을 발표할 예정이다.",
    [E("name-romanization", "Chu Gyeong-ho"),
     E("number-mismatch", "0.5 percent")])

rec("d06",
    "Gimhae airport expansion delayed again\n"
    "The new terminal at Gimhae International Airport will open in 2029, two years later than "
    "planned, the Korea Airports Corporation said.\n"
    "Kookje Shinmun Reporter Jung Hye-jin\n"
    "The corporation blamed rising construction costs and a shortage of contractors.\n"
    "[Photo = Korea Airports Corporation, Kookje Shinmun DB]\n"
    "<ⓒ Kookje Shinmun (www.kookje.co.kr), unauthorized copying, redistribution and use for AI "
    "training prohibited>",
    "김해공항 확장 또 지연\n"
    "김해국제공항 신청사가 당초 계획보다 2년 늦은 2029년 문을 연다고 한국공항공사가 밝혔다.\n"
    "공사는 공사비 상승과 시공사 부족을 이유로 들었다.",
    [E("byline-residue", "Kookje Shinmun Reporter Jung Hye-jin"),
     E("photo-credit-residue", "[Photo = Korea Airports Corporation, Kookje Shinmun DB]"),
     E("copyright-residue", "unauthorized copying, redistribution and use for AI training prohibited")])

rec("d07",
    "Samsung unveils 2nm mobile chip for foldables\n"
    "Samsung Electronics on Tuesday unveiled a 2-nanometer application processor for its next "
    "foldable phones.The company said mass production will begin in the first half of next year.\n"
    "Reporter Kim Ji-seon <river@etnews.com>\n"
    "Download the Etnews app and get IT news first",
    None,
    [E("missing-space", "phones.The"),
     E("byline-residue", "river@etnews.com"),
     E("page-boilerplate", "Download the Etnews app and get IT news first")])

rec("d08",
    "'AI basic law' enforcement... platform industry 'confusion' vs government 'no problem'\n"
    "The AI Basic Act takes effect in January, but platform companies say the enforcement decree is "
    "still unclear.\n"
    "The Ministry of Science and ICT said guidelines would be released within the year.\n"
    "Reporter Kim Eun-ah (sandra@zdnet.co.kr)\n"
    "< Copyright © ZDNet Korea, Prohibition of unauthorized reproduction and redistribution >",
    None,
    [E("garbled-headline",
       "'AI basic law' enforcement... platform industry 'confusion' vs government 'no problem'"),
     E("byline-residue", "sandra@zdnet.co.kr"),
     E("copyright-residue", "Prohibition of unauthorized reproduction and redistribution")])

rec("d09",
    "Lee Jung-hoo extends hitting streak to 12 games\n"
    "San Francisco Giants outfielder Lee Jung-hoo went 2-for-4 with a double against the Los "
    "Angeles Dodgers on Sunday, raising his batting average to .301.\n"
    "Lee Jeong-hoo has hit safely in 12 straight games, the longest streak of his major league "
    "career.\n"
    "Sports Chosun DB",
    None,
    [E("inconsistent-name", "Lee Jeong-hoo"),
     O("inconsistent-name", "Lee Jung-hoo extends"),
     E("photo-credit-residue", "Sports Chosun DB")])

rec("d10",
    "故 Kang Tae-min's last film to premiere at BIFF\n"
    "[Star News | Reporter Yoon Sang-geun] The final film starring the late actor Kang Tae-min will "
    "have its world premiere at the Busan International Film Festival, the festival said on the "
    "2nd.\n"
    "The film will be screened three times during the festival.",
    None,
    [E("untranslated-hangul", "故"),
     O("garbled-headline", "故 Kang Tae-min's last film to premiere at BIFF"),
     E("dateline-residue", "[Star News | Reporter Yoon Sang-geun]"),
     E("literal-date", "said on the 2nd")])

rec("d11",
    "Daejeon mayor vows to press on with tram line\n"
    "Daejeon CBS Reporter Kim Jung-nam\n"
    "Daejeon Mayor Lee Jang-woo told reporters: \"The city will not give up on the urban railway "
    "line 2 project,\" he told reporters.\n"
    "Construction of the tram line has been delayed by more than a year.",
    "대전시장, 트램 2호선 추진 의지\n"
    "이장우 대전시장은 기자들에게 \"시는 도시철도 2호선 사업을 포기하지 않을 것\"이라고 말했다.\n"
    "트램 노선 공사는 1년 넘게 지연됐다.",
    [E("dateline-residue", "Daejeon CBS Reporter Kim Jung-nam"),
     O("byline-residue", "Daejeon CBS Reporter Kim Jung-nam"),
     E("doubled-attribution", "he told reporters")])

rec("d12",
    "The company plans to hire 350,000 workers over five years and invest hundreds of billions of "
    "won in training centers.",
    "회사는 5년간 3만5천 명을 채용하고 교육센터에 수백억 원을 투자할 계획이다.",
    [E("number-mismatch", "350,000 workers"),
     E("number-mismatch", "hundreds of billions of won")])

rec("d13",
    "Coupang to build logistics center in Ulsan\n"
    "Coupang will build a 300 billion won logistics center in Ulsan by 2027, creating about 1,500 "
    "jobs, the city said.\n"
    "■ Subscribe to the Money S newsletter and receive the day's top stories every morning\n"
    "Reproduction or redistribution of this article without the permission of Money S is "
    "prohibited, including for AI training.",
    "쿠팡, 울산에 물류센터 건립\n"
    "쿠팡은 2027년까지 울산에 3천억 원 규모의 물류센터를 짓고 약 1천500명을 고용할 예정이라고 "
    "시가 밝혔다.",
    [E("page-boilerplate",
       "Subscribe to the Money S newsletter and receive the day's top stories every morning"),
     O("stray-punctuation", "■"),
     E("copyright-residue",
       "Reproduction or redistribution of this article without the permission of Money S is "
       "prohibited, including for AI training.")])

rec("d14",
    "[Interview] Busan Ilbo meets the BIFF director\n"
    "Q. Why did the festival cut the number of films this year ?\n"
    "A. \"We wanted each film to get more attention. Fewer films means more screenings for each "
    "one.\"\n"
    "Q. What about the budget?\n"
    "A. \"The city and the state covered 60 percent. We are grateful for that ''help.\"",
    None,
    [O("garbled-headline", "[Interview] Busan Ilbo meets the BIFF director"),
     E("space-before-punctuation", "this year ?"),
     E("doubled-quote", "''help")])

rec("d15",
    "What to know about the new youth rent subsidy\n"
    "▲ Who can apply: 청년 aged 19 to 34 living apart from their parents\n"
    "▲ How much: up to 200,000 won a month for 12 months\n"
    "▲ Where: the Bokjiro website or local community centers\n"
    "▲ When: applications open next month",
    "새 청년 월세 지원, 알아야 할 것\n"
    "▲지원 대상: 부모와 따로 사는 만 19~34세 청년\n"
    "▲지원 금액: 월 최대 20만 원, 12개월\n"
    "▲신청처: 복지로 누리집 또는 주민센터\n"
    "▲신청 시기: 다음 달부터",
    [E("untranslated-hangul", "청년"),
     O("stray-punctuation", "▲ Who"),
     O("stray-punctuation", "▲ How"),
     O("stray-punctuation", "▲ Where"),
     O("stray-punctuation", "▲ When")])

rec("d16",
    "Opposition questions budget for 'K-culture hub'\n"
    "Rep. Park Joo-min of the Democratic Party asked at the committee meeting, \"Who will pay the "
    "operating costs after the first three years? \"Park asked.\n"
    "The culture ministry said it would submit a financing plan in December.",
    None,
    [E("split-attribution", "\"Park asked."),
     O("doubled-attribution", "\"Park asked.")])

rec("d17",
    "Kakao to sell its mobility unit\n"
    "Kakao Chief Executive Chung Shin-a told shareholders, “We will focus on our core business of "
    "messaging and AI,\" adding that the sale would be completed by June.\n"
    "Kakao Mobility's value is estimated at about 5 trillion won.",
    "카카오, 모빌리티 매각\n"
    "정신아 카카오 대표는 주주들에게 \"메시징과 AI라는 핵심 사업에 집중하겠다\"며 매각은 6월까지 "
    "마무리될 것이라고 말했다.\n"
    "카카오모빌리티의 기업가치는 약 5조 원으로 추산된다.",
    [E("mixed-quote-style", "“We will focus on our core business of messaging and AI,\""),
     O("unbalanced-quote", "“We will focus on our core business of messaging and AI,\"")])

rec("d18",
    "ILLIT's Japanese single tops Oricon chart\n"
    "The group's new single \"Almond Chocolate” debuted at No. 1 on the Oricon daily chart, "
    "according to its agency Belift Lab.\n"
    "It is the group's third No. 1 in Japan.",
    None,
    [E("mixed-quote-style", "\"Almond Chocolate”"),
     O("unbalanced-quote", "\"Almond Chocolate”")])

rec("d19",
    "The health ministry described the plan as a ‘last chance for rural clinics\" in a statement on "
    "Friday.",
    "보건복지부는 성명에서 이 계획을 '농촌 의원을 위한 마지막 기회'라고 설명했다.",
    [E("mixed-quote-style", "‘last chance for rural clinics\""),
     O("unbalanced-quote", "‘last chance for rural clinics\"")])

rec("d20",
    "Ulsan HD coach Kim Pan-gon said after the match, “We will fight for the title until the last "
    "round.”” The team trails Jeonbuk by two points with four games left.",
    None,
    [E("doubled-quote", "””"),
     O("unbalanced-quote", "””")])

rec("d21",
    "Busan Expo bid committee disbands\n"
    "The committee's chair said, “ “We did our best, and Busan's name is now known around the "
    "world,” at the closing ceremony.\n"
    "The committee will hand over its records to the city archive.",
    None,
    [E("doubled-quote", "“ “"),
     O("unbalanced-quote", "“ “")])

rec("d22",
    "tvN's ‘Queen of the House drew a 9.8 percent rating in its first episode, the highest opening "
    "for a weekend drama this year.",
    "tvN '퀸 오브 더 하우스'는 첫 회 시청률 9.8%를 기록해 올해 주말드라마 중 가장 높은 출발을 "
    "보였다.",
    [E("unbalanced-quote", "‘Queen")])

rec("d23",
    "Typhoon live: Busan braces for landfall\n"
    "14:00 — The Korea Meteorological Administration issued a typhoon warning for Busan and South "
    "Gyeongsang Province.\n"
    "15:30 — Busan Mayor Park Heong-joon urged residents to stay indoors, saying \"Please do not go "
    "near the coast until the warning is lifted.\n"
    "16:10 — Gimhae airport canceled 112 flights.",
    None,
    [E("unbalanced-quote", "\"Please do not")])

rec("d24",
    "Hong Myung-bo “Young players, World Cup chance...\n"
    "National team coach Hong Myung-bo said on Monday that young players would get chances to make "
    "the World Cup squad.\n"
    "\"The door is open to everyone,\" he said.",
    None,
    [E("unbalanced-quote", "“Young players"),
     E("garbled-headline", "Hong Myung-bo “Young players, World Cup chance...")])

rec("d25",
    "South Gyeongsang Province said it would open 40 new public daycare centers next year., adding "
    "1,200 places for children.",
    "경상남도는 내년에 국공립 어린이집 40곳을 새로 열어 정원 1천200명을 늘리겠다고 밝혔다.",
    [E("stray-punctuation", "year.,")])

rec("d26",
    "Fans packed Sajik Stadium in Busan, , waving orange towels as the Lotte Giants clinched a "
    "playoff spot.",
    None,
    [E("stray-punctuation", ", ,"),
     O("space-before-punctuation", ", ,")])

rec("d27",
    "The new line will connect Seomyeon and Haeundae in 18 minutes (currently 35 minutes).. The "
    "city expects 60,000 riders a day.",
    "새 노선은 서면과 해운대를 18분에 연결한다(현재 35분). 시는 하루 6만 명이 이용할 것으로 "
    "예상한다.",
    [E("stray-punctuation", ")..")])

rec("d28",
    "Rep. Kim So-hee said the bill was \"a matter of survival for small merchants\",, and the "
    "committee passed it without objection.",
    None,
    [E("stray-punctuation", ",,")])

rec("d29",
    "Aespa's \"Supernova\" , released in May, spent 10 weeks at No. 1 on Melon's weekly chart.",
    "에스파의 '슈퍼노바'는 5월 발매 이후 멜론 주간 차트 1위에 10주간 올랐다.",
    [E("space-before-punctuation", "\"Supernova\" ,")])

rec("d30",
    "Cosmetics exports rose 12 percent to $5.2 billion (about 7.2 trillion won) .",
    "화장품 수출은 12% 늘어난 52억 달러(약 7조2천억 원)를 기록했다.",
    [E("space-before-punctuation", "won) .")])

rec("d31",
    "Pet registration drive starts in Busan\n"
    "Applications are accepted first in Haeundae-gu ; Suyeong-gu and Nam-gu will follow next week.\n"
    "Owners who register by the end of the month get a free microchip.",
    "부산 반려동물 등록 캠페인 시작\n"
    "해운대구에서 먼저 신청을 받고, 수영구와 남구는 다음 주부터 받는다.\n"
    "이달 말까지 등록하는 보호자에게는 내장칩을 무료로 준다.",
    [E("space-before-punctuation", "Haeundae-gu ;")])

rec("d32",
    "Household debt rose 1.8%.It was the fastest increase in three years.",
    "가계부채는 1.8% 증가했다. 3년 만에 가장 빠른 증가세다.",
    [E("missing-space", "1.8%.It")])

rec("d33",
    "Seoul apartment prices rose 0.2 percent,while those in Busan fell 0.1 percent.",
    "서울 아파트값은 0.2% 올랐고 부산은 0.1% 내렸다.",
    [E("missing-space", "percent,while")])

rec("d34",
    "[Q&A] Korea's U-23 coach on the Olympic qualifiers\n"
    "Q: What was the hardest part of preparing?\n"
    "Coach Lee Min-sung:\"We had only 10 days together. The players adapted quickly.\"\n"
    "Q: Who will take the penalties?\n"
    "Lee: \"That is a secret until the match.\"",
    None,
    [E("missing-space", "Lee Min-sung:\"We"),
     O("garbled-headline", "[Q&A] Korea's U-23 coach on the Olympic qualifiers")])

rec("d35",
    "Kim Gi-dong: 'We lacked concentration'\n"
    "FC Seoul lost 1-2 to the Pohang Steelers at home on Saturday.\n"
    "\"We lacked concentration in the last 10 minutes. \"Coach Kim Gi-dong said after the match.\n"
    "FC Seoul dropped to fifth place.",
    None,
    [E("split-attribution", "\"Coach Kim Gi-dong said"),
     O("doubled-attribution", "\"Coach Kim Gi-dong said")])

rec("d36",
    "Ministry extends fine-dust warning system to ports\n"
    "In a press release, the Ministry of Environment stated, \"Ports are a major source of fine dust "
    "in coastal cities,\" the ministry stated.\n"
    "The system will cover Busan, Ulsan and Incheon ports from next month.",
    "환경부, 미세먼지 경보 체계 항만으로 확대\n"
    "환경부는 보도자료에서 \"항만은 해안 도시 미세먼지의 주요 배출원\"이라고 밝혔다.\n"
    "다음 달부터 부산·울산·인천항에 적용된다.",
    [E("doubled-attribution", "the ministry stated")])

rec("d37",
    "Actor Song Kang said through his agency, \"I will return as a better actor after my military "
    "service,\" he added.",
    None,
    [E("doubled-attribution", "he added")])

rec("d38",
    "Seoul City \"youth rent support 30,000 people\"... application expansion\n"
    "The Seoul Metropolitan Government will expand its monthly rent subsidy to 30,000 young people "
    "next year, up from 20,000.\n"
    "Applicants must earn less than 1.5 times the median income.",
    "서울시 \"청년 월세 지원 3만 명\"…신청 확대\n"
    "서울시는 내년 청년 월세 지원 대상을 2만 명에서 3만 명으로 늘린다.\n"
    "신청자는 중위소득 150% 이하여야 한다.",
    [E("garbled-headline", "Seoul City \"youth rent support 30,000 people\"... application expansion")])

rec("d39",
    "Semiconductor tariff 'bomb'... chaebol 'emergency management' entry one after another\n"
    "Major business groups are moving into emergency management after Washington announced a 25 "
    "percent tariff on imported chips.\n"
    "SK Group and LG Group both called executive meetings this week.",
    None,
    [E("garbled-headline",
       "Semiconductor tariff 'bomb'... chaebol 'emergency management' entry one after another")])

rec("d40",
    "Lotte Giants pitcher Park Se-woong signed signed a four-year extension worth 9 billion won.",
    "롯데 자이언츠 투수 박세웅이 4년 90억 원 규모의 연장 계약을 맺었다.",
    [E("repeated-word", "signed signed")])

rec("d41",
    "Jinju Lantern Festival opens Friday\n"
    "The festival will run for for 10 days on the banks of the Namgang River.\n"
    "Organizers expect more than 1 million visitors.",
    "진주남강유등축제 금요일 개막\n"
    "축제는 남강 일원에서 10일간 열린다.\n"
    "주최 측은 100만 명 이상이 찾을 것으로 예상한다.",
    [E("repeated-word", "for for")])

rec("d42",
    "The plan is is expected to cut commuting times between Ulsan and Busan by 20 minutes.",
    "이 계획으로 울산과 부산 사이 출퇴근 시간이 20분 줄어들 것으로 예상된다.",
    [E("repeated-word", "is is")])

rec("d43",
    "Ruling and opposition floor leaders Kweon Seong-dongㆍPark Chan-dae agreed to hold a committee "
    "vote next week.",
    "여야 원내대표 권성동ㆍ박찬대는 다음 주 상임위 표결을 하기로 합의했다.",
    [E("untranslated-hangul", "ㆍ")])

rec("d44",
    "Daegu to build a new waste incinerator\n"
    "The project will cost 1,200억 won and is due to be completed in 2030.\n"
    "Residents near the site will receive support for 20 years.",
    "대구시, 새 쓰레기 소각장 건립\n"
    "사업비는 1천200억 원으로 2030년 완공 예정이다.\n"
    "인근 주민은 20년간 지원을 받는다.",
    [E("untranslated-hangul", "억"),
     O("number-mismatch", "1,200억 won")])

rec("d45",
    f"The {POKEMON} Café will open its first Busan branch in Seomyeon in March.",
    "포켓몬 카페가 3월 서면에 부산 첫 매장을 연다.",
    [E("mojibake", POKEMON)])

rec("d46",
    "Daegu FC to move into new stadium\n"
    f"Daegu FC{APOS}s new stadium in Daegu will seat 30,000 fans and open in 2028.\n"
    "The city will cover most of the cost.",
    None,
    [E("mojibake", f"FC{APOS}s")])

rec("d47",
    "Minister Song Mi-ryung said &#8220;We will expand support for farmers hit by the heat "
    "wave&#8221; at a meeting in Sejong.",
    None,
    [E("mojibake", "&#8220;"),
     E("mojibake", "&#8221;")])

rec("d48",
    f"The Korea-US{MIDDOT}Japan summit will be held in Seoul in November, the presidential office said.",
    None,
    [E("mojibake", f"US{MIDDOT}Japan")])

rec("d49",
    "LG Energy Solution wins 4 trillion won battery order\n"
    "LG Energy Solution said Monday it had won a 4 trillion won order to supply batteries to a "
    "European carmaker from 2027.\n"
    "Reporter Park Sun-young sypark@dt.co.kr\n"
    "Like 0 Angry 0 Sad 0 Comments 0",
    "LG에너지솔루션, 4조 원 배터리 수주\n"
    "LG에너지솔루션은 2027년부터 유럽 완성차 업체에 배터리를 공급하는 4조 원 규모의 계약을 "
    "따냈다고 밝혔다.",
    [E("byline-residue", "sypark@dt.co.kr"),
     E("page-boilerplate", "Like 0 Angry 0 Sad 0 Comments 0")])

rec("d50",
    "Busan Ilbo: City to pay fishermen for typhoon losses\n"
    "The city will pay up to 5 million won to each fishing household that lost gear in the typhoon.\n"
    "Applications are open until the end of the month.\n"
    "Report an error in this article (click)\n"
    "Recommended articles",
    "부산시, 태풍 피해 어민 지원\n"
    "시는 태풍으로 어구를 잃은 어가에 최대 500만 원을 지원한다.\n"
    "신청은 이달 말까지 받는다.",
    [E("page-boilerplate", "Report an error in this article (click)"),
     E("page-boilerplate", "Recommended articles")])

rec("d51",
    "Running Man cast visits Tongyeong\n"
    "The cast of SBS's \"Running Man\" filmed an episode on a fishing island off Tongyeong this week.\n"
    "Broadcast screen capture of SBS 'Running Man'",
    None,
    [E("photo-credit-residue", "Broadcast screen capture of SBS 'Running Man'")])

rec("d52",
    "Hyundai Motor to add hybrid line at Ulsan plant\n"
    "Hyundai Motor will invest 2 trillion won to build a hybrid production line at its Ulsan plant.\n"
    "(Photo: Newspim DB)",
    "현대차, 울산공장에 하이브리드 라인 신설\n"
    "현대차는 울산공장에 2조 원을 투자해 하이브리드 생산라인을 짓는다.",
    [E("photo-credit-residue", "(Photo: Newspim DB)")])

rec("d53",
    "Gwangju to host Asian archery event\n"
    "The Asian Archery Championships will be held in Gwangju between the 11th and the 14th, the "
    "city said.\n"
    "About 500 athletes from 30 countries will take part.",
    "광주서 아시아양궁선수권 개최\n"
    "아시아양궁선수권대회가 11일부터 14일까지 광주에서 열린다고 시가 밝혔다.\n"
    "30개국 선수 약 500명이 참가한다.",
    [E("literal-date", "between the 11th and the 14th")])

rec("d54",
    "New parking rules will apply starting the 21st in all districts of Incheon, the city said.",
    "새 주차 규정은 21일부터 인천 전 자치구에 적용된다고 시가 밝혔다.",
    [E("literal-date", "starting the 21st")])

rec("d55",
    "Sinkhole closes road in Gangseo-gu\n"
    "A sinkhole about 2 meters wide opened on a road in Gangseo-gu, Busan, around noon on the 9th.\n"
    "No one was hurt, but traffic was blocked for five hours.",
    "강서구 도로에 싱크홀\n"
    "9일 정오께 부산 강서구의 한 도로에 폭 약 2m의 싱크홀이 생겼다.\n"
    "인명 피해는 없었지만 5시간 동안 통행이 막혔다.",
    [E("literal-date", "around noon on the 9th")])

rec("d56",
    "Rebuilding Korea Party leader Jo Guk called for a special counsel on Tuesday.",
    "조국혁신당 조국 대표는 화요일 특검 도입을 촉구했다.",
    [E("name-romanization", "Jo Guk")])

rec("d57",
    "Speaker U Won-sik opens parliamentary session\n"
    "National Assembly Speaker U Won-sik opened the regular session with a call for cooperation on "
    "the budget.\n"
    "The session runs for 100 days.",
    "우원식 국회의장, 정기국회 개회\n"
    "우원식 국회의장은 예산안 협조를 당부하며 정기국회를 열었다.\n"
    "회기는 100일간이다.",
    [E("name-romanization", "Speaker U Won-sik opened"),
     O("name-romanization", "Speaker U Won-sik opens")])

rec("d58",
    "North Korea's Kim Yeo-jeong warns Seoul over leaflets\n"
    "Kim Yo Jong, the sister of leader Kim Jong Un, said in a statement carried by KCNA that the "
    "North would respond to any new leaflet launches.",
    None,
    [E("name-romanization", "Kim Yeo-jeong"),
     O("inconsistent-name", "Kim Yeo-jeong")])

rec("d59",
    "Ferry service between Pusan and Tsushima will resume next month after a two-year break.",
    "부산과 쓰시마를 오가는 여객선이 2년 만에 다음 달 운항을 재개한다.",
    [E("name-romanization", "Pusan")])

rec("d60",
    "Shin Jin-seo wins Ing Cup\n"
    "Shin Jin-seo beat China's Ding Hao 2-1 in the best-of-three final.\n"
    "It was Shin Jin-suh's second Ing Cup title.",
    "신진서, 응씨배 우승\n"
    "신진서는 3번기 결승에서 중국의 딩하오를 2-1로 꺾었다.\n"
    "신진서의 두 번째 응씨배 우승이다.",
    [E("inconsistent-name", "Shin Jin-suh"),
     O("inconsistent-name", "Shin Jin-seo wins")])

rec("d61",
    "IVE's Jang Won-young named brand ambassador\n"
    "Jang Won-young of IVE has been named a global ambassador for a French fashion house.\n"
    "Jang Won-yeong will attend the brand's show in Paris next month.",
    None,
    [E("inconsistent-name", "Jang Won-yeong"),
     O("inconsistent-name", "IVE's Jang Won-young")])

rec("d62",
    "An Se-young into All England semifinals\n"
    "World No. 1 Ahn Se-young beat Japan's Akane Yamaguchi 21-15, 21-18 in the quarterfinals.\n"
    "Ahn will face China's Chen Yufei in the semifinals.",
    "안세영, 전영오픈 4강 진출\n"
    "세계랭킹 1위 안세영이 8강에서 일본의 야마구치 아카네를 21-15, 21-18로 이겼다.\n"
    "안세영은 4강에서 중국의 천위페이와 맞붙는다.",
    [E("inconsistent-name", "An Se-young"),
     O("inconsistent-name", "Ahn Se-young")])

rec("d63",
    "The shipbuilder won a $2.5 billion order for two LNG carriers, it said.",
    "이 조선사는 LNG 운반선 2척을 2억5천만 달러에 수주했다고 밝혔다.",
    [E("number-mismatch", "$2.5 billion")])

rec("d64",
    "Busan IPark drew 400,000 spectators at Asiad Main Stadium for its final home game.",
    "부산 아이파크는 마지막 홈경기에서 아시아드주경기장에 4만 관중을 모았다.",
    [E("number-mismatch", "400,000 spectators")])

rec("d65",
    "The drama recorded a peak rating of 18.5 percent in its final episode.",
    "이 드라마는 마지막 회에서 최고 시청률 15.8%를 기록했다.",
    [E("number-mismatch", "18.5 percent")])

rec("d66",
    "부산시 청년 창업 지원 대상 확대",
    "부산시 청년 창업 지원 대상 확대",
    [E("untranslated-segment", "부산시 청년 창업 지원 대상 확대"),
     O("untranslated-hangul", "부산시 청년 창업 지원 대상 확대")])

rec("d67",
    "Son Heung-min은 이날 경기에서 시즌 10호 골을 터뜨렸다.",
    "손흥민은 이날 경기에서 시즌 10호 골을 터뜨렸다.",
    [E("untranslated-segment", "Son Heung-min은 이날 경기에서 시즌 10호 골을 터뜨렸다."),
     O("untranslated-hangul", "은 이날 경기에서 시즌 10호 골을 터뜨렸다")])

rec("d68",
    "2분기 반도체 수출 전년 대비 18% 증가",
    "2분기 반도체 수출 전년 대비 18% 증가 ",
    [E("untranslated-segment", "2분기 반도체 수출 전년 대비 18% 증가"),
     O("untranslated-hangul", "분기 반도체 수출 전년 대비")])

rec("d69",
    "The Ministry of Oceans and Fisheries will spend 350 billion won to modernize ports.",
    "해양수산부는 항만 현대화에 3천500억 원을 투입한다. 부산항 신항에는 자동화 부두 2곳이 새로 "
    "생긴다. 여수광양항과 울산항도 2028년까지 하역 장비를 교체한다. 해수부는 이를 통해 물류비를 "
    "연간 1천억 원 줄일 수 있을 것으로 기대했다. 사업은 내년 상반기에 착공한다.",
    [E("length-mismatch", "The Ministry of Oceans and Fisheries will spend 350 billion won to "
                          "modernize ports.")])

rec("d70",
    "Jeju Air will add three flights a week between Cheongju and Osaka from April. The airline said "
    "it expects strong demand from Japanese tourists visiting Korea's central region. It also plans "
    "to open routes to Fukuoka and Sapporo later in the year. Analysts said the move would "
    "intensify competition among budget carriers. Ticket prices are expected to fall as a result.",
    "제주항공은 4월부터 청주-오사카 노선을 주 3회 증편한다.",
    [E("length-mismatch", "The airline said it expects strong demand")])

rec("d71",
    "Nurses' union calls off strike\n"
    "The Korean Health and Medical Workers' Union called off its planned strike after reaching a "
    "deal with hospitals on Thursday night. The union called off the planned strike after it reached "
    "an agreement with the hospitals late on Thursday. The union called off the strike it had "
    "planned after a deal with hospitals was reached Thursday night.",
    "간호사 노조 파업 철회\n"
    "보건의료노조는 목요일 밤 병원 측과 합의에 이르러 예정했던 파업을 철회했다.",
    [E("length-mismatch", "The union called off the planned strike after it reached")])

# ---------------------------------------------------------------------------------------------
# Clean records (traps)
# ---------------------------------------------------------------------------------------------

rec("c01",
    "Busan's Sajik Stadium to be rebuilt by 2031\n"
    "By Kim Min-ji\n"
    "BUSAN — The city of Busan will tear down Sajik Baseball Stadium after the 2027 season and build "
    "a 23,000-seat ballpark on the same site, officials said Thursday.\n"
    "The project will cost 230 billion won ($166 million), with the city covering 60 percent and "
    "the Lotte Giants paying the rest.\n"
    "\"Fans have waited a long time for this,\" Mayor Park Heong-joon said. \"We will make it a "
    "landmark that Busan can be proud of.\"",
    "사직야구장 2031년까지 재건축\n"
    "부산시는 2027시즌 이후 사직야구장을 철거하고 같은 자리에 2만3천 석 규모의 야구장을 짓는다고 "
    "밝혔다.\n"
    "사업비는 2천300억 원으로 시가 60%, 롯데 자이언츠가 나머지를 부담한다.\n"
    "박형준 시장은 \"팬들이 오랫동안 기다려 온 일\"이라며 \"부산이 자랑할 만한 랜드마크로 "
    "만들겠다\"고 말했다.")

rec("c02",
    "\"The Trunk\" ends on a high\n"
    "The 16th and final episode of tvN's \"The Trunk\" drew a 7.4 percent nationwide rating on "
    "Sunday, up from 6.1 percent a week earlier.\n"
    "Its lead actress, Seo Hyun-jin, wrote on Instagram: \"Thank you, thank you, and thank you "
    "again.\"",
    "'트렁크' 유종의 미\n"
    "tvN '트렁크' 16회 최종회는 일요일 전국 시청률 7.4%를 기록해 한 주 전 6.1%보다 올랐다.\n"
    "주연 서현진은 인스타그램에 \"감사하고, 감사하고, 또 감사하다\"고 적었다.")

rec("c03",
    "Kim Ha-seong's walk-off single lifts Rays\n"
    "Kim Ha-seong went 3-for-5 with a walk-off single in the bottom of the 11th as the Tampa Bay "
    "Rays beat the New York Yankees 5-4 on Tuesday.\n"
    "The Korean infielder is batting .268 with 9 home runs, and his .341 on-base percentage is the "
    "second highest on the team.\n"
    "It was his 20th multi-hit game of the season.")

rec("c04",
    "Ulsan asks citizens for ideas on its 2040 plan\n"
    "The city of Ulsan is collecting proposals for its 2040 urban plan until Nov. 30.\n"
    "Residents can submit ideas online at www.ulsan.go.kr or by e-mail (plan2040@korea.kr).\n"
    "\"Every idea will be read by a person, not a machine,\" said Kim Doo-gyeom, head of the city's "
    "planning bureau.",
    "울산시, 2040 도시계획 시민 아이디어 공모\n"
    "울산시는 11월 30일까지 2040 도시기본계획에 대한 제안을 받는다.\n"
    "시민은 누리집(www.ulsan.go.kr)이나 이메일(plan2040@korea.kr)로 아이디어를 낼 수 있다.\n"
    "김두겸 시 도시계획국장은 \"모든 아이디어는 기계가 아닌 사람이 읽는다\"고 말했다.")

rec("c05",
    "Red Velvet's \"Dumb Dumb\" is back on the charts ten years on\n"
    "The 2015 hit \"Dumb Dumb\" has climbed back into Melon's top 100, little by little, after a "
    "dance video went viral.\n"
    "More and more teenagers who were not born when it came out are posting covers.")

rec("c06",
    "The ministry will spend 1.2 trillion won over three years to train 35,000 semiconductor "
    "engineers, and tens of billions of won will go to university labs.",
    "정부는 3년간 1조2천억 원을 들여 반도체 인력 3만5천 명을 양성하고, 대학 연구실에는 수백억 "
    "원을 지원한다.")

rec("c07",
    "Correction\n"
    "An earlier version of this article said the Busan tram project would cost 4.5 billion won. The "
    "correct figure is 45 billion won. We regret the error.",
    "바로잡습니다\n"
    "이 기사의 이전 버전에서 부산 트램 사업비를 잘못 적었습니다. 사업비는 450억 원입니다. 독자 "
    "여러분께 사과드립니다.")

rec("c08",
    "Pohang sign Brazilian striker\n"
    "The Pohang Steelers have signed a Brazilian striker for a transfer fee of 6 billion won (about "
    "$4.3 million), the club said Wednesday.\n"
    "He will wear No. 9.",
    "포항, 브라질 공격수 영입\n"
    "포항 스틸러스는 이적료 60억 원에 브라질 공격수를 영입했다고 밝혔다.\n"
    "등번호는 9번이다.")

rec("c09",
    "LIVE: Suneung exam day\n"
    "Updated 3:40 p.m.\n"
    "08:10 KST — The gates of all 1,282 test sites closed. Police escorted 214 late students.\n"
    "12:10 KST — The math section ended. Test-takers said it was \"hard, but fair.\"\n"
    "15:35 KST — Officials said 3 students were caught with phones.")

rec("c10",
    "Hikers return to Mt. Halla after trail repairs\n"
    "The main trail to the summit of Mt. Halla on Jeju Island, i.e. the Gwaneumsa route, reopened "
    "on Saturday after six months of repairs.\n"
    "Park officials, led by Oh Young-hoon, Ph.D., said the number of hikers was up approx. 20 "
    "percent vs. last year.",
    None)

rec("c11",
    "(LEAD) Gwangju to host 2029 Asian Swimming Championships\n"
    "GWANGJU, March 3 (Yonhap) -- The southwestern city of Gwangju will host the 2029 Asian Swimming "
    "Championships, the city said Monday.\n"
    "It is the second time the city has hosted a major swimming event after the 2019 world "
    "championships.",
    None)

rec("c12",
    "Hong Myung-bo names Son Heung-min captain again\n"
    "National team coach Hong Myung-bo on Monday named Son Heung-min captain for the November "
    "qualifiers.\n"
    "Son Jun-ho, who returned from China last year, was also called up.\n"
    "Korea Football Association President Chung Mong-gyu attended the announcement.",
    "홍명보, 손흥민 다시 주장으로\n"
    "홍명보 감독은 월요일 11월 예선 주장으로 손흥민을 선임했다.\n"
    "지난해 중국에서 돌아온 손준호도 발탁됐다.\n"
    "정몽규 대한축구협회장이 발표에 참석했다.")

rec("c13",
    "BOK cuts base rate by 0.25 percentage point\n"
    "The Bank of Korea cut its base rate by 0.25 percentage point to 2.5 percent on Thursday.\n"
    "Governor Rhee Chang-yong said the decision was unanimous.",
    "한은, 기준금리 0.25%p 인하\n"
    "한국은행은 목요일 기준금리를 0.25%p 내려 연 2.5%로 했다.\n"
    "이창용 총재는 만장일치 결정이라고 말했다.")

rec("c14",
    "Five new rules that take effect this month\n"
    "1. Drivers over 65 can swap their license for a transit card worth 100,000 won.\n"
    "2. Delivery riders must carry insurance.\n"
    "3. E-scooters are banned on sidewalks.\n"
    "4. Babies born this year get 2 million won in \"first meeting\" vouchers.\n"
    "5. Cafes must offer a reusable cup option.",
    "이달부터 달라지는 5가지\n"
    "1. 65세 이상 운전자는 면허를 반납하면 10만 원 교통카드를 받는다.\n"
    "2. 배달 라이더는 보험에 가입해야 한다.\n"
    "3. 전동킥보드의 인도 주행이 금지된다.\n"
    "4. 올해 태어난 아기는 200만 원 '첫만남' 바우처를 받는다.\n"
    "5. 카페는 다회용 컵 선택지를 제공해야 한다.")

rec("c15",
    "Q&A: The man behind Busan's night markets\n"
    "Q: Why night markets?\n"
    "A: \"Because the city is alive after dark. People want food, music and the sea.\"\n"
    "Q: What comes next?\n"
    "A: \"A market on the beach in Gwangalli, if the district agrees. We are talking to them now.\"")

rec("c16",
    "Ulsan beat Jeonbuk 3-1 to reach the final\n"
    "Ulsan HD won 3-1 at home on Sunday and advanced 4-3 on aggregate after losing the first leg 2-1.\n"
    "Striker Joo Min-kyu scored in the 16th minute and again in the 71st, his 100th and 101st career "
    "goals.",
    "울산, 전북 3-1 꺾고 결승행\n"
    "울산 HD는 일요일 홈에서 3-1로 이겨 1차전 1-2 패배를 딛고 합계 4-3으로 결승에 올랐다.\n"
    "공격수 주민규는 전반 16분과 후반 26분에 골을 넣어 개인 통산 100호, 101호 골을 기록했다.")

rec("c17",
    "Hyundai Motor Q3 earnings: revenue 46.7 trillion won (up 8.1%); operating profit 3.6 trillion "
    "won (down 1.2%); net profit 3.1 trillion won.",
    "현대차 3분기 실적: 매출 46조7천억 원(8.1% 증가), 영업이익 3조6천억 원(1.2% 감소), 순이익 "
    "3조1천억 원.")

rec("c18",
    "Stray Kids top Billboard 200 with 8th mini album\n"
    "Stray Kids' new mini album, their 8th, debuted at No. 1 on the Billboard 200, the group's "
    "agency JYP Entertainment said.\n"
    "The title track, \"Walkin On Water,\" has passed 50 million views on YouTube.",
    None)

rec("c19",
    "Busan records hottest September since records began\n"
    "Busan's average temperature last month was 25.8 degrees Celsius, the highest since the city "
    "began keeping records in the early 20th century.\n"
    "The previous record, 25.1 degrees, was set in 2023.",
    "부산, 관측 이래 가장 더운 9월\n"
    "지난달 부산의 평균기온은 25.8도로 20세기 초 관측을 시작한 이래 가장 높았다.\n"
    "이전 최고 기록은 2023년의 25.1도다.")

rec("c20",
    "President Lee Jae Myung meets party leaders\n"
    "President Lee Jae Myung met Democratic Party of Korea (DP) leader Jung Chung-rae and People "
    "Power Party (PPP) leader Jang Dong-hyuk at the presidential office on Friday.\n"
    "Prime Minister Kim Min-seok and Speaker Woo Won-shik also attended.",
    "이재명 대통령, 여야 대표 회동\n"
    "이재명 대통령은 금요일 대통령실에서 더불어민주당 정청래 대표, 국민의힘 장동혁 대표와 "
    "만났다.\n"
    "김민석 국무총리와 우원식 국회의장도 참석했다.")

rec("c21",
    "Newspapers sue portal over AI training\n"
    "A group of 12 regional newspapers, including the Busan Ilbo and the Kookje Shinmun, filed a "
    "lawsuit against a portal operator, claiming it used their articles to train an AI model "
    "without permission.\n"
    "The papers say the unauthorized reproduction of their archives violated copyright law and are "
    "seeking 3 billion won in damages.",
    "지역 신문사들, AI 학습 이유로 포털 고소\n"
    "부산일보와 국제신문 등 지역 신문 12곳은 포털 운영사가 허락 없이 기사를 AI 모델 학습에 "
    "썼다며 소송을 냈다.\n"
    "신문사들은 기사 무단 복제가 저작권법 위반이라며 30억 원의 손해배상을 청구했다.")

rec("c22",
    "Trade ministry: chip exports hit record high\n"
    "Exports of semiconductors reached $17.3 billion in October, e.g. memory chips for AI servers, "
    "the Ministry of Trade, Industry and Energy said.\n"
    "That is 34.6 percent more than a year earlier.",
    "산업부 \"반도체 수출 역대 최대\"\n"
    "10월 반도체 수출액은 173억 달러로 AI 서버용 메모리 등이 견인했다고 산업통상자원부가 밝혔다.\n"
    "1년 전보다 34.6% 늘었다.")

rec("c23",
    "KakaoBank app passes 25 million users\n"
    "KakaoBank said its app now has 25 million users, and that its weekly newsletter for "
    "first-time investors has 1.2 million subscribers.\n"
    "Users can download statements in PDF or .xlsx format.",
    None)

rec("c24",
    "Kim Jong Un inspects new destroyer\n"
    "North Korean leader Kim Jong Un inspected a new destroyer at the Nampo shipyard, the Korean "
    "Central News Agency (KCNA) said Sunday.\n"
    "His sister Kim Yo Jong and Foreign Minister Choe Son Hui were also there.",
    "김정은, 새 구축함 시찰\n"
    "김정은 국무위원장이 남포조선소에서 새 구축함을 시찰했다고 조선중앙통신이 일요일 보도했다.\n"
    "여동생 김여정과 최선희 외무상도 동행했다.")

rec("c25",
    "Kookje Shinmun marks 78 years with reader events\n"
    "The Busan-based Kookje Shinmun will hold a photo exhibition and a free concert to mark its "
    "78th anniversary.\n"
    "\"We are a local paper first,\" the publisher said. \"Our readers made us.\"\n"
    "Readers can reach the paper at its new address, 5th floor, 125 Jungang-daero.",
    None)


# Drafted, then dropped BEFORE the first scoring run to bring the set to about 80 records
# (each was a single-rule damaged record of a rule that kept at least 3 required cases).
DROPPED = {"d26", "d31", "d33", "d39", "d43", "d48", "d52", "d54", "d55", "d56", "d59", "d61",
           "d64", "d65"}


def main() -> int:
    global R
    R = [r for r in R if r["id"] not in DROPPED]
    errors = []
    seen = set()
    for r in R:
        if r["id"] in seen:
            errors.append(f"duplicate id {r['id']}")
        seen.add(r["id"])
        for e in r["expected"]:
            n = r["target"].count(e["evidence"])
            if n != 1:
                errors.append(f"{r['id']}: {e['rule']} evidence occurs {n} times: {e['evidence']!r}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as fh:
        for r in R:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    dmg = sum(1 for r in R if any(not e.get("optional") for e in r["expected"]))
    print(f"wrote {len(R)} records ({dmg} damaged, {len(R) - dmg} clean)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
