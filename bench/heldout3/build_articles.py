"""Build the third held-out set (``articles.jsonl``) from the records below.

Every record was written by hand for tqcheck.  Events are invented; names of public figures,
places, outlets and agencies are real.  Each expected entry is (rule, evidence) or
(rule, evidence, "opt") for an optional entry.  The builder checks that every evidence string
occurs exactly once in its target, then writes ``articles.jsonl`` next to this file.

    .venv/bin/python bench/heldout3/build_articles.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def moj_utf8_as_cp1252(s: str) -> str:
    """UTF-8 bytes shown as Windows-1252 (undefined bytes kept as Latin-1)."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


RECORDS: list = []


def R(rid, target, expected=(), source=None, reference=None):
    rec = {"id": rid, "target": target}
    if source:
        rec["source"] = source
    if reference:
        rec["reference"] = reference
    exp = []
    for e in expected:
        item = {"rule": e[0], "evidence": e[1]}
        if len(e) > 2 and e[2] == "opt":
            item["optional"] = True
        exp.append(item)
    rec["expected"] = exp
    RECORDS.append(rec)


# ---------------------------------------------------------------------------------------------
# Damaged records
# ---------------------------------------------------------------------------------------------

R("d01",
  "Cho Hyun, Landau discuss tariff follow-up in Washington\n"
  "Washington = Correspondent Moon Byung-ki\n"
  "Foreign Minister Cho Hyun met U.S. Deputy Secretary of State Christopher Landau in Washington "
  "on the 9th (local time) and discussed follow-up measures to the tariff agreement.\n"
  "The two sides agreed to hold working-level talks every month.\n"
  "weappon@donga.com",
  [("dateline-residue", "Washington = Correspondent Moon Byung-ki"),
   ("literal-date", "on the 9th (local time)"),
   ("byline-residue", "weappon@donga.com")],
  source="조현·랜도, 워싱턴서 관세 후속조치 논의\n"
  "조현 외교부 장관은 9일(현지시간) 워싱턴에서 크리스토퍼 랜도 미 국무부 부장관을 만나 관세 합의 "
  "후속 조치를 논의했다. 양측은 매달 실무 협의를 열기로 했다.")

R("d02",
  "SK hynix to invest in new HBM packaging line in Cheongju\n"
  "[Herald Business = Reporter Park Se-jin] SK hynix will invest 25 trillion won in an advanced "
  "packaging line for high-bandwidth memory (HBM) in Cheongju, North Chungcheong Province, by 2028.\n"
  "The company expects the line to double its HBM packaging capacity.\n"
  "ⓒ Herald Business & heraldcorp.com, unauthorized reprint and redistribution prohibited",
  [("dateline-residue", "[Herald Business = Reporter Park Se-jin]"),
   ("number-mismatch", "25 trillion won"),
   ("copyright-residue",
    "ⓒ Herald Business & heraldcorp.com, unauthorized reprint and redistribution prohibited")],
  source="SK하이닉스, 청주에 HBM 패키징 신규 라인 투자\n"
  "SK하이닉스가 2028년까지 충북 청주에 고대역폭메모리(HBM) 첨단 패키징 라인을 짓는 데 "
  "2조5천억원을 투자한다. 회사는 이 라인으로 HBM 패키징 능력이 두 배로 늘어날 것으로 기대한다.")

R("d03",
  "Young farmers who plant new orchards will receive a one-time grant of up to 3 million won, "
  "the Ministry of Agriculture, Food and Rural Affairs said. Applications close at 6 p.m. on the 30th.",
  [("number-mismatch", "3 million won"),
   ("literal-date", "on the 30th")],
  source="농림축산식품부는 과수원을 새로 조성하는 청년 농업인에게 최대 삼천만 원의 일회성 지원금을 "
  "준다고 밝혔다. 신청은 30일 오후 6시에 마감한다.")

R("d04",
  "Flu patients rise for fourth straight week\n"
  "The number of suspected influenza patients rose for the fourth consecutive week, the Korea "
  "Disease Control and Prevention Agency said.\n"
  "The agency urged people aged 65 and older to get vaccinated before the end of the month.\n"
  "This is KBS News Yoon Seo-yeon.\n"
  "Video editing: Jang Woo-jin / Graphics: Kim Ha-eun",
  [("byline-residue", "This is KBS News Yoon Seo-yeon."),
   ("byline-residue", "Video editing: Jang Woo-jin / Graphics: Kim Ha-eun")],
  source="독감 의심환자 4주 연속 증가\n"
  "인플루엔자 의사환자가 4주 연속 늘었다고 질병관리청이 밝혔다.\n"
  "질병청은 65세 이상은 이달 말 전에 예방접종을 받으라고 당부했다.\n"
  "KBS 뉴스 윤서연입니다.\n영상편집: 장우진 / 그래픽: 김하은")

R("d05",
  "Line 2 trains to run every two minutes at rush hour\n"
  "Seoul Metro will add 12 trains to subway Line 2 from next month, cutting the interval between "
  "trains to about two minutes during the morning rush hour.\n"
  "The operator said the change would ease crowding at Sindorim and Gangnam stations.\n"
  + moj_utf8_as_cp1252("MBC뉴스 최민호입니다."),
  [("mojibake", moj_utf8_as_cp1252("MBC뉴스 최민호입니다.")),
   ("byline-residue", moj_utf8_as_cp1252("MBC뉴스 최민호입니다."), "opt")],
  source="2호선 출근시간 배차간격 2분으로\n"
  "서울교통공사는 다음 달부터 지하철 2호선에 열차 12대를 추가 투입해 출근 시간대 배차 간격을 약 "
  "2분으로 줄인다.\n공사는 신도림역과 강남역의 혼잡이 완화될 것이라고 밝혔다.\nMBC뉴스 최민호입니다.")

R("d06",
  "Daegu to hit 36 C as heat wave warnings spread\n"
  "Heat wave warnings were issued for most of North Gyeongsang Province, and the Korea "
  "Meteorological Administration said daytime highs would reach 36 degrees Celsius in Daegu.\n"
  "The heat is expected to continue until the 15th, when a rain front moves up from the south.\n"
  "※ 'Your report becomes news' [KakaoTalk] Search YTN and add channel [Phone] 02-398-8585 "
  "[Mail] social@ytn.co.kr",
  [("literal-date", "until the 15th"),
   ("page-boilerplate", "※ 'Your report becomes news' [KakaoTalk] Search YTN and add channel"),
   ("byline-residue", "social@ytn.co.kr", "opt")])

