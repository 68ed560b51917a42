"""Held-out survey of news time-phrase shapes for `timeline` (not tuned on).

What it is: 166 cases, each a short passage of news prose (politics, courts, business and
earnings, sport fixtures and results, disasters, science and space, culture), each with
its publication date, one time phrase (an exact substring occurring once in the text)
and the inclusive day interval [earliest, latest] that phrase should resolve to. ""
stands for an open side (the contract's `null`); both sides "" means the phrase is not
a date at all (names, titles, verbs) or cannot be anchored (a bare duration).

Who wrote it and what was read: a helper session working in the `t1` worktree wrote it
to give an honest estimate of how the tool does on phrasing nobody tuned it for. The
writer read only `/work/shared/spec/CONTRACT.md` (section 1, the interval conventions),
`fixtures/heldout12/README.md` and `fixtures/heldout12/annotated/` (how the project's
annotators read phrases the contract does not cover). The writer did NOT read
`timeline/`, `cli.py`, `tests/`, `bench/` (apart from creating this file),
`BENCHMARKS.md` or any other fixture, and did not run the tool. The cases were NOT
scored when written: no expected value was adjusted to match the tool's output.
Weekdays were checked against the calendar with Python's `datetime`.

Conventions followed (CONTRACT.md section 1 first, then the heldout12 annotators):
- years, months, days: the whole unit; "early/mid/late" a month = days 1-10 / 11-20 /
  21-end, a year = Jan-Apr / May-Aug / Sep-Dec; TIMEX3 mod START/END ("the start of",
  "the end of", "the beginning of") is read as early/late of the same unit;
- a year-less month, day or weekday goes to the past or the future of the reference time
  according to its clause's tense and modality; a past-tense weekday is the most recent
  such day on or before the publication date (the same weekday = the publication date);
  a future weekday is the next such day after the publication date;
- weeks run Monday to Sunday; "this week"/"last week"/"next week" are whole weeks;
  "earlier this week/month/year" runs from the first day of the unit to the publication
  date; "the weekend" is Saturday-Sunday (past tense: the last one, future: the next);
- "today", "tonight", "this morning", "this evening" are the publication date; "last
  night" is the day before (heldout12, rw01); clock times and parts of the day stay
  outside the day phrase, and a date given in a stated time zone keeps that zone's day;
- seasons: winter Dec-Feb (the year of its January), spring Mar-May, summer Jun-Aug,
  autumn/fall Sep-Nov; quarters and halves are calendar ones unless the text names a
  fiscal year;
- "by X" / "before X" (deadlines): earliest open ("" - the contract also accepts the
  publication date), latest the last day of X; the phrase includes the preposition, as
  in the contract's table, except one case copied from heldout12's "by early December"
  where the annotators put the preposition outside the phrase;
- "since X" and "until X": the phrase is X alone and gets X's own interval (the
  heldout12 annotators' primary reading, `s` and `u`);
- chained phrases ("a day earlier", "the following week", "two weeks later", "the same
  month", "September that year") are anchored on the previous time in the text;
- negated, hypothetical and reported clauses still get their phrase's interval;
- durations ("three weeks", "19 hours") have no interval ("", "") unless they anchor a
  point ("two years ago": the unit they name, the year two years back).
Where a case rests on a reading neither source states, a comment beside it says so.

Scored once as written, in the fourteenth session (`python -m bench.timex_shapes`):
133 right, 26 wrong, 0 missed, 7 invented of 166. Its misses were then read and the
mechanisms behind them fixed, so it is development data from then on.
"""
# ruff: noqa: E501
CASES: list[tuple[str, str, str, str, str, str]] = [
    # (name, publication date YYYY-MM-DD, text, phrase, expected earliest, expected latest)

    # --- Weekdays, past and future tense -------------------------------------------------
    ("weekday_past_tense", "2024-03-14", "The ministers met on Tuesday to discuss the budget.", "Tuesday", "2024-03-12", "2024-03-12"),
    ("weekday_future_decision", "2024-03-14", "Most economists now expect the Bank of Japan to end negative interest rates when it announces its decision on Tuesday.", "Tuesday", "2024-03-19", "2024-03-19"),
    ("weekday_due_to_land", "2023-09-22", "The OSIRIS-REx capsule is due to land in the Utah desert on Sunday, carrying the largest asteroid sample ever returned to Earth.", "Sunday", "2023-09-24", "2023-09-24"),
    ("weekday_same_as_publication_past", "2019-11-27", "The company said on Wednesday that it would cut 400 jobs at its plant in Swindon.", "Wednesday", "2019-11-27", "2019-11-27"),  # contract: same weekday, past tense = publication date
    ("weekday_ap_style_without_on", "2023-11-15", "The House passed a stopgap spending bill Tuesday night, sending it to the Senate with three days to spare before a shutdown.", "Tuesday", "2023-11-14", "2023-11-14"),  # "night" stays outside the day phrase
    ("fixture_weekday_future", "2023-10-06", "Arsenal host Manchester City at the Emirates Stadium on Sunday, looking for their first league win over Pep Guardiola's side since 2015.", "Sunday", "2023-10-08", "2023-10-08"),
    ("result_weekday_past", "2023-10-09", "Gabriel Martinelli's deflected shot gave Arsenal a 1-0 win over Manchester City on Sunday.", "Sunday", "2023-10-08", "2023-10-08"),
    ("weekday_negated", "2021-10-20", "The talks did not resume on Monday as planned, and union officials said no new date had been set.", "Monday", "2021-10-18", "2021-10-18"),  # negated clause keeps its interval
    ("weekday_hypothetical", "2022-01-05", "If members approve the offer, the strike could end as early as Thursday, union leaders said.", "Thursday", "2022-01-06", "2022-01-06"),  # hypothetical, future
    ("reported_statement_weekday", "2019-11-29", "The minister said on Thursday that the deal was signed in 2017 and had never been put to parliament.", "Thursday", "2019-11-28", "2019-11-28"),
    ("reported_clause_year", "2019-11-29", "The minister said on Thursday that the deal was signed in 2017 and had never been put to parliament.", "2017", "2017-01-01", "2017-12-31"),
    ("weekday_with_date_past", "2024-03-14", "The strike began on Friday, March 8, and has since closed dozens of schools across the region.", "Friday, March 8", "2024-03-08", "2024-03-08"),  # one phrase (heldout12 "Tuesday, December 5")
    ("last_weekday", "2024-03-14", "The 19-year-old was reported missing last Saturday after failing to return from a walk in the Peak District.", "last Saturday", "2024-03-09", "2024-03-09"),
    ("this_weekday_future", "2025-01-07", "Shareholders will vote on the merger this Friday, and the board has urged them to approve it.", "this Friday", "2025-01-10", "2025-01-10"),
    ("next_weekday_from_sunday", "2018-02-11", "The inquest was adjourned and will resume next Friday at Westminster Coroner's Court.", "next Friday", "2018-02-16", "2018-02-16"),  # published on a Sunday: the coming Friday is also the Friday of next week, so both readings agree
    ("weekday_future_from_saturday", "2017-09-30", "Catalan leaders insist the independence referendum will go ahead on Sunday despite a court ban.", "Sunday", "2017-10-01", "2017-10-01"),
    ("weekday_past_across_new_year", "2025-01-02", "The attack happened shortly after 3am on Wednesday on Bourbon Street in New Orleans' French Quarter.", "Wednesday", "2025-01-01", "2025-01-01"),
    ("weekday_future_across_new_year", "2024-12-30", "The new tariffs take effect on Wednesday, the finance ministry said.", "Wednesday", "2025-01-01", "2025-01-01"),  # hard: present tense of a schedule = future, although the reporting verb is past
    ("weekday_present_scheduled", "2024-06-21", "EU leaders gather in Brussels on Thursday for a two-day summit expected to settle the bloc's top jobs.", "Thursday", "2024-06-27", "2024-06-27"),  # hard: bare present = scheduled future
    ("weekday_possessive", "2024-03-18", "Saturday's match in Cardiff was watched by more than 8 million people.", "Saturday", "2024-03-16", "2024-03-16"),  # possessive weekday is the day (heldout12 "Thursday's general election")
    ("weekday_since", "2024-03-14", "Ferries have been cancelled since Monday because of high winds.", "Monday", "2024-03-11", "2024-03-11"),  # heldout12 `s`: "since X" -> X
    ("reported_future_weekday_overtaken", "2024-03-18", "Officials said last Tuesday that the bridge would reopen on Friday, but it remains closed.", "Friday", "2024-03-15", "2024-03-15"),  # hard: future of the reported statement (Tue 12), now past

    # --- Relative days -------------------------------------------------------------------
    ("today_past", "2024-07-19", "Flights were grounded and banks went offline today after a faulty software update crashed Windows computers around the world.", "today", "2024-07-19", "2024-07-19"),
    ("yesterday", "2019-11-27", "Shares in the retailer fell 12 per cent yesterday after it issued its third profit warning of the year.", "yesterday", "2019-11-26", "2019-11-26"),
    ("tomorrow", "2023-06-09", "Voters in the region go to the polls tomorrow in an election seen as a test for the governing coalition.", "tomorrow", "2023-06-10", "2023-06-10"),
    ("tonight", "2024-12-23", "Severe weather warnings remain in place tonight for the west coast, forecasters said.", "tonight", "2024-12-23", "2024-12-23"),
    ("this_morning", "2022-01-05", "Police closed the motorway this morning after a lorry overturned near junction 14.", "this morning", "2022-01-05", "2022-01-05"),
    ("last_night", "2021-10-18", "Firefighters were called to the warehouse at about 11pm last night, and the blaze was brought under control by dawn.", "last night", "2021-10-17", "2021-10-17"),  # heldout12 rw01: the day before
    ("overnight", "2024-03-14", "Heavy rain overnight flooded dozens of homes in the valley, and more is forecast for the weekend.", "overnight", "2024-03-13", "2024-03-14"),  # unsure: neither source covers it; the night spans the eve and the publication day
    ("now_present", "2024-03-14", "Inflation is now running at 3.4 per cent, the lowest in more than two years.", "now", "2024-03-14", "2024-03-14"),  # "now" = the publication date
    ("currently", "2022-01-05", "About 1,200 patients with Covid are currently in hospital in the region, health officials said.", "currently", "2022-01-05", "2022-01-05"),
    ("this_evening", "2020-07-03", "Pubs and restaurants in England reopen tomorrow, and the prime minister will address the nation this evening.", "this evening", "2020-07-03", "2020-07-03"),

    # --- Weeks ---------------------------------------------------------------------------
    ("last_week", "2024-03-14", "The regulator opened an investigation last week into the airline's maintenance records.", "last week", "2024-03-04", "2024-03-10"),
    ("this_week_past", "2019-11-27", "Three people were arrested this week in connection with the robbery.", "this week", "2019-11-25", "2019-12-01"),  # whole week (heldout12 rw02)
    ("next_week", "2023-06-09", "The committee will publish its report next week.", "next week", "2023-06-12", "2023-06-18"),
    ("earlier_this_week", "2024-03-14", "The company announced earlier this week that it would close two factories.", "earlier this week", "2024-03-11", "2024-03-14"),  # heldout12 ey01: Monday to publication date
    ("later_this_week", "2021-10-18", "The chancellor is expected to set out his spending plans later this week.", "later this week", "2021-10-18", "2021-10-24"),  # unsure: mirror of "earlier this week", publication date to Sunday
    ("rest_of_the_week", "2022-01-05", "Schools will stay closed for the rest of the week because of the snow, the council said.", "the rest of the week", "2022-01-05", "2022-01-09"),  # unsure: publication date to Sunday
    ("weekend_past", "2021-10-18", "More than 2,000 migrants crossed the Channel in small boats over the weekend, the Home Office said.", "the weekend", "2021-10-16", "2021-10-17"),
    ("the_following_week", "2023-06-20", "The company announced the recall on June 2, and the following week its chief executive resigned.", "the following week", "2023-06-05", "2023-06-11"),  # previous time: Fri 2 June; the Monday-Sunday week after it

    # --- Months --------------------------------------------------------------------------
    ("last_month", "2019-11-27", "Factory output fell last month for the first time since the spring.", "last month", "2019-10-01", "2019-10-31"),
    ("next_month_contract", "2019-11-27", "The new law comes into force next month.", "next month", "2019-12-01", "2019-12-31"),
    ("earlier_this_month", "2024-03-14", "The chancellor cut national insurance in his budget earlier this month.", "earlier this month", "2024-03-01", "2024-03-14"),  # heldout12 convention
    ("later_this_month", "2021-10-18", "World leaders will gather in Glasgow later this month for the COP26 climate summit.", "later this month", "2021-10-18", "2021-10-31"),  # unsure: mirror of "earlier this month"
    ("coming_weeks", "2024-03-14", "The regulator will publish its findings in the coming weeks.", "the coming weeks", "2024-03-14", ""),  # unsure: neither source covers it; from the publication date, open end

    # --- Years ---------------------------------------------------------------------------
    ("last_year", "2024-03-14", "The airline carried 41 million passengers last year, a record.", "last year", "2023-01-01", "2023-12-31"),
    ("next_year_election", "2023-11-15", "The general election, due next year, is expected to turn on the cost of living.", "next year", "2024-01-01", "2024-12-31"),
    ("earlier_this_year", "2023-06-09", "The bank collapsed earlier this year after a run on its deposits.", "earlier this year", "2023-01-01", "2023-06-09"),  # heldout12 convention
    ("later_this_year", "2024-03-14", "The company plans to list its shares in New York later this year.", "later this year", "2024-03-14", "2024-12-31"),  # unsure: mirror of "earlier this year"
    ("year_bare_contract", "2019-11-27", "The factory was sold in 2017 to a Chinese investor.", "2017", "2017-01-01", "2017-12-31"),
    ("month_year_contract", "2019-11-27", "The two companies first discussed a merger in December 2017.", "December 2017", "2017-12-01", "2017-12-31"),
    ("full_date_us_contract", "2019-11-27", "The satellite was launched on September 12, 2017, from Vandenberg Air Force Base.", "September 12, 2017", "2017-09-12", "2017-09-12"),
    ("full_date_uk", "2024-03-14", "The former president was born on 4 August 1961 in Honolulu.", "4 August 1961", "1961-08-04", "1961-08-04"),
    ("month_last_year_contract", "2019-11-27", "Talks between the two sides collapsed in October last year.", "October last year", "2018-10-01", "2018-10-31"),
    ("date_last_year", "2024-03-14", "The ferry sank on 12 August last year with 40 people on board.", "12 August last year", "2023-08-12", "2023-08-12"),
    ("month_that_year", "2024-03-14", "The start-up was founded in March 2015 and launched its first product in September that year.", "September that year", "2015-09-01", "2015-09-30"),  # previous time
    ("the_same_month", "2024-03-14", "The first case was confirmed in January 2020, and the city was locked down the same month.", "the same month", "2020-01-01", "2020-01-31"),  # previous time (heldout12 rw03)
    ("event_year_in_noun_phrase", "2024-03-14", "Tickets for the 2026 World Cup go on sale next year.", "2026", "2026-01-01", "2026-12-31"),  # a year dating an event is a date (heldout12 "the 2012 shipwreck"), unlike the names below

    # --- Year-less months and days: the tense decides the year -------------------------
    ("month_past_same_year", "2024-03-14", "Retail sales fell in January as shoppers cut back after the holidays.", "January", "2024-01-01", "2024-01-31"),
    ("month_past_previous_year", "2024-03-14", "The plant closed in October with the loss of 600 jobs.", "October", "2023-10-01", "2023-10-31"),  # hard: past tense, October not yet reached this year
    ("month_future_same_year", "2024-03-14", "The plant will reopen in October under new owners.", "October", "2024-10-01", "2024-10-31"),
    ("month_future_next_year", "2024-11-05", "The new rules come into force in February, giving companies three months to prepare.", "February", "2025-02-01", "2025-02-28"),  # hard: future, February already past this year
    ("contract_vowed_in_october", "2019-11-27", "The prime minister vowed in October to take Britain out of the EU by the end of January.", "October", "2019-10-01", "2019-10-31"),  # contract: "vowed in October" is past
    ("deadline_end_of_january_future", "2019-11-27", "The prime minister vowed in October to take Britain out of the EU by the end of January.", "by the end of January", "", "2020-01-31"),  # hard: deadline of a future plan, so next January
    ("contract_would_begin_in_october", "2019-11-27", "Officials said construction would begin in October and take about two years.", "October", "2020-10-01", "2020-10-31"),  # hard, contract: "would begin in October" is future
    ("reported_would_open_in_march", "2024-06-20", "The company said in January that the plant would open in March, but it is still not finished.", "March", "2024-03-01", "2024-03-31"),  # hard: future of the reported statement (January 2024), past of the publication date
    ("counterfactual_past_month", "2024-03-14", "Had the amendment passed, the law would have taken effect in January.", "January", "2024-01-01", "2024-01-31"),  # hard: counterfactual about the past, so the January just gone
    ("last_month_name", "2024-03-14", "Police have made no arrests since the shooting last July.", "last July", "2023-07-01", "2023-07-31"),
    ("next_month_name", "2024-11-05", "The museum will reopen next March after a two-year refurbishment.", "next March", "2025-03-01", "2025-03-31"),
    ("mid_month_contract", "2019-11-27", "The wildfires started in mid-July and burned for six weeks.", "mid-July", "2019-07-11", "2019-07-20"),
    ("day_month_past_same_year", "2024-03-14", "On 12 February, the company warned that profits would fall.", "12 February", "2024-02-12", "2024-02-12"),
    ("day_month_past_previous_year", "2024-03-02", "The company last raised its prices on 5 March, when energy costs peaked.", "5 March", "2023-03-05", "2023-03-05"),  # hard: past tense, 5 March not yet reached this year
    ("day_month_future_next_year", "2024-03-14", "The next annual general meeting will be held on 5 March, the board said.", "5 March", "2025-03-05", "2025-03-05"),  # hard: future, 5 March already past this year
    ("us_abbrev_future_next_year", "2023-11-09", "Sentencing is set for Jan. 15, prosecutors said.", "Jan. 15", "2024-01-15", "2024-01-15"),  # hard: future across the new year
    ("us_abbrev_past_previous_year", "2025-01-02", "The bridge has been closed since a barge struck it on Dec. 28.", "Dec. 28", "2024-12-28", "2024-12-28"),  # hard: past across the new year
    ("day_month_future_same_year", "2024-03-14", "The Champions League final will be played at Wembley on 1 June.", "1 June", "2024-06-01", "2024-06-01"),
    ("premiere_future", "2024-03-14", "The film will have its world premiere at Cannes on May 16.", "May 16", "2024-05-16", "2024-05-16"),
    ("polling_day_future", "2024-05-23", "The prime minister has called a general election for 4 July.", "4 July", "2024-07-04", "2024-07-04"),

    # --- early / mid / late, start / end -----------------------------------------------
    ("mid_month_year", "2024-03-14", "The storm hit in mid-March 2019, flooding large parts of Nebraska.", "mid-March 2019", "2019-03-11", "2019-03-20"),
    ("late_year_contract", "2019-11-27", "The company was founded in late 2017 by two former bankers.", "late 2017", "2017-09-01", "2017-12-31"),
    ("mid_year_future", "2024-03-14", "The telescope should begin science operations in mid-2027.", "mid-2027", "2027-05-01", "2027-08-31"),
    ("late_month_past_no_year", "2023-10-31", "The union reached a tentative deal in late September after 146 days on strike.", "late September", "2023-09-21", "2023-09-30"),
    ("early_month_future_no_year", "2024-11-05", "Results of the review are expected in early December.", "early December", "2024-12-01", "2024-12-10"),
    ("early_next_year_hypothetical", "2023-12-06", "If the bill passes, the first flights could leave early next year.", "early next year", "2024-01-01", "2024-04-30"),  # heldout12 rw03
    ("end_of_month_past", "2021-10-18", "The furlough scheme closed at the end of September.", "the end of September", "2021-09-21", "2021-09-30"),  # TIMEX3 mod END = "late" in the contract's table
    ("end_of_year_future", "2024-03-14", "The company aims to complete the takeover at the end of the year.", "the end of the year", "2024-09-01", "2024-12-31"),  # mod END on a year = late year (contract)
    ("start_of_year_past", "2024-03-14", "The rules changed at the start of 2023.", "the start of 2023", "2023-01-01", "2023-04-30"),  # mod START = early (contract)
    ("beginning_of_next_month", "2023-06-09", "The new timetable will be introduced at the beginning of next month.", "the beginning of next month", "2023-07-01", "2023-07-10"),  # mod START on a month

    # --- Deadlines, since, until ---------------------------------------------------------
    ("by_end_of_month", "2024-03-14", "The government has promised a decision by the end of March.", "by the end of March", "", "2024-03-31"),  # contract: "by" open start (or the publication date)
    ("by_month_year_contract", "2019-11-27", "The line should be fully electrified by April 2020.", "by April 2020", "", "2020-04-30"),
    ("before_end_of_year_contract", "2019-11-27", "The airline must repay the loan before the end of 2021.", "before the end of 2021", "", "2021-12-31"),
    ("by_early_month_annotators", "2023-11-09", "Members are expected to vote on the deal by early December.", "early December", "", "2023-12-10"),  # heldout12 hs04: preposition outside the phrase, open start
    ("by_weekday_deadline", "2024-03-14", "Lawmakers must pass a spending bill by Friday to avoid a partial shutdown.", "by Friday", "", "2024-03-15"),
    ("before_day_deadline", "2024-03-14", "Applications must be submitted before 30 April.", "before 30 April", "", "2024-04-30"),  # unsure: contract's "before the end of 2021" keeps the named unit's last day; a strict reading would give 04-29
    ("until_adjourned", "2024-03-14", "The hearing was adjourned until 4 April.", "4 April", "2024-04-04", "2024-04-04"),  # heldout12 `u`: "until X" -> X
    ("until_exhibition", "2024-03-14", "The exhibition runs until 2 June at Tate Modern.", "2 June", "2024-06-02", "2024-06-02"),  # heldout12 `u`
    ("since_year", "2024-03-14", "He has been held in pre-trial detention since 2021.", "2021", "2021-01-01", "2021-12-31"),  # heldout12 `s`: "since X" -> X
    ("no_earlier_than", "2024-03-14", "NASA now targets no earlier than September 2025 for the crewed Artemis II flight.", "no earlier than September 2025", "2025-09-01", ""),  # unsure: the mirror of the contract's deadline, open end

    # --- Ranges --------------------------------------------------------------------------
    ("range_month_days", "2023-09-01", "The festival ran from July 12-25 and drew more than 300,000 visitors.", "July 12-25", "2023-07-12", "2023-07-25"),
    ("range_between_months", "2024-06-20", "Between March and May, house prices rose by 1.5 per cent.", "Between March and May", "2024-03-01", "2024-05-31"),
    ("range_from_years", "2024-03-14", "He served as finance minister from 2019 to 2021.", "from 2019 to 2021", "2019-01-01", "2021-12-31"),
    ("range_late_early_contract", "2024-03-14", "Scientists now believe the outbreak began in late 2019-early 2020, weeks before it was detected.", "late 2019-early 2020", "2019-09-01", "2020-04-30"),
    ("range_uk_days_future", "2024-03-14", "The G7 summit will be held on 13-15 June in Apulia.", "13-15 June", "2024-06-13", "2024-06-15"),
    ("range_month_or_month", "2024-03-14", "The ship is expected to leave dry dock in November or December.", "November or December", "2024-11-01", "2024-12-31"),  # heldout12 hy02: one phrase over both months
    ("range_weekdays_future", "2023-06-09", "The conference runs from Monday to Wednesday in Bonn.", "Monday to Wednesday", "2023-06-12", "2023-06-14"),
    ("range_season_dates", "2024-03-14", "This year's Atlantic hurricane season runs from June 1 to Nov. 30, and forecasters expect it to be unusually active.", "June 1 to Nov. 30", "2024-06-01", "2024-11-30"),

    # --- Seasons -------------------------------------------------------------------------
    ("last_summer", "2024-03-14", "The reservoir ran dry last summer for the first time in decades.", "last summer", "2023-06-01", "2023-08-31"),
    ("this_winter_future", "2024-11-05", "The grid operator warned of possible blackouts this winter.", "this winter", "2024-12-01", "2025-02-28"),  # winter takes its January's year
    ("next_spring", "2024-11-05", "Construction of the stadium will start next spring.", "next spring", "2025-03-01", "2025-05-31"),
    ("season_with_year", "2024-03-14", "The bridge was closed in autumn 2022 after cracks were found.", "autumn 2022", "2022-09-01", "2022-11-30"),
    ("fall_future_us", "2024-03-14", "The university plans to open a second campus in the fall.", "the fall", "2024-09-01", "2024-11-30"),
    ("winter_year_january_rule", "2024-03-14", "Gas storage in Europe fell to a record low in winter 2021.", "winter 2021", "2020-12-01", "2021-02-28"),  # hard, contract: winter 2021 = Dec 2020-Feb 2021
    ("last_winter_just_ended", "2024-03-14", "Hospitals were stretched last winter by flu and Covid.", "last winter", "2023-12-01", "2024-02-29"),  # hard: the winter that ended two weeks before (Dec-Feb, contract)
    ("spring_past_same_year", "2024-09-10", "The company cut 300 jobs in the spring.", "the spring", "2024-03-01", "2024-05-31"),

    # --- Quarters, halves, fiscal years ---------------------------------------------------
    ("quarter_third_past", "2023-10-24", "Alphabet said revenue rose 11 per cent in the third quarter.", "the third quarter", "2023-07-01", "2023-09-30"),
    ("quarter_q3_future", "2024-03-14", "The company expects the new plant to start production in Q3.", "Q3", "2024-07-01", "2024-09-30"),
    ("quarter_with_year", "2024-03-14", "GDP shrank by 0.3 per cent in the fourth quarter of 2023, tipping the UK into recession.", "the fourth quarter of 2023", "2023-10-01", "2023-12-31"),
    ("half_second_future", "2024-03-14", "Management expects demand to recover in the second half.", "the second half", "2024-07-01", "2024-12-31"),
    ("half_compact_year", "2024-03-14", "The carrier expects to return to profit in H1 2025.", "H1 2025", "2025-01-01", "2025-06-30"),
    ("three_months_to", "2024-07-25", "Pre-tax profit for the three months to June 30 rose to £1.2bn.", "the three months to June 30", "2024-04-01", "2024-06-30"),  # hard: a quarter told by its end
    ("fiscal_year_us_federal", "2024-09-20", "Congress has until Sept. 30 to fund the government for fiscal 2025, which begins on Oct. 1.", "fiscal 2025", "2024-10-01", "2025-09-30"),  # the text states the fiscal year's start (US federal, Oct-Sep)
    ("financial_year_uk", "2024-03-14", "The hospital trust expects a deficit of £40m in the 2024-25 financial year.", "the 2024-25 financial year", "2024-04-01", "2025-03-31"),  # unsure: UK public-sector financial year, April-March

    # --- Decades -------------------------------------------------------------------------
    ("decade_1990s", "2024-03-14", "The band sold millions of records in the 1990s.", "the 1990s", "1990-01-01", "1999-12-31"),
    ("decade_apostrophe", "2024-03-14", "The song was a hit in the '80s and is now back in the charts.", "the '80s", "1980-01-01", "1989-12-31"),

    # --- Numeric dates -------------------------------------------------------------------
    ("numeric_dotted", "2019-12-02", "The court order, dated 27.11.2019, was published by the Berlin prosecutor's office.", "27.11.2019", "2019-11-27", "2019-11-27"),
    ("numeric_iso", "2019-11-28", "The bankruptcy filing, dated 2019-11-27, lists 14 creditors.", "2019-11-27", "2019-11-27", "2019-11-27"),
    ("numeric_us_slashes", "2019-12-01", "According to a police report dated 11/27/2019, the driver was not wearing a seat belt.", "11/27/2019", "2019-11-27", "2019-11-27"),
    ("numeric_uk_slashes", "2019-12-01", "The charge sheet, dated 27/11/2019, was read out at Westminster Magistrates' Court.", "27/11/2019", "2019-11-27", "2019-11-27"),
    ("numeric_ambiguous_uk", "2024-04-10", "A Metropolitan Police appeal dated 03/04/2024 asked witnesses in Croydon to come forward.", "03/04/2024", "2024-04-03", "2024-04-03"),  # hard: a British source writes day first
    ("numeric_ambiguous_us", "2023-06-20", "A Texas Department of Public Safety report dated 6/5/2023 listed the cause as driver fatigue.", "6/5/2023", "2023-06-05", "2023-06-05"),  # hard: an American source writes month first

    # --- Holidays ------------------------------------------------------------------------
    ("christmas_eve_past", "2024-12-27", "The fire broke out on Christmas Eve at a care home in the town.", "Christmas Eve", "2024-12-24", "2024-12-24"),
    ("new_years_day_future", "2024-12-23", "The new minimum wage takes effect on New Year's Day.", "New Year's Day", "2025-01-01", "2025-01-01"),  # hard: next year
    ("new_years_eve_past", "2025-01-02", "Police made 120 arrests on New Year's Eve in central London.", "New Year's Eve", "2024-12-31", "2024-12-31"),  # hard: last year
    ("thanksgiving_future", "2023-11-15", "Organisers said the parade would go ahead on Thanksgiving morning despite the strike.", "Thanksgiving", "2023-11-23", "2023-11-23"),  # fourth Thursday of November
    ("boxing_day_fixture", "2023-12-20", "Liverpool travel to Turf Moor to face Burnley on Boxing Day.", "Boxing Day", "2023-12-26", "2023-12-26"),
    ("easter_sunday_future", "2024-03-14", "The pope is expected to lead Mass in St Peter's Square on Easter Sunday.", "Easter Sunday", "2024-03-31", "2024-03-31"),
    ("fourth_of_july_future", "2020-07-03", "Fireworks displays have been cancelled in dozens of cities for the Fourth of July.", "the Fourth of July", "2020-07-04", "2020-07-04"),
    ("black_friday_past", "2023-11-27", "US shoppers spent a record $9.8 billion online on Black Friday, according to Adobe.", "Black Friday", "2023-11-24", "2023-11-24"),  # the day after Thanksgiving

    # --- Clock times and time zones near midnight ---------------------------------------
    ("clock_local_before_midnight", "2024-03-17", "The earthquake struck at 11.58pm local time on Saturday, about 40km off the coast.", "Saturday", "2024-03-16", "2024-03-16"),
    ("clock_two_zones_local_day", "2024-01-20", "The lander touched down at 12:20 a.m. Saturday Japan time (1520 GMT Friday).", "Saturday", "2024-01-20", "2024-01-20"),  # each day stays in its stated zone
    ("clock_two_zones_gmt_day", "2024-01-20", "The lander touched down at 12:20 a.m. Saturday Japan time (1520 GMT Friday).", "Friday", "2024-01-19", "2024-01-19"),
    ("clock_just_after_midnight", "2023-09-27", "The writers' strike officially ended at 12:01 a.m. Wednesday, after 148 days.", "Wednesday", "2023-09-27", "2023-09-27"),
    ("clock_iso_with_zone", "2024-03-14", "The outage began at 23:40 UTC on 12 March and lasted about four hours.", "12 March", "2024-03-12", "2024-03-12"),

    # --- "ago" and anchored offsets ------------------------------------------------------
    ("days_ago", "2019-11-27", "The suspect was released on bail three days ago.", "three days ago", "2019-11-24", "2019-11-24"),
    ("years_ago", "2024-03-14", "The company was founded two years ago in a garage in Austin.", "two years ago", "2022-01-01", "2022-12-31"),  # unsure: granularity of the unit named (TIMEX3 value 2022)
    ("months_ago", "2024-03-14", "The minister took office six months ago.", "six months ago", "2023-09-01", "2023-09-30"),  # unsure: granularity of the unit named (TIMEX3 value 2023-09)
    ("a_day_earlier_contract", "2019-11-27", "The talks collapsed on Friday. A day earlier, the union had rejected a 4 per cent offer.", "A day earlier", "2019-11-21", "2019-11-21"),  # contract: Friday = 11-22
    ("two_weeks_later", "2020-04-01", "The first case was confirmed on March 3; two weeks later the region was in lockdown.", "two weeks later", "2020-03-17", "2020-03-17"),
    ("the_next_day", "2024-03-14", "The suspect was arrested on 2 March and charged the next day.", "the next day", "2024-03-03", "2024-03-03"),
    ("the_following_day_full_date", "2024-03-14", "The ship ran aground on January 13, 2012. Its captain was arrested the following day.", "the following day", "2012-01-14", "2012-01-14"),
    ("a_week_earlier", "2024-03-14", "The bank failed on 10 March 2023; a week earlier, its shares had begun to slide.", "a week earlier", "2023-03-03", "2023-03-03"),
    ("the_same_day", "2024-03-14", "The minister resigned on 5 March, and his deputy quit the same day.", "the same day", "2024-03-05", "2024-03-05"),

    # --- Durations with no anchor: no interval ------------------------------------------
    ("duration_weeks", "2024-03-14", "The strike lasted for three weeks and cost the company £40m.", "three weeks", "", ""),  # contract: a duration has no interval
    ("duration_contract_length", "2023-10-31", "Members approved a three-year contract by a wide margin.", "three-year", "", ""),  # heldout12 distractor "three-year contract"
    ("duration_hours", "2024-03-14", "The operation to right the ship took 19 hours.", "19 hours", "", ""),  # heldout12 distractor "19 hours"

    # --- Negative cases: not dates at all ------------------------------------------------
    ("neg_may_surname", "2024-03-14", "Theresa May said the bill would damage the union.", "May", "", ""),  # a surname
    ("neg_may_optative", "2024-03-14", "\"May they rest in peace,\" the bishop told mourners outside the cathedral.", "May", "", ""),  # the verb, capitalised at the start of a quotation
    ("neg_march_rally_name", "2024-03-14", "The March for Our Lives rally drew thousands of students to Washington.", "March", "", ""),  # name of a rally
    ("neg_fridays_brand", "2024-11-04", "The owner of TGI Friday's has filed for bankruptcy protection.", "Friday's", "", ""),  # brand name
    ("neg_2020_vision_plan", "2019-11-27", "The council's 2020 Vision plan promised a new library in every ward.", "2020", "", ""),  # name of a plan
    ("neg_1990_act", "2024-03-14", "The council was prosecuted under the 1990 Act for failing to collect rubbish.", "1990", "", ""),  # name of a statute, not the time of anything in the story
    ("neg_wednesday_series", "2024-03-14", "Jenna Ortega will return for the second season of Wednesday, Netflix said.", "Wednesday", "", ""),  # title of a TV series
    ("neg_april_given_name", "2024-03-14", "White House correspondent April Ryan asked the first question.", "April", "", ""),  # given name
    ("neg_good_friday_agreement", "2024-03-14", "The Good Friday Agreement ended three decades of conflict in Northern Ireland.", "Good Friday", "", ""),  # name of a treaty
    ("neg_orwell_1984", "2024-03-14", "Sales of Orwell's 1984 soared after the inauguration.", "1984", "", ""),  # title of a novel
    ("neg_summer_given_name", "2024-03-14", "Summer McIntosh broke the world record in the 400m individual medley.", "Summer", "", ""),  # given name
]
