"""Sixth held-out survey of news time-phrase shapes for `timeline` (not tuned on).

What it is: 156 cases, each a short passage of everyday news prose (1995-2025:
wire, business and markets, sport, weather, politics, courts, culture, science, from
Britain, Ireland, the United States, Canada, France, Germany, Japan, Australia and
elsewhere) built around the calendar arithmetic and compound phrases the first five
surveys touch only lightly: parts of named periods ("the last week of June", "the second
half of May", "the first 10 days of July", "the final days of 2019", "the first half of
the decade"), holidays and their weeks, weekends and eves ("Thanksgiving weekend",
"Christmas week", "the bank holiday weekend", "the eve of the election", "the day after
Thanksgiving"), ranges and spans between two expressions ("between Tuesday and
Thursday", "Friday into Saturday", "from late March to mid-April", "between October and
March", "the 1980s and '90s", "July-September"), periods anchored at their end or start
("the seven days to Sunday", "the four weeks to 21 April", "the six months ended June
30", "the year through March", "the year since the invasion"), points relative to the
publication date with a unit ("a week from Tuesday", "two weeks from Friday", "this
time next week", "a fortnight ago today", "the week after next", "a year ago last
month"), short forms ("'97", "summer '25", "FY2023", "FY23", "1Q24", "Q4 '23", "the
2023/24 season", a bare "2023-24", "Jan-Mar", "YTD", "the early noughties") and things
that are not dates ("Good Morning America", "the Easter Rising", "Flight 1549", "Route
66", "the 1930 bus", "every Christmas", "a 3/4-inch pipe"). Past, future, negated,
hypothetical and reported clauses and present-for-future schedules are mixed
throughout, and year-less phrases are set just before or just after the publication
date so that direction matters. Each case has its publication date, one time phrase (an
exact substring occurring once in the text) and the inclusive day interval [earliest,
latest] that phrase should resolve to. "" stands for an open side (the contract's
`null`); both sides "" means the phrase is not a date at all, is a set or a bare
duration, or cannot be anchored. It covers phrasing that `bench/timex_shapes_cases.py`,
`bench/timex_shapes_cases2.py`, `bench/timex_shapes_cases3.py`,
`bench/timex_shapes_cases4.py` and `bench/timex_shapes_cases5.py` (the first five
surveys) do not: no case of theirs is repeated (where a phrase of theirs recurs, its
text, tense or side of the publication date differs).

Who wrote it and what was read: a helper session working in the `h39` worktree wrote it
to give a sixth honest estimate of how the tool does on phrasing nobody tuned it for.
The writer read only `bench/timex_shapes_cases.py`, `bench/timex_shapes_cases2.py`,
`bench/timex_shapes_cases3.py`, `bench/timex_shapes_cases4.py` and
`bench/timex_shapes_cases5.py` (their format, conventions and cases, so as not to repeat
them), `/work/shared/spec/CONTRACT.md` (section 1, the interval conventions),
`fixtures/heldout12/README.md` and `fixtures/heldout12/annotated/`. The writer did NOT
read `timeline/`, `cli.py`, `tests/`, any other file of `bench/`, `BENCHMARKS.md`,
`README.md` or any other fixture, and did not run the tool or any scorer. No expected
value was adjusted to match the tool's output. Weekdays, holidays (Easter and the days
counted from it, US and Canadian Monday holidays, Thanksgiving) and all date arithmetic
were checked with Python's `datetime`.

Conventions followed (the earlier surveys', restated briefly: CONTRACT.md section 1
first, then the heldout12 annotators, then the first five surveys' readings):
- years, months, days: the whole unit; "early/mid/late" a month = days 1-10 / 11-20 /
  21-end, a year = Jan-Apr / May-Aug / Sep-Dec, a decade = years 0-3 / 4-6 / 7-9;
  "the start/end/middle of X" = early/late/mid X; "mid-to-late X" joins mid and late;
- a year-less month, day, weekday or holiday goes to the past or the future according
  to its clause's tense and modality; a past-tense weekday is the most recent such day
  on or before the publication date (the same weekday = the publication date); a future
  weekday is the next such day after it; a day-of-month ("the 15th") follows the same
  rule (third survey);
- weeks run Monday to Sunday; "the weekend" is Saturday-Sunday; "the first week of a
  month" is its days 1-7 and "the first weekend of a month" its first Saturday and
  Sunday; "the week of X" is the Monday-Sunday week holding X; "the week to Friday" runs
  from that week's Monday to the Friday (third survey); "X into Y" over two days is one
  phrase over both (third and fourth surveys);
- seasons: winter Dec-Feb (the year of its January), spring Mar-May, summer Jun-Aug,
  autumn/fall Sep-Nov; quarters and halves are calendar ones unless the text names a
  fiscal year; "the back half" is the second half; a football season runs August-May; a
  UK financial year April-March, an Australian one July-June (earlier surveys);
- a holiday's "weekend" is the holiday's own long weekend, "Thanksgiving week" the
  Monday-Sunday week holding it, "this Christmas" the day (third survey); "between
  Christmas and New Year" runs from 25 December to 1 January (fourth survey);
- "by X"/"before X": earliest open, latest the last day of X, preposition inside the
  phrase; "since X", "until X", "through X", "from X" standing alone: the phrase is X
  alone with X's own interval;
- "the N months to X" and "the quarter/six months ended X" are the period ending with
  X; "so far this year" and "year-to-date" run from 1 January to the publication date;
  "N units ago" is the unit named, N units back; "in a fortnight's time" and "in two
  weeks" are one day; "this time last year" and "a year from now" are the publication
  date a year back or on; "A year ago this month" is the month a year back; "Tuesday
  week" is the coming Tuesday plus seven days; "this day week" the publication date
  plus seven;
- two units joined by "and"/"or" are one phrase covering both; "'08" is 2008; "the
  noughties" the 2000s; "1H24"/"4Q23" are halves and quarters of the year named;
- durations have no interval unless they anchor a point; sets ("every Sunday",
  "at weekends"), habits and generic presents ("gather at Christmas"), names, titles,
  scores, ages and numbers that contain a date word or look like a year have none; an
  event-anchored offset whose event the text does not date has none (fourth survey);
  a cohort's name ("the Class of 92") has none (fifth survey).
New readings this survey had to make (each case that rests on one says so beside it):
- parts of a month: "the last week of X" is its last seven days (the mirror of days
  1-7), "the second week of X" its days 8-14, "the first two weeks of X" its days 1-14,
  "the first 10 days of X" its days 1-10, "the second half of X" its days 16 to the end
  (the first half days 1-15); "the last weekend of X" its last Saturday and Sunday;
  "the first few days of X" is read as early X (days 1-10); "the final days of" a year
  is late December (days 21-31); "the tail end of X" is "the end of X" (mod END);
- parts of a decade: "the first half of the decade" is years 0-4 of the publication
  date's decade, "the latter half of the 1990s" years 5-9; "the last three months of the
  year" in a past clause early in a year is the year just ended (as the third survey's
  past "the summer");
- holidays: "Thanksgiving weekend" runs Thursday to Sunday; "the bank holiday weekend"
  in a British story is the nearest one in the clause's direction, Saturday to the bank
  holiday Monday (as the third survey's Memorial Day weekend); "the Easter holidays"
  (school holidays, whose dates vary by area) have no calendar extent and no interval;
  a Canadian story's Thanksgiving is the second Monday of October; "the eve of X" and
  "the day after X" are the day before and after X when the text or the calendar dates
  X, and no date when neither does; "the week before Christmas" is the Monday-Sunday
  week before Christmas week (as the third survey's "The week before");
- ranges: a year-less month range in a past clause ("between October and March") is the
  one that ended most recently, its start in the year before when it crosses the new
  year; "from the 10th to the 14th" takes both sides from the day-of-month rule;
- anchored periods: "the seven days to Sunday", "the 10 days to Sunday" and "the four
  weeks to 21 April" are the N days ending on the day named (inclusive); "the year
  through March" is "the 12 months to March"; "the two years to 2023" are the calendar
  years ending with it; "the year since X" and "the months since X", X dated in the
  text, run from X to the publication date;
- relative points: "a week from Tuesday" and "two weeks from Friday" are the coming
  weekday plus 7 and 14 days (as "Tuesday week"); "a month from today", "six months
  from now", "three days from now", "a week from today", "this time next week", "this
  time next year", "This time last week", "This day last year", "a fortnight ago today"
  and "a week ago yesterday" are single days counted from the publication date (or from
  yesterday); "the same day last year" after a told day is that day a year back; "a
  year ago last month" is last month a year back; "the week after next" and "the week
  before last" are Monday-Sunday weeks two weeks on and back; "the month after next"
  and "the year before last" likewise;
- short forms: a bare "2023-24" is the football season in a football story and the UK
  financial year (April-March) in a UK public-finance story, as is "FY24/25" for a
  British council; "FY23" in a story on the US federal budget is the federal fiscal
  year (October-September); "FY2023" whose year-end the text states counts back from
  it; "2Q" in a forecast made during the second quarter is the quarter under way; "'24"
  in "Paris '24" is a year dating an event (as the first survey's "the 2026 World
  Cup"); "CY2024" is the calendar year; "Jan '25 delivery" the month;
- not dates: a named historical event ("the Easter Rising", "the Yom Kippur War") has no
  date of its own, as the fifth survey's "Six Day War"; "each Easter", "every
  Christmas", "on weekdays" and "a bank holiday weekend" (generic) are sets or generic;
  a holiday used as a noun modifier ("a Christmas jumper") and a list named after a day
  ("the New Year Honours") have none; a measurement ("3/4-inch") and a rating ("4/5")
  that read like day/month dates have none; a bus named by its departure time ("the
  1930 bus") has none (as the fourth survey's "the 6.30 from Brighton").

Scored once as written (not tuned on): 46 right of 156 with the eighteenth session's
starting code (ac26ed5), 61 with the code of that moment, which had just learnt weeks of
a month, holiday weekends and weekday ranges from the earlier surveys.
"""
# ruff: noqa: E501
CASES: list[tuple[str, str, str, str, str, str]] = [
    # (name, publication date YYYY-MM-DD, text, phrase, expected earliest, expected latest)

    # --- Parts of named periods ----------------------------------------------------------------
    ("part6_first_week_of_march_future", "2024-02-20", "Engineers expect to finish repairs to the viaduct in the first week of March, Network Rail said.", "the first week of March", "2024-03-01", "2024-03-07"),  # third survey: days 1-7
    ("part6_first_week_of_december_past_prev_year", "2024-01-15", "The retailer cut 200 head-office jobs in the first week of December, a spokeswoman confirmed.", "the first week of December", "2023-12-01", "2023-12-07"),  # hard: past, December not yet reached this year
    ("part6_last_week_of_june_past", "2023-07-10", "Temperatures in Texas topped 40C on most days in the last week of June.", "the last week of June", "2023-06-24", "2023-06-30"),  # new reading: the month's last seven days
    ("part6_second_half_of_may_future", "2022-04-28", "Ballots in the party's leadership contest will be sent out in the second half of May.", "the second half of May", "2022-05-16", "2022-05-31"),  # new reading: days 16 to the end
    ("part6_first_weekend_in_august_future", "2024-07-15", "The town's carnival returns on the first weekend in August after a two-year break.", "the first weekend in August", "2024-08-03", "2024-08-04"),  # third survey: first Saturday and Sunday (1 August 2024 is a Thursday)
    ("part6_first_few_days_of_january_future", "2024-12-10", "Energy suppliers expect wholesale prices to jump again in the first few days of January.", "the first few days of January", "2025-01-01", "2025-01-10"),  # new reading, unsure: read as early January; future across the new year
    ("part6_final_days_of_2019", "2020-03-20", "Doctors in Wuhan first reported a cluster of unexplained pneumonia cases in the final days of 2019.", "the final days of 2019", "2019-12-21", "2019-12-31"),  # new reading, unsure: late December
    ("part6_first_nine_months_of_last_year", "2024-03-05", "Exports of Scotch whisky fell 4 per cent in the first nine months of last year.", "the first nine months of last year", "2023-01-01", "2023-09-30"),
    ("part6_first_half_of_the_decade", "2025-06-10", "Growth averaged just 1.1 per cent a year in the first half of the decade, held back by the pandemic and the energy shock.", "the first half of the decade", "2020-01-01", "2024-12-31"),  # new reading: years 0-4 of the publication date's decade
    ("part6_back_half_of_next_year", "2024-11-05", "Executives at the chipmaker expect orders to recover in the back half of next year.", "the back half of next year", "2025-07-01", "2025-12-31"),
    ("part6_tail_end_of_last_year", "2024-02-14", "Card spending picked up at the tail end of last year as shoppers returned to the high street.", "the tail end of last year", "2023-09-01", "2023-12-31"),  # new reading: = "the end of last year" (mod END, second survey)
    ("part6_opening_weeks_of_the_war_undated", "2023-02-20", "Thousands of men queued at recruiting offices in the opening weeks of the war.", "the opening weeks of the war", "", ""),  # the war is not dated in the text (fourth survey's undated event-anchored offset)
    ("part6_first_10_days_of_july_past", "2024-07-16", "More than 3,000 people crossed the Channel in small boats in the first 10 days of July.", "the first 10 days of July", "2024-07-01", "2024-07-10"),  # new reading: days 1-10
    ("part6_second_week_of_january_future", "2023-12-12", "The trial is expected to resume in the second week of January.", "the second week of January", "2024-01-08", "2024-01-14"),  # new reading: days 8-14; future across the new year
    ("part6_last_three_months_of_the_year_past", "2023-02-01", "Germany's economy shrank by 0.2 per cent in the last three months of the year, the statistics office said.", "the last three months of the year", "2022-10-01", "2022-12-31"),  # hard, new reading: past, early in a year, so the year just ended
    ("part6_first_two_weeks_of_august_1995", "1995-07-20", "The government will decide on the ceasefire plan in the first two weeks of August.", "the first two weeks of August", "1995-08-01", "1995-08-14"),  # new reading: days 1-14
    ("part6_middle_of_the_month_future", "2024-05-02", "The new bus timetable comes into force in the middle of the month.", "the middle of the month", "2024-05-11", "2024-05-20"),  # mod MID, as the second survey's "the middle of next month"
    ("part6_latter_half_of_the_1990s", "2010-09-14", "Property prices in Dublin doubled in the latter half of the 1990s.", "the latter half of the 1990s", "1995-01-01", "1999-12-31"),  # new reading: years 5-9
    ("part6_last_weekend_of_september_future", "2018-09-10", "The harvest festival will be held on the last weekend of September.", "the last weekend of September", "2018-09-29", "2018-09-30"),  # new reading: last Saturday and Sunday
    ("part6_first_monday_in_march_future", "1998-02-10", "The new ferry schedule will start on the first Monday in March.", "the first Monday in March", "1998-03-02", "1998-03-02"),
    ("part6_final_quarter_of_2023", "2024-02-08", "Sales of electric cars rose by a third in the final quarter of 2023.", "the final quarter of 2023", "2023-10-01", "2023-12-31"),

    # --- Holidays, their weeks, weekends and eves ----------------------------------------------
    ("hol6_thanksgiving_weekend_past", "2022-11-28", "Retailers reported record online sales over Thanksgiving weekend.", "Thanksgiving weekend", "2022-11-24", "2022-11-27"),  # new reading, unsure: Thursday (24 November) to Sunday
    ("hol6_easter_holidays_school", "2024-03-20", "Engineering works will close the line between Reading and Paddington for much of the Easter holidays.", "the Easter holidays", "", ""),  # new reading, unsure: school holidays vary by area, no calendar extent
    ("hol6_christmas_week_future", "2023-12-01", "Hospitals are bracing for a surge in flu admissions in Christmas week.", "Christmas week", "2023-12-25", "2023-12-31"),  # third survey's "Thanksgiving week": the Mon-Sun week holding 25 December (a Monday in 2023)
    ("hol6_bank_holiday_weekend_future_uk", "2024-05-23", "The Met Office says the bank holiday weekend will start dry and sunny before showers move in from the west.", "the bank holiday weekend", "2024-05-25", "2024-05-27"),  # new reading, unsure: the coming one, Saturday to the spring bank holiday (Mon 27 May)
    ("hol6_memorial_day_future", "2019-05-20", "Public pools across the city will open on Memorial Day.", "Memorial Day", "2019-05-27", "2019-05-27"),  # last Monday of May
    ("hol6_eve_of_the_election_dated", "2017-06-10", "The general election was held on 8 June. On the eve of the election, the prime minister had insisted she would win a bigger majority.", "the eve of the election", "2017-06-07", "2017-06-07"),  # new reading: the day before the dated election
    ("hol6_eve_of_the_election_undated", "2019-03-20", "The opposition candidate was arrested on the eve of the election, his party said.", "the eve of the election", "", ""),  # new reading: the election is not dated (fourth survey's undated event)
    ("hol6_new_years_day_hypothetical", "2020-12-15", "If parliament approves the deal, the new customs rules could apply from New Year's Day.", "New Year's Day", "2021-01-01", "2021-01-01"),  # hypothetical future across the new year; "from X" -> X
    ("hol6_christmas_eve_future_from_november", "2010-11-25", "The Christmas market will stay open until 4pm on Christmas Eve, the council said.", "Christmas Eve", "2010-12-24", "2010-12-24"),
    ("hol6_independence_day_us_future", "2024-07-01", "The fireworks over the National Mall on Independence Day will go ahead despite the heat, the National Park Service said.", "Independence Day", "2024-07-04", "2024-07-04"),  # a US story: 4 July
    ("hol6_good_friday_future", "2025-04-10", "Ferries to the islands will run a Sunday timetable on Good Friday.", "Good Friday", "2025-04-18", "2025-04-18"),  # Easter Sunday 20 April 2025
    ("hol6_fourth_of_july_past", "2021-07-06", "At least 17 people were shot in Chicago on the Fourth of July, police said.", "the Fourth of July", "2021-07-04", "2021-07-04"),
    ("hol6_halloween_future", "2019-10-28", "Trick-or-treaters in the town will have to be home by 8pm on Halloween under a new curfew.", "Halloween", "2019-10-31", "2019-10-31"),
    ("hol6_valentines_day_past", "2018-02-16", "The gunman opened fire at the Florida high school on Valentine's Day, killing 17 people.", "Valentine's Day", "2018-02-14", "2018-02-14"),
    ("hol6_christmas_day_past_across_year", "2025-01-03", "The ferry service was suspended on Christmas Day after a storm damaged the pier.", "Christmas Day", "2024-12-25", "2024-12-25"),
    ("hol6_before_easter_deadline", "2024-03-05", "The minister said the bill would clear the Commons before Easter.", "before Easter", "", "2024-03-31"),  # Easter Sunday 31 March 2024; deadline
    ("hol6_mlk_day_past", "2023-01-18", "The mayor laid a wreath at the civil rights memorial on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "2023-01-16", "2023-01-16"),  # third Monday of January
    ("hol6_canadian_thanksgiving_future", "2023-10-04", "Most stores in Ontario will be closed on Thanksgiving, the Retail Council of Canada said.", "Thanksgiving", "2023-10-09", "2023-10-09"),  # new reading: a Canadian story, second Monday of October
    ("hol6_bastille_day_past", "2016-07-15", "A lorry ploughed into crowds celebrating Bastille Day on the seafront in Nice, killing at least 84 people.", "Bastille Day", "2016-07-14", "2016-07-14"),
    ("hol6_shrove_tuesday_future", "2024-02-08", "The town's pancake race will be run on Shrove Tuesday, as it has been for centuries.", "Shrove Tuesday", "2024-02-13", "2024-02-13"),  # 47 days before Easter Sunday (31 March 2024)
    ("hol6_ash_wednesday_past", "2021-02-19", "Priests sprinkled ashes on worshippers' heads instead of marking their foreheads on Ash Wednesday.", "Ash Wednesday", "2021-02-17", "2021-02-17"),  # 46 days before Easter Sunday (4 April 2021)
    ("hol6_day_after_thanksgiving_future", "1999-11-22", "Toy retailers expect the biggest crowds of the year on the day after Thanksgiving.", "the day after Thanksgiving", "1999-11-26", "1999-11-26"),  # new reading: the calendar dates Thanksgiving (25 November 1999), so the day after is anchored
    ("hol6_week_before_christmas_future", "2024-12-02", "Royal Mail expects to deliver 150 million parcels in the week before Christmas.", "the week before Christmas", "2024-12-16", "2024-12-22"),  # new reading, unsure: the Mon-Sun week before the week holding Wed 25 December (a reader could take 18-24 December)
    ("hol6_veterans_day_negated", "2024-11-06", "Banks and post offices will not open on Veterans Day.", "Veterans Day", "2024-11-11", "2024-11-11"),  # negated, keeps its interval

    # --- Ranges and spans between two expressions ----------------------------------------------
    ("rng6_between_tuesday_and_thursday_past", "2024-04-19", "Inspectors made unannounced visits to the prison between Tuesday and Thursday.", "between Tuesday and Thursday", "2024-04-16", "2024-04-18"),  # published on a Friday
    ("rng6_tuesday_to_thursday_future", "2023-03-06", "Talks between the two sides will be held Tuesday to Thursday in Geneva.", "Tuesday to Thursday", "2023-03-07", "2023-03-09"),  # published on a Monday
    ("rng6_friday_through_sunday_future", "2024-08-14", "The county fair runs Friday through Sunday at the fairgrounds.", "Friday through Sunday", "2024-08-16", "2024-08-18"),  # present for future
    ("rng6_overnight_friday_into_saturday_future", "2024-01-24", "A band of heavy snow is expected to cross the Pennines overnight Friday into Saturday.", "Friday into Saturday", "2024-01-26", "2024-01-27"),  # future mirror of the fourth survey's past "Saturday into Sunday"
    ("rng6_late_march_to_mid_april_past", "2023-05-02", "The stadium was closed from late March to mid-April while the pitch was relaid.", "from late March to mid-April", "2023-03-21", "2023-04-20"),
    ("rng6_between_christmas_and_new_year_past", "2024-01-08", "Footfall between Christmas and New Year was the strongest since 2019, the retail group said.", "between Christmas and New Year", "2023-12-25", "2024-01-01"),  # fourth survey's reading, past across the new year
    ("rng6_mid_to_late_september_future", "2024-08-20", "Farmers expect the grape harvest to start in mid-to-late September.", "mid-to-late September", "2024-09-11", "2024-09-30"),  # as the second survey's "mid-to-late 2025"
    ("rng6_1980s_and_90s", "2016-06-24", "The town lost most of its textile mills in the 1980s and '90s.", "the 1980s and '90s", "1980-01-01", "1999-12-31"),  # one phrase over both (second survey's "the 1980s and 1990s")
    ("rng6_1994_to_1997_bare", "2012-05-09", "He was ambassador to Washington 1994 to 1997 and later foreign minister.", "1994 to 1997", "1994-01-01", "1997-12-31"),
    ("rng6_july_september_past", "2023-11-15", "Japan's economy shrank at an annualised rate of 2.1 per cent in July-September.", "July-September", "2023-07-01", "2023-09-30"),
    ("rng6_from_2019_through_2021", "2023-03-01", "The company paid no corporation tax from 2019 through 2021.", "from 2019 through 2021", "2019-01-01", "2021-12-31"),
    ("rng6_week_of_march_4_past", "2021-03-19", "Applications for unemployment benefits fell sharply the week of March 4.", "the week of March 4", "2021-03-01", "2021-03-07"),  # third survey: the Mon-Sun week holding Thu 4 March
    ("rng6_jan_7_10_future_across_year", "2024-12-18", "The Consumer Electronics Show runs Jan. 7-10 in Las Vegas.", "Jan. 7-10", "2025-01-07", "2025-01-10"),  # future across the new year
    ("rng6_dec_20_to_jan_3_future", "2024-12-02", "The bridge will be closed to traffic from Dec. 20 to Jan. 3 for resurfacing.", "from Dec. 20 to Jan. 3", "2024-12-20", "2025-01-03"),  # the second side is next year
    ("rng6_between_october_and_march_past", "2024-05-10", "Flu admissions were higher between October and March than in any winter since 2017.", "between October and March", "2023-10-01", "2024-03-31"),  # hard, new reading: past, the range that ended in the most recent March
    ("rng6_1_3_march_past", "2024-03-12", "The trade fair, held on 1-3 March in Barcelona, drew 95,000 visitors.", "1-3 March", "2024-03-01", "2024-03-03"),
    ("rng6_late_2021_and_early_2022", "2023-06-14", "Most of the deaths occurred in late 2021 and early 2022, when the Omicron variant spread.", "late 2021 and early 2022", "2021-09-01", "2022-04-30"),  # the contract's "late 2019-early 2020" joined by "and"
    ("rng6_from_thursday_until_sunday_future", "2024-06-04", "The folk festival runs from Thursday until Sunday on the Downs.", "from Thursday until Sunday", "2024-06-06", "2024-06-09"),  # published on a Tuesday
    ("rng6_from_the_10th_to_the_14th_past", "2024-03-20", "The exhibition ran from the 10th to the 14th and drew 40,000 visitors.", "from the 10th to the 14th", "2024-03-10", "2024-03-14"),  # new reading: both sides by the third survey's day-of-month rule
    ("rng6_saturday_and_sunday_past", "2024-05-14", "Protests were held on Saturday and Sunday in more than 40 cities.", "Saturday and Sunday", "2024-05-11", "2024-05-12"),  # one phrase over both days
    ("rng6_mid_may_to_end_of_june_future", "2024-04-10", "The coast road will be closed between mid-May and the end of June.", "between mid-May and the end of June", "2024-05-11", "2024-06-30"),
    ("rng6_2015_17_short", "2019-02-01", "Average earnings grew faster in 2015-17 than in any three-year spell since the crash.", "2015-17", "2015-01-01", "2017-12-31"),
    ("rng6_negated_wednesday_to_friday", "2024-10-14", "The court will not sit from Wednesday to Friday because of a judges' conference.", "from Wednesday to Friday", "2024-10-16", "2024-10-18"),  # negated, keeps its interval; published on a Monday

    # --- Periods anchored at their end or start ------------------------------------------------
    ("to6_12_months_to_june", "2024-08-14", "Net migration to the UK fell by a tenth in the 12 months to June, official figures show.", "the 12 months to June", "2023-07-01", "2024-06-30"),  # as the third survey's "the 12 months to March"
    ("to6_seven_days_to_sunday", "2024-01-16", "Covid admissions rose 8 per cent in the seven days to Sunday.", "the seven days to Sunday", "2024-01-08", "2024-01-14"),  # new reading: the seven days ending on the last Sunday (14 January)
    ("to6_week_to_march_8", "2024-03-11", "Global equity funds drew $23bn of inflows in the week to March 8, the biggest weekly haul of the year.", "the week to March 8", "2024-03-04", "2024-03-08"),  # third survey's "the week to Friday": Monday to that Friday (8 March 2024)
    ("to6_three_months_to_august", "2024-10-15", "Unemployment rose to 4.1 per cent in the three months to August.", "the three months to August", "2024-06-01", "2024-08-31"),
    ("to6_the_year_to_date", "2024-06-28", "The index has gained 14 per cent in the year to date.", "the year to date", "2024-01-01", "2024-06-28"),  # second survey's "year-to-date"
    ("to6_quarter_ended_march_31", "2024-05-08", "The bank's net profit rose 9 per cent in the quarter ended March 31.", "the quarter ended March 31", "2024-01-01", "2024-03-31"),
    ("to6_six_months_ended_june_30", "2023-08-24", "Revenue for the six months ended June 30 rose to HK$12.4bn.", "the six months ended June 30", "2023-01-01", "2023-06-30"),
    ("to6_year_through_march", "2024-05-15", "Home prices rose 6.5 per cent in the year through March, the index showed.", "the year through March", "2023-04-01", "2024-03-31"),  # new reading: = "the 12 months to March"
    ("to6_year_since_the_invasion", "2023-02-20", "Russia invaded Ukraine on 24 February 2022. In the year since the invasion, eight million refugees have been recorded across Europe.", "the year since the invasion", "2022-02-24", "2023-02-20"),  # new reading: from the dated event to the publication date
    ("to6_nine_months_to_september_30", "2023-11-02", "Pre-tax profit for the nine months to September 30 fell by a fifth.", "the nine months to September 30", "2023-01-01", "2023-09-30"),
    ("to6_four_weeks_to_21_april", "2024-04-30", "Grocery price inflation slowed to 3.2 per cent in the four weeks to 21 April.", "the four weeks to 21 April", "2024-03-25", "2024-04-21"),  # new reading: the 28 days ending on the day named
    ("to6_year_ending_march_2024", "2024-07-18", "Police recorded 6.7 million crimes in the year ending March 2024.", "the year ending March 2024", "2023-04-01", "2024-03-31"),
    ("to6_financial_year_to_june_30_aus", "2024-08-29", "The airline reported an underlying profit of A$2.08bn for the financial year to June 30.", "the financial year to June 30", "2023-07-01", "2024-06-30"),
    ("to6_ten_days_to_sunday", "2024-09-03", "Rainfall in the 10 days to Sunday was three times the normal amount.", "the 10 days to Sunday", "2024-08-23", "2024-09-01"),  # new reading: the ten days ending on the last Sunday (1 September)
    ("to6_so_far_this_month", "2024-10-17", "More than 1,200 people have crossed the Channel so far this month.", "so far this month", "2024-10-01", "2024-10-17"),  # as the second survey's "so far this year"
    ("to6_two_years_to_2023", "2024-04-03", "Real wages fell in the two years to 2023.", "the two years to 2023", "2022-01-01", "2023-12-31"),  # new reading, unsure: the calendar years 2022 and 2023
    ("to6_quarter_to_september", "2024-11-14", "Output grew by just 0.1 per cent in the quarter to September.", "the quarter to September", "2024-07-01", "2024-09-30"),
    ("to6_half_year_ended_dec_31", "2024-02-20", "The miner, whose financial year ends on June 30, reported a 15 per cent rise in underlying profit for the half-year ended Dec. 31.", "the half-year ended Dec. 31", "2023-07-01", "2023-12-31"),
    ("to6_12_months_ended_sept_30", "2022-11-10", "The company's sales rose 11 per cent in the 12 months ended Sept. 30.", "the 12 months ended Sept. 30", "2021-10-01", "2022-09-30"),
    ("to6_months_since_the_earthquake", "2023-07-06", "The earthquake struck southern Turkey on 6 February. In the months since the earthquake, more than 300,000 families have been moved into container towns.", "the months since the earthquake", "2023-02-06", "2023-07-06"),  # new reading: from the dated event to the publication date
    ("to6_year_to_the_end_of_march", "2019-06-12", "Knife crime in England and Wales rose by 8 per cent in the year to the end of March.", "the year to the end of March", "2018-04-01", "2019-03-31"),

    # --- Points relative to the publication date, with a unit ------------------------------------
    ("rel6_a_week_from_tuesday", "2024-10-03", "The board will vote on the merger a week from Tuesday.", "a week from Tuesday", "2024-10-15", "2024-10-15"),  # new reading: the coming Tuesday (8 October) plus seven days
    ("rel6_a_month_from_today", "2024-06-12", "Polls open a month from today, and the parties are still drafting their manifestos.", "a month from today", "2024-07-12", "2024-07-12"),  # new reading: the publication date a month on
    ("rel6_two_weeks_from_friday", "2024-05-08", "The new stadium will host its first match two weeks from Friday.", "two weeks from Friday", "2024-05-24", "2024-05-24"),  # new reading: the coming Friday (10 May) plus 14 days
    ("rel6_this_time_next_week", "2024-07-01", "By this time next week, we should know who the next prime minister will be.", "this time next week", "2024-07-08", "2024-07-08"),  # new reading: the publication date a week on
    ("rel6_same_day_last_year", "2024-05-06", "Passenger numbers on 2 May were 12 per cent higher than on the same day last year.", "the same day last year", "2023-05-02", "2023-05-02"),  # new reading: the previous time (2 May 2024) a year back
    ("rel6_a_decade_ago_this_month", "2024-06-10", "A decade ago this month, militants swept into Mosul and declared a caliphate.", "A decade ago this month", "2014-06-01", "2014-06-30"),  # second survey's "A year ago this month"
    ("rel6_this_time_next_year", "2024-09-05", "This time next year, the new terminal should be handling 10,000 passengers a day.", "This time next year", "2025-09-05", "2025-09-05"),  # new reading: mirror of the fourth survey's "this time last year"
    ("rel6_a_fortnight_ago_today_leap", "2024-03-14", "The bridge collapsed a fortnight ago today, and divers are still searching the river.", "a fortnight ago today", "2024-02-29", "2024-02-29"),  # new reading: 14 days back (a leap day)
    ("rel6_six_months_from_now", "2024-08-15", "Six months from now, the rules will apply to every bank in the country.", "Six months from now", "2025-02-15", "2025-02-15"),  # new reading: as the fourth survey's "a year from now"
    ("rel6_three_days_from_now", "2024-12-30", "The new speed limits take effect three days from now.", "three days from now", "2025-01-02", "2025-01-02"),  # new reading: across the new year
    ("rel6_a_week_from_today", "2024-12-27", "Voters go to the polls a week from today.", "a week from today", "2025-01-03", "2025-01-03"),  # new reading: across the new year
    ("rel6_this_time_last_week", "2024-03-01", "This time last week, the town centre was under a metre of water.", "This time last week", "2024-02-23", "2024-02-23"),  # new reading: the publication date a week back
    ("rel6_in_three_weeks_time", "2024-02-20", "The tribunal will give its decision in three weeks' time.", "in three weeks' time", "2024-03-12", "2024-03-12"),  # one day, as "in a fortnight's time"
    ("rel6_a_month_ago_across_year", "2024-01-10", "The minister was appointed a month ago.", "a month ago", "2023-12-01", "2023-12-31"),  # the unit named (first survey's "six months ago")
    ("rel6_a_year_ago_last_month", "2024-02-15", "The dam burst a year ago last month, and 2,000 people are still in temporary housing.", "a year ago last month", "2023-01-01", "2023-01-31"),  # new reading: last month (January 2024) a year back
    ("rel6_a_week_ago_yesterday", "2024-05-15", "He was last seen a week ago yesterday, leaving his flat in Leith.", "a week ago yesterday", "2024-05-07", "2024-05-07"),  # new reading: yesterday (14 May) seven days back
    ("rel6_this_day_last_year", "2023-03-01", "This day last year, the first refugees reached the border crossing at Medyka.", "This day last year", "2022-03-01", "2022-03-01"),  # new reading: the publication date a year back
    ("rel6_the_week_after_next", "2024-05-15", "The inquiry's report will be published the week after next.", "the week after next", "2024-05-27", "2024-06-02"),  # new reading: the Mon-Sun week after next week
    ("rel6_the_week_before_last", "2024-05-15", "The company quietly changed its terms the week before last.", "the week before last", "2024-04-29", "2024-05-05"),  # new reading
    ("rel6_the_month_after_next", "2024-11-20", "The new parking charges take effect the month after next.", "the month after next", "2025-01-01", "2025-01-31"),  # new reading
    ("rel6_the_year_before_last", "2024-02-01", "Sales fell in the year before last and recovered only slowly in 2023.", "the year before last", "2022-01-01", "2022-12-31"),  # new reading

    # --- Short forms ---------------------------------------------------------------------------
    ("short6_apostrophe_97_alone", "2017-06-30", "Many of the people who watched the handover in '97 have since left the city.", "'97", "1997-01-01", "1997-12-31"),  # third survey's "'08"
    ("short6_class_of_92_cohort", "2012-06-18", "The reunion brought together the class of '92 from Central High School.", "'92", "", ""),  # a cohort's name (fifth survey's "Class of 92"); unsure
    ("short6_summer_25_future", "2024-11-12", "Bookings for summer '25 are already ahead of last year's pace, the tour operator said.", "summer '25", "2025-06-01", "2025-08-31"),
    ("short6_fy2023_year_end_stated", "2023-05-18", "Walmart's fiscal year ends on Jan. 31; in FY2023, its revenue reached $611 billion.", "FY2023", "2022-02-01", "2023-01-31"),  # new reading: counted back from the stated year-end
    ("short6_fy23_us_federal", "2022-03-28", "The Pentagon's FY23 budget request totals $773 billion.", "FY23", "2022-10-01", "2023-09-30"),  # new reading, unsure: the US federal fiscal year, October-September
    ("short6_q1_2024", "2024-04-25", "The carmaker delivered 387,000 vehicles in Q1 2024, down 9 per cent.", "Q1 2024", "2024-01-01", "2024-03-31"),
    ("short6_1q24_forecast", "2024-02-15", "Analysts expect margins to bottom out in 1Q24.", "1Q24", "2024-01-01", "2024-03-31"),  # third survey's "4Q23"
    ("short6_h2_2023", "2024-02-28", "Shipments recovered strongly in H2 2023.", "H2 2023", "2023-07-01", "2023-12-31"),
    ("short6_2023_24_season_slash", "2024-06-03", "Manchester City won the title for a fourth successive time in the 2023/24 season.", "the 2023/24 season", "2023-08-01", "2024-05-31"),  # second survey: football season August-May
    ("short6_bare_2023_24_football", "2024-06-03", "Arsenal finished second in the league in 2023-24, two points behind City.", "2023-24", "2023-08-01", "2024-05-31"),  # new reading: a bare span in a football story is the season
    ("short6_bare_2023_24_nhs", "2023-03-09", "NHS England's budget for 2023-24 is about £160bn.", "2023-24", "2023-04-01", "2024-03-31"),  # new reading, unsure: the UK financial year, April-March
    ("short6_jan_mar", "2024-05-16", "Japan's economy shrank at an annualised 2 per cent in Jan-Mar.", "Jan-Mar", "2024-01-01", "2024-03-31"),
    ("short6_mid_2020s", "2019-09-12", "Oil demand will peak in the mid-2020s, the company forecast.", "the mid-2020s", "2024-01-01", "2026-12-31"),  # second survey: mid decade = years 4-6
    ("short6_early_noughties", "2021-05-20", "The band was one of the biggest acts of the early noughties.", "the early noughties", "2000-01-01", "2003-12-31"),  # early decade = years 0-3
    ("short6_late_90s_apostrophe", "2018-10-02", "The dotcom boom of the late '90s made him a millionaire.", "the late '90s", "1997-01-01", "1999-12-31"),
    ("short6_q4_apostrophe_23", "2024-01-31", "Revenue in Q4 '23 beat guidance by $200m.", "Q4 '23", "2023-10-01", "2023-12-31"),
    ("short6_ytd", "2024-04-12", "Bitcoin is up 60 per cent YTD.", "YTD", "2024-01-01", "2024-04-12"),  # second survey's "year-to-date"
    ("short6_fy24_25_uk_council", "2024-03-06", "The council has approved a 4.99 per cent council tax rise for FY24/25.", "FY24/25", "2024-04-01", "2025-03-31"),  # new reading, unsure: a British council's financial year, April-March
    ("short6_08_09_recession", "2019-04-10", "Unemployment in the town has not been this high since the recession of '08-'09.", "'08-'09", "2008-01-01", "2009-12-31"),
    ("short6_the_90s_no_apostrophe", "2020-07-14", "Rents in the area were far lower in the 90s.", "the 90s", "1990-01-01", "1999-12-31"),
    ("short6_2q_quarter_under_way", "2024-04-10", "The airline expects fuel costs to ease in 2Q.", "2Q", "2024-04-01", "2024-06-30"),  # new reading: a forecast made during the second quarter, so the quarter under way
    ("short6_paris_24", "2023-07-26", "Tickets for Paris '24 go on general sale next month.", "'24", "2024-01-01", "2024-12-31"),  # new reading: a year dating an event (first survey's "the 2026 World Cup")
    ("short6_jan_25_delivery", "2024-11-20", "Brent crude for Jan '25 delivery fell 2 per cent.", "Jan '25", "2025-01-01", "2025-01-31"),  # new reading: a delivery month
    ("short6_cy2024", "2024-02-27", "The company guided for CY2024 revenue of $1.1bn.", "CY2024", "2024-01-01", "2024-12-31"),  # new reading: the calendar year

    # --- Not dates -----------------------------------------------------------------------------
    ("nd6_good_morning_america", "2024-03-14", "The senator told Good Morning America that she would not run again.", "Morning", "", ""),  # a programme's name
    ("nd6_easter_rising_name", "2016-03-28", "Hundreds of thousands of people lined the streets of Dublin to mark the centenary of the Easter Rising.", "Easter Rising", "", ""),  # new reading: a named historical event, no date of its own
    ("nd6_1930_bus", "2024-03-14", "A man was stabbed on the 1930 bus from Victoria, police said.", "1930", "", ""),  # new reading: a bus named by its departure time
    ("nd6_flight_1549", "2019-01-15", "Captain Chesley Sullenberger landed US Airways Flight 1549 on the Hudson River.", "1549", "", ""),  # a flight number
    ("nd6_route_66", "2024-03-14", "The diner has stood on Route 66 since the 1940s.", "66", "", ""),  # a road's number
    ("nd6_every_christmas", "2024-03-14", "The family returns to the village every Christmas.", "every Christmas", "", ""),  # a set
    ("nd6_on_weekdays", "2024-03-14", "The bridge is closed to lorries on weekdays between 7am and 10am.", "weekdays", "", ""),  # new reading: a set
    ("nd6_sunday_school", "2024-03-14", "She taught Sunday school at the chapel for 40 years.", "Sunday", "", ""),
    ("nd6_easter_island", "2024-03-14", "Chile has tightened the rules for visitors to Easter Island.", "Easter", "", ""),  # a place name
    ("nd6_1812_overture", "2024-03-14", "The concert ended with the 1812 Overture and a fireworks display.", "1812", "", ""),  # a title
    ("nd6_born_on_the_fourth_of_july_title", "2024-03-14", "Tom Cruise was nominated for an Oscar for Born on the Fourth of July.", "the Fourth of July", "", ""),  # a film title
    ("nd6_independence_day_film", "2024-03-14", "Independence Day, the alien-invasion blockbuster, was shot partly in Utah.", "Independence Day", "", ""),  # a film title
    ("nd6_monday_night_football", "2024-03-14", "The quarterback made his debut on Monday Night Football.", "Monday Night", "", ""),  # a programme's name
    ("nd6_british_summer_time", "2024-03-14", "Clocks go forward an hour at the start of British Summer Time.", "Summer", "", ""),  # the name of a time zone
    ("nd6_yom_kippur_war", "2023-10-09", "The attack came almost 50 years to the day after the start of the Yom Kippur War.", "Yom Kippur", "", ""),  # new reading: a war's name
    ("nd6_march_madness", "2024-03-14", "Office productivity dips during March Madness, a survey found.", "March", "", ""),  # a tournament's nickname
    ("nd6_christmas_jumper", "2023-12-08", "The MP wore a Christmas jumper in the chamber to raise money for charity.", "Christmas", "", ""),  # new reading: a noun modifier naming a kind of thing
    ("nd6_new_year_honours", "2024-03-14", "The actor was knighted in the New Year Honours.", "New Year", "", ""),  # new reading: the name of a list
    ("nd6_each_easter", "2024-03-14", "Thousands of pilgrims visit the shrine each Easter.", "each Easter", "", ""),  # new reading: a set
    ("nd6_bank_holiday_weekend_generic", "2024-03-14", "Police say drink-driving arrests usually double over a bank holiday weekend.", "a bank holiday weekend", "", ""),  # new reading: generic
    ("nd6_3_4_inch_pipe", "2024-03-14", "Firefighters found a leak in a 3/4-inch gas pipe under the kitchen floor.", "3/4", "", ""),  # new reading: a measurement, not 3 April or 4 March
    ("nd6_rated_4_5", "2024-03-14", "Critics rated the production 4/5, praising its lead.", "4/5", "", ""),  # new reading: a rating
]