R("d07",
  "Hyundai Mobis wins $1.8 billion brake-system order from European automaker\n"
  "Input 2025.11.04 09:12 | Modified 2025.11.04 10:30\n"
  "Listen to the article Text size Print\n"
  "Hyundai Mobis said it has won an order worth US$1.8 billion to supply integrated brake systems "
  "to a European automaker for seven years from 2027.\n"
  "It is the largest single order for the company's chassis business.\n"
  "Hankyung.com Reporter Oh Jin-woo\n"
  "Subscribe to The Korea Economic Daily channel",
  [("page-boilerplate", "Input 2025.11.04 09:12 | Modified 2025.11.04 10:30"),
   ("page-boilerplate", "Listen to the article Text size Print"),
   ("byline-residue", "Hankyung.com Reporter Oh Jin-woo"),
   ("page-boilerplate", "Subscribe to The Korea Economic Daily channel")],
  source="현대모비스, 유럽 완성차에 18억 달러 제동시스템 수주\n"
  "현대모비스는 2027년부터 7년간 유럽 완성차 업체에 통합 제동 시스템을 공급하는 18억 달러 규모의 "
  "수주를 따냈다고 밝혔다.\n회사 섀시 사업 단일 수주로는 최대 규모다.")

R("d08",
  "PM promises to buy 200,000 tons of surplus rice\n"
  "Prime Minister Han Deok-su visited a rice processing complex in Gimje, Jeonbuk State, and "
  "promised that the government would buy 200,000 tons of this year's surplus rice.\n"
  "Farmers' groups said the purchase was too small to stop the fall in rice prices.\n"
  "Chosun.com Copyright © The Chosun Ilbo. No reproduction or redistribution without permission.",
  [("name-romanization", "Han Deok-su"),
   ("copyright-residue",
    "Chosun.com Copyright © The Chosun Ilbo. No reproduction or redistribution without permission.")])

R("d09",
  "Hospital cuts ER wait times with AI triage\n"
  "Sejong = Reporter Jeon Hye-jin\n"
  "A university hospital in Sejong has cut the average waiting time in its emergency room by "
  "a third since introducing an AI triage system, said Choi Yoon-seok, who heads the emergency "
  "department.\n"
  "Choe Yun-seok said the system sorts patients into five urgency levels within 90 seconds.\n"
  "Kyunghyang Shinmun data photo",
  [("dateline-residue", "Sejong = Reporter Jeon Hye-jin"),
   ("inconsistent-name", "Choe Yun-seok"),
   ("inconsistent-name", "Choi Yoon-seok", "opt"),
   ("photo-credit-residue", "Kyunghyang Shinmun data photo")])

R("d10",
  "Incheon Airport expects record 4.5 million passengers this year\n"
  "Incheon International Airport Corp. said the number of passengers this year is expected to "
  "reach a record 4.5 million, surpassing the previous high set in 2019.\n"
  "The airport will open its fourth runway extension on the 1st of next month.",
  [("number-mismatch", "a record 4.5 million"),
   ("number-mismatch", "record 4.5 million passengers this year", "opt"),
   ("literal-date", "on the 1st of next month")],
  source="인천공항, 올해 여객 4천5백만명 역대 최대 전망\n"
  "인천국제공항공사는 올해 여객 수가 역대 최대인 4천5백만 명에 이를 것으로 보여 2019년의 최고 "
  "기록을 넘어설 것이라고 밝혔다.\n공항은 다음 달 1일 제4활주로 연장 구간을 연다.")

R("d11",
  "Gyeongju tourism budget doubled ahead of APEC anniversary\n"
  "North Gyeongsang Province will spend 15 billion won next year to promote tourism in Gyeongju, "
  "twice this year's budget.\n"
  "The money will go to night tours of historic sites and shuttle buses from KTX Singyeongju "
  "Station.",
  [("number-mismatch", "15 billion won")],
  source="경주 관광예산 두 배로\n"
  "경상북도는 내년 경주 관광 홍보에 천오백억 원을 쓴다. 올해 예산의 두 배다.\n"
  "이 돈은 유적지 야간 관광과 KTX 신경주역 셔틀버스에 쓰인다.")

R("d13",
  "Han River festival draws crowds\n"
  "About 1.26 million people visited the Han River summer festival over four days, the Seoul "
  "Metropolitan Government said, and 300 food trucks took part.\n"
  "The city will hold the festival again from the 8th to the 10th of next month.",
  [("number-mismatch", "1.26 million people"),
   ("literal-date", "from the 8th to the 10th of next month")],
  source="한강 축제에 인파\n"
  "서울시는 나흘간 한강 여름 축제에 약 12만6천 명이 다녀갔고 푸드트럭 300대가 참여했다고 밝혔다.\n"
  "시는 다음 달 8일부터 10일까지 축제를 다시 연다.")

R("d17",
  "BOK governor Lee Chang-yong said on the 21st that household debt was still rising faster than "
  "incomes and that the bank would watch housing prices in Seoul closely.",
  [("name-romanization", "Lee Chang-yong"),
   ("literal-date", "on the 21st")],
  source="이창용 한국은행 총재는 21일 가계부채가 여전히 소득보다 빠르게 늘고 있다며 서울 집값을 "
  "면밀히 지켜보겠다고 말했다.")

R("d18",
  "Lee Myeong-bak Foundation hosts forum on Four Rivers project\n"
  "A foundation named after former President Lee Myeong-bak held a forum on water management in "
  "Yeoido, Seoul, with about 200 researchers attending.\n"
  "Speakers said droughts in the Nakdong River basin had become more frequent.",
  [("name-romanization", "Lee Myeong-bak Foundation"),
   ("name-romanization", "President Lee Myeong-bak"),
   ("name-romanization", "Yeoido")])

