"""Publication dates on 83 more article heads, in page shapes unseen by the tool's authors.

    .venv/bin/python -m bench.pubdate_shapes3 [-v]

A third held-out set beside bench.pubdate_shapes and bench.pubdate_shapes2: 83 cases
(17 of them traps) from outlets, regions and site types neither set covers. Europe:
Spiegel International, NOS, Yle, NRK, The Copenhagen Post, PAP, a Czech page (CTK),
Hurriyet Daily News, a Turkish site's sidebar, The Irish Times, RTE, TheJournal.ie,
WalesOnline. Middle East and South Asia: Khaleej Times, Asharq Al-Awsat (Hijri beside
Gregorian), Tasnim, IRNA (Solar Hijri beside Gregorian), APP, Dhaka Tribune, a Dhaka
masthead, Daily Mirror (Sri Lanka), The Kathmandu Post. East and Southeast Asia: Thai
PBS World, New Straits Times, Tempo, JoongAng Daily, Focus Taiwan, a Yonhap caption.
Australian regional (News Corp) and Trove's digitised papers. Africa: TimesLIVE, JSE
SENS, Vanguard, a Nigerian page in WAT, Capital FM, Addis Standard, Ahram Online.
Latin America and the Caribbean: Agencia Brasil, Mexico News Daily, The Gleaner, a
Caribbean page whose weekday settles a numeric date. US local TV (Gray, Tegna), public
radio (OPB), a county news flash; trade journals (The Register, Rigzone, Hellenic
Shipping News, TradeWinds); a university news office and EurekAlert; Amnesty, WHO,
ReliefWeb; the Fed, ECB, RBI; LSE RNS, SGX and JSE announcements; football and cricket
sites; Substack, Ghost, podcast show notes, Reddit, phpBB, vBulletin; AMP cache URLs;
print-archive pages; Wayback captures; cookie banners; URL shapes (Yonhap, Focus Taiwan,
RTE, WHO, ECB, Fed, Korea Herald, AMP cache, Wayback).
Traps: relative stamps only, a copyright range, a capture date, a masthead's today, a
future fixture, an event date in the headline, an AGM date (answer unknown), and pages
where a Solar Hijri year, a repost date, a match date, a forum reply, a capture date, a
cookie notice, an age banner, a page-modified footer, a photo caption or a related
sidebar must not displace the published date.

The writer did not read the tool's rules or code (nothing in timeline/, its fixtures,
tests or BENCHMARKS.md); only bench/pubdate_shapes.py and bench/pubdate_shapes2.py for
the format and the cases already covered. Written on 2026-11-22 and not changed after
it was scored.

Scored once as written, in the twelfth session: 52 right, 3 wrong, 27 unknown, 1
invented on the session's starting code; 58 right, 3 wrong, 21 unknown, 1 invented with
the last-resort head-date rule (loose_head_date), written before the survey was read.
Its misses were then read and the general mechanisms behind them fixed (dashed and
comma'd date shapes, "Publish :" labels, a weekday that settles a numeric date, glued
URL dates, archive captures), so it is development data from then on.

Each head is dated alone with today = 2026-11-21 and counted right / wrong / unknown
(findable but not found) / invented (a date where a careful reader would say unknown).
Numeric dates with no other evidence of order follow the outlet's country convention
(noted beside each case); some carry a weekday, a day above 12 or a time zone that
settles the order. A year-less dateline with a weekday expects the latest year, not
after today, in which that day fell on that weekday. Story content is generic; names
and places are invented.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import pubdate_shapes
from bench.pubdate_shapes import BODY, BODY2, HEAD, art
from bench.pubdate_shapes2 import wire

__all__ = ["BODY", "BODY2", "HEAD", "C", "main"]


NOTES = ("Show notes: the hosts talk to a crane operator and a union organiser about "
         "the five-week dock strike, the pay offer that ended it and what comes next "
         "for the terminal.")

SPORT = ("Harbourview's manager said he would keep picking young players after the "
         "cup defeat, insisting the club's long-term plan had not changed.")

FORUM = ("Anyone know if the terminal is back to normal hours? My container has been "
         "sitting there for three weeks.")

WAYBACK = "https://web.archive.org/web/20230906080000/https://news.example.com/port-strike-ends"

# (name, text, url, expected ISO or "", expected published_from or "")
C: list[tuple[str, str, str, str, str]] = [
 # --- Europe ---
 # German page: day first, 5 September 2023.
 ("spiegel_dotted_time_uhr_de", art("A Commentary by Mira Halvorsen", "05.09.2023, 18.04 Uhr"), "", "2023-09-05", "byline"),
 # Feb 8 fell on a Thursday in 2018 and 2024; latest not after today is 2024.
 ("nos_weekday_noyear_bullet", art("NOS News•Thursday, 8 February, 16:40"), "", "2024-02-08", "inferred"),
 # Finnish page: day first, no leading zeros, 5 June 2023.
 ("yle_numeric_no_zeros_fi", art("Yle News", "5.6.2023 09:15", "Updated 5.6.2023 11:40"), "", "2023-06-05", "byline"),
 # Norwegian page: day first, 3 October 2023.
 ("nrk_published_comma_at_no", art("Published 03.10.2023, at 10.15", "Updated 03.10.2023, at 12.40"), "", "2023-10-03", "byline"),
 ("cphpost_ordinal_pipe_by", art("January 22nd, 2025 8:45 am | by Mira Halvorsen"), "", "2025-01-22", "byline"),
 # Polish agency: day first, 7 March 2024 (a Thursday, as the body says).
 ("pap_numeric_comma_pl", art("PAP", "07.03.2024, 10:15", body=wire("Warsaw (PAP) -", "Thursday")), "", "2024-03-07", "byline"),
 # Czech page: day first with spaced dots, 6 November 2024.
 ("czech_spaced_dots_cz", art("Mira Halvorsen | ČTK", "6. 11. 2024 08:15"), "", "2024-11-06", "byline"),
 ("hdn_month_day_no_comma_seconds", art("ISTANBUL", "September 05 2023 10:15:00"), "", "2023-09-05", "byline"),
 ("irishtimes_weekday_no_comma_dash", art("Mira Halvorsen", "Fri Jan 13 2017 - 06:00"), "", "2017-01-13", "byline"),
 ("rte_updated_slash_only", art("Updated / Tuesday, 5 Sep 2023 10:15"), "", "2023-09-05", "byline"),
 ("thejournal_dotted_time_first", art("Mira Halvorsen", "7.02pm, 28 Feb 2021"), "", "2021-02-28", "byline"),
 ("walesonline_glued_updated", art("Mira Halvorsen", "18:30, 14 MAR 2022Updated09:02, 15 MAR 2022"), "", "2022-03-14", "byline"),
 # --- Middle East and South Asia ---
 ("khaleej_published_weekday_comma", art("Published: Tue 5 Sep 2023, 10:15 AM", "Last updated: Wed 6 Sep 2023, 8:40 AM"), "", "2023-09-05", "byline"),
 ("asharq_hijri_and_gregorian", art("Tuesday, 20 Safar, 1445 AH - 5 September 2023", "London - Mira Halvorsen"), "", "2023-09-05", "byline"),
 ("tasnim_comma_after_month", art("December, 18, 2022 - 14:20", "News ID: 2951234"), "", "2022-12-18", "byline"),
 # Jan 17 fell on a Wednesday in 2018 and 2024; latest not after today is 2024.
 ("app_inferred_weekday", art(body=wire("ISLAMABAD, Jan 17 (APP):", "Wednesday")), "", "2024-01-17", "inferred"),
 ("dhakatribune_space_colon", art("Publish : 16 Dec 2022, 07:30 PM", "Update : 17 Dec 2022, 09:10 AM"), "", "2022-12-16", "byline"),
 ("dailymirror_lk_counts", art("27 October 2020 09:41 pm - 2 - 3456"), "", "2020-10-27", "byline"),
 ("kathmandupost_published_at", art("Mira Halvorsen", "Published at : November 2, 2025", "Updated at : November 3, 2025 07:15"), "", "2025-11-02", "byline"),
 # --- East and Southeast Asia ---
 ("thaipbs_ordinal_desk", art("Thai PBS World's Political Desk", "12th June 2024"), "", "2024-06-12", "byline"),
 ("nst_at_sign", art("By Mira Halvorsen - March 29, 2022 @ 7:12pm"), "", "2022-03-29", "byline"),
 ("tempo_weekday_wib", art("Translator: Mira Halvorsen", "Editor: Dewi Pratiwi", "Friday, 19 January 2024 15:20 WIB"), "", "2024-01-19", "byline"),
 ("joongang_dotted_month", art("Published: 21 Apr. 2023, 17:02 Updated: 21 Apr. 2023, 19:10"), "", "2023-04-21", "byline"),
 # Focus Taiwan prints month first; day 15 settles it.
 ("focustaiwan_numeric_mdy", art("09/15/2023 10:15 PM"), "", "2023-09-15", "byline"),
 # --- Australian regional ---
 ("newscorp_regional_dash_am", art("Mira Halvorsen", "3 min read", "July 30, 2024 - 5:30PM", "The Harbour Post"), "", "2024-07-30", "byline"),
 # --- Africa ---
 ("timeslive_date_dash_by", art("14 February 2025 - 18:40 By Thabo Nkosi"), "", "2025-02-14", "byline"),
 # JSE SENS, South African: day first, 4 July 2023; the registration number's 1998 is not a date.
 ("jse_sens_numeric_za", art("Example Harbour Holdings Limited", "(Incorporated in the Republic of South Africa)", "(Registration number: 1998/012345/06)", "JSE share code: EXH", "Date: 04/07/2023 10:15:00"), "", "2023-07-04", "byline"),
 ("vanguard_on_in_news_by", art("On August 17, 2021 10:52 pm In News by Chidi Okafor"), "", "2021-08-17", "byline"),
 # WAT marks a Nigerian page: day first, 4 August 2025.
 ("nigerian_numeric_wat", art("By Chidi Okafor", "04/08/2025 10:15 AM WAT"), "", "2025-08-04", "byline"),
 # Mar 12 fell on a Wednesday in 2014 and 2025; latest not after today is 2025.
 ("capitalfm_ke_inferred", art(body=wire("NAIROBI, Kenya, Mar 12 –", "Wednesday")), "", "2025-03-12", "inferred"),
 ("addis_standard_slash_year", art(body=wire("Addis Abeba, June 14/2022 (Addis Standard) –", "Tuesday")), "", "2022-06-14", "dateline"),
 ("ahram_space_comma_weekday", art("Ahram Online , Sunday 9 Jan 2022"), "", "2022-01-09", "byline"),
 # --- Latin America and the Caribbean ---
 # Brazilian agency: day first, 8 April 2022.
 ("agenciabrasil_published_on_dmy", art("Published on 08/04/2022 - 18:20 By Lucia Paredes - Reporter - Agência Brasil - Brasília"), "", "2022-04-08", "byline"),
 ("mexiconewsdaily_published_weekday", art("Published on Wednesday, February 21, 2024"), "", "2024-02-21", "byline"),
 ("gleaner_published_pipes", art("Published:Sunday | March 10, 2024 | 12:11 AM"), "", "2024-03-10", "byline"),
 # Guyanese page would be day first, but Monday settles month first: 10 April 2023 was a Monday (4 October a Wednesday).
 ("caribbean_numeric_weekday_settles", art("Monday, 04/10/2023", "By Lucia Paredes"), "", "2023-04-10", "byline"),
 # --- US local TV, public radio, local government ---
 ("graytv_published_at_updated_relative", art("By Mira Halvorsen", "Published: Oct. 19, 2022 at 5:42 PM EDT", "Updated: 2 hours ago"), "", "2022-10-19", "byline"),
 ("tegna_time_first_zone", art("Author: Mira Halvorsen", "Published: 6:02 PM PST December 1, 2021", "Updated: 9:15 AM PST December 2, 2021"), "", "2021-12-01", "byline"),
 ("opb_sept_abbrev", art("By Mira Halvorsen (OPB)", "Sept. 26, 2024 10:15 a.m."), "", "2024-09-26", "byline"),
 # US county news flash: month first, 8 April 2025.
 ("county_post_date_numeric_us", art("News Flash", "Post Date: 04/08/2025 2:30 PM"), "", "2025-04-08", "byline"),
 # --- Trade journals ---
 ("theregister_double_slash_utc", art("Mira Halvorsen", "Thu 11 Jan 2024 // 09:30 UTC"), "", "2024-01-11", "byline"),
 ("rigzone_pipes_weekday", art("by Mira Halvorsen|Rigzone Staff|Monday, June 02, 2025"), "", "2025-06-02", "byline"),
 # Greek shipping site: day first, 3 November 2020.
 ("hellenic_shipping_numeric_gr", art("in Shipping News 03/11/2020"), "", "2020-11-03", "byline"),
 ("tradewinds_updated_same_line", art("24 November 2023 7:05 GMT Updated 25 November 2023 8:20 GMT"), "", "2023-11-24", "byline"),
 # --- Academic, NGO, UN, central banks, exchanges ---
 ("university_publication_date_label", art("Mira Halvorsen | Harbour Institute News", "Publication Date:", "February 2, 2023"), "", "2023-02-02", "byline"),
 ("eurekalert_dash_caps", art("NEWS RELEASE 11-OCT-2024", "Peer-Reviewed Publication", "Kestrel Point University"), "", "2024-10-11", "byline"),
 ("amnesty_index_number", art("Press release", "April 18, 2024", "Index Number: AFR 16/7890/2024"), "", "2024-04-18", "byline"),
 ("fed_for_release_at", art("July 26, 2023", "For release at 2:00 p.m. EDT", "Share"), "", "2023-07-26", "byline"),
 ("rbi_date_fiscal_release_number", art("Date : Feb 08, 2024", "Press Release: 2023-2024/1845"), "", "2024-02-08", "byline"),
 ("rns_number_date", art("RNS Number : 4821K", "Example Harbour PLC", "19 March 2025"), "", "2025-03-19", "byline"),
 ("sgx_broadcast_dash_month", art("General Announcement::Port Operations Update", "Issuer & Securities", "Date &Time of Broadcast", "28-Feb-2022 17:42:11"), "", "2022-02-28", "byline"),
 # --- Sports ---
 # BST marks a UK page: day first, 4 June 2023.
 ("goal_time_zone_then_numeric", art("Mira Halvorsen", "18:30 BST 04/06/2023", headline="Harbourview boss keeps faith in youth after cup exit", body=SPORT), "", "2023-06-04", "byline"),
 # --- Newsletters, podcasts, forums ---
 ("substack_counts_after_date", art("Mira Halvorsen", "Oct 14, 2025", "12", "3", "Share"), "", "2025-10-14", "byline"),
 ("ghost_em_dash_read", art("Mira Halvorsen", "Apr 27, 2022 — 4 min read"), "", "2022-04-27", "byline"),
 ("podcast_caps_date_duration", art("JUN 9, 2025", "Episode 142 · 1 hr 2 min", headline="Episode 142: The week the port stood still", body=NOTES), "", "2025-06-09", "byline"),
 # vBulletin prints month first; day 15 settles it.
 ("vbulletin_dash_mdy_post_number", art("09-15-2023, 10:15 AM #1", "harbourfan", "Senior Member", headline="Terminal back to normal?", body=FORUM), "", "2023-09-15", "byline"),
 # --- AMP, archives ---
 ("print_archive_section_page", art("Special to The Harbour Gazette", "June 4, 1987", "Section A, Page 14", "About the Archive", "This is a digitized version of an article from The Harbour Gazette's print archive, before the start of online publication in 1996."), "", "1987-06-04", "byline"),
 ("trove_title_run_years", art("The Harbour Argus (Vic. : 1848 - 1957)", "Thu 4 Jun 1936", "Page 3", headline="WHARF STRIKE ENDS"), "", "1936-06-04", "byline"),
 # --- URL only ---
 ("yonhap_url_aen_compact", art(), "https://en.yna.co.kr/view/AEN20230905001234315", "2023-09-05", "url"),
 ("focustaiwan_url_twelve_digits", art(), "https://focustaiwan.tw/society/202309050012", "2023-09-05", "url"),
 ("rte_url_year_monthday", art(), "https://www.rte.ie/news/business/2023/0905/1403123-port-strike-ends/", "2023-09-05", "url"),
 # WHO URLs put the day first: 5 September 2023.
 ("who_url_dmy_dashes", art(), "https://www.who.int/news/item/05-09-2023-port-health-measures-eased", "2023-09-05", "url"),
 ("ecb_url_yymmdd", art(), "https://www.ecb.europa.eu/press/pr/date/2023/html/ecb.pr230914~a1b2c3d4e5.en.html", "2023-09-14", "url"),
 ("fed_url_word_glued", art(), "https://www.federalreserve.gov/newsevents/pressreleases/monetary20240131a.htm", "2024-01-31", "url"),
 ("koreaherald_url_ud_param", art(), "https://www.koreaherald.com/view.php?ud=20230905000612", "2023-09-05", "url"),
 ("amp_cache_url", art(), "https://www-harbourdaily-com.cdn.ampproject.org/c/s/www.harbourdaily.com/news/2021/05/18/port-strike-ends/amp/", "2021-05-18", "url"),
 # --- Traps: a careful reader answers unknown ---
 ("trap_reddit_relative_only", art("r/shipping • 3 yr. ago", "harbourfan", headline="Terminal back to normal?", body=FORUM), "", "", "unknown"),
 ("trap_wayback_capture_only", art(), WAYBACK, "", "unknown"),
 ("trap_masthead_today_only", "Saturday, November 21, 2026 | Dhaka\n" + art("By Mira Halvorsen"), "", "", "unknown"),
 ("trap_headline_future_event_relative", art("Mira Halvorsen", "4 hours ago", headline="Dock strike called for 12 December 2026", body="Dock workers at the city's main container terminal will walk out unless the operator improves its offer, union leaders said, in a dispute over pay."), "", "", "unknown"),
 ("trap_fixture_future_only", art("By Mira Halvorsen", "Next match: Sat 28 Nov 2026, 15:00 v Kestrel Rovers", headline="Harbourview boss keeps faith in youth after cup exit", body=SPORT), "", "", "unknown"),
 ("trap_rns_agm_date_only", art("RNS Number : 9012P", "Example Harbour PLC", "Notice of Annual General Meeting", "The Annual General Meeting of the Company will be held at 11.00 am on 28 September 2023 at Kestrel House, Harbourview.", headline="Notice of AGM"), "", "", "unknown"),
 ("trap_copyright_range_footer", art("By Mira Halvorsen") + "\nCopyright © 2015-2026 Harbour Media Ltd. All rights reserved.\n", "", "", "unknown"),
 # --- Traps: a wrong date is printed beside the right one ---
 # Shahrivar 14, 1402 is 5 September 2023; 1402 is not a Gregorian year.
 ("trap_irna_solar_hijri_numeric", art("1402/06/14 - 10:15", "Sep 5, 2023, 10:15 AM", "News ID: 85218000"), "", "2023-09-05", "byline"),
 ("trap_reliefweb_posted_vs_original", art("Format", "News and Press Release", "Source", "WFP", "Posted", "5 Sep 2023", "Originally published", "4 Sep 2023"), "", "2023-09-04", "byline"),
 ("trap_cricinfo_match_dates", art("Mira Halvorsen", "22-Jan-2024 • Updated on 23-Jan-2024", "2nd Test, Kestrel Oval, January 18 - 21, 2024", headline="Harbourview seal series after final-day collapse", body=SPORT), "", "2024-01-22", "byline"),
 ("trap_phpbb_reply_after_post", art("Post by harbourfan » Sat Jan 04, 2020 9:12 pm", headline="Terminal back to normal?", body=FORUM) + "\nRe: Terminal back to normal?\nPost by dockhand » Sun Jan 05, 2020 8:02 am\nStill backed up here.\n", "", "2020-01-04", "byline"),
 ("trap_wayback_dated_original_url", art(), "https://web.archive.org/web/20231002081500/https://www.harbourdaily.com/2023/09/29/port-strike-ends/", "2023-09-29", "url"),
 ("trap_cookie_banner_before_byline", art("We value your privacy", "We and our 842 partners use cookies to store and access information on your device. Privacy policy updated: 1 March 2026", "Accept all | Reject all", "By Mira Halvorsen", "12 January 2024"), "", "2024-01-12", "byline"),
 ("trap_age_banner_with_date", art("This article is more than 5 years old", "Thabo Nkosi", "05 Sep 2017"), "", "2017-09-05", "byline"),
 ("trap_last_modified_footer", art("19 June 2023", "Harbour Institute News") + "\nPage last modified: 3 January 2024\n", "", "2023-06-19", "byline"),
 ("trap_caption_dated_above_stamp", art("Dock workers rally outside the terminal gates in Harbourview, Aug. 9, 2019. (Yonhap)", "Mira Halvorsen", "Published: 2022-08-12 14:05"), "", "2022-08-12", "byline"),
 # Turkish site: day first throughout; the sidebar's dates are other stories', 13 August 2022 is this one's.
 ("trap_related_sidebar_above_stamp", art("RELATED NEWS", "Ferry fares frozen - 10.08.2022", "Bridge tolls to rise - 02.08.2022", "Mira Halvorsen", "13.08.2022 14:05"), "", "2022-08-13", "byline"),
]


def main(argv: Sequence[str] | None = None) -> int:
    return pubdate_shapes.main(argv, C)


if __name__ == "__main__":
    sys.exit(main())
