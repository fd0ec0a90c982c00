"""Build the eighth held-out set (``articles.jsonl``) from the records below.

Every record: id, target, optional source, expected [{rule, evidence, optional?}].
Run: .venv/bin/python bench/heldout8/build_articles.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def E(rule, evidence, optional=False):
    e = {"rule": rule, "evidence": evidence}
    if optional:
        e["optional"] = True
    return e


def L(*lines):
    return "\n".join(lines)


R = []


def rec(rid, target, source=None, expected=()):
    R.append({"id": rid, "target": target, "source": source, "expected": list(expected)})


# ----------------------------------------------------------------------------------------------
# Damaged records
# ----------------------------------------------------------------------------------------------

rec("d01", L(
    "North Korea's Kim vows to bolster 'nuclear deterrent' at munitions plant",
    "North Korean leader Kim Jeong-eun inspected a munitions factory producing artillery shells, the Joseon Central News Agency reported Saturday.",
    "Kim told workers that the factory must \"dramatically raise\" production this year, according to the report.",
    "He said in a speech: “The enemies will pay dearly for their reckless military provocations.",
    "The visit came days after South Korea and the United States wrapped up their annual Freedom Shield exercise."),
    L("北 김정은 \"핵억제력 강화\"…군수공장 현지지도",
      "김정은 북한 국무위원장이 포탄을 생산하는 군수공장을 현지지도했다고 조선중앙통신이 15일 보도했다.",
      "김 위원장은 노동자들에게 올해 생산량을 \"비약적으로 늘려야 한다\"고 말했다고 통신은 전했다.",
      "그는 연설에서 \"적들은 무모한 군사적 도발의 대가를 톡톡히 치르게 될 것\"이라고 말했다.",
      "이번 방문은 한미가 연례 '자유의 방패' 연합연습을 마친 지 며칠 만에 이뤄졌다."),
    [E("name-romanization", "Kim Jeong-eun"),
     E("name-romanization", "Joseon Central News Agency"),
     E("unbalanced-quote", "“The enemies will pay dearly")])

rec("d02", L(
    "Rodong Sinmun calls for 'all-out effort' in spring farming",
    "Farmers at a cooperative farm in South Hwanghae Province transplant rice seedlings. [Pyongyang Rodong Sinmun=News1]",
    "North Korea's main newspaper urged the entire country to throw itself into the spring farming battle in its edition dated the 19th.",
    "“The rice paddies are precisely the front line of defending socialism. “The newspaper stressed.",
    "The paper also called on party officials to go down to the fields themselves."),
    None,
    [E("photo-credit-residue", "[Pyongyang Rodong Sinmun=News1]"),
     E("literal-date", "dated the 19th"),
     E("split-attribution", "“The newspaper stressed."),
     E("unbalanced-quote", "“The newspaper stressed.", optional=True),
     E("doubled-attribution", "“The newspaper stressed.", optional=True)])

rec("d03", "China's BYD will invest 3 billion yuan in a battery recycling plant in Ulsan, the city said.",
    "중국 BYD가 울산에 3억 위안을 투자해 배터리 재활용 공장을 짓는다고 울산시가 밝혔다.",
    [E("number-mismatch", "3 billion yuan")])

rec("d04", L(
    "POSCO to cut crude steel output at Pohang plant amid Chinese oversupply",
    "POSCO said Tuesday it will reduce crude steel production at its Pohang Works by 8 million tons this year.",
    "The company cited a flood of cheap Chinese steel and weak domestic construction demand.",
    "It plans to shift part of the capacity to high-value products such as electrical steel for EV motors."),
    L("포스코, 中 공급과잉에 포항제철소 조강 감산",
      "포스코는 올해 포항제철소의 조강 생산량을 80만 톤 줄일 것이라고 14일 밝혔다.",
      "회사는 값싼 중국산 철강의 유입과 국내 건설 수요 부진을 이유로 들었다.",
      "포스코는 생산능력 일부를 전기차 모터용 전기강판 등 고부가가치 제품으로 전환할 계획이다."),
    [E("number-mismatch", "8 million tons")])

rec("d05", L(
    "Science ministry to spend 500 billion won on sovereign AI computing",
    "The Ministry of Science and ICT said it will invest 50 billion won by 2028 to secure 20,000 advanced GPUs for a national AI computing center.",
    "The center will be open to universities, startups and public research institutes.",
    "Vice Minister Ryu Je-myung said the project is \"the foundation for Korea to join the top three AI powers.\"",
    "Attachment: 260314_press_release_(final).hwp [Download] [Preview]"),
    L("과기정통부, 소버린 AI 컴퓨팅에 5천억 원 투입",
      "과학기술정보통신부는 2028년까지 5천억 원을 투입해 국가 AI 컴퓨팅센터용 첨단 GPU 2만 장을 확보하겠다고 밝혔다.",
      "센터는 대학과 스타트업, 공공 연구기관에 개방된다.",
      "류제명 차관은 이번 사업이 \"한국이 AI 3대 강국으로 도약하는 기반\"이라고 말했다."),
    [E("number-mismatch", "50 billion won"),
     E("page-boilerplate", "Attachment: 260314_press_release_(final).hwp [Download] [Preview]"),
     E("length-mismatch", "Attachment: 260314_press_release_(final).hwp", optional=True)])

rec("d06", "Korea will provide 5 million won in humanitarian aid to flood victims in Pakistan, the foreign ministry said.",
    "외교부는 홍수 피해를 입은 파키스탄에 500만 달러 규모의 인도적 지원을 제공한다고 밝혔다.",
    [E("number-mismatch", "5 million won")])

rec("d07", "Уважаемый товарищ Ким Чен Ын осмотрел новый жилой квартал в Пхеньяне.",
    "김정은 동지께서 평양의 새 살림집 구역을 돌아보셨다.",
    [E("untranslated-segment", "Уважаемый товарищ Ким Чен Ын осмотрел новый жилой квартал в Пхеньяне.")])

_d08 = "대구시는 올여름 폭염에 대비해 무더위 쉼터 1200곳을 운영한다."
rec("d08", _d08.replace(" ", "\u00a0"), _d08,
    [E("untranslated-segment", _d08.replace(" ", "\u00a0")),
     E("untranslated-hangul", "대구시는", optional=True)])

rec("d09", L(
    "Jeonju Hanok Village draws record crowds during Dano festival",
    "Jeonju Hanok Village drew about 120,000 visitors over the three-day Dano festival, city officials said on the 5th day.",
    "Visitors tried on hanbok, made traditional fans and watched a ssireum match held in front of Gyeonggijeon Shrine.",
    "The city plans to extend shuttle bus service to the village through the end of the month.",
    "This has been Park Seo-jun of JTV Jeonju Broadcasting."),
    None,
    [E("literal-date", "on the 5th day"),
     E("byline-residue", "This has been Park Seo-jun of JTV Jeonju Broadcasting.")])

rec("d10", L(
    "North Chungcheong to open bio workforce training center in Osong",
    "<Cheongju=CJB> Reporter Oh Min-seok = North Chungcheong Province will open a biopharmaceutical workforce training center in Osong next March.",
    "The 42 billion won won facility will train about 2,000 technicians a year in cell culture and quality control.",
    "Provincial officials said the center would help bio companies in Osong fill chronic staffing gaps."),
    None,
    [E("dateline-residue", "<Cheongju=CJB> Reporter Oh Min-seok ="),
     E("repeated-word", "won won")])

rec("d11", L(
    "Gyeonggi to give 1 million won 'birth bonus' to families of newborns",
    "(Suwon=Yonhap News) Reporter Lee Ji-woo·Kim Do-yun = Gyeonggi Province will give families 1 million won for each child born from July.",
    "The provincial government said about 70,000 families are expected to benefit this year.",
    "Governor Kim Dong-yeon said, \"We cannot wait for the central government while the birth rate keeps falling,\" said Governor Kim."),
    None,
    [E("dateline-residue", "(Suwon=Yonhap News) Reporter Lee Ji-woo·Kim Do-yun ="),
     E("doubled-attribution", "Governor Kim Dong-yeon said, \"We cannot wait for the central government while the birth rate keeps falling,\" said Governor Kim.")])

rec("d12", L(
    "Hanwha Ocean wins $1.2 billion order for four LNG carriers",
    "Hanwha Ocean said Monday it has won a 1.7 trillion won ($1.2 billion) order to build four liquefied natural gas carriers for a European shipowner.",
    "The vessels will be delivered by the first half of 2029.",
    "Useful 0 Interesting 0 Empathy 0 Great analysis 0 Want a follow-up 0",
    "View original article"),
    None,
    [E("page-boilerplate", "Useful 0 Interesting 0 Empathy 0 Great analysis 0 Want a follow-up 0"),
     E("page-boilerplate", "View original article")])

rec("d13", L(
    "Samsung Biologics breaks ground on fifth plant in Songdo",
    "Summary: The summary is generated automatically by AI technology, so the main content may be omitted. Please read the full text.",
    "Samsung Biologics began construction of its fifth plant in Songdo, Incheon, on Wednesday.",
    "The 180,000-liter plant will raise the company's total capacity to 784,000 liters when it is completed in 2027.",
    "The company explained that \"the new plant will cement our lead in contract manufacturing,\" the company explained in a press release."),
    None,
    [E("page-boilerplate", "Summary: The summary is generated automatically by AI technology, so the main content may be omitted. Please read the full text."),
     E("doubled-attribution", "The company explained that \"the new plant will cement our lead in contract manufacturing,\" the company explained in a press release.")])

rec("d14", L(
    "Students rally against tuition hike at Yonsei",
    "About 800 students gathered at Baekyang-ro on Thursday to protest the university's plan to raise tuition by 4.9 percent.",
    "The student council said the increase was decided without \"meaningful consultation\" with students.",
    "The university said the hike was unavoidable after 17 years of frozen tuition.",
    "Reporter Lee Da-som (Political Science and International Relations, Class of 2024)"),
    None,
    [E("byline-residue", "Reporter Lee Da-som (Political Science and International Relations, Class of 2024)")])

rec("d15", L(
    "Myeongdong Cathedral holds Mass for victims of Jeju April 3 Uprising",
    "The Archdiocese of Seoul held a memorial Mass for the victims of the April 3 Jeju Uprising at Myeongdong Cathedral on the 28th KST.",
    "Archbishop Peter Chung Soon-taick said in his homily, “Memory is the beginning of reconciliation,” he said.",
    "About 1,200 faithful , including 300 pilgrims from Jeju, attended the Mass.",
    "All articles of this newspaper are protected by copyright law, and reproduction without permission is prohibited."),
    None,
    [E("literal-date", "on the 28th KST"),
     E("doubled-attribution", "said in his homily, “Memory is the beginning of reconciliation,” he said."),
     E("space-before-punctuation", "faithful ,"),
     E("copyright-residue", "All articles of this newspaper are protected by copyright law, and reproduction without permission is prohibited.")])

rec("d16", L(
    "Jogye Order lights giant lantern for Buddha's Birthday",
    "The Jogye Order of Korean Buddhism lit a giant lantern at Gwanghwamun Square to open the Yeondeunghoe lantern festival.",
    "“May the light of the lanterns reach every corner of a divided society. “Venerable Jinwoo said in his dharma talk.",
    "About 50,000 lanterns will light up Jongno through the festival weekend.",
    "Beopbo Shinmun ⓒ Reprint·redistribution prohibited"),
    None,
    [E("split-attribution", "“Venerable Jinwoo said in his dharma talk."),
     E("unbalanced-quote", "“Venerable Jinwoo said in his dharma talk.", optional=True),
     E("doubled-attribution", "“Venerable Jinwoo said in his dharma talk.", optional=True),
     E("copyright-residue", "Beopbo Shinmun ⓒ Reprint·redistribution prohibited")])

rec("d17", L(
    "Yoido Full Gospel Church pledges 3 billion won for single-parent families",
    "Yoido Full Gospel Church said Sunday it will donate 3 billion won over three years to support single-parent families.",
    "\"The church must be a home for those who have nowhere to lean on. \"Senior Pastor Lee Young-hoon preached.",
    "The donation will fund housing deposits and after-school care for about 600 families."),
    None,
    [E("split-attribution", "\"Senior Pastor Lee Young-hoon preached."),
     E("unbalanced-quote", "\"Senior Pastor Lee Young-hoon preached.", optional=True),
     E("doubled-attribution", "\"Senior Pastor Lee Young-hoon preached.", optional=True)])

rec("d18", L(
    "Samsung unveils Galaxy Z Fold8 with thinner hinge",
    "Samsung Electronics unveiled the Galaxy Z Fold8 at its Unpacked event in New York on Wednesday (local time).",
    "“This is the thinnest and lightest Fold we have ever made,”said TM Roh, head of the company's device business.",
    "Pre-orders for the Galaxy Z Fold8 , which starts at 2,399,000 won, begin July 24 in Korea.",
    "For media inquiries: Samsung Electronics Global Communications Team, Manager Kim Ji-won (02-2255-0114)"),
    None,
    [E("missing-space", ",”said"),
     E("space-before-punctuation", "Fold8 ,"),
     E("byline-residue", "For media inquiries: Samsung Electronics Global Communications Team", optional=True),
     E("page-boilerplate", "For media inquiries: Samsung Electronics Global Communications Team", optional=True)])

rec("d19", "The ministry listed the causes as follows:the rising cost of imported grain, the weak won and a poor harvest.",
    None,
    [E("missing-space", "follows:the")])

rec("d20", L(
    "Won slides past 1,450 per dollar for first time in seven months",
    "The Korean won closed at 1,452.3 per dollar on Friday, down 8.7 won from the previous session.",
    "Dealers said the currency was hit by the Fed chairÃ¢â‚¬â„¢s hawkish remarks and foreign selling of local stocks.",
    "The KOSPI fell 1.2 percent to 2,587.41."),
    L("원·달러 환율 7개월 만에 1,450원 돌파",
      "원·달러 환율은 금요일 전 거래일보다 8.7원 오른 1,452.3원에 마감했다.",
      "딜러들은 연준 의장의 매파적 발언과 외국인의 국내 주식 매도가 원화에 타격을 줬다고 말했다.",
      "코스피는 1.2% 내린 2,587.41에 마감했다."),
    [E("mojibake", "Ã¢â‚¬â„¢")])

rec("d21", "\u00e2\u0080\u009cWe will protect our fishermen to the end,\u00e2\u0080\u009d the oceans minister told the fishermen in Mokpo.",
    None,
    [E("mojibake", "\u00e2\u0080\u009cWe"),
     E("mojibake", "\u00e2\u0080\u009d the", optional=True)])

rec("d22", L(
    "Seoul lantern festival opens along Cheonggyecheon",
    "The 17th ?꽌?슱鍮쏆큹濡깆텞?젣 opened along the Cheonggyecheon stream on Friday with 600 lanterns from 20 countries.",
    "The theme this year is &ldquo;Lights of the Han River&rdquo;, organizers said.",
    "The festival runs through Dec. 31."),
    None,
    [E("mojibake", "?꽌?슱鍮쏆큹濡깆텞?젣"),
     E("untranslated-hangul", "?꽌?슱鍮쏆큹濡깆텞?젣", optional=True),
     E("mojibake", "&ldquo;Lights"),
     E("mojibake", "River&rdquo;", optional=True)])

rec("d23", L(
    "[Interview] Gangneung wildfire: 'The wind changed in an instant'",
    "Anchor: Reporter Choi님, how far has the fire spread?",
    "Reporter: The fire has burned about 380 hectares of forest in Okgye-myeon since Tuesday afternoon.",
    "About 1,100 residents have been evacuated to gyms and schools."),
    None,
    [E("untranslated-hangul", "님"),
     E("garbled-headline", "[Interview] Gangneung wildfire", optional=True)])

rec("d24", "尹 orders full support for chipmakers hit by U.S. tariffs", None,
    [E("untranslated-hangul", "尹")])

rec("d25", "㈜Kakao said its quarterly operating profit rose 18 percent to 192 billion won.", None,
    [E("untranslated-hangul", "㈜")])

rec("d26", L(
    "Former President Bak Geun-hye visits Daegu market ahead of local elections",
    "Former President Bak Geun-hye visited Seomun Market in Daegu on Saturday, greeting merchants for about an hour.",
    "It was her first public appearance in Daegu in eight months.",
    "She did not answer reporters' questions about the June local elections."),
    L("박근혜 전 대통령, 지방선거 앞두고 대구 서문시장 방문",
      "박근혜 전 대통령이 토요일 대구 서문시장을 찾아 약 1시간 동안 상인들과 인사를 나눴다.",
      "대구에서 공개 행보에 나선 것은 8개월 만이다.",
      "박 전 대통령은 6월 지방선거에 관한 취재진의 질문에는 답하지 않았다."),
    [E("name-romanization", "Bak Geun-hye visits"),
     E("name-romanization", "Bak Geun-hye visited", optional=True)])

rec("d27", L(
    "Mr. President Yoon Seok-youl-eun, Taegu visit... \"Regional economy revival\"",
    "Mr. President Yoon Seok-youl visited Taegu on this day and presided over a meeting on the regional economy.",
    "Mr. President Yoon said, \"I will do my best so that the regional economy can revive.\""),
    L("윤석열 대통령, 대구 방문…\"지역경제 살리겠다\"",
      "윤석열 대통령은 이날 대구를 방문해 지역경제 간담회를 주재했다.",
      "윤 대통령은 \"지역경제가 살아날 수 있도록 최선을 다하겠다\"고 말했다."),
    [E("garbled-headline", "Mr. President Yoon Seok-youl-eun, Taegu visit... \"Regional economy revival\""),
     E("name-romanization", "Yoon Seok-youl-eun"),
     E("name-romanization", "Taegu visit"),
     E("name-romanization", "Yoon Seok-youl visited", optional=True),
     E("name-romanization", "Taegu on this day", optional=True),
     E("literal-date", "on this day", optional=True)])

rec("d28", "Former U.N. Secretary-General Ban Gi-mun called for a regional carbon market at a climate forum in Seoul.",
    "반기문 전 유엔 사무총장은 서울에서 열린 기후 포럼에서 역내 탄소시장 창설을 촉구했다.",
    [E("name-romanization", "Ban Gi-mun")])

rec("d29", "President Yi Jae-myeong will attend the G20 summit in Johannesburg next week, the presidential office said.",
    "이재명 대통령이 다음 주 요하네스버그에서 열리는 G20 정상회의에 참석한다고 대통령실이 밝혔다.",
    [E("name-romanization", "Yi Jae-myeong")])

rec("d30", L(
    "SK chairman urges 'AI alliance' with Japan at Tokyo forum",
    "SK Group Chairman Chey Tae-won speaks at a business forum in Tokyo on Tuesday. (Tokyo AFP=Yonhap News)",
    "SK Group Chairman Chey Tae-won said Korea and Japan should build a joint AI infrastructure to compete with the United States and China.",
    "At the forum, Choi Tae-won proposed that the two countries share data centers and power grids.",
    "Chey has pushed for closer economic ties with Japan as head of the Korea Chamber of Commerce and Industry."),
    None,
    [E("photo-credit-residue", "(Tokyo AFP=Yonhap News)"),
     E("inconsistent-name", "Choi Tae-won"),
     E("inconsistent-name", "Chey Tae-won speaks", optional=True),
     E("inconsistent-name", "Chey Tae-won said", optional=True)])

rec("d31", L(
    "Seoul teen wins gold at International Chemistry Olympiad",
    "Kim Seo-yeon, a senior at Seoul Science High School, won a gold medal at the International Chemistry Olympiad in Riyadh.",
    "Seo-yeon Kim ranked fourth overall among 340 students from 90 countries.",
    "Kim said she hopes to study catalyst design for cleaner batteries."),
    None,
    [E("inconsistent-name", "Seo-yeon Kim"),
     E("inconsistent-name", "Kim Seo-yeon", optional=True)])

rec("d32", L(
    "LG chairman Koo Kwang-mo visits battery plant in Arizona",
    "LG Group Chairman Koo Kwang-mo visited LG Energy Solution's battery plant under construction in Queen Creek, Arizona, on Monday (local time).",
    "Gu Kwang-mo told employees that the plant would be \"the cornerstone of our North American business.\"",
    "The 7.2 trillion won plant is scheduled to begin producing cylindrical batteries next year."),
    L("구광모 LG 회장, 美 애리조나 배터리 공장 방문",
      "구광모 LG그룹 회장이 현지시간 월요일 애리조나주 퀸크릭에 건설 중인 LG에너지솔루션 배터리 공장을 방문했다.",
      "구 회장은 직원들에게 이 공장이 \"북미 사업의 초석\"이 될 것이라고 말했다.",
      "7조2천억 원이 투입되는 이 공장은 내년부터 원통형 배터리를 생산할 예정이다."),
    [E("inconsistent-name", "Gu Kwang-mo"),
     E("inconsistent-name", "Koo Kwang-mo visits", optional=True),
     E("inconsistent-name", "Koo Kwang-mo visited", optional=True)])

rec("d33", L(
    "Government, fine dust reduction special measures announcement did",
    "The government announced special measures on Thursday to cut fine dust emissions by by 30 percent by 2030.",
    "Coal-fired power plants will be partly shut down from December to March, and older diesel trucks will be banned from central Seoul."),
    L("정부, 미세먼지 저감 특별대책 발표",
      "정부는 목요일 2030년까지 미세먼지 배출량을 30% 줄이기 위한 특별대책을 발표했다.",
      "12월부터 3월까지 석탄화력발전소 일부 가동이 중단되고, 노후 경유 화물차는 서울 도심 진입이 금지된다."),
    [E("garbled-headline", "Government, fine dust reduction special measures announcement did"),
     E("repeated-word", "by by")])

rec("d34", L(
    "Seoul City-neun youth housing 1,000 households supply-handa",
    "Seoul City will supply 1,000 rental homes for young people near subway stations by next year.",
    "Rent will be capped at 70 percent of the market rate."),
    L("서울시는 청년주택 1000가구 공급한다",
      "서울시는 내년까지 역세권에 청년 임대주택 1000가구를 공급한다.",
      "임대료는 시세의 70% 이하로 책정된다."),
    [E("garbled-headline", "Seoul City-neun youth housing 1,000 households supply-handa")])

rec("d38", L(
    "North Korea fires cruise missiles off west coast, JCS says",
    "North Korea fired several cruise missiles into the Yellow Sea on Sunday morning, the Joint Chiefs of Staff said.;",
    "The JCS said South Korean and U.S. intelligence authorities were analyzing the details, including the flight distance."),
    L("北, 서해상으로 순항미사일 발사…합참",
      "북한이 일요일 오전 서해상으로 순항미사일 여러 발을 발사했다고 합동참모본부가 밝혔다.",
      "합참은 한미 정보당국이 비행거리 등 세부 제원을 분석 중이라고 밝혔다."),
    [E("stray-punctuation", "said.;")])

rec("d39", L(
    "Labor ministry toughens penalties for unpaid wages",
    "The Ministry of Employment and Labor announced the key changes as follows:.",
    "Employers who fail to pay wages for three months or more will be barred from government subsidies.",
    "Repeat offenders will have their names published on the ministry's website for up to three years."),
    None,
    [E("stray-punctuation", "follows:.")])

rec("d40", L(
    "Han Kang's 《We Do Not Part tops campus reading list",
    "Han Kang's novel was voted the most-read book of the year by 3,400 students at the Dongguk University library.",
    "The library said loans of Korean literature rose 41 percent after her Nobel Prize."),
    None,
    [E("unbalanced-quote", "《We Do Not Part"),
     E("garbled-headline", "《We Do Not Part", optional=True)])

rec("d41", L(
    "Ulsan fans bid farewell to retiring captain",
    "Ulsan HD supporters unfurled a giant banner reading “\"Thank you, our captain\" before kickoff at Munsu Football Stadium.",
    "Fans chanted \"Captain Kim!\"\" as Kim Young-gwon walked onto the pitch for the last time.",
    "The club will hold a retirement ceremony after the final home game of the season."),
    None,
    [E("doubled-quote", "“\"Thank"),
     E("doubled-quote", "!\"\""),
     E("unbalanced-quote", "“\"Thank", optional=True),
     E("mixed-quote-style", "“\"Thank", optional=True),
     E("unbalanced-quote", "!\"\"", optional=True)])

rec("d43", L(
    "National museum opens photo exhibition on 1980s Seoul",
    "The National Museum of Modern and Contemporary Art opened the exhibition 〈Seoul Spring\" on Tuesday.",
    "It features 230 photographs of street protests, markets and alleys taken between 1979 and 1988."),
    None,
    [E("mixed-quote-style", "〈Seoul Spring\""),
     E("unbalanced-quote", "〈Seoul Spring\"", optional=True)])

rec("d44", "The ministry called the new rental subsidy a 'hope ladder” for young workers.", None,
    [E("mixed-quote-style", "'hope ladder”"),
     E("unbalanced-quote", "'hope ladder”", optional=True)])

rec("d48", L(
    "Daejeon's Sungsimdang opens bakery museum",
    "(Daejeon) Reporter Yoon Ha-jin = Daejeon's landmark bakery Sungsimdang opened a museum on its 70-year history near its main store in Eunhaeng-dong.",
    "The museum displays its first bread recipes, old delivery bicycles and photos from 1956.",
    "Reporter Yoon Ha-jin yhj2580(at)tjb.co.kr"),
    None,
    [E("dateline-residue", "(Daejeon) Reporter Yoon Ha-jin ="),
     E("byline-residue", "Reporter Yoon Ha-jin yhj2580(at)tjb.co.kr")])

rec("d49", L(
    "Haeundae beach opens a month early as heat arrives",
    "Haeundae Beach in Busan opened for swimming on June 1, a month earlier than usual, as temperatures climbed to 31 degrees Celsius.",
    "Lifeguards will be on duty from 9 a.m. to 6 p.m. daily.",
    "Copyright holder ⓒ KNN. Reprinting and redistribution prohibited.",
    "Nate News | Most viewed in Society | Real-time issue keywords"),
    None,
    [E("copyright-residue", "Copyright holder ⓒ KNN."),
     E("page-boilerplate", "Nate News | Most viewed in Society | Real-time issue keywords")])

_d50 = ("Bank of Korea holds key rate at 2.25 percent",
        "The Bank of Korea's Monetary Policy Board kept its benchmark rate unchanged at 2.25 percent.",
        "Governor Rhee Chang-yong said volatility in the exchange rate remained high.")
rec("d50", L(*_d50, *_d50),
    L("한국은행, 기준금리 연 2.25%로 동결",
      "한국은행 금융통화위원회는 기준금리를 연 2.25%로 동결했다.",
      "이창용 총재는 환율 변동성이 여전히 크다고 말했다."),
    [E("length-mismatch", "high.\n" + L(*_d50))])

rec("d51", L(
    "Environment ministry adds PFAS to drinking water standards",
    "The Ministry of Environment will add two PFAS chemicals to drinking water standards from January, etc."),
    L("환경부, 먹는물 과불화화합물 관리 기준 신설",
      "환경부는 내년 1월부터 먹는물 수질 기준에 과불화화합물(PFAS) 2종을 새로 추가한다고 밝혔다.",
      "과불화옥탄산(PFOA)과 과불화옥탄술폰산(PFOS)의 기준은 각각 리터당 4나노그램으로 정해졌다.",
      "전국 정수장 485곳은 분기마다 이들 물질을 검사해야 한다.",
      "기준을 초과한 정수장은 즉시 주민에게 알리고 3개월 안에 개선 계획을 제출해야 한다.",
      "환경부는 정수장 고도처리 시설 설치에 내년 예산 1200억 원을 지원할 계획이다."),
    [E("length-mismatch", "The Ministry of Environment will add two PFAS chemicals to drinking water standards from January, etc.")])

# ----------------------------------------------------------------------------------------------
# Clean records (no required entry)
# ----------------------------------------------------------------------------------------------

rec("c01", L(
    "N. Korea's Kim calls for 'decisive' military buildup at party plenary",
    "North Korean leader Kim Jong Un called for a \"decisive turn\" in the modernization of the armed forces at a plenary meeting of the ruling Workers' Party of Korea (WPK), state media reported Sunday.",
    "The four-day meeting, the 12th Plenary Meeting of the 8th Central Committee, ended Saturday, the Korean Central News Agency (KCNA) said.",
    "Kim Yo Jong, the leader's sister and a vice department director of the party's Central Committee, and Foreign Minister Choe Son Hui attended.",
    "The meeting also reviewed last year's test-firing of the Hwasong-19 solid-fuel intercontinental ballistic missile, KCNA said."),
    L("北 김정은, 당 전원회의서 \"결정적 군사력 강화\" 주문",
      "김정은 북한 국무위원장이 노동당 전원회의에서 군 현대화의 \"결정적 전환\"을 주문했다고 관영매체가 일요일 보도했다.",
      "조선중앙통신은 당 중앙위원회 제8기 제12차 전원회의가 나흘간의 일정을 마치고 토요일 폐막했다고 전했다.",
      "김 위원장의 여동생인 김여정 당 중앙위원회 부부장과 최선희 외무상이 참석했다.",
      "회의에서는 지난해 고체연료 대륙간탄도미사일 화성-19형 시험발사도 평가했다고 통신은 밝혔다."))

rec("c02", L(
    "KCNA: North slams joint drills as 'rehearsal for invasion'",
    "North Korea's state media on Tuesday denounced the allies' Ulchi Freedom Shield exercise, calling it \"a dangerous rehearsal for a war of invasion.\"",
    "\"The U.S. and the Republic of Korea puppet military gangsters will be held fully accountable for any consequences,\" the commentary said, using the North's derogatory term for the South.",
    "The commentary, carried by the Korean Central News Agency, did not mention any planned military response.",
    "Unification ministry spokesperson Koo Byoung-sam told a briefing that the exercise was \"defensive in nature.\""))

rec("c03", L(
    "Military court gives Marine colonel suspended term over corporal's death",
    "A military court on Friday sentenced Col. Jang Ho-seok to one year and six months in prison, suspended, for negligence in the 2023 death of a Marine corporal.",
    "The court acquitted Lt. Col. Lee Yong-min and Sgt. 1st Class Kim Dong-ha of abuse of authority.",
    "Military prosecutors said they would appeal the ruling in the case (2025Gogun37) to the Seoul High Court."),
    L("군사법원, 해병대 상병 사망 사건 대령에 집행유예",
      "군사법원은 금요일 2023년 해병대 상병 사망 사건과 관련해 장호석 대령에게 과실치사 혐의로 징역 1년6개월에 집행유예를 선고했다.",
      "재판부는 이용민 중령과 김동하 상사의 직권남용 혐의에 대해서는 무죄를 선고했다.",
      "군검찰은 이 사건(2025고군37)에 대해 서울고등법원에 항소할 방침이라고 밝혔다."))

rec("c04", L(
    "Assembly passes semiconductor special act after 14-month standoff",
    "The National Assembly on Thursday passed the Semiconductor Special Act (Bill No. 2210843) by a vote of 181 to 62, with 19 abstentions.",
    "The bill lets chipmakers' researchers opt out of the 52-hour workweek cap for up to three years, a provision the Democratic Party had resisted until last month.",
    "\"This is not the end but the beginning,\" Rep. Kim Tae-nyeon said on the floor. \"We will keep watching how it is applied.\""))

rec("c05", "The KOSPI rose 1.4 percent to 2,731.56 and the KOSDAQ added 0.9 percent to 768.02, while the won strengthened to 1,372.8 per dollar.",
    "코스피는 1.4% 오른 2,731.56, 코스닥은 0.9% 상승한 768.02로 마감했고 원·달러 환율은 1,372.8원으로 하락했다.")

rec("c06", "The yen traded at 912.4 won per 100 yen, its lowest in two years, and about two-thirds of Korean travelers to Japan paid by card.",
    "엔화는 100엔당 912.4원으로 2년 만에 최저를 기록했으며, 일본을 찾은 한국인 여행객의 약 3분의 2가 카드로 결제했다.")

rec("c07", L(
    "Samsung's Galaxy S25 Edge tops 1 million sales in five weeks",
    "Samsung Electronics said Monday its Galaxy S25 Edge, the 5.8 mm-thin model launched in May, has sold more than 1 million units worldwide in five weeks.",
    "The phone runs on the Snapdragon 8 Elite for Galaxy chip and carries a 200-megapixel main camera.",
    "Its sister models, the Galaxy S25 and S25 Ultra, together sold 3.2 million units in Korea in the first half, the company said."))

rec("c08", L(
    "KAIST team develops sodium-ion battery that charges in nine minutes",
    "A team at the Korea Advanced Institute of Science and Technology (KAIST) has developed a sodium-ion battery that reaches 80 percent charge in nine minutes.",
    "The anode uses hard carbon coated with molybdenum disulfide (MoS2), and the electrolyte is based on sodium hexafluorophosphate (NaPF6) instead of the lithium salt LiPF6.",
    "\"Sodium is a thousand times more abundant than lithium,\" said Prof. Kang Jeung-ku, who led the study."),
    L("KAIST 연구진, 9분 만에 충전되는 나트륨이온 배터리 개발",
      "한국과학기술원(KAIST) 연구팀이 9분 만에 80%까지 충전되는 나트륨이온 배터리를 개발했다.",
      "음극에는 이황화몰리브덴(MoS2)을 코팅한 하드카본을 썼고, 전해질은 리튬염 LiPF6 대신 육불화인산나트륨(NaPF6)을 기반으로 했다.",
      "연구를 이끈 강정구 교수는 \"나트륨은 리튬보다 매장량이 1000배 많다\"고 말했다."))

rec("c09", L(
    "JYP's J.Y. Park to headline Busan charity concert",
    "Singer and producer J.Y. Park will headline a charity concert in Busan on Aug. 15 to raise funds for children's hospitals.",
    "Samsung Electronics Chairman Jay Y. Lee and his sister, Hotel Shilla CEO Lee Boo-jin, have each pledged 1 billion won to the cause.",
    "Tickets, priced at 55,000 won, sold out in 11 minutes, organizers said."))

rec("c10", "Lee J.Y., 34, a graduate student identified only by his initials, was indicted on charges of distributing deepfake videos.")

rec("c11", L(
    "Catholic Church marks 60 years of Mass in Korean",
    "The Catholic Church in Korea marked the 60th anniversary of celebrating Mass in Korean, a change that followed the Second Vatican Council (1962-65).",
    "Cardinal Andrew Yeom Soo-jung, archbishop emeritus of Seoul, read Psalm 23 at the anniversary Mass at Jeoldusan Martyrs' Shrine.",
    "\"Praying in our own language let the faith take root in ordinary lives,\" he said."),
    L("한국 천주교, 한국어 미사 봉헌 60주년 기념",
      "한국 천주교회가 제2차 바티칸 공의회(1962~65년) 이후 시작된 한국어 미사 봉헌 60주년을 기념했다.",
      "서울대교구장을 지낸 염수정 안드레아 추기경은 절두산 순교성지에서 봉헌된 기념 미사에서 시편 23편을 봉독했다.",
      "그는 \"우리말로 드리는 기도가 신앙을 평범한 삶 속에 뿌리내리게 했다\"고 말했다."))

rec("c12", "Chuseok falls on the 15th day of the eighth lunar month, which is Oct. 6 this year.",
    "추석은 음력 8월 15일로, 올해는 10월 6일이다.")

rec("c13", L(
    "Temple stays draw record number of foreign visitors",
    "A record 78,000 foreigners joined temple stay programs last year, up 23 percent from 2024, the Cultural Corps of Korean Buddhism said.",
    "Haeinsa, home to the Tripitaka Koreana, and Bulguksa in Gyeongju were the most popular.",
    "Participants meditate, share barugongyang (formal monastic meals) and join the 3 a.m. yebul (chanting service)."),
    L("템플스테이 외국인 참가자 역대 최다",
      "지난해 템플스테이에 참가한 외국인은 7만8천 명으로 2024년보다 23% 늘어 역대 최다를 기록했다고 한국불교문화사업단이 밝혔다.",
      "팔만대장경을 보관한 해인사와 경주 불국사가 가장 인기가 높았다.",
      "참가자들은 명상을 하고 발우공양을 하며 새벽 3시 예불에 참여한다."))

rec("c14", L(
    "KU student council election turnout falls below 50 percent",
    "Turnout in Korea University's student council election fell to 46.8 percent, short of the 50 percent needed to validate the result, the election committee said.",
    "A rerun is scheduled for the 2nd week of December, with the previous council staying on as an interim body.",
    "Candidates Shin Ye-eun (Political Science '22) and Oh Jun-seo (Mechanical Engineering '21) said they would run again."))

rec("c15", L(
    "Gangwon State fast-tracks ski resort revival plan",
    "Gangwon State will spend 48 billion won over 2026-28 to modernize lifts and snowmaking at three aging ski resorts in Pyeongchang and Jeongseon.",
    "Gov. Kim Jin-tae said the plan would help the region \"make the most of the Olympic legacy.\"",
    "About two-thirds of the money will come from the provincial budget and the rest from private operators."),
    L("강원특별자치도, 스키장 활성화 계획 속도",
      "강원특별자치도는 2026~28년 480억 원을 들여 평창과 정선의 노후 스키장 3곳의 리프트와 제설 설비를 현대화한다.",
      "김진태 지사는 이번 계획이 \"올림픽 유산을 최대한 살리는 데\" 도움이 될 것이라고 말했다.",
      "사업비의 약 3분의 2는 도비로, 나머지는 민간 운영사가 부담한다."))

rec("c16", "Under Article 21 of the revised Special Act on Housing Lease, landlords who return deposits late will pay 12 percent annual interest.",
    "개정된 주택임대차 특별법 제21조에 따라 보증금을 늦게 돌려주는 임대인은 연 12%의 이자를 물어야 한다.")

rec("c17", "Hyundai Motor's IONIQ 9 and Kia's EV3 were named among the world's top 10 electric vehicles by a German auto magazine.",
    "현대차 아이오닉 9과 기아 EV3가 독일 자동차 전문지가 선정한 세계 10대 전기차에 이름을 올렸다.")

rec("c18", "Kim Min-jae (Bayern Munich) and Lee Kang-in (Paris Saint-Germain) were named to the 26-man squad; Son Heung-min (LAFC) will captain the side.")

rec("c19", L(
    "Hangeul Day: the words foreign learners find hardest to say",
    "On Hangeul Day, the National Institute of Korean Language published a list of the words that foreign learners find hardest to pronounce.",
    "Topping the list is \"ppalgang\" (빨강, red), whose tense consonant has no English equivalent.",
    "Second is \"eoreum\" (ice), followed by \"kkeunnada\" (to finish)."),
    None,
    [E("untranslated-hangul", "빨강", optional=True)])

rec("c20", L(
    "Defector arrivals rise for third straight year",
    "A total of 236 North Korean defectors arrived in the South last year, up from 224 in 2024, the Ministry of Unification said Monday.",
    "Women accounted for about three-quarters of the arrivals, in line with the 2015-2019 average.",
    "Arrivals remain far below the 2,914 recorded in 2009, before the North tightened border controls."),
    L("탈북민 입국 3년 연속 증가",
      "지난해 국내에 입국한 탈북민은 236명으로 2024년 224명보다 늘었다고 통일부가 월요일 밝혔다.",
      "여성이 전체의 약 4분의 3을 차지해 2015~2019년 평균과 비슷했다.",
      "입국자 수는 북한이 국경 통제를 강화하기 전인 2009년의 2천914명에 크게 못 미친다."))

rec("c21", L(
    "KOSPI 200 futures trigger sidecar as chip rally spreads",
    "Program trading was halted for five minutes on Wednesday after KOSPI 200 futures jumped 5 percent, triggering the sidecar mechanism for the first time since 2020.",
    "SK hynix rose 9.8 percent to 248,500 won, while Samsung Electronics gained 6.1 percent to 71,300 won.",
    "Foreign investors bought a net 1.2 trillion won worth of shares, the most in a single day this year."),
    L("반도체 랠리에 코스피200 선물 급등…사이드카 발동",
      "수요일 코스피200 선물 가격이 5% 급등하면서 2020년 이후 처음으로 사이드카가 발동돼 5분간 프로그램 매매가 정지됐다.",
      "SK하이닉스는 9.8% 오른 24만8천500원, 삼성전자는 6.1% 오른 7만1천300원에 마감했다.",
      "외국인은 1조2천억 원어치를 순매수해 올해 들어 하루 최대 규모를 기록했다."))

rec("c22", "The government will raise the basic pension to 349,700 won a month for about 7.3 million people aged 65 or older.",
    "정부는 65세 이상 약 730만 명에게 지급하는 기초연금을 월 34만9천700원으로 인상한다.")

rec("c23", L(
    "Cherry blossoms bloom early in Seoul",
    "Visitors walk under cherry blossoms along Yeouido's Yunjung-ro in Seoul, Wednesday, March 25, 2026. (AP Photo/Ahn Young-joon)",
    "The blossoms opened six days earlier than last year, the Korea Meteorological Administration said."))

rec("c24", L(
    "Hyundai Motor and Kia post record first-half sales in Europe",
    "Hyundai Motor Company and Kia Corporation sold a combined 612,000 vehicles in Europe in the first half of 2026, up 4.3 percent year-on-year.",
    "The Kia EV3 and Hyundai INSTER led the growth, accounting for nearly one-fifth of the total.",
    "About Hyundai Motor Company: Established in 1967, Hyundai Motor Company is present in over 200 countries with more than 120,000 employees dedicated to tackling real-world mobility challenges."))

rec("c25", "Only 3/4 of the planned 1,200 units were finished by June, leaving the project 1½ years behind schedule.")

rec("c26", "In ruling 2025Do11873, the Supreme Court upheld a two-year prison term for a former Busan city official convicted of taking 80 million won in bribes.",
    "대법원은 2025도11873 사건에서 뇌물 8천만 원을 받은 혐의로 기소된 전 부산시 공무원에게 징역 2년을 확정했다.")

rec("c27", L(
    "Choe Ryong-hae absent from Supreme People's Assembly session",
    "Choe Ryong-hae, the North's nominal head of state, did not appear at a session of the Supreme People's Assembly on Thursday, prompting speculation about his health.",
    "Premier Pak Thae Song delivered the budget report, and Jo Yong Won presided over the session, according to KCNA.",
    "Seoul's spy agency said it was \"closely watching\" Choe's status."))

rec("c28", "The euro rose to 1,612.45 won, its highest since the 2011-12 eurozone debt crisis.",
    "유로화는 1,612.45원으로 2011~12년 유로존 재정위기 이후 최고치를 기록했다.")

rec("c29", "Maj. Gen. Kang Shin-chul, commander of the 2nd Operations Command, said the 1st Armored Brigade's K2 tanks had completed the drill.")

rec("c30", L(
    "Lee, party leaders agree to meet monthly on economic bills",
    "President Lee Jae Myung and the leaders of the two main parties agreed Tuesday to meet every month to speed up economic legislation.",
    "Democratic Party leader Jung Chung-rae and People Power Party leader Jang Dong-hyuk joined the lunch at the presidential office in Yongsan, along with Prime Minister Kim Min-seok.",
    "National Assembly Speaker Woo Won-shik welcomed the deal as \"overdue.\""))

rec("c31", "Galaxy S25 Ultra (SM-S938N) 256GB", "Galaxy S25 Ultra (SM-S938N) 256GB")


def main() -> int:
    errors = []
    ids = set()
    for r in R:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        for e in r["expected"]:
            n = r["target"].count(e["evidence"])
            if n != 1:
                errors.append(f"{r['id']}: evidence {e['evidence']!r} occurs {n} times")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as fh:
        for r in R:
            row = {"id": r["id"], "target": r["target"]}
            if r["source"]:
                row["source"] = r["source"]
            row["expected"] = r["expected"]
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(R)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