R("d19",
  "Film director Bong Jun-ho will chair the jury of the Busan International Film Festival, the "
  "festival said. Bong Jun-ho last served on a jury at Cannes.",
  [("name-romanization", "director Bong Jun-ho"),
   ("name-romanization", "Bong Jun-ho last", "opt")],
  source="봉준호 감독이 부산국제영화제 심사위원장을 맡는다고 영화제 측이 밝혔다. 봉준호 감독은 앞서 "
  "칸 영화제 심사위원을 지냈다.")

R("d22",
  "Seoul Mayor Oh Se-hoon unveils plan for double-decker buses\n"
  "Seoul Mayor Oh Se-hoon said the city would put 40 double-decker buses on commuter routes from "
  "Gimpo and Paju next year.\n"
  "O Se-hun said the buses would cut standing passengers by half.\n"
  "Oh said fares would stay the same.",
  [("inconsistent-name", "O Se-hun"),
   ("inconsistent-name", "Mayor Oh Se-hoon unveils", "opt"),
   ("inconsistent-name", "Mayor Oh Se-hoon said", "opt")],
  source="오세훈 서울시장, 2층 버스 도입 계획 발표\n"
  "오세훈 서울시장은 내년 김포와 파주발 출퇴근 노선에 2층 버스 40대를 투입하겠다고 밝혔다.\n"
  "오세훈 시장은 버스 도입으로 입석 승객이 절반으로 줄 것이라고 말했다.\n"
  "오 시장은 요금은 그대로라고 말했다.")

R("d23",
  "Teacher wins national science award\n"
  "Bae Su-jin, a chemistry teacher at a high school in Gwangju, received the Presidential Award "
  "for science education.\n"
  "Bae Sujin's students built a low-cost sensor that measures fine dust in classrooms.\n"
  "Reporter Song Ji-hoon songjh@hani.co.kr",
  [("inconsistent-name", "Bae Sujin"),
   ("inconsistent-name", "Bae Su-jin, a chemistry", "opt"),
   ("byline-residue", "Reporter Song Ji-hoon songjh@hani.co.kr")])

R("d24",
  "KAIST team develops battery that charges in 5 minutes\n"
  "A research team led by Professor Kang Min-gyu of KAIST said its lithium-metal battery can be "
  "charged to 80 percent in five minutes.\n"
  "Professor Kang Min-kyu said the team would work with a battery maker on mass production.\n"
  "[Photo = KAIST]",
  [("inconsistent-name", "Professor Kang Min-kyu"),
   ("inconsistent-name", "Professor Kang Min-gyu", "opt"),
   ("photo-credit-residue", "[Photo = KAIST]")],
  source="KAIST 연구팀, 5분 충전 배터리 개발\n"
  "KAIST 강민규 교수 연구팀은 자사 리튬메탈 배터리를 5분 만에 80%까지 충전할 수 있다고 밝혔다.\n"
  "강민규 교수는 배터리 제조사와 양산을 추진하겠다고 말했다.\n[사진=KAIST]")

R("d25",
  "Semiconductor exports 'red light'... 3 consecutive months decrease\n"
  "Semiconductor exports fell for a third straight month in October as memory prices dropped, "
  "customs data showed.\n"
  "Exports of chips came to US$9.8 billion, down 4.1 percent from a year earlier.",
  [("garbled-headline", "Semiconductor exports 'red light'... 3 consecutive months decrease")],
  source="반도체 수출 '빨간불'…3개월 연속 감소\n"
  "메모리 가격 하락으로 10월 반도체 수출이 석 달 연속 줄었다고 관세청 자료가 보여줬다.\n"
  "반도체 수출액은 98억 달러로 1년 전보다 4.1% 줄었다.")

R("d26",
  "Education Minister \"medical school quota... 'not retreat' 2,000 people\"\n"
  "The education minister said the government would not reverse the increase of 2,000 places in "
  "medical school admissions.\n"
  "He said universities must submit their plans by the end of the month.",
  [("garbled-headline",
    "Education Minister \"medical school quota... 'not retreat' 2,000 people\"")])

R("d27",
  "Bus and bus transfer discount... Gyeonggi expands 'The Gyeonggi Pass'\n"
  "Gyeonggi Province will extend its transit refund card to intercity buses from January, "
  "officials said.\n"
  "Riders will get back 20 to 53 percent of their monthly fares.",
  [("garbled-headline", "Bus and bus transfer discount... Gyeonggi expands 'The Gyeonggi Pass'"),
   ("repeated-word", "Bus and bus")])

R("d28",
  "美·中 chip war... Samsung·SK 'emergency'\n"
  "Samsung Electronics and SK hynix held emergency meetings after Washington tightened rules on "
  "exports of chipmaking equipment to China.\n"
  "Both companies run memory plants in China.",
  [("garbled-headline", "美·中 chip war... Samsung·SK 'emergency'"),
   ("untranslated-hangul", "美·中")])

R("d29",
  "Jeju tourists 1 million... 'Chinese group' return\n"
  "More than 1 million foreign tourists visited Jeju Island in the first nine months of the year, "
  "the Jeju Tourism Organization said.\n"
  "Group tours from China accounted for 38 percent of arrivals.\n"
  "Photo = Jeju Special Self-Governing Province",
  [("garbled-headline", "Jeju tourists 1 million... 'Chinese group' return"),
   ("photo-credit-residue", "Photo = Jeju Special Self-Governing Province")],
  source="제주 외국인 관광객 100만…'중국 단체' 귀환\n"
  "올해 1~9월 제주를 찾은 외국인 관광객이 100만 명을 넘었다고 제주관광공사가 밝혔다.\n"
  "중국발 단체 관광객이 38%를 차지했다.\n사진=제주특별자치도")

R("d30",
  "Samsung Biologics는 said it will build a fifth plant in Songdo, Incheon, by 2027.",
  [("untranslated-hangul", "Biologics는")])

R("d33",
  "Police said Kim Min-seo (김민서), 34, was arrested for selling fake concert tickets worth a "
  "total of 40 million won online.",
  [("untranslated-hangul", "(김민서)")],
  source="경찰은 온라인에서 총 4천만 원어치 가짜 공연 티켓을 판 혐의로 김민서(34)씨를 체포했다고 "
  "밝혔다.")

