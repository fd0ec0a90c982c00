"""Build the sixth held-out set (``articles.jsonl``) from the records written below.

Clean records (``c..``) are professionally edited English news of Korean subjects, full of
features a naive checker trips on. Damaged records (``d..``) carry realistic MT damage.

    .venv/bin/python bench/heldout6/build_articles.py

Checks that every evidence string occurs exactly once in its target, then writes the file.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECORDS: list = []


def C(rid, target, source=None, optional=()):
    """A clean record; ``optional`` is a list of (rule, evidence) that are acceptable."""
    RECORDS.append({"id": rid, "target": target, "source": source,
                    "expected": [{"rule": r, "evidence": e, "optional": True}
                                 for r, e in optional]})


def D(rid, target, expected, source=None, optional=()):
    """A damaged record; ``expected`` is a list of (rule, evidence)."""
    RECORDS.append({"id": rid, "target": target, "source": source,
                    "expected": [{"rule": r, "evidence": e} for r, e in expected]
                    + [{"rule": r, "evidence": e, "optional": True} for r, e in optional]})


# ---------------------------------------------------------------------------------------------
# Clean records
# ---------------------------------------------------------------------------------------------

C("c01",
  "S. Korea's exports rise 5.1 pct in October on chip demand\n"
  "SEOUL, Nov. 1 (Yonhap) -- South Korea's exports rose 5.1 percent in October from a year "
  "earlier, extending their on-year growth to a 14th consecutive month on robust demand for "
  "semiconductors, government data showed Saturday.\n"
  "Outbound shipments reached US$61.2 billion last month, while imports fell 1.2 percent to "
  "$54.8 billion, according to the Ministry of Trade, Industry and Energy. The country thus "
  "posted a trade surplus of $6.4 billion.",
  source="10월 수출 5.1% 증가…반도체 호조\n"
  "10월 수출이 작년 같은 달보다 5.1% 늘어나 14개월 연속 증가세를 이어갔다고 정부가 1일 밝혔다. "
  "반도체 수요가 견조했다.\n"
  "산업통상자원부에 따르면 지난달 수출액은 612억 달러였고, 수입은 1.2% 줄어든 548억 달러였다. "
  "이에 따라 무역수지는 64억 달러 흑자를 기록했다.")

C("c02",
  "Seoul jeonse deposits climb to two-year high as supply dries up\n"
  "By Kim Min-ji\n"
  "The average jeonse deposit for an apartment in Seoul rose to 612 million won (US$440,000) in "
  "the 3rd quarter, up 3.4 percent from the previous quarter, according to the Korea Real Estate "
  "Board on Tuesday.\n"
  "Jeonse, a uniquely Korean lease system in which tenants hand over a lump-sum deposit instead "
  "of paying monthly rent, has regained popularity since interest rates began to fall.",
  source="서울 전세보증금 2년 만에 최고…공급 부족\n"
  "한국부동산원은 화요일 3분기 서울 아파트 평균 전세보증금이 6억1200만 원으로 전 분기보다 3.4% "
  "올랐다고 밝혔다.\n"
  "세입자가 월세 대신 목돈을 보증금으로 맡기는 한국 특유의 임대 방식인 전세는 금리가 내리기 "
  "시작하면서 다시 인기를 얻고 있다.")

C("c03",
  "Kia edge Samsung 3-2 to take 2-1 lead in Korean Series\n"
  "GWANGJU, Oct. 24 (Yonhap) -- Kim Do-yeong went 3-for-4 with a two-run homer in the top of "
  "the 9th as the Kia Tigers edged the Samsung Lions 3-2 in Game 3 of the Korean Series on "
  "Friday.\n"
  "\u201cI just told myself, \u2018Don\u2019t chase the first pitch,\u2019 and it worked,\u201d "
  "said Kim, who batted .312 with 38 home runs in the regular season.\n"
  "Samsung starter Won Tae-in allowed one run over 7 1/3 innings. Game 4 starts at 6:30 p.m. "
  "Saturday.")

C("c04",
  "An Se-young cruises into China Masters final\n"
  "World No. 1 An Se-young beat Japan's Akane Yamaguchi 21-15, 17-21, 21-12 in the semifinals "
  "of the China Masters in Shenzhen on Saturday, setting up a final against China's Wang Zhiyi.\n"
  "It was An's 11th win in 14 meetings with Yamaguchi. \u201cThe second game was a wake-up "
  "call,\u201d An said. \u201cAfter that I played my own game again.\u201d")

C("c05",
  "[Herald Interview] 'Webtoons are Korea's next export engine'\n"
  "Choi Eun-ji, who heads the Korea Creative Content Agency's comics team, says the industry's "
  "sales could top 3 trillion won this year.\n"
  "The Korea Herald: Why are overseas readers so drawn to Korean webtoons?\n"
  "Choi: They were made for the phone from day one \u2014 vertical, fast, in color. Readers in "
  "Jakarta or Mexico City don\u2019t have to learn how to read them.\n"
  "The Korea Herald: What worries you?\n"
  "Choi: Piracy. Illegal sites still take a big slice of the readership, and that hurts young "
  "artists most.")

C("c06",
  "Samsung unveils Galaxy Z Fold8 with thinner hinge\n"
  "Models pose with Samsung Electronics' Galaxy Z Fold8 at the company's office in Seocho-dong, "
  "southern Seoul, on Wednesday. (Courtesy of Samsung Electronics)\n"
  "Samsung Electronics Co. on Wednesday unveiled its new foldable smartphone, which is 8.9 "
  "millimeters thick when folded, about 30 percent thinner than the previous model.\n"
  "The phone goes on sale Aug. 7 in South Korea and the United States, the company said.")

C("c07",
  "Visitors in hanbok stroll through Gyeongbokgung Palace in central Seoul on Oct. 3, National "
  "Foundation Day, a public holiday. Entry to the palace is free for anyone wearing hanbok. "
  "(Yonhap)")

C("c08",
  "Workplace 'gapjil' complaints up 12 pct in first half: labor ministry\n"
  "Complaints about gapjil, the abuse of power by bosses and clients, rose 12.4 percent on-year "
  "to 4,210 in the first half of the year, the Ministry of Employment and Labor said Sunday.\n"
  "The share of complaints filed by workers at companies with fewer than 30 employees rose 2.1 "
  "percentage points to 31.5 percent.",
  source="상반기 직장 내 '갑질' 신고 12% 증가\n"
  "고용노동부는 일요일 상반기 갑질 신고가 4210건으로 작년 같은 기간보다 12.4% 늘었다고 밝혔다. "
  "갑질은 상사나 고객이 권한을 남용하는 행위를 말한다.\n"
  "30인 미만 사업장 노동자가 낸 신고의 비중은 31.5%로 2.1%포인트 높아졌다.")

C("c09",
  "Keeping up with the Joneses, Korean style\n"
  "By Lee Hae-rin\n"
  "Parents' spending on hagwon (private cram schools) has long been a measure of status in "
  "Gangnam. One mother put it bluntly: \u201cIf the Parks next door send their son to a "
  "coding academy, we send ours to two.\u201d\n"
  "Economists call it the Joneses' effect \u2014 households spending to match the neighbors "
  "rather than their own needs. The chaebol (family-run conglomerates) that own the big "
  "education brands have been happy to oblige.")

C("c10",
  "Park Chan-wook on 'The Salt Road': 'It was ... a kind of homecoming'\n"
  "Director Park Chan-wook's new film \u2014 his first shot entirely in Korea since 2022 \u2014 "
  "premieres at the Busan International Film Festival on Oct. 9.\n"
  "\u201cI grew up near the sea in Seoul\u2019s outskirts, and it was ... a kind of "
  "homecoming,\u201d Park told reporters. \u201cThe salt flats of Sinan were the only place "
  "that looked the way the script felt.\u201d\n"
  "Pre-production took most of 2023\u201324; the shoot ran from March to June with a crew "
  "of about 120.")

C("c11",
  "Korea rout Paraguay 3-0 in friendly as Kim Min-jae returns\n"
  "Kim Min-jae marshaled the back line on his return from injury, and Kim Jin-su set up two "
  "goals as South Korea beat Paraguay 3-0 at Seoul World Cup Stadium on Tuesday night.\n"
  "Lee Kang-in scored in the 24th minute, and substitute Oh Hyeon-gyu added two late goals. "
  "Kickoff was at 8 p.m.; about 58,000 fans attended.\n"
  "\u201cMin-jae talks, and everyone listens,\u201d head coach Hong Myung-bo said.")

C("c12",
  "Museum exhibition traces presidents from Syngman Rhee to Moon Jae-in\n"
  "A new exhibition at the National Museum of Korean Contemporary History follows the country's "
  "leaders from Syngman Rhee, the first president, through Park Chung Hee and his daughter Park "
  "Geun-hye, to Lee Myung-bak and Moon Jae-in.\n"
  "A separate room is devoted to Adm. Yi Sun-sin, whose statue stands in Gwanghwamun Square, "
  "and to the 20th National Assembly, which impeached Park in December 2016.")

C("c13",
  "N. Korea's Kim inspects new destroyer, vows 'overwhelming' naval power\n"
  "SEOUL, Nov. 2 (Yonhap) -- North Korean leader Kim Jong Un inspected the country's second "
  "5,000-ton destroyer at the port of Nampho, the Korean Central News Agency (KCNA) reported "
  "Sunday.\n"
  "Kim was accompanied by Pak Jong-chon, a secretary of the Workers' Party, and Premier Pak Thae "
  "Song, the KCNA said. Ri Pyong-chol, a senior military official, was not mentioned.\n"
  "The Rodong Sinmun, the party's newspaper, carried 11 photos of the visit on its front page.")

C("c14",
  "Air Force's KF-21 completes first live missile firing\n"
  "A KF-21 Boramae fighter of the 17th Fighter Wing fired a Meteor air-to-air missile over the "
  "Yellow Sea on Thursday, the Defense Acquisition Program Administration said.\n"
  "The KF-21 is billed as a 4.5th-generation jet; officials have said a 6th-generation design "
  "could follow in the 2040s. \u201cThe missile hit the target drone as planned,\u201d a DAPA "
  "official said.")

C("c15",
  "Typhoon Kong-rey to hit Jeju on Thursday morning\n"
  "Typhoon Kong-rey is forecast to pass about 80 kilometers east of Jeju at around 9:30 a.m. "
  "Thursday, the Korea Meteorological Administration said.\n"
  "Winds of up to 35 meters per second and up to 300 millimeters of rain are expected, and "
  "flights at Jeju International Airport may be canceled from 6 a.m.",
  source="태풍 '콩레이' 목요일 오전 제주 강타\n"
  "기상청은 태풍 콩레이가 목요일 오전 9시 30분께 제주 동쪽 약 80㎞ 해상을 지날 것으로 예보했다.\n"
  "최대 초속 35m의 강풍과 최고 300㎜의 비가 예상되며, 오전 6시부터 제주국제공항 항공편이 "
  "결항될 수 있다.")

C("c16",
  "Seoul opens applications for foreign startup founders' visa program\n"
  "Foreign founders can apply for the city's startup visa program at www.seoulstartup.or.kr "
  "until Dec. 12, the Seoul Metropolitan Government said Monday.\n"
  "Questions can be sent by e-mail to globalstartup@seoul.go.kr. Selected teams receive office "
  "space at Seoul Startup Hub in Mapo-gu, help with the D-8 investor visa and up to 50 million "
  "won in seed funding.")

C("c17",
  "What changes under the new jeonse fraud law\n"
  "The revised special act on jeonse fraud takes effect Friday. Here is what tenants should "
  "know:\n"
  "- Victims can ask Korea Housing & Urban Guarantee Corp. (HUG) to buy their homes at auction.\n"
  "- Landlords must show tenants their unpaid taxes before a contract is signed.\n"
  "- Brokers who hide a landlord's debts face fines of up to 10 million won.\n"
  "- The law covers deposits of up to 500 million won, up from 300 million won.")

C("c18",
  "(Yonhap Interview) Busan mayor bets on Expo legacy, 'again and again'\n"
  "BUSAN, Oct. 20 (Yonhap) -- Busan Mayor Park Heong-joon said Monday the city would keep "
  "bidding for global events \u201cagain and again\u201d until it wins one.\n"
  "\u201cWe lost the 2030 Expo, but we didn't lose what we built \u2014 the port redevelopment, "
  "the new airport on Gadeok Island,\u201d Park said in an interview with Yonhap News Agency.\n"
  "Asked whether the city would bid for the 2036 Olympics together with Seoul, he said: "
  "\u201cThat's up to the people of Busan ... and, frankly, to the budget.\u201d")

C("c19",
  "Kimchi exports hit record US$164 million\n"
  "Kimchi exports reached a record US$164 million last year, up 5.3 percent from a year "
  "earlier, the agriculture ministry said Wednesday.\n"
  "Exports to the United States rose 18.2 percent to $54 million, overtaking Japan as the "
  "largest market for the first time.",
  source="김치 수출 1억6400만 달러 '역대 최대'\n"
  "농림축산식품부는 수요일 지난해 김치 수출액이 1억6400만 달러로 전년보다 5.3% 늘어 역대 "
  "최대를 기록했다고 밝혔다.\n"
  "미국 수출은 18.2% 늘어난 5400만 달러로, 처음으로 일본을 제치고 최대 시장이 됐다.")

C("c20",
  "From Gangnam to Gwangju: a decade of K-beauty\n"
  "Arirang News' Oh Soo-young reports.\n"
  "Ten years ago, cushion compacts and sheet masks were novelties abroad. Today, Korean "
  "cosmetics exports are worth more than US$10 billion a year, and small brands from Gwangju "
  "and Daegu sell directly to shoppers in Dallas and Dubai.")

C("c21",
  "BOK cuts key rate by 0.25 percentage point to 2.25 pct\n"
  "The Bank of Korea lowered its benchmark interest rate by 0.25 percentage point to 2.25 "
  "percent on Thursday, the first cut in four months.\n"
  "Governor Rhee Chang-yong told reporters that household debt \"remains a concern, but the "
  "economy needs support.\" Consumer prices rose 2.1 percent in October.",
  source="한은, 기준금리 0.25%포인트 인하…연 2.25%\n"
  "한국은행은 목요일 기준금리를 0.25%포인트 내린 연 2.25%로 결정했다. 넉 달 만의 인하다.\n"
  "이창용 총재는 기자들에게 \"가계부채는 여전히 우려되지만 경기에는 지원이 필요하다\"고 "
  "말했다. 10월 소비자물가는 2.1% 올랐다.")

C("c22",
  "[Kim Seong-kon] Political violence, again\n"
  "The man who attacked a lawmaker in Ilsan last week told police he had acted alone. History "
  "suggests that is what they always say. Sirhan Sirhan, who killed Robert F. Kennedy in 1968, "
  "said so too.\n"
  "What lawmakers of both parties do next matters more than the attacker's motive. Over and "
  "over, Korean politics has promised to tone down its rhetoric \u2014 and over and over, it "
  "has not.\n"
  "Kim Seong-kon is a professor emeritus of English at Seoul National University. The views "
  "expressed here are the writer's own. -- Ed.")

C("c23",
  "Korean Air to fly charters to Bora Bora, Pago Pago\n"
  "Korean Air will operate six charter flights to French Polynesia and American Samoa between "
  "January and March, with stops in Bora Bora and Pago Pago, the carrier said Thursday.\n"
  "Fares start at 4.9 million won per person, including hotels. Bookings open at 10 a.m. on "
  "Nov. 10 at www.koreanair.com.")

C("c24",
  "Lee calls for 'grand compromise' on pensions\n"
  "President Lee Jae Myung on Monday urged lawmakers to reach a \u201cgrand compromise\u201d "
  "on pension reform before the end of the year.\n"
  "\u201cThe young people of this country are asking a simple question: \u2018Will there be "
  "anything left for us?\u2019 We owe them an answer.\n"
  "\u201cIf we wait another year, the fund will lose 20 trillion won more. That is not a "
  "political number. That is their retirement,\u201d Lee said in his speech to the National "
  "Assembly.")

C("c25",
  "Ex-CEO gets 3 years in prison for 30 billion won embezzlement\n"
  "The Seoul Central District Court on Thursday sentenced the former chief executive of a "
  "mid-sized shipping company to three years in prison for embezzling 30 billion won (US$21.6 "
  "million) in company funds.\n"
  "The court also ordered him to pay a fine of 500 million won.",
  source="횡령 300억 원 전 대표 징역 3년\n"
  "서울중앙지방법원은 목요일 회삿돈 300억 원을 횡령한 혐의로 기소된 중견 해운사 전 대표에게 "
  "징역 3년을 선고했다.\n"
  "법원은 벌금 5억 원도 함께 선고했다.")

C("c26",
  "Busan fireworks festival draws 1.2 million\n"
  "About 1.2 million people gathered on Gwangalli Beach for the Busan Fireworks Festival on "
  "Saturday night, and some 50,000 watched from boats and nearby hills, the organizers said.\n"
  "Police deployed 6,300 officers and safety staff to manage the crowds.",
  source="부산불꽃축제 120만 명 몰려\n"
  "토요일 밤 광안리해수욕장에서 열린 부산불꽃축제에 약 120만 명이 모였고, 배와 인근 언덕에서도 "
  "5만 명가량이 관람했다고 주최 측이 밝혔다.\n"
  "경찰은 인파 관리를 위해 경찰관과 안전요원 6300명을 배치했다.")

C("c27",
  "Gov't to spend 1.2 trillion won on AI startups next year\n"
  "The government will spend 1.2 trillion won next year to support artificial intelligence "
  "startups, the Ministry of Science and ICT said Tuesday.\n"
  "Up to 300 startups will each receive as much as 300 million won, and 2,000 graduate "
  "students will get research grants.",
  source="정부, 내년 AI 스타트업에 1조2천억 원 투입\n"
  "과학기술정보통신부는 화요일 내년 인공지능 스타트업 지원에 1조2천억 원을 투입한다고 밝혔다.\n"
  "최대 300개 스타트업이 각각 최대 3억 원을 받고, 대학원생 2천 명이 연구비를 지원받는다.")

C("c28",
  "Hwang Sun-woo wins 200m freestyle gold at nationals\n"
  "Hwang Sun-woo won the men's 200-meter freestyle at the National Sports Festival in "
  "Busan on Monday, touching the wall in 1:44.40.\n"
  "Kim Woo-min finished second in 1:45.96, and 17-year-old Kim Young-beom was third.",
  source="황선우, 전국체전 자유형 200m 금메달\n"
  "황선우는 월요일 부산에서 열린 전국체육대회 남자 자유형 200m에서 1분44초40으로 우승했다.\n"
  "김우민이 1분45초96으로 2위를, 17세 김영범이 3위를 차지했다.")

C("c29",
  "SK hynix Q3: record profit on HBM boom\n"
  "SK hynix Inc. posted an operating profit of 11.3 trillion won in the third quarter, a "
  "quarterly record, on strong sales of high-bandwidth memory (HBM) chips for AI servers.\n"
  "Revenue rose 39 percent from a year earlier to 24.4 trillion won, the company said in a "
  "regulatory filing.",
  source="SK하이닉스 3분기 영업이익 역대 최대…HBM 호황\n"
  "SK하이닉스는 AI 서버용 고대역폭메모리(HBM) 판매 호조로 3분기 영업이익 11조3천억 원을 "
  "기록해 분기 사상 최대를 경신했다.\n"
  "매출은 작년 같은 기간보다 39% 늘어난 24조4천억 원이라고 회사는 공시했다.")

C("c30",
  "Girls' Generation's Taeyeon, BTS' Jin top year-end charts\n"
  "Girls' Generation's Taeyeon and BTS' Jin topped Melon's year-end solo charts, the "
  "streaming service said Friday.\n"
  "aespa's \u201cDirty Work\u201d was the most-streamed song by a group, and IVE's "
  "members \u2014 all six of them \u2014 appeared on the list of the top 100 most-searched "
  "artists.")

C("c31",
  "Seoul's 'climate card' ridership passes 1 million a day\n"
  "By Jung Min-ho\n"
  "Daily users of Seoul's Climate Companion Card, the unlimited public transit pass, topped 1 "
  "million for the first time on Oct. 28, the city said.\n"
  "A rider pays 62,000 won a month for subways, buses and the city's Ttareungyi public bikes. "
  "Riders aged 19 to 39 get a discount of 7,000 won.")

C("c32",
  "Government to hire 3,000 more nurses for regional hospitals\n"
  "The Ministry of Health and Welfare said Wednesday it will fund 3,000 additional nursing "
  "positions at hospitals outside the Seoul metropolitan area by 2028.\n"
  "\u201cIt\u2019s not enough to train nurses; they have to want to stay,\u201d Vice Minister "
  "Lee Hyung-hoon said. \u201cPay and night-shift rules matter as much as headcount.\u201d",
  optional=())

C("c33",
  "Jeju's Olle trail turns 20 with new coastal routes\n"
  "BY SEO JI-EUN [seo.jieun1@joongang.co.kr]\n"
  "Jeju Olle, the 437-kilometer walking trail that circles Jeju Island, marks its 20th "
  "anniversary next year with three new coastal sections, the Jeju Olle Foundation said.\n"
  "Hikers can now walk from Seogwipo's Oedolgae rock to the dol hareubang (stone grandfather) "
  "statues near Seongeup Folk Village in a single day.",
  optional=[("byline-residue", "[seo.jieun1@joongang.co.kr]")])

C("c34",
  "Naver, Kakao race to put AI agents in shopping apps\n"
  "Naver Corp. said Tuesday its AI shopping agent, built on the company's HyperCLOVA X model, "
  "will be available to all users from 2:30 p.m. on Dec. 1.\n"
  "Rival Kakao Corp. plans to add a similar feature to KakaoTalk in the first quarter of next "
  "year. LG AI Research's Exaone model powers a third service, from LG Uplus.")

C("c35",
  "Flu cases up sharply as season starts early\n"
  "The number of patients with flu-like symptoms rose to 34,000 last week, up 4.5 percent from "
  "the week before, the Korea Disease Control and Prevention Agency (KDCA) said.\n"
  "The agency urged children and people aged 65 and older to get vaccinated.",
  source="독감 환자 급증…유행 시작 빨라\n"
  "질병관리청은 지난주 독감 의심 환자가 3만4천 명으로 전주보다 4.5% 늘었다고 밝혔다.\n"
  "질병청은 어린이와 65세 이상 고령자에게 예방접종을 당부했다.")

C("c36",
  "[Graphic News] Korea's fertility rate edges up to 0.75\n"
  "South Korea's total fertility rate rose to 0.75 last year from 0.72 in 2023, the first "
  "increase in nine years, according to Statistics Korea.\n"
  "Sejong had the highest rate at 1.03, and Seoul the lowest at 0.58.")

C("c37",
  "PPP, DP leaders clash over special counsel bill\n"
  "Kweon Seong-dong, floor leader of the People Power Party (PPP), and Kwon Young-se, its "
  "former interim leader, both rejected the bill on Wednesday.\n"
  "Han Dong-hoon, a former PPP chief, said in a Facebook post that the bill was "
  "\u201cpolitical theater,\u201d while former Prime Minister Han Duck-soo declined to comment.\n"
  "Cho Kuk of the Rebuilding Korea Party and Cho Kyung-tae of the PPP, who rarely agree, both "
  "called for a vote before Dec. 9.")

C("c38",
  "Foreign tourist arrivals hit 16.37 million through October\n"
  "The number of foreign tourists who visited South Korea in the first 10 months of the year "
  "reached 16.37 million, up 14 percent from a year earlier, the culture ministry said.\n"
  "Chinese visitors made up 28 percent of the total, followed by Japanese at 20 percent.",
  source="10월까지 방한 외국인 관광객 1천637만 명\n"
  "문화체육관광부는 올해 1~10월 한국을 찾은 외국인 관광객이 1천637만 명으로 작년 같은 기간보다 "
  "14% 늘었다고 밝혔다.\n"
  "중국인이 전체의 28%로 가장 많았고, 일본인이 20%로 뒤를 이었다.")

C("c39",
  "Kim Yoo-jin, Kim Yu-na: two skaters, one rink\n"
  "Kim Yoo-jin, 19, and Kim Yu-na, 17 \u2014 no relation to the Olympic champion Kim Yuna "
  "\u2014 train at the same rink in Gwacheon.\n"
  "\u201cPeople mix us up all the time,\u201d Kim Yoo-jin said, laughing. \u201cThe coaches "
  "just call us \u2018big Kim\u2019 and \u2018little Kim.\u2019\u201d",
  optional=[("inconsistent-name", "Kim Yuna"), ("inconsistent-name", "Kim Yu-na, 17"),
            ("inconsistent-name", "Kim Yu-na:")])

C("c40",
  "Samsung's Lee Jae-yong visits Texas plant as Taylor fab nears output\n"
  "Samsung Electronics Chairman Lee Jae-yong visited the company's chip plant in Taylor, "
  "Texas, on Monday (local time), the company said Tuesday.\n"
  "Lee, 58, met customers including Tesla's Elon Musk, according to people familiar with the "
  "trip. The plant is scheduled to begin mass production of 2-nanometer chips in the 2nd half "
  "of 2026.",
  optional=())

C("c41",
  "May 18 Foundation marks 46th anniversary with youth forum\n"
  "GWANGJU, May 17 (Yonhap) -- The May 18 Memorial Foundation on Sunday held a forum for "
  "high-school students on the eve of the 46th anniversary of the 1980 Gwangju Democratization "
  "Movement.\n"
  "\u201cMy grandfather\u2019s generation said \u2018Never forget.\u2019 Our job is to explain "
  "why,\u201d said Choi Ha-eun, 17, a student from Mokpo.")

# ---------------------------------------------------------------------------------------------
# Damaged records
# ---------------------------------------------------------------------------------------------

# unbalanced-quote
D("d01",
  "Gyeonggi to push ahead with northern province plan\n"
  "Gyeonggi Gov. Kim Dong-yeon said Tuesday the province would push ahead with its plan to "
  "create a separate northern special self-governing province \u201c\n"
  "Kim said residents of Uijeongbu and Paju had waited long enough.",
  [("unbalanced-quote", "province \u201c")])

D("d02",
  "Rural towns turn to (\u201csmart farms) to keep young farmers\n"
  "Sangju in North Gyeongsang Province will build 40 more greenhouses run by sensors and "
  "software, the city said.",
  [("unbalanced-quote", "(\u201csmart farms)")],
  optional=[("garbled-headline", "Rural towns turn to")])

# doubled-quote
D("d03",
  "Trade minister rules out retaliatory tariffs\n"
  "\u201cWe will not raise tariffs on American goods,\u201d\u201d Trade Minister Yeo "
  "Han-koo told reporters in Sejong on Friday.",
  [("doubled-quote", ",\u201d\u201d")],
  optional=[("unbalanced-quote", ",\u201d\u201d")])

D("d04",
  "Lee calls Japan trip 'pragmatic'\n"
  "President Lee Jae Myung called his visit to Tokyo \u201c\u201da pragmatic choice\u201d "
  "for both countries, his office said.",
  [("doubled-quote", "\u201c\u201da pragmatic")],
  optional=[("unbalanced-quote", "\u201c\u201da pragmatic")])

# mixed-quote-style
D("d05",
  "Han Kang novel sales jump again in Europe\n"
  "Sales of Han Kang's \u300eThe Vegetarian\" rose threefold in France after the author's "
  "lecture in Paris, her publisher said.",
  [("mixed-quote-style", "\u300eThe Vegetarian\"")],
  optional=[("unbalanced-quote", "\u300eThe Vegetarian\"")])

D("d06",
  "Korea officially a \u2018super-aged society\u201d, data show\n"
  "People aged 65 and older made up 20.3 percent of the population at the end of last month, "
  "making South Korea a \u2018super-aged society\u201d under the U.N. definition.",
  [("mixed-quote-style", "making South Korea a \u2018super-aged")],
  optional=[("mixed-quote-style", "a \u2018super-aged society\u201d, data"),
            ("unbalanced-quote", "making South Korea a \u2018super-aged")])

D("d07",
  "Public firms told to adopt blind hiring\n"
  "The finance ministry said all 331 public institutions must adopt 'fair hiring\u201d rules, "
  "under which applicants' schools and hometowns are hidden from interviewers.",
  [("mixed-quote-style", "'fair hiring\u201d")],
  optional=[("unbalanced-quote", "'fair hiring\u201d")])

# stray-punctuation
D("d08",
  "Subway Line 9 extension delayed again\n"
  "Construction of the fourth phase of Seoul Subway Line 9 has been delayed;; the city now "
  "expects it to open in 2029, two years later than planned.",
  [("stray-punctuation", "delayed;;")])

D("d09",
  "KOSPI tops 4,000 for first time\n"
  "The benchmark KOSPI closed above 4,000 for the first time ever!. Foreigners bought a net "
  "1.1 trillion won of shares.",
  [("stray-punctuation", "ever!.")],
  source="코스피 사상 첫 4000 돌파\n"
  "코스피가 사상 처음으로 4000선 위에서 장을 마쳤다. 외국인은 1조1천억 원어치를 순매수했다.")

# space-before-punctuation
D("d10",
  "Samsung, SK shares lead rally\n"
  "Chip shares led the gains on the KOSPI , with Samsung Electronics up 3.2 percent and SK "
  "hynix up 4.8 percent.",
  [("space-before-punctuation", "KOSPI ,")])

D("d11",
  "Can Korea finally shake off the 'Korea discount' ?\n"
  "Analysts say the new commercial act, which strengthens the duty of directors toward "
  "shareholders, could narrow the valuation gap with other markets.",
  [("space-before-punctuation", "discount' ?")])

# missing-space
D("d12",
  "Record crowds at Jeju festival\n"
  "The Tamna Culture Festival drew a record 210,000 people this year, up from 160,000 in 2024, "
  "the organizers said on a sunny weekend in Jeju!Visitors from the mainland made up half of "
  "the total.",
  [("missing-space", "Jeju!Visitors")])

D("d13",
  "Seoul to cut emissions from buildings\n"
  "The city plans to cut greenhouse gas emissions from large buildings by 40 percent by "
  "2030.Officials said 9,000 buildings would be subject to the new caps.",
  [("missing-space", "2030.Officials")])

# split-attribution
D("d14",
  "Seoul to raise subway fare in January\n"
  "\u201cThe base fare will rise by 150 won in January to cover a deficit of more than 700 "
  "billion won... \u201cThe Seoul official explained.\n"
  "The city council approved the plan on Friday.",
  [("split-attribution", "\u201cThe Seoul official explained.")],
  optional=[("unbalanced-quote", "\u201cThe Seoul official explained."),
            ("doubled-attribution", "\u201cThe Seoul official explained.")])

D("d15",
  "KEPCO says power rates must rise\n"
  "Korea Electric Power Corp. is losing money on every kilowatt-hour it sells to industry. "
  "\u201cA KEPCO official told reporters on Monday.\n"
  "The utility's debt stood at 205 trillion won at the end of June.",
  [("split-attribution", "\u201cA KEPCO official told reporters")],
  optional=[("unbalanced-quote", "\u201cA KEPCO official told reporters"),
            ("doubled-attribution", "\u201cA KEPCO official told reporters")])

D("d16",
  "Lawmaker demands probe into Coupang data leak\n"
  "Rep. Kim Nam-geun of the Democratic Party said, \"The company hid the leak for five months. "
  "\"The lawmaker argued.\n"
  "Coupang said it had reported the incident as soon as it was confirmed.",
  [("split-attribution", "\"The lawmaker argued.")],
  optional=[("unbalanced-quote", "\"The lawmaker argued."),
            ("doubled-attribution", "\"The lawmaker argued.")])

# doubled-attribution
D("d17",
  "Former gymnast recalls Seoul Olympics\n"
  "Former gymnast Park Ji-hye, 54, said the 1988 Games changed her life. She recalled, \u201cMy mother sold "
  "kimbap outside the Olympic Park to pay for my training,\u201d she recalled in an interview.",
  [("doubled-attribution", "She recalled, \u201cMy mother")])

D("d18",
  "Railway union to strike from Dec. 5\n"
  "In a statement, the union said, \u201cWe have no choice but to walk out,\u201d the union "
  "said in the statement. Korail said it would run 70 percent of trains.",
  [("doubled-attribution", "the union said, \u201cWe have")])

D("d19",
  "Opposition leader grills PM on housing\n"
  "Lee asked, \"Where will young couples live if prices keep rising?\" Lee asked Prime Minister "
  "Kim Min-seok during the interpellation session.",
  [("doubled-attribution", "Lee asked, \"Where will")])

# garbled-headline
D("d20",
  "Korea\u00b7Japan finance ministers 'currency swap' expansion agreement\n"
  "The finance ministers of South Korea and Japan agreed on Saturday to expand their currency "
  "swap line to US$20 billion.",
  [("garbled-headline", "finance ministers 'currency swap' expansion agreement")])

D("d21",
  "Semiconductor exports 'record'... Samsung\u00b7SK 'smile'\n"
  "Chip exports hit a monthly record of US$17.3 billion in October, lifting the shares of "
  "Samsung Electronics and SK hynix.",
  [("garbled-headline", "Samsung\u00b7SK 'smile'")])

D("d22",
  "Seoul apartment prices 38 weeks consecutive rise, Gangnam 3 districts lead\n"
  "Apartment prices in Seoul rose for a 38th straight week, led by Gangnam, Seocho and Songpa, "
  "the Korea Real Estate Board said.",
  [("garbled-headline", "38 weeks consecutive rise")])

# repeated-word
D("d23",
  "Hyundai Motor to build EV plant in Ulsan\n"
  "Hyundai Motor said it plans to to start production at its new electric vehicle plant in "
  "Ulsan in the first quarter of 2026.",
  [("repeated-word", "to to")])

D("d24",
  "Fine dust warning issued for Seoul\n"
  "Concentrations of ultrafine dust reached 98 micrograms per cubic meter in in northern "
  "Seoul on Sunday morning, the Ministry of Environment said.",
  [("repeated-word", "in in")])

D("d25",
  "LG Energy Solution wins Mercedes order\n"
  "LG Energy Solution and and Mercedes-Benz signed a battery supply deal worth about 15 "
  "trillion won, the company said.",
  [("repeated-word", "and and")])

# untranslated-hangul
D("d26",
  "Victims of jeonse fraud speak out\n"
  "Mr. Park (\uac00\uba85), 34, lost his entire deposit of 180 million won when his landlord "
  "went bankrupt.",
  [("untranslated-hangul", "\uac00\uba85")])

D("d27",
  "Hanwha Ocean wins LNG carrier orders\n"
  "(\uc8fc)Hanwha Ocean said it won orders for four LNG carriers worth 1.4 trillion won from "
  "a European shipowner.",
  [("untranslated-hangul", "(\uc8fc)")])

D("d28",
  "Small apartments in demand\n"
  "Demand for 59-square-meter units (25\ud3c9) has outpaced that for larger apartments for "
  "three years, according to brokers.",
  [("untranslated-hangul", "25\ud3c9")])

# mojibake
D("d29",
  "BTS member's solo tour sells out in minutes\n"
  "Tickets for all 12 shows sold out within 10 minutes \u00e2\u20ac\u201d a record for a "
  "K-pop solo act, the agency said. \u00e2\u20ac\u0153We are grateful,\u00e2\u20ac\u009d "
  "it added.",
  [("mojibake", "\u00e2\u20ac\u201d"), ("mojibake", "\u00e2\u20ac\u0153We")])

D("d30",
  "Shipbuilders' orders surge\n"
  "Orders rose 46 percent on-year&hellip; Korea&#x2019;s three major shipbuilders won 170 "
  "vessels in the first 10 months.",
  [("mojibake", "&hellip;"), ("mojibake", "&#x2019;")])

# page-boilerplate
D("d31",
  "Incheon airport breaks daily passenger record\n"
  "Incheon International Airport handled 238,000 passengers on Sunday, a daily record, its "
  "operator said.\n"
  "Comments 0 | Log in to leave a comment",
  [("page-boilerplate", "Comments 0 | Log in to leave a comment")])

D("d32",
  "Daegu to merge with North Gyeongsang by 2026\n"
  "Daegu and North Gyeongsang Province signed an agreement on Monday to merge into a single "
  "administrative unit by July 2026.\n"
  "Trending keywords #Daegu #merger #local election\n"
  "Back to top",
  [("page-boilerplate", "Trending keywords"), ("page-boilerplate", "Back to top")])

# photo-credit-residue
D("d33",
  "Drama 'Lovers of the Salt Road' tops ratings\n"
  "Actors Kim Go-eun and Park Bo-gum pose at a press event in Seoul on Monday. Photo provided "
  "= CJ ENM\n"
  "The drama's second episode drew a nationwide rating of 9.8 percent.",
  [("photo-credit-residue", "Photo provided = CJ ENM")])

D("d34",
  "Monthly rents in Seoul top 1 million won\n"
  "Data = Korea Real Estate Board\n"
  "The average monthly rent for a Seoul apartment topped 1 million won for the first time in "
  "September.",
  [("photo-credit-residue", "Data = Korea Real Estate Board")])

# byline-residue
D("d35",
  "Won weakens past 1,450 per dollar\n"
  "The Korean won closed at 1,452.3 per dollar on Tuesday, its weakest level in seven months.\n"
  "Intern reporter Song Ga-eun sge@sedaily.com",
  [("byline-residue", "Intern reporter Song Ga-eun sge@sedaily.com")])

D("d36",
  "Pohang steel output falls\n"
  "Crude steel output at Pohang fell 8 percent in the third quarter as demand from builders "
  "slowed.\n"
  "Reporter Park Seo-yeon / psy@ajunews.com",
  [("byline-residue", "psy@ajunews.com")])

# dateline-residue
D("d37",
  "Gwangju AI data center to open next year\n"
  "Asia Today Gwangju = Reporter Lee Jin-ho The national AI data center in Gwangju will open in "
  "the first half of next year, the city said.",
  [("dateline-residue", "Asia Today Gwangju = Reporter Lee Jin-ho")])

D("d38",
  "Daegu textile makers seek export aid\n"
  "[Ajou Economic Daily=Daegu] Reporter Choi Min-su\n"
  "Textile makers in Daegu asked the government for export insurance support as U.S. tariffs "
  "took effect.",
  [("dateline-residue", "[Ajou Economic Daily=Daegu] Reporter Choi Min-su")])

# copyright-residue
D("d39",
  "Financial regulator fines brokerage\n"
  "The Financial Services Commission fined a mid-sized brokerage 2.4 billion won for illegal "
  "short selling.\n"
  "Copyright \u24d2 Financial News. Collection for AI training is not allowed.",
  [("copyright-residue", "Copyright \u24d2 Financial News")])

D("d40",
  "Jeonbuk to host 2036 Olympics bid forum\n"
  "Jeonbuk State will host a forum on its bid for the 2036 Summer Olympics on Friday.\n"
  "This article may not be reproduced or distributed without the consent of Jeonbuk Ilbo.",
  [("copyright-residue", "may not be reproduced or distributed without the consent")])

# literal-date
D("d41",
  "Fire at Ulsan chemical plant injures 3\n"
  "A fire broke out at a chemical plant in Ulsan in the early hours of the 14th, injuring three "
  "workers, the fire department said. Officials will inspect the site after the 20th.",
  [("literal-date", "in the early hours of the 14th"), ("literal-date", "after the 20th")])

D("d42",
  "Snowfall advisory lifted\n"
  "As of 3 p.m. the 26th, all heavy snow advisories for Gangwon State had been lifted, the "
  "Korea Meteorological Administration said.",
  [("literal-date", "the 26th")])

# name-romanization
D("d43",
  "Memorial for former President Roh held in Bongha\n"
  "A memorial service for former President No Mu-hyeon was held in Bongha Village, Gimhae, "
  "on Friday. Rebuilding Korea Party leader Jo Guk attended.",
  [("name-romanization", "No Mu-hyeon"), ("name-romanization", "Jo Guk")],
  source="노무현 전 대통령 추도식 봉하서 열려\n"
  "노무현 전 대통령 추도식이 금요일 김해 봉하마을에서 열렸다. 조국 조국혁신당 대표가 참석했다.")

D("d44",
  "UN Command opens Panmunjeom tours again\n"
  "Tours of the Joint Security Area at Panmunjeom will resume next month, while inter-Korean "
  "talks on a Pyeongyang visit remain frozen.",
  [("name-romanization", "Panmunjeom tours"), ("name-romanization", "Pyeongyang")],
  source="유엔사, 판문점 견학 재개\n"
  "판문점 공동경비구역 견학이 다음 달 재개되지만, 평양 방문을 위한 남북 대화는 여전히 "
  "멈춰 있다.",
  optional=[("name-romanization", "at Panmunjeom will")])

# inconsistent-name
D("d45",
  "Hwang Sun-woo breaks Asian record\n"
  "Hwang Sun-woo set an Asian record of 1:43.92 in the 200m freestyle in Singapore on Sunday. "
  "Hwang Seon-woo said afterward that he had been aiming for 1:43 all season.",
  [("inconsistent-name", "Hwang Seon-woo")],
  optional=[("inconsistent-name", "Hwang Sun-woo set")])

D("d46",
  "Volleyball legend Kim Yeon-koung named team director\n"
  "Kim Yeon-koung, who retired this year, was named director of the Heungkuk Life Pink "
  "Spiders on Tuesday. Kim Yeon-kyung said she wanted to develop young players.",
  [("inconsistent-name", "Kim Yeon-kyung")],
  optional=[("inconsistent-name", "Kim Yeon-koung, who")])

D("d47",
  "Ko Jin-young wins in Malaysia\n"
  "Ko Jin-young shot a final-round 66 to win the LPGA tournament in Kuala Lumpur by two "
  "strokes. It was Go Jin-young's first win in 18 months.",
  [("inconsistent-name", "Go Jin-young")],
  source="고진영, 말레이시아서 우승\n"
  "고진영은 쿠알라룸푸르에서 열린 LPGA 대회 최종 라운드에서 66타를 쳐 2타 차로 우승했다. "
  "18개월 만의 우승이다.",
  optional=[("inconsistent-name", "Ko Jin-young shot")])

# number-mismatch
D("d48",
  "Korea Zinc to build US$480 million smelter in Australia\n"
  "Korea Zinc Inc. said it will invest US$48 million in a new zinc smelter in Queensland.",
  [("number-mismatch", "US$48 million")],
  source="고려아연, 호주에 4억8천만 달러 제련소\n"
  "고려아연은 퀸즐랜드에 4억8천만 달러를 들여 새 아연 제련소를 짓는다고 밝혔다.")

D("d49",
  "Seoul to spend 1.5 trillion won on flood tunnels\n"
  "The Seoul Metropolitan Government will spend 1.5 trillion won by 2030 to build three "
  "underground flood tunnels.",
  [("number-mismatch", "will spend 1.5 trillion won")],
  source="서울시, 대심도 빗물터널에 1조500억 원\n"
  "서울시는 2030년까지 1조500억 원을 들여 대심도 빗물배수터널 3곳을 짓는다.",
  optional=[("number-mismatch", "spend 1.5 trillion won on")])

D("d50",
  "Job fair draws record crowd\n"
  "About 720,000 people visited the online and offline job fair over three days, the Ministry "
  "of Employment and Labor said.",
  [("number-mismatch", "720,000 people")],
  source="채용박람회 역대 최다 인파\n"
  "고용노동부는 사흘간 열린 온·오프라인 채용박람회에 약 7만2천 명이 다녀갔다고 밝혔다.")

D("d51",
  "Daejeon startup raises funding\n"
  "A Daejeon-based robotics startup raised 15 billion won in a Series B round led by KB "
  "Investment.",
  [("number-mismatch", "15 billion won")],
  source="대전 로봇 스타트업, 시리즈B 15억 원 유치\n"
  "대전의 한 로봇 스타트업이 KB인베스트먼트가 주도한 시리즈B 투자에서 15억 원을 유치했다.")

# untranslated-segment
_SRC52 = ("국토교통부는 내년부터 수도권 광역급행철도 요금을 10% 인하한다고 밝혔다. "
          "이용객은 하루 평균 12만 명이다.")
D("d52", unicodedata.normalize("NFD", _SRC52),
  [("untranslated-segment", unicodedata.normalize("NFD", _SRC52[:5]))],
  source=_SRC52,
  optional=[("untranslated-hangul", unicodedata.normalize("NFD", _SRC52[:5]))])

D("d53",
  "El Ministerio de Salud y Bienestar anunci\u00f3 el martes que ampliar\u00e1 el n\u00famero de "
  "m\u00e9dicos residentes en las regiones.",
  [("untranslated-segment", "El Ministerio de Salud y Bienestar")],
  source="보건복지부는 화요일 지역 전공의 정원을 늘리겠다고 밝혔다.")

# length-mismatch
D("d54",
  "Cold wave grips country",
  [("length-mismatch", "Cold wave grips country")],
  source="전국 한파 기승\n"
  "기상청은 화요일 아침 서울의 기온이 영하 11도까지 떨어졌다고 밝혔다. 강원 대관령은 영하 "
  "19.8도를 기록했다. 기상청은 이번 추위가 주말까지 이어질 것으로 내다봤다. 수도관 동파와 "
  "빙판길 사고에 주의해야 한다. 서울시는 한파 대응 상황실을 24시간 운영한다고 밝혔다.")

D("d55",
  "Incheon to open new bridge\n"
  "The third Incheon bridge will open to traffic on Dec. 20, the city said. Meanwhile, the "
  "Korean national football team will play Brazil in Seoul next June. The Bank of Korea is "
  "expected to hold rates steady. Samsung Electronics shares rose 2 percent on Friday. A "
  "cold wave is forecast for the weekend, with lows of minus 12 degrees in Seoul.",
  [("length-mismatch", "Meanwhile, the Korean national football team")],
  source="인천, 새 다리 개통\n인천시는 제3연륙교가 12월 20일 개통한다고 밝혔다.")

# a few more damaged records that carry two rules each
D("d56",
  "Ex-vice minister Park Sung-jin \"Tariff deal, not a loss\"\n"
  "Former vice minister Park Sung-jin said on a radio show that the tariff deal \"was not a "
  "loss for Korea. Park Seong-jin added that the investment fund would be paid out over ten "
  "years.",
  [("inconsistent-name", "Park Seong-jin"), ("unbalanced-quote", "\"was not a")],
  optional=[("garbled-headline", "Park Sung-jin \"Tariff deal, not a loss\""),
            ("inconsistent-name", "Park Sung-jin said")])

D("d57",
  "Busan Port cargo volume hits record\n"
  "(Busan = Kookje) Busan Port handled 2.2 million TEUs in October , a monthly record, the "
  "Busan Port Authority said on the 3rd.",
  [("space-before-punctuation", "October ,"), ("literal-date", "on the 3rd")],
  optional=[("dateline-residue", "(Busan = Kookje)")])


# Dropped before the first scoring run to bring the set near 80 records (each rule keeps >= 2
# required cases). They stay here for later use and are not written to articles.jsonl.
DROPPED = {"d07", "d16", "d19", "d22", "d25", "d28", "d42", "d46", "d51"}


def main() -> int:
    RECORDS[:] = [r for r in RECORDS if r["id"] not in DROPPED]
    bad = []
    for rec in RECORDS:
        for e in rec["expected"]:
            n = rec["target"].count(e["evidence"])
            if n != 1:
                bad.append(f"{rec['id']}: {e['rule']} evidence occurs {n} times: {e['evidence']!r}")
    ids = [r["id"] for r in RECORDS]
    if len(ids) != len(set(ids)):
        bad.append("duplicate ids")
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 2
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as fh:
        for rec in RECORDS:
            row = {k: v for k, v in rec.items() if v is not None}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    clean = sum(not any(not e.get("optional") for e in r["expected"]) for r in RECORDS)
    req = sum(1 for r in RECORDS for e in r["expected"] if not e.get("optional"))
    opt = sum(1 for r in RECORDS for e in r["expected"] if e.get("optional"))
    print(f"{len(RECORDS)} records ({clean} clean, {len(RECORDS) - clean} damaged), "
          f"{req} required and {opt} optional entries, "
          f"{sum(1 for r in RECORDS if r.get('source'))} with a source")
    return 0


if __name__ == "__main__":
    sys.exit(main())
