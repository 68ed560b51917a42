"""Publication dates on 78 more pieces in English as analysts, fact-checkers and researchers collect them.

    .venv/bin/python -m bench.pubdate_shapes10 [-v]

A tenth held-out set beside bench.pubdate_shapes and pubdate_shapes2 to pubdate_shapes9:
78 cases (18 of them traps), dated 1982-2023, on English-language material as it reaches
a researcher's files: database and archive exports, page chrome flattened by copying,
wire copy with its slugs and trailers, official releases and judgments from many
countries, regional papers, newsletters, feeds and mail. Those sets cover a few of
these sources in other shapes. Database and archive exports: Nexis Uni (an outlet line,
"September 21, 1994, Wednesday", Section, Length, Byline, Dateline, then Load-Date),
LexisNexis Academic (AFP's "March 14, 2002 Thursday 2:15 PM GMT", Xinhua General News
Service, BBC Monitoring with its SOURCE line), Westlaw ("6/14/05 ... B1", WLNR number,
"Loaded Date"), Factiva (the article view with "Document LBA00000...", and two-letter
codes with ET and a year-less PTI dateline in LP), ProQuest (a Historical Newspapers
PDF's citation line with "pg.", a ProQuest Central citation "12 Oct 2004: 3."), NewsBank
("Harbour Gazette, The (MD) - Wednesday, ..."), Gale's Times Digital Archive ("Monday,
June 14, 1982; pg. 5; Issue 61259."), a PressReader page title (ISO date), a Google
News Archive viewer caption. Flattened chrome: fields on one line joined by " · ", " | "
and " • ", labelled fields on separate lines (day-first numeric), an AMP copy, Firefox
reader view ("4–5 minutes"), print views with a "Printed from ... on" or "Printed:"
line and a dated page address. Wires: AFP (slug, "=(PICTURE)=", initials and the
filing group "AFP 141215 GMT MAR 19"), AP ("BC-" slug, "Eds:", the transmission tag
"AP-WF-08-22-97 1215EDT"), a Reuters UPDATE slug with bullets and the old "Tue Oct 27,
2015 | 4:05pm EDT" stamp, a Bloomberg terminal header, Dow Jones Newswires' stamp after
"(END)", PTI on Business Standard ("Last Updated at"), IANS on a portal, Bernama (day
first), Yonhap's old year-first slashes, KUNA's filing group, WAM (a weekday that
settles a day-first date). Releases, courts and parliaments: a Philippine department
("Release No. ..., Series of 2018" and a body dateline), a Nigerian ministry ("Ref:",
"9th July, 2020"), South Africa's gov.za ("Issued by"), an Australian minister ("MR"
number), the Federal Court of Australia, the Federal Court of Canada ("Date: 20170608"),
Singapore's eLitigation ("Decision Date : 30 Mar 2020"), the EEAS ("UNIQUE ID:
190205_7"), the Council of the EU (a release number beside a day-first date), the ILO
("Ref: ILO/19/12"), OCHA, the ICC (a reference that embeds the date and a case number
shaped like dates), the ICRC (day-first dashed), the Kenyan Hansard (weekday and
ordinal), an Indian Supreme Court judgment dated only at its end. Regional papers:
Ghana (Joy's "Date: ... Time: 12:03:15:pm"), Uganda (no commas), Egypt (a weekday
before a day-first date), Sri Lanka (a template's residue beside the date), Bangladesh
("Jan 23,2020"), Nepal (NPT), Vietnam (GMT+7), Myanmar ("By NAME date"), Jamaica (all
the chrome on one line), Samoa (day first), the Balkans (a year glued to its time),
Ukraine ("Dec. 11, 2017, 6:40 p.m. |"), Bahrain ("Posted on »"). Newsletters, feeds and
mail: a Beehiiv post, a podcast transcript with timestamps, a YouTube description with
hashtags, RSS items (a two-digit year, an IST offset just after midnight), an Outlook
for Mac forward.
Traps: a Nexis record of a web item with only its Load-Date, a ProQuest record with only
a year, a reader view with only a reading time, a print view with only its printing
date, a flattened line with only a relative stamp, a Substack e-mail's year-less date
and a Google Groups digest's year-less stamp (answer unknown), and pieces where BBC
Monitoring's source line a day before the item, Westlaw's load date, a site's "Printed
from ... on" line above the stamp, an AP advance's transmission days before its release
date, KUNA's filing group whose month and two-digit year read like a day (with a
weekday that fits this year too), an Australian judgment's hearing date, OCHA's "as of"
day, a committee's public-hearing line above its release date, an update above the
publication on one line, a press kit's festival dates beside its embargo and an RSS
channel's lastBuildDate above the item must not displace the published date.

Written by a helper session on 2026-11-23 that did not read the tool's rules or code
(nothing in timeline/, cli.py, tests/, fixtures/, BENCHMARKS.md or the rest of bench/);
only bench/pubdate_shapes.py, pubdate_shapes2.py to pubdate_shapes9.py for the format,
the conventions and the cases already covered, and the project's contract. Database,
wire, outlet and document formats are from memory; weekdays were checked with Python's
datetime. Neither the survey nor the tool was run while it was written; only its import
was checked.

Not yet scored.

Each head is dated alone with today = 2026-11-21 and counted right / wrong / unknown
(findable but not found) / invented (a date where a careful reader would say unknown).
Numeric dates with no other evidence of order follow the source's country convention
(noted beside each case): day first in Africa, South and Southeast Asia, the Gulf,
Europe, Australia and the Pacific, month first in the United States, year first in
Korea; some carry a weekday, a day above 12, a named month or an identifier that
settles the order. A year-less stamp or dateline with a weekday expects the latest
year, not after today, in which that day fell on that weekday, unless something else on
the page (a filing group, a stamp) gives the year. The expected date is the day the
piece first went out: a database record's date line (not its Load-Date, loaded date,
last update or export), the publication's item (not the source it monitored the day
before), a wire advance's release date (not its transmission), a release's issue date
(not an "as of" day, a hearing or an event it announces), a judgment's delivery (not
its hearing), an RSS item's pubDate (not the channel's lastBuildDate), a newsletter's
own date (not a forward's). A printing date, a load date alone, a year alone, a
reading time, a relative stamp and a year-less date without a weekday never date a
piece alone. Story content is generic; names and places are invented.
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


JUDGMENT = ("The applicant, a union of dock workers at the Kestrel Point container terminal, "
            "challenges the dismissal of forty crane operators during the five-week strike. "
            "For the reasons that follow, the application is allowed in part.")

RELEASE = ("The Ministry welcomed the agreement that ended the five-week strike at the "
           "Kestrel Point container terminal and said cargo backlogs would be cleared "
           "within ten days.")

HANSARD = ("Hon. Tomas Brell (Kestrel Point, ODM): Hon. Speaker, I rise to seek a statement "
           "from the Cabinet Secretary for Transport on the five-week strike at the Kestrel "
           "Point container terminal and the losses suffered by traders.")

FLOODS = ("Floodwaters have receded from the Kestrel Point port district, but some 12,000 "
          "people remain displaced. The next Flash Update will be issued on or around 13 "
          "October 2020.")

ICC = ("Today, Trial Chamber II of the International Criminal Court delivered its decision "
       "on the conduct of the proceedings in the case against Marek Voss, concerning the "
       "attacks on striking dock workers at Kestrel Point.")

HEARING = ("The Senate committee inquiring into the Kestrel Point port dispute will hear "
           "from the terminal operator, the dock workers' union and the port authority.")

FESTIVAL = ("The Kestrel Film Festival will open with 'Harbour Lights', a drama about a "
            "five-week dock strike, and close with a programme of short films made by dock "
            "workers' children.")

TRANSCRIPT = ("[00:00:05] MIRA HALVORSEN: Welcome back to Harbour Weekly. It has been a month "
              "since the dock workers voted to go back.\n\n[00:14:03] TOMAS BRELL: The "
              "cranes were moving again within an hour of the vote.")

ANNIVERSARY = ("KESTREL POINT, Md. (AP) — A year after a five-week strike shut the container "
               "terminal, dock workers say the pay deal that ended it has held, though "
               "overtime has fallen.")

WEB = "https://harbourgazette.example/news/port-strike-ends-48213"


def export(*lines: str, body: str = PLAIN, tail: Sequence[str] = ()) -> str:
    """A record as a database, archive or wire delivers it: its header lines, the story,
    then its trailer lines."""
    return "\n".join([*lines, "", body, "", BODY2, "", *tail, ""])


# (name, text, url, expected ISO or "", expected published_from or "")
C: list[tuple[str, str, str, str, str]] = [
 # --- Database and archive exports ---
 # 21 September 1994 was a Wednesday; the dateline's Sept. 20 is the filing day, the Load-Date the database's.
 ("nexis_uni_outlet_date_weekday_comma", export("Dock workers end five-week strike", "The Harbour Chronicle (Chennai, India)", "September 21, 1994, Wednesday", "Copyright 1994 Harbour Publishing Ltd. All Rights Reserved", "Section: NATIONAL; Pg. 9", "Length: 512 words", "Byline: Mira Halvorsen", "Dateline: CHENNAI, Sept. 20", "Body", tail=("Load-Date: September 23, 1994", "", "End of Document")), "", "1994-09-21", "byline"),
 # 14 March 2002 was a Thursday; LOAD-DATE is the next day.
 ("lexis_academic_afp_time_gmt_load_date", export("                              45 of 112 DOCUMENTS", "", "                   Copyright 2002 Agence France Presse", "                          All Rights Reserved", "", "                     Agence France Presse -- English", "", "                  March 14, 2002 Thursday 2:15 PM GMT", "", "SECTION: International News", "", "LENGTH: 480 words", "", "HEADLINE: Kenyan dock workers end five-week strike", "", "BYLINE: Mira Halvorsen", "", "DATELINE: MOMBASA, Kenya, March 14", "", "BODY:", tail=("LOAD-DATE: March 15, 2002", "", "LANGUAGE: ENGLISH")), "", "2002-03-14", "byline"),
 # 14 March 2004 was a Sunday.
 ("lexis_xinhua_general_news_service", export("                      Copyright 2004 Xinhua News Agency", "", "                        Xinhua General News Service", "", "                    March 14, 2004 Sunday 8:15 AM EST", "", "SECTION: WORLD NEWS; Economic", "", "LENGTH: 210 words", "", "HEADLINE: Kestrel port workers end strike", "", "DATELINE: BEIJING, March 14", "", "BODY:"), "", "2004-03-14", "byline"),
 ("factiva_article_view_document_id", export("Kenyan port workers end five-week strike", "Mira Halvorsen", "512 words", "23 February 2010", "12:15 GMT", "Reuters News", "LBA", "English", "(c) 2010 Reuters Limited", body=wire("NAIROBI, Feb 23 (Reuters) -", "Tuesday"), tail=("(Reporting by Mira Halvorsen; Editing by Tomas Brell)", "", "Document LBA0000020100223e62n00123")), "", "2010-02-23", "byline"),
 # Factiva's codes: the year-less PTI dateline sits in LP; PD carries the year.
 ("factiva_codes_et_pti_yearless_lp", "HD Port workers end five-week strike at Kestrel Point\nWC 320 words\nPD 3 November 2011\nET 18:42\nSN Press Trust of India\nSC PRTRIN\nLA English\nCY (c) 2011 The Press Trust of India Limited. All rights reserved.\nLP\nNew Delhi, Nov 3 (PTI) " + PLAIN + "\nTD\n" + BODY2 + "\nNS glabor : Labor/Personnel | gcat : Political/General News\nRE india : India | asiaz : Asia\nIPD Ports\nPUB Press Trust of India\nAN Document PRTRIN0020111103e7b3000gh\n", "", "2011-11-03", "byline"),
 # The run of years (1887-1995) is the paper's, the date after it the issue's.
 ("proquest_historical_citation_pg", export("WHARF STRIKE ENDS AFTER FIVE WEEKS", "MIRA HALVORSEN", "The Harbour Gazette (1887-1995); Jun 14, 1988; ProQuest Historical Newspapers: The Harbour Gazette", "pg. D1", tail=("Reproduced with permission of the copyright owner. Further reproduction prohibited without permission.",)), "", "1988-06-14", "byline"),
 ("proquest_central_citation_colon_page", export("Port workers end five-week strike", "Halvorsen, Mira.", "Harbour Business Day; Durban [Durban]. 12 Oct 2004: 3.", "Full Text", tail=("Document type: News", "ProQuest document ID: 2345678901", "Database: ProQuest Central")), "", "2004-10-12", "byline"),
 # NewsBank moves the article to the end of the title; 5 December 2007 was a Wednesday. The record number starts with yymmdd.
 ("newsbank_reversed_title_weekday", export("Dock workers end five-week strike", "Harbour Gazette, The (MD) - Wednesday, December 5, 2007", "Author: Mira Halvorsen, Staff Writer", "Section: Local", "Page: B1", "Readability: 10-12 grade level (Lexile: 1240L)", tail=("Copyright (c) 2007 The Harbour Gazette", "Record Number: 0712050123")), "", "2007-12-05", "byline"),
 # 14 June 1982 was a Monday; "Issue 61259" is the paper's issue number.
 ("gale_times_digital_archive_issue", export("Wharf strike ends after five weeks", "From Our Correspondent", "The Harbour Times (London, England), Monday, June 14, 1982; pg. 5; Issue 61259.", "Category: News", "© Times Newspapers Limited", "Gale Document Number: CS118123456"), "", "1982-06-14", "byline"),
 ("pressreader_page_title_iso", export("PressReader - Harbour Star (Malaysia) - 2021-06-14 - Port workers end five-week strike", "Harbour Star (Malaysia)", "Page 3", "By MIRA HALVORSEN"), "", "2021-06-14", "byline"),
 ("google_news_archive_viewer_caption", export("The Harbour Gazette - Google News Archive Search", "The Harbour Gazette - Sep 9, 1985", "Browse this newspaper » Browse all newspapers »", "WHARF STRIKE ENDS"), "", "1985-09-09", "byline"),
 # --- Flattened page chrome, reader and print views ---
 ("breadcrumb_middots_date_read_time", art("News · Africa · Business · Mira Halvorsen · 22 August 2017 · 4 min read", body=PLAIN), "", "2017-08-22", "byline"),
 ("pipe_fields_share_buttons", art("Business | Mira Halvorsen | 05 Feb 2020 | 14:05 | Share | Tweet | Email", body=PLAIN), "", "2020-02-05", "byline"),
 # 9 July 2015 was a Thursday.
 ("bullet_fields_weekday_comments", art("Harbour Daily • Mira Halvorsen • Thursday, 9 July 2015 • 3 comments", body=PLAIN), "", "2015-07-09", "byline"),
 # Ukrainian English-language site: day first, 11 April 2016.
 ("label_lines_dotted_numeric_ua", art("Author:", "Mira Halvorsen", "Date:", "11.04.2016", "Category:", "Economy", body=PLAIN), "", "2016-04-11", "byline"),
 ("amp_copy_name_pipe_date_footer", "HARBOUR DAILY\n\n" + art("Mira Halvorsen | October 3, 2018", body=PLAIN) + "\nView Non-AMP Version\nBack to top\n", "", "2018-10-03", "byline"),
 # Firefox reader view: the site, the title, the byline with the date, the reading time.
 ("reader_view_byline_date_minutes", "harbourdaily.example\n" + HEAD + "\n\nMira Halvorsen, May 28, 2013\n\n4–5 minutes\n\n" + PLAIN + "\n\n" + BODY2 + "\n", "", "2013-05-28", "byline"),
 # A site's print view: the page address carries the date; "Printed" is the reader's day.
 ("print_view_dated_address_printed_date", "Page address: https://harbourgazette.example/news/2016/05/24/port-strike-ends/\nPrinted: 12 March 2024\n\n" + art("By Mira Halvorsen", body=PLAIN), "https://harbourgazette.example/news/2016/05/24/port-strike-ends/", "2016-05-24", "url"),
 # --- Wires and syndication ---
 # The year-less dateline's Thursday fits 2019; AFP's filing group "141215 GMT MAR 19" is day 14, 12:15 GMT, March 2019.
 ("afp_slug_picture_filing_group", export("Kenya-port-strike-labour,FOCUS", "Kenyan port workers end five-week strike", "by Mira Halvorsen", "=(PICTURE)=", body=wire("MOMBASA, Kenya, March 14 (AFP) -", "Thursday"), tail=("mh/jk/ab", "", "AFP 141215 GMT MAR 19")), "", "2019-03-14", "byline"),
 # AP's transmission tag is US numeric with a two-digit year: 22 August 1997, a Friday.
 ("ap_bc_slug_transmission_tag", export("BC-AF--Kenya-Port Strike,0412", "Kenyan dock workers end five-week strike", "Eds: APNewsNow. Will be updated.", "By MIRA HALVORSEN", "Associated Press Writer", body=wire("MOMBASA, Kenya (AP) _", "Friday"), tail=("AP-WF-08-22-97 1215EDT",)), "", "1997-08-22", "byline"),
 # 27 October 2015 was a Tuesday.
 ("reuters_update_slug_bullets_old_stamp", export("UPDATE 2-Kenya port workers end five-week strike", "Tue Oct 27, 2015 | 4:05pm EDT", "* Union accepts improved pay offer", "* Backlog to take ten days to clear", "(Adds union comment, paragraphs 4-5)", "By Mira Halvorsen", body=wire("MOMBASA, Kenya, Oct 27 (Reuters) -", "Tuesday")), "", "2015-10-27", "byline"),
 ("bloomberg_terminal_header_stamp", export("Kenya Port Workers End Five-Week Strike", "2016-08-30 12:15:03.412 GMT", "", "By Mira Halvorsen", body="(Bloomberg) -- " + PLAIN, tail=("To contact the reporter on this story:", "Mira Halvorsen in Nairobi at mhalvorsen3@bloomberg.net", "To contact the editors responsible for this story:", "Tomas Brell at tbrell@bloomberg.net")), "", "2016-08-30", "byline"),
 # The only date is the stamp after "(END)".
 ("dow_jones_stamp_after_end", export("DJ Kenya Port Workers End Five-Week Strike", "", "By Mira Halvorsen", body="NAIROBI--" + PLAIN, tail=("Write to Mira Halvorsen at mira.halvorsen@dowjones.example", "", "(END) Dow Jones Newswires", "", "May 17, 2011 08:15 ET (12:15 GMT)", "", "Copyright (c) 2011 Dow Jones & Company, Inc.")), "", "2011-05-17", "byline"),
 ("business_standard_pti_last_updated_at", art("Press Trust of India  |  New Delhi  Last Updated at July 22, 2014 18:42 IST", body="New Delhi, Jul 22 (PTI) " + PLAIN), "", "2014-07-22", "byline"),
 ("ians_portal_updated_source", art("Updated: 14 January 2016 12:15 PM | Source: IANS", body="New Delhi, Jan 14 (IANS) " + PLAIN + "\n\n--IANS\nmh/jk"), "", "2016-01-14", "byline"),
 # Malaysian agency: day first, 6 November 2018; the dateline's Nov 6 agrees.
 ("bernama_numeric_dmy_dateline_agrees", art("06/11/2018 12:15 PM", body="KUALA LUMPUR, Nov 6 -- " + PLAIN + "\n\n-- BERNAMA"), "", "2018-11-06", "byline"),
 ("yonhap_old_year_first_slashes_kst", art("2012/05/08 12:15 KST", body="SEOUL, May 8 (Yonhap) -- " + PLAIN + " (END)"), "", "2012-05-08", "byline"),
 # "Sun" settles the day-first order: 4 August 2019 was a Sunday, 8 April 2019 a Monday.
 ("wam_weekday_dashed_dmy", art("Sun 04-08-2019 15:42", "WAM", body=PLAIN), "", "2019-08-04", "byline"),
 # --- Government, court, parliament, UN and NGO releases ---
 # 21 August 2018 was a Tuesday; "Series of 2018" numbers the year's releases.
 ("philippines_release_series_body_dateline", art("Republic of the Philippines", "DEPARTMENT OF LABOR AND EMPLOYMENT", "PRESS RELEASE", "Release No. 045, Series of 2018", body="21 August 2018 – The Department of Labor and Employment welcomed the agreement that ended the five-week strike at the Kestrel Point container terminal and said its mediators would remain on call."), "", "2018-08-21", "dateline"),
 ("nigeria_ministry_ref_ordinal_signed", art("FEDERAL MINISTRY OF TRANSPORTATION", "PRESS RELEASE", "Ref: FMT/PR/2020/045", "Date: 9th July, 2020", body=RELEASE) + "\nSigned\nMira Halvorsen\nDirector, Press and Public Relations\n", "", "2020-07-09", "byline"),
 # The phone number is not a date.
 ("south_africa_gov_statement_issued_by", art("Media statement", "18 Oct 2017", headline="Minister Mira Halvorsen welcomes end of Kestrel Point port strike", body=RELEASE) + "\nEnquiries: Tomas Brell 082 123 4567\n\nIssued by: Department of Transport\nMore from: Department of Transport\n", "", "2017-10-18", "byline"),
 ("australia_minister_release_mr_number", art("The Hon. Mira Halvorsen MP", "Minister for Infrastructure, Transport and Regional Development", "MEDIA RELEASE", "23 January 2023", "MR008/2023", body=RELEASE), "", "2023-01-23", "byline"),
 # Canadian court: the label's compact date agrees with the place-date line.
 ("canada_federal_court_compact_date", art("Date: 20170608", "Docket: T-1234-16", "Citation: 2017 FC 561", "Ottawa, Ontario, June 8, 2017", "PRESENT: The Honourable Madam Justice Halvorsen", headline="Kestrel Dock Workers Union v. Canada (Attorney General)", body=JUDGMENT), "", "2017-06-08", "byline"),
 ("singapore_elitigation_decision_date", art("[2020] SGHC 64", "Case Number : Suit No 123 of 2018", "Decision Date : 30 Mar 2020", "Tribunal/Court : High Court", "Coram : Mira Halvorsen J", "Counsel Name(s) : Tomas Brell (Brell LLP) for the plaintiff; Ana Ferreira (Ferreira & Co) for the defendant.", "Parties : Marek Voss — Kestrel Point Port Pte Ltd", headline="Voss v Kestrel Point Port Pte Ltd", body=JUDGMENT), "", "2020-03-30", "byline"),
 # EU house style: day first, 5 February 2019; the unique id's 190205 agrees.
 ("eeas_unique_id_yymmdd", art("Brussels, 05/02/2019 - 12:15, UNIQUE ID: 190205_7", "Press releases", headline="Statement by the Spokesperson on the end of the Kestrel Point port strike", body=RELEASE), "", "2019-02-05", "byline"),
 # "712/18" is the release's number; the date is day first, 22 November 2018.
 ("eu_council_release_number_dmy", art("Council of the EU", "Press release", "712/18", "22/11/2018", headline="Kestrel Point: Council adopts temporary port dues waiver", body=RELEASE), "", "2018-11-22", "byline"),
 # "ILO/19/12" is the release's reference (2019, twelfth), not 19 December.
 ("ilo_release_reference_like_date", art("Press release | 28 May 2019", "Ref: ILO/19/12", body="GENEVA (ILO News) – " + PLAIN), "", "2019-05-28", "byline"),
 # The reference ICC-CPI-20180914 embeds the day; the case number ICC-02/17-01/18 is no date.
 ("icc_release_reference_and_case_number", art("Press Release: 14 September 2018", "ICC-CPI-20180914-PR1405", "Situation: Kestrel Republic", "The Prosecutor v. Marek Voss, Case No. ICC-02/17-01/18", headline="Voss case: Trial Chamber II issues decision on the conduct of proceedings", body=ICC), "", "2018-09-14", "byline"),
 # Geneva: day first, 7 September 2016.
 ("icrc_dashed_dmy_label", art("07-09-2016 | News release", body="Geneva (ICRC) – " + PLAIN), "", "2016-09-07", "byline"),
 # 9 October 2018 was a Tuesday.
 ("kenya_hansard_weekday_ordinal", art("PARLIAMENT OF KENYA", "THE NATIONAL ASSEMBLY", "THE HANSARD", "Tuesday, 9th October, 2018", "The House met at 2.30 p.m.", "[The Speaker (Hon. Mira Halvorsen) in the Chair]", headline="KESTREL POINT PORT STRIKE", body=HANSARD), "", "2018-10-09", "byline"),
 # The judgment's only date closes it; the case number's 2016 is the appeal's year.
 ("india_supreme_court_date_at_end", art("REPORTABLE", "IN THE SUPREME COURT OF INDIA", "CIVIL APPELLATE JURISDICTION", "CIVIL APPEAL NO. 4821 OF 2016", headline="Kestrel Dock Workers Union v. Union of India", body=JUDGMENT) + "\n………………………………J.\n(MIRA HALVORSEN)\n\n………………………………J.\n(TOMAS BRELL)\n\nNew Delhi;\nAugust 02, 2017.\n", "", "2017-08-02", "byline"),
 # --- Regional papers and sites ---
 # Ghanaian site: day first, 4 June 2019.
 ("joy_ghana_date_time_labels", art("Source: Ghana | myjoyonline.com | Mira Halvorsen | Date: 04-06-2019 Time: 12:03:15:pm", body=PLAIN), "", "2019-06-04", "byline"),
 # 4 February 2019 was a Monday.
 ("daily_monitor_ug_weekday_no_commas", art("Monday February 4 2019", "By Mira Halvorsen", body=PLAIN), "", "2019-02-04", "byline"),
 # Egyptian site: day first; "Tue" agrees (5 March 2019 was a Tuesday, 3 May 2019 a Friday).
 ("egypt_drupal_weekday_numeric", art("Tue, 05/03/2019 - 12:15", "Mira Halvorsen", body=PLAIN), "", "2019-03-05", "byline"),
 # 19 December 2018 was a Wednesday; the view counter's template was never filled in.
 ("dailyft_lk_template_residue", art("Wednesday, 19 December 2018 00:00 -     - {{hitsCtrl.values.hits}}", body=PLAIN), "", "2018-12-19", "byline"),
 ("newage_bd_glued_comma_year", art("Staff Correspondent", "Published: 00:00, Jan 23,2020 | Updated: 01:12, Jan 23,2020", body=PLAIN), "", "2020-01-23", "byline"),
 ("republica_np_published_on_npt", art("Published On: September 17, 2020 12:15 PM NPT", "By: Mira Halvorsen", body=PLAIN), "", "2020-09-17", "byline"),
 # 27 June 2019 was a Thursday.
 ("tuoitre_weekday_gmt7", art("Thursday, June 27, 2019, 12:15 GMT+7", body=PLAIN), "", "2019-06-27", "byline"),
 ("irrawaddy_by_name_date_one_line", art("By MIRA HALVORSEN 26 February 2021", body=PLAIN), "", "2021-02-26", "byline"),
 # 21 November 2019 was a Thursday.
 ("jamaica_observer_chrome_one_line", art("Thursday, November 21, 2019 BY MIRA HALVORSEN Observer staff reporter halvorsenm@harbourobserver.example", body=PLAIN), "", "2019-11-21", "byline"),
 # Samoan paper: day first, as in New Zealand: 5 November 2019.
 ("samoa_numeric_dmy", art("Apia Observer", "By Mira Halvorsen", "05/11/2019", body=PLAIN), "", "2019-11-05", "byline"),
 # The year runs into the time when the line is copied: 8 October 2019, 12:15.
 ("balkan_glued_year_time", art("Mira Halvorsen BIRN Belgrade October 8, 201912:15", body=PLAIN), "", "2019-10-08", "byline"),
 ("kyivpost_dotted_month_pm_pipe", art("Dec. 11, 2017, 6:40 p.m. | Ukraine — by Mira Halvorsen", body=PLAIN), "", "2017-12-11", "byline"),
 # 13 September 2011 was a Tuesday.
 ("gdn_bahrain_posted_on_guillemet", art("Posted on » Tuesday, September 13, 2011", body=PLAIN), "", "2011-09-13", "byline"),
 # --- Newsletters, podcasts, video, feeds and mail ---
 ("beehiiv_posted_on_separate_lines", art("Harbour Brief", "Posted on", "June 6, 2023", "Mira Halvorsen", body=PLAIN), "", "2023-06-06", "byline"),
 ("podcast_transcript_published_timestamps", art("Harbour Weekly", "Episode 212 transcript", "Published March 9, 2022", headline="Episode 212: After the strike", body=TRANSCRIPT), "", "2022-03-09", "byline"),
 ("youtube_description_date_hashtags", art("Harbour Daily", "48.2K subscribers", "12,345 views  Aug 17, 2020  #KestrelPoint #PortStrike", body=PLAIN), "", "2020-08-17", "byline"),
 # RFC 822 allows a two-digit year: 10 June 2002, a Monday.
 ("rss_pubdate_two_digit_year", art("<item>", "<title>" + HEAD + "</title>", "<link>https://harbourdaily.example/news/port-strike-ends</link>", "<pubDate>Mon, 10 Jun 02 09:30:00 GMT</pubDate>", body=PLAIN), "", "2002-06-10", "byline"),
 # The outlet's own day: 1 August 2020, a Saturday, in India (in UTC it was still 31 July).
 ("rss_pubdate_ist_offset_after_midnight", art("<item>", "<title>" + HEAD + "</title>", "<pubDate>Sat, 01 Aug 2020 00:20:00 +0530</pubDate>", body=PLAIN), "", "2020-08-01", "byline"),
 # Outlook for Mac's forward block (UK settings); 2 December 2020 was a Wednesday.
 ("outlook_mac_forward_weekday_dmy_at", "From: Harbour Daily <alerts@harbourdaily.example>\nDate: Wednesday, 2 December 2020 at 07:30\nTo: Tomas Brell <tomas.brell@harbourco.example>\nSubject: " + HEAD + "\n\n" + PLAIN + "\n\n" + BODY2 + "\n", "", "2020-12-02", "byline"),
 # --- Traps: a careful reader answers unknown ---
 # A web item in Nexis without a date line: the Load-Date and the copyright year are the database's and the site's.
 ("trap_nexis_web_record_load_date_only", export("Dock workers end five-week strike", "Harbour Daily Online", "Copyright 2012 Harbour Media Ltd. All Rights Reserved", "Length: 512 words", "Byline: Mira Halvorsen", "Body", tail=("Load-Date: March 15, 2012", "", "End of Document")), "", "", "unknown"),
 # A year, a copyright year and the database's last update.
 ("trap_proquest_year_only", export("Port workers end five-week strike", "Halvorsen, Mira.", "Harbour Notes; Harbourview (2009).", "Full Text", tail=("Publication title: Harbour Notes; Harbourview", "Publication year: 2009", "Publisher: Harbour Media", "Source type: Blogs, Podcasts, & Websites", "Copyright: Copyright Harbour Media 2009", "Last updated: 2017-11-04", "Database: ProQuest Central")), "", "", "unknown"),
 ("trap_reader_view_minutes_only", "harbourdaily.example\n" + HEAD + "\n\nMira Halvorsen\n\n4–5 minutes\n\n" + PLAIN + "\n\n" + BODY2 + "\n", "", "", "unknown"),
 # The printing date (UK numeric, 3 November 2025) and an address without a date.
 ("trap_print_view_printed_on_only", art("By Mira Halvorsen", body=PLAIN) + "\nPrinted on 03/11/2025 from " + WEB + "\n", WEB, "", "unknown"),
 ("trap_flattened_relative_only", art("Mira Halvorsen · 5 min read · 2 days ago", body=PLAIN), "", "", "unknown"),
 # Substack's e-mail drops the year; there is no weekday.
 ("trap_substack_email_yearless", "Forwarded this email? Subscribe here for more\n\n" + art("Mira Halvorsen", "Mar 14", "READ IN APP", body=PLAIN), "", "", "unknown"),
 # A digest's message stamps carry no year.
 ("trap_google_groups_digest_yearless", "Digest for harbour-l@googlegroups.com - 2 updates in 1 topic\n\n" + HEAD + "\nMira Halvorsen <mira@harbourdaily.example>: Mar 14 12:15PM -0400\n\n" + PLAIN + "\n\nTomas Brell <tomas@example.org>: Mar 14 01:40PM -0400\n\nCranes are moving again at berth 4.\n", "", "", "unknown"),
 # --- Traps: a wrong date is printed beside the right one ---
 # BBC Monitoring's item of Tuesday 5 June 2001 monitors Xinhua's report of the 4th.
 ("trap_bbc_monitoring_source_day_before", export("                              3 of 27 DOCUMENTS", "", "                Copyright 2001 British Broadcasting Corporation", "                            All Rights Reserved", "", "                   BBC Monitoring Asia Pacific - Political", "                    Supplied by BBC Worldwide Monitoring", "", "                             June 5, 2001, Tuesday", "", "LENGTH: 298 words", "", "HEADLINE: Kestrel port workers end strike", "", "SOURCE: Xinhua news agency, Beijing, in English 1004 gmt 4 Jun 01", "", "BODY:", "Text of report in English by official Chinese news agency Xinhua", body="Beijing, 4 June: " + PLAIN, tail=("LOAD-DATE: June 5, 2001",)), "", "2001-06-05", "byline"),
 # Westlaw: US numeric, 14 June 2005; "Loaded Date" is the database's.
 ("trap_westlaw_loaded_date_us_numeric", export("6/14/05 HARBOURGZ B1", "", "6/14/05 Harbour Gazette (Md.) B1", "2005 WLNR 9412345", "", "Harbour Gazette (Harbourview, MD)", "Copyright 2005 Harbour Gazette Co.", "", "June 14, 2005", "", "Section: Local", "", "Dock workers end five-week strike", "", "Mira Halvorsen", "Staff Writer", tail=("---- Index References ----", "", "Edition: Final", "Word Count: 512", "Loaded Date: 06/17/2005", "", "END OF DOCUMENT")), "", "2005-06-14", "byline"),
 # Printed on Tuesday 4 November 2025; the story is of 12 March 2021.
 ("trap_printed_from_above_stamp", "Printed from harbourgazette.example on Tuesday, November 4, 2025\n\n" + art("By Mira Halvorsen", "Posted: Mar 12, 2021 6:15 PM", body=PLAIN), "", "2021-03-12", "byline"),
 # An advance sent on Wednesday 3 April 2019 (the tag is US numeric) for release on Sunday 7 April 2019.
 ("trap_ap_advance_release_after_transmission", export("BC-Port Strike-Anniversary-Advance,1020", "Advance for release Sunday, April 7, 2019, and thereafter", "Eds: Note embargo. Photos available.", "Kestrel dock workers say strike deal has held", "By MIRA HALVORSEN", "Associated Press", body=ANNIVERSARY, tail=("AP-WF-04-03-19 1900GMT",)), "", "2019-04-07", "byline"),
 # KUNA's filing group "211215 Oct 15" is day 21, 12:15, October 2015 ("Oct 15" is not 15 October). Oct 21 fell on a Wednesday in 2015 and again in 2026: the group gives the year.
 ("trap_kuna_filing_group_month_two_digit_year", art(body=wire("KUWAIT, Oct 21 (KUNA) --", "Wednesday") + "\n\n(end)\nmh.jk\nKUNA 211215 Oct 15NNNN"), "", "2015-10-21", "byline"),
 # Judgment of 22 June 2021; the hearing was on 3 February.
 ("trap_fca_judgment_hearing_date", art("FEDERAL COURT OF AUSTRALIA", "Voss v Kestrel Point Port Authority [2021] FCA 712", "File number: NSD 1234 of 2020", "Judgment of: BRELL J", "Date of judgment: 22 June 2021", "Catchwords: INDUSTRIAL LAW – protected industrial action – dismissal of employees during strike", "Date of hearing: 3 February 2021", "Number of paragraphs: 84", headline="Voss v Kestrel Point Port Authority", body=JUDGMENT), "", "2021-06-22", "byline"),
 # The update describes the situation as of 8 October; it was issued on 9 October 2020.
 ("trap_ocha_as_of_then_issued", art("Kestrel Republic: Floods", "Flash Update No. 3", "As of 8 October 2020", "Issued: 9 October 2020", headline="Kestrel Republic: Floods – Flash Update No. 3", body=FLOODS), "", "2020-10-09", "byline"),
 # The hearing (Friday 28 April 2023) is listed above the release's own date, 17 April 2023.
 ("trap_committee_hearing_line_above_release_date", art("Senate Standing Committee on Rural and Regional Affairs and Transport", "Public hearing: Friday 28 April 2023, 9 am, Committee Room 2S1, Parliament House, Canberra", "Media release", "17 April 2023", headline="Committee to hear evidence on Kestrel Point port dispute", body=HEARING), "", "2023-04-17", "byline"),
 ("trap_standard_ke_updated_before_published_one_line", art("Updated: Jun 2nd 2022 at 09:12 GMT +3 | Published: Jun 1st 2022 at 18:15 GMT +3", body=PLAIN), "", "2022-06-01", "byline"),
 # The kit goes out when its embargo lifts, Tuesday 12 March 2019; the festival's dates follow.
 ("trap_press_kit_embargo_festival_dates", "PRESS KIT\nKESTREL FILM FESTIVAL 2019\nEMBARGOED UNTIL 00:01 GMT, TUESDAY 12 MARCH 2019\n\nFestival dates: 28 March – 7 April 2019\nVenue: Harbour Hall, Kestrel Point\n\nFestival opens with dock strike drama\n\n" + FESTIVAL + "\n", "", "2019-03-12", "byline"),
 # The channel was rebuilt on Monday 2 March 2015; the item is of Friday 27 February 2015.
 ("trap_rss_lastbuilddate_above_item", art("<channel>", "<title>Harbour Daily</title>", "<lastBuildDate>Mon, 02 Mar 2015 06:00:00 GMT</lastBuildDate>", "<item>", "<title>" + HEAD + "</title>", "<pubDate>Fri, 27 Feb 2015 18:15:00 GMT</pubDate>", body=PLAIN), "", "2015-02-27", "byline"),
]


def main(argv: Sequence[str] | None = None) -> int:
    return pubdate_shapes.main(argv, C)


if __name__ == "__main__":
    sys.exit(main())
