"""Third held-out survey of news time-phrase shapes for `timeline` (not tuned on).

What it is: 158 cases, each a short passage of news prose written the way real
outlets write it (anniversary pieces that tell a story years after it happened, live
blogs, weather and traffic, markets, company results and economics, elections,
parliaments, courts and government, holidays of several calendars and countries,
Commonwealth and South Asian usage, numeric dates, phrases chained to the previous time
or to a date in the same sentence, and phrases that are not dates), each with its
publication date (2016-2025, with stories reaching back to 1966), one time phrase (an
exact substring occurring once in the text) and the inclusive day interval [earliest,
latest] that phrase should resolve to. "" stands for an open side (the contract's
`null`); both sides "" means the phrase is not a date at all (names, titles, scores,
section numbers, comparisons) or cannot be anchored (a bare duration). It covers
phrasing that `bench/timex_shapes_cases.py` and `bench/timex_shapes_cases2.py` (the first
two surveys) do not: no case of theirs is repeated.

Who wrote it and what was read: a helper session working in the `h32` worktree wrote it
to give a third honest estimate of how the tool does on phrasing nobody tuned it for,
now that the first two surveys have become development data. The writer read only
`bench/timex_shapes_cases.py` and `bench/timex_shapes_cases2.py` (their format,
conventions and cases, so as not to repeat them), `/work/shared/spec/CONTRACT.md`
(section 1, the interval conventions), `fixtures/heldout12/README.md` and
`fixtures/heldout12/annotated/`. The writer did NOT read `timeline/`, `cli.py`,
`tests/`, any other file of `bench/`, `BENCHMARKS.md`, `README.md` or any other fixture,
and did not run the tool or any scorer. No expected value was adjusted to match the
tool's output. Weekdays and date arithmetic were checked with Python's `datetime`.

Conventions followed (the earlier surveys', restated briefly: CONTRACT.md section 1
first, then the heldout12 annotators, then the first two surveys' readings):
- years, months, days: the whole unit; "early/mid/late" a month = days 1-10 / 11-20 /
  21-end, a year = Jan-Apr / May-Aug / Sep-Dec; "the start/end of X" = early/late X;
- a year-less month, day or weekday goes to the past or the future according to its
  clause's tense and modality; a past-tense weekday is the most recent such day on or
  before the publication date (the same weekday = the publication date); a future
  weekday is the next such day after it;
- weeks run Monday to Sunday; "the weekend" is Saturday-Sunday; "today", "tonight",
  "this morning/evening" are the publication date; clock times and parts of the day stay
  outside a day phrase, and a clock time alone is no date (heldout12's distractors);
- seasons: winter Dec-Feb (the year of its January), spring Mar-May, summer Jun-Aug,
  autumn/fall Sep-Nov; quarters and halves are calendar ones unless the text names a
  fiscal year;
- "by X"/"before X": earliest open, latest the last day of X, preposition inside the
  phrase; "since X", "until X" (and "through X"): the phrase is X alone with X's own
  interval;
- chained phrases are anchored on the previous time in the text; "N days/weeks/months
  later" count days to a single day; "the past N units" runs from N units back to the
  publication date; "within N days" from the publication date to N days on;
- negated, hypothetical and reported clauses keep their phrase's interval;
- durations have no interval unless they anchor a point; names and titles that contain
  a date word or number have none.
New readings this survey had to make (each case that rests on one says so beside it):
- a story told years after it happened: once the text has set the story's date, a
  year-less day, month or weekday in the story's past-tense narration belongs to the
  story's time (the week or year of the previous time in the text), not to the
  publication date's; a weekday that returns to the present ("On Thursday, 30 years
  later") is read from the publication date again; "N years later" after a story day is
  that day N years on, like "a month later";
- "overnight" in a future clause runs from the publication date to the day after (the
  mirror of the first survey's past reading); "by dawn" in a forecast closes on the day
  after the publication date; "in the early hours" with no day named, in a past clause,
  is the publication date; "the next N hours/days" runs from the publication date to N
  units on (the mirror of "the past N units"), and "the next few days" from the
  publication date with an open end, like the first survey's "the coming weeks";
- "the week of X" and "the week beginning X" are the Monday-Sunday week holding X; "the
  week to Friday" (markets) runs from that week's Monday to the Friday; "the first week
  of a month" is its days 1-7, "the first weekend of a month" its first Saturday and
  Sunday;
- "the end of the first quarter" (mod END on a quarter) is the quarter's last month;
  "end-2024" and "end-March" are "the end of" the unit; "the March quarter" and "the
  December quarter" are the calendar quarters ending in those months;
- an Australian "2024-25" budget covers that financial year, 1 July to 30 June; a UK "tax
  year" runs 6 April to 5 April; a fiscal quarter whose fiscal year the text states is
  counted from that year's start;
- day-of-month references: "the 15th" in a past clause is the most recent 15th on or
  before the publication date, in a future clause the next one after it; "the 20th
  instant" is in the publication month, "the 5th ultimo" in the month before, "the 1st
  proximo" in the month after; a year-less numeric date ("22/11", "20/11") is day first in
  a British or Indian source and follows the same tense rule;
- "Tuesday coming"/"this coming Sunday" is the next such day; "this past Tuesday" and
  "Tuesday gone" the last one; "a week on Saturday" the Saturday a week after the coming
  one (like the second survey's "Tuesday week"); "Friday fortnight" the coming Friday
  plus 14 days; "this day week" the publication date plus 7;
- a holiday without a year takes the year its clause's tense gives it, or the story's
  year in a story told years later; a holiday's "weekend" is the holiday's own long
  weekend (UK Easter: Good Friday to Easter Monday; Memorial Day: Saturday to Monday);
  "Thanksgiving week" is the Monday-Sunday week holding Thanksgiving; Ramadan is the
  month as Saudi Arabia observed it; "Lunar New Year" and "Diwali" are the festival's
  main day;
- a named day of the story that the text dates ("polling day" after "will be held on 4
  July") is that date; "Inauguration Day" is 20 January after a US presidential election;
- "from X" and "after X" standing alone (no "to"/"until" after them): the phrase is X
  alone with X's own interval, like "since X";
- a parliament's term, a generic zodiac year and a promise "in his first 100 days" with
  no dated start have no interval; "year-on-year", "month-on-month" and "24/7" are no
  dates.

Not yet scored.
"""
# ruff: noqa: E501
CASES: list[tuple[str, str, str, str, str, str]] = [
    # (name, publication date YYYY-MM-DD, text, phrase, expected earliest, expected latest)

    # --- Stories told years later: the story's own time, then back to the present ----------
    ("story_next_weekday_in_story_week", "2016-02-25", "On Feb. 22, 1986, Defense Minister Juan Ponce Enrile and Gen. Fidel Ramos broke with Ferdinand Marcos and barricaded themselves inside two military camps in Manila. The next Tuesday, Marcos fled to Hawaii. On Thursday, 30 years later, President Benigno Aquino III led the anniversary rites at the EDSA shrine.", "The next Tuesday", "1986-02-25", "1986-02-25"),  # new reading: previous time Sat 22 Feb 1986, so the Tuesday after it
    ("story_return_to_present_weekday", "2016-02-25", "On Feb. 22, 1986, Defense Minister Juan Ponce Enrile and Gen. Fidel Ramos broke with Ferdinand Marcos and barricaded themselves inside two military camps in Manila. The next Tuesday, Marcos fled to Hawaii. On Thursday, 30 years later, President Benigno Aquino III led the anniversary rites at the EDSA shrine.", "Thursday", "2016-02-25", "2016-02-25"),  # new reading: back in the present, same weekday as publication
    ("story_n_years_later", "2016-02-25", "On Feb. 22, 1986, Defense Minister Juan Ponce Enrile and Gen. Fidel Ramos broke with Ferdinand Marcos and barricaded themselves inside two military camps in Manila. The next Tuesday, Marcos fled to Hawaii. On Thursday, 30 years later, President Benigno Aquino III led the anniversary rites at the EDSA shrine.", "30 years later", "2016-02-25", "2016-02-25"),  # new reading: the previous time (Tue 25 Feb 1986) 30 years on, counted to the day like "a month later"
    ("story_past_perfect_yearless_day", "2016-02-25", "Marcos was proclaimed the winner by the National Assembly on Feb. 15, 1986, even though church-backed poll watchers said Corazon Aquino had won the snap election that had been held on Feb. 7.", "Feb. 7", "1986-02-07", "1986-02-07"),  # new reading: the story's year, not 2016
    ("story_the_following_afternoon", "2016-04-26", "Reactor No. 4 at the Chernobyl plant exploded at 1.23am on 26 April 1986. Pripyat, the town built for the plant's workers, was not evacuated until the following afternoon, and Moscow said nothing until 28 April, when alarms went off at a nuclear plant in Sweden. Mikhail Gorbachev did not speak publicly about the disaster until 14 May, and by the following spring more than 100,000 people had been moved out of the zone for good. On Tuesday, Ukraine's president laid flowers at a memorial at the plant.", "the following afternoon", "1986-04-27", "1986-04-27"),  # "afternoon" names the next day
    ("story_yearless_day_story_year", "2016-04-26", "Reactor No. 4 at the Chernobyl plant exploded at 1.23am on 26 April 1986. Pripyat, the town built for the plant's workers, was not evacuated until the following afternoon, and Moscow said nothing until 28 April, when alarms went off at a nuclear plant in Sweden. Mikhail Gorbachev did not speak publicly about the disaster until 14 May, and by the following spring more than 100,000 people had been moved out of the zone for good. On Tuesday, Ukraine's president laid flowers at a memorial at the plant.", "28 April", "1986-04-28", "1986-04-28"),  # new reading: story's year (a pub-date reading would give 2015-04-28)
    ("story_negated_until_day_story_year", "2016-04-26", "Reactor No. 4 at the Chernobyl plant exploded at 1.23am on 26 April 1986. Pripyat, the town built for the plant's workers, was not evacuated until the following afternoon, and Moscow said nothing until 28 April, when alarms went off at a nuclear plant in Sweden. Mikhail Gorbachev did not speak publicly about the disaster until 14 May, and by the following spring more than 100,000 people had been moved out of the zone for good. On Tuesday, Ukraine's president laid flowers at a memorial at the plant.", "14 May", "1986-05-14", "1986-05-14"),  # new reading: story's year; "until X" -> X, negated
    ("story_by_the_following_spring", "2016-04-26", "Reactor No. 4 at the Chernobyl plant exploded at 1.23am on 26 April 1986. Pripyat, the town built for the plant's workers, was not evacuated until the following afternoon, and Moscow said nothing until 28 April, when alarms went off at a nuclear plant in Sweden. Mikhail Gorbachev did not speak publicly about the disaster until 14 May, and by the following spring more than 100,000 people had been moved out of the zone for good. On Tuesday, Ukraine's president laid flowers at a memorial at the plant.", "by the following spring", "", "1987-05-31"),  # deadline on a chained season: the spring after May 1986
    ("story_the_following_thursday", "2016-10-21", "At 9.15am on 21 October 1966, a colliery spoil tip slid down the mountain onto Pantglas Junior School in Aberfan, killing 116 children and 28 adults. It was the last day of school before the half-term holiday. The mass funeral for 81 of the children was held the following Thursday. On Friday, 50 years later, the village fell silent at 9.15am.", "the following Thursday", "1966-10-27", "1966-10-27"),  # previous time Fri 21 Oct 1966
    ("story_friday_back_in_present", "2016-10-21", "At 9.15am on 21 October 1966, a colliery spoil tip slid down the mountain onto Pantglas Junior School in Aberfan, killing 116 children and 28 adults. It was the last day of school before the half-term holiday. The mass funeral for 81 of the children was held the following Thursday. On Friday, 50 years later, the village fell silent at 9.15am.", "Friday", "2016-10-21", "2016-10-21"),  # new reading: the present again
    ("story_three_days_later", "2024-04-16", "The Sewol ferry capsized off South Korea's southwest coast on the morning of April 16, 2014, with 476 people on board. Its captain, Lee Joon-seok, was arrested three days later. By the end of that month, divers had recovered more than 200 bodies.", "three days later", "2014-04-19", "2014-04-19"),
    ("story_by_end_of_that_month", "2024-04-16", "The Sewol ferry capsized off South Korea's southwest coast on the morning of April 16, 2014, with 476 people on board. Its captain, Lee Joon-seok, was arrested three days later. By the end of that month, divers had recovered more than 200 bodies.", "By the end of that month", "", "2014-04-30"),  # deadline on "that month" = April 2014
    ("story_the_following_day", "2021-03-11", "The magnitude 9.0 earthquake struck off Japan's northeast coast at 2.46pm on March 11, 2011. The following day, a hydrogen explosion blew apart the building housing reactor No. 1 at Fukushima Daiichi. By Monday, a second blast had ripped through reactor No. 3. On Thursday, a decade later, Emperor Naruhito led a minute's silence in Tokyo.", "The following day", "2011-03-12", "2011-03-12"),
    ("story_by_weekday_in_story_week", "2021-03-11", "The magnitude 9.0 earthquake struck off Japan's northeast coast at 2.46pm on March 11, 2011. The following day, a hydrogen explosion blew apart the building housing reactor No. 1 at Fukushima Daiichi. By Monday, a second blast had ripped through reactor No. 3. On Thursday, a decade later, Emperor Naruhito led a minute's silence in Tokyo.", "By Monday", "", "2011-03-14"),  # new reading: the Monday after the previous time (Sat 12 Mar 2011); "by X" open start
    ("story_thursday_a_decade_later", "2021-03-11", "The magnitude 9.0 earthquake struck off Japan's northeast coast at 2.46pm on March 11, 2011. The following day, a hydrogen explosion blew apart the building housing reactor No. 1 at Fukushima Daiichi. By Monday, a second blast had ripped through reactor No. 3. On Thursday, a decade later, Emperor Naruhito led a minute's silence in Tokyo.", "Thursday", "2021-03-11", "2021-03-11"),  # new reading: present again
    ("story_the_weekend_before", "2018-09-14", "Lehman Brothers filed for bankruptcy in the early hours of Monday, Sept. 15, 2008. The next evening, the Fed agreed to an $85 billion rescue of AIG. The weekend before, Treasury and Fed officials had failed to find a buyer for Lehman at the New York Fed's headquarters.", "The weekend before", "2008-09-13", "2008-09-14"),  # unsure: previous time Tue 16 Sept 2008; the Saturday-Sunday before its week
    ("story_the_next_evening", "2018-09-14", "Lehman Brothers filed for bankruptcy in the early hours of Monday, Sept. 15, 2008. The next evening, the Fed agreed to an $85 billion rescue of AIG. The weekend before, Treasury and Fed officials had failed to find a buyer for Lehman at the New York Fed's headquarters.", "The next evening", "2008-09-16", "2008-09-16"),  # previous time: Mon 15 Sept 2008
    ("story_the_week_before", "2021-06-23", "Britain voted to leave the European Union on Thursday 23 June 2016. The week before, the Labour MP Jo Cox had been murdered outside her constituency surgery in Birstall, and campaigning was suspended for three days.", "The week before", "2016-06-13", "2016-06-19"),  # the Monday-Sunday week before the week of Thu 23 June 2016
    ("story_two_days_later_sank", "2020-04-20", "The Deepwater Horizon rig exploded on April 20, 2010, killing 11 workers, and sank two days later. Oil gushed into the Gulf of Mexico until BP capped the well in July, and the government declared it permanently sealed in September.", "two days later", "2010-04-22", "2010-04-22"),
    ("story_yearless_month_story_year", "2020-04-20", "The Deepwater Horizon rig exploded on April 20, 2010, killing 11 workers, and sank two days later. Oil gushed into the Gulf of Mexico until BP capped the well in July, and the government declared it permanently sealed in September.", "July", "2010-07-01", "2010-07-31"),  # new reading: story's year
    ("story_yearless_month_after_story_month", "2020-04-20", "The Deepwater Horizon rig exploded on April 20, 2010, killing 11 workers, and sank two days later. Oil gushed into the Gulf of Mexico until BP capped the well in July, and the government declared it permanently sealed in September.", "September", "2010-09-01", "2010-09-30"),  # hard, new reading: the story's year; a pub-date reading gives 2019-09
    ("story_yearless_day_after_month_year", "2020-02-11", "Nelson Mandela walked out of Victor Verster prison on Feb. 11, 1990, after 27 years behind bars. He was elected president in April 1994 and sworn in on May 10 in Pretoria.", "May 10", "1994-05-10", "1994-05-10"),  # new reading: the year of the previous time (April 1994)
    ("story_holiday_in_story_year", "2018-12-21", "Pan Am Flight 103 was blown up over the Scottish town of Lockerbie on the evening of Dec. 21, 1988, four days before Christmas, killing 270 people.", "Christmas", "1988-12-25", "1988-12-25"),  # new reading: the story's Christmas
    ("story_that_night", "2019-04-16", "Fire broke out in the roof of Notre-Dame at about 6.20pm on Monday, 15 April. That night, the spire collapsed in front of crowds on the banks of the Seine.", "That night", "2019-04-15", "2019-04-15"),
    ("story_a_year_to_the_day_later", "2021-03-23", "England's first lockdown began on 23 March 2020. A year to the day later, the country stopped for a minute's silence at noon.", "A year to the day later", "2021-03-23", "2021-03-23"),

    # --- Chains of relative phrases ---------------------------------------------------------
    ("chain_three_weeks_after_that", "2024-06-10", "Mr Lee was named chief executive on 4 March. Three weeks after that, the board announced the sale of the chip unit.", "Three weeks after that", "2024-03-25", "2024-03-25"),  # previous time 4 March 2024, counted in days
    ("chain_the_night_before", "2022-12-20", "Argentina won the World Cup final on penalties on 18 December. The night before, thousands of fans had already gathered on the streets of Buenos Aires.", "The night before", "2022-12-17", "2022-12-17"),
    ("chain_the_month_before", "2023-10-10", "The central bank left rates on hold in September, having raised them the month before.", "the month before", "2023-08-01", "2023-08-31"),  # previous time September 2023
    ("chain_the_week_after", "2024-02-01", "The storm hit on 2 January, and the week after, the government announced a £50m recovery fund.", "the week after", "2024-01-08", "2024-01-14"),  # Tue 2 Jan 2024 is in the week of 1-7 January
    ("chain_the_following_month", "2024-09-05", "The chain went into administration in June 2024, and the following month its last 40 stores closed.", "the following month", "2024-07-01", "2024-07-31"),
    ("chain_following_weekday_same_sentence_future", "2024-04-30", "Voting closes on 12 May, and the results will be announced the following Thursday.", "the following Thursday", "2024-05-16", "2024-05-16"),  # anchored on a date named in the same sentence (Sun 12 May 2024)
    ("chain_by_the_friday_before", "2025-02-10", "The new rates apply from 1 April, and claims must be submitted by the Friday before.", "by the Friday before", "", "2025-03-28"),  # the Friday before Tue 1 April 2025

    # --- Live blogs, weather and traffic -----------------------------------------------------
    ("live_later_today", "2024-01-22", "The Met Office will update its wind warnings for Scotland later today.", "later today", "2024-01-22", "2024-01-22"),
    ("live_overnight_future", "2024-01-23", "Gusts of up to 80mph are expected overnight as Storm Jocelyn sweeps in from the Atlantic.", "overnight", "2024-01-23", "2024-01-24"),  # new reading: future, publication date to the day after
    ("live_by_dawn_forecast", "2024-01-17", "Forecasters say up to 10cm of snow could settle across the Highlands by dawn.", "by dawn", "", "2024-01-18"),  # new reading: the coming dawn is tomorrow's
    ("live_in_the_early_hours_past", "2024-08-04", "Police were called to the hotel in the early hours, and two men were arrested at the scene.", "the early hours", "2024-08-04", "2024-08-04"),  # new reading, unsure: no day named, past: the publication date
    ("live_the_next_48_hours", "2024-09-26", "Hurricane Helene is expected to strengthen further over the next 48 hours before making landfall in Florida.", "the next 48 hours", "2024-09-26", "2024-09-28"),  # new reading: mirror of "the past 24 hours"
    ("live_weekday_into_weekday", "2024-11-18", "Heavy snow is forecast across northern England from late Wednesday into Thursday.", "Wednesday into Thursday", "2024-11-20", "2024-11-21"),  # unsure: one phrase over both days, like "Monday to Wednesday"
    ("live_this_time_tomorrow", "2024-07-04", "Polls close at 10pm, and by this time tomorrow the country should know the shape of its new government.", "this time tomorrow", "2024-07-05", "2024-07-05"),
    ("live_clock_time_not_date", "2024-07-04", "Polls close at 10pm, and by this time tomorrow the country should know the shape of its new government.", "10pm", "", ""),  # a clock time alone (heldout12 distractors)
    ("traffic_closure_from_weekday", "2024-03-13", "The M25 will be shut between junctions 10 and 11 from 9pm on Friday until 6am on Monday while a bridge is demolished.", "Friday", "2024-03-15", "2024-03-15"),
    ("traffic_closure_until_weekday", "2024-03-13", "The M25 will be shut between junctions 10 and 11 from 9pm on Friday until 6am on Monday while a bridge is demolished.", "Monday", "2024-03-18", "2024-03-18"),  # "until X" -> X; the Monday after that Friday
    ("live_the_next_few_days", "2024-07-15", "Temperatures are expected to keep climbing over the next few days, the forecaster said.", "the next few days", "2024-07-15", ""),  # new reading, unsure: like "the coming weeks", open end
    ("weather_first_week_of_month", "2024-06-20", "Forecasters expect the heatwave to break in the first week of July.", "the first week of July", "2024-07-01", "2024-07-07"),  # new reading, unsure: days 1-7
    ("weather_first_weekend_of_month", "2024-05-20", "The festival returns to the park on the first weekend of June.", "the first weekend of June", "2024-06-01", "2024-06-02"),  # new reading: Sat 1 - Sun 2 June 2024
    ("live_weekend_just_gone", "2024-03-18", "Footfall on British high streets rose 8 per cent over the weekend just gone.", "the weekend just gone", "2024-03-16", "2024-03-17"),  # British: the last weekend
    ("sched_the_week_of", "2024-03-08", "The Senate is expected to take up the bill the week of March 18.", "the week of March 18", "2024-03-18", "2024-03-24"),  # new reading: the Monday-Sunday week holding 18 March
    ("sched_week_beginning", "2024-02-26", "Hearings will resume in the week beginning 4 March.", "the week beginning 4 March", "2024-03-04", "2024-03-10"),  # new reading

    # --- Markets, company results and economics ----------------------------------------------
    ("biz_compact_half_1h24", "2024-02-20", "The miner expects copper output to be weaker in 1H24 before recovering as a new mine ramps up.", "1H24", "2024-01-01", "2024-06-30"),
    ("biz_compact_half_2h23", "2024-02-20", "Margins improved in 2H23 as freight costs fell back to pre-pandemic levels.", "2H23", "2023-07-01", "2023-12-31"),
    ("biz_compact_quarter_4q23", "2024-01-25", "Earnings per share of $1.42 in 4Q23 beat the consensus forecast by 6 cents.", "4Q23", "2023-10-01", "2023-12-31"),
    ("biz_yearless_quarter_past_cross_year", "2024-01-25", "The chipmaker said sales fell 5 per cent in Q4 as demand for PCs stayed weak.", "Q4", "2023-10-01", "2023-12-31"),  # hard: past, year-less, so the Q4 just ended
    ("biz_indian_q3_fy24", "2024-01-12", "Infosys, whose financial year runs from April to March, reported a 7 per cent fall in net profit for Q3 FY24 on Thursday.", "Q3 FY24", "2023-10-01", "2023-12-31"),  # the text states the fiscal year: FY24 = Apr 2023-Mar 2024
    ("biz_second_quarter_of_fiscal_year", "2023-12-12", "Oracle, whose fiscal year ends on May 31, said total revenue rose 5 per cent in the second quarter of fiscal 2024.", "the second quarter of fiscal 2024", "2023-09-01", "2023-11-30"),  # fiscal 2024 = Jun 2023-May 2024
    ("biz_quarter_ended_date", "2024-01-12", "Wipro's net profit fell 12 per cent in the quarter ended December 31, missing analysts' estimates.", "the quarter ended December 31", "2023-10-01", "2023-12-31"),  # a quarter told by its end
    ("biz_december_quarter", "2024-01-18", "BHP said iron ore output rose 3 per cent in the December quarter.", "the December quarter", "2023-10-01", "2023-12-31"),  # new reading: the calendar quarter ending in December
    ("biz_march_quarter_gdp", "2024-06-05", "Australia's economy grew just 0.1 per cent in the March quarter, the weakest pace since the pandemic.", "the March quarter", "2024-01-01", "2024-03-31"),  # new reading
    ("biz_the_previous_quarter", "2024-04-25", "Output in the first quarter rose 0.4 per cent from the previous quarter.", "the previous quarter", "2023-10-01", "2023-12-31"),  # previous time: Q1 2024
    ("biz_end_of_first_quarter", "2024-04-25", "Cash on hand stood at $4.1bn at the end of the first quarter.", "the end of the first quarter", "2024-03-01", "2024-03-31"),  # new reading, unsure: mod END on a quarter = its last month
    ("biz_first_nine_months", "2024-10-30", "Sales in the first nine months of the year were flat at €21bn.", "the first nine months of the year", "2024-01-01", "2024-09-30"),
    ("biz_back_half_of_year", "2024-05-01", "Executives expect demand to pick up in the back half of the year.", "the back half of the year", "2024-07-01", "2024-12-31"),  # US idiom for the second half
    ("biz_end_hyphen_year", "2025-02-15", "Household debt stood at 89 per cent of GDP at end-2024, the central bank said.", "end-2024", "2024-09-01", "2024-12-31"),  # new reading: "end-X" = the end of X = late X
    ("biz_end_hyphen_month", "2024-04-10", "Foreign exchange reserves stood at $620bn at end-March.", "end-March", "2024-03-21", "2024-03-31"),  # new reading: late March, past
    ("biz_by_year_end", "2024-06-12", "Fed officials now expect only one interest rate cut by year-end.", "by year-end", "", "2024-12-31"),
    ("biz_twelve_months_to", "2024-04-17", "Consumer prices rose 3.2 per cent in the 12 months to March, down from 3.4 per cent in February.", "the 12 months to March", "2023-04-01", "2024-03-31"),  # like "the three months to June 30", a year told by its end
    ("biz_week_to_friday", "2024-03-18", "The FTSE 100 rose 2 per cent in the week to Friday, its best run since January.", "the week to Friday", "2024-03-11", "2024-03-15"),  # new reading, unsure: Monday to that Friday (Fri 15 March)
    ("biz_australian_budget_year", "2024-05-14", "Treasurer Jim Chalmers will hand down the 2024-25 budget tonight, promising energy bill relief for every household.", "2024-25", "2024-07-01", "2025-06-30"),  # new reading, unsure: Australian financial year, July-June
    ("biz_uk_tax_year", "2024-01-20", "Self-assessment returns for the 2022-23 tax year must be filed by 31 January.", "the 2022-23 tax year", "2022-04-06", "2023-04-05"),  # new reading: UK tax year 6 April - 5 April
    ("biz_tax_deadline_yearless", "2024-01-20", "Self-assessment returns for the 2022-23 tax year must be filed by 31 January.", "by 31 January", "", "2024-01-31"),  # future: this January's 31st
    ("biz_by_end_of_decade", "2024-03-14", "The government wants half of all new cars sold to be electric by the end of the decade.", "by the end of the decade", "", "2029-12-31"),  # the decade of the publication date
    ("biz_by_year_target", "2021-11-01", "More than 130 countries have now pledged to reach net zero by 2050.", "by 2050", "", "2050-12-31"),
    ("biz_apostrophe_year", "2022-06-20", "Traders who lived through the crash of '08 say this sell-off feels different.", "'08", "2008-01-01", "2008-12-31"),  # a two-digit year with an apostrophe
    ("biz_noughties", "2019-12-30", "Few inventions of the noughties changed daily life as much as the smartphone.", "the noughties", "2000-01-01", "2009-12-31"),  # British name for the 2000s
    ("biz_year_on_year_not_date", "2024-04-17", "Services inflation eased to 6 per cent year-on-year.", "year-on-year", "", ""),  # new reading: a comparison, no interval
    ("biz_month_on_month_not_date", "2024-04-17", "Prices were unchanged month-on-month, the statistics office said.", "month-on-month", "", ""),  # new reading
    ("biz_ten_year_bond_not_date", "2023-10-20", "The 10-year Treasury yield touched 5 per cent for the first time since 2007.", "10-year", "", ""),  # a maturity, a duration

    # --- Elections, parliaments, courts and government --------------------------------------
    ("gov_polling_day_named_earlier", "2024-06-20", "The general election will be held on 4 July. Postal ballots must reach the returning officer by 10pm on polling day.", "polling day", "2024-07-04", "2024-07-04"),  # new reading: the day the text has dated
    ("gov_swearing_in_yearless", "2024-11-07", "Trump will return to the White House after the swearing-in on Jan. 20.", "Jan. 20", "2025-01-20", "2025-01-20"),  # future across the new year
    ("gov_inauguration_day", "2024-12-10", "Biden has said he will attend his successor's swearing-in on Inauguration Day.", "Inauguration Day", "2025-01-20", "2025-01-20"),  # new reading: 20 January after the election
    ("gov_first_tuesday_after_first_monday", "2024-03-14", "This year's presidential election falls on the first Tuesday after the first Monday in November.", "the first Tuesday after the first Monday in November", "2024-11-05", "2024-11-05"),
    ("gov_the_next_90_days", "2025-01-21", "The president said the tariffs would be reviewed over the next 90 days.", "the next 90 days", "2025-01-21", "2025-04-21"),  # new reading: publication date to 90 days on (reported future)
    ("gov_term_began_in_october", "2024-06-28", "The Supreme Court issued the last big opinions of the term that began in October, including a ruling that curbs the power of federal agencies.", "October", "2023-10-01", "2023-10-31"),  # past, October not yet reached this year
    ("gov_next_parliament_not_date", "2024-05-23", "Labour has promised to build 1.5 million homes over the next parliament.", "the next parliament", "", ""),  # new reading, unsure: a parliament's term, no span given in the text
    ("gov_spring_statement_name", "2022-03-20", "Rishi Sunak will deliver his Spring Statement to MPs on Wednesday.", "Spring", "", ""),  # name of a fiscal event
    ("gov_on_or_before", "2024-12-10", "Companies must file their annual returns on or before 31 March, the tax authority said.", "on or before 31 March", "", "2025-03-31"),  # contract ON_OR_BEFORE; future, next March
    ("gov_no_later_than_weekday", "2024-03-13", "The judge ordered both parties to file their submissions no later than Friday.", "no later than Friday", "", "2024-03-15"),  # a deadline, like "by Friday"
    ("gov_from_day_applies", "2024-03-07", "The new child benefit threshold applies from 6 April, the chancellor said.", "6 April", "2024-04-06", "2024-04-06"),  # unsure: "from X" alone -> X, like "since X"
    ("gov_reported_hypothetical_month", "2023-09-14", "Ministers said the ban could come into force as soon as January if the bill passes.", "January", "2024-01-01", "2024-01-31"),  # hypothetical future across the new year
    ("court_negated_not_before_yearless_day", "2024-02-06", "The judge said the trial would not begin before 4 March.", "before 4 March", "", "2024-03-04"),  # deadline shape under negation, future

    # --- Day-of-month references and Commonwealth / South Asian forms -----------------------
    ("dom_the_15th_past", "2024-03-20", "He was arrested at Karachi airport on the 15th and remanded in custody.", "the 15th", "2024-03-15", "2024-03-15"),  # new reading: most recent 15th
    ("dom_the_25th_past_previous_month", "2024-03-20", "The ministry announced the new tariffs on the 25th.", "the 25th", "2024-02-25", "2024-02-25"),  # hard, new reading: past, the 25th not yet reached this month
    ("dom_the_28th_future", "2024-03-20", "The Lahore High Court will announce its verdict on the 28th.", "the 28th", "2024-03-28", "2024-03-28"),  # new reading: next 28th
    ("dom_the_5th_future_next_month", "2024-03-20", "The magistrate adjourned the hearing till the 5th.", "the 5th", "2024-04-05", "2024-04-05"),  # hard, new reading: future (adjourned to), so next month; "till X" -> X
    ("dom_of_this_month", "2024-03-20", "The notification was issued on the 3rd of this month.", "the 3rd of this month", "2024-03-03", "2024-03-03"),
    ("dom_of_last_month", "2024-03-20", "The accused had been granted bail on the 12th of last month.", "the 12th of last month", "2024-02-12", "2024-02-12"),
    ("dom_instant", "2023-08-10", "The court adjourned the hearing to the 20th instant.", "the 20th instant", "2023-08-20", "2023-08-20"),  # new reading: "instant" = this month
    ("dom_ultimo", "2023-08-10", "The petitioner was detained on the 5th ultimo under the Maintenance of Public Order ordinance.", "the 5th ultimo", "2023-07-05", "2023-07-05"),  # new reading: "ultimo" = last month
    ("dom_proximo", "2023-08-10", "The commission will hold its next sitting on the 1st proximo.", "the 1st proximo", "2023-09-01", "2023-09-01"),  # new reading: "proximo" = next month
    ("uk_tuesday_coming", "2024-03-14", "The Dáil will debate the motion on Tuesday coming.", "Tuesday coming", "2024-03-19", "2024-03-19"),  # Irish: the coming Tuesday
    ("us_this_coming_sunday", "2024-03-15", "Voters go to the polls this coming Sunday in the first round of the election.", "this coming Sunday", "2024-03-17", "2024-03-17"),
    ("us_this_past_weekday", "2024-03-14", "The company announced the layoffs this past Tuesday in an email to staff.", "this past Tuesday", "2024-03-12", "2024-03-12"),
    ("uk_weekday_gone", "2024-03-14", "The body was found on Tuesday gone in woodland near the town, police said.", "Tuesday gone", "2024-03-12", "2024-03-12"),  # new reading: Scottish/Irish idiom for last Tuesday
    ("uk_a_week_on_saturday", "2024-03-14", "The new stand will open for the derby a week on Saturday.", "a week on Saturday", "2024-03-23", "2024-03-23"),  # new reading: coming Saturday (16th) plus a week
    ("uk_this_day_week", "2024-03-14", "The council will meet again this day week to vote on the plan.", "this day week", "2024-03-21", "2024-03-21"),  # new reading: a week from the publication date
    ("uk_friday_fortnight", "2024-03-14", "The inquiry's report will be published on Friday fortnight.", "Friday fortnight", "2024-03-29", "2024-03-29"),  # new reading, unsure: coming Friday (15th) plus 14 days
    ("in_the_month_of", "2024-10-10", "India's merchandise exports rose 9 per cent in the month of August.", "the month of August", "2024-08-01", "2024-08-31"),

    # --- Numeric forms ------------------------------------------------------------------------
    ("num_yearless_day_first_past", "2019-11-25", "A circular dated 22/11 directs all district collectors to submit crop-loss reports within a week.", "22/11", "2019-11-22", "2019-11-22"),  # new reading: day first (Indian source), past
    ("num_yearless_day_first_future", "2019-11-14", "Counselling for the second round of admissions will begin on 20/11.", "20/11", "2019-11-20", "2019-11-20"),  # new reading: day first, future
    ("num_day_month_abbrev_year_dashes", "2019-12-02", "The invoice, dated 22-Nov-2019, was submitted to the ministry three days later.", "22-Nov-2019", "2019-11-22", "2019-11-22"),
    ("num_us_month_first_dashes", "2019-12-02", "According to a sheriff's report dated 11-22-2019, the driver had been awake for 20 hours.", "11-22-2019", "2019-11-22", "2019-11-22"),
    ("num_novel_title_not_date", "2016-02-15", "Hulu adapted Stephen King's novel 11.22.63 as a miniseries starring James Franco.", "11.22.63", "", ""),  # a title, like "Orwell's 1984"

    # --- Holidays and calendars ---------------------------------------------------------------
    ("hol_last_christmas", "2024-06-10", "The shop has not reopened since a fire last Christmas.", "last Christmas", "2023-12-25", "2023-12-25"),
    ("hol_this_christmas_future", "2024-11-10", "Royal Mail expects to deliver a record number of parcels this Christmas.", "this Christmas", "2024-12-25", "2024-12-25"),  # unsure: the day, not the season
    ("hol_easter_weekend_uk", "2024-04-03", "More than 2 million people travelled by train over the Easter weekend, Network Rail said.", "the Easter weekend", "2024-03-29", "2024-04-01"),  # new reading, unsure: Good Friday to Easter Monday
    ("hol_during_ramadan", "2024-03-25", "Israeli police have limited access to Al-Aqsa for worshippers from the West Bank during Ramadan.", "Ramadan", "2024-03-11", "2024-04-09"),  # new reading, unsure: Ramadan 1445 as observed in Saudi Arabia
    ("hol_diwali_future", "2023-11-08", "Gold sales in Mumbai jumped as shoppers stocked up ahead of Diwali.", "Diwali", "2023-11-12", "2023-11-12"),  # new reading: the main day
    ("hol_lunar_new_year_future", "2025-01-20", "Chinese railways expect a record 510 million trips in the run-up to Lunar New Year.", "Lunar New Year", "2025-01-29", "2025-01-29"),  # new reading: the first day of the lunar year
    ("hol_thanksgiving_week_hypothetical", "2023-11-15", "If the talks collapse, the strike could stretch into Thanksgiving week.", "Thanksgiving week", "2023-11-20", "2023-11-26"),  # new reading: the Mon-Sun week holding Thu 23 Nov
    ("hol_hogmanay", "2024-12-20", "Organisers say Edinburgh's street party will go ahead on Hogmanay unless the wind picks up.", "Hogmanay", "2024-12-31", "2024-12-31"),
    ("hol_memorial_day_weekend", "2024-05-20", "AAA expects a record 43.8 million Americans to travel over Memorial Day weekend.", "Memorial Day weekend", "2024-05-25", "2024-05-27"),  # new reading, unsure: Saturday to Memorial Day (Mon 27 May)
    ("hol_labor_day_hypothetical", "2023-08-28", "The union has threatened to walk out after Labor Day if no deal is reached.", "Labor Day", "2023-09-04", "2023-09-04"),  # first Monday of September; unsure: "after X" standing alone, the phrase is X alone like "since X"
    ("hol_remembrance_sunday_negated", "2023-11-08", "Police said the march would not take place on Remembrance Sunday.", "Remembrance Sunday", "2023-11-12", "2023-11-12"),  # second Sunday of November
    ("hol_anzac_day_past", "2024-04-26", "Tens of thousands of people gathered for dawn services on Anzac Day.", "Anzac Day", "2024-04-25", "2024-04-25"),
    ("hol_easter_monday_future", "2025-04-10", "Most shops and banks will be closed on Easter Monday.", "Easter Monday", "2025-04-21", "2025-04-21"),
    ("hol_good_friday_past", "2023-04-10", "Thousands of pilgrims walked the Via Dolorosa in Jerusalem on Good Friday.", "Good Friday", "2023-04-07", "2023-04-07"),  # a date here, unlike "the Good Friday Agreement"
    ("hol_indian_independence_day", "2023-08-10", "Prime Minister Narendra Modi will address the nation from the Red Fort on Independence Day.", "Independence Day", "2023-08-15", "2023-08-15"),  # India's, 15 August (the text names the Red Fort)
    ("hol_mothers_day_us", "2024-05-06", "Florists in the US expect record sales for Mother's Day.", "Mother's Day", "2024-05-12", "2024-05-12"),  # US: second Sunday of May
    ("hol_cyber_monday_past", "2023-11-28", "Shoppers spent a record $12.4 billion online on Cyber Monday, according to Adobe.", "Cyber Monday", "2023-11-27", "2023-11-27"),  # the Monday after Thanksgiving
    ("hol_may_day", "2024-05-02", "Police in Paris arrested 45 people during May Day marches.", "May Day", "2024-05-01", "2024-05-01"),  # "May" here is part of a date
    ("hol_ides_of_march", "2024-03-01", "The board has scheduled the vote, with some irony, for the Ides of March.", "the Ides of March", "2024-03-15", "2024-03-15"),
    ("hol_leap_day", "2024-02-26", "The hospital expects about a dozen babies to be born on leap day this week.", "leap day", "2024-02-29", "2024-02-29"),
    ("hol_valentines_day", "2024-02-08", "Florists are bracing for a rush in the days before Valentine's Day.", "Valentine's Day", "2024-02-14", "2024-02-14"),
    ("hol_halloween_night_past", "2023-11-02", "Police dispersed crowds in Tokyo's Shibuya district on Halloween night.", "Halloween", "2023-10-31", "2023-10-31"),  # "night" outside
    ("hol_st_patricks_day", "2024-03-14", "The taoiseach will present a bowl of shamrock at the White House on St Patrick's Day.", "St Patrick's Day", "2024-03-17", "2024-03-17"),
    ("hol_juneteenth_negated", "2024-06-17", "US stock markets will not open on Juneteenth.", "Juneteenth", "2024-06-19", "2024-06-19"),
    ("hol_christmas_year_named", "2023-06-10", "The factory has not run at full capacity since Christmas 2019.", "Christmas 2019", "2019-12-25", "2019-12-25"),  # "since X" -> X

    # --- Reported, negated and hypothetical clauses, more shapes ----------------------------
    ("tense_reported_later_this_week_overtaken", "2024-03-18", "The minister said last Monday that the plan would be published later that week, but it has still not appeared.", "later that week", "2024-03-11", "2024-03-17"),  # unsure: like "later that month", from the previous time (Mon 11 March) to that week's Sunday
    ("tense_future_season_cross_year", "2024-10-02", "The company hopes to open the factory by next summer.", "by next summer", "", "2025-08-31"),
    ("tense_past_season_prev_year", "2024-03-14", "The wildfires of the summer destroyed 300 homes, officials said.", "the summer", "2023-06-01", "2023-08-31"),  # hard: past, this summer not yet reached, so last year's

    # --- Not dates: names, scores, numbers ----------------------------------------------------
    ("neg_fridays_for_future", "2019-09-20", "Thousands of students joined Fridays for Future marches across Germany.", "Fridays", "", ""),  # a movement's name
    ("neg_year_of_the_dragon_generic", "2024-02-08", "In Chinese astrology, people born in the Year of the Dragon are said to be ambitious and lucky.", "the Year of the Dragon", "", ""),  # new reading: generic, recurs every 12 years
    ("neg_summer_olympics", "2024-07-20", "Paris will host the Summer Olympics for the third time.", "Summer", "", ""),  # part of an event name
    ("neg_24_7", "2023-02-06", "The hotline is staffed 24/7 by trained volunteers.", "24/7", "", ""),  # new reading: a frequency
    ("neg_score_1_0", "2023-08-20", "Spain beat England 1-0 in the Women's World Cup final in Sydney.", "1-0", "", ""),  # a score
    ("neg_chapter_11", "2023-03-20", "The retailer filed for Chapter 11 bankruptcy protection in Delaware.", "11", "", ""),
    ("neg_article_5", "2023-07-11", "NATO's Article 5 commits members to defend one another.", "5", "", ""),
    ("neg_boeing_737", "2024-01-06", "A door plug blew out of an Alaska Airlines Boeing 737 shortly after take-off from Portland.", "737", "", ""),
    ("neg_cop28", "2023-12-13", "Delegates at COP28 in Dubai agreed to transition away from fossil fuels.", "COP28", "", ""),
    ("neg_g20", "2023-09-10", "G20 leaders met in New Delhi under tight security.", "G20", "", ""),
    ("neg_1922_committee", "2023-10-25", "Sir Graham Brady chairs the 1922 Committee of Conservative backbenchers.", "1922", "", ""),  # a committee's name
    ("neg_vision_2030", "2023-10-25", "The megaproject is the centrepiece of Saudi Arabia's Vision 2030 programme.", "2030", "", ""),  # name of a plan (first survey's "2020 Vision")
    ("neg_tuesday_given_name", "2024-03-14", "The actress Tuesday Weld starred opposite Anthony Perkins in the film.", "Tuesday", "", ""),
    ("neg_number_10", "2024-03-14", "Number 10 said the prime minister had full confidence in the chancellor.", "10", "", ""),  # Downing Street
    ("neg_95th_minute", "2024-06-30", "Jude Bellingham equalised with an overhead kick in the 95th minute.", "the 95th minute", "", ""),  # a match clock

    # --- Durations that are not dates ---------------------------------------------------------
    ("dur_48_hour_strike", "2024-02-20", "Junior doctors will stage a 48-hour strike from next week.", "48-hour", "", ""),
    ("dur_more_than_a_decade", "2022-03-17", "It is the Fed's first rate rise in more than a decade.", "more than a decade", "", ""),
    ("dur_first_100_days", "2024-12-10", "Trump has promised a flurry of executive orders in his first 100 days.", "his first 100 days", "", ""),  # new reading, unsure: anchored on an event the text does not date
    ("dur_year_long_inquiry", "2023-05-18", "A year-long inquiry found systemic failures at the trust.", "year-long", "", ""),
]