R("d34",
  "Korea&middot;U.S. hold talks on shipbuilding cooperation\n"
  "Officials from Seoul and Washington discussed joint naval ship maintenance at the "
  "Ministry of Trade, Industry and Energy in Sejong.\n"
  "The U.S. side said it wanted Korean yards to repair Navy supply ships &amp; destroyers.",
  [("mojibake", "&middot;"),
   ("mojibake", "&amp;"),
   ("garbled-headline", "Korea&middot;U.S. hold talks on shipbuilding cooperation", "opt")])

R("d35",
  "Korea's 3x3 basketball team beat Japan 21-17 in the Asia Cup quarterfinals. The team will play "
  "Mongolia in the semifinal in the 3Ã—3 tournament's first night session.",
  [("mojibake", "3Ã—3")])

R("d36",
  "Rural clinics get telemedicine kits\n"
  "The Ministry of Health and Welfare said 120 public health clinics in Gangwon State and "
  "South Chungcheong Province received telemedicine kits.\n"
  "Doctors at the clinics can now consult specialists at Seoul National University Hospital "
  "over video.\n"
  "¿¬ÇÕ´º½º Á¦°ø",
  [("mojibake", "¿¬ÇÕ´º½º Á¦°ø"),
   ("photo-credit-residue", "¿¬ÇÕ´º½º Á¦°ø", "opt")])

R("d37",
  "Busan port handles record container volume\n"
  "Busan Port Authority said the port handled a record 2.4 million TEUs in the third quarter, "
  "up 6.2 percent from a year earlier.\n"
  "Transshipment cargo from China rose the most.\n"
  "[Photo = Getty Images Bank]",
  [("photo-credit-residue", "[Photo = Getty Images Bank]")],
  source="부산항 컨테이너 물동량 역대 최대\n"
  "부산항만공사는 3분기 부산항 물동량이 역대 최대인 240만TEU로 1년 전보다 6.2% 늘었다고 밝혔다.\n"
  "중국발 환적화물이 가장 많이 늘었다.\n[사진=게티이미지뱅크]")

R("d38",
  "Apple growers hit by early frost\n"
  "Apple farms in Cheongsong and Yeongju, North Gyeongsang Province, lost about a fifth of their "
  "crop to an early frost, local officials said.\n"
  "Apple growers in Cheongsong inspect damaged fruit. /Photo = Reporter Lee Seung-hwan\n"
  "The province will pay 2 million won per hectare in emergency aid.",
  [("photo-credit-residue", "/Photo = Reporter Lee Seung-hwan")],
  source="이른 서리에 사과 농가 피해\n"
  "경북 청송과 영주의 사과 농가가 이른 서리로 수확량의 약 5분의 1을 잃었다고 지역 관계자들이 "
  "밝혔다.\n청송의 사과 농가가 피해 과일을 살펴보고 있다. /사진=이승환 기자\n"
  "도는 헥타르당 200만 원의 긴급 지원금을 준다.")

R("d39",
  "Kia EV sales jump in Europe\n"
  "(Frankfurt = Yonhap News) Correspondent Lee Ji-hye = Kia's electric vehicle sales in Europe "
  "rose 34 percent in the third quarter, led by the EV3.\n"
  "< Copyright ⓒ MBC&iMBC Unauthorized reproduction, redistribution and use for AI learning "
  "prohibited >",
  [("dateline-residue", "(Frankfurt = Yonhap News) Correspondent Lee Ji-hye ="),
   ("copyright-residue", "Unauthorized reproduction, redistribution and use for AI learning")])

R("d40",
  "Subway strike averted\n"
  "(Busan = Yonhap News) Reporter Paik Na-ri = Busan Transportation Corp. and its union reached "
  "a wage deal early in the morning, calling off a strike planned for the day.\n"
  "ⓒ SBS & SBS Digital News Lab : No unauthorized reproduction or redistribution",
  [("dateline-residue", "(Busan = Yonhap News) Reporter Paik Na-ri ="),
   ("copyright-residue", "ⓒ SBS & SBS Digital News Lab : No unauthorized reproduction or redistribution"),
   ("space-before-punctuation", " :", "opt")])

R("d41",
  "Ministry of Education Vice Minister Oh Seok-hwan said, \"We will finalize the plan for "
  "digital textbooks by the end of the year. \"He added.",
  [("split-attribution", "\"He added."),
   ("unbalanced-quote", "\"He added.", "opt")],
  source="오석환 교육부 차관은 \"연말까지 디지털 교과서 계획을 확정하겠다\"고 덧붙였다.")

R("d42",
  "Airline fuel surcharges to fall\n"
  "Korean Air said, “Fuel surcharges on international flights will fall by one level from next "
  "month as jet fuel prices have eased. ”The company explained.\n"
  "Surcharges will range from 12,000 won to 90,000 won.",
  [("split-attribution", "”The company explained."),
   ("space-before-punctuation", " ”The", "opt"),
   ("missing-space", "”The", "opt")],
  source="항공 유류할증료 인하\n"
  "대한항공은 \"항공유 가격이 안정되면서 다음 달부터 국제선 유류할증료가 한 단계 내려간다\"고 "
  "설명했다.\n할증료는 1만2000원에서 9만 원 사이가 된다.")

R("d43",
  "Kim said the government would review rice import quotas. “We cannot let prices collapse "
  "before the harvest. “The agriculture minister stressed.",
  [("split-attribution", "“The agriculture minister stressed."),
   ("unbalanced-quote", "“The agriculture minister stressed.", "opt"),
   ("doubled-quote", "“The agriculture minister stressed.", "opt")])

R("d44",
  "Heo Jin-young, a professor of preventive medicine at Korea University, said, \"The vaccine is "
  "safe for children over six months,\" she said.",
  [("doubled-attribution", "said, \"The vaccine is safe for children over six months,\" she said")],
  source="허진영 고려대 예방의학과 교수는 \"6개월 이상 어린이에게 백신은 안전하다\"고 말했다.")

R("d45",
  "Tourism chief promises more signs in English\n"
  "The head of the Korea Tourism Organization also emphasized, “Visitors should be able to find "
  "their way without a smartphone,” he emphasized.\n"
  "The agency will replace 3,000 road signs in Seoul, Busan and Gyeongju.",
  [("doubled-attribution",
    "also emphasized, “Visitors should be able to find their way without a smartphone,” he emphasized")])

