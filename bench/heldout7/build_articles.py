"""Build the seventh held-out set (source-aware checks, full articles) as ``articles.jsonl``.

Every record has a Korean ``source``. Most are line-aligned (the source has the same number of
lines as the target: headline first, then one body paragraph per line); a few are not, on purpose.
Records ``cNN`` are clean (faithful translations), ``dNN`` are damaged.

    .venv/bin/python bench/heldout7/build_articles.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECORDS = []


def R(rid, tgt, src, expected=()):
    RECORDS.append({"id": rid, "target": "\n".join(tgt), "source": "\n".join(src),
                    "expected": [dict(e) for e in expected]})


def E(rule, evidence, optional=False):
    e = {"rule": rule, "evidence": evidence}
    if optional:
        e["optional"] = True
    return e


# ----------------------------------------------------------------------------------------------
# Clean records: every number, name and sentence checked against the Korean.
# ----------------------------------------------------------------------------------------------

R("c01", [
    "Average jeonse deposit for Seoul apartments tops 630 million won",
    "The average jeonse deposit for an apartment in Seoul stood at 634 million won last month, according to the Korea Real Estate Board.",
    "Jeonse, a lump-sum deposit lease under which the tenant pays no monthly rent, rose 4.2 percent from a year earlier.",
    "In Gangnam District, apartments of about 99 square meters averaged 1.1 billion won.",
    "Jeonse transactions fell 8 percent from the previous month to 12,000.",
    "\"Demand from the autumn moving season keeps pushing deposits up,\" an official at the board said.",
], [
    "서울 아파트 평균 전세 보증금 6억3천만 원 넘어",
    "한국부동산원에 따르면 지난달 서울 아파트 평균 전세 보증금은 6억3400만 원으로 집계됐다.",
    "전세 보증금은 1년 전보다 4.2% 올랐다.",
    "강남구 30평형 아파트의 전세 보증금은 평균 11억 원을 기록했다.",
    "전세 거래량은 1만2천 건으로 전월 대비 8% 줄었다.",
    "부동산원 관계자는 \"가을 이사철 수요가 몰리면서 상승세가 이어지고 있다\"고 말했다.",
])

R("c02", [
    "BOK cuts key rate by 0.25 percentage point to 2.5 percent",
    "The Bank of Korea lowered its benchmark interest rate by 0.25 percentage point to 2.5 percent on Thursday, from 2.75 percent.",
    "\"Concerns about slowing growth have increased,\" Governor Rhee Chang-yong said at a press conference.",
    "The central bank cut its growth forecast for this year by 0.3 percentage point to 1.5 percent, from 1.8 percent.",
    "Household debt stood at 1,896 trillion won at the end of the second quarter.",
    "The rate-setting board will meet next on Nov. 27.",
], [
    "한은, 기준금리 0.25%p 인하…연 2.50%",
    "한국은행 금융통화위원회는 28일 기준금리를 연 2.75%에서 2.50%로 0.25%포인트 내렸다.",
    "이창용 총재는 기자간담회에서 \"성장률 둔화 우려가 커졌다\"고 말했다.",
    "한은은 올해 성장률 전망치를 1.8%에서 1.5%로 0.3%포인트 낮췄다.",
    "가계부채는 2분기 말 1천896조 원으로 집계됐다.",
    "금통위는 다음 회의를 11월 27일 연다.",
])

R("c03", [
    "Lim Si-hyeon wins Archery World Cup Final, her third career title",
    "Lim, 21, beat a Chinese archer 6-2 on set points in the final in Hermosillo, Mexico.",
    "The world No. 1 shot seven 10s in the quarterfinals.",
    "In the men's event, Kim Woo-jin finished third.",
    "Kim has been on the national team for 15 years, since 2010.",
    "The Korea Archery Association will give each of them a bonus of 30 million won.",
], [
    "임시현, 양궁 월드컵 파이널 우승…개인 통산 3번째",
    "21세의 임시현은 멕시코 에르모시요에서 열린 결승에서 중국 선수를 세트 점수 6-2로 꺾었다.",
    "세계랭킹 1위인 임시현은 8강에서 10점을 7개 쐈다.",
    "남자부에서는 김우진이 3위에 올랐다.",
    "김우진은 2010년부터 15년 동안 대표팀에서 활약해 왔다.",
    "대한양궁협회는 두 선수에게 각각 포상금 3천만 원을 지급할 예정이다.",
])

# Korean line long because of a list of names; last two Korean lines merged into one English line.
R("c04", [
    "President Lee Jae Myung replaces four ministers",
    "President Lee Jae Myung on Wednesday replaced the ministers of economy and finance, foreign affairs, national defense and environment.",
    "He nominated former first vice finance minister Kim Young-hoon, 58, Seoul National University professor Park So-yeon, 52, former lawmaker Jung Tae-ho, 61, and Han Ji-won, 55, a former director general at the environment ministry.",
    "The presidential office said the reshuffle was meant to renew state affairs and that no further appointments were planned.",
], [
    "이재명 대통령, 장관 4명 교체",
    "이재명 대통령은 3일 기획재정부, 외교부, 국방부, 환경부 등 4개 부처 장관을 교체했다.",
    "새 장관 후보자로는 김영훈(58) 전 기획재정부 1차관, 박소연(52) 서울대 교수, 정태호(61) 전 의원, 한지원(55) 전 환경부 국장이 지명됐다.",
    "대통령실은 이번 인사가 국정 쇄신을 위한 것이라고 설명했다.",
    "대통령실 관계자는 추가 인사는 없다고 밝혔다.",
])

R("c05", [
    "Samsung Electronics posts Q3 operating profit of 14.6 trillion won",
    "Samsung Electronics said Friday its consolidated operating profit for the third quarter came to 14.6 trillion won (US$10.5 billion), according to preliminary figures.",
    "Sales rose 9.2 percent from a year earlier to 86.1 trillion won.",
    "By division, operating profit was: chips, 8.7 trillion won; mobile, 3.4 trillion won; displays, 1.5 trillion won; and home appliances, 400 billion won.",
    "The company also reaffirmed its plan to invest $37 billion (about 51 trillion won) in its plant in Taylor, Texas.",
    "The dividend will stay at 361 won per share.",
], [
    "삼성전자, 3분기 영업이익 14조6천억 원",
    "삼성전자는 3분기 연결 기준 영업이익이 14조6천억 원으로 잠정 집계됐다고 31일 밝혔다.",
    "매출은 86조1천억 원으로 전년 동기 대비 9.2% 늘었다.",
    "사업부별 영업이익은 ▲반도체 8조7천억 원 ▲모바일 3조4천억 원 ▲디스플레이 1조5천억 원 ▲가전 4천억 원이다.",
    "회사는 미국 텍사스주 테일러 공장에 370억 달러(약 51조 원)를 투자하는 계획도 재확인했다.",
    "주당 배당금은 361원으로 유지된다.",
])

R("c06", [
    "Government to spend about 1.23 trillion won on flood recovery",
    "The Ministry of the Interior and Safety said it would spend about 1.23 trillion won in state and local funds to repair damage from last month's torrential rain.",
    "Damage was provisionally put at 456.7 billion won.",
    "More than 12,000 people were displaced, and 3,400 of them have yet to return home.",
    "The hardest-hit areas were Seosan and Dangjin in South Chungcheong Province.",
    "The government declared both areas special disaster zones.",
    "Affected households will receive up to 20 million won each.",
], [
    "정부, 폭우 피해 복구에 1조2345억 원 투입",
    "행정안전부는 지난달 집중호우 피해 복구에 국비와 지방비 1조2345억 원을 투입한다고 밝혔다.",
    "피해액은 4천567억 원으로 잠정 집계됐다.",
    "이재민은 1만2천여 명으로, 이 중 3천400명은 아직 귀가하지 못했다.",
    "피해가 가장 큰 곳은 충청남도 서산과 당진이다.",
    "정부는 두 지역을 특별재난지역으로 선포했다.",
    "피해 가구에는 가구당 최대 2천만 원의 지원금이 지급된다.",
])

R("c07", [
    "Busan concert's economic effect put in the hundreds of billions of won",
    "Busan expects hundreds of thousands of fans from home and abroad to attend the concert.",
    "The city projected an economic effect of hundreds of billions of won from lodging, transport and other spending.",
    "The venue, Busan Asiad Main Stadium, seats 53,000.",
    "The city will deploy more than 2,000 police officers and 1,500 safety staff.",
    "Price gouging at lodgings can be reported to the 120 hotline.",
], [
    "\"부산 공연 경제 효과 수천억 원\"",
    "부산시는 이번 공연에 국내외 관객 수십만 명이 몰릴 것으로 예상했다.",
    "시는 숙박과 교통 등에서 수천억 원의 경제 효과가 발생할 것으로 내다봤다.",
    "공연장인 부산아시아드주경기장은 5만3천 석 규모다.",
    "시는 경찰관 2천여 명과 안전요원 1천500명을 배치한다.",
    "숙박업소 바가지요금은 120번으로 신고하면 된다.",
])

R("c08", [
    "President Lee's approval rating drops 3 points to 52%",
    "President Lee Jae Myung's job approval rating fell 3 percentage points over two weeks to 52 percent, according to a Gallup Korea poll released Friday.",
    "His disapproval rating rose 4 percentage points to 38 percent.",
    "Support for the Democratic Party stood at 41 percent and for the People Power Party at 33 percent.",
    "Independents made up 20 percent, up 4 points from 16 percent a year earlier.",
    "The survey of 1,002 adults nationwide has a margin of error of plus or minus 3.1 percentage points at a 95 percent confidence level.",
], [
    "李 대통령 지지율 52%…2주 새 3%p 하락",
    "한국갤럽이 14일 발표한 여론조사에서 이재명 대통령의 직무 긍정률은 52%로 2주 전보다 3%포인트 떨어졌다.",
    "부정률은 38%로 4%포인트 올랐다.",
    "정당 지지도는 더불어민주당 41%, 국민의힘 33%였다.",
    "무당층은 20%로, 1년 전(16%)에 비해 4%포인트 늘었다.",
    "이번 조사는 전국 성인 1천2명을 대상으로 했으며 표본오차는 95% 신뢰수준에 ±3.1%포인트다.",
])

R("c09", [
    "National Pension recipients exceed 7 million",
    "According to the National Pension Service, 7.023 million people were receiving old-age pensions as of the end of August.",
    "Those aged 65 or older accounted for 71 percent of them.",
    "Some 58,000 recipients receive 2 million won or more a month, four times as many as five years earlier.",
    "Recipients in their 60s receive an average of 670,000 won a month.",
    "The oldest recipient is 107 years old.",
], [
    "국민연금 수급자 700만 명 넘어",
    "국민연금공단에 따르면 8월 말 기준 노령연금 수급자는 702만3천 명이다.",
    "이 중 65세 이상 수급자가 71%를 차지했다.",
    "월 200만 원 이상을 받는 수급자는 5만8천 명으로 5년 전보다 4배 늘었다.",
    "60대 수급자의 평균 수령액은 월 67만 원이다.",
    "최고령 수급자는 107세다.",
])

# One long Korean sentence split into two English lines; explanatory clause for foreign readers.
R("c10", [
    "Expressway tolls waived over Chuseok",
    "The government will waive expressway tolls for three days, from Oct. 5 to 7, during Chuseok, Korea's autumn harvest holiday.",
    "It will also run 15 percent more trains and 20 percent more buses than usual for people traveling to their hometowns.",
    "About 32.18 million people are expected to travel over the six-day holiday.",
    "That is an average of 5.36 million a day.",
    "Traffic leaving the cities is expected to be heaviest on the morning of the first day of the holiday.",
], [
    "추석 연휴 고속도로 통행료 면제",
    "정부는 추석 연휴 중 5일부터 7일까지 사흘간 고속도로 통행료를 면제하고, 귀성객 편의를 위해 철도와 버스 운행을 평소보다 각각 15%와 20% 늘린다고 밝혔다.",
    "엿새간의 연휴 기간 이동 인원은 3천218만 명으로 예상된다.",
    "하루 평균 536만 명이 이동하는 셈이다.",
    "귀성 정체는 연휴 첫날 오전에 가장 심할 것으로 보인다.",
])

# Legitimate repetition: the same emergency text quoted twice, as in the Korean.
R("c11", [
    "Typhoon Haishen approaches; officials urge people again to stay indoors",
    "The Korea Meteorological Administration forecast that Typhoon Haishen would reach waters south of Busan on Monday morning.",
    "The Central Disaster and Safety Countermeasures Headquarters sent an emergency text: \"Please refrain from going out.\"",
    "At 6 p.m., it sent the same text again: \"Please refrain from going out.\"",
    "Peak gusts are expected to reach 40 meters per second.",
    "Up to 300 millimeters of rain is forecast for Jeju and the south coast.",
], [
    "태풍 '하이선' 북상…\"외출 자제\" 거듭 당부",
    "기상청은 태풍 하이선이 7일 오전 부산 남쪽 해상에 도달할 것으로 예보했다.",
    "중앙재난안전대책본부는 \"외출을 자제해 주십시오\"라는 재난 문자를 보냈다.",
    "본부는 오후 6시에 같은 문자를 다시 보냈다. \"외출을 자제해 주십시오.\"",
    "최대 순간풍속은 초속 40m에 이를 것으로 보인다.",
    "제주와 남해안에는 최고 300㎜의 비가 내리겠다.",
])

R("c12", [
    "Seoul to build park of about 50,000 square meters on Nodeul Island",
    "The Seoul Metropolitan Government said it will turn about 50,000 square meters of Nodeul Island into a waterside park.",
    "The project will cost 86 billion won and is slated for completion in 2028.",
    "It will include a 400-meter pedestrian bridge and an outdoor stage with 3,000 seats.",
    "\"It will become a new landmark on the Han River,\" Seoul Mayor Oh Se-hoon said.",
], [
    "서울시, 노들섬에 1만5천 평 공원 조성",
    "서울시는 노들섬에 1만5천 평 규모의 수변 공원을 조성한다고 밝혔다.",
    "사업비는 860억 원으로, 2028년 완공이 목표다.",
    "공원에는 길이 400m의 보행교와 3천 석 규모 야외 공연장이 들어선다.",
    "오세훈 서울시장은 \"한강의 새로운 명소가 될 것\"이라고 말했다.",
])

R("c13", [
    "102,000 apply for four leftover units at Dunchon Jugong",
    "Some 102,000 people applied for four leftover units at the rebuilt Dunchon Jugong complex in Gangdong District, Seoul, through cheongyak, Korea's lottery system for new apartment sales.",
    "That is 25,500 applicants for each unit.",
    "The 84-square-meter units are priced at 1.32 billion won, about 700 million won below nearby market prices.",
    "Winners will be announced early next month.",
], [
    "둔촌주공 잔여 4가구에 10만2천 명 몰려",
    "서울 강동구 둔촌주공 재건축 단지의 잔여 4가구 청약에 10만2천 명이 신청했다.",
    "경쟁률은 2만5천500대 1에 달했다.",
    "전용 84㎡ 분양가는 13억2천만 원으로, 주변 시세보다 7억 원가량 낮다.",
    "당첨자는 다음 달 초 발표된다.",
])

R("c14", [
    "Won weakens past 1,400 per dollar",
    "The won closed at 1,405.5 per dollar, down 12.3 won from the previous session.",
    "Foreign investors sold a net 800 billion won (US$570 million) worth of shares on the main bourse.",
    "The KOSPI fell 1.8 percent to close at 2,541.22.",
    "Foreign exchange authorities said they were \"closely monitoring market conditions.\"",
], [
    "원·달러 환율 1,400원 돌파",
    "원·달러 환율은 이날 전 거래일보다 12.3원 오른 1,405.5원에 마감했다.",
    "외국인은 유가증권시장에서 8천억 원어치를 순매도했다.",
    "코스피는 1.8% 내린 2,541.22로 거래를 마쳤다.",
    "외환당국은 \"시장 상황을 면밀히 점검하고 있다\"고 밝혔다.",
])

R("c15", [
    "'Seoul Night' tops 10 million viewers",
    "The film \"Seoul Night\" drew more than 10 million cumulative viewers 32 days after its release.",
    "It is the first film this year to pass the 10-million mark.",
    "It cost about 20 billion won to make.",
    "It passed its break-even point of 5 million viewers within two weeks of its release.",
    "The distributor said the film will open in 18 countries abroad.",
], [
    "영화 '서울의 밤' 천만 관객 돌파",
    "영화 '서울의 밤'이 개봉 32일 만에 누적 관객 천만 명을 넘어섰다.",
    "올해 천만 영화는 이 작품이 처음이다.",
    "제작비는 약 2백억 원이다.",
    "손익분기점인 관객 5백만 명은 개봉 2주 만에 넘었다.",
    "배급사는 해외 18개국 개봉을 앞두고 있다고 밝혔다.",
])

# Two different people whose names differ by one vowel: 이성훈 / 이승훈.
R("c16", [
    "Court sentences brothers Lee Sung-hoon and Lee Seung-hoon to prison over illegal gambling",
    "The Seoul Central District Court sentenced Lee Sung-hoon, 42, to four years in prison for running an illegal gambling site.",
    "His younger brother, Lee Seung-hoon, 39, received two and a half years.",
    "The court found that Lee Sung-hoon led the scheme and that Lee Seung-hoon managed the money.",
    "The two made about 8.7 billion won.",
    "They were ordered to forfeit 6.1 billion won and 2.6 billion won, respectively.",
], [
    "법원, '불법 도박' 이성훈·이승훈 형제에 실형",
    "서울중앙지법은 불법 도박 사이트를 운영한 혐의로 기소된 이성훈(42) 씨에게 징역 4년을 선고했다.",
    "동생 이승훈(39) 씨에게는 징역 2년 6개월이 선고됐다.",
    "재판부는 이성훈 씨가 범행을 주도했고, 이승훈 씨는 자금 관리를 맡았다고 판단했다.",
    "두 사람이 챙긴 수익은 약 87억 원이다.",
    "추징금은 각각 61억 원과 26억 원이다.",
])

R("c17", [
    "Hyundai sells 15,200 EVs in Europe in third quarter",
    "Hyundai Motor sold 15,200 electric vehicles in Europe in the third quarter, for sales of 680 million euros.",
    "That is about 1.1 trillion won.",
    "In Japan, it sold 3,400 units for sales of 15 billion yen.",
    "Sales in China fell 42 percent on-year to 9,800 units.",
    "The company set a target of 20,000 units for Europe next year.",
], [
    "현대차, 3분기 유럽서 전기차 1만5천200대 판매",
    "현대차는 3분기 유럽에서 전기차 1만5천200대를 팔아 매출 6억8천만 유로를 올렸다.",
    "이는 약 1조1천억 원에 해당한다.",
    "일본에서는 3천400대를 팔아 매출 150억 엔을 기록했다.",
    "중국 판매량은 전년보다 42% 줄어든 9천800대였다.",
    "회사는 내년 유럽 판매 목표를 2만 대로 잡았다.",
])

R("c18", [
    "Government proposes 741 trillion won budget for next year",
    "The Ministry of Economy and Finance said next year's budget proposal totals 741 trillion won, up 4.1 percent from this year.",
    "By sector: health, welfare and employment, 251.4 trillion won; education, 99.8 trillion won; defense, 66.3 trillion won; and research and development, 32.5 trillion won.",
    "National debt is expected to reach 1,327 trillion won, or 49.2 percent of gross domestic product.",
    "The proposal will be submitted to the National Assembly on Sept. 2.",
], [
    "정부 내년 예산안 741조 원",
    "기획재정부는 내년 예산안을 올해보다 4.1% 늘어난 741조 원으로 편성했다고 밝혔다.",
    "분야별로는 ▲보건·복지·고용 251조4천억 원 ▲교육 99조8천억 원 ▲국방 66조3천억 원 ▲연구개발 32조5천억 원이다.",
    "국가채무는 1천327조 원으로 국내총생산(GDP) 대비 49.2%에 이를 전망이다.",
    "예산안은 9월 2일 국회에 제출된다.",
])

R("c19", [
    "Ho-Am Foundation names five winners of this year's prize",
    "The Ho-Am Foundation named Seoul National University professor Kim Myung-sik, 58, for science; KAIST professor Park Sun-young, 51, for engineering; Yonsei University professor Choi Jae-hoon, 63, for medicine; violinist Chung Kyung-wha, 77, for the arts; and the Lee Tae-seok Foundation for community service.",
    "Each winner will receive 300 million won (about $220,000).",
    "The ceremony will be held on May 30 at Ho-Am Art Hall in Jung District, Seoul.",
], [
    "올해 호암상 수상자 5명 선정",
    "호암재단은 과학상 김명식(58·서울대 교수), 공학상 박선영(51·KAIST 교수), 의학상 최재훈(63·연세대 교수), 예술상 정경화(77·바이올리니스트), 사회봉사상 이태석재단을 수상자로 선정했다고 밝혔다.",
    "수상자에게는 각각 상금 3억 원이 주어진다.",
    "시상식은 5월 30일 서울 중구 호암아트홀에서 열린다.",
])

R("c20", [
    "Exports up 12.7 pct in September on record chip sales",
    "Exports rose 12.7 percent on-year to US$65.95 billion in September, according to the Ministry of Trade, Industry and Energy.",
    "Chip exports hit a monthly record of $16.61 billion.",
    "Imports grew 8.2 percent to $56.4 billion.",
    "The trade balance posted a surplus of $9.55 billion, staying in the black for the 28th consecutive month.",
    "Exports to the United States fell 1.4 percent to $10.4 billion.",
], [
    "9월 수출 12.7% 증가…반도체 역대 최대",
    "산업통상자원부에 따르면 9월 수출액은 659억5천만 달러로 작년 같은 달보다 12.7% 증가했다.",
    "반도체 수출은 166억1천만 달러로 월간 기준 역대 최대치를 기록했다.",
    "수입은 564억 달러로 8.2% 늘었다.",
    "무역수지는 95억5천만 달러 흑자로 28개월 연속 흑자를 이어갔다.",
    "대미 수출은 104억 달러로 1.4% 줄었다.",
])

R("c21", [
    "Ulsan wins K League 1 for first time in three years",
    "Ulsan HD clinched the title with a 2-1 home win over Pohang in the 37th round.",
    "A crowd of 31,000 attended.",
    "Ulsan moved to 74 points, nine ahead of second-place Jeonbuk.",
    "Joo Min-kyu scored the winner in second-half stoppage time, his 17th goal of the season.",
    "It is Ulsan's sixth K League title.",
], [
    "울산, 3년 만에 K리그1 정상",
    "울산 HD는 홈에서 열린 37라운드 경기에서 포항을 2-1로 꺾고 우승을 확정했다.",
    "이날 경기장에는 3만1천 명의 관중이 입장했다.",
    "울산은 승점 74점으로 2위 전북과의 격차를 9점으로 벌렸다.",
    "주민규는 후반 추가시간에 결승골을 넣어 시즌 17호 골을 기록했다.",
    "울산의 K리그 우승은 통산 6번째다.",
])

# Five short Korean lines merged into three English lines.
R("c22", [
    "Coldest morning of the winter tomorrow at minus 12 C",
    "Seoul's temperature will drop to minus 12 degrees Celsius on Tuesday morning, with a wind chill of around minus 20, the Korea Meteorological Administration said.",
    "Mountainous parts of Gangwon State will see lows of minus 18 C.",
    "The cold snap will last through the weekend, and up to 10 centimeters of snow is forecast for the west coast.",
], [
    "내일 아침 영하 12도…올겨울 최강 한파",
    "기상청에 따르면 9일 아침 서울의 기온은 영하 12도까지 떨어지겠다.",
    "체감온도는 영하 20도 안팎이다.",
    "강원 산지는 영하 18도까지 내려가겠다.",
    "한파는 주말까지 이어지겠다.",
    "서해안에는 최고 10㎝의 눈이 내리겠다.",
])

R("c23", [
    "Next year's minimum wage set at 10,500 won, up 1.7 percent",
    "The Minimum Wage Commission set next year's minimum wage at 10,500 won an hour.",
    "That is 180 won, or 1.7 percent, more than this year's 10,320 won.",
    "That works out to 2,194,500 won a month, based on 209 hours.",
    "Labor had demanded 11,500 won, while employers sought a freeze.",
    "The 1.7 percent increase is the second-lowest on record.",
], [
    "내년 최저임금 1만500원…1.7% 인상",
    "최저임금위원회는 내년 최저임금을 시간당 1만500원으로 의결했다.",
    "올해 1만320원보다 180원(1.7%) 오른 금액이다.",
    "월 환산액은 209시간 기준 219만4천500원이다.",
    "노동계는 1만1천500원을, 경영계는 동결을 요구했다.",
    "1.7%는 역대 두 번째로 낮은 인상률이다.",
])

R("c24", [
    "N. Korea fires ballistic missile into East Sea, its ninth launch this year",
    "North Korea fired a short-range ballistic missile into the East Sea from the Pyongyang area at around 7:10 a.m., the Joint Chiefs of Staff said.",
    "The missile flew about 350 kilometers.",
    "It reached an apogee of about 50 km.",
    "It is the North's ninth ballistic missile launch this year.",
    "Kim Yo Jong, a vice department director of the Workers' Party of Korea, issued a statement criticizing joint South Korea-U.S. drills.",
], [
    "북한, 동해상으로 탄도미사일 발사…올해 9번째",
    "합동참모본부는 북한이 오전 7시 10분께 평양 일대에서 동해상으로 단거리 탄도미사일 1발을 발사했다고 밝혔다.",
    "미사일은 약 350㎞를 비행했다.",
    "정점 고도는 약 50㎞였다.",
    "북한의 탄도미사일 발사는 올해 들어 9번째다.",
    "김여정 노동당 부부장은 담화를 내고 한미 연합훈련을 비난했다.",
])

R("c25", [
    "Veteran painter Park Soo-young dies at 91",
    "Park Soo-young, a first-generation Korean abstract painter, died Sunday. He was 91.",
    "Born in 1934 in Mokpo, South Jeolla Province, Park worked in Paris in the 1960s.",
    "His work \"Blue Dawn\" sold for 3.1 billion won at auction in 2019.",
    "His funeral altar is set up in Room 20 of the Asan Medical Center funeral hall in Seoul.",
    "The funeral procession will take place at 8 a.m. Tuesday.",
], [
    "원로 화가 박수영 별세…향년 91세",
    "한국 추상화 1세대 화가 박수영 화백이 12일 별세했다. 향년 91세.",
    "1934년 전남 목포에서 태어난 고인은 1960년대 파리에서 활동했다.",
    "그의 작품 '푸른 새벽'은 2019년 경매에서 31억 원에 낙찰됐다.",
    "빈소는 서울아산병원 장례식장 20호실에 마련됐다.",
    "발인은 14일 오전 8시다.",
])


# ----------------------------------------------------------------------------------------------
# Damaged records.
# ----------------------------------------------------------------------------------------------

# --- number-mismatch ---------------------------------------------------------------------------

R("d01", [  # 억 read as billion
    "Gwangju to build youth housing for 350 million won per unit",
    "Gwangju said it will build 240 rental units for young people near Gwangju Songjeong Station.",
    "Each unit will cost about 3.5 billion won to build, and rent will be 30 percent below market rates.",
    "Applicants must be between 19 and 39 years old.",
    "Move-ins are scheduled for March 2028.",
], [
    "광주시, 가구당 3억5천만 원 들여 청년주택 건립",
    "광주시는 광주송정역 인근에 청년 임대주택 240가구를 짓는다고 밝혔다.",
    "가구당 건축비는 약 3억5천만 원이며, 임대료는 시세보다 30% 저렴하다.",
    "입주 대상은 19세부터 39세까지다.",
    "입주는 2028년 3월 예정이다.",
], [E("number-mismatch", "about 3.5 billion won")])

R("d02", [  # 조 read as billion
    "SK hynix to invest 2.3 trillion won in Cheongju packaging line",
    "SK hynix said it will invest 2.3 billion won in a new advanced packaging line in Cheongju, North Chungcheong Province.",
    "The line will make high-bandwidth memory for AI servers from the second half of 2027.",
    "The company expects to hire about 600 workers.",
    "North Chungcheong Province will provide 40 billion won in subsidies.",
], [
    "SK하이닉스, 청주 패키징 라인에 2조3천억 원 투자",
    "SK하이닉스는 충청북도 청주에 첨단 패키징 라인을 새로 짓는 데 2조3천억 원을 투자한다고 밝혔다.",
    "이 라인은 2027년 하반기부터 AI 서버용 고대역폭메모리를 생산한다.",
    "회사는 약 600명을 채용할 예정이다.",
    "충청북도는 보조금 400억 원을 지원한다.",
], [E("number-mismatch", "2.3 billion won")])

R("d03", [  # 만 slip in a count (÷10)
    "Jeonju Bibimbap Festival draws record crowd",
    "The Jeonju Bibimbap Festival drew 412,000 visitors over four days, the city said.",
    "About 1,200 foreign tourists visited the festival.",
    "Food vendors reported sales of 3.8 billion won.",
    "The city plans to extend the festival to five days next year.",
], [
    "전주비빔밥축제 역대 최다 방문객",
    "전주시는 나흘간 열린 전주비빔밥축제에 41만2천 명이 다녀갔다고 밝혔다.",
    "외국인 관광객은 약 1만2천 명이 축제를 찾았다.",
    "음식 판매 부스 매출은 38억 원으로 집계됐다.",
    "시는 내년 축제 기간을 닷새로 늘릴 계획이다.",
], [E("number-mismatch", "About 1,200 foreign tourists")])

R("d04", [  # Hangul numerals 천/백
    "Daejeon to hire 2,500 seniors for school safety patrols",
    "Daejeon said it will hire 25,000 senior citizens for school-zone safety patrols next year.",
    "Each will be paid about 290,000 won a month for 30 hours of work.",
    "The program will cover all 148 elementary schools in the city.",
    "Applications open on Dec. 1 at community service centers.",
], [
    "대전시, 어르신 2천500명 채용해 등굣길 안전 지킨다",
    "대전시는 내년 스쿨존 안전 순찰에 어르신 이천오백 명을 채용한다고 밝혔다.",
    "1인당 월 30시간 활동하고 약 29만 원을 받는다.",
    "사업은 시내 초등학교 148곳 전체에서 진행된다.",
    "신청은 12월 1일부터 행정복지센터에서 받는다.",
], [E("number-mismatch", "25,000 senior citizens")])

# Lines not aligned (Korean 5 body lines, English 4): 4억5000만 달러 read as $4.5 billion.
R("d05", [
    "LG Energy Solution wins $450 million battery order from Europe",
    "LG Energy Solution said it has signed a $4.5 billion deal to supply batteries for energy storage systems to a European utility.",
    "Deliveries will run from 2027 to 2030 and will come from the company's plant in Wroclaw, Poland, which employs about 6,000 people.",
    "It is the company's third energy storage order from Europe this year.",
    "LG Energy Solution shares rose 3.4 percent on the news.",
], [
    "LG에너지솔루션, 유럽서 4억5000만 달러 배터리 수주",
    "LG에너지솔루션은 유럽 전력회사에 에너지저장장치용 배터리를 공급하는 4억5000만 달러 규모 계약을 맺었다고 밝혔다.",
    "공급 기간은 2027년부터 2030년까지다.",
    "물량은 약 6천 명이 일하는 폴란드 브로츠와프 공장에서 생산된다.",
    "올해 유럽에서 따낸 세 번째 에너지저장장치 수주다.",
    "LG에너지솔루션 주가는 이 소식에 3.4% 올랐다.",
], [E("number-mismatch", "$4.5 billion deal")])

R("d06", [  # %p read as percent
    "Youth employment rate falls for sixth month",
    "The employment rate for people aged 15 to 29 was 45.1 percent in October, Statistics Korea said.",
    "That was down 1.3 percent from a year earlier and the sixth straight monthly decline.",
    "The number of employed young people fell by 183,000 to 3.62 million.",
    "The overall unemployment rate stood at 2.5 percent.",
], [
    "청년 고용률 6개월째 하락",
    "통계청에 따르면 10월 15~29세 고용률은 45.1%였다.",
    "1년 전보다 1.3%포인트 떨어진 것으로, 6개월 연속 하락했다.",
    "청년 취업자 수는 18만3천 명 줄어든 362만 명이었다.",
    "전체 실업률은 2.5%였다.",
], [E("number-mismatch", "down 1.3 percent")])

R("d07", [  # vague amount: 수십만 read as tens of thousands
    "Fireworks festival in Yeouido draws big crowds",
    "Tens of thousands of people gathered along the Han River in Yeouido on Saturday for the Seoul International Fireworks Festival.",
    "Police deployed 2,400 officers to manage the crowds.",
    "The organizer, Hanwha, said it spent billions of won on the show.",
    "Subway trains on Line 5 skipped Yeouinaru Station for three hours.",
], [
    "여의도 불꽃축제에 인파 몰려",
    "토요일 여의도 한강공원에서 열린 서울세계불꽃축제에 수십만 명이 모였다.",
    "경찰은 인파 관리를 위해 경찰관 2천400명을 배치했다.",
    "주최사인 한화는 행사에 수십억 원을 썼다고 밝혔다.",
    "지하철 5호선은 3시간 동안 여의나루역을 무정차 통과했다.",
], [E("number-mismatch", "Tens of thousands of people")])

R("d08", [  # amount in a list: 3조4천억 read as 34 trillion
    "Hyundai Motor Group to invest 24 trillion won at home next year",
    "Hyundai Motor Group said it will invest a record 24 trillion won in South Korea next year.",
    "By area: research and development, 11.5 trillion won; new EV plants, 34 trillion won; software, 2.1 trillion won; and hydrogen, 7 trillion won.",
    "The group will also hire 7,200 people, the most since 2018.",
    "Chairman Chung Euisun said the plan was meant to \"strengthen the domestic production base.\"",
], [
    "현대차그룹, 내년 국내에 24조 원 투자",
    "현대차그룹은 내년 국내에 역대 최대인 24조 원을 투자한다고 밝혔다.",
    "분야별로는 ▲연구개발 11조5천억 원 ▲전기차 신공장 3조4천억 원 ▲소프트웨어 2조1천억 원 ▲수소 7천억 원이다.",
    "그룹은 또 2018년 이후 가장 많은 7천200명을 채용한다.",
    "정의선 회장은 이번 계획이 \"국내 생산 기반을 강화하기 위한 것\"이라고 말했다.",
], [E("number-mismatch", "new EV plants, 34 trillion won"),
    E("number-mismatch", "hydrogen, 7 trillion won")])

R("d09", [  # dollars and won in one sentence: the won conversion slipped by 10
    "Korea Zinc to build $7.4 billion smelter in Tennessee",
    "Korea Zinc said it will build a smelter in Clarksville, Tennessee, at a cost of $7.4 billion (about 1.03 trillion won).",
    "The plant will produce 13 kinds of metals, including germanium and gallium.",
    "The U.S. Department of Commerce will provide $210 million in grants.",
    "Construction will start in the first half of next year.",
], [
    "고려아연, 테네시에 74억 달러 제련소 건설",
    "고려아연은 미국 테네시주 클락스빌에 74억 달러(약 10조3천억 원)를 들여 제련소를 짓는다고 밝혔다.",
    "이 공장은 게르마늄과 갈륨 등 13종의 금속을 생산한다.",
    "미국 상무부는 2억1천만 달러의 보조금을 지원한다.",
    "공사는 내년 상반기에 시작된다.",
], [E("number-mismatch", "about 1.03 trillion won")])

R("d10", [  # 8천억 read as 8 trillion (x10)
    "Kakao to spend 800 billion won on AI data center",
    "Kakao said it will spend 8 trillion won over five years to build an AI data center in Ansan, Gyeonggi Province.",
    "The center will house 60,000 servers and open in 2029.",
    "Kakao said the facility would run partly on solar power.",
    "The company's shares closed 2.1 percent higher.",
], [
    "카카오, AI 데이터센터에 8천억 원 투입",
    "카카오는 경기도 안산에 AI 데이터센터를 짓는 데 5년간 8천억 원을 투입한다고 밝혔다.",
    "센터에는 서버 6만 대가 들어서며 2029년 문을 연다.",
    "카카오는 시설 일부를 태양광으로 운영할 것이라고 설명했다.",
    "회사 주가는 2.1% 오른 채 마감했다.",
], [E("number-mismatch", "8 trillion won over five years")])

R("d11", [  # 2만4천 read as 240,000; plus a stray full stop
    "Incheon airport handles record passengers over Chuseok",
    "Incheon International Airport handled 1.43 million passengers over the six-day Chuseok holiday.",
    "The busiest day was Saturday, with 240,000 departures. .",
    "Japan was the most popular destination, followed by Vietnam and China.",
    "The airport deployed 500 extra staff at security checkpoints.",
], [
    "인천공항, 추석 연휴 이용객 역대 최다",
    "인천국제공항은 엿새간의 추석 연휴 동안 여객 143만 명을 처리했다.",
    "가장 붐빈 날은 토요일로, 출국객이 2만4천 명이었다.",
    "여행지는 일본이 가장 많았고 베트남과 중국이 뒤를 이었다.",
    "공항은 보안검색대에 인력 500명을 추가 배치했다.",
], [E("number-mismatch", "240,000 departures"), E("stray-punctuation", "departures. .")])

R("d12", [  # 5억 달러 read as $5 billion, the won conversion right
    "Korea Aerospace to sell FA-50 jets to Philippines",
    "Korea Aerospace Industries said it has signed a $5 billion deal (about 690 billion won) to export 12 FA-50 light attack jets to the Philippines.",
    "The aircraft will be delivered by 2030.",
    "It is KAI's second FA-50 contract with Manila.",
    "The company said it is in talks with two more countries in Southeast Asia.",
], [
    "KAI, 필리핀에 FA-50 전투기 수출",
    "한국항공우주산업은 필리핀에 FA-50 경공격기 12대를 수출하는 5억 달러(약 6천900억 원) 규모의 계약을 맺었다고 밝혔다.",
    "항공기는 2030년까지 인도된다.",
    "KAI가 필리핀과 맺은 두 번째 FA-50 계약이다.",
    "회사는 동남아 2개국과 추가 협상을 진행 중이라고 밝혔다.",
], [E("number-mismatch", "$5 billion deal")])

R("d13", [  # a wrong digit, not a power of ten
    "Chip exports lift shipments for fifth month",
    "Exports rose 9.8 percent on-year to US$69.55 billion in October, the trade ministry said.",
    "Chip exports gained 21 percent to $15.2 billion.",
    "Imports edged up 2.3 percent to $58.1 billion.",
    "The trade surplus came to $7.45 billion.",
], [
    "반도체 호조에 수출 5개월째 증가",
    "산업통상자원부는 10월 수출액이 655억5천만 달러로 작년 같은 달보다 9.8% 늘었다고 밝혔다.",
    "반도체 수출은 21% 늘어난 152억 달러였다.",
    "수입은 2.3% 증가한 581억 달러였다.",
    "무역수지는 74억5천만 달러 흑자였다.",
], [E("number-mismatch", "US$69.55 billion")])

R("d14", [  # 67만 원 read as 6.7 million won
    "Basic pension to rise for 7 million seniors",
    "The Ministry of Health and Welfare said the basic pension will rise to 6.7 million won a month for single seniors next year.",
    "About 7.02 million people aged 65 or older will receive it.",
    "Couples will receive 20 percent less each.",
    "The budget for the program is 26.1 trillion won.",
], [
    "기초연금 700만 명 인상",
    "보건복지부는 내년 단독가구 노인의 기초연금이 월 67만 원으로 오른다고 밝혔다.",
    "65세 이상 약 702만 명이 받게 된다.",
    "부부 가구는 각각 20% 감액된다.",
    "관련 예산은 26조1천억 원이다.",
], [E("number-mismatch", "6.7 million won a month")])

# --- length-mismatch ---------------------------------------------------------------------------

R("d15", [  # second sentence of a line dropped
    "Seoul Metro to raise subway fare by 150 won",
    "Seoul will raise the basic subway fare from 1,400 won to 1,550 won in June.",
    "The city said the increase was unavoidable.",
    "Bus fares will stay the same this year.",
    "Discounts for seniors and people with disabilities will continue.",
], [
    "서울 지하철 요금 150원 인상",
    "서울시는 6월부터 지하철 기본요금을 1,400원에서 1,550원으로 올린다.",
    "시는 서울교통공사의 누적 적자가 18조 원을 넘어 요금 인상이 불가피했다고 설명했다. 공사는 인상으로 연간 약 1천700억 원의 수입이 늘어날 것으로 보고 있으며, 이 돈을 노후 전동차 교체와 역사 냉방 개선에 쓸 계획이다.",
    "버스 요금은 올해 동결된다.",
    "노인과 장애인 할인은 그대로 유지된다.",
], [E("length-mismatch", "The city said the increase was unavoidable.")])

R("d16", [  # last sentence truncated
    "Government unveils measures to stabilize egg prices",
    "The Ministry of Agriculture, Food and Rural Affairs said it will import 2.2 million eggs from the United States this month.",
    "Egg prices have risen 18 percent from a year earlier because of bird flu.",
    "The ministry will also give farms 9 billion won to rebuild their flocks.",
    "It said prices were expected to",
], [
    "정부, 계란값 안정 대책 발표",
    "농림축산식품부는 이달 미국산 계란 220만 개를 수입한다고 밝혔다.",
    "조류인플루엔자 여파로 계란 가격은 1년 전보다 18% 올랐다.",
    "농식품부는 또 농가의 산란계 재입식을 위해 90억 원을 지원한다.",
    "농식품부는 설 연휴 전까지 계란 가격이 평년 수준으로 안정될 것으로 내다봤다.",
], [E("length-mismatch", "It said prices were expected to")])

R("d17", [  # an added sentence with no source
    "Jeju bans single-use cups at cafes from July",
    "Jeju Special Self-Governing Province will ban single-use plastic cups at cafes from July.",
    "Cafes that break the rule will be fined up to 3 million won. Jeju has long been famous for its beautiful beaches, volcanic landscapes and tangerines, which attract millions of tourists from around the world every year.",
    "The province will give cafes 500 won for each reusable cup returned.",
    "About 3,100 cafes are covered by the ban.",
], [
    "제주, 7월부터 카페 일회용 컵 금지",
    "제주특별자치도는 7월부터 카페에서 일회용 플라스틱 컵 사용을 금지한다.",
    "위반한 카페에는 최대 300만 원의 과태료가 부과된다.",
    "도는 다회용 컵을 반납하면 개당 500원을 돌려준다.",
    "금지 대상 카페는 약 3천100곳이다.",
], [E("length-mismatch", "Jeju has long been famous for its beautiful beaches, volcanic landscapes and tangerines")])

R("d18", [  # a sentence repeated (MT loop)
    "Police arrest two over voice phishing ring",
    "The Seoul Metropolitan Police Agency said it has arrested two men in their 30s who allegedly ran a voice phishing ring.",
    "They are accused of taking 4.2 billion won from 310 victims. They are accused of taking 4.2 billion won from 310 victims. They are accused of taking 4.2 billion won from 310 victims.",
    "Police said the ring posed as prosecutors and bank officials.",
    "Eleven other members are being sought.",
], [
    "보이스피싱 조직 2명 검거",
    "서울경찰청은 보이스피싱 조직을 운영한 혐의로 30대 남성 2명을 구속했다고 밝혔다.",
    "이들은 피해자 310명에게서 42억 원을 가로챈 혐의를 받는다.",
    "경찰은 이 조직이 검사와 은행 직원을 사칭했다고 설명했다.",
    "나머지 조직원 11명은 추적 중이다.",
], [E("length-mismatch", "victims. They are accused of taking 4.2 billion won from 310 victims. They are accused")])

R("d19", [  # a long clause dropped inside a sentence
    "KTX to add trains on Gangneung line",
    "Korail will add 10 KTX trains a day on the Gangneung line from next month.",
    "The travel time between Seoul Station and Gangneung will be cut.",
    "Tickets go on sale one month before departure.",
    "Korail said the move would help tourism in Gangwon State.",
], [
    "KTX 강릉선 열차 증편",
    "코레일은 다음 달부터 KTX 강릉선 열차를 하루 10회 늘린다.",
    "서울역과 강릉역 사이 소요 시간은 정차역을 줄인 급행 열차 도입과 선로 개량 공사 완료에 따라 기존 1시간 56분에서 1시간 38분으로 18분 단축된다.",
    "승차권은 출발 한 달 전부터 판매된다.",
    "코레일은 이번 증편이 강원 관광에 도움이 될 것이라고 밝혔다.",
], [E("length-mismatch", "The travel time between Seoul Station and Gangneung will be cut.")])

# --- untranslated-segment ----------------------------------------------------------------------

R("d20", [  # a Korean sentence left inside an English line
    "Busan to open Korea's first floating eco-park",
    "Busan said it will open a floating eco-park off Haeundae in May.",
    "The park covers 12,000 square meters. 공원에는 수상 산책로와 해양 생태 전시관이 들어선다.",
    "Entry will be free for Busan residents.",
    "The project cost 42 billion won.",
], [
    "부산, 국내 첫 해상 생태공원 연다",
    "부산시는 5월 해운대 앞바다에 해상 생태공원을 연다고 밝혔다.",
    "공원 면적은 1만2천㎡다. 공원에는 수상 산책로와 해양 생태 전시관이 들어선다.",
    "부산 시민은 무료로 입장할 수 있다.",
    "사업비는 420억 원이 들었다.",
], [E("untranslated-segment", "공원에는 수상 산책로와 해양 생태 전시관이 들어선다."),
    E("untranslated-hangul", "공원에는 수상 산책로와 해양 생태 전시관이 들어선다.", optional=True)])

R("d21", [  # a whole target line identical to its source line
    "Universities cut tuition for international students",
    "Twelve universities in the Seoul area said they will cut tuition for international students by 10 percent next year.",
    "대상 학생은 약 4만2천 명으로, 이들은 1인당 연평균 약 80만 원을 절약하게 된다.",
    "The Ministry of Education will make up half of the lost revenue.",
    "The ministry aims to attract 300,000 international students by 2027.",
], [
    "대학들, 외국인 유학생 등록금 인하",
    "수도권 12개 대학은 내년 외국인 유학생 등록금을 10% 내린다고 밝혔다.",
    "대상 학생은 약 4만2천 명으로, 이들은 1인당 연평균 약 80만 원을 절약하게 된다.",
    "교육부는 줄어든 수입의 절반을 보전해 준다.",
    "교육부는 2027년까지 유학생 30만 명 유치를 목표로 하고 있다.",
], [E("untranslated-segment", "대상 학생은 약 4만2천 명으로, 이들은 1인당 연평균 약 80만 원을 절약하게 된다."),
    E("untranslated-hangul", "대상 학생은 약 4만2천 명으로", optional=True)])

R("d22", [  # the last line left in Korean, with its numbers
    "Hanwha Ocean wins LNG carrier orders worth 1 trillion won",
    "Hanwha Ocean said it has won orders for four LNG carriers from an Asian shipping company.",
    "The ships will be delivered by the first half of 2029.",
    "The company has now won 38 ships this year.",
    "수주 금액은 총 1조1천억 원으로, 올해 목표의 85%를 달성했다.",
], [
    "한화오션, 1조 원 규모 LNG선 수주",
    "한화오션은 아시아 선사로부터 LNG 운반선 4척을 수주했다고 밝혔다.",
    "선박은 2029년 상반기까지 인도된다.",
    "회사의 올해 수주 실적은 38척이 됐다.",
    "수주 금액은 총 1조1천억 원으로, 올해 목표의 85%를 달성했다.",
], [E("untranslated-segment", "수주 금액은 총 1조1천억 원으로, 올해 목표의 85%를 달성했다."),
    E("untranslated-hangul", "수주 금액은 총", optional=True)])

# --- name-romanization -------------------------------------------------------------------------

R("d23", [
    "Former PM Han Duck-soo testifies at insurrection trial",
    "Former Prime Minister Han Deok-su appeared as a witness at the Seoul Central District Court on Monday.",
    "He said he had opposed the martial law declaration at a Cabinet meeting.",
    "The trial will resume next week with testimony from two former ministers.",
    "About 200 people gathered outside the court.",
], [
    "한덕수 전 총리, 내란 재판 증인 출석",
    "한덕수 전 국무총리는 월요일 서울중앙지법에 증인으로 출석했다.",
    "그는 국무회의에서 비상계엄 선포에 반대했다고 말했다.",
    "재판은 다음 주 전직 장관 2명의 증언으로 재개된다.",
    "법원 앞에는 약 200명이 모였다.",
], [E("name-romanization", "Han Deok-su"),
    E("inconsistent-name", "Han Deok-su", optional=True)])

R("d24", [
    "Choi Sang-mok pledges 5 trillion won for small businesses",
    "Deputy Prime Minister and Minister of Economy and Finance Choi Sang-mok said Tuesday the government will provide 5 trillion won in low-interest loans to small businesses.",
    "Choe Sang-mok made the remarks at a meeting with merchants at Mangwon Market in Mapo District, Seoul.",
    "The loans will carry an interest rate of 2 percent.",
    "Applications will open on Jan. 2 at the Small Enterprise and Market Service.",
], [
    "최상목, 소상공인에 5조 원 지원 약속",
    "최상목 부총리 겸 기획재정부 장관은 화요일 정부가 소상공인에게 5조 원의 저금리 대출을 제공한다고 밝혔다.",
    "최 부총리는 서울 마포구 망원시장에서 상인들과 만난 자리에서 이같이 말했다.",
    "대출 금리는 2%다.",
    "신청은 1월 2일부터 소상공인시장진흥공단에서 받는다.",
], [E("name-romanization", "Choe Sang-mok"),
    E("inconsistent-name", "Choe Sang-mok", optional=True)])

R("d25", [  # a party name and a city in RR variants; plus a space before a comma
    "Ruling party proposes special act for Incheon port",
    "The Together Democratic Party submitted a special act on Wednesday to redevelop the inner harbor of Inchon.",
    "The bill would create a 1.8 trillion won fund , with the state paying 40 percent.",
    "The People Power Party said it would review the bill.",
    "The city of Incheon welcomed the proposal.",
], [
    "여당, 인천항 특별법 발의",
    "더불어민주당은 수요일 인천 내항 재개발을 위한 특별법을 발의했다.",
    "법안은 1조8천억 원 규모의 기금을 만들고 이 중 40%를 국가가 부담하도록 했다.",
    "국민의힘은 법안을 검토하겠다고 밝혔다.",
    "인천시는 이번 제안을 환영했다.",
], [E("name-romanization", "Together Democratic Party"),
    E("name-romanization", "Inchon"),
    E("inconsistent-name", "Inchon", optional=True),
    E("space-before-punctuation", "fund ,")])

R("d26", [
    "Ahn Cheol-soo launches bid for party leadership",
    "People Power Party lawmaker Ahn Chul-su announced on Sunday that he will run for party leader.",
    "He said the party needed to \"win back the center\" before the local elections.",
    "Ahn, 63, founded the antivirus company AhnLab in 1995.",
    "The party will elect its new leader at a convention on Aug. 22.",
], [
    "안철수, 당대표 출마 선언",
    "국민의힘 안철수 의원은 일요일 당대표 출마를 선언했다.",
    "그는 지방선거를 앞두고 당이 \"중도를 되찾아야 한다\"고 말했다.",
    "올해 63세인 안 의원은 1995년 백신 회사 안랩을 창업했다.",
    "당은 8월 22일 전당대회에서 새 대표를 선출한다.",
], [E("name-romanization", "Ahn Chul-su"),
    E("inconsistent-name", "Ahn Chul-su", optional=True)])

# --- inconsistent-name -------------------------------------------------------------------------

R("d27", [
    "Police chief Kim Ji-hoon vows crackdown on stalking",
    "Kim Ji-hoon, the new commissioner of the Gyeonggi Nambu Provincial Police Agency, said he would set up a dedicated stalking unit.",
    "Kim Ji-hun said stalking reports in the province rose 34 percent last year to 5,600.",
    "The unit will have 48 officers.",
    "Kim Ji-hoon took office on Monday.",
], [
    "김지훈 경찰청장, 스토킹 엄단 약속",
    "김지훈 신임 경기남부경찰청장은 스토킹 전담팀을 만들겠다고 밝혔다.",
    "김지훈 청장은 지난해 도내 스토킹 신고가 34% 늘어 5천600건에 이르렀다고 말했다.",
    "전담팀은 48명으로 구성된다.",
    "김지훈 청장은 월요일 취임했다.",
], [E("inconsistent-name", "Kim Ji-hun"),
    E("inconsistent-name", "Kim Ji-hoon, the new", optional=True)])

# One person (이승훈) spelled two ways, where the second spelling is also a real, different name.
R("d28", [
    "Speed skater Lee Seung-hoon named flag bearer",
    "Veteran speed skater Lee Seung-hoon will carry the Korean flag at the opening ceremony of the Asian Winter Games.",
    "Lee Seung-hoon, 37, has won five Olympic medals.",
    "The Korean Sport & Olympic Committee said Lee Sung-hoon was chosen for his \"long service to the national team.\"",
    "Korea will send 150 athletes to the Games.",
], [
    "빙속 이승훈, 기수 선정",
    "스피드스케이팅 베테랑 이승훈이 동계아시안게임 개회식에서 한국 선수단 기수를 맡는다.",
    "올해 37세인 이승훈은 올림픽 메달 5개를 땄다.",
    "대한체육회는 이승훈이 \"오랫동안 대표팀에 헌신한 점\"을 인정받아 선정됐다고 밝혔다.",
    "한국은 이번 대회에 선수 150명을 파견한다.",
], [E("inconsistent-name", "Lee Sung-hoon"),
    E("inconsistent-name", "Lee Seung-hoon, 37", optional=True)])

R("d29", [
    "Choi Min-jeong wins short track gold in Milan test event",
    "Choi Min-jeong won the women's 1,500 meters at the short track World Cup in Milan on Saturday.",
    "Choi Min-jung clocked 2 minutes, 23.41 seconds, 0.2 seconds ahead of Kim Gil-li.",
    "It is her second World Cup gold this season.",
    "Choi Min-jeong will race the 1,000 meters on Sunday.",
], [
    "최민정, 밀라노 테스트 이벤트 쇼트트랙 금메달",
    "최민정은 토요일 밀라노에서 열린 쇼트트랙 월드컵 여자 1,500m에서 우승했다.",
    "최민정은 2분23초41을 기록해 김길리를 0.2초 차로 앞섰다.",
    "이번 시즌 두 번째 월드컵 금메달이다.",
    "최민정은 일요일 1,000m에 출전한다.",
], [E("inconsistent-name", "Choi Min-jung"),
    E("inconsistent-name", "Choi Min-jeong won", optional=True)])

R("d30", [  # a party leader spelled two ways; also a literal date
    "Jung Chung-rae calls for special counsel on election meddling",
    "Democratic Party leader Jung Chung-rae called on the 12th for a special counsel to investigate alleged election meddling.",
    "Jeong Cheong-rae said the party would submit the bill this week.",
    "The People Power Party called the move \"political retaliation.\"",
    "Jung Chung-rae, a four-term lawmaker, became party leader in August.",
], [
    "정청래, 선거개입 특검 요구",
    "더불어민주당 정청래 대표는 12일 선거개입 의혹을 수사할 특별검사를 요구했다.",
    "정 대표는 이번 주 안에 법안을 제출하겠다고 말했다.",
    "국민의힘은 \"정치 보복\"이라고 반발했다.",
    "4선 의원인 정청래 대표는 8월 당대표가 됐다.",
], [E("inconsistent-name", "Jeong Cheong-rae"),
    E("literal-date", "on the 12th"),
    E("inconsistent-name", "Jung Chung-rae, a four-term", optional=True)])

# --- literal-date ------------------------------------------------------------------------------

R("d31", [
    "Gyeongju to host APEC culture week",
    "Gyeongju said it will hold an APEC culture week from the 27th to the 31st.",
    "About 80 events, including traditional music and a lantern parade, are planned.",
    "The city expects 300,000 visitors.",
    "Tickets for the opening concert go on sale at 10 a.m. on the 15th.",
], [
    "경주, APEC 문화주간 개최",
    "경주시는 27일부터 31일까지 APEC 문화주간 행사를 연다고 밝혔다.",
    "전통음악 공연과 연등 행렬 등 80여 개 행사가 열린다.",
    "시는 방문객 30만 명을 예상했다.",
    "개막 공연 입장권은 15일 오전 10시부터 판매된다.",
], [E("literal-date", "from the 27th to the 31st"),
    E("literal-date", "on the 15th")])

R("d32", [  # literal date plus a dateline left in
    "National Assembly to vote on semiconductor act",
    "(Seoul=Financial News) Reporter Kim Ha-na = The National Assembly will hold a plenary session on the 3rd of next month to vote on the semiconductor special act.",
    "The bill would give chipmakers tax credits of up to 30 percent.",
    "The two main parties agreed on the schedule on Tuesday.",
    "The bill has been pending for 14 months.",
], [
    "국회, 반도체특별법 표결",
    "국회는 다음 달 3일 본회의를 열어 반도체특별법을 표결한다.",
    "법안은 반도체 기업에 최대 30%의 세액공제를 제공한다.",
    "여야는 화요일 일정에 합의했다.",
    "법안은 14개월째 계류 중이다.",
], [E("literal-date", "on the 3rd of next month"),
    E("dateline-residue", "(Seoul=Financial News) Reporter Kim Ha-na =")])

R("d33", [  # literal date, a %p slip and a byline e-mail left at the end
    "Household loan rates fall for third month",
    "The average interest rate on new household loans was 4.12 percent in September, the Bank of Korea said on the 30th.",
    "That was down 0.15 percent from August.",
    "Mortgage rates fell to 3.98 percent, the lowest in two years.",
    "The central bank said rates could rise again if household debt keeps growing. hana@fnnews.com",
], [
    "가계대출 금리 3개월째 하락",
    "한국은행은 9월 신규 가계대출 평균 금리가 연 4.12%였다고 30일 밝혔다.",
    "8월보다 0.15%포인트 내린 것이다.",
    "주택담보대출 금리는 2년 만에 가장 낮은 3.98%로 떨어졌다.",
    "한은은 가계부채가 계속 늘면 금리가 다시 오를 수 있다고 밝혔다.",
], [E("literal-date", "on the 30th"),
    E("number-mismatch", "down 0.15 percent"),
    E("byline-residue", "hana@fnnews.com")])

# --- mixed damage ------------------------------------------------------------------------------

R("d34", [  # 수조 read as billions; a doubled word; a stray comma-period
    "Battery makers face losses of several billion won from EV slowdown",
    "Korea's three battery makers could lose several billion won this year as electric vehicle demand slows, analysts said,.",
    "LG Energy Solution, Samsung SDI and SK On have have cut production at their U.S. plants.",
    "SK On posted an operating loss of 280 billion won in the third quarter.",
    "The companies plan to shift part of their lines to energy storage batteries.",
], [
    "배터리 업계, 전기차 둔화로 수조 원 손실 우려",
    "애널리스트들은 전기차 수요 둔화로 국내 배터리 3사가 올해 수조 원의 손실을 볼 수 있다고 분석했다.",
    "LG에너지솔루션, 삼성SDI, SK온은 미국 공장의 생산을 줄였다.",
    "SK온은 3분기 2천800억 원의 영업손실을 냈다.",
    "각 사는 생산 라인 일부를 에너지저장장치용 배터리로 전환할 계획이다.",
], [E("number-mismatch", "could lose several billion won"),
    E("number-mismatch", "losses of several billion won", optional=True),
    E("stray-punctuation", "said,."),
    E("repeated-word", "have have")])

R("d35", [  # 1천만 read as 1 million; an untranslated clause; a name variant
    "Lee Myung-bak library draws 1 million visitors",
    "The Lee Myeong-bak Presidential Library in Seocho District, Seoul, said it had drawn 1 million visitors since it opened in 2015.",
    "Its most visited exhibit is a replica of the Cheonggye Stream restoration.",
    "The library will hold a special exhibition from next month.",
    "관람은 무료이며 월요일은 휴관한다.",
], [
    "이명박 기념관 방문객 1천만 명",
    "서울 서초구의 이명박 대통령 기념관은 2015년 개관 이후 방문객이 1천만 명을 넘었다고 밝혔다.",
    "가장 인기 있는 전시물은 청계천 복원 모형이다.",
    "기념관은 다음 달부터 특별전을 연다.",
    "관람은 무료이며 월요일은 휴관한다.",
], [E("number-mismatch", "drawn 1 million visitors"),
    E("number-mismatch", "draws 1 million visitors", optional=True),
    E("name-romanization", "Lee Myeong-bak"),
    E("inconsistent-name", "Lee Myeong-bak", optional=True),
    E("untranslated-segment", "관람은 무료이며 월요일은 휴관한다."),
    E("untranslated-hangul", "관람은 무료이며", optional=True)])


def check(records):
    errors = []
    ids = set()
    for r in records:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        for e in r["expected"]:
            n = r["target"].count(e["evidence"])
            if n != 1:
                errors.append(f"{r['id']}: evidence {e['evidence']!r} occurs {n} times")
    return errors


def main() -> int:
    errors = check(RECORDS)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    clean = sum(1 for r in RECORDS if not any(not e.get("optional") for e in r["expected"]))
    aligned = sum(1 for r in RECORDS
                  if r["target"].count("\n") == r["source"].count("\n"))
    req = sum(1 for r in RECORDS for e in r["expected"] if not e.get("optional"))
    opt = sum(1 for r in RECORDS for e in r["expected"] if e.get("optional"))
    print(f"{len(RECORDS)} records ({clean} clean, {len(RECORDS) - clean} damaged); "
          f"{aligned} line-aligned; {req} required and {opt} optional entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
