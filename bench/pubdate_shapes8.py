"""Publication dates on 81 more pieces as analysts paste them: mail, feeds, PDFs, posts, local notices.

    .venv/bin/python -m bench.pubdate_shapes8 [-v]

An eighth held-out set beside bench.pubdate_shapes, pubdate_shapes2, pubdate_shapes3,
pubdate_shapes4, pubdate_shapes5, pubdate_shapes6 and pubdate_shapes7: 81 cases (18 of
them traps), dated 2000-2025, on text as it reaches an analyst's files rather than as a
news site prints it, which those sets cover least. E-mail and messaging: a raw message
source (Received and Date headers), forwards from Apple Mail ("Begin forwarded
message:"), Thunderbird (a tabbed header table), Yahoo ("Sent:" with a weekday) and
Lotus Notes ("Forwarded by ... on", UK numeric), a Pipermail list archive (the ctime
form, year last), a Telegram Desktop channel copy ("[dd.mm.yy hh:mm]"), a WhatsApp
channel export, a Slack day divider with a weekday and no year, a Discord bot post in a
US locale. Feeds, exports and clippings: an RSS item in a reader's "key: value" view, an
RSS 1.0 dc:date, a JSON Feed item (modified before published), a news API's publishedAt,
a media-monitoring CSV row, schema.org JSON-LD, Open Graph meta tags, a news sitemap
entry, Obsidian's web-clipper front matter (published beside created), a Zotero report
(Date beside Accessed), RIS (DA beside Y2) and biblatex (date beside urldate). Text
copied from PDFs: a footer repeated on every page, a report cover's "Date of issue", a
pension update "as at" a quarter end, judgments (South African "Heard / Delivered",
Irish "delivered on the 9th day of", Delhi "Reserved on / Pronounced on"), the Kenya
Gazette (issue line and a notice signed earlier), the EU Official Journal's running
head, the Federal Register's running head with its "Filed" line, an EDGAR submission
header, a 10-Q, US patents (a grant's bracketed fields, an application's Pub. Date after
its priority and filing), a UK written answer ("tabled on", "Answered on"), a Lok Sabha
question ("TO BE ANSWERED ON", dotted), a browser's print header, a JSTOR cover sheet.
Social posts: Facebook (day-first and US stamps), Instagram's caps date, Mastodon,
Bluesky, Threads (US numeric, two-digit year), VK, an X/Twitter embed code. Local and
community: a school newsletter, a council release with a reference shaped like a year,
a parish bulletin, a union circular numbered like a year and month, a police appeal, a
press statement on letterhead (ordinal), a neighbourhood alert (UK numeric), a fire
service incident page, a GOV.UK news story updated two years later. English editions of
outlets in other scripts: SHINE (time, UTC offset, ISO date), People's Daily Online
(agency, time, date), KCNA (a Juche year beside the Gregorian), Press TV (glued PM,
bracketed update), an Iranian page with only a Solar Hijri date, Daily Sabah (caps city
and date, GMT+3), WAM (ordinal dateline), MENA (year-less dateline with a weekday),
VietnamPlus (a Vietnamese weekday that settles a numeric date), Antara (ordinal stamp),
Sputnik (time first, dotted, updated in brackets), BSS (dateline with the year).
Traps: a weekly Google Alerts digest, a WhatsApp forward by a user, a clipping with an
empty published field, a read-later app's save date, a statement "as at" a day, a page
printed from a browser, a year-less Facebook stamp and council minutes naming only the
meeting's day (answer unknown), and pieces where a newsletter's volume and issue number
shaped like a date, an Outlook forward's own Sent line, a reply above the quoted alert,
a clipping's created date, a judgment's hearing days, a Federal Register "Filed" date, a
10-Q's period end, a browser's print time, a JSTOR download line and an embedded post's
date must not displace the published date.

Written by a helper session on 2026-11-22 that did not read the tool's rules or code
(nothing in timeline/, cli.py, tests/, fixtures/, BENCHMARKS.md or the rest of bench/);
only bench/pubdate_shapes.py, pubdate_shapes2.py, pubdate_shapes3.py, pubdate_shapes4.py,
pubdate_shapes5.py, pubdate_shapes6.py and pubdate_shapes7.py for the format, the
conventions and the cases already covered, and the project's contract. Mail client,
feed, export, document and platform formats are from memory; weekdays and the calendar
conversions were checked with Python's datetime. Neither the survey nor the tool was
run while it was written; only its import was checked.

Not yet scored.

Each head is dated alone with today = 2026-11-21 and counted right / wrong / unknown
(findable but not found) / invented (a date where a careful reader would say unknown).
Numeric dates with no other evidence of order follow the source's country or locale
convention (noted beside each case); some carry a weekday, a day above 12, a named month
or a zone that settles the order. A year-less stamp or dateline with a weekday expects
the latest year, not after today, in which that day fell on that weekday. The expected
date is the day the piece first went out: an alert or newsletter on the day it was sent
(the original's date in a forward or a reply, not the forward's or the reply's), a feed
or export record on its published field (not modified, accessed, created or saved), a
document on its issue, publication, delivery, filing or answer date (not a period end,
an "as at" day, a hearing, a signature before publication, a filing before publication
or a priority date), a post on its own stamp. A forward's, save's, clip's, print's or
download's time, a digest's date, a meeting's date and a year-less stamp without a
weekday never date a piece alone. Calendar years other than the Gregorian (Juche, Solar
Hijri) are converted as a careful reader would. Story content is generic; names and
places are invented.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import pubdate_shapes
from bench.pubdate_shapes import BODY, BODY2, HEAD, art
from bench.pubdate_shapes2 import wire
from bench.pubdate_shapes4 import PLAIN

__all__ = ["BODY", "BODY2", "HEAD", "C", "main"]


POST = ("UPDATE: Dock workers at the Kestrel Point terminal have voted to return to work "
        "and the cranes are moving again. Expect queues on Quay Street until the backlog "
        "clears.")

JUDGMENT = ("The applicant union seeks to set aside the respondent's dismissal of forty "
            "crane operators during the five-week strike at the Kestrel Point terminal. "
            "For the reasons that follow, the application succeeds.")

GAZETTE = ("IT IS notified for general information that the Minister for Transport has "
           "appointed a board of inquiry into the stoppage of work at the Kestrel Point "
           "container terminal.")

OJ = ("Having regard to the Treaty on the Functioning of the European Union, whereas the "
      "stoppage of work at the Kestrel Point container terminal has disrupted the supply "
      "of goods to the Union, HAS ADOPTED THIS REGULATION:")

FR = ("AGENCY: Maritime Administration, Department of Transportation. ACTION: Notice. "
      "SUMMARY: The Maritime Administration has determined that the stoppage of work at "
      "the Kestrel Point terminal has ended and that cargo preference waivers will lapse.")

FILING = ("Item 8.01 Other Events. On February 27, 2015, a subsidiary of the Company "
          "reached agreement with the union representing dock workers at the Kestrel Point "
          "terminal, ending a five-week strike.")

TENQ = ("Container volumes at the Kestrel Point terminal fell 18% in the quarter as a "
        "result of the five-week strike, which ended during the period.")

PATENT = ("A locking system for a container crane spreader comprises twistlocks driven by "
          "a common actuator, so that a container can be released only when all four "
          "corners are seated.")

ANSWER = ("The Department has been in regular contact with the terminal operator and the "
          "union throughout the dispute at Kestrel Point, and freight volumes have now "
          "returned to normal.")

ACCOUNTS = ("Total assets of the Authority stood at 412 million pounds, including the "
            "Kestrel Point container terminal, its cranes and the rail yard.")

FUNDING = ("The funding level of the Harbour Pension Fund fell to 94% after the five-week "
           "strike at Kestrel Point cut contributions from the terminal operator.")

SCHOOL = ("Many of our families work at the Kestrel Point terminal, and we know the last "
          "five weeks have been hard. The breakfast club will stay free until the end of "
          "term.")

CHURCH = ("Please keep in your prayers the dock workers of Kestrel Point and their "
          "families as they return to work after the strike. There will be a second "
          "collection next Sunday, 15 September, for the strike hardship fund.")

UNION = ("Members at the Kestrel Point terminal have voted by 78% to 22% to accept the "
         "operator's improved pay offer. The return to work will be on Monday. Branch "
         "secretaries should inform members.")

POLICE = ("Officers are appealing for witnesses after a man was assaulted on Quay Street, "
          "Harbourview, at about 11.30pm on Thursday 28 October. Anyone with information "
          "should call 101, quoting reference 4821.")

ALERT = ("Traffic on the Kestrel Point road will be heavy this week as lorries return to "
         "the terminal after the end of the dock strike. Please allow extra time for the "
         "school run.")

MINUTES = ("11/35 The Chair reported on the end of the dock strike at Kestrel Point and "
           "thanked the volunteers who ran the food bank. It was RESOLVED to write to the "
           "terminal operator about lorry parking on Quay Street.")

FIRE = ("Crews from Harbourview and Kestrel Point were called to a fire in a container "
        "at the Kestrel Point terminal. The fire was put out and no one was hurt.")

URL = "https://harbourdaily.example/news/port-strike-ends"


def paste(*lines: str, body: str = BODY) -> str:
    """Lines as they were pasted into a file (headers, fields, a cover), then the story."""
    return "\n".join([*lines, "", body, "", BODY2, ""])


def post(*lines: str, body: str = POST, tail: Sequence[str] = ()) -> str:
    """A social post copied from the page: its head lines, its text, then what follows it."""
    return "\n".join([*lines, "", body, "", *tail, ""])


def printed(header: str, *head_lines: str, pages: str = "1/3") -> str:
    """A web page printed from a browser: the print header, the page, the URL footer."""
    return f"{header}    {HEAD} | Harbour Daily\n\n" + art(*head_lines) + f"\n{URL}    {pages}\n"


OBSIDIAN = ('---\ntitle: "' + HEAD + '"\nsource: "' + URL + '"\nauthor:\n  - "[[Mira Halvorsen]]"\n'
            "published: {published}\ncreated: 2025-01-10\n"
            'description: "Dock workers return after union vote."\ntags:\n  - "clippings"\n---\n')

# (name, text, url, expected ISO or "", expected published_from or "")
C: list[tuple[str, str, str, str, str]] = [
 # --- E-mail: raw sources, forwards, list archives ---
 # A raw message source: the relay's Received stamp, the Date header and the Message-ID agree; 17 January 2008 was a Thursday.
 ("eml_raw_source_date_header", paste("Return-Path: <alerts@harbourdaily.example>", "Received: from mx1.harbourdaily.example (mx1.harbourdaily.example [192.0.2.25])", "        by mail.example.org with ESMTP id 4F1C2A9B", "        for <tomas@example.org>; Thu, 17 Jan 2008 09:12:46 +0000", "Date: Thu, 17 Jan 2008 09:12:44 +0000", "From: Harbour Daily Alerts <alerts@harbourdaily.example>", "To: tomas@example.org", "Subject: Port workers end five-week strike", "Message-ID: <20080117091244.4821@harbourdaily.example>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8"), "", "2008-01-17", "byline"),
 # Apple Mail's forward prints no date of its own: the block is the original's.
 ("apple_mail_begin_forwarded", paste("Begin forwarded message:", "", "From: Harbour Brief <brief@harbourbrief.example>", "Subject: Harbour Brief: the strike is over", "Date: 14 October 2014 at 18:05:11 BST", "To: Tomas Brell <tomas@example.org>", "Reply-To: Harbour Brief <brief@harbourbrief.example>"), "", "2014-10-14", "byline"),
 # Thunderbird's forward header is a tabbed table with an RFC date; 23 November 2011 was a Wednesday.
 ("thunderbird_forwarded_message_table", paste("-------- Forwarded Message --------", "Subject: \tHarbour Brief: the strike is over", "Date: \tWed, 23 Nov 2011 07:30:00 -0500", "From: \tHarbour Brief <brief@harbourbrief.example>", "To: \ttomas@example.org"), "", "2011-11-23", "byline"),
 # 16 April 2012 was a Monday.
 ("yahoo_forwarded_sent_weekday", paste("----- Forwarded Message -----", "From: Harbour Daily Alerts <alerts@harbourdaily.example>", "To: Tomas Brell <tomas_brell@yahoo.example>", "Sent: Monday, April 16, 2012 6:45 AM", "Subject: Port workers end five-week strike"), "", "2012-04-16", "byline"),
 # Lotus Notes: the forward's line (12 March) above the original's block (5 March 2009); a UK office, day first.
 ("lotus_notes_forwarded_by_original_block", paste("----- Forwarded by Tomas Brell/HQ/HarbourCo on 12/03/2009 09:02 -----", "", "Harbour Daily Alerts <alerts@harbourdaily.example>", "05/03/2009 15:04", "", "To", "tomas.brell@harbourco.example", "cc", "", "Subject", "Port workers end five-week strike"), "", "2009-03-05", "byline"),
 # Pipermail prints the ctime form with the year last; 16 October 2002 was a Wednesday.
 ("pipermail_ctime_year_last", paste("[Harbour-L] Port workers end five-week strike", "Mira Halvorsen mira at harbourdaily.example", "Wed Oct 16 09:12:44 EDT 2002", "", "Previous message: [Harbour-L] Terminal reopens to trucks", "Next message: [Harbour-L] Union thanks members", "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]"), "", "2002-10-16", "byline"),
 # --- Messaging apps ---
 # Telegram Desktop copies a channel post as "Channel, [dd.mm.yy hh:mm]"; 14 settles the order.
 ("telegram_desktop_channel_copy", paste("Harbour Daily, [14.11.21 09:12]", "Port workers end five-week strike after accepting new pay offer"), "", "2021-11-14", "byline"),
 # A WhatsApp channel's export (Android, UK locale): day first; 18 settles it.
 ("whatsapp_channel_android_export", paste("18/06/2024, 07:45 - Harbour Daily: *Port workers end five-week strike*"), "", "2024-06-18", "byline"),
 # Slack's day divider drops the year; Oct 19 fell on a Thursday in 2017 and 2023 (next in 2028): latest not after today is 2023.
 ("slack_day_divider_weekday_yearless", paste("Thursday, October 19th", "Harbour Feed  APP  7:41 AM", "Harbour Daily: Port workers end five-week strike after accepting new pay offer"), "", "2023-10-19", "inferred"),
 # A news bot's post copied from Discord in a US locale: month first; 23 settles it.
 ("discord_bot_em_dash_us_numeric", paste("Harbour Bot BOT — 10/23/2022 7:41 AM", "Port workers end five-week strike after accepting new pay offer", "harbourdaily.example"), "", "2022-10-23", "byline"),
 # --- Feeds, exports and clippings ---
 # A feed reader's plain view of an RSS item; 14 September 2011 was a Wednesday.
 ("rss_item_plaintext_keys", paste("title: " + HEAD, "link: " + URL, "pubDate: Wed, 14 Sep 2011 08:30:00 +0100", "guid: https://harbourdaily.example/?p=48213", "category: Business"), "", "2011-09-14", "byline"),
 ("rss1_dc_date_element", paste('<item rdf:about="' + URL + '">', "<title>" + HEAD + "</title>", "<dc:creator>Mira Halvorsen</dc:creator>", "<dc:date>2007-05-22T09:15:00+02:00</dc:date>", "<description>"), "", "2007-05-22", "byline"),
 # JSON Feed lists the modification before the publication.
 ("json_feed_modified_before_published", paste('{"id": "48213", "url": "' + URL + '",', '"title": "' + HEAD + '",', '"date_modified": "2018-11-06T10:02:00Z",', '"date_published": "2018-11-04T07:30:00Z",', '"content_text": "'), "", "2018-11-04", "byline"),
 ("news_api_json_published_at", paste('{"source": {"id": null, "name": "Harbour Daily"},', '"author": "Mira Halvorsen",', '"title": "' + HEAD + '",', '"url": "' + URL + '",', '"publishedAt": "2020-01-14T06:45:00Z",', '"content": "'), "", "2020-01-14", "byline"),
 # A media-monitoring export: a header row, then the story's row.
 ("monitoring_csv_header_and_row", paste("Date,Headline,Source,Author,Reach", '22-Jul-2015,"' + HEAD + '",Harbour Daily,Mira Halvorsen,120000'), "", "2015-07-22", "byline"),
 ("jsonld_date_published_modified", paste('<script type="application/ld+json">', '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "' + HEAD + '",', '"datePublished": "2016-05-24T08:00:00+01:00", "dateModified": "2016-05-25T12:40:00+01:00",', '"author": {"@type": "Person", "name": "Mira Halvorsen"}}', "</script>"), "", "2016-05-24", "byline"),
 ("opengraph_published_time_meta", paste('<meta property="og:title" content="' + HEAD + '">', '<meta property="og:url" content="' + URL + '">', '<meta property="article:published_time" content="2014-09-02T06:30:00+00:00">', '<meta property="article:modified_time" content="2014-09-03T09:10:00+00:00">'), "", "2014-09-02", "byline"),
 ("news_sitemap_publication_date", paste("<url>", "<loc>" + URL + "</loc>", "<news:news>", "<news:publication><news:name>Harbour Daily</news:name><news:language>en</news:language></news:publication>", "<news:publication_date>2012-08-30T06:00:00+01:00</news:publication_date>", "<news:title>" + HEAD + "</news:title>", "</news:news>", "</url>"), "", "2012-08-30", "byline"),
 # Obsidian's web clipper writes front matter: published is the page's date, created the clip's.
 ("obsidian_clipper_front_matter", OBSIDIAN.format(published="2023-02-16") + paste(), "", "2023-02-16", "front_matter"),
 # A Zotero item report: Date is the paper's, Accessed the reader's (US numeric).
 ("zotero_item_date_and_accessed", paste("Newspaper Article", "Title: " + HEAD, "Author: Mira Halvorsen", "Publication: The Harbour Gazette", "Date: 2017-09-12", "URL: https://harbourgazette.example/news/port-strike-ends", "Accessed: 3/4/2021, 10:15:33 AM", "Library Catalog: harbourgazette.example", "Section: News"), "", "2017-09-12", "byline"),
 # RIS: PY and DA are the piece's; Y2 is the access date.
 ("ris_record_da_and_y2", paste("TY  - NEWS", "TI  - " + HEAD, "AU  - Halvorsen, Mira", "T2  - The Harbour Gazette", "PY  - 2013", "DA  - 2013/05/22/", "UR  - https://harbourgazette.example/news/port-strike-ends", "Y2  - 2020/01/14/", "ER  - "), "", "2013-05-22", "byline"),
 ("biblatex_date_and_urldate", paste("@online{halvorsen2010strike,", "  author = {Halvorsen, Mira},", "  title = {" + HEAD + "},", "  organization = {The Harbour Gazette},", "  date = {2010-10-04},", "  url = {https://harbourgazette.example/news/port-strike-ends},", "  urldate = {2022-02-11}", "}"), "", "2010-10-04", "byline"),
 # --- Text copied from PDFs ---
 # The footer repeats on every page; the form feeds are the page breaks.
 ("pdf_footer_repeated_issue_date_page", "Harbour Bulletin\n\n" + HEAD + "\n\n" + BODY + "\n\nHarbour Bulletin · Issue 27 · 12 October 2016 · Page 1\n\f" + BODY2 + "\n\nHarbour Bulletin · Issue 27 · 12 October 2016 · Page 2\n\f", "", "2016-10-12", "byline"),
 ("report_cover_date_of_issue", paste("KESTREL POINT PORT AUTHORITY", "Annual Performance Statement 2017–18", "Date of issue: 4 July 2018", "Version 1.2", "Document reference: KPPA/APS/2018"), "", "2018-07-04", "byline"),
 # The update describes the fund as at 30 June; it was published on 23 September 2021.
 ("pension_update_as_at_then_published", paste("Harbour Pension Fund", "Funding update as at 30 June 2021", "Published: 23 September 2021", body=FUNDING), "", "2021-09-23", "byline"),
 ("irish_judgment_delivered_day_of", paste("THE HIGH COURT", "[2003 No. 4821 P]", "BETWEEN", "MAREK VOSS", "PLAINTIFF", "AND", "KESTREL POINT PORT COMPANY", "DEFENDANT", "JUDGMENT of Mr. Justice Brell delivered on the 9th day of October, 2003.", body=JUDGMENT), "", "2003-10-09", "byline"),
 # Indian High Court, day first: reserved 12 January, pronounced (the judgment's day) 25 February 2022.
 ("delhi_hc_reserved_pronounced_dotted", paste("IN THE HIGH COURT OF DELHI AT NEW DELHI", "Reserved on: 12.01.2022", "Pronounced on: 25.02.2022", "W.P.(C) 4821/2021", "KESTREL DOCK WORKERS UNION ..... Petitioner", "versus", "UNION OF INDIA & ORS. ..... Respondents", body=JUDGMENT), "", "2022-02-25", "byline"),
 # The issue is of Friday 12 June 2009; the notice in it was signed on 3 June.
 ("kenya_gazette_issue_line_notice_dated", paste("THE KENYA GAZETTE", "Published by Authority of the Republic of Kenya", "(Registered as a Newspaper at the G.P.O.)", "Vol. CXI—No. 45  NAIROBI, 12th June, 2009  Price Sh. 50", "GAZETTE NOTICE NO. 5678", "THE MERCHANT SHIPPING ACT", "(No. 4 of 2009)", "APPOINTMENT OF A BOARD OF INQUIRY", body=GAZETTE) + "Dated the 3rd June, 2009.\nMAREK VOSS,\nMinister for Transport.\n", "", "2009-06-12", "byline"),
 # The Official Journal's running head: day first, unpadded, 16 May 2014; "of 15 May 2014" is the day the act was adopted.
 ("eu_official_journal_running_head", paste("16.5.2014 EN Official Journal of the European Union L 145/1", "II", "(Non-legislative acts)", "REGULATIONS", "COMMISSION IMPLEMENTING REGULATION (EU) No 501/2014", "of 15 May 2014", "on the temporary suspension of port dues at the Kestrel Point container terminal", body=OJ), "", "2014-05-16", "byline"),
 # An EDGAR submission header: the filing day (3 March 2015), not the period of report (the event's day).
 ("edgar_header_filed_as_of_date", paste("<SEC-DOCUMENT>0001234567-15-000012.txt : 20150303", "<SEC-HEADER>0001234567-15-000012.hdr.sgml : 20150303", "ACCESSION NUMBER:\t\t0001234567-15-000012", "CONFORMED SUBMISSION TYPE:\t8-K", "PUBLIC DOCUMENT COUNT:\t\t3", "CONFORMED PERIOD OF REPORT:\t20150227", "ITEM INFORMATION:\t\tOther Events", "FILED AS OF DATE:\t\t20150303", "DATE AS OF CHANGE:\t\t20150303", body=FILING), "", "2015-03-03", "byline"),
 # A patent grant's bracketed fields: issued Tuesday 26 September 2000; "09/262,118" is an application number, not 26 September.
 ("us_patent_grant_date_of_patent", paste("United States Patent [19]", "Halvorsen et al.", "[11] Patent Number: 6,123,456", "[45] Date of Patent: Sep. 26, 2000", "[54] CRANE SPREADER LOCKING SYSTEM", "[75] Inventors: Mira Halvorsen; Tomas Brell, both of Kestrel Point, Md.", "[21] Appl. No.: 09/262,118", "[22] Filed: Mar. 3, 1999", body=PATENT), "", "2000-09-26", "byline"),
 # An application published Thursday 7 December 2017, after its filing (2016) and foreign priority (2015).
 ("us_patent_application_pub_date", paste("(12) United States Patent Application Publication", "Halvorsen et al.", "(10) Pub. No.: US 2017/0351234 A1", "(43) Pub. Date: Dec. 7, 2017", "(54) CONTAINER DWELL TIME PREDICTION", "(21) Appl. No.: 15/171,482", "(22) Filed: Jun. 2, 2016", "(30) Foreign Application Priority Data", "Jun. 4, 2015 (GB) ................ 1509612.3", body=PATENT), "", "2017-12-07", "byline"),
 ("uk_written_question_tabled_answered", paste("Question for Department for Transport", "UIN 145210, tabled on 18 January 2021", "To ask the Secretary of State for Transport, what assessment he has made of the effect of the dock strike at Kestrel Point on freight.", "Answered on", "26 January 2021", body=ANSWER), "", "2021-01-26", "byline"),
 # Indian parliamentary answer, day first: 12 March 2020 (a Thursday).
 ("lok_sabha_to_be_answered_on_dotted", paste("GOVERNMENT OF INDIA", "MINISTRY OF SHIPPING", "LOK SABHA", "UNSTARRED QUESTION NO. 2845", "TO BE ANSWERED ON 12.03.2020", "STRIKE AT KESTREL POINT PORT", body=ANSWER), "", "2020-03-12", "byline"),
 # --- Social posts pasted as text ---
 ("facebook_page_dmy_dot_globe", post("Harbourview Police", "17 August 2016 · 🌍", tail=("1.2K", "84 comments  312 shares", "Like  Comment  Share")), "", "2016-08-17", "byline"),
 ("facebook_us_date_at_time", post("Harbourview Fire Department", "June 3, 2012 at 6:45 PM ·", tail=("Like · Comment · Share", "48 people like this.")), "", "2012-06-03", "byline"),
 ("instagram_caps_date_below_likes", post("harbourdaily", "Verified", "Kestrel Point Terminal", body="harbourdaily " + POST, tail=("1,204 likes", "SEPTEMBER 14, 2020", "Add a comment…")), "", "2020-09-14", "byline"),
 # The edit note is year-less; the status's own stamp is whole.
 ("mastodon_detailed_status", post("Harbour Daily", "@harbourdaily@mastodon.example", tail=("Feb 11, 2023, 15:04", "·", "Edited Feb 11", "·", "Web", "12 boosts · 4 favourites")), "", "2023-02-11", "byline"),
 ("bluesky_date_at_time_everyone_can_reply", post("Harbour Daily", "@harbourdaily.bsky.social", tail=("January 14, 2025 at 9:12 AM", "Everyone can reply", "12 reposts 48 likes")), "", "2025-01-14", "byline"),
 # Threads' web app prints older posts US numeric with a two-digit year; 14 settles the order.
 ("threads_us_numeric_two_digit_year", post("harbourdaily", "05/14/24", tail=("12", "4", "8")), "", "2024-05-14", "byline"),
 ("vk_post_date_at_time", post("Harbour Daily", "12 Apr 2018 at 7:41 pm", tail=("48 likes", "3 shares")), "", "2018-04-12", "byline"),
 # An embed code pasted as text; the status id is a snowflake of the same day.
 ("tweet_embed_code_blockquote", '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">' + POST + '</p>&mdash; Harbour Police (@HarbourPolice) <a href="https://twitter.com/HarbourPolice/status/656833636594737728">October 21, 2015</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n', "", "2015-10-21", "byline"),
 # --- Local and community notices ---
 # 9 September 2016 was a Friday.
 ("school_newsletter_number_term_weekday", paste("Harbourview Primary School", "Newsletter No. 14 — Term 3, Week 8", "Friday 9 September 2016", body=SCHOOL), "", "2016-09-09", "byline"),
 # "Ref: 2011/041" is the release's number.
 ("council_news_release_issued_ref", paste("Kestrel Point Borough Council", "News release", "Issued: 12 April 2011", "Ref: 2011/041", "Council welcomes end of dock strike"), "", "2011-04-12", "byline"),
 # 8 September 2013 was a Sunday; "next Sunday, 15 September" in the text is ahead.
 ("parish_bulletin_sunday_date", paste("ST BRENDAN'S PARISH, HARBOURVIEW", "Parish Bulletin", "Twenty-Third Sunday in Ordinary Time", "Sunday 8 September 2013", "Mass times this week: Mon–Fri 9.30am; Sat 6pm (Vigil); Sun 9am & 11am", body=CHURCH), "", "2013-09-08", "byline"),
 # "CIRCULAR No. 2017/08" is the year's eighth circular, not August 2017.
 ("union_circular_number_like_year_month", paste("HARBOURVIEW DOCK WORKERS' UNION", "CIRCULAR No. 2017/08", "To: All branch secretaries", "From: General Secretary", "Date: 21 March 2017", "Subject: Ballot result – Kestrel Point pay offer", body=UNION), "", "2017-03-21", "byline"),
 # The appeal went out on Wednesday 3 November 2010; the assault was on 28 October.
 ("police_appeal_issued_after_incident", paste("Harbourview Constabulary", "News", "Appeal for witnesses after assault on Quay Street", "Appeal issued: 3 November 2010", body=POLICE), "", "2010-11-03", "byline"),
 ("letterhead_press_statement_ordinal", paste("HARBOURVIEW DOCK WORKERS' UNION", "14 Quay Street, Harbourview HV2 4QP", "Tel: 01234 567890 · press@hdwu.example", "22nd January 2004", "PRESS STATEMENT", "For immediate use"), "", "2004-01-22", "byline"),
 # A UK community alert: day first; 14 settles it.
 ("neighbourhood_alert_sent_uk_numeric", paste("Neighbourhood Alert", "Message sent by", "Sgt Mira Halvorsen (Police, Neighbourhood Sergeant, Harbourview)", "14/02/2018 10:15", "Dear Resident,", body=ALERT), "", "2018-02-14", "byline"),
 # A UK fire service: day first, incident 4 May, page 5 May 2021.
 ("fire_service_incident_then_published", paste("Harbourview Fire and Rescue Service", "Incidents", "Container fire at Kestrel Point terminal", "Incident date: 04/05/2021", "Published: 05/05/2021", body=FIRE), "", "2021-05-05", "byline"),
 ("govuk_news_story_updated_later", paste("News story", "Port dues at Kestrel Point waived to clear backlog", "From:", "Department for Transport and The Rt Hon Marek Voss MP", "Published", "11 June 2015", "Last updated", "14 July 2017 — See all updates"), "", "2015-06-11", "byline"),
 # --- English editions of outlets in other scripts ---
 ("shine_time_utc_offset_iso", art("Mira Halvorsen", "18:04 UTC+8, 2023-06-19", "Source: SHINE   Editor: Wang Yue"), "", "2023-06-19", "byline"),
 ("peoplesdaily_agency_time_comma_date", art("(Xinhua) 08:33, August 14, 2017"), "", "2017-08-14", "byline"),
 # Juche 105 is 2016 (Juche 1 = 1912); 4 October 2016 was a Tuesday.
 ("kcna_juche_year_beside_gregorian", art("Tuesday, October 4, Juche 105 (2016)", body=wire("Pyongyang, October 4 (KCNA) --", "Tuesday")), "", "2016-10-04", "byline"),
 # 12 January 2020 was a Sunday.
 ("presstv_glued_pm_bracketed_update", art("Sun Jan 12, 2020 03:04PM [Updated: Sun Jan 12, 2020 06:12PM ]"), "", "2020-01-12", "byline"),
 # Only the Solar Hijri date: 14 Esfand 1397 was Tuesday 5 March 2019 (1 Farvardin 1398 was 21 March 2019).
 ("iran_solar_hijri_month_name_only", art("Tehran", "Tuesday, 14 Esfand 1397 - 15:04", "News Code: 84821"), "", "2019-03-05", "byline"),
 ("dailysabah_caps_city_date_gmt3", art("DAILY SABAH WITH AA", "ANKARA JUL 22, 2021 - 3:04 PM GMT+3"), "", "2021-07-22", "byline"),
 # 27 November 2006 was a Monday.
 ("wam_ordinal_comma_dateline", art(body=wire("ABU DHABI, 27th November, 2006 (WAM) --", "Monday")), "", "2006-11-27", "dateline"),
 # Jan 23 fell on a Tuesday in 2018 and 2024 (next in 2029): latest not after today is 2024.
 ("mena_yearless_dateline_inferred", art(body=wire("CAIRO, Jan 23 (MENA) -", "Tuesday")), "", "2024-01-23", "inferred"),
 # "Thứ Tư" is Wednesday: 7 April 2021 was a Wednesday (4 July 2021 a Sunday), so day first.
 ("vietnamplus_vietnamese_weekday_numeric", art("Thứ Tư, 07/04/2021 15:04 GMT+7", "Hanoi (VNA)"), "", "2021-04-07", "byline"),
 ("antara_ordinal_stamp_reporter_editor", art("Reporter: Dewi Pratiwi", "Editor: Rahmad Nasution", "19th June 2013 15:04", body="Jakarta (ANTARA News) - " + PLAIN) + "\nCopyright © ANTARA 2013\n", "", "2013-06-19", "byline"),
 # Russian agency: day first, 14 August 2018.
 ("sputnik_time_first_dotted_updated", art("16:04 14.08.2018 (updated 18:12 14.08.2018)", body="MOSCOW (Sputnik) - " + PLAIN), "", "2018-08-14", "byline"),
 # 17 August 2005 was a Wednesday.
 ("bss_dateline_with_year", art(body=wire("DHAKA, Aug 17, 2005 (BSS) -", "Wednesday")), "", "2005-08-17", "dateline"),
 # --- Traps: a careful reader answers unknown ---
 # A weekly digest: the piece appeared some day in the week before 9 September 2018.
 ("trap_google_alerts_weekly_digest", paste("Google Alerts", "Kestrel Point", "Weekly update ⋅ 9 September 2018", "NEWS", HEAD, "Harbour Daily", "Flag as irrelevant"), "", "", "unknown"),
 # A member forwards a story into a group chat: the message time is the forward's.
 ("trap_whatsapp_user_forward_only", paste("[09/04/2022, 08:12:40] Tomas Brell: \u200eForwarded", HEAD), "", "", "unknown"),
 # The clipper found no date on the page: published is empty, created is the clip's day.
 ("trap_obsidian_clipper_empty_published", OBSIDIAN.format(published="") + paste(), "", "", "unknown"),
 ("trap_read_later_saved_only", paste(HEAD, "harbourdaily.example · 4 min", "Saved Mar 14, 2024", "Mira Halvorsen"), "", "", "unknown"),
 # A statement "as at" a day: the day it describes, not the day it was issued.
 ("trap_pdf_as_at_only", paste("KESTREL POINT PORT AUTHORITY", "Statement of Financial Position", "As at 31 March 2019", body=ACCOUNTS), "", "", "unknown"),
 # The header is the day it was printed (UK numeric); the page itself shows no date.
 ("trap_browser_print_header_only", printed("11/08/2023, 09:41", "By Mira Halvorsen", pages="1/2"), "", "", "unknown"),
 # Facebook drops the year for the current year, and there is no weekday.
 ("trap_facebook_yearless_at_time", post("Harbourview Police", "5 March at 15:04 · 🌍", tail=("312", "48 comments  96 shares")), "", "", "unknown"),
 # Minutes name the meeting's day; when they were published is not on the page ("11/34" is a minute number).
 ("trap_minutes_meeting_held_only", paste("KESTREL POINT PARISH COUNCIL", "Minutes of the meeting held on Tuesday 14 June 2011 at 7.30pm in the Village Hall", "Present: Cllr M Halvorsen (Chair), Cllr T Brell, Cllr A Ferreira", "11/34 Apologies for absence: none.", body=MINUTES), "", "", "unknown"),
 # --- Traps: a wrong date is printed beside the right one ---
 # "No. 11.05" is volume 11, issue 5, not 11 May; it went out on Thursday 7 March 2019.
 ("trap_newsletter_issue_number_like_date", paste("THE HARBOUR LETTER", "No. 11.05 | Thursday 7 March 2019", "View in browser | Forward to a friend"), "", "2019-03-07", "byline"),
 # Outlook (UK) forward: the forward's Sent (13 February 2017) above the original alert's (8 February 2017).
 ("trap_outlook_fw_forward_above_original", paste("From: Tomas Brell <tomas.brell@harbourco.example>", "Sent: 13 February 2017 08:55", "To: Ops Team <ops@harbourco.example>", "Subject: FW: Port workers end five-week strike", "", "FYI - see below.", "", "From: Harbour Daily Alerts [mailto:alerts@harbourdaily.example]", "Sent: 08 February 2017 16:20", "To: Tomas Brell <tomas.brell@harbourco.example>", "Subject: Port workers end five-week strike"), "", "2017-02-08", "byline"),
 # A reply of Wednesday 8 June 2016 quotes the alert of Tuesday 7 June 2016, which is the piece.
 ("trap_gmail_reply_above_quoted_alert", "Re: Port workers end five-week strike\n\nTomas Brell <tomas@example.org>\nWed, Jun 8, 2016, 9:40 AM\nto Mira\n\nDid you see this? Cranes are moving again.\n\nOn Tue, Jun 7, 2016 at 7:12 AM Harbour Daily Alerts <alerts@harbourdaily.example> wrote:\n> " + HEAD + "\n>\n> " + BODY + "\n> " + BODY2 + "\n", "", "2016-06-07", "byline"),
 # Evernote's clip (12 February 2022) above the story's own stamp (8 February 2022).
 ("trap_evernote_clip_above_stamp", paste("Clipped from: " + URL, "Created: 12 Feb 2022 21:40", "Tags: ports, labour", "", HEAD, "By Mira Halvorsen", "8 February 2022"), "", "2022-02-08", "byline"),
 # Heard in November 2014; the judgment was delivered on 20 February 2015.
 ("trap_judgment_heard_before_delivered", paste("IN THE HIGH COURT OF SOUTH AFRICA", "(KWAZULU-NATAL DIVISION, DURBAN)", "CASE NO: 4821/2014", "In the matter between:", "KESTREL DOCK WORKERS UNION Applicant", "and", "HARBOUR TERMINAL OPERATORS (PTY) LTD Respondent", "Heard: 12 and 13 November 2014", "Delivered: 20 February 2015", "JUDGMENT", body=JUDGMENT), "", "2015-02-20", "byline"),
 # The running head dates the issue, Wednesday 6 March 2019; "Filed 3-5-19" is the day before, when the notice reached the printer.
 ("trap_federal_register_filed_day_before", paste("Federal Register / Vol. 84, No. 44 / Wednesday, March 6, 2019 / Notices", "DEPARTMENT OF TRANSPORTATION", "Maritime Administration", "[Docket No. MARAD-2019-0031]", "Kestrel Point Terminal; Notice of Determination", body=FR) + "[FR Doc. 2019-04012 Filed 3-5-19; 8:45 am]\nBILLING CODE 4910-81-P\n", "", "2019-03-06", "byline"),
 # The quarter ended on 30 June; the report was signed (and filed) on 4 August 2016.
 ("trap_10q_period_ended_signed_later", paste("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549", "FORM 10-Q", "☒ QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", "For the quarterly period ended June 30, 2016", "Commission File Number 001-99999", "EXAMPLE HARBOUR HOLDINGS, INC.", body=TENQ) + "\nSIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned thereunto duly authorized.\nEXAMPLE HARBOUR HOLDINGS, INC.\nDate: August 4, 2016\nBy: /s/ Mira Halvorsen\nMira Halvorsen, Chief Financial Officer\n", "", "2016-08-04", "byline"),
 # The print header (5 March 2019, UK numeric) above the story's own date, 26 February 2019.
 ("trap_browser_print_header_above_byline", printed("05/03/2019, 15:04", "By Mira Halvorsen", "26 February 2019"), "", "2019-02-26", "byline"),
 # JSTOR's cover sheet: the weekly's issue of Saturday 16 June 2001; the download line is the reader's.
 ("trap_jstor_downloaded_footer", paste("Port Workers End Five-Week Strike", "Author(s): Mira Halvorsen", "Source: Harbour Weekly, Vol. 7, No. 24 (Jun. 16, 2001), pp. 3-5", "Published by: Harbour Weekly Trust", "Stable URL: https://www.jstor.org/stable/4410123", "Accessed: 02-02-2021 10:15 UTC") + "\nThis content downloaded from 192.0.2.14 on Tue, 02 Feb 2021 10:15:33 UTC\nAll use subject to https://about.jstor.org/terms\n", "", "2001-06-16", "byline"),
 # The story of Thursday 2 October 2014 embeds a post of 30 September.
 ("trap_embedded_post_date_in_story", art("By Mira Halvorsen", "Oct. 2, 2014", body=PLAIN + "\n\n" + POST + " — Harbour Police (@HarbourPolice) September 30, 2014"), "", "2014-10-02", "byline"),
]


def main(argv: Sequence[str] | None = None) -> int:
    return pubdate_shapes.main(argv, C)


if __name__ == "__main__":
    sys.exit(main())
