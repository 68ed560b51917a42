"""Publication dates on 83 more article heads: today's platforms, releases, journals and local papers.

    .venv/bin/python -m bench.pubdate_shapes7 [-v]

A seventh held-out set beside bench.pubdate_shapes, pubdate_shapes2, pubdate_shapes3,
pubdate_shapes4, pubdate_shapes5 and pubdate_shapes6: 83 cases (16 of them traps) on
page kinds those sets cover least, dated 2005-2025. Newsletters, blogs and social
posts: Medium (one-line "Published in ... · 3 min read · date"), a Substack audio post,
WordPress (an ordinal "Posted on ... by", an entry-meta line, a recent-posts sidebar
above the post), Blogger's US numeric footer stamp, LiveJournal's "wrote, @" ISO stamp,
a Typepad footer, an X post with its view count, a markdown post with front matter.
Live blogs: a Guardian-style stamp over "Key events", a live page with a date header and
clock-time entries, a live URL with the date. Release wires in new shapes (PR Newswire
UK with a day-first dateline, ACN Newswire, Media OutReach, CNW, GlobeNewswire's dated
URL), EurekAlert's old "Public Release" line and its mmddyy URL, AlphaGalileo, an
investor-relations page, a Swiss ad hoc announcement. Statistics offices and central
banks: a BLS embargo line, Statistics Canada's Daily (label and URL), the ABS (Australian
numeric beside a reference month), Eurostat (a release number with a year), a central
bank reference number shaped like a US date, a rate decision naming the next date.
Magazines and journals: the LRB's issue line, Springer, Elsevier (an issue and a version
of record later than "Available online"), PLOS, arXiv (an identifier that looks like a
year), Wiley, bioRxiv (a DOI that embeds another date). Regional and local papers: The
New Indian Express (ordinals), The Tribune (India), Business Recorder, The Express
Tribune (a bare city colon), The Standard and The Star (Kenya), a GNA year-less
dateline, a NAN dateline, SABC, the PNA's end credit, Malaysiakini with a Bernama credit,
a Malay Mail URL, the Irish Independent, an ACM "first published" time, the Otago Daily
Times, Patch, an Archant caps stamp, Inshorts. Broadcast: YouTube "Premiered", BBC Sounds'
"Release date", a podcast host's weekday date, a C-SPAN programme with a later airing.
Copies: an MSN copy (US numeric). English pages of non-English outlets: the Saudi Press
Agency (Hijri beside Gregorian in the dateline), the Ethiopian News Agency (an E.C. year
that looks like a Gregorian one), a Hebrew date, a Japanese era year, a Korean "Input"
stamp, a Thai Buddhist-era year alone, a Hungarian year-first stamp.
Traps: a year-less Medium stamp, a LinkedIn post's "2y", a video's "Streamed 2 years
ago", a magazine's bimonthly issue, a journal's season, a paper with received and
accepted dates only, a statistics page with only its next update, and a scraper's fetch
time (answer unknown), and pages where a reader's comment, a live blog's latest update,
a "Next release" date, a report's embargo, a weekly's later issue date, a syndicated
copy's date, a scraper's fetch time and an anniversary event date in the headline must
not displace the published date.

Written by a helper session on 2026-11-22 that did not read the tool's rules or code
(nothing in timeline/, cli.py, tests/, fixtures/, BENCHMARKS.md or the rest of bench/);
only bench/pubdate_shapes.py, pubdate_shapes2.py, pubdate_shapes3.py, pubdate_shapes4.py,
pubdate_shapes5.py and pubdate_shapes6.py for the format, the conventions and the cases
already covered, and the project's contract. Outlet, platform and journal formats are
from memory. Neither the survey nor the tool was run while it was written; only its
import was checked.

Not yet scored.

Each head is dated alone with today = 2026-11-21 and counted right / wrong / unknown
(findable but not found) / invented (a date where a careful reader would say unknown).
Numeric dates with no other evidence of order follow the outlet's country convention
(noted beside each case); some carry a weekday, a day above 12, a named month or a
zone that settles the order. A year-less dateline with a weekday expects the latest
year, not after today, in which that day fell on that weekday. The expected date is
the day the piece first appeared: the first entry of a live blog, the original paper's
date for a syndicated or scraped copy, the online date of a magazine or journal piece
whose issue is dated later, the day a statistics release came out (not its reference
period or next release). A year-less platform stamp, a relative stamp, an issue month
or season, a fetch or capture time and a comment's date never date a piece alone.
Calendar years other than the Gregorian (Hijri, Ethiopian, Hebrew, Japanese era,
Buddhist era) are converted as a careful reader would. Story content is generic; names
and places are invented.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import pubdate_shapes
from bench.pubdate_shapes import BODY, BODY2, HEAD, art
from bench.pubdate_shapes2 import release, wire
from bench.pubdate_shapes3 import NOTES
from bench.pubdate_shapes4 import PLAIN

__all__ = ["BODY", "BODY2", "HEAD", "C", "main"]


FEATURE = ("On a grey morning at the Kestrel Point terminal the cranes stand idle, and the "
           "people who run them are still trying to work out what five weeks without pay "
           "has bought them.")

PAPER = ("We study the effect of a five-week dock strike on container dwell times at "
         "Kestrel Point using terminal records, and find that backlogs cleared within "
         "ten days of the return to work.")

STATS = ("Employment in port and freight transport rose by 1.2% on the quarter, as cargo "
         "volumes at Kestrel Point recovered after the end of industrial action.")

RESULTS = ("Example Harbour Corp today reported results for the fourth quarter and full "
           "year ended December 31, 2021. Container volumes rose 6% despite the five-week "
           "strike at the Kestrel Point terminal.")

RATE = ("KESTREL CITY, March 6, 2019 – The Central Bank of the Kestrel Republic today held "
        "its policy rate at 1.75 per cent, citing the drag on exports from the five-week "
        "strike at the Kestrel Point terminal. The next scheduled date for announcing the "
        "policy rate is April 24, 2019.")

REPORT_NOTICE = ("The Harbour Institute will publish its annual review of port labour on "
                 "Friday. The report is embargoed until 00:01 GMT on Friday 29 January 2010; "
                 "copies are available to journalists on request.")

LIVE = ("Dock workers at the Kestrel Point container terminal are voting on the operator's "
        "improved pay offer. Follow our live coverage below.")

POST = ("Cranes are moving again at Kestrel Point after dock workers voted to accept the "
        "pay offer. Full story below.")

RETRO = ("Ten years ago tomorrow the storm surge reached the Kestrel Point terminal and "
         "shut it for five weeks. Dock workers who were there remember the days that "
         "followed.")

# (name, text, url, expected ISO or "", expected published_from or "")
C: list[tuple[str, str, str, str, str]] = [
 # --- Newsletters, blogs and social posts on today's platforms ---
 ("medium_member_only_one_line", art("Member-only story", "Mira Halvorsen", "Published in Harbour Notes · 3 min read · Mar 12, 2024"), "", "2024-03-12", "byline"),
 # A Substack post with an audio player: "-42:17" is the remaining play time.
 ("substack_audio_post_player", art("Harbour Brief", "Mira Halvorsen", "Jan 18, 2022", "∙ Paid", "0:00", "-42:17", "Audio playback is not supported on your browser. Please upgrade."), "", "2022-01-18", "byline"),
 ("wp_posted_on_ordinal_by", art("Posted on 3rd November 2013 by harbourwatch"), "", "2013-11-03", "byline"),
 ("wp_entry_meta_filed_under_comments", art("November 9, 2008 · Filed under Harbour News · 4 Comments"), "", "2008-11-09", "byline"),
 # The sidebar's dates are other posts'; this one is of 9 March 2015.
 ("wp_recent_posts_sidebar_above_post", art("Recent Posts", "Cranes idle again – March 2, 2015", "Union elects new chair – February 20, 2015", "March 9, 2015 · harbourwatch · Leave a comment"), "", "2015-03-09", "byline"),
 # Blogger's default footer stamp is US numeric: month first; 14 settles it.
 ("blogger_footer_us_numeric", art(headline="Notes from the harbour") + "\nPosted by Mira Halvorsen at 6/14/2011 10:15:00 PM\n2 comments:\n", "", "2011-06-14", "byline"),
 ("livejournal_wrote_at_iso", art("harbourfan wrote,", "@ 2006-06-14 22:15:00", "Current mood: relieved", headline="the strike is over"), "", "2006-06-14", "byline"),
 # A Typepad post whose only date is its footer.
 ("typepad_footer_permalink", art(headline="Notes from the harbour") + "\nOctober 2, 2007 in Harbour Life | Permalink | Comments (2)\n", "", "2007-10-02", "byline"),
 ("x_post_time_date_views", art("@harbourdaily", headline="Harbour Daily", body=POST) + "\n4:05 PM · Jun 5, 2023 · 12.3K Views\n", "", "2023-06-05", "byline"),
 # A markdown post saved with the contract's front-matter keys.
 ("markdown_front_matter_published", "---\ntitle: Port workers end five-week strike\npublished: 2016-08-30\nsource: Harbour Notes\n---\n" + art("Mira Halvorsen"), "", "2016-08-30", "front_matter"),
 # --- Live blogs and rolling coverage ---
 # 8 September 2022 was a Thursday.
 ("guardian_liveblog_stamp_key_events", art("Live", "Mira Halvorsen", "Thu 8 Sep 2022 14.32 BST", "Key events", "2h ago", "Union confirms vote result", "3h ago", "Cranes restart at berth 4", headline="Port strike live: dock workers vote to return – latest updates", body=LIVE), "", "2022-09-08", "byline"),
 # The only date is the day header over the entries' clock times; 5 May 2017 was a Friday.
 ("liveblog_day_header_clock_entries", art("Live", "Last updated 14:32 BST", "Key events", "Friday 5 May 2017", "14:32", "Cranes restart at berth 4", "08:05", "Union confirms vote result", body=LIVE), "", "2017-05-05", "byline"),
 ("nyt_live_url_date", art("Live", "Updated 6 min ago", body=LIVE), "https://www.nytimes.com/live/2020/03/12/us/port-strike-kestrel-point", "2020-03-12", "url"),
 # --- Release wires, newsrooms and investor pages ---
 ("prnewswire_uk_stamp_dmy_dateline", art("News provided by", "Example Harbour plc", "14 Mar, 2022, 07:00 GMT", body=release("LONDON, 14 March 2022 /PRNewswire/ --")), "", "2022-03-14", "byline"),
 ("acn_newswire_dash_paren_dateline", art(body=release("TOKYO, Mar 14, 2012 - (ACN Newswire) -")), "", "2012-03-14", "dateline"),
 ("media_outreach_sg_dashes_dateline", art(body=release("SINGAPORE - Media OutReach - 14 October 2025 -")), "", "2025-10-14", "dateline"),
 ("cnw_slash_dateline", art(body=release("TORONTO, Sept. 8, 2015 /CNW/ -")), "", "2015-09-08", "dateline"),
 ("globenewswire_url_date_then_id", art(), "https://www.globenewswire.com/news-release/2020/07/22/2065123/0/en/Example-Harbour-Corp-Announces-Terminal-Contract.html", "2020-07-22", "url"),
 ("eurekalert_old_public_release", art("Public Release: 3-Mar-2016", "Study links dock strike to longer container dwell times", "Kestrel Point University", body=PAPER), "", "2016-03-03", "byline"),
 # Old EurekAlert URLs: a year-month folder and an mmddyy suffix, 17 September 2013.
 ("eurekalert_old_url_mmddyy", art(body=PAPER), "https://www.eurekalert.org/pub_releases/2013-09/kpu-dsl091713.php", "2013-09-17", "url"),
 ("alphagalileo_published_source", art("Published: 18 Jun 2014", "Source: Kestrel Point University", "Region: Europe, United Kingdom", body=PAPER), "", "2014-06-18", "byline"),
 # The period end in the headline and body is not the release date.
 ("investor_news_release_quarter_ended", art("Investor Relations", "News Releases", "Feb 23, 2022 4:05 PM EST", "Download as PDF", headline="Example Harbour Corp Reports Fourth Quarter and Full Year 2021 Results", body=RESULTS), "", "2022-02-23", "byline"),
 ("six_ad_hoc_city_date", art("Ad hoc announcement pursuant to Art. 53 LR", "Zurich, 22 October 2020", headline="Example Harbour Holding AG: terminal operations resume"), "", "2020-10-22", "byline"),
 # --- Statistics offices and central banks ---
 # A BLS release goes out when its embargo lifts; 7 June 2019 was a Friday. "MAY 2019" is the reference month.
 ("bls_embargoed_until_release", art("Transmission of material in this release is embargoed until 8:30 a.m. (ET) Friday, June 7, 2019", "USDL-19-0987", headline="THE EMPLOYMENT SITUATION — MAY 2019", body=STATS), "", "2019-06-07", "byline"),
 ("statcan_daily_released_iso", art("The Daily", "Released: 2017-06-09", headline="Labour Force Survey, May 2017", body=STATS), "", "2017-06-09", "byline"),
 # The Daily's folder and file carry yymmdd: 6 January 2023.
 ("statcan_daily_url_yymmdd", art(headline="Labour Force Survey, December 2022", body=STATS), "https://www150.statcan.gc.ca/n1/daily-quotidien/230106/dq230106a-eng.htm", "2023-01-06", "url"),
 # Australian statistics office: day first, 12 June 2019; March 2019 is the reference period.
 ("abs_released_numeric_reference_period", art("Reference period", "March 2019", "Released", "12/06/2019", headline="Labour Force, Australia", body=STATS), "", "2019-06-12", "byline"),
 # "78/2019" is the release number.
 ("eurostat_release_number_dash_date", art("euro indicators", "78/2019 - 17 May 2019", headline="Euro area port throughput up 1.2%", body=STATS), "", "2019-05-17", "byline"),
 # The reference number 05/19/03 reads like 19 May 2003 in US order; it is not a date.
 ("central_bank_ref_no_like_us_date", art("Ref No: 05/19/03", "Published: 09 May 2019", headline="Statement on port disruption and the ringgit"), "", "2019-05-09", "byline"),
 # The next announcement date (24 April) is a schedule, not the release's date.
 ("rate_decision_dateline_next_date", art("Press release", body=RATE), "", "2019-03-06", "dateline"),
 # --- Magazines and journals ---
 # 21 March 2019 was a Thursday, the review's issue day.
 ("lrb_volume_issue_day_line", art("Vol. 41 No. 6 · 21 March 2019", "Mira Halvorsen", body=FEATURE), "", "2019-03-21", "byline"),
 ("springer_received_accepted_published_online", art("Original Article", "Received: 03 October 2010 / Accepted: 21 January 2011 / Published online: 12 March 2011", "Issue Date: June 2011", body=PAPER), "", "2011-03-12", "byline"),
 # The issue (March 2021) and the version of record (9 January 2021) came after the paper was available online.
 ("elsevier_available_online_before_issue", art("Journal of Harbour Economics", "Volume 101, March 2021, Pages 12-24", "Received 3 August 2020, Revised 2 November 2020, Accepted 18 December 2020, Available online 30 December 2020, Version of Record 9 January 2021.", "© 2020 Elsevier Ltd. All rights reserved.", body=PAPER), "", "2020-12-30", "byline"),
 ("plos_received_accepted_published", art("Research Article", "Citation: Halvorsen M, Brell T (2014) Dock strikes and dwell times. PLoS ONE 9(3): e90123. https://doi.org/10.1371/journal.pone.0090123", "Editor: Ana Ferreira, Kestrel University, UNITED STATES", "Received: October 3, 2013; Accepted: February 21, 2014; Published: March 12, 2014", body=PAPER), "", "2014-03-12", "byline"),
 # arXiv identifiers are yymm.number: 2003.05123 is March 2020, not the year 2003.
 ("arxiv_submitted_last_revised", art("Physics > Physics and Society", "arXiv:2003.05123 (physics)", "[Submitted on 12 Mar 2020 (v1), last revised 4 Jun 2020 (this version, v3)]", body=PAPER), "", "2020-03-12", "byline"),
 ("wiley_first_published", art("ARTICLE", "Mira Halvorsen", "First published: 18 June 2009", "https://doi.org/10.1111/j.1468-0000.2009.00123.x", "Citations: 4", body=PAPER), "", "2009-06-18", "byline"),
 # The DOI embeds the submission day (2 May); the preprint was posted on 4 May 2021.
 ("biorxiv_posted_doi_embeds_date", art("New Results", "Posted May 04, 2021.", "doi: https://doi.org/10.1101/2021.05.02.442345", body=PAPER), "", "2021-05-04", "byline"),
 # --- Regional and local papers ---
 ("nie_ordinal_published_last_updated", art("By Express News Service", "Published: 22nd November 2019 12:00 AM  | Last Updated: 22nd November 2019 07:41 AM"), "", "2019-11-22", "byline"),
 ("tribuneindia_posted_at_semicolon_ist", art("Posted at: Aug 14, 2017, 1:12 AM; last updated: Aug 14, 2017, 1:12 AM (IST)"), "", "2017-08-14", "byline"),
 ("businessrecorder_published_comma_year", art("Recorder Report", "Published 09 Jan, 2021 07:41pm"), "", "2021-01-09", "byline"),
 # The Express Tribune's dateline is a bare city and colon; the date is above it.
 ("expresstribune_date_then_city_colon", art("Mira Halvorsen", "November 05, 2010", body="ISLAMABAD: " + PLAIN), "", "2010-11-05", "byline"),
 ("standard_ke_ordinal_no_comma_pipes", art("By Mira Halvorsen | Mar 5th 2016 | 2 min read"), "", "2016-03-05", "byline"),
 ("star_ke_dmy_dash_time", art("by MIRA HALVORSEN", "News", "18 July 2025 - 13:05"), "", "2025-07-18", "byline"),
 # Nov 22 fell on a Friday in 2013, 2019 and 2024; latest not after today is 2024.
 ("gna_inferred_weekday", art(body=wire("Accra, Nov. 22, GNA -", "Friday")), "", "2024-11-22", "inferred"),
 # 4 February 2013 was a Monday.
 ("nan_dateline_year_paren", art(body=wire("Lagos, Feb. 4, 2013 (NAN)", "Monday")), "", "2013-02-04", "dateline"),
 ("sabc_date_pipe_author_handle", art("14 May 2018, 7:41 PM | Mira Halvorsen | @MiraHalvorsen"), "", "2018-05-14", "byline"),
 ("pna_stamp_credit_at_end", art("By Maria Santos", "January 8, 2020, 7:41 pm", body="MANILA – " + PLAIN + " (PNA)"), "", "2020-01-08", "byline"),
 ("malaysiakini_dot_updated_time_bernama", art("Published: Jul 3, 2015 7:41 PM ⋅ Updated: 8:02 PM", body=PLAIN + " - Bernama"), "", "2015-07-03", "byline"),
 ("malaymail_url_date_then_id", art(), "https://www.malaymail.com/news/malaysia/2018/04/27/port-strike-ends/1624123", "2018-04-27", "url"),
 ("irish_independent_no_comma_time", art("Mira Halvorsen", "January 30 2012 07:41 PM"), "", "2012-01-30", "byline"),
 ("acm_updated_first_published_time", art("By Mira Halvorsen", "Updated September 4 2021 - 7:41pm, first published 6:00pm"), "", "2021-09-04", "byline"),
 # 8 August 2014 was a Friday.
 ("odt_weekday_short_date", art("By Mira Halvorsen", "Fri, 8 Aug 2014"), "", "2014-08-08", "byline"),
 # 7 April 2017 was a Friday.
 ("patch_posted_weekday_at_et", art("Posted Fri, Apr 7, 2017 at 7:41 pm ET", "Updated Sat, Apr 8, 2017 at 9:12 am ET"), "", "2017-04-07", "byline"),
 ("archant_caps_time_first_dmy", art("PUBLISHED: 19:41 14 October 2014 | UPDATED: 09:12 15 October 2014"), "", "2014-10-14", "byline"),
 # 14 January 2020 was a Tuesday.
 ("inshorts_short_by_weekday_glued", art("short by Mira Halvorsen / 10:15 am on 14 Jan 2020,Tuesday"), "", "2020-01-14", "byline"),
 # --- Podcasts, video, radio and TV pages ---
 ("youtube_premiered_views", art("Harbour Daily", "48.2K subscribers", "23,456 views  Premiered Mar 5, 2021"), "", "2021-03-05", "byline"),
 ("bbc_sounds_release_date_label", art("BBC Radio 4", "The Harbour Hour", "Release date:", "14 Feb 2017", "Available for over a year", "Duration:", "28:00", body=NOTES), "", "2017-02-14", "byline"),
 # 22 November 2018 was a Thursday.
 ("podcast_host_weekday_dmy_duration", art("Harbour Weekly", "Thursday, 22 November 2018", "Duration: 42:17", headline="Episode 12: The week the port stood still", body=NOTES), "", "2018-11-22", "byline"),
 # Recorded and first shown on 21 September 2016; the airing listed is a later repeat.
 ("cspan_program_later_airing", art("SEPTEMBER 21, 2016", "House Transportation Subcommittee on Coast Guard and Maritime Transportation hearing on the Kestrel Point port dispute.", "Airing Details", "Sep 24, 2016 | 12:30am EDT | C-SPAN 3", headline="Port Labor Dispute Hearing"), "", "2016-09-21", "byline"),
 # --- Copies on aggregators ---
 # MSN's US edition: month first, 5 March 2010.
 ("msn_old_copy_us_numeric", art("Harbour Daily", "3/5/2010", "Mira Halvorsen"), "", "2010-03-05", "byline"),
 # --- English pages of non-English outlets ---
 # 25 Rabi al-Awwal 1441 was 22 November 2019, a Friday.
 ("spa_hijri_and_gregorian_dateline", art(body=wire("Riyadh, Rabi I 25, 1441, Nov 22, 2019, SPA --", "Friday")), "", "2019-11-22", "dateline"),
 # Yekatit 30, 2013 in the Ethiopian calendar is 9 March 2021, a Tuesday; 2013 is not the Gregorian year.
 ("ena_ethiopian_calendar_beside_dateline", art("Yekatit 30, 2013 E.C.", body=wire("Addis Ababa March 9/2021 (ENA)", "Tuesday")), "", "2021-03-09", "dateline"),
 # 24 Kislev 5780 was 22 December 2019, a Sunday.
 ("hebrew_date_beside_gregorian", art("By Mira Halvorsen", "Sunday, December 22, 2019 | Kislev 24, 5780"), "", "2019-12-22", "byline"),
 # Heisei 30 is 2018; the 30 is the era year, not a day.
 ("japan_ministry_era_year_paren", art("Press Release", "March 9, 2018 (Heisei 30)", "Ministry of Harbour Affairs"), "", "2018-03-09", "byline"),
 # Korean sites label the first stamp "Input" (입력).
 ("korea_input_updated_dotted", art("Mira Halvorsen", "Input 2013.08.27 19:41", "Updated 2013.08.28 09:12"), "", "2013-08-27", "byline"),
 # B.E. 2548 is 2005 (the Buddhist era runs 543 years ahead); 14 June 2005 was a Tuesday.
 ("thai_buddhist_era_year_only", art("Government Public Relations Department", "Tuesday 14 June B.E. 2548"), "", "2005-06-14", "byline"),
 ("hungarian_year_first_spaced_dots", art("Budapest desk", "2016. 05. 18. 19:41"), "", "2016-05-18", "byline"),
 # --- Traps: a careful reader answers unknown ---
 # Medium drops the year for the reader's current year; which year that was is not on the page.
 ("trap_medium_yearless_stamp", art("Mira Halvorsen", "Published in Harbour Notes · 3 min read · Mar 12"), "", "", "unknown"),
 ("trap_linkedin_post_relative", art("Mira Halvorsen", "Head of Operations at Kestrel Harbour", "2y • Edited •", body=POST), "", "", "unknown"),
 ("trap_youtube_streamed_relative", art("Harbour Daily", "48.2K subscribers", "1,204 views  Streamed 2 years ago"), "", "", "unknown"),
 # A bimonthly issue: two months and no day.
 ("trap_magazine_bimonthly_issue_only", art("From the March/April 2019 issue", "By Mira Halvorsen", headline="The Long Strike", body=FEATURE), "", "", "unknown"),
 ("trap_journal_volume_season_only", art("Harbour Studies Quarterly", "Vol. 12 No. 3, Autumn 2018", "Mira Halvorsen", body=PAPER), "", "", "unknown"),
 # Accepted on 14 May; published some day after, which the page does not say.
 ("trap_received_accepted_no_published", art("Received 3 March 2017; accepted 14 May 2017", "© 2017 The Authors. Published by Harbour University Press.", body=PAPER), "", "", "unknown"),
 ("trap_stats_next_update_only", art("Statistical release", "Next update: 17 December 2024", "Contact: statistics@harbour.example", headline="Port freight statistics: third quarter 2024", body=STATS), "", "", "unknown"),
 ("trap_scraper_fetch_time_only", art("Scraped on 2025-11-03 04:12:55 UTC", "Source: https://harbourdaily.example/news/port-strike-ends"), "", "", "unknown"),
 # --- Traps: a wrong date is printed beside the right one ---
 ("trap_substack_comment_below_post", art("Mira Halvorsen", "Sep 30, 2025") + "\nDiscussion about this post\nComments\nRestacks\nharbourfan\nOct 2, 2025\nAbout time the two sides agreed.\n", "", "2025-09-30", "byline"),
 # The header shows the latest update; the blog began with the entry of 10 June 2019.
 ("trap_liveblog_latest_update_above_first_entry", art("Live Updates", "By Mira Halvorsen", "Updated 9:02 a.m. ET, June 11, 2019", "9:02 a.m. ET, June 11, 2019", "Cranes restart at berth 4", "11:40 p.m. ET, June 10, 2019", "Union confirms vote result", "6:05 p.m. ET, June 10, 2019", "Our live coverage of the union vote at Kestrel Point has begun.", headline="Live updates: Kestrel Point dock workers vote on pay offer", body=LIVE), "", "2019-06-10", "byline"),
 ("trap_ons_next_release_after_release_date", art("Statistical bulletin", "Release date:", "12 March 2019", "Next release:", "9 April 2019", headline="Port freight statistics, UK: March 2019", body=STATS), "", "2019-03-12", "byline"),
 # The release of 27 January 2010 announces a report embargoed to the 29th.
 ("trap_release_announces_embargoed_report", art("Media release", "27 January 2010", headline="Annual review of port labour to be published on Friday", body=REPORT_NOTICE), "", "2010-01-27", "byline"),
 # The weekly posts online on Thursday, 4 April 2013; its issue is dated Saturday 6 April.
 ("trap_spectator_issue_later_than_online", art("Mira Halvorsen", "4 April 2013, 9:00 pm", "From magazine issue: 6 April 2013", body=FEATURE), "", "2013-04-04", "byline"),
 # A syndicated copy's date (6 March) above; the original paper's, 5 March 2019, at the end.
 ("trap_syndicated_copy_originally_published_end", art("Harbour Daily", "Wed, March 6, 2019, 9:15 AM") + "\nThis story was originally published March 5, 2019, 6:02 PM.\n", "", "2019-03-05", "byline"),
 ("trap_scraper_fetch_above_original", art("Fetched: 2025-11-03 04:12:55 UTC", "Source: harbourdaily.example", "Published at source: 2024-03-05"), "", "2024-03-05", "byline"),
 # The headline names the storm's day; the retrospective ran the day before its tenth anniversary.
 ("trap_headline_anniversary_event_date", art("By Mira Halvorsen", "Aug 28, 2015", headline="Ten years after August 29, 2005: the storm that shut the port", body=RETRO), "", "2015-08-28", "byline"),
]


def main(argv: Sequence[str] | None = None) -> int:
    return pubdate_shapes.main(argv, C)


if __name__ == "__main__":
    sys.exit(main())