R("d46",
  "According to the Korea Meteorological Administration, \"Heavy snow advisories may be issued in "
  "the mountains of Gangwon State tonight,\" the agency said.",
  [("doubled-attribution",
    "According to the Korea Meteorological Administration, \"Heavy snow advisories may be issued "
    "in the mountains of Gangwon State tonight,\" the agency said")])

R("d47",
  "New vaccine center opens in Osong\n"
  "The center will test up to 500 vaccine batches a year.. Officials said the first tests would "
  "begin in March.\n"
  "It cost 98 billion won,, including equipment.",
  [("stray-punctuation", "year.."),
   ("stray-punctuation", "won,,")],
  source="오송에 백신센터 문 열어\n"
  "센터는 연간 최대 500개 백신 배치를 검사한다. 관계자들은 첫 검사가 3월에 시작된다고 밝혔다.\n"
  "장비를 포함해 980억 원이 들었다.")

R("d48",
  "The Korea Rural Economic Institute expects cabbage prices to fall 15 percent next month,. "
  "Radish prices will fall 8 percent. .",
  [("stray-punctuation", "month,."),
   ("stray-punctuation", "percent. .")])

R("d49",
  "Universities raise tuition\n"
  "Twenty-six private universities raised tuition for the first time in 16 years, the Korean "
  "Council for University Education said .\n"
  "The average increase was 4.9 percent , the council said ; some schools froze fees.",
  [("space-before-punctuation", " said ."),
   ("space-before-punctuation", " percent ,"),
   ("space-before-punctuation", " said ;")])

R("d50",
  "Will the KTX fare rise ? Korail says a decision will come in December.",
  [("space-before-punctuation", " ?")])

R("d51",
  "Cheongju airport adds flights\n"
  "Cheongju International Airport will add flights to Osaka and Da Nang this winter.The airport "
  "said demand from central Korea had grown.\n"
  "An airport official told reporters,\"We expect 4 million passengers.\"",
  [("missing-space", "winter.The"),
   ("missing-space", "reporters,\"We")])

R("d52",
  "Posco Holdings said its lithium plant in Argentina would start production next year.Analysts "
  "said lithium prices remained weak;demand for EVs was slowing.",
  [("missing-space", "year.Analysts"),
   ("missing-space", "weak;demand")])

R("d53",
  "Students welcome 'Green Campus' plan\n"
  "Students at Chungnam National University said the “green campus plan' was long overdue.\n"
  "The university will plant 10,000 trees by 2030.",
  [("mixed-quote-style", "“green campus plan'"),
   ("unbalanced-quote", "“green campus plan'", "opt")])

R("d54",
  "Minister calls for 'K-Culture\" tourism push\n"
  "The culture minister said the government would package concerts, food and film locations into "
  "'K-Culture' tours for foreign visitors.",
  [("mixed-quote-style", "'K-Culture\""),
   ("garbled-headline", "Minister calls for 'K-Culture\" tourism push", "opt")])

R("d55",
  "Lee said the \"smart farm valley’ in Gimje would be expanded to 50 hectares.",
  [("mixed-quote-style", "\"smart farm valley’")])

R("d56",
  "Officials called it a \" \"once-in-a-century\" rainfall and said the damage would exceed "
  "100 billion won.",
  [("doubled-quote", "\" \"once"),
   ("unbalanced-quote", "\" \"once", "opt")])

R("d57",
  "Kia Tigers fans celebrate\n"
  "Fans shouted ““Champions!” as the team paraded through downtown Gwangju.\n"
  "The club said 50,000 people joined the parade.",
  [("doubled-quote", "““Champions"),
   ("unbalanced-quote", "““Champions", "opt")])

R("d58",
  "The principal said the new rule was ‘‘a matter of safety,’ not discipline.",
  [("doubled-quote", "‘‘a matter"),
   ("unbalanced-quote", "‘‘a matter", "opt")])

R("d59",
  "Nurses' union warns of strike\n"
  "The union said, “Staff shortages have reached a dangerous level in regional hospitals.\n"
  "The health ministry said it would meet union leaders next week.",
  [("unbalanced-quote", "“Staff shortages")])

R("d60",
  "Kim Yo Jong slams joint drills\n"
  "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, called the drills a rehearsal for "
  "invasion” in a statement carried by the Korean Central News Agency.\n"
  "She warned of unspecified countermeasures.",
  [("unbalanced-quote", "invasion”")])

R("d61",
  "Ferry service to Ulleung 'to resume\n"
  "Ferry service between Pohang and Ulleung Island will resume next week after repairs, the "
  "operator said.",
  [("unbalanced-quote", "'to resume"),
   ("garbled-headline", "Ferry service to Ulleung 'to resume", "opt")])

R("d64",
  "Export and export financing\n"
  "The Export-Import Bank of Korea will lend more to chip equipment makers.\n"
  "The the bank said loans would carry lower interest rates.",
  [("repeated-word", "Export and export"),
   ("repeated-word", "The the"),
   ("garbled-headline", "Export and export financing", "opt")])

R("d65",
  "서울시는 다음 달부터 심야 자율주행 버스 노선을 두 개 더 늘린다고 밝혔다.",
  [("untranslated-segment", "서울시는 다음 달부터 심야 자율주행 버스 노선을 두 개 더 늘린다고 밝혔다."),
   ("untranslated-hangul", "서울시는 다음 달부터 심야 자율주행 버스 노선을 두 개 더 늘린다고 밝혔다.", "opt")],
  source="서울시는 다음 달부터 심야 자율주행 버스 노선을 두 개 더 늘린다고 밝혔다.")

R("d66",
  "韩国教育部表示，明年起将在全国中小学推广人工智能辅助教学。",
  [("untranslated-segment", "韩国教育部表示，明年起将在全国中小学推广人工智能辅助教学。"),
   ("untranslated-hangul", "韩国教育部表示，明年起将在全国中小学推广人工智能辅助教学。", "opt")],
  source="교육부는 내년부터 전국 초중고에 인공지능 보조 수업을 확대한다고 밝혔다.")

