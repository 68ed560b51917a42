"""Publication dates on 85 more article heads, in page shapes unseen by the tool's authors.

    .venv/bin/python -m bench.pubdate_shapes2 [-v]

A second, held-out set beside bench.pubdate_shapes: 85 cases (20 of them traps) from
outlets and site types that set does not cover (Le Monde, RFI, El Pais, ANSA, EU press
corner, UK judgments, Kyiv Independent, Ukrainska Pravda, Meduza, Haaretz, Ynetnews,
Mainichi, NHK, Hankyoreh, Taipei Times, RTHK, Global Times, China Daily, Rappler,
Inquirer, Jakarta Post, VnExpress, CNA, The Star, Bernama, SMH, NZ Herald, RNZ, CTV,
Postmedia, Toronto Star, The Hill, PBS, USA Today, Chicago Tribune, Scripps and Sinclair
stations, Forbes, Ars Technica, The Economist, FT, MercoPress, Buenos Aires Times, Punch,
Premium Times, GhanaWeb, PR Newswire, GlobeNewswire, EFE, Canadian and SEC releases,
UN News, US court opinions, Medium, WordPress, Blogger, URL shapes) and traps: relative
stamps, captions, related lists, event dates in the body or headline, timelines, age
banners, comment stamps, fiscal-year and argued dates, copyright ranges (answer unknown),
and pages where an Updated date, a print-edition line or a "First Published" line at the
end must not displace the published date.

The writer did not read the tool's rules or code (nothing in timeline/, its fixtures,
tests or BENCHMARKS.md); only bench/pubdate_shapes.py for the format. Written on
2026-11-22 and scored once as written: the cases were not changed after that run.

Each head is dated alone with today = 2026-11-21 and counted right / wrong / unknown
(findable but not found) / invented (a date where a careful reader would say unknown).
Numeric dates with no other evidence of order follow the outlet's country convention
(noted beside each case); some carry a weekday or a time zone that settles the order.
A year-less dateline with a weekday expects the latest year, not after today, in which
that day fell on that weekday. Story content is generic; names and places are invented.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import pubdate_shapes
from bench.pubdate_shapes import BODY, BODY2, HEAD, art

__all__ = ["BODY", "BODY2", "HEAD", "C", "main"]


def wire(dateline: str, weekday: str = "Sunday") -> str:
    """A body opening with a dateline, then generic story text."""
    return (f"{dateline} Dock workers at the city's main container terminal returned to "
            f"work after union members voted to accept an improved offer from the "
            f"operator, officials said on {weekday}.")


def release(dateline: str) -> str:
    """A press-release body opening with a dated dateline."""
    return (f"{dateline} Example Harbour Corp today announced a ten-year operating "
            f"contract for the Kestrel Point container terminal, the company said in a "
            f"statement.")


COURT = ("Appellant Marek Voss challenges the district court's order granting summary "
         "judgment to the Kestrel Point Port Authority. We have jurisdiction and affirm.")

# (name, text, url, expected ISO or "", expected published_from or "")
C: list[tuple[str, str, str, str, str]] = [
 # --- Europe ---
 ("lemonde_published_updated_paris", art("Le Monde with AFP", "Published on March 14, 2025, at 5:02 pm (Paris)", "Updated on March 15, 2025, at 9:10 am"), "", "2025-03-14", "byline"),
 # RFI is French: day first, 7 June.
 ("rfi_numeric_dmy_fr", art("Published on: 07/06/2016 - 08:15", "Modified: 08/06/2016 - 10:02"), "", "2016-06-07", "byline"),
 ("elpais_caps_city_cet", art("MIRA HALVORSEN", "Madrid - FEB 08, 2023 - 06:15 CET"), "", "2023-02-08", "byline"),
 # Nov 5 fell on a Tuesday in 2019 and 2024; latest not after today is 2024.
 ("ansa_inferred_weekday", art(body=wire("(ANSA) - ROME, NOV 5 -", "Tuesday")), "", "2024-11-05", "inferred"),
 ("scotsman_ordinal_gmt", art("By Tomas Brell", "Published 4th Dec 2023, 16:45 GMT", "Updated 5th Dec 2023, 09:10 GMT"), "", "2023-12-04", "byline"),
 # EU house style is day first: 4 October 2022 (a Tuesday; 10 April 2022 was a Sunday).
 ("eu_daily_news_spaced_slashes", art("Daily News 04 / 10 / 2022", "Brussels"), "", "2022-10-04", "byline"),
 # English judgment: day first, 3 August 2021.
 ("uk_judgment_date_numeric", art("Neutral Citation Number: [2021] EWCA Civ 1987", "Case No: A1/2021/0456", "IN THE COURT OF APPEAL (CIVIL DIVISION)", "Royal Courts of Justice", "Strand, London, WC2A 2LL", "Date: 03/08/2021", body=COURT), "", "2021-08-03", "byline"),
 ("kyivindependent_min_read", art("by Oksana Melnyk", "July 19, 2025 10:37 PM", "2 min read"), "", "2025-07-19", "byline"),
 ("ukrpravda_caps_weekday_dash", art("OKSANA MELNYK — SUNDAY, 24 SEPTEMBER 2023, 12:40"), "", "2023-09-24", "byline"),
 ("meduza_time_first", art("7:45 pm, March 2, 2022", "Source: Meduza"), "", "2022-03-02", "byline"),
 # --- Middle East and South Asia ---
 ("haaretz_updated_next_day", art("Noa Levin", "Jan 9, 2023 11:42 pm IST", "Updated: Jan 10, 2023 7:05 am IST"), "", "2023-01-09", "byline"),
 # Ynetnews English prints month.day.year; 15 settles it.
 ("ynet_mm_dd_yy_dotted", art("Noa Levin|Published: 01.15.24, 18:21"), "", "2024-01-15", "byline"),
 ("hindu_old_city_date_ist", art("NEW DELHI, July 13, 2015 23:18 IST", "Updated: July 14, 2015 02:25 IST"), "", "2015-07-13", "byline"),
 # --- East Asia ---
 ("mainichi_paren_outlet", art("December 9, 2020 (Mainichi Japan)"), "", "2020-12-09", "byline"),
 ("nhk_end_stamp_jst", art() + "\nMay 27, 2021 10:15 JST\n", "", "2021-05-27", "byline"),
 ("hankyoreh_glued_kst", art("Posted on : Apr.22,2018 17:15 KST Modified on : Apr.23,2018 09:40 KST"), "", "2018-04-22", "byline"),
 ("taipeitimes_page", art("Sat, Mar 12, 2022 page3"), "", "2022-03-12", "byline"),
 ("rthk_iso_hkt_between", art("2019-12-01 HKT 08:15", "Share this story"), "", "2019-12-01", "byline"),
 ("globaltimes_slash_ymd_seconds", art("By Chen Wei", "Source: Global Times Published: 2019/6/3 21:45:36"), "", "2019-06-03", "byline"),
 ("chinadaily_pipe_updated_only", art("By Chen Wei | chinadaily.com.cn | Updated: 2017-10-16 08:15"), "", "2017-10-16", "byline"),
 # --- Southeast Asia ---
 ("rappler_time_first", art("MARIA SANTOS", "Published 3:35 PM, August 08, 2017", "Updated 4:05 PM, August 08, 2017"), "", "2017-08-08", "byline"),
 ("inquirer_slash_time_date", art("By: Maria Santos - Reporter / @msantosINQ", "Philippine Daily Inquirer / 05:24 AM December 19, 2021"), "", "2021-12-19", "byline"),
 ("jakartapost_bullet_weekday", art("Dewi Pratiwi (The Jakarta Post)", "PREMIUM", "Jakarta ● Wed, April 10, 2019"), "", "2019-04-10", "byline"),
 # Vietnamese order is day first; Monday settles it (5 Feb 2018 was a Monday, 2 May a Wednesday).
 ("vnexpress_numeric_weekday_gmt7", art("Monday, 5/2/2018, 08:12 (GMT+7)"), "", "2018-02-05", "byline"),
 ("cna_updated_paren", art("03 Nov 2025 10:15PM", "(Updated: 04 Nov 2025 08:40AM)"), "", "2025-11-03", "byline"),
 ("thestar_my_weekday_myt", art("Saturday, 10 Feb 2024", "10:15 PM MYT"), "", "2024-02-10", "byline"),
 # Oct 12 fell on a Thursday in 2017 and 2023; latest is 2023.
 ("bernama_inferred_weekday", art(body=wire("KUALA LUMPUR, Oct 12 (Bernama) --", "Thursday")), "", "2023-10-12", "inferred"),
 # --- Oceania ---
 ("smh_updated_first_published", art("By Tomas Brell", "Updated November 18, 2025 — 7.05pm, first published at 5.00am"), "", "2025-11-18", "byline"),
 ("nzherald_glued_read", art("By Tomas Brell", "NZ Herald·", "16 Aug, 2024 05:00 AM3 mins to read"), "", "2024-08-16", "byline"),
 ("rnz_time_on_date", art("4:02 pm on 27 January 2026", "Share this"), "", "2026-01-27", "byline"),
 # AEST marks an Australian page: day first, 6 July 2022 (pair of local_radio_numeric_edt).
 ("acm_numeric_aest", art("By Tomas Brell", "06/07/2022 6:15pm AEST"), "", "2022-07-06", "byline"),
 # --- North America ---
 ("ctv_weekday_published", art("Ana Ferreira", "CTVNews.ca Writer", "Published Tuesday, November 5, 2019 8:15AM EST", "Last Updated Tuesday, November 5, 2019 9:40AM EST"), "", "2019-11-05", "byline"),
 ("postmedia_bullets", art("Published Mar 22, 2017  •  Last updated Mar 23, 2017  •  3 minute read"), "", "2017-03-22", "byline"),
 ("torstar_timer_glued", art("By Ana Ferreira Staff Reporter", "Tue., Nov. 13, 2018timer3 min. read"), "", "2018-11-13", "byline"),
 # US outlet, ET: month first, two-digit year, 4 July 2019.
 ("thehill_two_digit_year_us", art("BY ANA FERREIRA - 07/04/19 06:00 AM ET"), "", "2019-07-04", "byline"),
 ("pbs_updated_before_published", art("By — Ana Ferreira, Associated Press", "Updated on Sep 28, 2022 4:52 PM EDT — Published on Sep 27, 2022 11:02 AM EDT"), "", "2022-09-27", "byline"),
 ("usatoday_time_first", art("Ana Ferreira", "USA TODAY", "Published 5:04 a.m. ET Jan. 12, 2021 | Updated 7:19 p.m. ET Jan. 13, 2021"), "", "2021-01-12", "byline"),
 ("chicagotribune_caps_labels", art("By ANA FERREIRA | aferreira@chicagotribune.com | Chicago Tribune", "PUBLISHED: December 23, 2021 at 8:15 AM CST | UPDATED: December 24, 2021 at 9:40 AM CST"), "", "2021-12-23", "byline"),
 ("scripps_posted_at_and_last_updated", art("Posted at 6:14 PM, Jan 05, 2019 and last updated 7:32 PM, Jan 05, 2019"), "", "2019-01-05", "byline"),
 ("sinclair_ordinal_at", art("by Ana Ferreira", "Tue, April 6th 2021 at 3:15 PM"), "", "2021-04-06", "byline"),
 # EDT marks a US page: month first, 7 June 2022 (pair of acm_numeric_aest).
 ("local_radio_numeric_edt", art("Posted 06/07/2022 10:15 AM EDT"), "", "2022-06-07", "byline"),
 ("forbes_glued_comma", art("Ana Ferreira", "Contributor", "Feb 15, 2016,09:00am EST"), "", "2016-02-15", "byline"),
 # US outlet: month first, 6 May 2020.
 ("ars_numeric_us", art("ANA FERREIRA - 5/6/2020, 10:15 AM"), "", "2020-05-06", "byline"),
 ("economist_ordinal_pipe_city", art("Finance & economics | Harbour economics", "May 13th 2021 | FRANKFURT"), "", "2021-05-13", "byline"),
 ("ft_no_comma", art("Mira Halvorsen in Frankfurt", "June 24 2022"), "", "2022-06-24", "byline"),
 # --- Latin America and Africa ---
 ("mercopress_ordinal_utc", art("Tuesday, February 13th 2018 - 08:17 UTC"), "", "2018-02-13", "byline"),
 ("batimes_dash_dmy", art("BY LUCIA PAREDES", "23-05-2020 10:15"), "", "2020-05-23", "byline"),
 ("punch_ordinal_dmy", art("Published 2nd November 2019", "By Chidi Okafor"), "", "2019-11-02", "byline"),
 ("premiumtimes_pipe_min_read", art("By Chidi Okafor | September 3, 2025 | 4 min read"), "", "2025-09-03", "byline"),
 ("ghanaweb_general_news_of", art("General News of Sunday, 16 April 2023", "Source: www.ghanaweb.com"), "", "2023-04-16", "byline"),
 # --- Releases, government, courts ---
 ("prnewswire_news_provided_by", art("News provided by", "Example Harbour Corp", "Sep 15, 2025, 08:00 ET", body=release("CHICAGO, Sept. 15, 2025 /PRNewswire/ --")), "", "2025-09-15", "byline"),
 ("globenewswire_source_pipe", art("January 21, 2026 07:30 ET | Source: Example Harbour Corp"), "", "2026-01-21", "byline"),
 # Nov 18 fell on a Wednesday in 2015, 2020 and 2026; latest not after today is 2026.
 ("efe_inferred_near_today", art(body=wire("Madrid, Nov 18 (EFE).-", "Wednesday")), "", "2026-11-18", "inferred"),
 ("canada_news_release_dateline", art("News release", body=release("June 3, 2021 – Ottawa, Ontario – Transport Canada")), "", "2021-06-03", "dateline"),
 ("sec_press_dateline", art("FOR IMMEDIATE RELEASE", "2021-145", body="Washington D.C., Aug. 9, 2021 — The Securities and Exchange Commission today charged Example Harbour Corp and two former officers with misleading investors about terminal volumes."), "", "2021-08-09", "dateline"),
 ("un_news_date_section", art("28 February 2017", "Climate and Environment"), "", "2017-02-28", "byline"),
 ("scotus_argued_decided", art("Syllabus", "VOSS v. KESTREL POINT PORT AUTHORITY", "CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT", "No. 18–1234. Argued November 4, 2019—Decided April 20, 2020", body=COURT), "", "2020-04-20", "byline"),
 ("ninth_filed_stamp", art("NOT FOR PUBLICATION", "FILED", "JAN 10 2022", "CLERK, U.S. COURT OF APPEALS", "UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT", body=COURT), "", "2022-01-10", "byline"),
 # --- Blogs and aggregators ---
 ("medium_old_glued", art("Tomas Brell", "Jul 9, 2018·6 min read"), "", "2018-07-09", "byline"),
 ("wp_date_badge_stacked", art("09", "MAR", "2015", "Posted in Harbour Life"), "", "2015-03-09", "byline"),
 ("blogger_date_header", art("Friday, September 29, 2017", headline="Notes from the harbour") + "\nPosted by Tomas Brell at 8:15 AM\nNo comments:\n", "", "2017-09-29", "byline"),
 ("aggregator_originally_published", art("Harbour Digest", "Originally published by Harbour Daily on 4 February 2020"), "", "2020-02-04", "byline"),
 # --- URL only ---
 ("bloomberg_url_iso_folder", art(), "https://www.bloomberg.com/news/articles/2021-08-14/port-strike-ends", "2021-08-14", "url"),
 ("guardian_url_month_name", art(), "https://www.theguardian.com/world/2018/sep/30/port-strike-ends", "2018-09-30", "url"),
 ("smh_url_date_code", art(), "https://www.smh.com.au/national/port-strike-ends-20250614-p5m8xz.html", "2025-06-14", "url"),
 # --- Traps: a careful reader answers unknown ---
 ("trap_relative_updated_mins", art("Tomas Brell", "Last Updated: 35 minutes ago"), "", "", "unknown"),
 ("trap_yesterday_stamp", art("By Tomas Brell", "Yesterday at 10:15 pm"), "", "", "unknown"),
 ("trap_caption_photograph_credit", art("A crane operator at the terminal in Harbourview on 14 August 2022. Photograph: Ivo Stanek/Getty Images", "Tomas Brell"), "", "", "unknown"),
 ("trap_related_after_body", art("By Tomas Brell") + "\nRead more\nStrike talks stall at Harbourview terminal\n12 Sep 2021\nUnion rejects operator's offer\n5 Sep 2021\n", "", "", "unknown"),
 ("trap_event_first_sentence_weekday", art("By Tomas Brell", body="The strike, which began on Monday, October 3, 2022, ended after union members at the city's main container terminal voted to accept an improved offer from the operator, officials said."), "", "", "unknown"),
 ("trap_timeline_key_dates", art("Timeline", "12 May 2021: First walkout at the terminal", "30 Nov 2021: Arbitration fails", "2022: New operator takes over"), "", "", "unknown"),
 ("trap_old_article_banner", art("This article is more than 2 years old", "Tomas Brell"), "", "", "unknown"),
 ("trap_headline_event_date_only", art("By Tomas Brell", headline="Dock strike set for 14 July 2025", body="Dock workers at the city's main container terminal will walk out unless the operator improves its offer, union leaders said, in a dispute over pay that has dragged on for months."), "", "", "unknown"),
 ("trap_sec_fiscal_year_ended", art("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549", "FORM 10-K", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", "For the fiscal year ended December 31, 2022", "Commission File Number 001-99999", "EXAMPLE HARBOUR HOLDINGS, INC.", headline="Annual report", body="Example Harbour Holdings, Inc. operates container terminals in three coastal states and a rail yard inland."), "", "", "unknown"),
 ("trap_court_argued_only", art("MEMORANDUM", "Appeal from the United States District Court", "Argued and Submitted November 4, 2019", "San Francisco, California", "Before: HALE, BRANDT, and KOVAC, Circuit Judges.", body=COURT), "", "", "unknown"),
 ("trap_consultation_closes", art("Consultation", "This consultation closes at", "11:59pm on 30 June 2024", headline="Harbourview terminal expansion: have your say"), "", "", "unknown"),
 ("trap_reader_comment_date", art("By Tomas Brell") + "\nComments (3)\nHarbourFan\n12 March 2023 at 10:15\nAbout time the two sides agreed.\n", "", "", "unknown"),
 ("trap_url_year_month_only", art(), "https://news.example.com/2021/08/port-strike-ends/", "", "unknown"),
 ("trap_copyright_range", art("By Tomas Brell") + "\n© Harbour Daily 2019–2025. All rights reserved.\n", "", "", "unknown"),
 ("trap_next_meeting_listing", art("Next public meeting: Thursday, 4 December 2025, 7pm, Harbourview Town Hall"), "", "", "unknown"),
 # --- Traps: a wrong date is printed beside the right one ---
 ("trap_headline_event_date_with_stamp", art("By Tomas Brell", "June 30, 2025", headline="Dock workers to strike on July 14, 2025 unless talks resume", body="Dock workers at the city's main container terminal will walk out unless the operator improves its offer, union leaders said on Monday."), "", "2025-06-30", "byline"),
 ("trap_updated_above_published", art("Updated: 5 February 2024", "Published: 29 January 2024"), "", "2024-01-29", "byline"),
 ("trap_nyt_print_edition_later", art("By Ana Ferreira", "June 4, 2022") + "\nA version of this article appears in print on June 5, 2022, Section A, Page 14 of the New York edition with the headline: Port Strike Ends After Five Weeks.\n", "", "2022-06-04", "byline"),
 ("trap_mint_first_published_at_end", art("2 min read . Updated: 03 Feb 2026, 01:10 AM IST", "Anjali Rao") + "\nCatch all the Business News and Updates on Live Mint.\nFirst Published: 02 Feb 2026, 11:45 PM IST\n", "", "2026-02-02", "byline"),
 ("trap_arabnews_updated_above", art("Updated 21 October 2022", "Samir Haddad", "October 20, 2022 22:15"), "", "2022-10-20", "byline"),
]


def main(argv: Sequence[str] | None = None) -> int:
    return pubdate_shapes.main(argv, C)


if __name__ == "__main__":
    sys.exit(main())
