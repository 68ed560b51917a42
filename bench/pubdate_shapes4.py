"""Publication dates on 86 more article heads, in page shapes unseen by the tool's authors.

    .venv/bin/python -m bench.pubdate_shapes4 [-v]

A fourth held-out set beside bench.pubdate_shapes, pubdate_shapes2 and pubdate_shapes3:
86 cases (17 of them traps) from outlets, regions and site types none of those sets
covers. Europe: Agerpres, HotNews.ro (a Romanian weekday before an English month),
eKathimerini, The Portugal News, LRT (year-first dotted), BTA, swissinfo.ch. Middle East
and South Asia: Gulf Times, Times of Oman, Arutz Sheva, India's PIB (new and old
shapes), ThePrint, The Daily Star (Bangladesh), Business Standard. East and Southeast
Asia: Viet Nam News, Philstar, ABS-CBN, Free Malaysia Today, The Business Times, CGTN,
Khmer Times, Japan Today. Oceania: Stuff, The Conversation. Canada: Global News,
Winnipeg Free Press. US papers: The Seattle Times, ProPublica, The Boston Globe. Courts
and government: US Justice Department, SCOTUSblog, Law360, Courthouse News, the CJEU,
ECHR and ICJ, the World Bank, NATO, Human Rights Watch. Trade and science press:
Defense News, OilPrice.com, Argus, ScienceDaily, Space.com, Nature. Finance: Seeking
Alpha, MarketWatch, a Nasdaq Nordic company announcement, a stock-quote widget.
Company newsrooms (Apple-style, a German industrial's dateline) and release wires in
new shapes (EIN Presswire, Newsfile, PRWeb, GlobeNewswire Nordic). Sports and
entertainment: Marca, Variety, Billboard, a festival review. Newsletters and blogs:
LinkedIn articles, DEV Community, a Mailchimp campaign archive, a podcast page.
Aggregators and archives: Flipboard, AllAfrica, PressReader, Chronicling America,
Newspapers.com clippings, Legacy.com obituaries. Africa and Latin America: Nation
Media Group, The Guardian (Nigeria), BNamericas. A live blog. URL shapes: Business
Wire's dated id, ScienceDaily's yymmdd id, Daily Maverick's ISO-prefixed slug, Al
Jazeera's unpadded path, CNN live's mm-dd-yy slug.
Traps: relative, clock-only and year-less stamps, a year-only and a year-month URL, a
screening date, a lifespan, a scheduled webcast, a reporting period and a quote
widget's today (answer unknown), and pages where a clipping date, a last-updated line
above a first-published footer, an appended correction, a recording date, a quote
widget or an obituary's run must not displace the published date.

Written by a helper session on 2026-11-22 that did not read the tool's rules or code
(nothing in timeline/, cli.py, tests/, fixtures/, BENCHMARKS.md or the rest of bench/);
only bench/pubdate_shapes.py, pubdate_shapes2.py and pubdate_shapes3.py for the format
and the cases already covered. Outlet formats are from memory, a few checked against
stored public pages (Agerpres, PIB, Law360). Not changed after it was first scored.

Scored once as written, in the thirteenth session: 67 right, 3 wrong, 14 unknown, 2
invented. Its misses were then read and the mechanisms behind them fixed, so it is
development data from then on.

Each head is dated alone with today = 2026-11-21 and counted right / wrong / unknown
(findable but not found) / invented (a date where a careful reader would say unknown).
Numeric dates with no other evidence of order follow the outlet's country convention
(noted beside each case); some carry a weekday, a day above 12, a named month or a
zone that settles the order. A year-less dateline with a weekday expects the latest
year, not after today, in which that day fell on that weekday. Story content is
generic; names and places are invented.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import pubdate_shapes
from bench.pubdate_shapes import BODY, BODY2, HEAD, art
from bench.pubdate_shapes2 import release, wire
from bench.pubdate_shapes3 import NOTES, SPORT

__all__ = ["BODY", "BODY2", "HEAD", "C", "main"]


PLAIN = ("Dock workers at the city's main container terminal returned to work after "
         "union members voted to accept an improved offer from the operator, officials said.")

OBIT = ("Mira Halvorsen, 83, of Harbourview, passed away peacefully surrounded by her "
        "family. She worked for forty years as a crane operator at the Kestrel Point "
        "terminal and was a founding member of the dock workers' union.")

REVIEW = ("A crane operator caught between her union and her family anchors this drama "
          "about a five-week dock strike, but the film never decides whose story it is "
          "telling, and its final act drifts.")

RESULTS = ("Example Harbour Corp will release its fourth-quarter and full-year results "
           "before the market opens and will host a conference call for investors and "
           "analysts.")

# (name, text, url, expected ISO or "", expected published_from or "")
C: list[tuple[str, str, str, str, str]] = [
 # --- Europe ---
 # Romanian agency listing stamp, day first (8 April 2025); the dateline agrees.
 ("agerpres_dashed_dmy_stamp", art("English 08-04-2025 15:58", body=wire("Bucharest, April 8 /Agerpres/ -", "Tuesday")), "", "2025-04-08", "byline"),
 # "Joi" is Romanian for Thursday; 7 March 2024 was a Thursday.
 ("hotnews_ro_weekday_english_month", art("de Mira Halvorsen", "Joi, 7 Mar 2024 English | Economy"), "", "2024-03-07", "byline"),
 # Greek page: day first, 5 June 2023.
 ("ekathimerini_dotted_bullet_gr", art("Mira Halvorsen", "05.06.2023 • 09:52", "TAGS: Shipping"), "", "2023-06-05", "byline"),
 ("portugal_news_credit_middots", art("By TPN/Lusa, in News, Portugal · 12 Oct 2023, 10:15 · 0 Comments"), "", "2023-10-12", "byline"),
 ("lrt_year_first_dotted", art("LRT English Newsroom, LRT.lt", "2023.09.18 10:15"), "", "2023-09-18", "byline"),
 # Sep 17 fell on a Wednesday in 2014 and 2025; latest not after today is 2025.
 ("bta_inferred_weekday", art(body=wire("Sofia, September 17 (BTA) -", "Wednesday")), "", "2025-09-17", "inferred"),
 ("swissinfo_content_published_on", art("This content was published on January 15, 2025 - 10:15", "Keystone-SDA"), "", "2025-01-15", "byline"),
 # --- Middle East and South Asia ---
 ("gulftimes_published_dash_pipe", art("Published: 19 Nov 2023 - 9:50 pm | Last updated: 20 Nov 2023 - 8:15 am"), "", "2023-11-19", "byline"),
 ("timesofoman_time_first_pipe", art("Published: 10:15 AM, Feb 03, 2024 | Updated: 12:40 PM, Feb 03, 2024"), "", "2024-02-03", "byline"),
 ("inn_gmt_offset_paren", art("Mira Halvorsen", "Dec 12, 2022, 7:45 PM (GMT+2)"), "", "2022-12-12", "byline"),
 ("pib_posted_on_caps_office", art("Ministry of Ports, Shipping and Waterways", "Posted On: 12 JAN 2024 4:15PM by PIB Delhi"), "", "2024-01-12", "byline"),
 ("pib_old_dashed_month_ist", art("Press Information Bureau", "Government of India", "Ministry of Shipping", "01-May-2017 17:18 IST"), "", "2017-05-01", "byline"),
 ("theprint_comma_after_month_ist", art("Mira Halvorsen", "7 March, 2024 10:15 am IST"), "", "2024-03-07", "byline"),
 ("dailystar_bd_weekday_last_update", art("Mira Halvorsen", "Sat Feb 3, 2024 10:15 PM Last update on: Sun Feb 4, 2024 09:40 AM"), "", "2024-02-03", "byline"),
 # --- East and Southeast Asia ---
 # Viet Nam News prints "Month, day/year - time": 5 April 2024.
 ("vietnamnews_month_comma_day_slash_year", art("April, 05/2024 - 08:17"), "", "2024-04-05", "byline"),
 ("philstar_pipe_midnight", art("Mira Halvorsen - The Philippine Star", "August 22, 2023 | 12:00am"), "", "2023-08-22", "byline"),
 ("abscbn_posted_at_no_comma", art("Mira Halvorsen, ABS-CBN News", "Posted at Nov 14 2023 09:41 PM"), "", "2023-11-14", "byline"),
 ("fmt_dash_dmy_comma", art("Mira Halvorsen - 22 Jun 2024, 8:05 am"), "", "2024-06-22", "byline"),
 ("businesstimes_sg_weekday_middot", art("Published Tue, Aug 27, 2024 · 06:20 PM"), "", "2024-08-27", "byline"),
 ("cgtn_time_then_dashed_date", art("CGTN", "Updated 21:36, 14-Jul-2023"), "", "2023-07-14", "byline"),
 ("khmertimes_publication_date_ict", art("Mira Halvorsen / Khmer Times", "Share:", "Publication date 07 March 2024 | 10:15 ICT"), "", "2024-03-07", "byline"),
 # --- Oceania ---
 ("stuff_time_comma_month_day_year", art("Mira Halvorsen", "17:05, Aug 09 2021"), "", "2021-08-09", "byline"),
 ("conversation_published_aedt", art("Published: February 14, 2023 6:08am AEDT"), "", "2023-02-14", "byline"),
 # --- Canada ---
 ("globalnews_posted_updated_read", art("By Mira Halvorsen Global News", "Posted October 3, 2022 6:15 pm", "Updated October 4, 2022 9:02 am", "2 min read"), "", "2022-10-03", "byline"),
 ("winnipegfp_time_zone_weekday", art("Posted: 7:48 PM CST Thursday, Feb. 15, 2024"), "", "2024-02-15", "byline"),
 # --- US papers ---
 ("seattletimes_originally_published", art("Originally published September 12, 2022 at 6:00 am | Updated September 13, 2022 at 10:05 am"), "", "2022-09-12", "byline"),
 ("propublica_hour_only_edt", art("by Mira Halvorsen", "Nov. 2, 2023, 5 a.m. EDT"), "", "2023-11-02", "byline"),
 ("bostonglobe_glued_updated", art("By Mira Halvorsen Globe Staff,Updated May 14, 2023, 6:02 p.m."), "", "2023-05-14", "byline"),
 # --- Courts and legal press ---
 ("doj_weekday_for_immediate_release", art("Press Release", "Tuesday, October 15, 2024", "For Immediate Release", "Office of Public Affairs"), "", "2024-10-15", "byline"),
 ("scotusblog_by_on_at", art("By Mira Halvorsen on Jan 16, 2025 at 4:52 pm"), "", "2025-01-16", "byline"),
 ("law360_paren_dateline", art("By Mira Halvorsen", "Share us on:", body="Law360 (September 12, 2023, 7:22 PM EDT) -- A federal judge in Maryland approved a settlement between the port operator and the dock workers' union, ending a five-week strike at the city's main container terminal."), "", "2023-09-12", "dateline"),
 ("courthousenews_date_then_cn_dateline", art("June 3, 2025", "Mira Halvorsen", body="BALTIMORE (CN) — A federal judge on Tuesday approved a settlement between the port operator and the dock workers' union, ending a five-week strike at the city's main container terminal."), "", "2025-06-03", "byline"),
 # --- Trade and science press ---
 ("defensenews_comma_time", art("By Mira Halvorsen", "Jul 19, 2023, 04:37 PM"), "", "2023-07-19", "byline"),
 ("oilprice_dash_cst", art("By Mira Halvorsen - Jan 10, 2025, 7:00 PM CST"), "", "2025-01-10", "byline"),
 ("argus_published_date_label", art("Published date: 18 October 2024", "Share"), "", "2024-10-18", "byline"),
 ("sciencedaily_date_source_labels", art("Date:", "June 12, 2023", "Source:", "Kestrel Point University", "Summary:"), "", "2023-06-12", "byline"),
 ("spacecom_lowercase_published", art("By Mira Halvorsen published May 3, 2024", "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works."), "", "2024-05-03", "byline"),
 ("nature_news_label_dmy", art("NEWS", "27 February 2024", "Mira Halvorsen"), "", "2024-02-27", "byline"),
 # --- Finance and exchanges ---
 ("seekingalpha_dotted_month_et", art("By: Mira Halvorsen, SA News Editor", "Oct. 23, 2024 6:32 AM ET"), "", "2024-10-23", "byline"),
 ("nasdaq_nordic_announcement_number", art("Company announcement no. 31/2023", "Copenhagen, 24 August 2023"), "", "2023-08-24", "byline"),
 # --- Company newsrooms ---
 ("newsroom_press_release_label", art("PRESS RELEASE", "January 18, 2024"), "", "2024-01-18", "byline"),
 ("industrial_press_release_dateline", art("Press release", body=release("Munich, Germany, November 12, 2024 –")), "", "2024-11-12", "dateline"),
 # --- Release wires ---
 ("einpresswire_country_dateline", art(body=release("AUSTIN, TX, UNITED STATES, August 5, 2025 /EINPresswire.com/ --")), "", "2025-08-05", "dateline"),
 ("newsfile_paren_dateline", art(body=release("Vancouver, British Columbia--(Newsfile Corp. - January 9, 2025) -")), "", "2025-01-09", "dateline"),
 ("prweb_paren_dateline", art(body=release("ATLANTA (PRWEB) May 16, 2023 --")), "", "2023-05-16", "dateline"),
 ("globenewswire_nordic_dmy_dateline", art(body=release("Oslo, 14 February 2025 –")), "", "2025-02-14", "dateline"),
 # --- International courts and organisations ---
 ("cjeu_press_release_luxembourg", art("Court of Justice of the European Union", "PRESS RELEASE No 182/23", "Luxembourg, 30 November 2023", "Judgment of the Court in Case C-412/22 | Kestrel Shipping v Harbour Authority"), "", "2023-11-30", "byline"),
 # Strasbourg court, day first: 6 July 2023.
 ("echr_registrar_numeric_dmy", art("issued by the Registrar of the Court", "ECHR 187 (2023)", "06.07.2023"), "", "2023-07-06", "byline"),
 # The postcode 2517 is not a year.
 ("icj_press_release_postcode", art("INTERNATIONAL COURT OF JUSTICE", "Peace Palace, Carnegieplein 2, 2517 KJ The Hague, Netherlands", "Press Release", "Unofficial", "No. 2023/41", "26 July 2023"), "", "2023-07-26", "byline"),
 ("worldbank_release_dateline", art("PRESS RELEASE", "NO: 2023/123/ECA", body="WASHINGTON, June 27, 2023 — The World Bank's Board of Executive Directors today approved a $150 million loan to modernise the Kestrel Point container terminal and its rail links."), "", "2023-06-27", "dateline"),
 ("nato_dotted_month_last_updated", art("13 Jul. 2023 -", "Last updated: 14 Jul. 2023 09:10"), "", "2023-07-13", "byline"),
 ("hrw_midnight_edt", art("September 5, 2023 12:00AM EDT", "Dispatches"), "", "2023-09-05", "byline"),
 # --- Sports and entertainment ---
 # Spanish sports daily: day first, 4 October 2023.
 ("marca_updated_numeric_cest", art("Mira Halvorsen", "Updated 04/10/2023 - 21:40 CEST", headline="Harbourview boss keeps faith in youth after cup exit", body=SPORT), "", "2023-10-04", "byline"),
 ("variety_date_time_pt", art("By Mira Halvorsen", "January 24, 2025 3:40pm PT"), "", "2025-01-24", "byline"),
 # US music trade: month first, 11 June 2024.
 ("billboard_numeric_us", art("By Mira Halvorsen", "06/11/2024"), "", "2024-06-11", "byline"),
 # --- Newsletters and blogs ---
 ("linkedin_article_published", art("Mira Halvorsen", "Mira Halvorsen", "Head of Operations at Kestrel Harbour", "Published Sep 19, 2023", "+ Follow"), "", "2023-09-19", "byline"),
 ("devto_posted_updated_bullet", art("Mira Halvorsen", "Posted on Jan 28, 2023 • Updated on Feb 2, 2023"), "", "2023-01-28", "byline"),
 ("mailchimp_issue_weekday", art("View this email in your browser", "HARBOUR BRIEF", "Issue #87 | Tuesday, May 20, 2025"), "", "2025-05-20", "byline"),
 # --- Aggregators, e-paper, archives ---
 ("allafrica_source_then_date", art("The Citizen (Dar es Salaam)", "18 January 2024", "By Mira Halvorsen", headline="Tanzania: " + HEAD), "", "2024-01-18", "byline"),
 ("pressreader_edition_date", art("The Harbour Gazette (Late Edition)", "12 Dec 2022", "MIRA HALVORSEN"), "", "2022-12-12", "byline"),
 ("chroniclingamerica_run_years_issue", art("The Harbour Gazette. [volume] (Harbourview, Md.) 1887-1920, June 04, 1907, Page 3, Image 3", headline="WHARF STRIKE ENDED"), "", "1907-06-04", "byline"),
 # --- Africa and Latin America ---
 ("nation_africa_weekday_updated_on", art("Wednesday, January 10, 2024 — updated on January 11, 2024", "By Mira Halvorsen", "More by this Author"), "", "2024-01-10", "byline"),
 ("guardian_ng_dmy_pipe", art("By Mira Halvorsen", "29 April 2024 | 4:15 am"), "", "2024-04-29", "byline"),
 ("bnamericas_published_weekday", art("Published: Wednesday, October 16, 2024"), "", "2024-10-16", "byline"),
 # --- URL only ---
 ("businesswire_url_dated_id", art(), "https://www.businesswire.com/news/home/20240307005012/en/Example-Harbour-Corp-Announces-Terminal-Contract", "2024-03-07", "url"),
 ("sciencedaily_url_yymmdd_id", art(), "https://www.sciencedaily.com/releases/2022/11/221108101512.htm", "2022-11-08", "url"),
 ("dailymaverick_url_iso_prefixed_slug", art(), "https://www.dailymaverick.co.za/article/2024-03-07-port-strike-ends/", "2024-03-07", "url"),
 ("aljazeera_url_unpadded", art(), "https://www.aljazeera.com/news/2023/2/9/port-strike-ends", "2023-02-09", "url"),
 # US outlet: mm-dd-yy, 5 March 2024.
 ("cnn_live_url_mm_dd_yy", art(), "https://www.cnn.com/world/live-news/port-strike-news-03-05-24/index.html", "2024-03-05", "url"),
 # --- Traps: a careful reader answers unknown ---
 ("trap_flipboard_relative_only", art("Harbour Daily - Mira Halvorsen", "3d", "Flipped into Shipping News by harbourfan"), "", "", "unknown"),
 ("trap_japantoday_yearless_stamp", art("TOKYO", "Mar. 7 10:15 am JST", "Kyodo", body=PLAIN), "", "", "unknown"),
 ("trap_liveblog_clock_times_only", art("LIVE", "Updated 5 minutes ago", "Key events", "14:32", "Union confirms vote result", "14:05", "Cranes restart at berth 4"), "", "", "unknown"),
 ("trap_url_variety_year_only", art(), "https://variety.com/2024/film/news/harbour-strike-documentary-1235912345/", "", "unknown"),
 ("trap_url_physorg_year_month", art(), "https://phys.org/news/2024-03-port-strike-ends.html", "", "unknown"),
 ("trap_review_screening_date", art("Reviewed at Sundance Film Festival (Premieres), Jan. 22, 2025. Running time: 104 MIN.", headline="'Harbour Lights' Review: A Dock Strike Drama That Never Finds Its Footing", body=REVIEW), "", "", "unknown"),
 ("trap_obituary_lifespan_only", art("Jan. 3, 1941 - March 2, 2024", headline="Mira Halvorsen Obituary", body=OBIT), "", "", "unknown"),
 ("trap_ir_webcast_date_only", art("Conference call and webcast: Thursday, February 12, 2026 at 8:30 a.m. ET", headline="Example Harbour Corp to Report Fourth Quarter 2025 Results", body=RESULTS), "", "", "unknown"),
 ("trap_sitrep_reporting_period", art("Situation Report No. 14", "Reporting period: 1 - 31 January 2024", headline="Kestrel Point: Port Disruption Situation Report"), "", "", "unknown"),
 ("trap_quote_widget_today_only", art("EXH 12.34 +0.21 (+1.73%)", "As of Nov 21, 2026 4:00 PM EST", "By Mira Halvorsen"), "", "", "unknown"),
 # --- Traps: a wrong date is printed beside the right one ---
 ("trap_quote_widget_beside_stamp", art("EXH 12.34 +0.21 (+1.73%)", "As of Nov 21, 2026 4:00 PM EST", "By Mira Halvorsen", "Mar. 11, 2024 8:15 AM ET"), "", "2024-03-11", "byline"),
 ("trap_legacy_published_from_to", art("1941 - 2024", "Published by Harbour Gazette from Mar. 7 to Mar. 9, 2024.", headline="Mira Halvorsen Obituary", body=OBIT), "", "2024-03-07", "byline"),
 ("trap_newspapers_clipped_vs_paper", art("Clipped by harbourfan", "Mar 7, 2024", "The Harbour Gazette", "Harbourview, Maryland", "Sun, Jun 07, 1987 · Page 3", headline="Wharf strike ends"), "", "1987-06-07", "byline"),
 ("trap_bs_last_updated_above_first_published", art("Mira Halvorsen New Delhi", "Last Updated : Mar 08 2024 | 9:40 AM IST") + "\nFirst Published: Mar 07 2024 | 10:15 PM IST\n", "", "2024-03-07", "byline"),
 ("trap_correction_appended_later", art("By Mira Halvorsen", "May 14, 2024") + "\nCorrection, May 16, 2024: An earlier version of this article misstated the length of the strike. It lasted five weeks, not six.\n", "", "2024-05-14", "byline"),
 ("trap_podcast_recorded_earlier", art("Apr 2, 2024", "Recorded live at Harbour Hall on March 21, 2024", "Episode 88 · 52 min", headline="Episode 88: After the strike", body=NOTES), "", "2024-04-02", "byline"),
 ("trap_marketwatch_last_updated_first_published", art("Last Updated: March 8, 2024 at 9:12 a.m. ET", "First Published: March 7, 2024 at 4:05 p.m. ET", "By Mira Halvorsen"), "", "2024-03-07", "byline"),
]


def main(argv: Sequence[str] | None = None) -> int:
    return pubdate_shapes.main(argv, C)


if __name__ == "__main__":
    sys.exit(main())