R("d67",
  "Gyeonggi-do-neun naenyeonbuteo cheongnyeon gibonsodeugeul yeon 100manwoneuro olrindago "
  "balkyeotda.",
  [("untranslated-segment",
    "Gyeonggi-do-neun naenyeonbuteo cheongnyeon gibonsodeugeul yeon 100manwoneuro olrindago "
    "balkyeotda.")],
  source="경기도는 내년부터 청년 기본소득을 연 100만원으로 올린다고 밝혔다.")

R("d68",
  "Rice harvest estimate lowered\n"
  "통계청은 올해 쌀 생산량이 358만 톤으로 작년보다 3.2% 줄 것으로 예상했다. 벼 재배면적이 줄고 "
  "9월 집중호우로 피해가 컸기 때문이다.",
  [("untranslated-segment", "통계청은 올해 쌀 생산량이 358만 톤으로 작년보다 3.2% 줄 것으로 예상했다."),
   ("untranslated-hangul", "통계청은", "opt")],
  source="쌀 생산량 전망 하향\n"
  "통계청은 올해 쌀 생산량이 358만 톤으로 작년보다 3.2% 줄 것으로 예상했다. 벼 재배면적이 줄고 "
  "9월 집중호우로 피해가 컸기 때문이다.")

R("d69",
  "The Ministry of Land, Infrastructure and Transport said it would build a GTX-D line.",
  [("length-mismatch",
    "The Ministry of Land, Infrastructure and Transport said it would build a GTX-D line.")],
  source="국토교통부는 김포 장기역에서 부천종합운동장역까지 21.1㎞ 구간에 GTX-D 노선을 건설하겠다고 "
  "밝혔다. 총사업비는 2조1천억 원으로 추산되며 2028년 착공해 2033년 개통하는 것이 목표다. "
  "국토부는 이 노선이 개통되면 김포에서 서울 도심까지 출퇴근 시간이 절반 이하로 줄어들 것으로 "
  "내다봤다. 다만 인천시와 경기도는 노선을 강남까지 연장해야 한다고 요구하고 있어 협의가 필요하다.")

R("d70",
  "Korea Post will raise the price of a standard letter stamp to 550 won from January. The "
  "change follows a similar move by Japan Post, which raised its rates in 2024 after thirty years "
  "of stable prices. Japan Post has faced falling mail volumes as consumers switch to e-mail and "
  "messaging apps, and analysts expect further increases in both countries. Postal unions in both "
  "countries have warned that rural post offices may close. Korea Post also plans to sell its "
  "savings business, according to people familiar with the matter.",
  [("length-mismatch",
    "The change follows a similar move by Japan Post, which raised its rates in 2024 after thirty "
    "years of stable prices. Japan Post has faced falling mail volumes as consumers switch to "
    "e-mail and messaging apps, and analysts expect further increases in both countries. Postal "
    "unions in both countries have warned that rural post offices may close. Korea Post also plans "
    "to sell its savings business, according to people familiar with the matter.")],
  source="우정사업본부는 1월부터 규격 우편 요금을 550원으로 올린다.")

R("d71",
  "Hospital nurses to get night-shift allowance\n"
  "The health ministry said nurses who work more than eight night shifts a month will receive an "
  "extra allowance, starting in",
  [("length-mismatch", "starting in")],
  source="병원 간호사에 야간근무 수당\n"
  "보건복지부는 한 달에 야간 근무를 8회 넘게 하는 간호사에게 내년 3월부터 추가 수당을 지급한다고 "
  "밝혔다. 수당은 1회당 5만 원이며 지방 중소병원 간호사에게는 1만 원을 더 얹어준다. 복지부는 "
  "이를 위해 내년 예산에 1천200억 원을 반영했다.")

R("d72",
  "Nuclear fusion lab sets record\n"
  "The Korea Institute of Fusion Energy said on the 3rd that its KSTAR reactor kept plasma at "
  "100 million degrees Celsius for 48 seconds.\n"
  "The previous record, set the day before (the 2nd), was 30 seconds shorter.",
  [("literal-date", "on the 3rd"),
   ("literal-date", "(the 2nd)")])

R("d75",
  "On the 6th, the North Korean Ministry of Foreign Affairs criticized the deployment of a U.S. "
  "aircraft carrier to Busan.",
  [("literal-date", "On the 6th,")])

R("d76",
  "Seoul stocks end higher on chip rally\n"
  "[Anchor]\nThe KOSPI rose 1.2 percent, led by chip stocks.\n"
  "[Reporter]\nForeign investors bought a net 600 billion won of shares, while individuals sold.\n"
  "YTN Lee Seo-young.",
  [("byline-residue", "YTN Lee Seo-young."),
   ("page-boilerplate", "[Anchor]", "opt"),
   ("page-boilerplate", "[Reporter]", "opt"),
   ("byline-residue", "[Reporter]", "opt"),
   ("dateline-residue", "[Reporter]", "opt")],
  source="반도체 강세에 코스피 상승 마감\n[앵커]\n코스피가 반도체주 주도로 1.2% 올랐습니다.\n[기자]\n"
  "외국인은 주식 6천억 원어치를 순매수했고 개인은 팔았습니다.\nYTN 이서영입니다.")

R("d77",
  "Mapo civic group opens shared kitchen for seniors\n"
  "A civic group in Mapo, Seoul, opened a shared kitchen for elderly residents living alone.\n"
  "Volunteers cook 300 meals a day.\n"
  "Support The Hankyoreh: become a member and support independent journalism\n"
  "Most viewed articles",
  [("page-boilerplate", "Support The Hankyoreh: become a member and support independent journalism"),
   ("page-boilerplate", "Most viewed articles"),
])

R("d78",
  "Sungnyemun roof repairs to finish this month\n"
  "Workers repair the roof of Sungnyemun Gate in Jung District, Seoul. [Photo by Kim Sang-seon, "
  "JoongAng Ilbo]\n"
  "The Cultural Heritage Administration said the repairs would finish by the end of the month.\n"
  "kim.sangseon@joongang.co.kr",
  [("photo-credit-residue", "[Photo by Kim Sang-seon, JoongAng Ilbo]"),
   ("byline-residue", "kim.sangseon@joongang.co.kr")])

# ---------------------------------------------------------------------------------------------
# Clean records (traps)
# ---------------------------------------------------------------------------------------------

