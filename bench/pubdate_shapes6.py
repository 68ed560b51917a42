"""Publication dates on 82 more article heads: older and archived news, and copies of it.

    .venv/bin/python -m bench.pubdate_shapes6 [-v]

A sixth held-out set beside bench.pubdate_shapes, pubdate_shapes2, pubdate_shapes3,
pubdate_shapes4 and pubdate_shapes5: 82 cases (18 of them traps) on how people meet
news of 1980-2024 today, which those sets hardly cover. Newspaper archive pages as
their sites now show them: The New York Times (a print-edition line alone, "Special
to" with a dateline a day before the paper), The Washington Post ("Tuesday, ...;
Page A01"), the Los Angeles Times (its midnight "12 AM PT" and its la-xpm URL), the
Chicago Tribune's ct-xpm URL, BBC News Online of 1998 and 2004, The Telegraph's old
numeric stamp, The Guardian's "From the archive", The Moscow Times, Kommersant (a
Russian issue line), the Daily Nation's web edition, Folha de S.Paulo and La Jornada
(a Portuguese and a Spanish weekday), El Tiempo's "Fecha de publicacion", IOL, the
Inquirer's "(Mla time)", The Jakarta Post's weekday with a US numeric date, a
Pakistani page with only "Updated", a migrated Indian page, and URL-only archives
(Rediff, The Tribune, the Sunday Times of Sri Lanka). An anniversary update and a
reprint. Database and clipping exports: LexisNexis (AP "BC cycle", the NYT's "Late City
Final Edition"), a Nexis Uni delivery with its cover page and Load-Date, a monthly
magazine in Nexis, Factiva's two-letter fields, ProQuest, Gale, HighBeam, EBSCO,
Newspapers.com, Papers Past, the British Newspaper Archive, the Google News Archive's
dat= parameter, a press-cuttings record. Wire copy: Sapa, IANS, Interfax and BelTA
with year-less datelines and a weekday, Kyodo without one, a Sapa story on the TRC's
archive, the UPI and AP archives, Reuters' "YEARS AGO" stamp, AFP on Google's hosted
news, dpa on Monsters and Critics, old Xinhua and People's Daily URLs, RFE/RL Newsline.
Broadcast: CNN transcripts, BBC "On this day", a radio programme page with a repeat, the
Internet Archive's TV news, an ABC Radio National page. NGO, UN and government: an
Amnesty urgent action of 1986, WHO disease outbreak news (old and new URLs), the Justice
Department (1990s-2000s caps layout and a US Attorney's office), the Clinton White
House, the State Department's 2001-2009 archive, the Congressional Record, the Federal
Register's GPO text, Australian Hansard, an Indian Kanoon judgment, a Fifth Circuit
opinion, an archived Canadian release, the UK Government Web Archive, UNHCR briefing
notes, the European Commission's RAPID. Undated explainers and encyclopaedia pages.
Traps: a year-less Kyodo dateline, BBC "On this day", a WHO URL with only a year and a
number, a monthly magazine's Nexis record, an explainer full of dates, an encyclopaedia
article whose only dates are "Retrieved" notes, a "last reviewed" page, and an
encyclopaedia page citing today (answer unknown), and pages where a dateline a day
before the paper, a republication date, a migration's "Last Updated", an anniversary
update, a Nexis export date and Load-Date, a Gale "Accessed" date, a transcript's
recalled events, a repeat broadcast, a Wayback capture range and a cuttings page
spread must not displace the published date.

Written by a helper session on 2026-11-22 that did not read the tool's rules or code
(nothing in timeline/, cli.py, tests/, fixtures/, BENCHMARKS.md or the rest of bench/);
only bench/pubdate_shapes.py, pubdate_shapes2.py, pubdate_shapes3.py, pubdate_shapes4.py
and pubdate_shapes5.py for the format, the conventions and the cases already covered,
and the project's contract. Outlet, archive and database formats are from memory.
Neither the survey nor the tool was run while it was written; only its import was
checked.

Scored once as written, in the sixteenth session: 56 right, 3 wrong, 23 unknown, 0
invented. Its misses were then read and the mechanisms behind them fixed, so it is
development data from then on. Four of the unknowns stay by design: a year-less wire
dateline whose weekday fits several recent years (the tool does not pick the latest of
them; it says unknown, with the candidates, unless other articles of the build settle
it).

Each head is dated alone with today = 2026-11-21 and counted right / wrong / unknown
(findable but not found) / invented (a date where a careful reader would say unknown).
Numeric dates with no other evidence of order follow the outlet's country convention
(noted beside each case); some carry a weekday, a day above 12, a named month or a
zone that settles the order. A year-less dateline with a weekday expects the latest
year, not after today, in which that day fell on that weekday. The expected date is
the day the piece first appeared: in print for a paper's pre-web archive, on air for a
transcript or programme page, in the original paper for a reprint, republication or
anniversary update. A database's load, update, export or accessed date and an
archive's capture date are never the publication date; nor is a "last reviewed" note.
Story content is generic; names and places are invented.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import pubdate_shapes
from bench.pubdate_shapes import BODY, BODY2, HEAD, art
from bench.pubdate_shapes2 import wire

__all__ = ["BODY", "BODY2", "HEAD", "C", "main"]


OLD = ("Dock workers at the Kestrel Point container terminal voted to end a five-week "
       "strike and return to work after accepting an improved pay offer from the "
       "operator, union officials said.")

NYT_1986 = ("KESTREL POINT, Calif., Nov. 1 — Dock workers at the city's container "
            "terminal voted today to end a five-week strike and return to work after "
            "accepting an improved pay offer, union officials said.")

DON = ("On 9 March the Ministry of Health of the Kestrel Republic notified WHO of a "
       "cluster of cholera cases among dock workers and their families in the port "
       "district of Kestrel Point. As of 12 March, 214 cases had been reported.")

DON_OLD = ("The Ministry of Health of the Kestrel Republic has reported a cluster of "
           "cholera cases among dock workers and their families in the port district of "
           "Kestrel Point. WHO is supporting the ministry's response.")

DON_2023 = ("On 9 March 2023 the Ministry of Health of the Kestrel Republic notified WHO "
            "of a cluster of cholera cases among dock workers and their families in the "
            "port district of Kestrel Point.")

EXPLAINER = ("The Kestrel Point dock strike began on 3 November 1984, when crane "
             "operators walked out over pay, and ended on 8 December 1984 after a vote "
             "at the union hall. The operator was sold in 1990, the terminal was "
             "automated between 2004 and 2009, and on 14 March 2014 the old union hall "
             "became a museum.")

WIKI = ("The Kestrel Point dock strike was a five-week industrial dispute at the "
        "container terminal of Kestrel Point, California, from 3 November to 8 December "
        "1984. It ended when union members accepted an improved pay offer.[1] A "
        "memorial was unveiled on 8 December 2004.[2]")

HEALTH = ("Heat illness can affect anyone who works outdoors in hot weather, including "
          "dock and terminal workers. Drink water regularly, take breaks in the shade "
          "and watch for dizziness, headaches and confusion.")

CNN_2009 = ("MIRA HALVORSEN, CNN ANCHOR: Dock workers at the Kestrel Point container "
            "terminal are back at work this afternoon after union members voted to "
            "accept an improved offer from the operator.")

CNN_2004 = ("MIRA HALVORSEN, CNN ANCHOR: Twenty years ago tonight, on December 8, 1984, "
            "dock workers at Kestrel Point voted to end a five-week strike that had shut "
            "the port. Tonight we look back at the men and women who walked out.")

OTD = ("Dock workers at the Kestrel Point container terminal have voted to end their "
       "five-week strike and will return to work tomorrow, after accepting an improved "
       "pay offer from the operator.")

OTD_CONTEXT = ("In Context\nThe terminal reopened the following week. The operator was "
               "sold in 1990, and the union hall became a museum in 2014.")

NOTICE = ("The Department for Transport today welcomed the end of the dispute at "
          "Kestrel Point and said port health and safety inspections would resume on "
          "Monday.")

HANSARD = ("Mr HALVORSEN (Kestrel) (2.04 p.m.)—My question is to the Minister for "
           "Transport. Can the minister inform the House when cargo backlogs at the "
           "Kestrel Point terminal will be cleared?")

JUDGMENT = ("The appellant, a crane operator at the Kestrel Point terminal, challenges "
            "the order of the High Court dismissing his writ petition against his "
            "dismissal during the strike. We have heard counsel for both sides.")

AMNESTY = ("Amnesty International is concerned for the safety of twelve dock workers "
           "arrested at the Kestrel Point terminal after a strike meeting. They are held "
           "incommunicado and are believed to be at risk of torture.")

CANADA_RELEASE = ("OTTAWA, November 3, 1999 — The Minister of Transport today welcomed "
                  "the agreement that ended the dispute at the Kestrel Point container "
                  "terminal and said federal mediators would remain available to both "
                  "sides.")


def page(*head_lines: str, body: str = OLD, headline: str = HEAD) -> str:
    """An archive page: the head as the site shows it now, then a story without a weekday."""
    return art(*head_lines, body=body, headline=headline)


def record(*lines: str, body: str = OLD) -> str:
    """A database or archive export: its header lines as delivered, then the story."""
    return "\n".join([*lines, "", body, "", BODY2, ""])


NYT_ABOUT = ("About the Archive", "This is a digitized version of an article from The Times's print archive, before the start of online publication in 1996. To preserve these articles as they originally appeared, The Times does not alter, edit or update them.")

# (name, text, url, expected ISO or "", expected published_from or "")
C: list[tuple[str, str, str, str, str]] = [
 # --- Newspaper archive pages as their sites show them today ---
 # Pre-web archive: the print line at the end is the only date, and it is the day it appeared.
 ("nyt_archive_print_line_only", page(*NYT_ABOUT, "By MIRA HALVORSEN") + "\nA version of this article appears in print on March 3, 1991, Section 1, Page 14 of the National edition with the headline: WHARF STRIKE ENDS AFTER FIVE WEEKS.\n", "", "1991-03-03", "byline"),
 ("wapo_archive_weekday_semicolon_page", page("By Mira Halvorsen", "Washington Post Staff Writer", "Tuesday, August 13, 1996; Page A01"), "", "1996-08-13", "byline"),
 ("latimes_archive_midnight_pt", page("MIRA HALVORSEN", "TIMES STAFF WRITER", "March 14, 1989 12 AM PT"), "", "1989-03-14", "byline"),
 ("latimes_url_la_xpm", page(), "https://www.latimes.com/archives/la-xpm-1992-05-01-mn-1234-story.html", "1992-05-01", "url"),
 ("chicagotribune_url_ct_xpm_id", page(), "https://www.chicagotribune.com/news/ct-xpm-1995-07-19-9507190123-story.html", "1995-07-19", "url"),
 # BBC News Online's 1998 shape: weekday, day, month, comma before the year.
 ("bbc_online_1998_comma_before_year", page("BBC News Online: World: Americas", "Wednesday, 16 December, 1998, 11:47 GMT"), "", "1998-12-16", "byline"),
 # 17 October 2004 was a Sunday.
 ("bbc_last_updated_two_zones_2004", page("Last Updated: Sunday, 17 October 2004, 13:22 GMT 14:22 UK", "E-mail this to a friend", "Printable version"), "http://news.bbc.co.uk/2/hi/americas/3749123.stm", "2004-10-17", "byline"),
 # UK paper: day first, 9 June 2004.
 ("telegraph_old_numeric_bst_uk", page("By Mira Halvorsen in Kestrel Point", "Last Updated: 12:01am BST 09/06/2004"), "", "2004-06-09", "byline"),
 ("moscowtimes_archive_no_comma", page("By Mira Halvorsen", "Staff Writer", "Feb. 11 1999"), "https://www.themoscowtimes.com/archive/dock-strike-ends", "1999-02-11", "byline"),
 # "Kommersant newspaper No. 123 of 17.07.2001, page 5": Russian, day first.
 ("kommersant_issue_line_ru", page("Газета «Коммерсантъ» №123 от 17.07.2001, стр. 5", "Мира Хальворсен"), "", "2001-07-17", "byline"),
 # An archived web edition: its masthead carries the edition's date, not today's. 4 March 2000 was a Saturday.
 ("daily_nation_web_edition_masthead", page("Daily Nation on the Web", "Saturday, March 4, 2000", "Main News"), "", "2000-03-04", "byline"),
 # "sábado" is Saturday; 17 October 1998 was a Saturday.
 ("folha_city_weekday_month_pt", page("São Paulo, sábado, 17 de outubro de 1998", "Folha de S.Paulo"), "", "1998-10-17", "byline"),
 ("eltiempo_fecha_de_publicacion_es", page("Publicación", "eltiempo.com", "Sección", "Otros", "Fecha de publicación", "27 de septiembre de 1994", "Autor", "MIRA HALVORSEN"), "", "1994-09-27", "byline"),
 # "lunes" is Monday; 9 August 1999 was a Monday.
 ("lajornada_lowercase_weekday_es", page("México, D.F. lunes 9 de agosto de 1999", "Mira Halvorsen, corresponsal"), "", "1999-08-09", "byline"),
 ("iol_time_of_article_published", page("By Mira Halvorsen", "Time of article published Jan 14, 2001"), "", "2001-01-14", "byline"),
 # Philippine paper: month first, 14 March 2006.
 ("inquirer_old_mla_time_us", page("Last updated 06:32pm (Mla time) 03/14/2006", "By Mira Halvorsen", "Inquirer"), "", "2006-03-14", "byline"),
 # Month first; 16 settles it, and 16 October 2004 was a Saturday.
 ("jakartapost_old_weekday_us_numeric", page("Mira Halvorsen, The Jakarta Post, Jakarta | Sat, 10/16/2004 7:00 AM | National"), "", "2004-10-16", "byline"),
 # Only an "Updated" line; 23 January 2005 was a Sunday.
 ("pk_archive_updated_only", page("Updated Sunday, January 23, 2005", "From the print edition"), "", "2005-01-23", "byline"),
 ("rediff_url_year_mon_glued_day", page(), "https://www.rediff.com/news/2001/mar/22strike.htm", "2001-03-22", "url"),
 ("tribuneindia_url_year_compact_folder", page(), "https://www.tribuneindia.com/2002/20020819/main3.htm", "2002-08-19", "url"),
 # yymmdd folder: 14 March 1999, a Sunday, for a Sunday paper.
 ("sundaytimes_lk_url_yymmdd_folder", page(), "http://www.sundaytimes.lk/990314/news4.html", "1999-03-14", "url"),
 # A reprint on a society's site: the piece first appeared in the Gazette.
 ("reprint_posted_later", page("Reprinted from The Harbour Gazette, 3 May 1995, with permission", "Posted 14 January 2001 by the Kestrel Dockers' Heritage Society"), "", "1995-05-03", "byline"),
 # --- Database and clipping exports ---
 # 3 June 1993 was a Thursday.
 ("lexis_ap_bc_cycle", record("                             12 of 212 DOCUMENTS", "", "                      Copyright 1993 Associated Press", "                            All Rights Reserved", "", "                       The Associated Press", "", "                  June 3, 1993, Thursday, BC cycle", "", "SECTION: International News", "", "LENGTH: 512 words", "", "HEADLINE: Dock workers end five-week strike", "", "BYLINE: By MIRA HALVORSEN, Associated Press Writer", "", "DATELINE: KESTREL POINT", "", "BODY:"), "", "1993-06-03", "byline"),
 # 8 December 1984 was a Saturday; the dateline is the day before, when the story was filed.
 ("lexis_nyt_late_city_final", record("                   Copyright 1984 The New York Times Company", "", "                             The New York Times", "", "             December 8, 1984, Saturday, Late City Final Edition", "", "SECTION: Section 1; Page 12, Column 3; Foreign Desk", "", "LENGTH: 612 words", "", "HEADLINE: WHARF STRIKE ENDS AFTER FIVE WEEKS", "", "BYLINE: By MIRA HALVORSEN, Special to the New York Times", "", "DATELINE: KESTREL POINT, Calif., Dec. 7"), "", "1984-12-08", "byline"),
 # The accession number embeds the day the record was loaded (11 June 2003), not the paper's date.
 ("factiva_fields_accession_load_date", record("HD Dock workers end five-week strike", "BY Mira Halvorsen", "WC 512 words", "PD 14 September 1999", "SN The Harbour Gazette", "SC HARGAZ", "ED Final", "PG A1", "LA English", "CY (c) 1999 Harbour Gazette Co. All Rights Reserved.", "LP") + "TD\nNS gcat | glabor\nRE usa | usmd\nPUB Harbour Gazette Co.\nAN Document HARGAZ0020030611dv9e00012\n", "", "1999-09-14", "byline"),
 # The record's "Last updated" is the database's, not the paper's.
 ("proquest_citation_details_last_updated", record("Halvorsen, Mira.", "The Harbour Gazette; Harbourview, Md. [Harbourview, Md]22 Jan 1988: A1.") + "\nPublication title: The Harbour Gazette; Harbourview, Md.\nPages: A1\nPublication year: 1988\nPublication date: Jan 22, 1988\nSection: A\nPublisher: Harbour Gazette Co.\nSource type: Historical Newspaper\nLanguage of publication: English\nDocument type: News\nProQuest document ID: 1234567890\nDocument URL: https://www.proquest.com/docview/1234567890\nCopyright: Copyright Harbour Gazette Co. Jan 22, 1988\nLast updated: 2017-11-04\nDatabase: ProQuest Historical Newspapers: The Harbour Gazette\n", "", "1988-01-22", "byline"),
 ("highbeam_article_date", page("Article from: The Harbour Gazette", "Article date: July 9, 2007", "Author: Halvorsen, Mira"), "", "2007-07-09", "byline"),
 # US database: month first, 26 February 1997.
 ("ebsco_source_us_numeric_two_digit_year", page("Source: Harbour Gazette (Harbourview, MD), 02/26/97, pA1", "Author: Halvorsen, Mira", "Document Type: Article", "Accession Number: 2W61234567", "Database: Newspaper Source"), "", "1997-02-26", "byline"),
 ("newspapers_com_page_title", page("The Harbour Gazette from Harbourview, Maryland on September 29, 1983 · Page 12", headline="WHARF STRIKE ENDS"), "", "1983-09-29", "byline"),
 ("paperspast_volume_issue_date_page", page("Press, Volume CXXIV, Issue 36512, 28 June 1984, Page 7", headline="WHARF STRIKE ENDS"), "", "1984-06-28", "byline"),
 # 14 August 1980 was a Thursday.
 ("bna_published_weekday_fields", page("Published: Thursday 14 August 1980", "Newspaper: Harbour Gazette", "County: Kent, England", "Type: Newspaper", "Language: English", "Page: 12", headline="WHARF STRIKE ENDS"), "", "1980-08-14", "byline"),
 ("google_news_archive_dat_param", page(headline="WHARF STRIKE ENDS"), "https://news.google.com/newspapers?nid=1234&dat=19810214&id=AbCdEfGhIjK&sjid=XyZ1AbCd&pg=4512,2205312", "1981-02-14", "url"),
 # --- Wire copy as archives and aggregators reproduce it ---
 # Oct 17 fell on a Wednesday in 2007, 2012 and 2018; latest not after today is 2018.
 ("sapa_yearless_city_agency_inferred", page(body=wire("JOHANNESBURG Oct 17 Sapa", "Wednesday")), "", "2018-10-17", "inferred"),
 # Feb 26 fell on a Tuesday in 2008, 2013 and 2019; latest is 2019.
 ("ians_yearless_inferred", page(body=wire("New Delhi, Feb 26 (IANS)", "Tuesday")), "", "2019-02-26", "inferred"),
 # Sep 9 fell on a Thursday in 2004, 2010 and 2021; latest is 2021.
 ("interfax_dotted_city_inferred", page(body=wire("MOSCOW. Sept 9 (Interfax) -", "Thursday")), "", "2021-09-09", "inferred"),
 # 14 April fell on a Friday in 2006, 2017 and 2023; latest is 2023.
 ("belta_day_month_inferred", page(body=wire("MINSK, 14 April (BelTA) -", "Friday")), "", "2023-04-14", "inferred"),
 # The TRC's archive of Sapa copy: year-less dateline, but the folder and file name carry 19 August 1997.
 ("trc_sapa_url_yymm_folder_yymmdd_file", page(headline="TRC HEARS DOCK WORKERS", body="CAPE TOWN Aug 19 Sapa " + OLD), "https://www.justice.gov.za/trc/media/1997/9708/s970819a.htm", "1997-08-19", "url"),
 ("upi_archives_url", page(), "https://www.upi.com/Archives/1986/07/21/Dock-strike-ends/8145522308000/", "1986-07-21", "url"),
 # Old AP copy used an underscore for the dash after the dateline.
 ("ap_archive_underscore_dateline", page("MIRA HALVORSEN", "August 30, 1990", body="KESTREL POINT, Md. (AP) _ " + OLD), "", "1990-08-30", "byline"),
 # The relative part agrees: June 2013 is thirteen years before today.
 ("reuters_archive_caps_years_ago", page("JUNE 14, 2013 / 9:05 AM / 13 YEARS AGO"), "", "2013-06-14", "byline"),
 ("google_hosted_afp_dash", page("(AFP) – Jan 30, 2009", body="KESTREL POINT, United States (AFP) — " + OLD), "", "2009-01-30", "byline"),
 ("monstersandcritics_dpa_gmt", page("Americas News", "Jun 5, 2008, 12:22 GMT", body="Kestrel Point - " + OLD + " (dpa)"), "", "2008-06-05", "byline"),
 ("xinhuanet_old_url_month_folder", page(), "http://news.xinhuanet.com/english/2007-05/22/content_6131234.htm", "2007-05-22", "url"),
 ("peopledaily_old_url_compact_id", page(), "http://english.peopledaily.com.cn/200010/17/eng20001017_52796.html", "2000-10-17", "url"),
 ("rferl_newsline_volume_number", page("RFE/RL NEWSLINE Vol. 2, No. 200, Part I, 19 October 1998", headline="DOCK WORKERS END STRIKE IN KESTREL PORT"), "", "1998-10-19", "byline"),
 # --- Broadcast transcripts and programme pages ---
 ("cnn_transcript_aired", page("CNN NEWSROOM", "Aired March 5, 2009 - 14:00 ET", "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", body=CNN_2009), "", "2009-03-05", "byline"),
 ("tv_news_archive_station_time_range", page("KQED", "October 17, 2012 6:00pm-6:30pm PDT", "PBS NewsHour"), "", "2012-10-17", "byline"),
 # 11 December 2016 was a Sunday.
 ("radio_national_broadcast_line", page("Rear Vision", "Broadcast Sun 11 Dec 2016 at 12:05pm", headline="The strike that shut Kestrel Point"), "", "2016-12-11", "byline"),
 # --- NGO, UN and government ---
 # "ASA 35/02/86" and "UA 63/86" are document numbers, not February 1986.
 ("amnesty_1986_ai_index_like_date", page("EXTERNAL (for general distribution)", "AI Index: ASA 35/02/86", "Distr: UA/SC", "12 March 1986", headline="UA 63/86 Fear of torture: KESTREL REPUBLIC", body=AMNESTY), "", "1986-03-12", "byline"),
 ("who_don_old_url_underscores", page(headline="Cholera in the Kestrel Republic", body=DON_OLD), "https://www.who.int/emergencies/disease-outbreak-news/item/1999_06_11-en", "1999-06-11", "url"),
 ("who_don_dated_line_pipe", page("14 March 2024 | Disease Outbreak News", headline="Cholera – Kestrel Republic", body=DON), "https://www.who.int/emergencies/disease-outbreak-news/item/2024-DON507", "2024-03-14", "byline"),
 # The phone number's 2007 is not a year; 19 July 2002 was a Friday.
 ("doj_old_caps_release_phone", page("FOR IMMEDIATE RELEASE", "FRIDAY, JULY 19, 2002", "WWW.USDOJ.GOV", "CRM", "(202) 514-2007", "TDD (202) 514-1888"), "", "2002-07-19", "byline"),
 # 19 July 2019 was a Friday.
 ("usao_district_for_immediate_release", page("U.S. Attorney's Office", "District of Maryland", "FOR IMMEDIATE RELEASE", "Friday, July 19, 2019"), "", "2019-07-19", "byline"),
 ("clinton_whitehouse_spaced_release", page("THE WHITE HOUSE", "Office of the Press Secretary", "______________________________________________________________", "For Immediate Release                                      May 12, 1997", "STATEMENT BY THE PRESS SECRETARY"), "", "1997-05-12", "byline"),
 # The archive's domain carries a year range and the URL only year and month.
 ("state_dept_archive_domain_years", page("Press Statement", "Marek Voss, Spokesman", "Washington, DC", "October 21, 2004"), "https://2001-2009.state.gov/r/pa/prs/ps/2004/10/37123.htm", "2004-10-21", "byline"),
 # 20 October 1998 was a Tuesday.
 ("congressional_record_header", record("[Congressional Record Volume 144, Number 149 (Tuesday, October 20, 1998)]", "[Senate]", "[Pages S12745-S12746]", "From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]", "", "DOCK STRIKE AT KESTREL POINT"), "", "1998-10-20", "byline"),
 # "fr03mr99" is the GPO's code for the same day.
 ("federal_register_gpo_docid", record("[Federal Register: March 3, 1999 (Volume 64, Number 41)]", "[Notices]", "[Page 10312-10313]", "From the Federal Register Online via GPO Access [wais.access.gpo.gov]", "[DOCID:fr03mr99-58]", "", "DEPARTMENT OF TRANSPORTATION", "Maritime Administration", "Kestrel Point Terminal; Notice of Determination"), "", "1999-03-03", "byline"),
 # 28 November 1996 was a Thursday.
 ("au_hansard_parlinfo_fields", page("Database: House Hansard", "Date: Thursday, 28 November 1996", "Source: House", "Page: 7512", "Questioner: Halvorsen, Mr Mira", "Responder: Voss, Mr Marek", headline="QUESTIONS WITHOUT NOTICE: Kestrel Point Terminal", body=HANSARD), "", "1996-11-28", "byline"),
 # The equivalent citations name later report years; the judgment is of 4 March 1997.
 ("indian_kanoon_on_date_citations", page("Supreme Court of India", "Kestrel Rao vs State Of Harbourland on 4 March, 1997", "Equivalent citations: AIR 1998 SC 456, 1997 (3) SCC 123", "Author: M Voss", "Bench: M Voss, T Brell", headline="Kestrel Rao vs State Of Harbourland on 4 March, 1997", body=JUDGMENT), "", "1997-03-04", "byline"),
 # The rehearing was denied later; the opinion is of 18 June 1992.
 ("fifth_circuit_rehearing_denied_later", page("968 F.2d 1234", "Marek VOSS, Plaintiff-Appellant, v. KESTREL POINT PORT AUTHORITY, Defendant-Appellee.", "No. 91-4123.", "United States Court of Appeals, Fifth Circuit.", "June 18, 1992.", "Rehearing Denied July 30, 1992.", headline="Voss v. Kestrel Point Port Authority", body=JUDGMENT), "", "1992-06-18", "byline"),
 # The release's dateline, not the page's "Date modified".
 ("canada_archived_content_date_modified", page("Archived Content", "Information identified as archived is provided for reference, research or recordkeeping purposes. It is not subject to the Government of Canada Web Standards and has not been altered or updated since it was archived.", "News Release", body=CANADA_RELEASE) + "\nDate modified: 2014-03-21\n", "", "1999-11-03", "dateline"),
 # The UK Government Web Archive's capture (12 March 2010) is in the URL; the notice is dated inside.
 ("ukgwa_capture_url_press_notice", page("This page has been archived and is no longer updated.", "Press Notice 2009/041", "Date: 17 February 2009", headline="Minister welcomes end of Kestrel Point dispute", body=NOTICE), "https://webarchive.nationalarchives.gov.uk/ukgwa/20100312101500/http://www.dft.gov.uk/press/pressreleases/kestrelpoint", "2009-02-17", "byline"),
 ("unhcr_briefing_notes_today", page("Briefing notes", "21 May 1999", "This is a summary of what was said by UNHCR spokesperson Mira Halvorsen – to whom quoted text may be attributed – at today's press briefing at the Palais des Nations in Geneva."), "", "1999-05-21", "byline"),
 ("europa_rapid_ip_number_city_date", page("IP/95/1123", "Brussels, 17 October 1995", headline="Commission clears aid to Kestrel Point terminal"), "", "1995-10-17", "byline"),
 # --- Traps: a careful reader answers unknown ---
 # Year-less dateline and no weekday anywhere.
 ("trap_kyodo_yearless_no_weekday", page(body="TOKYO, Oct. 17 Kyodo - " + OLD), "", "", "unknown"),
 # A retrospective written years later: 8 December and 1984 are the event's, the page's own date is printed nowhere.
 ("trap_bbc_on_this_day", page("BBC ON THIS DAY", "8 December", headline="1984: Dock workers end five-week strike", body=OTD) + "\n" + OTD_CONTEXT + "\n", "http://news.bbc.co.uk/onthisday/hi/dates/stories/december/8/newsid_2536000/2536059.stm", "", "unknown"),
 # Year and outbreak number only; the body's date is the notification's.
 ("trap_who_don_url_year_number", page(headline="Cholera – Kestrel Republic", body=DON_2023), "https://www.who.int/emergencies/disease-outbreak-news/item/2023-DON452", "", "unknown"),
 # A monthly magazine: a month without a day, and the Load-Date is the database's.
 ("trap_nexis_monthly_load_date", record("Kestrel terminal after the strike", "Harbour Management Review", "October 2003", "Copyright 2003 Harbour Trade Publications Ltd.", "Section: Pg. 42; Vol. 18; No. 10", "Length: 1840 words", "Byline: Mira Halvorsen", "Body") + "\nLoad-Date: November 4, 2003\n\nEnd of Document\n", "", "", "unknown"),
 ("trap_explainer_many_dates", page("Explainer", "Kestrel Heritage Trust", headline="What was the Kestrel Point dock strike?", body=EXPLAINER), "", "", "unknown"),
 ("trap_encyclopedia_retrieved_only", page("From Wikipedia, the free encyclopedia", headline="Kestrel Point dock strike", body=WIKI) + "\nReferences\n1. ^ Halvorsen, Mira (9 December 1984). \"Wharf strike ends\". The Harbour Gazette. p. 1. Retrieved 12 March 2021.\n2. ^ \"Memorial to strikers unveiled\". Harbour Daily. Retrieved 3 June 2015.\n", "", "", "unknown"),
 ("trap_last_reviewed_only", page(headline="Heat illness: advice for outdoor workers", body=HEALTH) + "\nPage last reviewed: 14 March 2023\nNext review due: 14 March 2026\n", "", "", "unknown"),
 # The citation box prints today's date as the access date.
 ("trap_encyclopedia_com_cites_today", page("Encyclopedia of Labor History", headline="Kestrel Point Dock Strike", body=EXPLAINER) + "\nCite this article\nMLA: \"Kestrel Point Dock Strike.\" Encyclopedia of Labor History. Encyclopedia.com. 21 Nov. 2026 <https://www.encyclopedia.com/history/kestrel-point-dock-strike>.\nRetrieved November 21, 2026 from Encyclopedia.com\n", "", "", "unknown"),
 # --- Traps: a wrong date is printed beside the right one ---
 # 2 November 1986 was a Sunday; the dateline's Nov. 1 is the day the story was filed.
 ("trap_nyt_special_dateline_day_before", page("Special to the New York Times", "Nov. 2, 1986", "See the article in its original context from", "November 2, 1986, Section 1, Page 22Buy Reprints", body=NYT_1986) + "\nA version of this article appears in print on Nov. 2, 1986, Section 1, Page 22 of the National edition with the headline: WHARF STRIKE ENDS.\n", "", "1986-11-02", "byline"),
 # Republished on 6 April 2012 (a Friday); first published on 6 April 1982.
 ("trap_guardian_from_the_archive", page("Originally published in the Guardian on this day in 1982", "Mira Halvorsen", "Fri 6 Apr 2012 00.05 BST", headline="From the archive, 6 April 1982: Dock workers end five-week strike"), "", "1982-04-06", "byline"),
 # A CMS migration stamped every archived story in 2018; the dateline carries the year.
 ("trap_migrated_last_updated_above_dateline", page("Last Updated : 03 May 2018, 12:04 IST", body="Bangalore, Oct 17, 2004, DHNS: " + OLD), "", "2004-10-17", "dateline"),
 ("trap_anniversary_update_above_original", page("Updated June 12, 2023, for the 25th anniversary of the strike", "Originally published June 12, 2008", "By Mira Halvorsen"), "", "2008-06-12", "byline"),
 # Nexis Uni delivery: the cover's date is the export's, the Load-Date the database's.
 ("trap_nexis_uni_export_and_load_date", record("Date and Time: Monday, March 8, 2021 9:40:00 AM EST", "Job Number: 139472215", "Documents (1)", "1. Dock workers end five-week strike", "Client/Matter: -None-", "", "Dock workers end five-week strike", "The Harbour Gazette (Kestrel Point, Maryland)", "March 3, 2003 Monday", "Final Edition", "Copyright 2003 Harbour Gazette Co. All Rights Reserved", "Section: NEWS; Pg. A1", "Length: 512 words", "Byline: Mira Halvorsen", "Body") + "\nLoad-Date: March 5, 2003\n\nEnd of Document\n", "", "2003-03-03", "byline"),
 ("trap_gale_citation_accessed", page("Gale OneFile: News", "Source Citation", "Halvorsen, Mira. \"Dock workers end five-week strike.\" Harbour Gazette [Kestrel Point, MD], 5 Apr. 1990, p. 12. Gale OneFile: News, link.gale.com/apps/doc/A123456789/STND?u=harbour_main&sid=STND&xid=1a2b3c4d. Accessed 3 Mar. 2021.", "Gale Document Number: GALE|A123456789"), "", "1990-04-05", "byline"),
 # The title names the events' day; the transcript aired twenty years later.
 ("trap_cnn_transcript_recalls_events", page("CNN SPECIAL REPORT", "Aired December 8, 2004 - 20:00 ET", "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", headline="The Strike That Shut the Port: December 8, 1984", body=CNN_2004), "", "2004-12-08", "byline"),
 # A repeat listed above the first broadcast; 14 November 2006 was a Tuesday.
 ("trap_radio_repeat_above_first_broadcast", page("Last on", "Sun 12 Mar 2023 13:30", "BBC Radio 4", "Broadcasts", "First broadcast: Tue 14 Nov 2006 20:00", headline="Archive on 4: The Strike at Kestrel Point"), "", "2006-11-14", "byline"),
 # The Wayback toolbar's capture range, then the archived page's own stamp; 11 March 2003 was a Tuesday.
 ("trap_wayback_toolbar_above_stamp", page("INTERNET ARCHIVE Wayback Machine", "http://www.harbourdaily.example/news/strike.html", "17 captures", "14 Mar 2003 - 9 Jan 2019", "By Mira Halvorsen", "Posted: Tuesday, March 11, 2003"), "https://web.archive.org/web/20030314081500/http://www.harbourdaily.example/news/strike.html", "2003-03-11", "byline"),
 # A press-cuttings record: the page spread 10/11 is above the UK date, 23 May 1996.
 ("trap_cuttings_page_spread_above_date", page("Publication: The Harbour Gazette", "Page: 10/11", "Date: 23/05/1996", "Circulation: 48,120"), "", "1996-05-23", "byline"),
]


def main(argv: Sequence[str] | None = None) -> int:
    return pubdate_shapes.main(argv, C)


if __name__ == "__main__":
    sys.exit(main())
