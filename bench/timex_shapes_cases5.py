"""Fifth held-out survey of news time-phrase shapes for `timeline` (not tuned on).

What it is: 156 cases, each a short passage of everyday news prose (1990-2025) built
around the kinds of time expression the first four surveys cover least: clock times and
the day they fall on (local time and GMT, noon and midnight, dawn and dusk, the early
hours, clock times with no day named and clock times after a day told earlier in the
text), recurring times (TIMEX3 SET: "every Tuesday", "twice a year", "annually",
"nightly", habits and generic presents), durations and spans that are and are not
anchored ("the past 72 hours", "the next five years", "within 30 days of the ruling", "a
six-month ban"), ages, anniversaries, birthdays and lifetimes, fuzzy and generic times
("recently", "soon", "for now", "the 21st century", "the Cold War era", "at the time",
"then", "once"), and things that are not time expressions ("Channel 4", "Studio 54",
"the 24 Hours of Le Mans", "a 7-Eleven", "G7", "Friday the 13th" as a title). Past,
future, negated, hypothetical and reported clauses are mixed throughout. Each case has
its publication date, one time phrase (an exact substring occurring once in the text)
and the inclusive day interval [earliest, latest] that phrase should resolve to. ""
stands for an open side (the contract's `null`); both sides "" means the phrase is not a
date at all, is a set or a bare duration, or cannot be anchored. It covers phrasing that
`bench/timex_shapes_cases.py`, `bench/timex_shapes_cases2.py`,
`bench/timex_shapes_cases3.py` and `bench/timex_shapes_cases4.py` (the first four
surveys) do not: no case of theirs is repeated.

Who wrote it and what was read: a helper session working in the `h38` worktree wrote it
to give a fifth honest estimate of how the tool does on phrasing nobody tuned it for. The
writer read only `bench/timex_shapes_cases.py`, `bench/timex_shapes_cases2.py`,
`bench/timex_shapes_cases3.py` and `bench/timex_shapes_cases4.py` (their format,
conventions and cases, so as not to repeat them), `/work/shared/spec/CONTRACT.md`
(section 1, the interval conventions), `fixtures/heldout12/README.md` and
`fixtures/heldout12/annotated/`. The writer did NOT read `timeline/`, `cli.py`, `tests/`,
any other file of `bench/`, `BENCHMARKS.md`, `README.md` or any other fixture, and did
not run the tool or any scorer. No expected value was adjusted to match the tool's
output. Weekdays and date arithmetic were checked with Python's `datetime`.

Conventions followed (the earlier surveys', restated briefly: CONTRACT.md section 1
first, then the heldout12 annotators, then the first four surveys' readings):
- years, months, days: the whole unit; a year-less month, day or weekday goes to the past
  or the future according to its clause's tense and modality; a past-tense weekday is
  the most recent such day on or before the publication date (the same weekday = the
  publication date); a future weekday is the next such day after it, except that the
  same weekday in a present-for-future or headline-schedule clause is the publication
  date (fourth survey);
- clock times and parts of the day stay outside a day phrase ("at 3 p.m. local time on
  [Tuesday]", "late on [Friday] night", "at 8.30pm [yesterday]"); a clock time alone is no
  date (heldout12's distractors: "shortly after 4 a.m.", "midday (1100 GMT)", "2200
  BST"); a day given in a stated time zone keeps that zone's day; "today", "tonight",
  "this morning" are the publication date; "in the early hours" with no day named, in a
  past clause, is the publication date (third survey); "that evening"-like phrases are
  chained on the previous time;
- "since X", "until X", "from X", "through X", "throughout X": the phrase is X alone with
  X's own interval; "by X": earliest open, latest the last day of X;
- "the past N units" runs from N units before the publication date to it ("the past 24
  hours" = the day before and the publication date); "the next N units" runs from the
  publication date to N units on; "within N days" from the publication date to N days
  on; "the coming weeks" and "the next few days" run from the publication date with an
  open end, "in recent weeks" from an open start to the publication date; "in a
  fortnight's time" and "in two weeks" are one day, 14 days on; "N years later" after a
  previous time is that time N years on, keeping its granularity;
- "the 15th century" = 1400-1499; a year that dates an event or a thing in a noun phrase
  is a date, a year in a name is not;
- durations have no interval unless they anchor a point; sets ("every Sunday"), habits
  ("Friday prayers", "used to open on Sundays") and names, titles, scores, ages and
  numbers that contain a date word or look like a year have none; an event-anchored
  offset whose event the text does not date ("two days after the election", "his first
  100 days" with no start) has none; "a few hours later" is no date (heldout12).
New readings this survey had to make (each case that rests on one says so beside it):
- a clock time between "by" and a day ("by 5pm tomorrow", "by 23:59 on 31
  March", "by midnight on Friday") leaves the phrase as the day alone, with the day's own
  interval; "midnight on Sunday" and "the stroke of midnight on New Year's Eve" are the
  day named, not the day after; a clock time that reads like a date ("10.12") and
  "0300 hours", "half past eight", "noon" and "midnight" with no day are no dates;
- "dawn" with no day named in a past clause is the publication date (as the third
  survey's "the early hours"); a bare part of the day or clock time after a day told
  earlier in the text ("By dusk", "By 6pm") has no date of its own (heldout12's "by the
  evening"), while "Later that night" is chained on that day; "this lunchtime" is the
  publication date, like "this morning";
- a set has no interval even when a date or month sits inside it ("on 14 July every
  year"); a generic or habitual present ("holds its annual dinner in May", "runs low in
  summer", "gather at Christmas", "busiest at weekends") has none; "£32,000 a year" has
  none; a particular day next to a set word ("the weekly cabinet meeting on Tuesday")
  keeps its interval;
- "the last N units" is "the past N units"; "the last decade" is the past ten years to
  the publication date, not the calendar 2010s; "the past few days" and "recent years"
  run from an open start to the publication date; "the coming months" from the
  publication date with an open end; "within N days of X", X dated in the text, runs from
  X to N days after it; "his first 100 days" after a dated start runs 100 days from it,
  inclusive; "in 10 days' time" is one day; "Ten years on" is chained like "N years
  later"; "Hours later" is no date, like heldout12's "a few hours later";
- "the Nth anniversary of X" and "his Nth birthday" are X's date N years on when the text
  dates X (at X's granularity), and no date when it does not; an age ("104-year-old",
  "the age of six") and "his lifetime" have none; a lifetime "(1918-2013)" is a year
  range;
- "recently", "the past" and "recent years" run from an open start to the publication
  date ("the other day" to the day before it); "soon", "shortly" and "the near future"
  from the publication date with an open end; "For now", "the moment" and "the time
  being" are the publication date; "the 21st century" and "this century" are
  2000-2099 and "a 19th-century church" 1800-1899 (the second survey's century reading);
  "later this decade" runs from the publication date to 2029-12-31 (as "later this
  year"); "At the time" is chained on the previous time; "later", "earlier", "then",
  "once", "the meantime" and "years" ("the lowest in years") are no dates; a period
  named after events ("the Cold War era", "the interwar years") cannot be anchored from
  the calendar and has none.

Not yet scored.
"""
# ruff: noqa: E501
CASES: list[tuple[str, str, str, str, str, str]] = [
    # (name, publication date YYYY-MM-DD, text, phrase, expected earliest, expected latest)

    # --- Clock times with a day: the day carries the date ------------------------------------
    ("clk5_3pm_local_time_on_tuesday", "2024-04-04", "A magnitude 6.1 earthquake struck at 3 p.m. local time on Tuesday off the east coast, shaking buildings in the capital.", "Tuesday", "2024-04-02", "2024-04-02"),
    ("clk5_midnight_on_sunday_future", "2024-10-23", "The new border controls come into force at midnight on Sunday.", "Sunday", "2024-10-27", "2024-10-27"),  # new reading: the day named, not the day after
    ("clk5_2100_gmt_on_thursday", "2024-07-05", "Polls closed at 2100 GMT on Thursday, and the first results came in within the hour.", "Thursday", "2024-07-04", "2024-07-04"),
    ("clk5_at_dawn_on_saturday", "2024-03-18", "Rescue teams resumed the search at dawn on Saturday.", "Saturday", "2024-03-16", "2024-03-16"),
    ("clk5_early_hours_of_saturday_morning", "2024-07-29", "Two people were injured in a stabbing in the early hours of Saturday morning in the city centre.", "Saturday", "2024-07-27", "2024-07-27"),
    ("clk5_late_on_friday_night", "2024-02-03", "The bill was passed late on Friday night after a 14-hour debate.", "Friday", "2024-02-02", "2024-02-02"),
    ("clk5_8_30pm_yesterday", "2024-05-22", "Police were called to the address at 8.30pm yesterday after neighbours heard shouting.", "yesterday", "2024-05-21", "2024-05-21"),
    ("clk5_by_5pm_tomorrow", "2024-09-05", "Bidders must submit revised offers by 5pm tomorrow, the administrators said.", "tomorrow", "2024-09-06", "2024-09-06"),  # new reading: the clock time stands between "by" and the day, so the phrase is the day alone
    ("clk5_noon_friday_us_deadline", "2023-09-27", "The union set a deadline of noon Friday for a new offer from the carmakers.", "Friday", "2023-09-29", "2023-09-29"),
    ("clk5_by_23_59_on_31_march", "2024-02-20", "Applications must reach the council by 23:59 on 31 March.", "31 March", "2024-03-31", "2024-03-31"),  # new reading: clock time between "by" and the day; the day alone
    ("clk5_sydney_monday_local", "2024-02-05", "Trading resumed at 10am on Monday in Sydney (2300 GMT on Sunday).", "Monday", "2024-02-05", "2024-02-05"),  # local day, same weekday as the publication date
    ("clk5_sydney_sunday_gmt", "2024-02-05", "Trading resumed at 10am on Monday in Sydney (2300 GMT on Sunday).", "Sunday", "2024-02-04", "2024-02-04"),  # the GMT day
    ("clk5_from_7pm_on_saturday", "2024-06-19", "The line will be closed from 7pm on Saturday to 7am on Sunday for engineering work.", "Saturday", "2024-06-22", "2024-06-22"),
    ("clk5_stroke_of_midnight_new_years_eve", "2024-12-30", "Fireworks will light up the harbour at the stroke of midnight on New Year's Eve.", "New Year's Eve", "2024-12-31", "2024-12-31"),  # new reading: midnight at the end of the day named is still that day
    ("clk5_at_dawn_tomorrow", "2024-05-09", "The aid convoy is due to set off at dawn tomorrow.", "tomorrow", "2024-05-10", "2024-05-10"),
    ("clk5_midnight_tonight", "2024-03-31", "The offer closes at midnight tonight.", "tonight", "2024-03-31", "2024-03-31"),
    ("clk5_this_lunchtime", "2024-10-30", "The chancellor will deliver her Budget this lunchtime.", "this lunchtime", "2024-10-30", "2024-10-30"),  # new reading: like "this morning"
    ("clk5_headline_polls_close_8pm_tuesday", "2024-11-05", "Polls close 8pm Tuesday in most of Pennsylvania", "Tuesday", "2024-11-05", "2024-11-05"),  # headline schedule, same weekday = the publication date (fourth survey)
    ("clk5_12_01am_on_1_january", "2024-12-15", "The new law takes effect at 12.01am on 1 January.", "1 January", "2025-01-01", "2025-01-01"),  # future across the new year
    ("clk5_around_midnight_on_friday_past", "2024-03-04", "The fire was reported at around midnight on Friday, and the building was evacuated.", "Friday", "2024-03-01", "2024-03-01"),  # new reading: the day named
    ("clk5_negated_not_until_3am_sunday", "2024-09-03", "The last shuttle bus did not leave the stadium until 3am on Sunday.", "Sunday", "2024-09-01", "2024-09-01"),
    ("clk5_hypothetical_by_midnight_on_friday", "2024-09-03", "If no agreement is reached by midnight on Friday, the strike will go ahead.", "Friday", "2024-09-06", "2024-09-06"),  # new reading: clock time between "by" and the day; the day alone
    ("clk5_reported_about_10pm_on_saturday", "2024-09-03", "Police said the shooting began at about 10pm on Saturday outside a bar.", "Saturday", "2024-08-31", "2024-08-31"),
    ("clk5_plan_due_to_leave_6am_tuesday", "2024-09-05", "The flight had been due to leave at 6am on Tuesday but was cancelled after a bird strike.", "Tuesday", "2024-09-03", "2024-09-03"),

    # --- Clock times and parts of the day with no day of their own -------------------------
    ("clk5_shortly_before_9am_past", "2024-02-15", "The first explosion was heard shortly before 9am, residents said.", "9am", "", ""),  # a clock time alone (heldout12 distractors)
    ("clk5_at_noon_future", "2024-05-08", "The prime minister will make a statement outside Downing Street at noon.", "noon", "", ""),  # new reading: noon with no day named is a clock time
    ("clk5_1700_gmt_looks_like_year", "2024-06-14", "Trading in the shares was suspended at 1700 GMT pending an announcement.", "1700 GMT", "", ""),  # a clock time, not the year 1700
    ("clk5_09_30_bst", "2024-06-14", "The ceremony at the Cenotaph begins at 09:30 BST.", "09:30 BST", "", ""),
    ("clk5_around_2am_0700_gmt", "2024-01-10", "The ferry sank at around 2 a.m. (0700 GMT), about 10 km from the port.", "0700 GMT", "", ""),
    ("clk5_half_past_eight", "2023-12-01", "Doors open at half past eight, and the first speaker is due on stage at nine.", "half past eight", "", ""),
    ("clk5_0300_hours_military", "2024-01-12", "The air strikes began at 0300 hours, a military spokesman said.", "0300 hours", "", ""),
    ("clk5_10_12_reads_like_date", "2024-05-15", "The bomb went off at 10.12 local time outside a busy market.", "10.12", "", ""),  # new reading: a clock time that reads like 10 December or 12 October
    ("clk5_midnight_alone_past", "2024-07-03", "The curfew was lifted at midnight, and crowds poured back onto the streets.", "midnight", "", ""),  # new reading: midnight with no day named is a clock time
    ("clk5_at_dawn_no_day_past", "2024-03-20", "Troops raided the refugee camp at dawn, killing three people, the health ministry said.", "dawn", "2024-03-20", "2024-03-20"),  # new reading, unsure: no day named, past: the publication date, as the third survey's "the early hours"
    ("clk5_by_dusk_after_told_day", "2024-08-12", "The fire broke out on Saturday afternoon near the village. By dusk, it had spread across 3,000 hectares.", "By dusk", "", ""),  # new reading: after a day told, a bare part of the day has no date of its own (heldout12's "by the evening")
    ("clk5_told_day_before_by_dusk", "2024-08-12", "The fire broke out on Saturday afternoon near the village. By dusk, it had spread across 3,000 hectares.", "Saturday", "2024-08-10", "2024-08-10"),
    ("clk5_by_6pm_after_told_day", "2024-11-18", "The storm reached the west coast on Saturday. By 6pm, 20,000 homes had lost power.", "6pm", "", ""),  # a clock time after a day told: no date of its own
    ("clk5_later_that_night_chained", "2024-11-19", "Protesters gathered outside parliament on Sunday. Later that night, police cleared the square.", "Later that night", "2024-11-17", "2024-11-17"),  # chained on Sunday 17 November
    ("clk5_hours_later_distractor", "2024-07-15", "Trump was shot at a rally in Pennsylvania on Saturday. Hours later, he posted a message online.", "Hours later", "", ""),  # new reading: like heldout12's "a few hours later", no date
    ("clk5_told_saturday_before_hours_later", "2024-07-15", "Trump was shot at a rally in Pennsylvania on Saturday. Hours later, he posted a message online.", "Saturday", "2024-07-13", "2024-07-13"),

    # --- Recurring times: sets have no interval ---------------------------------------------
    ("set5_every_tuesday", "2024-06-11", "Relatives of the hostages have gathered outside the ministry every Tuesday since March.", "every Tuesday", "", ""),
    ("set5_since_march_after_every_tuesday", "2024-06-11", "Relatives of the hostages have gathered outside the ministry every Tuesday since March.", "March", "2024-03-01", "2024-03-31"),  # "since X" -> X, this year's March
    ("set5_each_summer", "2024-04-10", "Each summer, the island's population triples as tourists arrive from the mainland.", "Each summer", "", ""),
    ("set5_twice_a_year", "2024-04-10", "The committee meets twice a year to review the guidelines.", "twice a year", "", ""),
    ("set5_annually", "2023-11-27", "The prize, awarded annually since 1969, is worth £50,000.", "annually", "", ""),
    ("set5_since_1969_after_annually", "2023-11-27", "The prize, awarded annually since 1969, is worth £50,000.", "1969", "1969-01-01", "1969-12-31"),
    ("set5_weekly_cabinet_meeting", "2024-09-12", "Ministers discussed the strike at the weekly cabinet meeting on Tuesday.", "weekly", "", ""),
    ("set5_tuesday_of_weekly_meeting", "2024-09-12", "Ministers discussed the strike at the weekly cabinet meeting on Tuesday.", "Tuesday", "2024-09-10", "2024-09-10"),  # new reading: a particular day next to a set word keeps its interval
    ("set5_on_saturdays", "2024-09-12", "The programme airs on Saturdays at 8pm on BBC One.", "Saturdays", "", ""),
    ("set5_every_other_week", "2023-03-08", "Bins will be collected every other week from April.", "every other week", "", ""),
    ("set5_from_april_after_every_other_week", "2023-03-08", "Bins will be collected every other week from April.", "April", "2023-04-01", "2023-04-30"),  # "from X" alone -> X, future
    ("set5_every_four_years", "2024-07-26", "The Games, held every four years, open in Paris on Friday.", "every four years", "", ""),
    ("set5_games_open_friday_same_day", "2024-07-26", "The Games, held every four years, open in Paris on Friday.", "Friday", "2024-07-26", "2024-07-26"),  # present for future, same weekday = the publication date (fourth survey)
    ("set5_daily_briefings", "2020-04-20", "The government has held daily press briefings since March 16.", "daily", "", ""),
    ("set5_since_march_16_after_daily", "2020-04-20", "The government has held daily press briefings since March 16.", "March 16", "2020-03-16", "2020-03-16"),
    ("set5_nightly", "2023-01-05", "Residents of the city have endured nightly air raid sirens for months.", "nightly", "", ""),
    ("set5_monthly_meetings", "2024-02-14", "The residents' association holds monthly meetings in the church hall.", "monthly", "", ""),
    ("set5_every_january", "2024-02-14", "Gym memberships surge every January as people make new year's resolutions.", "every January", "", ""),
    ("set5_first_monday_of_every_month", "2024-02-14", "The parish council meets on the first Monday of every month.", "the first Monday of every month", "", ""),
    ("set5_habitual_month_annual_dinner", "2024-02-14", "The club holds its annual dinner in May.", "May", "", ""),  # new reading: habitual present, no particular May
    ("set5_future_month_annual_dinner", "2024-02-14", "Because of building work, the club's annual dinner will be held in June.", "June", "2024-06-01", "2024-06-30"),  # a particular, future June
    ("set5_date_inside_set", "2024-02-14", "France celebrates its national day on 14 July every year with a military parade.", "14 July", "", ""),  # new reading: a date inside a set ("14 July every year") has no interval
    ("set5_generic_in_summer", "2024-02-14", "The reservoir usually runs low in summer.", "summer", "", ""),  # new reading: generic present, no particular summer
    ("set5_generic_at_christmas", "2024-02-14", "Families traditionally gather at Christmas to eat and exchange gifts.", "Christmas", "", ""),  # new reading: generic, no particular Christmas
    ("set5_at_weekends", "2024-02-14", "The market is busiest at weekends.", "weekends", "", ""),  # unlike "at the weekend"
    ("set5_salary_a_year", "2024-02-14", "Junior doctors in England start on about £32,000 a year.", "a year", "", ""),  # a rate
    ("set5_every_day_since_monday", "2024-08-07", "Rioters have clashed with police every day since Monday.", "Monday", "2024-08-05", "2024-08-05"),
    ("set5_three_times_a_day", "2024-02-14", "In winter the ferry crosses to the island three times a day.", "three times a day", "", ""),

    # --- Durations and spans: anchored and not ----------------------------------------------
    ("dur5_for_three_years", "2024-05-14", "He worked as a nurse in Manchester for three years before moving to Canada.", "three years", "", ""),
    ("dur5_decade_long_war", "2024-05-14", "The decade-long war has killed more than 300,000 people.", "decade-long", "", ""),
    ("dur5_18_month_investigation", "2024-05-14", "The 18-month investigation found no evidence of wrongdoing.", "18-month", "", ""),
    ("dur5_six_month_ban", "2023-09-21", "The regulator imposed a six-month ban on short selling in bank shares.", "six-month", "", ""),
    ("dur5_after_two_years_in_custody", "2023-09-21", "The journalist was released after two years in custody.", "two years", "", ""),
    ("dur5_30_day_ceasefire", "2025-03-12", "A 30-day ceasefire that took effect on Sunday appeared to be holding.", "30-day", "", ""),
    ("dur5_ceasefire_took_effect_sunday", "2025-03-12", "A 30-day ceasefire that took effect on Sunday appeared to be holding.", "Sunday", "2025-03-09", "2025-03-09"),
    ("dur5_48_hour_strike_began_monday", "2024-05-15", "A 48-hour strike that began on Monday has closed most of the country's ports.", "Monday", "2024-05-13", "2024-05-13"),
    ("dur5_the_past_72_hours", "2024-08-05", "More than 400 people have been arrested over the past 72 hours.", "the past 72 hours", "2024-08-02", "2024-08-05"),  # as the second survey's "the past 24 hours"
    ("dur5_the_past_fortnight", "2024-08-05", "Cases in the region have doubled in the past fortnight.", "the past fortnight", "2024-07-22", "2024-08-05"),
    ("dur5_the_past_12_months", "2024-05-14", "Food prices have risen by 3 per cent over the past 12 months.", "the past 12 months", "2023-05-14", "2024-05-14"),
    ("dur5_the_past_three_years", "2022-11-08", "The charity has helped 40,000 families over the past three years.", "the past three years", "2019-11-08", "2022-11-08"),
    ("dur5_the_last_48_hours", "2022-11-08", "Two more cases have been confirmed in the last 48 hours.", "the last 48 hours", "2022-11-06", "2022-11-08"),  # new reading: "the last N units" = "the past N units"
    ("dur5_during_the_last_decade", "2024-05-14", "Rents in the city have doubled during the last decade.", "the last decade", "2014-05-14", "2024-05-14"),  # new reading, unsure: the past ten years, not the calendar 2010s
    ("dur5_the_past_few_days", "2023-02-09", "Heavy rain over the past few days has flooded farmland along the river.", "the past few days", "", "2023-02-09"),  # new reading: mirror of "the next few days"
    ("dur5_the_next_five_years", "2023-02-09", "The company will invest £2bn in its British plants over the next five years.", "the next five years", "2023-02-09", "2028-02-09"),
    ("dur5_for_the_next_two_weeks", "2024-05-14", "The motorway will be closed at night for the next two weeks.", "the next two weeks", "2024-05-14", "2024-05-28"),
    ("dur5_the_coming_months", "2019-06-03", "Thousands more jobs are expected to go in the coming months.", "the coming months", "2019-06-03", ""),  # new reading: like "the coming weeks"
    ("dur5_within_30_days_of_the_ruling", "2024-03-22", "The Court of Appeal ruled on Tuesday that the ban was unlawful, and the government must lift it within 30 days of the ruling.", "within 30 days of the ruling", "2024-03-19", "2024-04-18"),  # new reading: from the dated ruling (Tue 19 March) to 30 days on
    ("dur5_ruling_on_tuesday", "2024-03-22", "The Court of Appeal ruled on Tuesday that the ban was unlawful, and the government must lift it within 30 days of the ruling.", "Tuesday", "2024-03-19", "2024-03-19"),
    ("dur5_first_100_days_dated_start", "2021-04-30", "Biden, who took office on Jan. 20, signed more executive orders in his first 100 days than any president since Franklin Roosevelt.", "his first 100 days", "2021-01-20", "2021-04-29"),  # new reading: the start is dated in the text, 100 days inclusive (unlike the third survey's undated one)
    ("dur5_in_10_days_time", "2024-05-14", "The results will be published in 10 days' time.", "in 10 days' time", "2024-05-24", "2024-05-24"),  # one day, like "in a fortnight's time"
    ("dur5_ten_years_on", "2024-02-10", "The town was devastated by the floods of 2014. Ten years on, many houses are still empty.", "Ten years on", "2024-01-01", "2024-12-31"),  # new reading: like "N years later", chained on the year 2014
    ("dur5_throughout_2023", "2024-05-14", "House prices fell throughout 2023 as mortgage rates rose.", "2023", "2023-01-01", "2023-12-31"),  # "throughout X" -> X
    ("dur5_five_year_plan_2021_25", "2021-03-05", "China's 14th five-year plan, covering 2021-25, sets no numerical growth target.", "2021-25", "2021-01-01", "2025-12-31"),
    ("dur5_negated_not_in_the_next_two_years", "2024-05-14", "The minister said taxes would not rise in the next two years.", "the next two years", "2024-05-14", "2026-05-14"),  # negated, keeps its interval

    # --- Ages, anniversaries, birthdays and lifetimes ----------------------------------------
    ("age5_50th_anniversary_dated_event", "2023-09-08", "Chileans will mark the 50th anniversary of the coup of 11 September 1973 with marches in Santiago.", "the 50th anniversary", "2023-09-11", "2023-09-11"),  # new reading: the dated event 50 years on
    ("age5_30th_anniversary_undated", "2024-04-08", "Rwanda began a week of mourning to mark the 30th anniversary of the genocide.", "the 30th anniversary", "", ""),  # new reading: the event is not dated in the text
    ("age5_marks_25_years_since", "2023-04-10", "Monday marks 25 years since the Good Friday Agreement was signed.", "25 years", "", ""),
    ("age5_monday_marks_same_day", "2023-04-10", "Monday marks 25 years since the Good Friday Agreement was signed.", "Monday", "2023-04-10", "2023-04-10"),  # present, same weekday = the publication date
    ("age5_80th_birthday_on_saturday", "2022-06-20", "The singer celebrated his 80th birthday on Saturday with a surprise party in Liverpool.", "Saturday", "2022-06-18", "2022-06-18"),
    ("age5_80th_birthday_no_birth_date", "2022-06-20", "The singer celebrated his 80th birthday on Saturday with a surprise party in Liverpool.", "his 80th birthday", "", ""),  # new reading: no birth date in the text; the day is carried by "Saturday"
    ("age5_90th_birthday_birth_date_told", "2025-07-02", "The Dalai Lama, who was born on 6 July 1935, said ahead of his 90th birthday that the institution would continue after his death.", "his 90th birthday", "2025-07-06", "2025-07-06"),  # new reading: the birth date told, 90 years on
    ("age5_died_on_tuesday_aged_72", "2024-01-11", "The former minister, who died on Tuesday aged 72, had been ill for some time.", "Tuesday", "2024-01-09", "2024-01-09"),
    ("age5_born_in_1948", "2024-03-01", "Born in 1948 in a village near Lahore, she moved to Britain at the age of six.", "1948", "1948-01-01", "1948-12-31"),
    ("age5_at_the_age_of_six", "2024-03-01", "Born in 1948 in a village near Lahore, she moved to Britain at the age of six.", "the age of six", "", ""),  # an age
    ("age5_centenary_next_year", "2024-09-10", "The club, founded in 1925, will celebrate its centenary next year.", "next year", "2025-01-01", "2025-12-31"),
    ("age5_its_centenary_founding_told", "2024-09-10", "The club, founded in 1925, will celebrate its centenary next year.", "its centenary", "2025-01-01", "2025-12-31"),  # new reading: 1925 plus 100, at the year's granularity
    ("age5_104_year_old", "2024-06-05", "The 104-year-old veteran returned to Normandy for the commemorations.", "104-year-old", "", ""),
    ("age5_turns_50_in_march", "2024-01-15", "The prince, who turns 50 in March, will lead the delegation.", "March", "2024-03-01", "2024-03-31"),
    ("age5_lifetime_year_range", "2013-12-06", "Nelson Mandela (1918-2013) spent 27 years in prison before becoming president.", "1918-2013", "1918-01-01", "2013-12-31"),  # new reading: a lifetime is a year range
    ("age5_in_his_lifetime", "2024-03-01", "Van Gogh is said to have sold only one painting in his lifetime.", "his lifetime", "", ""),
    ("age5_born_in_the_spring_of_1948", "2024-03-01", "The actor, who was born in the spring of 1948 in Cardiff, made his stage debut at 19.", "the spring of 1948", "1948-03-01", "1948-05-31"),

    # --- Fuzzy and generic times -------------------------------------------------------------
    ("fz5_recently", "2024-05-14", "The company recently opened a second factory in Poland.", "recently", "", "2024-05-14"),  # new reading, unsure: PAST_REF, like "in recent weeks"
    ("fz5_soon", "2024-05-14", "A decision on the merger is expected soon.", "soon", "2024-05-14", ""),  # new reading, unsure: FUTURE_REF, like "within weeks"
    ("fz5_in_the_near_future", "2024-05-14", "The minister said the border would reopen in the near future.", "the near future", "2024-05-14", ""),  # new reading, unsure
    ("fz5_shortly", "2024-05-14", "The home secretary will shortly make a statement to the House.", "shortly", "2024-05-14", ""),  # new reading, unsure: like "soon"
    ("fz5_for_now", "2024-05-14", "For now, the shelter is housing 300 people.", "For now", "2024-05-14", "2024-05-14"),  # new reading: like "currently"
    ("fz5_at_the_moment", "2024-05-14", "There are no plans to close the school at the moment, the council said.", "the moment", "2024-05-14", "2024-05-14"),  # new reading: like "currently"
    ("fz5_for_the_time_being", "2024-05-14", "The airport will remain closed for the time being.", "the time being", "2024-05-14", "2024-05-14"),  # new reading: like "for now"
    ("fz5_in_the_past", "2024-05-14", "The senator has criticised the policy in the past.", "the past", "", "2024-05-14"),  # new reading, unsure: PAST_REF, like "recently"
    ("fz5_the_other_day", "2024-05-14", "I saw him in the high street the other day, a neighbour said.", "the other day", "", "2024-05-13"),  # new reading, unsure: some recent day before the publication date
    ("fz5_in_recent_years", "2024-05-14", "The town has attracted thousands of young families in recent years.", "recent years", "", "2024-05-14"),  # new reading: like "recent weeks"
    ("fz5_lowest_in_years", "2024-05-14", "The pound fell to its lowest level in years.", "years", "", ""),
    ("fz5_the_21st_century", "2024-05-14", "It was the deadliest attack on the city in the 21st century.", "the 21st century", "2000-01-01", "2099-12-31"),  # the second survey's century reading
    ("fz5_this_century", "2021-08-09", "Sea levels could rise by a metre this century, the report warned.", "this century", "2000-01-01", "2099-12-31"),
    ("fz5_19th_century_church", "2024-05-14", "Fire destroyed a 19th-century church in the old town.", "19th-century", "1800-01-01", "1899-12-31"),  # unsure: dates the church, like "the 2012 shipwreck"
    ("fz5_later_this_decade", "2024-05-14", "The first reactors are due to come online later this decade.", "later this decade", "2024-05-14", "2029-12-31"),  # new reading: as "later this year"
    ("fz5_at_some_point_next_year", "2024-05-14", "Talks could resume at some point next year.", "next year", "2025-01-01", "2025-12-31"),
    ("fz5_cold_war_era", "2024-05-14", "The base, a relic of the Cold War era, will be turned into a museum.", "the Cold War era", "", ""),  # new reading, unsure: a period named after events
    ("fz5_the_interwar_years", "2024-05-14", "Most of the estate was built in the interwar years.", "the interwar years", "", ""),  # new reading, unsure: a period named after events
    ("fz5_later_alone", "2024-05-14", "He was taken to hospital and later released.", "later", "", ""),  # new reading: a bare sequence word
    ("fz5_earlier_alone", "2024-05-14", "Earlier, the minister had denied any knowledge of the payments.", "Earlier", "", ""),  # new reading: a bare sequence word
    ("fz5_at_the_time_chained", "2024-05-14", "The company was founded in 1998. At the time, it had four employees.", "the time", "1998-01-01", "1998-12-31"),  # new reading, unsure: chained on the previous time
    ("fz5_the_then_secretary", "2024-05-14", "The plan was drawn up in 2019 by the then health secretary.", "then", "", ""),  # new reading: "the then X" is no date
    ("fz5_once", "2024-05-14", "The building once housed the city's main post office.", "once", "", ""),  # new reading: vague past, no date
    ("fz5_in_the_meantime", "2024-05-14", "In the meantime, passengers are advised to use replacement buses.", "the meantime", "", ""),

    # --- Not time expressions ----------------------------------------------------------------
    ("nt5_channel_4", "2024-05-14", "Channel 4 will broadcast the leaders' debate.", "Channel 4", "", ""),
    ("nt5_studio_54", "2024-05-14", "The club was a rival to Studio 54 in its heyday.", "54", "", ""),
    ("nt5_24_hours_of_le_mans", "2023-06-12", "Ferrari won the 24 Hours of Le Mans on Sunday, its first overall victory in the race since 1965.", "24 Hours", "", ""),  # a race's name
    ("nt5_le_mans_sunday", "2023-06-12", "Ferrari won the 24 Hours of Le Mans on Sunday, its first overall victory in the race since 1965.", "Sunday", "2023-06-11", "2023-06-11"),
    ("nt5_7_eleven", "2024-05-14", "The suspect was arrested outside a 7-Eleven in Dallas.", "7-Eleven", "", ""),
    ("nt5_g7", "2023-05-22", "G7 leaders agreed new sanctions on Russia in Hiroshima.", "G7", "", ""),
    ("nt5_friday_the_13th_title", "2024-05-14", "A new Friday the 13th series is in development at Peacock.", "Friday the 13th", "", ""),  # a film franchise
    ("nt5_friday_the_13th_date", "2023-10-16", "Hospitals reported no rise in accidents on Friday the 13th, contrary to folklore.", "Friday the 13th", "2023-10-13", "2023-10-13"),  # a real day here
    ("nt5_daily_mail", "2024-05-14", "The Daily Mail first reported the story.", "Daily", "", ""),
    ("nt5_saturday_night_live", "2024-05-14", "The comedian hosted Saturday Night Live for the third time.", "Saturday Night", "", ""),
    ("nt5_high_noon", "2024-05-14", "Commentators called the vote a political High Noon for the coalition.", "Noon", "", ""),
    ("nt5_six_day_war", "2024-05-14", "Israel captured the Golan Heights in the Six Day War.", "Six Day War", "", ""),
    ("nt5_mayday_call", "2024-05-14", "The pilot issued a Mayday call shortly after take-off.", "Mayday", "", ""),
    ("nt5_christmas_island", "2024-05-14", "Asylum seekers were flown to the detention centre on Christmas Island.", "Christmas", "", ""),
    ("nt5_flight_93", "2024-05-14", "Passengers on Flight 93 fought back against the hijackers.", "93", "", ""),  # a flight number, not '93
    ("nt5_the_pm", "2024-05-14", "The PM refused to comment on the leak.", "PM", "", ""),  # the prime minister, not p.m.
    ("nt5_twelfth_night_play", "2024-05-14", "The RSC's new production of Twelfth Night opens in Stratford.", "Twelfth Night", "", ""),  # a play
    ("nt5_fall_of_kabul", "2024-05-14", "Thousands fled the country after the fall of Kabul.", "fall", "", ""),  # the noun, not autumn
    ("nt5_a_spring_water", "2024-05-14", "The village gets its water from a spring in the hills.", "spring", "", ""),  # a water source, not the season
    ("nt5_one_oclock_news", "2024-05-14", "The story led the One O'Clock News on BBC One.", "One O'Clock", "", ""),  # a programme's name
    ("nt5_class_of_92", "2024-05-14", "Members of the Class of 92 bought Salford City in 2014.", "92", "", ""),  # a cohort's name, not 1992
]