R("c01",
  "Kim Hyo-joo wins in Incheon with closing 66\n"
  "Kim Hyo-joo birdied the 18th hole to finish at 15-under 273 and win by two strokes at Sky 72.\n"
  "It was her 14th title on the KLPGA Tour and her second this season.\n"
  "She said she had watched the leaderboard from the 16th green onward.",
  source="김효주, 인천서 최종 66타로 우승\n"
  "김효주는 18번 홀에서 버디를 잡아 15언더파 273타로 2타 차 우승을 거뒀다.\n"
  "KLPGA 투어 통산 14번째이자 이번 시즌 두 번째 우승이다.\n"
  "그는 16번 홀 그린부터 순위표를 봤다고 말했다.")

R("c02",
  "SEJONG, Nov. 3 (Yonhap) -- South Korea's bio exports reached US$1.5 billion in October, up 18.2 "
  "percent from a year earlier, the trade ministry said Monday.",
  source="10월 바이오 수출은 15억 달러로 1년 전보다 18.2% 늘었다고 산업통상자원부가 밝혔다.")

R("c03",
  "BOK cuts rate by quarter point to 2.25%\n"
  "The Bank of Korea cut its base rate by 0.25 percentage point to 2.25 percent, the first cut in "
  "four months.\n"
  "Governor Rhee Chang-yong said the board would \"watch the data\" before deciding on further "
  "cuts.\n"
  "Six of the seven board members voted for the cut.",
  source="한은, 기준금리 0.25%p 인하…연 2.25%\n"
  "한국은행은 기준금리를 0.25%포인트 내린 연 2.25%로 결정했다. 4개월 만의 인하다.\n"
  "이창용 총재는 추가 인하는 \"데이터를 보겠다\"고 말했다.\n"
  "금통위원 7명 중 6명이 인하에 찬성했다.")

R("c04",
  "Tigers beat Twins 5-3 behind Kim Do-yeong's homer\n"
  "Kim Do-yeong hit a two-run homer in the bottom of the 8th inning as the Kia Tigers beat the LG "
  "Twins 5-3 at Gwangju.\n"
  "It was his 30th home run of the season, and the Tigers moved into 2nd place.\n"
  "LG's No. 3 hitter went 0-for-4.")

R("c05",
  "Applications for the Global Korea Scholarship can be submitted at www.studyinkorea.go.kr or by "
  "e-mail to gks@niied.go.kr until Nov. 30. Results will be posted on the site in January.",
  source="정부초청장학금 신청은 11월 30일까지 www.studyinkorea.go.kr 또는 이메일 gks@niied.go.kr로 "
  "할 수 있다. 결과는 1월 사이트에 게시된다.")

R("c06",
  "Teachers' union chief: 'We need time'\n"
  "The head of the Korean Teachers and Education Workers Union said, “AI textbooks were introduced "
  "too fast. Teachers had two weeks of training.\n"
  "“We are not against technology. We are against a plan that treats classrooms as a ‘test bed,’” "
  "she said.\n"
  "The ministry said it would review the training program.")

R("c07",
  "Honeymooners return to Bora Bora\n"
  "Bookings for Bora Bora and Walla Walla wine tours rose sharply, a travel agency said, as "
  "couples who had had to postpone trips during the pandemic traveled again.\n"
  "“It's very, very busy,” an agency manager said. “Bye-bye, quiet season.”")

R("c08",
  "Samsung Electronics Co. and LG Electronics Inc. unveiled AI appliances at IFA in Berlin, along "
  "with SK Telecom Co., Ltd. Dr. Park Min-ho of the Korea Institute of Science and Technology "
  "(KIST) said the market for home robots would grow about 30% a year, i.e. faster than phones.",
  source="삼성전자와 LG전자가 베를린 IFA에서 AI 가전을 공개했고 SK텔레콤도 참여했다. 한국과학기술"
  "연구원(KIST) 박민호 박사는 가정용 로봇 시장이 연 30%가량, 즉 스마트폰보다 빠르게 성장할 것이라고 "
  "말했다.")

R("c09",
  "Navy's 2nd Fleet holds drill near NLL\n"
  "The Navy's 2nd Fleet held a live-fire drill in the Yellow Sea for the 3rd time this year, the "
  "Joint Chiefs of Staff said.\n"
  "The drill took place south of the Northern Limit Line, not far from the 38th parallel.\n"
  "The fleet marks its 70th anniversary next year.")

R("c10",
  "Government to spend 2.5 trillion won on chip workforce\n"
  "The government will spend 2.5 trillion won over five years to train 45,000 chip engineers, "
  "the Ministry of Science and ICT said.\n"
  "Each graduate student in the program will receive 23 million won a year.",
  source="정부, 반도체 인력에 2조5천억 원 투입\n"
  "과학기술정보통신부는 5년간 2조5천억 원을 들여 반도체 인력 4만5천 명을 양성한다고 밝혔다.\n"
  "프로그램에 참여하는 대학원생은 연 이천삼백만 원을 받는다.")

R("c11",
  "Analysis: Why rice prices keep falling\n"
  "Rice consumption per person fell to 55.8 kilograms last year, half the level of 1990.\n"
  "At the same time, farmers kept planting rice because it is easy to mechanize.",
  source="[분석] 쌀값이 계속 떨어지는 이유\n"
  "지난해 1인당 쌀 소비량은 55.8㎏으로 1990년의 절반 수준으로 떨어졌다.\n"
  "동시에 농민들은 기계화가 쉬운 벼를 계속 심었다.")

R("c12",
  "The Korea Disease Control and Prevention Agency (KDCA) said two cases of mpox [monkeypox] had "
  "been confirmed in Seoul. A KDCA official said the patients \"[were] in stable condition.\"")

R("c13",
  "North Korea's foreign minister visits Moscow\n"
  "North Korean Foreign Minister Choe Son Hui arrived in Moscow for talks with Russian Foreign "
  "Minister Sergei Lavrov, the Korean Central News Agency reported.\n"
  "Choe was accompanied by Vice Foreign Minister Kim Jong Gyu.")

