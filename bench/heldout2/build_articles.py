"""Write ``articles.jsonl``: the second held-out set (hand-written Korean->English news MT).

Every record is written here as Python; edit it here and rerun
``.venv/bin/python bench/heldout2/build_articles.py``.  The script checks that every evidence
string is in its target and unique there before it writes anything.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
R: list = []


def E(rule: str, evidence: str) -> dict:
    return {"rule": rule, "evidence": evidence}


def O(rule: str, evidence: str) -> dict:
    return {"rule": rule, "evidence": evidence, "optional": True}


def add(rid: str, target: str, expected=(), source: str | None = None,
        reference: str | None = None) -> None:
    row = {"id": rid, "target": target}
    if source:
        row["source"] = source
    if reference:
        row["reference"] = reference
    row["expected"] = list(expected)
    R.append(row)


def cp949_mojibake(s: str) -> str:
    return s.encode("cp949").decode("latin-1")


# ---------------------------------------------------------------------------------------------
# Clean records (no expected finding), many with deliberate traps.
# ---------------------------------------------------------------------------------------------

add("c01-court-bribery",
    "Court sentences former Gwangju district head to 18 months for bribery\n\n"
    "The Gwangju District Court on Tuesday sentenced a former district head to 18 months in "
    "prison for accepting 45 million won in bribes from a construction company.\n\n"
    "The court also ordered him to pay a fine of 90 million won and forfeit 45 million won.\n\n"
    "\"The defendant abused his authority over public contracts and damaged trust in local "
    "administration,\" the court said.\n\n"
    "His lawyer said he would appeal.",
    source="뇌물 수수 전 광주 구청장 징역 1년6개월\n\n"
    "광주지법은 25일 건설업체로부터 4500만원의 뇌물을 받은 혐의로 기소된 전 구청장에게 징역 "
    "1년6개월을 선고했다.\n\n"
    "재판부는 또 벌금 9000만원과 추징금 4500만원을 명령했다.\n\n"
    "재판부는 \"피고인은 공공계약에 대한 권한을 남용해 지방행정에 대한 신뢰를 훼손했다\"고 밝혔다.\n\n"
    "변호인은 항소하겠다고 말했다.")

add("c02-realestate-seoul-prices",
    "Seoul apartment prices rise for 12th straight week\n\n"
    "Apartment prices in Seoul rose 0.12 percent this week from a week earlier, extending gains "
    "to a 12th consecutive week, the Korea Real Estate Board said Thursday.\n\n"
    "The average sale price of an apartment in Seoul stood at 1.23 billion won ($880,000), while "
    "the figure in Gangnam District topped 2.1 billion won.\n\n"
    "Jeonse deposits, a lump-sum rental payment, rose 0.08 percent.",
    source="서울 아파트값 12주 연속 상승\n\n"
    "한국부동산원은 이번 주 서울 아파트값이 전주 대비 0.12% 올라 12주 연속 상승했다고 26일 밝혔다.\n\n"
    "서울 아파트 평균 매매가격은 12억3000만원으로, 강남구는 21억원을 넘어섰다.\n\n"
    "전셋값은 0.08% 올랐다.")

add("c03-kpop-charts",
    "aespa's 'Whiplash' tops Billboard World Digital Song Sales\n\n"
    "aespa's 'Whiplash' topped Billboard's World Digital Song Sales chart this week, the group's "
    "agency SM Entertainment said Wednesday.\n\n"
    "Stray Kids' 'Chk Chk Boom' ranked third, and (G)I-DLE's ‘Klaxon’ came in seventh.\n\n"
    "The four-member group will hold concerts in Tokyo on Dec. 6 and 7.")

add("c04-baseball-ks",
    "Kia Tigers win Korean Series title with 7-5 victory\n\n"
    "The Kia Tigers beat the Samsung Lions 7-5 in Game 5 of the Korean Series on Monday to clinch "
    "their 12th championship.\n\n"
    "Kim Do-yeong, who hit .347 with 38 homers in the regular season, went 2-for-4 with two RBIs. "
    "Kia had trailed 5-2 but scored in every inning since the 5th inning.\n\n"
    "Manager Lee Bum-ho said, \"Our players never gave up.\"",
    source="KIA 타이거즈, 7-5 승리로 한국시리즈 우승\n\n"
    "KIA 타이거즈는 28일 한국시리즈 5차전에서 삼성 라이온즈를 7-5로 꺾고 통산 12번째 우승을 차지했다.\n\n"
    "정규시즌 타율 0.347, 38홈런을 기록한 김도영은 4타수 2안타 2타점을 올렸다. KIA는 2-5로 뒤지다 "
    "5회부터 매 이닝 득점했다.\n\n"
    "이범호 감독은 \"선수들이 끝까지 포기하지 않았다\"고 말했다.")

add("c05-weather-coldwave",
    "Cold wave to grip central regions through weekend\n\n"
    "Morning temperatures will fall to minus 12 degrees Celsius in Cheorwon, Gangwon State, on "
    "Saturday, the Korea Meteorological Administration (KMA) said.\n\n"
    "Five to 10 centimeters of snow is forecast for mountainous areas, and cold wave warnings "
    "have been issued for parts of Gyeonggi Province.\n\n"
    "The KMA advised people to check for frozen water pipes.",
    source="주말까지 중부지방 한파\n\n"
    "기상청은 토요일 강원 철원의 아침 기온이 영하 12도까지 떨어질 것이라고 밝혔다.\n\n"
    "산간 지역에는 5~10㎝의 눈이 예보됐으며, 경기 일부 지역에는 한파경보가 발효됐다.\n\n"
    "기상청은 수도관 동파에 주의할 것을 당부했다.")

add("c06-defense-missiles",
    "N. Korea fires 2 short-range ballistic missiles into East Sea: JCS\n\n"
    "North Korea fired two short-range ballistic missiles toward the East Sea on Thursday "
    "morning, the Joint Chiefs of Staff (JCS) said.\n\n"
    "The missiles flew about 350 kilometers after being launched from the Pyongyang area at "
    "around 7:40 a.m., the JCS said.\n\n"
    "South Korea and the United States are analyzing the details, it added.",
    source="북, 동해상으로 단거리탄도미사일 2발 발사\n\n"
    "합동참모본부는 북한이 목요일 오전 동해상으로 단거리탄도미사일 2발을 발사했다고 밝혔다.\n\n"
    "합참은 미사일이 오전 7시 40분께 평양 일대에서 발사돼 약 350㎞를 비행했다고 설명했다.\n\n"
    "한미 당국은 세부 제원을 분석 중이라고 덧붙였다.")

add("c07-stocks-kospi",
    "KOSPI falls 1.2 pct on foreign selling\n\n"
    "The benchmark KOSPI fell 31.5 points, or 1.2 percent, to close at 2,580.3 on Wednesday.\n\n"
    "Foreigners net sold 432 billion won worth of shares, while individuals net bought 389 "
    "billion won.\n\n"
    "Samsung Electronics dropped 2.4 percent, and SK hynix lost 3.1 percent. The Korean won "
    "closed at 1,398.5 per dollar, down 6.2 won from the previous session.",
    source="코스피, 외국인 매도에 1.2% 하락\n\n"
    "코스피는 31.5포인트(1.2%) 내린 2,580.3에 장을 마감했다.\n\n"
    "외국인은 4320억원어치를 순매도했고, 개인은 3890억원을 순매수했다.\n\n"
    "삼성전자는 2.4%, SK하이닉스는 3.1% 내렸다. 원·달러 환율은 6.2원 오른 1,398.5원에 마감했다.")

add("c08-local-busan-seawalls",
    "Busan to spend 150 bln won on coastal flood defenses\n\n"
    "Busan will spend 150 billion won by 2030 to build seawalls and drainage pumps in six coastal "
    "districts, the city government said Monday.\n\n"
    "The plan covers about 12,000 households in low-lying areas of Haeundae and Suyeong "
    "districts.\n\n"
    "\"We can no longer treat typhoon damage as a once-a-decade event,\" Mayor Park Heong-joon "
    "said.",
    source="부산시, 해안 침수 방지에 1500억원 투입\n\n"
    "부산시는 2030년까지 1500억원을 들여 6개 해안 구에 방파제와 배수펌프장을 설치한다고 밝혔다.\n\n"
    "계획은 해운대구와 수영구 저지대 약 1만2000가구를 대상으로 한다.\n\n"
    "박형준 시장은 \"태풍 피해를 더 이상 10년에 한 번 있는 일로 볼 수 없다\"고 말했다.")

add("c09-court-two-paragraph-quote",
    "Supreme Court upholds 4-year sentence for ex-lawmaker\n\n"
    "The Supreme Court on Thursday upheld a four-year prison term for former lawmaker Kim "
    "Min-soo, who was convicted of taking illegal political funds.\n\n"
    "In a statement, Kim said, \"I respect the court's ruling, though I cannot agree with it.\n\n"
    "\"I will spend the coming years reflecting on my mistakes.\"\n\n"
    "Prosecutors had sought six years.")

add("c10-local-mapo-email",
    "Seoul's Mapo District will accept applications for its rooftop garden subsidy until Dec. "
    "15. Residents can apply online or send documents to garden@mapo.go.kr, and the district "
    "will publish the results in its monthly newsletter.")

add("c11-defense-ordinals",
    "Army's 7th Division holds winter drills near DMZ\n\n"
    "Soldiers from the 7th Infantry Division and the 1st Armored Brigade conducted a joint winter "
    "exercise in Hwacheon, Gangwon State, from Monday to Wednesday.\n\n"
    "About 1,200 troops, 40 tanks and 30 armored vehicles took part, the Army said.",
    source="육군 7사단, DMZ 인근서 동계훈련\n\n"
    "7보병사단과 1기갑여단 장병들은 월요일부터 수요일까지 강원 화천에서 합동 동계훈련을 실시했다.\n\n"
    "육군은 장병 약 1200명과 전차 40대, 장갑차 30대가 참가했다고 밝혔다.")

add("c12-kpop-repeated-titles",
    "f(x)'s 'Rum Pum Pum Pum' tops fan vote for SM's 30th anniversary stage\n\n"
    "The 2014 hit 'Rum Pum Pum Pum' by f(x) won a fan vote to be performed at SM "
    "Entertainment's 30th anniversary concert, the agency said Friday.\n\n"
    "SHINee's 'Ring Ding Dong' came second. Fans said they had had enough of waiting for a "
    "reunion, and many, many of them posted messages online.")

add("c13-bok-rate",
    "Bank of Korea holds rate at 2.5 pct\n\n"
    "The Bank of Korea kept its benchmark interest rate unchanged at 2.5 percent on Thursday.\n\n"
    "The gap with the U.S. policy rate stands at 1.75 percentage points. Governor Rhee "
    "Chang-yong said household debt, which rose by 5.2 trillion won last month, remains a "
    "concern.",
    source="한국은행, 기준금리 2.5% 동결\n\n"
    "한국은행은 목요일 기준금리를 연 2.5%로 동결했다.\n\n"
    "미국 정책금리와의 격차는 1.75%포인트다. 이창용 총재는 지난달 5조2000억원 늘어난 가계부채가 "
    "여전히 우려 요인이라고 말했다.")

add("c14-local-daejeon-two-lees",
    "Daejeon council passes 2026 budget\n\n"
    "The Daejeon City Council on Friday passed a 7.1 trillion won budget for 2026, up 3.4 percent "
    "from this year.\n\n"
    "Council Speaker Cho Won-hwi said the budget focuses on welfare for the elderly. Council "
    "member Lee Seung-hoon, who chairs the budget committee, and member Lee Sung-hoon of the "
    "opposition both voted in favor.",
    source="대전시의회, 2026년 예산안 통과\n\n"
    "대전시의회는 금요일 올해보다 3.4% 늘어난 7조1000억원 규모의 2026년 예산안을 통과시켰다.\n\n"
    "조원휘 의장은 예산이 노인 복지에 중점을 뒀다고 말했다. 예산결산특별위원장인 이승훈 의원과 "
    "야당 이성훈 의원 모두 찬성표를 던졌다.")

add("c15-weather-flood-vague",
    "Heavy rain floods hundreds of homes in South Chungcheong\n\n"
    "Torrential rain of up to 300 millimeters flooded more than 500 homes in South Chungcheong "
    "Province over the weekend, and damage is estimated at billions of won.\n\n"
    "About 2,300 residents were evacuated, the Ministry of the Interior and Safety said.",
    source="충남 폭우로 주택 수백 채 침수\n\n"
    "주말 동안 충남에 최대 300㎜의 폭우가 쏟아져 주택 500여 채가 침수됐으며, 피해액은 수십억원으로 "
    "추산된다.\n\n"
    "행정안전부는 주민 약 2300명이 대피했다고 밝혔다.")

add("c16-politics-housing",
    "Lee Jae Myung vows 'zero tolerance' for housing speculation\n\n"
    "President Lee Jae Myung on Tuesday vowed \"zero tolerance\" for housing speculation, saying "
    "the government would expand public rental housing in Seoul.\n\n"
    "\"Housing is not a means of speculation but a place to live,\" Lee said during a Cabinet "
    "meeting.")

add("c17-baseball-row",
    "LG Twins pitcher Lim Chan-kyu threw seven scoreless innings as LG beat the Doosan Bears 3-0 "
    "at Jamsil Baseball Stadium on Sunday.")

add("c18-defense-abbrev",
    "The U.S. Forces Korea (USFK) said Tuesday that Gen. Xavier Brunson met Defense Minister Ahn "
    "Gyu-back at 10 a.m. at the ministry in Yongsan, Seoul.")

add("c19-court-copyright-topic",
    "Court rules AI firm infringed news copyrights\n\n"
    "The Seoul Central District Court ruled Wednesday that an AI startup infringed the copyrights "
    "of three newspapers by using their articles to train its model without permission.\n\n"
    "The papers' websites carry notices banning unauthorized reproduction, the court noted, and "
    "the firm must pay 300 million won in damages.")

add("c20-court-impeachment",
    "The Constitutional Court on Friday unanimously upheld the impeachment of President Yoon Suk "
    "Yeol, removing him from office with immediate effect.",
    source="헌법재판소는 금요일 재판관 전원일치 의견으로 윤석열 대통령 탄핵을 인용해 즉시 파면했다.")

add("c21-realestate-pyeong",
    "The 33-pyeong (about 109 square meters) unit in Banpo sold for 4.2 billion won, up 600 "
    "million won from its previous transaction.",
    source="반포의 33평(약 109㎡) 아파트가 42억원에 거래돼 직전 거래보다 6억원 올랐다.")

add("c22-kpop-rose-apt",
    "Rosé's 'APT.' with Bruno Mars has topped 2 billion Spotify streams, her label The Black "
    "Label said Monday.")

add("c23-stocks-vague",
    "Institutional investors have net sold hundreds of billions of won worth of battery stocks "
    "this month.",
    source="기관 투자자들은 이달 들어 2차전지주를 수천억원어치 순매도했다.")

add("c24-weather-finedust",
    "Fine dust alert issued for Seoul\n\n"
    "An ultrafine dust alert was issued for Seoul at 2 p.m. Sunday as PM2.5 concentrations "
    "exceeded 75 micrograms per cubic meter for two hours.\n\n"
    "The city urged the elderly and children to stay indoors and said it would restrict older "
    "diesel vehicles from 6 a.m. to 9 p.m. Monday.")

add("c25-defense-kim-yo-jong",
    "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, denounced the joint drills as a "
    "\"rehearsal for invasion\" in a statement carried by KCNA on Saturday.",
    source="김정은 국무위원장의 여동생 김여정은 토요일 조선중앙통신을 통해 발표한 담화에서 연합훈련을 "
    "\"침략 예행연습\"이라고 비난했다.")

add("c26-local-jeonbuk-olympics",
    "Jeonbuk State Gov. Kim Kwan-young said Tuesday the province will bid to host the 2036 "
    "Summer Olympics jointly with Daegu.",
    source="김관영 전북특별자치도지사는 화요일 대구와 함께 2036년 하계올림픽 공동 유치에 나서겠다고 밝혔다.")

add("c27-baseball-said-adding",
    "Samsung closer wraps up save\n\n"
    "\"I just wanted to finish the game,\" Won Tae-in said, adding that his elbow felt fine after "
    "throwing 31 pitches on Saturday.")

# ---------------------------------------------------------------------------------------------
# Damaged records.
# ---------------------------------------------------------------------------------------------

add("d01-court-news1-full",
    "Former mayor gets 3 years in prison for bribery\n"
    "(Seoul=News1) Reporter Lee Se-jin = The Seoul High Court on the 27th sentenced a former "
    "mayor to three years in prison for taking bribes.\n\n"
    "The court said, \"The defendant's responsibility is heavy.\"\n\n"
    "sejin@news1.kr\n\n"
    "Unauthorized reproduction and redistribution prohibited",
    [E("dateline-residue", "(Seoul=News1) Reporter Lee Se-jin ="),
     E("literal-date", "on the 27th"),
     E("byline-residue", "sejin@news1.kr"),
     E("copyright-residue", "Unauthorized reproduction and redistribution prohibited")],
    source="전 시장 뇌물수수 징역 3년\n"
    "(서울=뉴스1) 이세진 기자 = 서울고법은 27일 뇌물을 받은 혐의로 기소된 전 시장에게 징역 3년을 "
    "선고했다.\n\n"
    "재판부는 \"피고인의 책임이 무겁다\"고 밝혔다.\n\n"
    "sejin@news1.kr\n\n"
    "무단 전재 및 재배포 금지")

_moji_yna = cp949_mojibake("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>")
add("d02-realestate-record-mojibake",
    "Gangnam apartment sold for record price\n\n"
    "An 84-square-meter apartment in Apgujeong-dong, Gangnam District, was sold for 70 billion "
    "won last month, a record for the size, according to the Ministry of Land, Infrastructure "
    "and Transport.\n\n"
    "The previous record was 5.5 billion won set in March.\n\n" + _moji_yna,
    [E("number-mismatch", "70 billion won"),
     E("mojibake", _moji_yna),
     O("copyright-residue", _moji_yna)],
    source="강남 아파트 신고가 거래\n\n"
    "국토교통부에 따르면 강남구 압구정동 전용 84㎡ 아파트가 지난달 70억원에 거래돼 해당 면적 신고가를 "
    "기록했다.\n\n"
    "이전 최고가는 3월의 55억원이었다.\n\n"
    "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>")

add("d03-kpop-newjeans",
    "NewJeans \"Min Hee-jin leave…ADOR 'regret'\"\n\n"
    "Members of NewJeans said on the 12th that they would leave ADOR, saying the the agency had "
    "broken its contract.\n\n"
    "ADOR said in a statement that it \"regrets\" the decision and the group's new single '지금' "
    "will be released as planned.",
    [E("garbled-headline", "NewJeans \"Min Hee-jin leave…ADOR 'regret'\""),
     E("literal-date", "on the 12th"),
     E("repeated-word", "the the"),
     E("untranslated-hangul", "지금")])

add("d04-baseball-mvp-doubled",
    "Kim Do-yeong \"40-40 next season… Thank you fans\"\n\n"
    "Kia Tigers infielder Kim Do-yeong received the regular season MVP award at a ceremony in "
    "Seoul on the 26th.\n\n"
    "He continued, \"Next season I will definitely achieve 40-40,\" he said. \"I want to thank "
    "the fans who supported me.\"",
    [E("garbled-headline", "Kim Do-yeong \"40-40 next season… Thank you fans\""),
     E("literal-date", "on the 26th"),
     E("doubled-attribution",
       "He continued, \"Next season I will definitely achieve 40-40,\" he said")],
    source="김도영 \"내년엔 40-40…팬들께 감사\"\n\n"
    "KIA 타이거즈 내야수 김도영이 26일 서울에서 열린 시상식에서 정규시즌 MVP를 수상했다.\n\n"
    "그는 이어 \"내년에는 꼭 40-40을 달성하겠다\"며 \"응원해 주신 팬들께 감사드린다\"고 말했다.")

add("d05-weather-snow-punct",
    "Heavy snow advisory for Gangwon mountains\n\n"
    "A heavy snow advisory was issued for the mountainous areas of Gangwon State as of 9 p.m. on "
    "the 3rd , and up to 20 centimeters of snow is expected. .\n\n"
    "The Korea Meteorological Administration said the snow will continue until the morning of "
    "the 5th, and urged drivers to take care on icy roads.",
    [E("literal-date", "on the 3rd"),
     E("space-before-punctuation", "3rd ,"),
     E("stray-punctuation", "expected. ."),
     E("literal-date", "morning of the 5th")],
    source="강원 산지 대설주의보\n\n"
    "3일 오후 9시를 기해 강원 산지에 대설주의보가 발효됐으며, 최대 20㎝의 눈이 예상된다.\n\n"
    "기상청은 눈이 5일 오전까지 이어지겠다며 빙판길 운전에 주의해 달라고 당부했다.")

add("d06-defense-kim-troops",
    "N. Korea's Kim inspects tactical missile drill\n"
    "(Seoul=Yonhap News) Reporter Kim Gwi-geun = North Korean leader Kim Jeong-eun inspected a "
    "tactical missile launch drill, the Korean Central News Agency reported.\n\n"
    "Meanwhile, South Korea and the U.S. will mobilize about 120,000 troops for the Freedom "
    "Shield exercise next month.",
    [E("dateline-residue", "(Seoul=Yonhap News) Reporter Kim Gwi-geun ="),
     E("name-romanization", "Kim Jeong-eun"),
     E("number-mismatch", "120,000 troops")],
    source="북 김정은, 전술미사일 발사훈련 참관\n"
    "(서울=연합뉴스) 김귀근 기자 = 북한 김정은 국무위원장이 전술미사일 발사훈련을 참관했다고 "
    "조선중앙통신이 보도했다.\n\n"
    "한편 한미는 다음 달 자유의 방패 연습에 장병 약 1만2000명을 동원한다.")

add("d07-stocks-buyback",
    "Samsung Electronics announces 12 trillion won share buyback\n\n"
    "Samsung Electronics said Friday it will buy back 12 trillion won worth of its own shares "
    "over the next three months.Shares of the company rose 4.1 percent to close at 58,300 won.\n\n"
    "Share on Facebook Share on X Copy link\n\n"
    "Related articles",
    [E("number-mismatch", "12 trillion won share buyback"),
     E("number-mismatch", "12 trillion won worth"),
     E("missing-space", "months.Shares"),
     E("page-boilerplate", "Share on Facebook Share on X Copy link"),
     E("page-boilerplate", "Related articles")],
    source="삼성전자, 1조2000억원 규모 자사주 매입\n\n"
    "삼성전자는 향후 3개월간 1조2000억원 규모의 자사주를 매입한다고 금요일 밝혔다. 삼성전자 주가는 "
    "4.1% 오른 5만8300원에 마감했다.")

add("d08-local-gyeonggi-split",
    "Gyeonggi to give 200,000 won to every newborn\n\n"
    "Gyeonggi Province will give 200,000 won in local currency to every newborn from next year, "
    "Governor Kim Dong-yeon said Wednesday.\n\n"
    "Kim said, \"Low birth rate is the most urgent task for the future of Gyeonggi. \"He "
    "emphasized.\n\n"
    "Reporter Park Jong-hyun pjh@kyeonggi.com",
    [E("split-attribution", "\"He emphasized."),
     O("doubled-attribution", "Kim said, \"Low birth rate"),
     O("unbalanced-quote", "\"He emphasized."),
     O("space-before-punctuation", "Gyeonggi. \"He"),
     E("byline-residue", "Reporter Park Jong-hyun pjh@kyeonggi.com")],
    source="경기도, 모든 신생아에 20만원 지급\n\n"
    "김동연 경기도지사는 내년부터 모든 신생아에게 지역화폐 20만원을 지급한다고 수요일 밝혔다.\n\n"
    "김 지사는 \"저출생은 경기도의 미래를 위한 가장 시급한 과제\"라고 강조했다.\n\n"
    "박종현 기자 pjh@kyeonggi.com")

_d09 = ("서울중앙지법 형사합의21부는 28일 특정경제범죄가중처벌법상 배임 혐의로 기소된 A 회장에게 "
        "징역 4년을 선고했다.")
add("d09-untranslated-court-row", _d09,
    [E("untranslated-segment", _d09), O("untranslated-hangul", _d09)],
    source=_d09)

_d10 = ("방탄소년단 진, 솔로 콘서트 전석 매진\n\n"
        "방탄소년단 진의 첫 솔로 콘서트 티켓이 예매 시작 10분 만에 전석 매진됐다.")
add("d10-untranslated-kpop", _d10,
    [E("untranslated-segment", "방탄소년단 진의 첫 솔로 콘서트 티켓이 예매 시작 10분 만에 전석 매진됐다."),
     O("untranslated-segment", "방탄소년단 진, 솔로 콘서트 전석 매진"),
     O("untranslated-hangul", "방탄소년단 진의 첫 솔로 콘서트 티켓이 예매 시작 10분 만에 전석 매진됐다."),
     O("untranslated-hangul", "방탄소년단 진, 솔로 콘서트 전석 매진"),
     O("garbled-headline", "방탄소년단 진, 솔로 콘서트 전석 매진")],
    source=_d10)

_d11 = "韓国銀行は28日、基準金利を年2.50%に据え置いたと発表した。"
add("d11-wrong-language-japanese", _d11,
    [E("untranslated-segment", _d11), O("untranslated-hangul", _d11)],
    source="한국은행은 28일 기준금리를 연 2.50%로 동결했다고 밝혔다.")

_d12 = "The Ministry of Economy and Finance said exports rose 7.3 percent in October."
add("d12-length-omission", _d12,
    [E("length-mismatch", _d12)],
    source="기획재정부는 10월 수출이 7.3% 증가했다고 밝혔다. 반도체 수출은 역대 최대인 142억 달러를 "
    "기록했으며, 자동차 수출도 6.2% 늘었다. 반면 석유화학과 철강 수출은 중국발 공급과잉 여파로 각각 "
    "8.1%, 5.4% 감소했다. 정부는 연간 수출이 처음으로 7000억 달러를 넘어설 것으로 전망했다. 최상목 "
    "부총리는 \"미국의 관세 정책 등 불확실성이 여전히 크다\"며 \"수출 기업 지원을 강화하겠다\"고 말했다.")

_rep = " Citizens are advised to refrain from going out."
add("d13-length-loop",
    "Heavy rain warning issued for Seoul\n\n"
    "A heavy rain warning was issued for Seoul at 3 p.m. Tuesday." + _rep * 5,
    [E("length-mismatch", "going out." + _rep * 4)],
    source="서울 호우경보 발령\n\n"
    "화요일 오후 3시 서울에 호우경보가 발령됐다. 시민들은 외출을 자제해 달라.")

add("d14-defense-utf8-mojibake",
    "Defense ministry: â€œWe will respond sternly to any provocationâ€\n\n"
    "The Ministry of National Defense said on Tuesday it â€œstrongly condemnsâ€ the North's "
    "launch and will respond sternly to any further provocation.",
    [E("mojibake", "â€œWe"),
     E("mojibake", "â€œstrongly"),
     E("mojibake", "condemnsâ€"),
     O("mojibake", "provocationâ€")])

add("d15-html-entities-row",
    "Hyundai Motor&#39;s chief said, &quot;We will invest 21 billion dollars in the U.S. by "
    "2028,&quot; at a press event in Washington.&nbsp;",
    [E("mojibake", "Motor&#39;s"),
     E("mojibake", "&quot;We"),
     E("mojibake", "2028,&quot;"),
     E("mojibake", "&nbsp;")])

add("d16-news1-photo-caption",
    "Ruling party leader visits flood site\n\n"
    "2025.7.20/News1 © News1 Reporter Kim Ki-nam\n\n"
    "Democratic Party leader Jung Chung-rae visited flood-hit areas in Sancheong, South Gyeongsang "
    "Province, on the 20th and pledged swift recovery support.",
    [E("photo-credit-residue", "2025.7.20/News1 © News1 Reporter Kim Ki-nam"),
     O("copyright-residue", "©"),
     O("byline-residue", "Reporter Kim Ki-nam"),
     E("literal-date", "on the 20th")],
    source="민주당 대표, 수해 현장 방문\n\n"
    "2025.7.20/뉴스1 © News1 김기남 기자\n\n"
    "정청래 더불어민주당 대표는 20일 경남 산청 수해 지역을 찾아 신속한 복구 지원을 약속했다.")

add("d17-defense-captions",
    "Hanwha Aerospace wins K9 howitzer order from Vietnam\n\n"
    "[Yonhap News Agency file photo]\n\n"
    "Hanwha Aerospace said Monday it has signed a deal to export K9 self-propelled howitzers to "
    "Vietnam.\n\n"
    "[Changwon=Newsis] Reporter Kang Kyung-min = K9 howitzers are parked at a Hanwha Aerospace "
    "plant. 2025.11.17. kkm@newsis.com",
    [E("photo-credit-residue", "[Yonhap News Agency file photo]"),
     E("dateline-residue", "[Changwon=Newsis] Reporter Kang Kyung-min ="),
     E("photo-credit-residue", "2025.11.17."),
     E("byline-residue", "kkm@newsis.com")])

add("d18-realestate-photo-by",
    "Yeouido apartment reconstruction approved\n\n"
    "Photo by Kang Jin-hyung aymsdream@\n\n"
    "Seoul approved a plan to rebuild the Yeouido Sibeom apartments into a 65-story complex with "
    "2,500 units, the city said Thursday.",
    [E("photo-credit-residue", "Photo by Kang Jin-hyung"),
     E("byline-residue", "aymsdream@")])

add("d19-stocks-boilerplate",
    "Font size\nPrint\n\n"
    "KOSDAQ biotech shares surge on FDA approval\n\n"
    "Shares of Alteogen jumped 18 percent on Tuesday after its partner received U.S. Food and "
    "Drug Administration approval for a subcutaneous cancer drug.\n\n"
    "Go to list\nMost viewed news",
    [E("page-boilerplate", "Font size"),
     E("page-boilerplate", "Print"),
     O("garbled-headline", "Font size"),
     E("page-boilerplate", "Go to list"),
     E("page-boilerplate", "Most viewed news")])

add("d20-culture-boilerplate",
    "Busan Biennale opens with 60 artists\n\n"
    "<Click on the image to see a larger version>\n\n"
    "The 2026 Busan Biennale opened on Saturday at the Busan Museum of Contemporary Art with "
    "works by 60 artists from 25 countries.\n\n"
    "Subscribe to our newsletter\n"
    "By entering your e-mail, you agree to the terms.\n\n"
    "KakaoTalk Facebook Twitter",
    [E("page-boilerplate", "<Click on the image to see a larger version>"),
     O("photo-credit-residue", "<Click on the image to see a larger version>"),
     E("page-boilerplate", "Subscribe to our newsletter"),
     E("page-boilerplate", "By entering your e-mail, you agree to the terms."),
     E("page-boilerplate", "KakaoTalk Facebook Twitter")])

add("d21-incheon-fire-end",
    "Police arrest man over fire at Incheon apartment\n\n"
    "Police arrested a man in his 50s on suspicion of setting fire to his apartment in "
    "Bupyeong-gu, Incheon, on Sunday, injuring three neighbors.\n\n"
    "The man told police he had been drinking, officers said.\n\n"
    "choi@yna.co.kr\n"
    "(End)",
    [E("byline-residue", "choi@yna.co.kr"),
     E("byline-residue", "(End)"),
     O("page-boilerplate", "(End)"),
     O("dateline-residue", "(End)")],
    source="인천 아파트 방화 혐의 남성 체포\n\n"
    "경찰은 일요일 인천 부평구 자신의 아파트에 불을 질러 이웃 3명을 다치게 한 혐의로 50대 남성을 "
    "체포했다.\n\n"
    "남성은 술을 마신 상태였다고 경찰에 진술했다.\n\n"
    "choi@yna.co.kr\n"
    "(끝)")

add("d22-business-mt-byline",
    "Coupang to build logistics center in Daegu\n\n"
    "Coupang said Tuesday it will invest 300 billion won to build a logistics center in Daegu, "
    "creating 1,500 jobs.\n\n"
    "Money Today Reporter Seo Min-ji smj@mt.co.kr\n\n"
    "▶ Follow Money Today on Naver",
    [E("byline-residue", "Money Today Reporter Seo Min-ji smj@mt.co.kr"),
     E("page-boilerplate", "▶ Follow Money Today on Naver"),
     O("byline-residue", "▶ Follow Money Today on Naver")])

add("d23-daegu-newsis-dateline-row",
    "[Daegu=Newsis]Reporter Lee Ji-yeon = Daegu Metropolitan City will open a 24-hour children's "
    "hospital in Suseong-gu in March next year, the city said Monday.",
    [E("dateline-residue", "[Daegu=Newsis]Reporter Lee Ji-yeon =")])

add("d24-suwon-two-reporters-row",
    "(Suwon=News1) Reporter Yoo Jae-min, Reporter Lee Seung-hyun = Suwon City will convert part "
    "of the former Suwon military airbase into a park, Mayor Lee Jae-joon said on Thursday.",
    [E("dateline-residue", "(Suwon=News1) Reporter Yoo Jae-min, Reporter Lee Seung-hyun =")],
    source="(수원=뉴스1) 유재민 기자, 이승현 기자 = 이재준 수원시장은 목요일 옛 수원 군공항 부지 일부를 "
    "공원으로 조성하겠다고 밝혔다.")

add("d25-webtoon-edaily",
    "Webtoon stocks rally on Netflix deal\n\n"
    "[Edaily Reporter Park Soo-jin] Naver Webtoon's shares rose 9 percent in New York on Monday "
    "after it announced a content partnership with Netflix.",
    [E("dateline-residue", "[Edaily Reporter Park Soo-jin]")])

add("d26-washington-correspondent-row",
    "(Washington=Yonhap News) Correspondent Kim Dong-hyun = The U.S. and South Korea agreed on "
    "Friday (local time) to continue talks on tariffs on Korean cars, the Ministry of Trade, "
    "Industry and Energy said.",
    [E("dateline-residue", "(Washington=Yonhap News) Correspondent Kim Dong-hyun =")],
    source="(워싱턴=연합뉴스) 김동현 특파원 = 한미 양국은 금요일(현지시간) 한국산 자동차 관세에 대한 "
    "협의를 이어가기로 합의했다고 산업통상자원부가 밝혔다.")

add("d27-skhynix-copyright",
    "SK hynix posts record quarterly profit\n\n"
    "SK hynix reported an operating profit of 11.4 trillion won for the third quarter, a record "
    "high, driven by strong demand for high-bandwidth memory.\n\n"
    "<Copyright ⓒ Newsis News Agency. Unauthorized reprinting-redistribution prohibited.>\n"
    "Prohibited from AI learning and use",
    [E("copyright-residue",
       "<Copyright ⓒ Newsis News Agency. Unauthorized reprinting-redistribution prohibited.>"),
     E("copyright-residue", "Prohibited from AI learning and use")])

add("d28-jeju-news1-copyright",
    "Jeju tourist numbers hit 10 million by October\n\n"
    "The number of tourists visiting Jeju Island this year surpassed 10 million as of Oct. 31, "
    "the provincial government said.\n\n"
    "[ⓒ News1 Korea (news1.kr), No unauthorized reproduction or redistribution]",
    [E("copyright-residue",
       "[ⓒ News1 Korea (news1.kr), No unauthorized reproduction or redistribution]")])

add("d29-court-special-counsel-dates",
    "Special counsel summons ex-defense minister\n\n"
    "The special counsel team said it summoned former Defense Minister Kim Yong-hyun for "
    "questioning at 10 a.m. on the 14th.\n\n"
    "Kim, who was indicted on the 27th of last month, will appear from the 14th through the "
    "16th, the team said. It plans to decide on a second arrest warrant by the 20th.",
    [E("literal-date", "on the 14th"),
     E("literal-date", "the 27th of last month"),
     E("literal-date", "from the 14th through the 16th"),
     E("literal-date", "by the 20th")],
    source="특검, 전 국방장관 소환\n\n"
    "특검팀은 김용현 전 국방부 장관을 14일 오전 10시 피의자 신분으로 소환했다고 밝혔다.\n\n"
    "지난달 27일 기소된 김 전 장관은 14일부터 16일까지 출석할 예정이라고 특검팀은 밝혔다. 특검팀은 "
    "20일까지 2차 구속영장 청구 여부를 결정할 방침이다.")

add("d30-kpop-mama-dates",
    "Seventeen wins grand prize at MAMA\n\n"
    "Seventeen won the Album of the Year award at the 2025 MAMA Awards held in Hong Kong "
    "(last 22nd).\n\n"
    "The group also won four other awards. Leader S.Coups said on the 23rd that \"we share this "
    "with CARAT.\"",
    [E("literal-date", "(last 22nd)"),
     E("literal-date", "on the 23rd")])

add("d31-diplomacy-repeated",
    "Korea, Japan agree to expand security and security cooperation\n\n"
    "The foreign ministers of South Korea and Japan agreed in in Tokyo on Saturday to resume "
    "regular shuttle diplomacy.\n\n"
    "They also discussed North Korea's nuclear program and and supply chains.",
    [E("repeated-word", "security and security"),
     O("garbled-headline", "Korea, Japan agree to expand security and security cooperation"),
     E("repeated-word", "in in"),
     E("repeated-word", "and and")])

add("d32-politics-hanja-headline",
    "尹 \"Martial law was a warning\"…野 \"Insurrection ringleader\"\n\n"
    "Former President Yoon Suk Yeol argued at his trial on Monday that the declaration of martial "
    "law was a warning to the opposition, while the Democratic Party called him the ringleader "
    "of an insurrection.",
    [E("garbled-headline", "尹 \"Martial law was a warning\"…野 \"Insurrection ringleader\""),
     E("untranslated-hangul", "尹"),
     E("untranslated-hangul", "野")])

add("d33-politics-garbled",
    "Ruling and opposition 'special prosecutor' fierce confrontation… National Assembly 'stop' "
    "again\n\n"
    "The ruling and opposition parties clashed again on Wednesday over a special counsel bill, "
    "bringing National Assembly proceedings to a halt for the third day.",
    [E("garbled-headline", "Ruling and opposition 'special prosecutor' fierce confrontation… "
       "National Assembly 'stop' again")])

add("d34-auto-exclusive-garbled",
    "[Exclusive] Hyundai Motor, Indonesia EV plant 'second'... 2 trillion investment\n\n"
    "Hyundai Motor Group will build a second electric vehicle plant in Indonesia with an "
    "investment of 2 trillion won, according to industry sources on Sunday.",
    [E("garbled-headline",
       "[Exclusive] Hyundai Motor, Indonesia EV plant 'second'... 2 trillion investment")],
    source="[단독] 현대차, 인니 전기차 공장 '2호'…2조 투자\n\n"
    "현대차그룹이 2조원을 투자해 인도네시아에 두 번째 전기차 공장을 짓는다고 일요일 업계가 전했다.")

add("d35-labor-doubled-straight-row",
    "Union leader said, \"\"We will not back down until the wage talks are resolved,\"\" at a "
    "rally in Ulsan on Saturday.",
    [E("doubled-quote", "\"\"We"),
     E("doubled-quote", "resolved,\"\"")])

add("d36-pm-doubled-curly",
    "Han Duck-soo: “ “I will fulfill my duty to the end”\n\n"
    "Prime Minister Han Duck-soo said on Monday, ““I will fulfill my duty as acting president to "
    "the end,”” in a televised address.",
    [E("doubled-quote", "“ “I"),
     O("unbalanced-quote", "“ “I"),
     O("garbled-headline", "Han Duck-soo: “ “I will fulfill my duty to the end”"),
     E("doubled-quote", "““I"),
     E("doubled-quote", "end,””")],
    source="한덕수 \"끝까지 책무 다하겠다\"\n\n"
    "한덕수 국무총리는 월요일 대국민 담화에서 \"대통령 권한대행으로서 끝까지 책무를 다하겠다\"고 말했다.")

add("d37-kakao-unbalanced-straight",
    "Police raid Kakao headquarters\n\n"
    "Police raided Kakao's headquarters in Pangyo on Thursday over alleged stock price "
    "manipulation. A police official said \"the investigation will proceed without exception.\n\n"
    "Kakao said it would cooperate fully with the investigation.",
    [E("unbalanced-quote", "said \"the investigation")])

add("d38-seoul-unbalanced-curly",
    "Seoul to inspect all underground passages\n\n"
    "Seoul Mayor Oh Se-hoon said at a briefing on Tuesday, “This is not a matter of politics but "
    "of safety. The city will inspect all 1,700 underground passages by the end of the year.\n\n"
    "The inspection will cost about 4.5 billion won.",
    [E("unbalanced-quote", "Tuesday, “This")],
    source="서울시, 지하보도 전수 점검\n\n"
    "오세훈 서울시장은 화요일 브리핑에서 \"이것은 정치의 문제가 아니라 안전의 문제\"라며 \"연말까지 "
    "지하보도 1700곳을 전수 점검하겠다\"고 말했다.\n\n"
    "점검에는 약 45억원이 들 예정이다.")

add("d39-kpop-mixed-quotes",
    "BTS's Jin to release ‘Echo' in May\n\n"
    "BTS member Jin will release his second solo album ‘Echo' on May 16, his agency Big Hit Music "
    "said. The album includes the single \"Don't Say You Love Me”, which was pre-released last "
    "week.",
    [E("mixed-quote-style", "‘Echo' in"),
     E("mixed-quote-style", "‘Echo' on"),
     E("mixed-quote-style", "\"Don't Say You Love Me”")])

add("d40-politics-mixed-row",
    "President Lee said the government would pursue a 'K-peace initiative’ to ease tensions on "
    "the Korean Peninsula, in a speech marking Liberation Day on Friday.",
    [E("mixed-quote-style", "'K-peace initiative’")],
    source="이 대통령은 금요일 광복절 경축사에서 한반도 긴장 완화를 위해 'K-평화 구상'을 추진하겠다고 "
    "말했다.")

add("d41-stocks-stray",
    "Kospi hits 4,000 for first time\n\n"
    "The KOSPI closed above 4,000 for the first time on Monday,, driven by chipmakers.. Samsung "
    "Electronics rose 3.4 percent,. and SK hynix gained 5.1 percent.,\n\n"
    "Analysts expect further gains.",
    [E("stray-punctuation", "Monday,,"),
     E("stray-punctuation", "chipmakers.."),
     E("stray-punctuation", "percent,."),
     E("stray-punctuation", "percent.,")])

add("d42-baseball-space-before",
    "Lotte Giants' Jeon Jun-woo retires\n\n"
    "Lotte Giants catcher Jeon Jun-woo announced his retirement on Wednesday , ending a 19-year "
    "career with one team .\n\n"
    "What's next for him ? He said he will coach youth players ; details were not disclosed.",
    [E("space-before-punctuation", "Wednesday ,"),
     E("space-before-punctuation", "team ."),
     E("space-before-punctuation", "him ?"),
     E("space-before-punctuation", "players ;")],
    source="롯데 전준우 은퇴\n\n"
    "롯데 자이언츠 포수 전준우가 수요일 은퇴를 발표하며 한 팀에서의 19년 선수 생활을 마무리했다.\n\n"
    "그의 다음 행보는? 그는 유소년 선수들을 지도할 것이라고 말했으나 세부 사항은 공개되지 않았다.")

add("d43-airport-missing-space",
    "Incheon airport passenger traffic recovers\n\n"
    "Incheon International Airport handled 71.5 million passengers last year.This is up 12 "
    "percent from a year earlier, the airport operator said,“We expect to exceed 80 million this "
    "year.”\n\n"
    "The airport will open a fourth terminal expansion in 2026,while cargo volume is expected to "
    "grow 5 percent.",
    [E("missing-space", "year.This"),
     E("missing-space", "said,“We"),
     E("missing-space", "2026,while")])

add("d44-defense-split-curly",
    "Defense minister vows stern response\n\n"
    "Defense Minister Ahn Gyu-back said, “If North Korea provokes, we will respond immediately "
    "and sternly. “He also mentioned.\n\n"
    "Ahn made the remarks while visiting a frontline unit in Yeoncheon on Friday.",
    [E("split-attribution", "“He also mentioned."),
     O("doubled-attribution", "Ahn Gyu-back said, “If"),
     O("unbalanced-quote", "“He also mentioned.")],
    source="국방장관 \"도발 시 단호 대응\"\n\n"
    "안규백 국방부 장관은 \"북한이 도발하면 즉각적이고 단호하게 대응하겠다\"고 말했다.\n\n"
    "안 장관은 금요일 연천의 최전방 부대를 방문한 자리에서 이같이 말했다.")

add("d45-realestate-split-straight",
    "Govt expects 270,000 new homes in capital area\n\n"
    "The land ministry said, \"Housing supply in the capital region will reach 270,000 units next "
    "year. \"It added.\n\n"
    "Officials said the figure includes public housing.",
    [E("split-attribution", "\"It added."),
     O("doubled-attribution", "The land ministry said, \"Housing"),
     O("unbalanced-quote", "\"It added."),
     O("space-before-punctuation", "year. \"It")])

add("d46-court-doubled-attr",
    "Prosecutors seek death penalty for Busan stabbing suspect\n\n"
    "Prosecutors sought the death penalty on Monday for a man accused of killing two people in "
    "Busan. The prosecutor said, \"The defendant shows no remorse,\" he said, emphasizing that the "
    "crime was premeditated.",
    [E("doubled-attribution",
       "The prosecutor said, \"The defendant shows no remorse,\" he said")],
    source="검찰, 부산 흉기 살인 피고인에 사형 구형\n\n"
    "검찰은 월요일 부산에서 2명을 살해한 혐의로 기소된 남성에게 사형을 구형했다. 검사는 \"피고인은 "
    "반성의 기미가 없다\"며 범행이 계획적이었다고 강조했다.")

add("d47-weather-doubled-attr-row",
    "According to the KMA, the monsoon will begin on June 19 in Jeju. She added, “Rainfall is "
    "likely to exceed the average this year,” forecaster Park said.",
    [E("doubled-attribution",
       "She added, “Rainfall is likely to exceed the average this year,” forecaster Park said")])

add("d48-politics-romanization",
    "DP leader, acting president discuss extra budget\n\n"
    "Democratic Party leader Lee Jae-myeong met acting President Choe Sang-mok on Tuesday to "
    "discuss a supplementary budget of 15 trillion won. Members of the People's Power Party "
    "boycotted the meeting.",
    [E("name-romanization", "Lee Jae-myeong"),
     E("name-romanization", "Choe Sang-mok"),
     E("name-romanization", "People's Power Party")],
    source="야당 대표·권한대행, 추경 논의\n\n"
    "이재명 더불어민주당 대표는 화요일 최상목 대통령 권한대행과 만나 15조원 규모의 추가경정예산을 "
    "논의했다. 국민의힘 의원들은 회동에 불참했다.")

add("d49-first-lady-row",
    "First lady Kim Gun-hee attended a charity bazaar at the presidential office, the Blue House "
    "in Yongsan, on Saturday.",
    [E("name-romanization", "Kim Gun-hee"),
     O("name-romanization", "Blue House")])

add("d50-baseball-ryu-rr",
    "Ryu Hyeon-jin to start opener\n\n"
    "Hanwha Eagles ace Ryu Hyeon-jin will start the season opener against the Kia Tigers in "
    "Gwangju on March 22, manager Kim Kyung-moon said.",
    [E("name-romanization", "Ryu Hyeon-jin to"),
     E("name-romanization", "ace Ryu Hyeon-jin")],
    source="류현진, 개막전 선발\n\n"
    "한화 이글스 에이스 류현진이 3월 22일 광주에서 열리는 KIA 타이거즈와의 개막전에 선발 등판한다고 "
    "김경문 감독이 밝혔다.")

add("d51-weather-glossary-row",
    "The Meteorological Agency said Seoul's Jongro-gu recorded 38.2 degrees Celsius on Sunday, the "
    "highest August temperature since records began.",
    [E("name-romanization", "Meteorological Agency"),
     E("name-romanization", "Jongro-gu")])

add("d52-baseball-inconsistent",
    "Kim Hye-seong signs with Dodgers\n\n"
    "Infielder Kim Hye-seong has signed a three-year contract with the Los Angeles Dodgers, his "
    "agency said on Saturday.\n\n"
    "Kim Hye-sung, who played for the Kiwoom Heroes, batted .326 last season.\n\n"
    "He is the third Korean to play for the Dodgers.",
    [E("inconsistent-name", "Kim Hye-sung"),
     O("inconsistent-name", "Kim Hye-seong signs"),
     O("inconsistent-name", "Infielder Kim Hye-seong")],
    source="김혜성, 다저스와 계약\n\n"
    "내야수 김혜성이 LA 다저스와 3년 계약을 맺었다고 에이전시가 토요일 밝혔다.\n\n"
    "키움 히어로즈에서 뛴 김혜성은 지난 시즌 타율 0.326을 기록했다.\n\n"
    "그는 다저스에서 뛰는 세 번째 한국인 선수다.")

add("d53-court-inconsistent-three",
    "Court acquits Jeong Shin-im of defamation charges\n\n"
    "The Seoul Western District Court acquitted YouTuber Jeong Shin-im of defamation charges on "
    "Friday. Jeong Sin-im had been accused of spreading false claims about a lawmaker, and "
    "prosecutors said they would appeal. Jung Shin-im thanked her supporters outside the court.",
    [E("inconsistent-name", "Jeong Sin-im"),
     E("inconsistent-name", "Jung Shin-im"),
     O("inconsistent-name", "acquits Jeong Shin-im"),
     O("inconsistent-name", "YouTuber Jeong Shin-im")])

add("d54-realestate-jeonse-numbers",
    "Jeonse fraud victims lose 350 million won on average\n\n"
    "Victims of jeonse fraud in Incheon lost an average of 3.5 billion won each, and the total "
    "damage reached 42 billion won, police said. Of the 1,200 victims, about 70 percent were in "
    "their 20s and 30s.",
    [E("number-mismatch", "3.5 billion won each"),
     E("number-mismatch", "42 billion won")],
    source="전세사기 피해자 평균 3억5000만원 손실\n\n"
    "경찰에 따르면 인천 전세사기 피해자들은 1인당 평균 3억5000만원을 잃었으며, 총 피해액은 "
    "4200억원에 달했다. 피해자 1200명 중 약 70%가 20~30대였다.")

add("d55-jobs-numbers",
    "Youth unemployment rate rises\n\n"
    "The unemployment rate for people aged 15 to 29 rose 1.2 percent from a year earlier to 7.4 "
    "percent in October, Statistics Korea said. The number of employed people increased by "
    "1,930,000.",
    [E("number-mismatch", "rose 1.2 percent from"),
     E("number-mismatch", "1,930,000")],
    source="청년 실업률 상승\n\n"
    "통계청에 따르면 10월 15~29세 실업률은 7.4%로 전년 동월 대비 1.2%포인트 올랐다. 취업자 수는 "
    "19만3000명 증가했다.")

add("d56-defense-budget-numbers",
    "Defense budget to top 66 trillion won\n\n"
    "The government allocated 6.66 trillion won for next year's defense budget, up 7.5 percent, "
    "including 2 billion won for drone units.",
    [E("number-mismatch", "6.66 trillion won"),
     E("number-mismatch", "2 billion won")],
    source="국방예산 66조원 넘어\n\n"
    "정부는 내년 국방예산으로 전년 대비 7.5% 늘어난 66조6000억원을 편성했으며, 이 중 드론 부대에 "
    "2000억원을 배정했다.")

add("d57-fireworks-hangul",
    "Yeouido park to host fireworks\n\n"
    "The Seoul International Fireworks Festival will be held at Yeouido Hangang Park (여의도 "
    "한강공원) on Saturday, with about 1 million visitors expected.\n\n"
    "The KoreaㆍUS joint team will perform the finale, and visitors can use the 한강버스 water "
    "bus.",
    [E("untranslated-hangul", "여의도 한강공원"),
     E("untranslated-hangul", "ㆍ"),
     E("untranslated-hangul", "한강버스")])

add("d58-typhoon-hangul-date",
    "Typhoon Kong-rey to affect Jeju\n\n"
    "Typhoon Kong-rey is expected to bring strong winds to Jeju from the 2nd, the 기상청 said.\n\n"
    "Ferry services were suspended.",
    [E("untranslated-hangul", "기상청"),
     E("literal-date", "from the 2nd")],
    source="태풍 콩레이 제주 영향\n\n"
    "기상청은 태풍 콩레이가 2일부터 제주에 강풍을 몰고 올 것으로 예상된다고 밝혔다.\n\n"
    "여객선 운항이 중단됐다.")


def check(rows: list) -> list:
    errors, seen = [], set()
    for r in rows:
        if r["id"] in seen:
            errors.append(f"duplicate id {r['id']}")
        seen.add(r["id"])
        for e in r["expected"]:
            n = r["target"].count(e["evidence"])
            if n != 1:
                errors.append(f"{r['id']}: evidence {e['evidence']!r} occurs {n} times")
    return errors


def main() -> int:
    errors = check(R)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    out = HERE / "articles.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in R:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    clean = sum(not any(not e.get("optional") for e in r["expected"]) for r in R)
    print(f"wrote {len(R)} records ({clean} clean, {sum('source' in r for r in R)} with source) "
          f"to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
