"""Eighth held-out survey of news time-phrase shapes for `timeline` (not tuned on).

What it is: 154 cases, each a short passage of business, financial and economic news
copy (publication dates 1991-2025: company results, fiscal years and quarters, markets,
central banks, statistics offices, dividends and deals, from the United States, Britain,
Canada, Australia, Japan, India and the euro zone; every company is invented), in four
groups: fiscal years and quarters told with their closing or opening day or month ("the
quarter ended Sept. 30", "fiscal fourth quarter ended Aug. 26", "the 52 weeks ended Jan.
28", "the fiscal year that ended on June 30", "fiscal 2024" and "FY24" with the year-end
stated, "the first half of fiscal 2025", "the fiscal year beginning April 1", "last
fiscal year"; `fisc8_`); comparison periods anchored on a period named earlier in the
same passage ("a year earlier", "the year-earlier quarter", "the same period last year",
"the prior-year quarter", "last year's fourth quarter", "the comparable period", "the
preceding quarter", "the previous year" after a fiscal year; `cmp8_`); markets,
statistics, central banks and deals ("year to date", "so far this quarter", "the week to
Friday", "the three months to November", "month-on-month in October", "the second
half", "Q3 2023", "H1", "the trailing 12 months", "the latest quarter", "last quarter",
"next quarter", "the October-December quarter", "payable Dec. 15", "by mid-2025";
`mkt8_`); and things in business copy that are not dates ("$19.99", "a 3-for-1 split",
"Form 10-Q", "the S&P 500", "Series 7", "Windows 11", "the 2030 notes" against bonds that
"mature in 2030", "7.25%", "1Q" in a product name, ticker symbols, "24/7", "9-to-5
jobs", "2/20" fees, "T+1"; `nd8_`). Past reports, forecasts and guidance are mixed, and
year-less closing days and periods are set just before or after the publication date so
that the publication date decides their year. Each case has its publication date, one
time phrase (an exact substring occurring once in the text) and the inclusive day
interval [earliest, latest] that phrase should resolve to. "" stands for an open side
(the contract's `null`); both sides "" means the phrase is not a date at all, is a set
or a bare duration, or cannot be anchored. It covers phrasing that
`bench/timex_shapes_cases.py` to `bench/timex_shapes_cases7.py` (the first seven surveys)
do not: no case of theirs is repeated, no name or text is reused, and where a phrase of
theirs recurs ("the week to Friday", "so far this year", "24/7", "the same period last
year"), its sentence, anchor or side of the publication date differs.

Who wrote it and what was read: a helper session wrote it blind, to give an eighth
honest estimate of how the tool does on business copy nobody tuned it for. The writer
read only `/work/shared/spec/CONTRACT.md` (for section 1, the interval conventions; the
command that printed it ran on to the end of the file, so sections 2 and 3 were seen as
well), the file names in `bench/` (a directory listing), and
`bench/timex_shapes_cases.py`, `bench/timex_shapes_cases2.py`,
`bench/timex_shapes_cases3.py`, `bench/timex_shapes_cases4.py`,
`bench/timex_shapes_cases5.py`, `bench/timex_shapes_cases6.py` and
`bench/timex_shapes_cases7.py` (their docstring conventions, format and cases, so as not
to repeat them). The writer did NOT read `timeline/`, `cli.py`, `tests/`, any other file
of `bench/`, `BENCHMARKS.md`, `README.md` or any fixture, and did not run the tool, any
scorer, `make` or pytest. No expected value was adjusted to match the tool's output
(none was seen). Weekdays and all date arithmetic (months and weeks counted back from a
closing day, fiscal quarters counted from a stated year start) were checked with Python's
`datetime`.

Conventions followed (CONTRACT.md section 1 first, then the first seven surveys'
readings, restated briefly where business copy uses them):
- years, months, days: the whole unit; quarters and halves are calendar ones unless the
  text names a fiscal year; "early/mid/late" a year = Jan-Apr / May-Aug / Sep-Dec, so
  "by mid-2025" closes on 31 August; "the end of" a quarter is its last month (third
  survey); "by X": earliest open, latest the last day of X, preposition inside the
  phrase; "through X" alone: X with its own interval;
- a year-less month, day, quarter or half goes to the past or the future according to
  its clause's tense and modality: in a past-tense report it is the most recent one (a
  year-less "Q4" or "the second half" early in a year is the one just ended, third
  survey); in a forecast made during the period it is the period under way (sixth
  survey's "2Q"), otherwise the next one; a past-tense weekday is the most recent such
  day on or before the publication date (the same weekday = the publication date);
- periods told by their end: "the N months to X", "the quarter/six months ended X" and
  "the year through X" are the period ending with X (first, second, third and sixth
  surveys); a year-less closing day in a forecast ("for the fiscal year ending March 31")
  is the next such day (second survey); "the week to Friday" runs from that week's
  Monday to the Friday (third survey); "year-to-date", "YTD", "so far this year/month"
  run from the unit's first day to the publication date;
- a fiscal year whose start or end the text states is counted from it, and its quarters
  from its start (second, third and sixth surveys); "the March quarter" and "the December
  quarter" are the calendar quarters ending in those months (third survey);
- chained phrases are anchored on the previous time in the text and keep its
  granularity ("a decade earlier" after a year is a year, fifth survey; "six months
  later" after a month is a month, fourth survey); "the same period last year" after a
  period is that period a year back (seventh survey), as "the year-earlier period" after
  a quarter is the same quarter a year before (second survey); "the previous quarter"
  after a quarter is the quarter before it (third survey); an elliptical "the fourth"
  stands for the quarter (fourth survey); "midnight on X" is X (fifth survey);
- "year-on-year", "month-on-month", "24/7", "10-year" and names, forms, product names,
  scores, prices and numbers that look like years or dates have no interval; a model
  year ("2019 Ford Explorers", seventh survey) has none.
Readings the brief that commissioned this survey set (each case that rests on one says
so beside it):
- a period told with its closing day is the stretch of that many months or weeks ending
  on that day: a period of N months ending on a month's last day covers the N whole
  months; one ending on another day starts the day after the same day N months before
  (a quarter ended Aug. 26 is May 27 - Aug. 26); N weeks are 7N days ending on the day;
- a closing day without a year takes the year the publication date gives it: in a
  past-tense report, the most recent such day on or before the publication date.
New readings this survey had to make, where both the earlier surveys and CONTRACT.md
are silent, choosing what a financial analyst reading the sentence would expect (each
case that rests on one says so beside it):
- fiscal years: "fiscal YYYY", "FYYY" and "1H FYYY" name the fiscal year that ends in
  YYYY (US and Indian usage), unless the text dates it otherwise ("fiscal 2023, the 53
  weeks ended Feb. 3, 2024"); "fiscal YYYY, which ended Sept. 26" is the 12 months ending
  on that day; a year-end implied only by a stated fiscal quarter's close ("its fiscal
  fourth quarter, the three months ended Oct. 31") dates "fiscal 2019" too; an Indian
  company's bare "FY25" is April 2024 - March 2025 (unsure, a context reading like the
  sixth survey's US federal "FY23"); "the current/last/next fiscal year" are counted from
  the fiscal year holding the publication date; "the fiscal year to date" runs from the
  fiscal year's stated start to the publication date; "the second half of its fiscal
  year" is that of the fiscal year under way;
- periods told by their start: "the fiscal year beginning April 1" and "the fiscal year
  that began in July" are the 12 months from that day or month;
- "the full year" in a results report after a fourth quarter is the year just reported;
  "the quarter that just ended" and "the latest quarter" with no period named are the
  most recent calendar quarter ended before the publication date, and "the latest
  quarter" after a named quarter is that quarter;
- comparisons: "a year earlier", "a year before" and "two years earlier" chained on a
  period are that period one or two years back (on a day, that day); "the year-earlier
  quarter/half/month", "the year-ago quarter", "the prior-year quarter/period", "the
  comparable period/quarter", "the corresponding quarter" and "the same quarter last
  year" are the named period one year back; "the prior quarter", "the preceding
  quarter", "the previous three months" and "the previous month" the period just before
  it; "the previous year", "the prior year" and "the prior fiscal year" after a fiscal
  year are the fiscal year before it; "last year's fourth quarter" compared with a
  fourth quarter reported in January is the year before that quarter, although a
  publication-date reading gives the quarter itself (hard);
- markets and statistics: "quarter to date", "month to date" and "so far this quarter"
  run from the unit's first day to the publication date; "the trailing 12 months" and
  "TTM" after a named quarter are the 12 months ending with it; "the January-March
  quarter", "the April-June period" and "the October-December quarter" are those months,
  the year by the tense rule; "the September quarter" ends in September (third survey's
  "the December quarter"); "the week ended Jan. 13" (a Saturday, US jobless claims) is
  the seven days ending on that day (unsure; the surveys' Monday-to-Friday rule is for
  market weeks ending on a Friday); "the first trading day of the year" skips New Year's
  Day; "the May jobs report" dates the month its data cover;
- not dates: a bond series named by its maturity year ("the 2030 notes") has no
  interval, as the seventh survey's model year, while "bonds that mature in 2030" date a
  year; ticker symbols ("NYSE: MAR"), rules ("Rule 10b5-1", "IFRS 16"), index names ("the
  Nikkei 225"), fee shorthand ("2/20"), settlement cycles ("T+1"), board votes ("9-3"),
  "quarter-on-quarter", "year-over-year", "52-week", "12-month" targets, market
  folklore ("the January effect", "sell in May") and "Sunday trading laws" have none.

Not yet scored.
"""
# ruff: noqa: E501
CASES: list[tuple[str, str, str, str, str, str]] = [
    # (name, publication date YYYY-MM-DD, text, phrase, expected earliest, expected latest)

    # --- Fiscal years and quarters told with their closing (or opening) day or month ---------
    ("fisc8_quarter_ended_sept_30_yearless_past", "1996-10-24", "Harlow Instruments said net income rose 14 per cent to $38.2 million in the quarter ended Sept. 30, helped by strong demand for its oscilloscopes.", "the quarter ended Sept. 30", "1996-07-01", "1996-09-30"),  # brief: a year-less closing day in a past report is the most recent one; it ends a month, so whole months
    ("fisc8_fiscal_fourth_quarter_ended_aug_26", "2017-09-28", "Brookfield Shoe Co. said sales in its fiscal fourth quarter ended Aug. 26 fell 3 per cent to $612 million as mall traffic kept shrinking.", "fiscal fourth quarter ended Aug. 26", "2017-05-27", "2017-08-26"),  # brief: three months ending on Sat 26 Aug 2017 (a 13-week reading would start on 28 May)
    ("fisc8_year_ended_march_31_yearless_past", "2021-06-15", "Pennine Water Group reported a pre-tax profit of £212m for the year ended March 31, as lockdowns pushed up household water use.", "the year ended March 31", "2020-04-01", "2021-03-31"),  # brief's example
    ("fisc8_six_months_to_june_30", "2008-08-20", "Calder & Finch, the Edinburgh fund manager, said profit for the six months to June 30 fell by a third as stock markets slumped.", "the six months to June 30", "2008-01-01", "2008-06-30"),
    ("fisc8_52_weeks_ended_jan_28", "2023-03-08", "Larkspur Home Stores, which runs 340 shops across the Midwest, posted net sales of $2.9 billion for the 52 weeks ended Jan. 28.", "the 52 weeks ended Jan. 28", "2022-01-30", "2023-01-28"),  # brief: 364 days ending Sat 28 Jan 2023, the most recent Jan. 28
    ("fisc8_fiscal_year_that_ended_on_june_30", "2019-08-14", "Coastline Agricultural said revenue rose 6 per cent in the fiscal year that ended on June 30, lifted by record wheat exports.", "the fiscal year that ended on June 30", "2018-07-01", "2019-06-30"),  # second survey's "that ended on March 31", another month
    ("fisc8_fiscal_2024_year_end_stated", "2024-11-20", "Deltron Systems, whose fiscal year ends on Sept. 30, said revenue for fiscal 2024 reached a record $4.6 billion.", "fiscal 2024", "2023-10-01", "2024-09-30"),  # new reading: named for the year in which it ends
    ("fisc8_fy24_months_stated", "2024-05-22", "Northgate Telecom's financial year runs from April to March, and in FY24 it made underlying earnings of £1.1bn, up 7 per cent.", "FY24", "2023-04-01", "2024-03-31"),  # new reading: the April-March year ending in 2024
    ("fisc8_first_half_of_fiscal_2025", "2025-02-12", "Solent Medical, whose financial year ends on June 30, said revenue in the first half of fiscal 2025 rose 11 per cent to A$388m.", "the first half of fiscal 2025", "2024-07-01", "2024-12-31"),  # fiscal 2025 = Jul 2024-Jun 2025, its first six months
    ("fisc8_quarter_ending_sept_30_forecast", "2010-08-03", "Riverton Semiconductor forecast revenue of $410 million to $430 million for the quarter ending Sept. 30, above analysts' estimates.", "the quarter ending Sept. 30", "2010-07-01", "2010-09-30"),  # a forecast: the next Sept. 30, so the quarter under way
    ("fisc8_year_ending_march_31_forecast_in_february", "2002-02-07", "Hanover Rail Holdings now expects an operating loss of £45m for the year ending March 31, twice what it forecast in November.", "the year ending March 31", "2001-04-01", "2002-03-31"),  # a forecast: the next March 31 is seven weeks away, so the year under way
    ("fisc8_year_ending_june_30_forecast_just_after_close", "2016-07-20", "Kestrel Mining expects to produce 180,000 tonnes of copper in the year ending June 30, its new guidance showed.", "the year ending June 30", "2016-07-01", "2017-06-30"),  # hard: a forecast three weeks after a June 30, so the year ending next June (second survey's forecast reading)
    ("fisc8_13_weeks_ended_april_29", "2017-05-24", "Bayside Grocers said same-store sales rose 2.1 per cent in the 13 weeks ended April 29, its fiscal first quarter.", "the 13 weeks ended April 29", "2017-01-29", "2017-04-29"),  # brief: 91 days ending Sat 29 April 2017
    ("fisc8_16_weeks_ended_may_20", "2006-06-15", "Mercer Foods said net earnings for its first quarter, the 16 weeks ended May 20, rose to $212 million.", "the 16 weeks ended May 20", "2006-01-29", "2006-05-20"),  # brief: 112 days ending Sat 20 May 2006
    ("fisc8_fiscal_2023_is_53_weeks_ended_feb_3_2024", "2024-03-06", "Fenwick Outfitters said fiscal 2023, the 53 weeks ended Feb. 3, 2024, brought record sales of $5.2 billion.", "fiscal 2023", "2023-01-29", "2024-02-03"),  # hard: the text dates this fiscal year, which ends in 2024 (371 days ending Sat 3 Feb 2024), overriding the end-year naming
    ("fisc8_nine_months_ended_sept_30_1999", "1999-11-09", "Tallis Biotech lost $14.6 million in the nine months ended Sept. 30, 1999, as it stepped up trials of its asthma drug.", "the nine months ended Sept. 30, 1999", "1999-01-01", "1999-09-30"),
    ("fisc8_fiscal_second_quarter_ended_nov_29", "2013-12-18", "Aldwych Software said on Tuesday that revenue for its fiscal second quarter ended Nov. 29 rose 8 per cent to $1.07 billion.", "fiscal second quarter ended Nov. 29", "2013-08-30", "2013-11-29"),  # brief: three months ending on Fri 29 Nov 2013, not a month's last day, so from the day after 29 August
    ("fisc8_fiscal_third_quarter_yearless_fy_begins_oct", "2009-07-23", "Ridgeway Paper, whose fiscal year begins on Oct. 1, swung to a loss in its fiscal third quarter as newsprint prices collapsed.", "fiscal third quarter", "2009-04-01", "2009-06-30"),  # counted from the stated start (Oct-Dec, Jan-Mar, Apr-Jun); past, the most recent one completed
    ("fisc8_first_quarter_of_fiscal_2020", "2019-11-14", "Marston Pharmaceuticals, whose fiscal year ends on Sept. 30, warned that sales in the first quarter of fiscal 2020 would be flat.", "the first quarter of fiscal 2020", "2019-10-01", "2019-12-31"),
    ("fisc8_the_year_to_end_march", "2014-05-21", "Thames Valley Housing made a surplus of £38m in the year to end-March, up from £31m.", "the year to end-March", "2013-04-01", "2014-03-31"),  # the year closing on 31 March (the third survey's "end-March" alone is late March)
    ("fisc8_six_months_to_sept_30_interim", "2011-11-10", "Severn Building Society, whose financial year ends on March 31, said mortgage lending in the six months to Sept. 30 was the highest since 2007.", "the six months to Sept. 30", "2011-04-01", "2011-09-30"),
    ("fisc8_financial_year_ended_31_march_2020", "2020-07-09", "The housebuilder's revenue for the financial year ended 31 March 2020 was £3.4bn, hit by a three-week shutdown of its sites.", "the financial year ended 31 March 2020", "2019-04-01", "2020-03-31"),
    ("fisc8_fiscal_year_beginning_april_1", "1995-03-22", "Kansai Trading Co. expects net profit of 48 billion yen in the fiscal year beginning April 1, its president said.", "the fiscal year beginning April 1", "1995-04-01", "1996-03-31"),  # new reading: a year told by its opening day runs 12 months from it; the next April 1
    ("fisc8_fiscal_year_that_began_in_july", "2012-10-02", "State officials expect sales-tax receipts to fall by 3 per cent in the fiscal year that began in July.", "the fiscal year that began in July", "2012-07-01", "2013-06-30"),  # new reading: 12 whole months from the opening month
    ("fisc8_12_weeks_ended_aug_11", "2018-09-13", "Hollis Supermarkets said identical sales rose 1.8 per cent in its second quarter, the 12 weeks ended Aug. 11.", "the 12 weeks ended Aug. 11", "2018-05-20", "2018-08-11"),  # brief: 84 days ending Sat 11 Aug 2018
    ("fisc8_fiscal_2025_year_ends_jan_31", "2024-02-20", "Hartwell Stores, whose fiscal year ends on Jan. 31, expects sales in fiscal 2025 to grow by about 4 per cent.", "fiscal 2025", "2024-02-01", "2025-01-31"),  # new reading, unsure: named for the year in which it ends; some US retailers name theirs after the year it starts in
    ("fisc8_fy25_indian_company", "2025-05-10", "Mumbai-based Sahyadri Cement reported a net profit of ₹1,240 crore for FY25, helped by higher prices in the south.", "FY25", "2024-04-01", "2025-03-31"),  # new reading, unsure: an Indian company's FY runs April-March (a context reading, as the sixth survey's US federal "FY23")
    ("fisc8_second_half_of_its_fiscal_year", "2022-03-15", "Orion Components, whose fiscal year ends on Sept. 30, expects chip shortages to ease in the second half of its fiscal year.", "the second half of its fiscal year", "2022-04-01", "2022-09-30"),  # new reading: the fiscal year under way (Oct 2021-Sep 2022)
    ("fisc8_the_current_fiscal_year", "2020-05-28", "Akita Precision, whose fiscal year ends in March, withdrew its profit forecast for the current fiscal year because of the pandemic.", "the current fiscal year", "2020-04-01", "2021-03-31"),  # new reading: the fiscal year holding the publication date
    ("fisc8_last_fiscal_year", "2015-09-10", "The university, whose fiscal year runs from July to June, ran a deficit of $22 million last fiscal year.", "last fiscal year", "2014-07-01", "2015-06-30"),  # new reading: the one before the fiscal year under way
    ("fisc8_next_fiscal_year", "2018-08-01", "Wexford County, whose fiscal year starts on Oct. 1, will raise property taxes by 2 per cent next fiscal year.", "next fiscal year", "2018-10-01", "2019-09-30"),  # new reading: the one after the fiscal year under way
    ("fisc8_fiscal_fourth_quarter_forecast_under_way", "2021-08-05", "Palisade Networks, whose fiscal year ends on Sept. 30, expects fiscal fourth-quarter revenue of about $880 million.", "fiscal fourth-quarter", "2021-07-01", "2021-09-30"),  # a forecast made during the quarter: the one under way (sixth survey's "2Q")
    ("fisc8_quarter_to_31_december_yearless_across_year", "2020-02-05", "Redcliffe Utilities said customer numbers rose by 40,000 in the quarter to 31 December.", "the quarter to 31 December", "2019-10-01", "2019-12-31"),  # past, the most recent 31 December
    ("fisc8_year_ended_dec_31_1993", "1994-03-02", "Brandon Steel lost $84 million in the year ended Dec. 31, 1993, its third straight annual loss.", "the year ended Dec. 31, 1993", "1993-01-01", "1993-12-31"),
    ("fisc8_fiscal_1998_which_ended_sept_26", "1998-11-12", "Corbin Technologies said net income for fiscal 1998, which ended Sept. 26, rose 22 per cent.", "fiscal 1998", "1997-09-27", "1998-09-26"),  # brief: the text dates the close (Sat 26 Sept 1998), so the 12 months ending on it
    ("fisc8_fiscal_year_ending_in_june_2026", "2025-05-14", "Ardent Education expects enrolments to grow by 5 per cent in the fiscal year ending in June 2026.", "the fiscal year ending in June 2026", "2025-07-01", "2026-06-30"),
    ("fisc8_1h_fy25_year_end_stated", "2025-02-20", "Coral Logistics, whose financial year ends on June 30, lifted revenue by 9 per cent in 1H FY25.", "1H FY25", "2024-07-01", "2024-12-31"),  # new reading: FY25 ends June 2025; third survey's "1H24" form
    ("fisc8_three_months_ended_oct_31_canadian_bank", "2019-12-04", "Maritime Bank of Canada said profit in its fiscal fourth quarter, the three months ended Oct. 31, rose 6 per cent to C$1.1 billion. For fiscal 2019 as a whole, profit rose 4 per cent.", "the three months ended Oct. 31", "2019-08-01", "2019-10-31"),
    ("fisc8_fiscal_2019_year_end_from_fourth_quarter", "2019-12-04", "Maritime Bank of Canada said profit in its fiscal fourth quarter, the three months ended Oct. 31, rose 6 per cent to C$1.1 billion. For fiscal 2019 as a whole, profit rose 4 per cent.", "fiscal 2019", "2018-11-01", "2019-10-31"),  # hard, new reading: the year-end comes only from the fourth quarter's close
    ("fisc8_three_months_to_december_across_year", "2001-02-14", "Profit at Ashdown Media fell by half in the three months to December as advertisers cut back.", "the three months to December", "2000-10-01", "2000-12-31"),  # past, the most recent December
    ("fisc8_quarter_ending_march_31_2026", "2025-11-05", "Nexwell Therapeutics said it expects to file for approval of its kidney drug in the quarter ending March 31, 2026.", "the quarter ending March 31, 2026", "2026-01-01", "2026-03-31"),
    ("fisc8_fiscal_second_quarter_under_way", "2023-11-01", "Brightwater Software, whose fiscal year starts on July 1, expects revenue to grow 12 per cent in its fiscal second quarter.", "fiscal second quarter", "2023-10-01", "2023-12-31"),  # a forecast made during the quarter (Oct-Dec of the July-June year)
    ("fisc8_the_fiscal_year_to_date_federal", "2024-03-12", "The federal government's fiscal year began on Oct. 1, and the deficit for the fiscal year to date has reached $828 billion, the Treasury said.", "the fiscal year to date", "2023-10-01", "2024-03-12"),  # new reading: as "the year to date" (sixth survey), from the stated start
    ("fisc8_the_full_year_after_fourth_quarter", "2019-02-20", "Fourth-quarter sales at Bramley Foods were flat, and for the full year, revenue rose 4 per cent to $6.1 billion.", "the full year", "2018-01-01", "2018-12-31"),  # new reading: the year just reported
    ("fisc8_fiscal_year_to_march_2023", "2022-05-12", "Honshu Motors forecast an operating profit of 2.4 trillion yen for the fiscal year to March 2023.", "the fiscal year to March 2023", "2022-04-01", "2023-03-31"),
    ("fisc8_the_quarter_that_just_ended", "2008-10-07", "Retailers said sales in the quarter that just ended were the weakest in five years.", "the quarter that just ended", "2008-07-01", "2008-09-30"),  # new reading: the most recent calendar quarter ended before the publication date

    # --- Comparison periods anchored on the period just named ---------------------------------
    ("cmp8_a_year_earlier_after_quarter_ended", "2018-10-25", "Norland Chemicals earned $412 million in the quarter ended Sept. 30, compared with $380 million a year earlier.", "a year earlier", "2017-07-01", "2017-09-30"),  # new reading: chained on a quarter, the quarter a year back (keeps the granularity, fifth survey)
    ("cmp8_the_year_earlier_quarter_fiscal", "2016-04-28", "Bellwood Instruments, whose fiscal year ends on Sept. 30, said revenue in its fiscal second quarter, which ended March 31, rose 9 per cent from the year-earlier quarter.", "the year-earlier quarter", "2015-01-01", "2015-03-31"),
    ("cmp8_same_period_last_year_after_six_months", "2015-08-27", "Halden Insurance said gross written premiums in the six months to June 30 were 7 per cent higher than in the same period last year.", "the same period last year", "2014-01-01", "2014-06-30"),  # seventh survey's reading, after a half-year
    ("cmp8_prior_year_quarter_after_yearless_fourth_quarter", "2020-02-06", "Operating income at Kessler Freight in the fourth quarter was $96 million, up from $81 million in the prior-year quarter.", "the prior-year quarter", "2018-10-01", "2018-12-31"),  # the fourth quarter is Q4 2019, the one just ended
    ("cmp8_last_years_third_quarter", "2011-10-20", "Truck orders at Haverford Motors rose 18 per cent in the third quarter, compared with last year's third quarter.", "last year's third quarter", "2010-07-01", "2010-09-30"),
    ("cmp8_last_years_fourth_quarter_in_january", "2021-01-28", "Glenmore Foods said fourth-quarter sales rose 12 per cent to $1.9 billion from $1.7 billion in last year's fourth quarter.", "last year's fourth quarter", "2019-10-01", "2019-12-31"),  # hard, new reading: compared with Q4 2020, just reported; a publication-date reading gives Q4 2020 itself
    ("cmp8_the_comparable_period_after_nine_months", "2004-11-04", "Revenue at Osprey Medical for the nine months ended Sept. 30 was $1.26 billion, against $1.08 billion in the comparable period.", "the comparable period", "2003-01-01", "2003-09-30"),  # new reading: the same period of the previous year
    ("cmp8_the_year_ago_quarter", "1997-07-17", "Pacific Northern Bancorp said earnings for the quarter ended June 30 rose to $44.1 million, or 92 cents a share, from $39.6 million in the year-ago quarter.", "the year-ago quarter", "1996-04-01", "1996-06-30"),
    ("cmp8_a_year_earlier_chained_on_a_day", "2019-08-08", "Cash and equivalents at Trevose Pharma stood at $2.3 billion on June 30, up from $1.7 billion a year earlier.", "a year earlier", "2018-06-30", "2018-06-30"),  # chained on a day keeps the day
    ("cmp8_balance_sheet_yearless_dec_31", "2019-08-07", "Net debt at Ashgrove Minerals fell to $3.1 billion at June 30 from $3.6 billion at Dec. 31.", "Dec. 31", "2018-12-31", "2018-12-31"),  # hard: past, the most recent Dec. 31; a reading forward from June 30 gives 2019-12-31
    ("cmp8_the_previous_year_after_fiscal_year", "2012-09-05", "Amberley Health, whose fiscal year ends on June 30, said revenue for fiscal 2012 rose 5 per cent from the previous year.", "the previous year", "2010-07-01", "2011-06-30"),  # new reading: chained on a fiscal year, the fiscal year before it
    ("cmp8_the_prior_year_after_year_ended", "2007-06-06", "Stanmore Brick made a pre-tax profit of £18.4m in the year ended March 31, against £15.9m the prior year.", "the prior year", "2005-04-01", "2006-03-31"),  # new reading: the April-March year before
    ("cmp8_the_preceding_quarter", "2002-10-30", "Kingsway Networks said revenue in the quarter ended Sept. 30 rose 4 per cent from the preceding quarter.", "the preceding quarter", "2002-04-01", "2002-06-30"),  # third survey's "the previous quarter"
    ("cmp8_the_previous_three_months", "2016-01-20", "Unemployment fell to 5.1 per cent in the three months to November, down from 5.3 per cent in the previous three months, the statistics office said.", "the previous three months", "2015-06-01", "2015-08-31"),  # new reading: the three months before Sep-Nov 2015
    ("cmp8_the_same_month_last_year", "2019-11-05", "New car registrations rose 5 per cent in October from the same month last year, the industry body said.", "the same month last year", "2018-10-01", "2018-10-31"),
    ("cmp8_a_year_before_after_first_half", "2012-08-02", "Pre-tax profit at Vanterra Bank fell to €1.1bn in the first half from €1.4bn a year before.", "a year before", "2011-01-01", "2011-06-30"),  # new reading: chained on H1 2012
    ("cmp8_the_corresponding_period_of_2022", "2023-10-26", "Deliveries in the nine months to September 30 were 31 per cent higher than in the corresponding period of 2022.", "the corresponding period of 2022", "2022-01-01", "2022-09-30"),
    ("cmp8_same_quarter_of_the_previous_year", "2014-08-05", "Revenue at Lindqvist Telecom rose 7 per cent in Q2 compared with the same quarter of the previous year.", "the same quarter of the previous year", "2013-04-01", "2013-06-30"),  # Q2 is 2014's, just ended
    ("cmp8_the_year_earlier_half", "2018-02-21", "Tasman Wine Estates, whose financial year ends on June 30, said net profit for the six months ended Dec. 31 rose 15 per cent from the year-earlier half.", "the year-earlier half", "2016-07-01", "2016-12-31"),
    ("cmp8_two_years_earlier_after_quarter", "2021-07-29", "Passenger revenue at Skyline Airways in the second quarter was still 40 per cent below its level two years earlier, before the pandemic.", "two years earlier", "2019-04-01", "2019-06-30"),  # new reading: chained on Q2 2021, keeps the quarter
    ("cmp8_the_same_period_in_2019", "2021-05-06", "Bookings at Marisol Cruises in the first quarter were 62 per cent lower than in the same period in 2019.", "the same period in 2019", "2019-01-01", "2019-03-31"),
    ("cmp8_the_comparable_quarter_fiscal", "2010-08-19", "Dunmore Appliances said sales in its fiscal third quarter ended July 31 rose 11 per cent over the comparable quarter.", "the comparable quarter", "2009-05-01", "2009-07-31"),  # new reading: May-Jul 2010 a year back
    ("cmp8_the_prior_fiscal_year", "2022-11-17", "Lockridge Defense, whose fiscal year ends on Sept. 30, said orders in fiscal 2022 were 14 per cent above those of the prior fiscal year.", "the prior fiscal year", "2020-10-01", "2021-09-30"),
    ("cmp8_the_previous_month_after_october", "1991-11-26", "Orders for durable goods fell 2.1 per cent in October from the previous month, the Commerce Department said.", "the previous month", "1991-09-01", "1991-09-30"),
    ("cmp8_the_year_earlier_month", "2003-04-15", "Retail sales in March were 3.2 per cent higher than in the year-earlier month, the statistics bureau said.", "the year-earlier month", "2002-03-01", "2002-03-31"),
    ("cmp8_elliptical_from_the_third", "2017-01-26", "Britain's economy grew 0.6 per cent in the fourth quarter from the third, the statistics office said.", "the third", "2016-07-01", "2016-09-30"),  # fourth survey's elliptical quarter; the fourth quarter is Q4 2016, just ended
    ("cmp8_the_prior_year_period_after_fiscal_half", "2025-02-19", "Marrick Education, whose fiscal year ends on June 30, reported revenue of A$412m for the first half of fiscal 2025, up 8 per cent on the prior-year period.", "the prior-year period", "2023-07-01", "2023-12-31"),
    ("cmp8_a_year_earlier_after_year_ended", "2021-06-24", "Westcombe Energy's revenue fell to £840m in the year ended March 31 from £1.02bn a year earlier.", "a year earlier", "2019-04-01", "2020-03-31"),  # new reading: chained on Apr 2020-Mar 2021
    ("cmp8_the_same_quarter_last_year", "2009-10-29", "Sales at Pemberton Glass in the quarter to September were 19 per cent lower than in the same quarter last year.", "the same quarter last year", "2008-07-01", "2008-09-30"),
    ("cmp8_the_corresponding_quarter", "2008-04-22", "Kalgoorlie Gold said production in the March quarter was 9 per cent higher than in the corresponding quarter.", "the corresponding quarter", "2007-01-01", "2007-03-31"),  # new reading: of the previous year, as results copy means it
    ("cmp8_the_same_period_a_year_ago", "2005-11-02", "Shipments from Torvik Shipyards in the first nine months of the year rose 12 per cent from the same period a year ago.", "the same period a year ago", "2004-01-01", "2004-09-30"),  # the period named (Jan-Sep 2005) a year back, not the first survey's "N units ago"
    ("cmp8_the_prior_quarter_fiscal", "2015-11-19", "Quillon Semiconductor, whose fiscal year begins on Aug. 1, said revenue in its fiscal first quarter, which ended Oct. 31, was 5 per cent higher than in the prior quarter.", "the prior quarter", "2015-05-01", "2015-07-31"),  # the quarter before Aug-Oct 2015

    # --- Markets, statistics, central banks and deals -----------------------------------------
    ("mkt8_year_to_date_bare", "2013-05-22", "Japan's Topix index is up 47 per cent year to date, the best performance of any major market.", "year to date", "2013-01-01", "2013-05-22"),  # second survey's "year-to-date" without the hyphens
    ("mkt8_so_far_this_year_in_january", "2016-01-15", "Brent crude has fallen 18 per cent so far this year as Chinese demand falters.", "so far this year", "2016-01-01", "2016-01-15"),
    ("mkt8_week_to_friday_saturday_paper", "2008-10-11", "The Dow Jones industrial average lost 18 per cent in the week to Friday, its worst week on record.", "the week to Friday", "2008-10-06", "2008-10-10"),  # third survey: Monday to that Friday; published on a Saturday
    ("mkt8_week_to_friday_same_day", "2011-08-05", "London's FTSE 100 index fell 10 per cent in the week to Friday as fears about euro-zone debt spread.", "the week to Friday", "2011-08-01", "2011-08-05"),  # published on the Friday itself: same weekday, past = the publication date
    ("mkt8_three_months_to_november_january_paper", "2024-01-16", "Regular pay growth slowed to 6.6 per cent in the three months to November, the statistics office said.", "the three months to November", "2023-09-01", "2023-11-30"),  # past, the most recent November
    ("mkt8_month_on_month_in_october", "2018-11-14", "Consumer prices in the euro zone rose 0.2 per cent month-on-month in October, the statistics office said.", "October", "2018-10-01", "2018-10-31"),
    ("mkt8_second_half_past_across_year", "2019-02-20", "Demand for memory chips weakened sharply in the second half, Pinecrest Micro said.", "the second half", "2018-07-01", "2018-12-31"),  # hard: past, early in a year, so the half just ended (third survey's year-less "Q4")
    ("mkt8_q3_2023", "2023-11-08", "Container volumes at the port of Kelmouth fell 6 per cent in Q3 2023.", "Q3 2023", "2023-07-01", "2023-09-30"),
    ("mkt8_h1_bare_forecast_under_way", "2025-03-05", "Lenders expect mortgage approvals to stay subdued in H1 before picking up later in the year.", "H1", "2025-01-01", "2025-06-30"),  # a forecast made during the half: the one under way (sixth survey's "2Q")
    ("mkt8_h1_bare_past", "2007-08-09", "Group revenue at Schelde Logistics rose 14 per cent to €3.2bn in H1.", "H1", "2007-01-01", "2007-06-30"),  # past, the half just ended
    ("mkt8_trailing_12_months_after_quarter", "2022-08-04", "Vantor Logistics generated free cash flow of $310 million in the quarter ended June 30, bringing the total for the trailing 12 months to $1.2 billion.", "the trailing 12 months", "2021-07-01", "2022-06-30"),  # new reading: the 12 months ending with the quarter just named (not the fifth survey's "the past 12 months" from the publication date)
    ("mkt8_ttm_after_quarter", "2020-05-12", "Revenue at Cobalt Analytics for the quarter ended March 31 was $84 million, taking TTM revenue to $310 million.", "TTM", "2019-04-01", "2020-03-31"),  # new reading: trailing twelve months, ending with the quarter named
    ("mkt8_latest_quarter_after_named_quarter", "2005-07-21", "Eastfield Bancorp earned $1.3 billion in the three months to June 30. In the latest quarter, provisions for bad loans fell by a fifth.", "the latest quarter", "2005-04-01", "2005-06-30"),  # new reading: the quarter just named
    ("mkt8_latest_quarter_unanchored", "1999-02-03", "Profit margins at American manufacturers widened in the latest quarter, a survey by the Midland Institute showed.", "the latest quarter", "1998-10-01", "1998-12-31"),  # new reading, unsure: the most recent calendar quarter ended before the publication date
    ("mkt8_last_quarter_across_year", "2021-01-13", "Smartphone shipments in China rose 9 per cent last quarter, according to the research firm Canopy.", "last quarter", "2020-10-01", "2020-12-31"),  # the calendar quarter before the publication date's
    ("mkt8_next_quarter_across_year", "2020-11-18", "Thornbury Retail expects sales to recover next quarter as its stores reopen.", "next quarter", "2021-01-01", "2021-03-31"),
    ("mkt8_this_quarter", "1994-05-11", "Analysts expect passenger traffic at Caledon Air to grow by 8 per cent this quarter.", "this quarter", "1994-04-01", "1994-06-30"),
    ("mkt8_the_current_quarter", "2001-03-08", "Pell Networks warned that revenue in the current quarter would fall well short of forecasts.", "the current quarter", "2001-01-01", "2001-03-31"),
    ("mkt8_so_far_this_quarter", "2022-05-17", "Foreign investors have pulled $6bn out of Indian equities so far this quarter.", "so far this quarter", "2022-04-01", "2022-05-17"),  # new reading: as the sixth survey's "so far this month"
    ("mkt8_quarter_to_date", "2019-08-21", "Deposits at Harbourside Bank are up 3 per cent quarter to date.", "quarter to date", "2019-07-01", "2019-08-21"),  # new reading: as "year to date"
    ("mkt8_month_to_date", "2009-03-26", "New-car sales are down 30 per cent month to date, the dealers' association said.", "month to date", "2009-03-01", "2009-03-26"),  # new reading: as "year to date"
    ("mkt8_the_year_to_october", "2022-11-16", "Consumer price inflation reached 11.1 per cent in the year to October, the highest rate in 41 years.", "the year to October", "2021-11-01", "2022-10-31"),  # as the third survey's "the 12 months to March"
    ("mkt8_12_months_through_september", "2000-10-19", "Consumer prices rose 3.5 per cent in the 12 months through September, the Labor Department said.", "the 12 months through September", "1999-10-01", "2000-09-30"),
    ("mkt8_the_january_march_quarter", "2010-05-20", "Japan's economy grew at an annualised rate of 4.9 per cent in the January-March quarter.", "the January-March quarter", "2010-01-01", "2010-03-31"),
    ("mkt8_october_december_quarter_across_year", "2012-02-13", "Japan's economy shrank at an annualised rate of 2.3 per cent in the October-December quarter.", "the October-December quarter", "2011-10-01", "2011-12-31"),  # hard: past, published in February, so the quarter just ended
    ("mkt8_the_april_june_period", "1992-08-12", "Germany's trade surplus widened in the April-June period as exports to America boomed.", "the April-June period", "1992-04-01", "1992-06-30"),
    ("mkt8_the_september_quarter", "2016-10-19", "Pilbara Ironworks said shipments rose 4 per cent in the September quarter.", "the September quarter", "2016-07-01", "2016-09-30"),  # third survey's "the December quarter"
    ("mkt8_fourth_quarter_forecast_under_way", "2015-10-14", "Brennan Tools expects margins to improve in the fourth quarter as steel costs fall.", "the fourth quarter", "2015-10-01", "2015-12-31"),  # a forecast made during the quarter
    ("mkt8_fed_december_meeting", "2018-11-08", "The Federal Reserve left interest rates unchanged on Thursday and signalled that it would raise them at its December meeting.", "December", "2018-12-01", "2018-12-31"),
    ("mkt8_fed_june_14_15_meeting", "2022-05-26", "Markets now expect the Fed to raise rates by half a point at its June 14-15 meeting.", "June 14-15", "2022-06-14", "2022-06-15"),  # a day range inside one month is one phrase
    ("mkt8_next_meeting_in_january", "2007-12-12", "The central bank is widely expected to cut interest rates again at its next meeting, in January.", "January", "2008-01-01", "2008-01-31"),  # future across the new year
    ("mkt8_last_cut_in_august_previous_year", "2001-05-10", "The central bank last cut its main rate in August, when it lowered it by a quarter point.", "August", "2000-08-01", "2000-08-31"),  # hard: past, August not yet reached this year
    ("mkt8_first_trading_day_of_the_year", "2019-01-03", "The S&P 500 eked out a small gain on the first trading day of the year after a volatile session.", "the first trading day of the year", "2019-01-02", "2019-01-02"),  # new reading: markets are shut on New Year's Day, so Wed 2 January
    ("mkt8_dividend_payable_dec_15", "2023-10-26", "The board of Ferrand Industries declared a quarterly dividend of 24 cents a share, payable Dec. 15 to shareholders of record on Nov. 30.", "Dec. 15", "2023-12-15", "2023-12-15"),
    ("mkt8_dividend_record_date_nov_30", "2023-10-26", "The board of Ferrand Industries declared a quarterly dividend of 24 cents a share, payable Dec. 15 to shareholders of record on Nov. 30.", "Nov. 30", "2023-11-30", "2023-11-30"),
    ("mkt8_deal_close_by_mid_2025", "2024-09-04", "The acquisition, which needs approval from regulators in Brussels, is expected to close by mid-2025.", "by mid-2025", "", "2025-08-31"),  # mid year = May-Aug; "by X" open start
    ("mkt8_tender_offer_midnight_dec_12", "2014-11-12", "The tender offer will expire at midnight on Dec. 12 unless it is extended.", "Dec. 12", "2014-12-12", "2014-12-12"),  # fifth survey: midnight on a day is that day
    ("mkt8_merger_announced_in_march_across_year", "2017-01-05", "The merger of the two regional lenders, announced in March, was completed on Tuesday.", "March", "2016-03-01", "2016-03-31"),  # hard: past, March not yet reached this year
    ("mkt8_merger_completed_on_tuesday", "2017-01-05", "The merger of the two regional lenders, announced in March, was completed on Tuesday.", "Tuesday", "2017-01-03", "2017-01-03"),  # published on a Thursday
    ("mkt8_three_months_to_the_end_of_september", "2013-10-31", "Sales at Fairlie Homes rose 12 per cent in the three months to the end of September.", "the three months to the end of September", "2013-07-01", "2013-09-30"),
    ("mkt8_week_ended_saturday_jobless_claims", "2024-01-18", "Initial claims for unemployment benefits fell to 187,000 in the week ended Jan. 13, the Labor Department said on Thursday.", "the week ended Jan. 13", "2024-01-07", "2024-01-13"),  # new reading, unsure: the seven days ending on Sat 13 January (claims weeks run Sunday-Saturday)
    ("mkt8_after_tuesdays_close", "2022-06-15", "Shares of Corvane Energy jumped 9 per cent in trading after Tuesday's close on reports of a buyout offer.", "Tuesday", "2022-06-14", "2022-06-14"),  # published on a Wednesday
    ("mkt8_by_the_end_of_the_quarter", "2016-02-10", "The company said it would complete the sale of its Brazilian unit by the end of the quarter.", "by the end of the quarter", "", "2016-03-31"),  # the quarter under way; "by X" open start
    ("mkt8_three_months_to_january_across_year", "2019-03-19", "Employment rose by 222,000 in the three months to January, the statistics office said.", "the three months to January", "2018-11-01", "2019-01-31"),  # the span crosses the new year
    ("mkt8_through_the_end_of_the_third_quarter", "2020-04-15", "Tavira Airlines has suspended flights to China through the end of the third quarter.", "the end of the third quarter", "2020-09-01", "2020-09-30"),  # "through X" -> X; third survey: the end of a quarter is its last month
    ("mkt8_the_may_jobs_report", "2019-06-07", "The May jobs report, released on Friday, showed that employers added just 75,000 workers.", "May", "2019-05-01", "2019-05-31"),  # new reading, unsure: a data release dated by the month it covers (not the sixth survey's "a Christmas jumper")

    # --- Not dates in business copy -----------------------------------------------------------
    ("nd8_price_19_99", "2022-01-12", "Stellan Streaming's basic plan will now cost $19.99 a month in the US.", "19.99", "", ""),  # a price (fourth survey's "$1999")
    ("nd8_3_for_1_split", "2021-06-02", "Halvorsen Motors announced a 3-for-1 stock split to make its shares more affordable for small investors.", "3-for-1", "", ""),
    ("nd8_form_10_q", "2016-11-09", "Brightline Pharma disclosed the subpoena in its quarterly Form 10-Q filing.", "10-Q", "", ""),  # a form's name (seventh survey's "10-K")
    ("nd8_8_k_filing", "2019-03-15", "In an 8-K filing, Osterley Capital said its finance chief had resigned for personal reasons.", "8-K", "", ""),
    ("nd8_the_s_and_p_500", "1999-03-30", "The S&P 500 closed at a record high, led by technology shares.", "500", "", ""),  # an index's name
    ("nd8_series_7_exam", "2005-04-12", "Trainee brokers at the firm must pass the Series 7 exam within four months of joining.", "Series 7", "", ""),
    ("nd8_windows_11", "2022-10-19", "Corporate upgrades to Windows 11 have been slower than Lumen Software expected.", "11", "", ""),  # a product name (second survey's "Windows 95")
    ("nd8_the_2030_notes_name", "2020-04-22", "Holders of the 2030 notes will be offered 62 cents on the dollar in Ravenna Oil's debt exchange.", "2030", "", ""),  # new reading, unsure: a bond series named by its maturity year, as the seventh survey's model year
    ("nd8_bonds_mature_in_2030_real_year", "2020-09-10", "Orville Energy sold $750 million of bonds that mature in 2030, paying a coupon of 5.5 per cent.", "2030", "2030-01-01", "2030-12-31"),  # a real year: when the bonds fall due
    ("nd8_coupon_7_25", "2009-05-06", "The bonds carry a 7.25% coupon, well above what the company paid before the crisis.", "7.25", "", ""),  # a rate, not 25 July
    ("nd8_1q_in_product_name", "2024-09-25", "Vela Audio's new 1Q earbuds sold out within an hour of going on sale.", "1Q", "", ""),  # a product name, not the first quarter
    ("nd8_ticker_mar", "2018-02-27", "Shares of Halcrow Leisure (NYSE: MAR) rose 3 per cent after the results.", "MAR", "", ""),  # a ticker symbol, not March
    ("nd8_ticker_dec", "2021-04-14", "Shares in Dunvegan Energy Corp (LSE: DEC) jumped 6 per cent in London trading.", "DEC", "", ""),  # a ticker symbol, not December
    ("nd8_trade_24_7", "2023-06-21", "The exchange's new platform will let clients trade tokenised shares 24/7.", "24/7", "", ""),  # third survey's "24/7", another sentence
    ("nd8_9_to_5_jobs", "2021-09-08", "Remote work has loosened the grip of 9-to-5 jobs on city-centre offices, the landlord said.", "9-to-5", "", ""),  # working hours, not a date range
    ("nd8_52_week_high", "2017-06-07", "Shares of Moreland Foods hit a 52-week high on Tuesday.", "52-week", "", ""),  # a duration used as a modifier
    ("nd8_401k_plan", "2010-03-03", "Employers in the survey matched 401(k) contributions up to 6 per cent of salary.", "401", "", ""),  # a plan's name
    ("nd8_ifrs_16", "2019-07-30", "Under IFRS 16, the airline must now carry its aircraft leases on the balance sheet.", "16", "", ""),  # an accounting standard
    ("nd8_committee_vote_9_3", "2008-09-04", "The bank's rate-setting committee voted 9-3 to leave rates on hold.", "9-3", "", ""),  # a vote, not 9 March or 3 September
    ("nd8_fees_2_20", "2014-02-18", "Like most hedge funds, Calloway Partners charges 2/20: a 2 per cent management fee and a fifth of any profits.", "2/20", "", ""),  # fee shorthand, not 20 February
    ("nd8_t_plus_1_settlement", "2024-05-29", "US stock trades moved to T+1 settlement on Tuesday, halving the time buyers wait for their shares.", "T+1", "", ""),  # a settlement cycle
    ("nd8_the_january_effect", "2012-12-28", "Some traders are betting on the January effect, the tendency of small-company shares to outperform at the start of a year.", "January", "", ""),  # a market anomaly's name
    ("nd8_sell_in_may_adage", "2017-10-31", "Investors who followed the old adage 'sell in May and go away' missed a 9 per cent rally this year.", "May", "", ""),  # a saying, no particular May
    ("nd8_quarter_on_quarter", "2018-04-27", "Output rose 0.1 per cent quarter-on-quarter, the weakest growth in five years.", "quarter-on-quarter", "", ""),  # a comparison (third survey's "year-on-year")
    ("nd8_nikkei_225", "2013-05-23", "The Nikkei 225 fell 7.3 per cent, its biggest one-day drop since 2011.", "225", "", ""),  # an index's name
    ("nd8_march_capital_name", "2021-02-09", "The start-up raised $40 million in a round led by March Capital.", "March", "", ""),  # a firm's name
    ("nd8_12_month_price_target", "2019-10-02", "Analysts at Cardew Securities set a 12-month price target of $85 on the shares.", "12-month", "", ""),  # a duration used as a modifier
    ("nd8_rule_10b5_1_plan", "2022-03-01", "The chief executive sold the shares under a Rule 10b5-1 trading plan adopted last year.", "10b5-1", "", ""),  # a rule's name
    ("nd8_year_over_year", "2016-07-28", "Same-store sales at Pinewood Cafés rose 4 per cent year-over-year.", "year-over-year", "", ""),  # a comparison (third survey's "year-on-year")
    ("nd8_sunday_trading_laws", "2015-07-08", "Britain's Sunday trading laws limit large stores to six hours of opening.", "Sunday", "", ""),  # a set, no particular Sunday
]