R("c14",
  "Samsung Electronics Chairman Lee Jae-yong, SK Group Chairman Chey Tae-won, Hyundai Motor Group "
  "Executive Chair Chung Eui-sun and LG Group Chairman Koo Kwang-mo met at the Federation of Korean "
  "Industries in Yeouido, Seoul.",
  source="이재용 삼성전자 회장, 최태원 SK그룹 회장, 정의선 현대차그룹 회장, 구광모 LG그룹 회장이 "
  "서울 여의도 한국경제인협회에서 만났다.")

R("c15",
  "Korea beats Japan 2-1 in Asian Cup qualifier\n"
  "Son Heung-min scored in the 78th minute to give Korea a 2-1 win over Japan in Suwon.\n"
  "Marathoner Park Min-ho finished the Chuncheon Marathon in 2:09:51, and sprinter Kim Kuk-young "
  "ran the 100 meters in 10.07 seconds.")

R("c16",
  "Government to stop accepting .hwp files\n"
  "Government offices will accept PDF and .docx files in addition to the .hwp format from next "
  "year, the Ministry of the Interior and Safety said.\n"
  "Forms can be downloaded at www.gov.kr.")

R("c17",
  "Labor minister Kim Young-hoon said the government would raise the penalty for unpaid wages. "
  "“We will not tolerate it,” he said, adding that inspections would double next year.",
  source="김영훈 고용노동부 장관은 정부가 임금 체불에 대한 처벌을 강화하겠다고 말했다. 그는 \"용납하지 "
  "않겠다\"며 내년 근로감독을 두 배로 늘리겠다고 덧붙였다.")

R("c18",
  "Webtoon piracy costs publishers\n"
  "Illegal copies of webtoons cost Korean publishers about 400 billion won last year, the Korea "
  "Copyright Commission said.\n"
  "The commission said it would ask overseas sites that post unauthorized reproductions to "
  "remove them, and that redistribution of pirated files would be prosecuted.",
  source="웹툰 불법 유통 피해\n"
  "지난해 웹툰 불법 복제로 국내 출판사가 약 4천억 원의 피해를 봤다고 한국저작권위원회가 밝혔다.\n"
  "위원회는 무단 복제물을 올리는 해외 사이트에 삭제를 요청하고 불법 파일 재배포는 기소하겠다고 "
  "밝혔다.")

R("c19",
  "Seoul shares closed 0.8 percent higher at 2,915.42.",
  source="코스피는 0.8% 오른 2,915.42에 마감했다.")

R("c20",
  "Print and broadcast ad spending falls\n"
  "Print advertising fell 7 percent last year, while spending on online video ads rose, the Korea "
  "Broadcast Advertising Corp. said.\n"
  "Share prices of broadcasters have fallen for two years.\n"
  "Related articles of the broadcasting law are under review at the National Assembly.")

R("c21",
  "Hanwha Aerospace will invest 700 billion won ($520 million) in a new engine plant in "
  "Changwon, the company said, and will hire 1,000 workers.",
  source="한화에어로스페이스는 창원에 새 엔진 공장을 짓는 데 7천억 원을 투자하고 1천 명을 채용한다고 "
  "밝혔다.")

R("c22",
  "Chuseok travel: 36 million trips expected\n"
  "About 36 million trips are expected over the five-day Chuseok holiday, the transport ministry "
  "said.\n"
  "Tolls on expressways will be waived from 12 a.m. Saturday to 11:59 p.m. Monday.\n"
  "Many families will share songpyeon, and some will wear hanbok for ancestral rites.",
  source="추석 연휴 3천600만 명 이동 전망\n"
  "닷새간 추석 연휴 동안 약 3천600만 명이 이동할 것으로 국토교통부는 예상했다.\n"
  "고속도로 통행료는 토요일 0시부터 월요일 오후 11시 59분까지 면제된다.\n"
  "많은 가정이 송편을 나누고 일부는 차례 때 한복을 입는다.")

R("c23",
  "Vaccines for 12 million people secured\n"
  "The health authorities have secured 12 million doses of the updated COVID-19 vaccine, and "
  "people aged 65 and older can book shots from Oct. 15.\n"
  "The vaccine costs the state about 10 million won per 1,000 doses.",
  source="1천200만 명분 백신 확보\n"
  "보건당국은 개량 코로나19 백신 1천200만 회분을 확보했으며 65세 이상은 10월 15일부터 접종을 "
  "예약할 수 있다.\n백신 비용은 1천 회분당 약 천만 원이다.")

R("c24",
  "Science minister meets Nvidia's Jensen Huang\n"
  "Science Minister Bae Kyung-hoon met Nvidia CEO Jensen Huang in Seoul to discuss building "
  "two AI data centers with Korean telecom companies.\n"
  "\"This is not a one-off deal,\" Bae said. \"It is the start of a long partnership.\"\n"
  "Huang said Korea was \"one of the few countries\" that makes both memory chips and cars.")

R("c25",
  "Why 'jeong' matters in Korean offices\n"
  "Korean workers often describe their colleagues with the word ‘jeong,’ a bond that grows over "
  "years of shared meals and late nights.\n"
  "A professor at Yonsei University said, “Jeong is why people stay in jobs they complain about. "
  "It is also why they don't say ‘no’ to after-work dinners.”\n"
  "A 2024 survey by Incruit found that 58% of office workers in their 20s and 30s skip such "
  "dinners — up from 41% in 2019.")

R("c26",
  "Students from 14 countries at a Busan high school sing the national anthem at the opening of "
  "the 2025 Busan Youth Forum on the 3rd floor of BEXCO at 9:30 a.m.; the forum runs through "
  "Sunday.")


def main() -> int:
    errors = 0
    seen = set()
    for rec in RECORDS:
        if rec["id"] in seen:
            print(f"duplicate id {rec['id']}", file=sys.stderr)
            errors += 1
        seen.add(rec["id"])
        for e in rec["expected"]:
            n = rec["target"].count(e["evidence"])
            if n != 1:
                print(f"{rec['id']}: {e['rule']} evidence occurs {n} times: {e['evidence']!r}",
                      file=sys.stderr)
                errors += 1
    if errors:
        return 2
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as fh:
        for rec in RECORDS:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    damaged = sum(any(not e.get("optional") for e in r["expected"]) for r in RECORDS)
    print(f"wrote {len(RECORDS)} records ({damaged} damaged, {len(RECORDS) - damaged} clean, "
          f"{sum('source' in r for r in RECORDS)} with source)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
