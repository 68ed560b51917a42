"""Fourth held-out survey of news time-phrase shapes for `timeline` (not tuned on).

What it is: 157 cases, each a short passage of everyday news prose (1990-2025) in which
the hard part is the sentence around the time phrase rather than the phrase itself:
reported speech, conditionals and counterfactuals, negations, plans that were overtaken,
the present perfect, the present used for the future, headline present tense and
headline infinitives, several times in one sentence each with its own direction,
year-less days and months close to the publication date on either side of it, weekdays
next to the publication weekday, clock times and days across midnight and time zones,
ranges and spans in ordinary use, sport and culture, and phrases that are not dates in
ordinary sentences (ages, addresses, prices, scores, clock times, "one day", "these
days"). Each case has its publication date, one time phrase (an exact substring
occurring once in the text) and the inclusive day interval [earliest, latest] that
phrase should resolve to. "" stands for an open side (the contract's `null`); both sides
"" means the phrase is not a date at all or cannot be anchored. It covers phrasing that
`bench/timex_shapes_cases.py`, `bench/timex_shapes_cases2.py` and
`bench/timex_shapes_cases3.py` (the first three surveys) do not: no case of theirs is
repeated.

Who wrote it and what was read: a helper session working in the `h36` worktree wrote it
to give a fourth honest estimate of how the tool does on phrasing nobody tuned it for,
now that the first three surveys have become (or are about to become) development data.
The writer read only `bench/timex_shapes_cases.py`, `bench/timex_shapes_cases2.py` and
`bench/timex_shapes_cases3.py` (their format, conventions and cases, so as not to
repeat them), `/work/shared/spec/CONTRACT.md` (section 1, the interval conventions),
`fixtures/heldout12/README.md` and `fixtures/heldout12/annotated/`. The writer did NOT
read `timeline/`, `cli.py`, `tests/`, any other file of `bench/`, `BENCHMARKS.md`,
`README.md` or any other fixture, and did not run the tool or any scorer. No expected
value was adjusted to match the tool's output. Weekdays and date arithmetic were checked
with Python's `datetime`.

Conventions followed (the earlier surveys', restated briefly: CONTRACT.md section 1
first, then the heldout12 annotators, then the first three surveys' readings):
- years, months, days: the whole unit; "early/mid/late" a month = days 1-10 / 11-20 /
  21-end, a year = Jan-Apr / May-Aug / Sep-Dec; "the start/end of X" = early/late X;
- a year-less month, day or weekday goes to the past or the future according to its
  clause's tense and modality; a past-tense weekday is the most recent such day on or
  before the publication date (the same weekday = the publication date); a future
  weekday is the next such day after it; a future planned in a reported clause is read
  from that clause's own time; a counterfactual about the past ("would have taken
  effect in January") is the past one;
- weeks run Monday to Sunday; "the weekend" is Saturday-Sunday; "today", "tonight",
  "this morning/evening" are the publication date; clock times and parts of the day
  ("late", "early", "night", "the small hours of") stay outside a day phrase, a clock
  time alone is no date, and a day given in a stated time zone keeps that zone's day;
- seasons: winter Dec-Feb (the year of its January), spring Mar-May, summer Jun-Aug,
  autumn/fall Sep-Nov; quarters are calendar ones; a football season runs August-May;
- "by X"/"before X"/"no later than X": earliest open, latest the last day of X,
  preposition inside the phrase; "since X", "until X", "through X", "from X" and "after
  X" standing alone: the phrase is X alone with X's own interval;
- chained phrases are anchored on the previous time in the text; "the rest of the week"
  and "later this week" run from the publication date to the unit's end; "the coming
  weeks" and "the next few days" run from the publication date with an open end;
  "in a fortnight's time" is one day, 14 days on;
- negated, hypothetical and reported clauses keep their phrase's interval;
- durations have no interval unless they anchor a point; names, titles, scores, ages and
  numbers that contain a date word or look like a year have none.
New readings this survey had to make (each case that rests on one says so beside it):
- the same weekday as the publication date in a present-for-future or future clause
  ("Taiwan votes on Saturday" in a Saturday paper, "Sunday's final" on the Sunday, "is
  expected to vote late Thursday" on the Thursday) is the publication date, as wire
  style names the weekday for the day itself; the first survey's "the next such day
  after it" is kept for every other weekday;
- a deictic word inside a quotation whose speech verb is dated ("'... tomorrow,' the
  chairman said on Sunday") is read from the day of the speech;
- a headline's present tense of a completed act ("Starliner docks with space station
  Thursday") is past; a headline's present of a scheduled act ("MPs vote Tuesday") and a
  headline infinitive ("to step down in September") are future;
- "the rest of the year" runs from the publication date to 31 December (the first
  survey's "the rest of the week"); "later in the week" is "later this week"; "within
  weeks" runs from the publication date with an open end (like "the coming weeks"), and
  "in recent weeks" is its mirror, open start to the publication date; "between now and
  Christmas" runs from the publication date to Christmas Day; "between Christmas and
  New Year" from 25 December to 1 January;
- "this time last year" is the publication date a year back; "a year from now" the
  publication date a year on; "in two weeks" is the single day 14 days on (like "in a
  fortnight's time");
- a time chained on a month-granular previous time keeps the month ("six months later"
  after "next month" is that month six months on); a year-less month chained on a
  year just named ("next year's edition will move to September") takes that year;
- an elliptical quarter ("the third quarter ... and again in the fourth") is the
  quarter it stands for;
- "these days" (a vague present, not a particular day), "one day" (someday), "the day"
  in "carried the day", "day one", "24 hours a day", "matchday 5", "in her 80s" and
  "until further notice" are no dates; an event-anchored offset whose event the text
  does not date ("Two days after the election") has none either (heldout12's
  distractors).

Not yet scored.
"""
# ruff: noqa: E501
CASES: list[tuple[str, str, str, str, str, str]] = [
    # (name, publication date YYYY-MM-DD, text, phrase, expected earliest, expected latest)

    # --- Reported speech: the speech's day, and the direction of what it reports ------------
    ("rep_would_reopen_in_march_next_year", "2024-11-19", "The carmaker said on Monday it would reopen the paint shop at its Zwickau plant in March after a four-month shutdown.", "March", "2025-03-01", "2025-03-31"),  # hard: future of a November statement, so next March
    ("rep_had_collapsed_in_january", "2024-06-05", "The mediator told reporters on Monday that talks between the two sides had collapsed in January and had never properly resumed.", "January", "2024-01-01", "2024-01-31"),  # past perfect inside the report
    ("rep_would_open_in_october_still_ahead", "2024-04-10", "The ministry said in February that the new terminal would open in October, a year later than planned.", "October", "2024-10-01", "2024-10-31"),  # future of the February statement, still ahead
    ("rep_step_down_end_of_month", "2024-03-18", "The coach told his players on Friday that he would step down at the end of the month.", "the end of the month", "2024-03-21", "2024-03-31"),  # the month of the statement and of the publication date
    ("rep_had_not_been_told_until_thursday", "2023-05-08", "A spokeswoman said the minister had not been told about the leak until Thursday.", "Thursday", "2023-05-04", "2023-05-04"),  # negated past perfect; "until X" -> X
    ("rep_expected_sale_first_quarter", "2024-11-06", "The company said it expected to complete the sale in the first quarter, subject to regulatory approval.", "the first quarter", "2025-01-01", "2025-03-31"),  # hard: a year-less quarter in a forecast made in November, so next year's
    ("rep_deal_by_christmas", "2024-12-02", "The prime minister insisted last week that a deal would be done by Christmas.", "by Christmas", "", "2024-12-25"),
    ("rep_had_bought_on_saturday", "2024-02-22", "Police said on Wednesday that the suspect had bought the knife on Saturday at a hardware shop in the town.", "Saturday", "2024-02-17", "2024-02-17"),  # the Saturday before the Wednesday statement
    ("rep_said_in_2019_finished_by_2022", "2024-05-20", "The council said in 2019 that the tram line would be finished by 2022; it is now expected to open next spring.", "by 2022", "", "2022-12-31"),  # an overtaken deadline keeps its interval
    ("rep_now_expected_next_spring", "2024-05-20", "The council said in 2019 that the tram line would be finished by 2022; it is now expected to open next spring.", "next spring", "2025-03-01", "2025-05-31"),  # published in May, the last month of this spring
    ("rep_quote_tomorrow_said_sunday", "2024-03-05", "\"We will announce the results tomorrow,\" the commission's chairman said on Sunday.", "tomorrow", "2024-03-04", "2024-03-04"),  # hard, new reading: "tomorrow" of the Sunday (3 March) on which it was said
    ("rep_iraq_withdraw_sunday", "1990-08-03", "Iraq said Thursday that its troops would begin withdrawing from Kuwait on Sunday, but there was no sign of a pullback in Kuwait City.", "Sunday", "1990-08-05", "1990-08-05"),
    ("rep_warned_as_early_as", "2018-08-15", "Engineers had warned about corrosion in the bridge's cables as early as 1998.", "1998", "1998-01-01", "1998-12-31"),

    # --- Conditionals, counterfactuals and speculation --------------------------------------
    ("cond_if_approved_in_june", "2024-03-12", "If approved in June, the drug could be on pharmacy shelves by the autumn.", "June", "2024-06-01", "2024-06-30"),
    ("cond_on_shelves_by_the_autumn", "2024-03-12", "If approved in June, the drug could be on pharmacy shelves by the autumn.", "by the autumn", "", "2024-11-30"),
    ("cond_unless_deal_by_friday", "2024-10-02", "Unless a deal is reached by Friday, dock workers will walk out on Monday.", "by Friday", "", "2024-10-04"),
    ("cond_walk_out_on_monday", "2024-10-02", "Unless a deal is reached by Friday, dock workers will walk out on Monday.", "Monday", "2024-10-07", "2024-10-07"),
    ("cond_had_the_vote_gone_ahead_thursday", "2024-02-12", "Had the vote gone ahead on Thursday, the government would almost certainly have lost.", "Thursday", "2024-02-08", "2024-02-08"),  # hard: counterfactual about the past, the Thursday just gone
    ("cond_should_talks_fail_1_december", "2023-11-20", "Should the talks fail, the strike would begin on 1 December.", "1 December", "2023-12-01", "2023-12-01"),
    ("cond_whether_hold_until_christmas", "2024-11-20", "It is not clear whether the ceasefire will hold until Christmas.", "Christmas", "2024-12-25", "2024-12-25"),  # "until X" -> X
    ("cond_may_have_circulated_since_november", "2020-02-20", "Scientists say the virus may have been circulating in the city since November.", "November", "2019-11-01", "2019-11-30"),  # hard: speculation about the past, November not yet reached this year
    ("cond_as_soon_as_monday", "2024-05-16", "A decision on the merger could come as soon as Monday, people familiar with the matter said.", "Monday", "2024-05-20", "2024-05-20"),
    ("cond_would_have_turned_90_wednesday", "2025-01-06", "Elvis Presley would have turned 90 on Wednesday, and fans are already gathering at Graceland.", "Wednesday", "2025-01-08", "2025-01-08"),  # counterfactual, but the birthday is still ahead (born 8 January 1935)
    ("cond_would_have_turned_90_age", "2025-01-06", "Elvis Presley would have turned 90 on Wednesday, and fans are already gathering at Graceland.", "90", "", ""),  # an age
    ("cond_question_ready_by_the_summer", "2024-03-26", "Will the stadium be ready by the summer? Organisers insist it will.", "by the summer", "", "2024-08-31"),

    # --- Negations ---------------------------------------------------------------------------
    ("negt_did_not_arrive_until_friday", "2024-04-15", "The first aid convoy did not arrive until Friday, aid workers said.", "Friday", "2024-04-12", "2024-04-12"),
    ("negt_has_not_met_since_october_prev_year", "2024-03-05", "The power-sharing executive has not met since October.", "October", "2023-10-01", "2023-10-31"),  # hard: present perfect, October not yet reached this year
    ("negt_no_decision_before_the_summer", "2024-02-20", "No decision is expected before the summer, officials said.", "before the summer", "", "2024-08-31"),
    ("negt_not_seen_since_boxing_day", "2024-01-03", "The 17-year-old has not been seen since Boxing Day.", "Boxing Day", "2023-12-26", "2023-12-26"),  # past across the new year
    ("negt_did_not_return_until_late_january", "2024-03-01", "He did not return to work until late January.", "late January", "2024-01-21", "2024-01-31"),
    ("negt_will_not_attend_thursdays_summit", "2024-10-22", "The foreign minister will not attend Thursday's summit in Kazan.", "Thursday", "2024-10-24", "2024-10-24"),
    ("negt_not_rained_since_early_june", "2022-08-12", "It has not rained in the county since early June.", "early June", "2022-06-01", "2022-06-10"),
    ("negt_schools_not_reopen_until_september", "2020-05-28", "Secondary schools will not fully reopen until September, the education secretary said.", "September", "2020-09-01", "2020-09-30"),

    # --- Plans that were overtaken, future in the past ---------------------------------------
    ("plan_had_been_due_on_tuesday", "2024-05-23", "The vote had been due on Tuesday but was postponed after the prime minister called an election.", "Tuesday", "2024-05-21", "2024-05-21"),
    ("plan_originally_scheduled_for_wednesday", "2024-06-07", "The launch, originally scheduled for Wednesday, was scrubbed because of a faulty valve.", "Wednesday", "2024-06-05", "2024-06-05"),
    ("plan_was_to_have_taken_place_november", "2025-01-10", "The summit, which was to have taken place in November, was called off in October after the host government collapsed.", "November", "2024-11-01", "2024-11-30"),  # a plan now past
    ("plan_was_to_leave_on_sunday", "2024-07-09", "The ship was to leave on Sunday, but the crew refused to sail.", "Sunday", "2024-07-07", "2024-07-07"),  # future in the past, now past
    ("plan_had_been_set_for_day_still_ahead", "2024-03-01", "The hearing, which had been set for 12 March, has been moved to 9 April.", "12 March", "2024-03-12", "2024-03-12"),  # hard: past perfect of a plan whose day is still ahead
    ("plan_had_hoped_by_christmas", "2025-02-10", "The builders had hoped to finish by Christmas, but the roof is still open to the sky.", "by Christmas", "", "2024-12-25"),  # hard: a past plan, so last Christmas
    ("plan_expected_on_friday", "2024-09-18", "The verdict, expected on Friday, was finally delivered on Monday.", "Friday", "2024-09-13", "2024-09-13"),
    ("plan_delivered_on_monday", "2024-09-18", "The verdict, expected on Friday, was finally delivered on Monday.", "Monday", "2024-09-16", "2024-09-16"),
    ("plan_postponed_from_june", "2020-04-15", "The festival, postponed from June, will now take place next year.", "June", "2020-06-01", "2020-06-30"),  # the June it was due in, still ahead; "from X" alone -> X

    # --- Present perfect ----------------------------------------------------------------------
    ("pp_closed_since_friday", "2024-02-06", "The road has been closed since Friday because of a landslide.", "Friday", "2024-02-02", "2024-02-02"),
    ("pp_since_the_start_of_the_year", "2024-07-10", "Prices have risen in every month since the start of the year.", "the start of the year", "2024-01-01", "2024-04-30"),  # mod START on the current year
    ("pp_as_of_friday", "2024-08-12", "As of Friday, 42 people had been confirmed dead.", "Friday", "2024-08-09", "2024-08-09"),  # "as of X" -> X
    ("pp_without_power_since_tuesdays_storm", "2024-12-12", "Thousands of homes have been without power since Tuesday's storm.", "Tuesday", "2024-12-10", "2024-12-10"),
    ("pp_since_new_years_day_in_december", "2024-12-10", "Since the ban took effect on New Year's Day, 14,000 fines have been issued.", "New Year's Day", "2024-01-01", "2024-01-01"),  # hard: past, this year's New Year's Day, eleven months back

    # --- Present for future, and the progressive -----------------------------------------------
    ("pres_trial_opens_monday", "2024-04-12", "The trial opens Monday in Manhattan, with jury selection expected to take two weeks.", "Monday", "2024-04-15", "2024-04-15"),
    ("pres_britain_votes_on_thursday", "2016-06-20", "Britain votes on Thursday on whether to remain in the European Union.", "Thursday", "2016-06-23", "2016-06-23"),
    ("pres_effective_jan_1", "2024-10-15", "The new minimum wage of $16 an hour, effective Jan. 1, will apply to 1.2 million workers.", "Jan. 1", "2025-01-01", "2025-01-01"),  # "effective X" -> X, future across the new year
    ("pres_congress_convenes_jan_3", "2024-12-29", "The new Congress convenes Jan. 3, with Republicans holding a narrow House majority.", "Jan. 3", "2025-01-03", "2025-01-03"),
    ("pres_same_weekday_taiwan_votes", "2024-01-13", "Taiwan votes on Saturday in an election closely watched by Beijing and Washington.", "Saturday", "2024-01-13", "2024-01-13"),  # new reading: same weekday as the publication date, present for future = that day
    ("pres_progressive_flying_wednesday", "2024-09-23", "The prime minister is flying to New York on Wednesday for the UN General Assembly.", "Wednesday", "2024-09-25", "2024-09-25"),
    ("pres_report_is_due_monday", "2024-11-29", "The inspectors' report is due on Monday.", "Monday", "2024-12-02", "2024-12-02"),  # into the next month
    ("pres_hong_kong_returns_june_30", "1997-06-25", "Hong Kong returns to Chinese rule at midnight on June 30, ending 156 years of British administration.", "June 30", "1997-06-30", "1997-06-30"),
    ("pres_euro_notes_circulate_jan_1", "2001-12-28", "Euro notes and coins go into circulation on Jan. 1 in 12 countries.", "Jan. 1", "2002-01-01", "2002-01-01"),

    # --- Headlines: present of a done deed, present of a schedule, infinitive -------------------
    ("head_starliner_docks_thursday", "2024-06-07", "Boeing's Starliner docks with space station Thursday after thruster glitches", "Thursday", "2024-06-06", "2024-06-06"),  # new reading: headline present of a completed act = past
    ("head_home_secretary_resigns_wednesday", "2022-10-20", "Home secretary resigns Wednesday over email breach", "Wednesday", "2022-10-19", "2022-10-19"),  # new reading: headline present of a completed act = past
    ("head_mps_vote_tuesday", "2019-01-14", "MPs vote Tuesday on Theresa May's Brexit deal", "Tuesday", "2019-01-15", "2019-01-15"),  # new reading: headline present of a scheduled act = future
    ("head_to_step_down_in_september", "2024-08-14", "Japan's Kishida to step down in September", "September", "2024-09-01", "2024-09-30"),  # new reading: headline infinitive = future
    ("head_dies_at_91", "2023-04-03", "Former chancellor Nigel Lawson dies at 91", "91", "", ""),  # an age in a headline, not '91
    ("head_storm_batters_overnight", "2023-11-02", "Storm Ciarán batters Cornwall overnight, leaving 10,000 homes without power", "overnight", "2023-11-01", "2023-11-02"),  # headline present of a done deed: the first survey's past "overnight"

    # --- Several times in one sentence, each with its own direction ----------------------------
    ("multi_signed_in_may", "2024-09-12", "The agreement was signed in May and will take effect in January.", "May", "2024-05-01", "2024-05-31"),
    ("multi_take_effect_in_january", "2024-09-12", "The agreement was signed in May and will take effect in January.", "January", "2025-01-01", "2025-01-31"),  # future, next January
    ("multi_arrested_on_saturday", "2024-02-20", "He was arrested on Saturday, charged on Monday and will appear before magistrates on Thursday.", "Saturday", "2024-02-17", "2024-02-17"),
    ("multi_charged_on_monday", "2024-02-20", "He was arrested on Saturday, charged on Monday and will appear before magistrates on Thursday.", "Monday", "2024-02-19", "2024-02-19"),
    ("multi_appear_on_thursday", "2024-02-20", "He was arrested on Saturday, charged on Monday and will appear before magistrates on Thursday.", "Thursday", "2024-02-22", "2024-02-22"),
    ("multi_cut_jobs_in_january", "2024-04-11", "The company, which cut 500 jobs in January, said on Wednesday that it would hire 300 engineers by June.", "January", "2024-01-01", "2024-01-31"),
    ("multi_hire_by_june", "2024-04-11", "The company, which cut 500 jobs in January, said on Wednesday that it would hire 300 engineers by June.", "by June", "", "2024-06-30"),
    ("multi_began_last_autumn", "2024-02-15", "Construction began last autumn and is due to finish this summer.", "last autumn", "2023-09-01", "2023-11-30"),
    ("multi_finish_this_summer", "2024-02-15", "Construction began last autumn and is due to finish this summer.", "this summer", "2024-06-01", "2024-08-31"),
    ("multi_will_say_on_monday", "2024-06-13", "The watchdog will say on Monday whether the rules were broken in March.", "Monday", "2024-06-17", "2024-06-17"),
    ("multi_broken_in_march", "2024-06-13", "The watchdog will say on Monday whether the rules were broken in March.", "March", "2024-03-01", "2024-03-31"),  # past clause inside a future sentence
    ("multi_exhibition_opens_friday", "2024-10-09", "The exhibition opens on Friday and runs until 5 January.", "Friday", "2024-10-11", "2024-10-11"),
    ("multi_runs_until_5_january", "2024-10-09", "The exhibition opens on Friday and runs until 5 January.", "5 January", "2025-01-05", "2025-01-05"),  # future across the new year; "until X" -> X
    ("multi_elliptical_fourth_quarter", "2024-10-30", "Revenue fell in the third quarter and is expected to fall again in the fourth.", "the fourth", "2024-10-01", "2024-12-31"),  # hard, new reading: elliptical for "the fourth quarter"
    ("multi_vote_thursday_count_day_after", "2024-04-29", "Polls close on Thursday, and the count begins the day after.", "the day after", "2024-05-03", "2024-05-03"),  # chained on a future day (Thu 2 May)
    ("multi_senate_next_week", "2024-09-16", "The bill goes to the Senate next week, and a final vote could come the week after.", "the week after", "2024-09-30", "2024-10-06"),  # chained on "next week" (23-29 September)
    ("multi_first_phase_six_months_later", "2024-05-10", "The first phase will be completed next month and the second six months later.", "six months later", "2024-12-01", "2024-12-31"),  # new reading: chained on a month (June 2024), so a month
    ("multi_euro_launched_friday", "1999-01-05", "The euro, which was launched on Friday, rose against the dollar on its first day of trading on Monday.", "Friday", "1999-01-01", "1999-01-01"),

    # --- Year-less days and months next to the publication date ------------------------------
    ("near_december_paper_january", "2024-12-18", "Retailers are bracing for a slow January after a strong December.", "January", "2025-01-01", "2025-01-31"),
    ("near_december_paper_december", "2024-12-18", "Retailers are bracing for a slow January after a strong December.", "December", "2024-12-01", "2024-12-31"),  # the month under way
    ("near_published_on_31_december", "2024-01-04", "Figures published on 31 December showed that 1,200 people had crossed the Channel in small boats that month.", "31 December", "2023-12-31", "2023-12-31"),
    ("near_that_month_after_31_december", "2024-01-04", "Figures published on 31 December showed that 1,200 people had crossed the Channel in small boats that month.", "that month", "2023-12-01", "2023-12-31"),  # chained on 31 December 2023
    ("near_late_december_in_january", "2025-01-08", "The outbreak began in late December, according to health officials.", "late December", "2024-12-21", "2024-12-31"),
    ("near_early_january_in_december", "2024-12-20", "Talks are due to resume in early January.", "early January", "2025-01-01", "2025-01-10"),
    ("near_by_december_in_january", "2024-01-10", "The government must decide by December whether to extend the scheme.", "by December", "", "2024-12-31"),  # future, this year's December
    ("near_current_month_past", "2024-11-20", "The factory shut in November after losing its biggest customer.", "November", "2024-11-01", "2024-11-30"),  # past, the month under way
    ("near_current_month_future", "2024-11-05", "The price cap will be reviewed in November, the regulator said.", "November", "2024-11-01", "2024-11-30"),  # future, the month under way
    ("near_last_raised_in_december_prev_year", "2024-11-28", "The bank last raised interest rates in December.", "December", "2023-12-01", "2023-12-31"),  # hard: past, December not yet reached this year
    ("near_y2k_night_of_dec_31", "1999-12-20", "Engineers will be on duty through the night of Dec. 31 in case computers fail.", "Dec. 31", "1999-12-31", "1999-12-31"),
    ("near_this_time_last_year", "2024-05-20", "House prices are 2 per cent lower than this time last year.", "this time last year", "2023-05-20", "2023-05-20"),  # new reading, unsure: the publication date a year back
    ("near_a_year_from_now", "2024-05-20", "A year from now, the plant should be producing a million battery cells a month.", "A year from now", "2025-05-20", "2025-05-20"),  # new reading, unsure: the publication date a year on
    ("near_in_two_weeks", "2024-03-04", "The results will be announced in two weeks.", "in two weeks", "2024-03-18", "2024-03-18"),  # new reading: one day, like "in a fortnight's time"

    # --- Weekdays next to the publication weekday --------------------------------------------
    ("wk_sunday_in_monday_paper", "2024-05-27", "Voters in the capital queued for hours on Sunday to cast their ballots.", "Sunday", "2024-05-26", "2024-05-26"),
    ("wk_late_thursday_future_on_thursday", "2024-02-29", "The Senate is expected to vote late Thursday on a stopgap spending bill.", "Thursday", "2024-02-29", "2024-02-29"),  # new reading: same weekday, future = the publication date
    ("wk_early_monday_landfall_from_sunday", "2005-08-28", "Hurricane Katrina is expected to make landfall early Monday near New Orleans.", "Monday", "2005-08-29", "2005-08-29"),
    ("wk_saturday_past_in_friday_paper", "2024-03-22", "The fire broke out on Saturday and took three days to bring under control.", "Saturday", "2024-03-16", "2024-03-16"),  # six days back
    ("wk_friday_future_in_saturday_paper", "2024-03-23", "The board will meet on Friday to choose a new chairman.", "Friday", "2024-03-29", "2024-03-29"),  # six days on
    ("wk_last_sunday_in_monday_paper", "2024-06-10", "The party won 31 per cent of the vote last Sunday, its best result in a national election.", "last Sunday", "2024-06-09", "2024-06-09"),  # unsure: "last X" = the most recent, here the day before
    ("wk_early_hours_of_wednesday_same_day", "2024-11-06", "Results began arriving late Tuesday night, and the race was called in the early hours of Wednesday.", "Wednesday", "2024-11-06", "2024-11-06"),
    ("wk_wednesday_past_in_tuesday_paper", "2024-10-15", "Police released CCTV images on Wednesday of a man they want to trace.", "Wednesday", "2024-10-09", "2024-10-09"),  # six days back
    ("wk_monday_future_in_sunday_paper", "2024-09-08", "Schools in the region reopen on Monday after the floods.", "Monday", "2024-09-09", "2024-09-09"),
    ("wk_released_last_friday", "2024-04-24", "Her new album, released last Friday, has already sold more than a million copies.", "last Friday", "2024-04-19", "2024-04-19"),

    # --- Clock times, midnight and time zones ------------------------------------------------
    ("clk_shortly_after_midnight_on_sunday", "2024-03-11", "The fire started shortly after midnight on Sunday in a flat on the fourth floor.", "Sunday", "2024-03-10", "2024-03-10"),
    ("clk_eastern_wednesday", "2003-03-20", "The first cruise missiles were launched at 9.34pm Eastern time on Wednesday (0234 GMT Thursday).", "Wednesday", "2003-03-19", "2003-03-19"),  # each day in its stated zone
    ("clk_gmt_thursday", "2003-03-20", "The first cruise missiles were launched at 9.34pm Eastern time on Wednesday (0234 GMT Thursday).", "Thursday", "2003-03-20", "2003-03-20"),  # same weekday as publication, past
    ("clk_bst_wednesday_future", "2024-09-10", "The debate starts at 9pm ET on Tuesday, which is 2am BST on Wednesday.", "Wednesday", "2024-09-11", "2024-09-11"),  # the later zone's day, future
    ("clk_overnight_saturday_into_sunday", "2024-01-22", "Gales battered the coast overnight Saturday into Sunday, cutting power to 40,000 homes.", "Saturday into Sunday", "2024-01-20", "2024-01-21"),  # past mirror of the third survey's "Wednesday into Thursday"
    ("clk_from_midnight_on_friday", "2024-11-27", "The ceasefire takes effect from midnight on Friday.", "Friday", "2024-11-29", "2024-11-29"),  # "from X" alone -> X
    ("clk_small_hours_of_saturday", "2024-04-14", "Two men were stabbed in the small hours of Saturday outside a nightclub.", "Saturday", "2024-04-13", "2024-04-13"),
    ("clk_time_alone_not_date", "2024-06-12", "The first train from the new station leaves at 5.42am.", "5.42am", "", ""),
    ("clk_24_hour_2000_not_year", "2024-06-12", "The shop on the station concourse is open from 0800 to 2000.", "2000", "", ""),  # a 24-hour clock time that looks like a year
    ("clk_the_6_30_train_not_date", "2024-06-12", "Commuters on the 6.30 from Brighton faced delays of an hour.", "6.30", "", ""),  # a train named by its time

    # --- Ranges and spans in ordinary use ----------------------------------------------------
    ("rng_from_late_may_to_early_june", "2024-07-10", "The heatwave lasted from late May to early June.", "from late May to early June", "2024-05-21", "2024-06-10"),
    ("rng_between_monday_and_wednesday", "2024-10-18", "Delivery drivers will strike between Monday and Wednesday.", "between Monday and Wednesday", "2024-10-21", "2024-10-23"),
    ("rng_through_the_end_of_the_month", "2024-06-05", "The offer runs through the end of the month.", "the end of the month", "2024-06-21", "2024-06-30"),  # "through X" -> X
    ("rng_for_the_rest_of_the_year", "2024-08-20", "The plant will be closed for the rest of the year.", "the rest of the year", "2024-08-20", "2024-12-31"),  # new reading: like "the rest of the week"
    ("rng_starting_next_month", "2024-02-14", "Starting next month, passengers will have to pay for cabin bags.", "next month", "2024-03-01", "2024-03-31"),
    ("rng_beginning_in_2025", "2023-06-20", "The tax credits will be phased out beginning in 2025.", "2025", "2025-01-01", "2025-12-31"),
    ("rng_through_2030", "2023-06-20", "The subsidy is guaranteed through 2030, the energy minister said.", "2030", "2030-01-01", "2030-12-31"),  # "through X" -> X
    ("rng_within_weeks", "2024-05-02", "A ruling is expected within weeks.", "within weeks", "2024-05-02", ""),  # new reading, unsure: like "the coming weeks"
    ("rng_in_recent_weeks", "2024-05-02", "Attacks on shipping in the Red Sea have increased in recent weeks.", "recent weeks", "", "2024-05-02"),  # new reading, unsure: mirror of "the coming weeks"
    ("rng_between_now_and_christmas", "2024-11-12", "The chain plans to hire 20,000 temporary staff between now and Christmas.", "between now and Christmas", "2024-11-12", "2024-12-25"),  # new reading
    ("rng_in_the_wake_of_tuesdays_vote", "2008-11-07", "Markets fell sharply in the wake of Tuesday's vote.", "Tuesday", "2008-11-04", "2008-11-04"),
    ("rng_run_up_to_christmas_past", "2025-01-10", "Sales in the run-up to Christmas were the weakest in a decade.", "Christmas", "2024-12-25", "2024-12-25"),  # past, so last Christmas
    ("rng_later_in_the_week", "2024-03-04", "Temperatures will rise later in the week.", "later in the week", "2024-03-04", "2024-03-10"),  # new reading: as "later this week"
    ("rng_until_further_notice_not_date", "2024-05-15", "The park is closed until further notice.", "until further notice", "", ""),  # new reading: no date
    ("rng_between_christmas_and_new_year", "2024-12-20", "Most offices close between Christmas and New Year.", "between Christmas and New Year", "2024-12-25", "2025-01-01"),  # new reading, unsure: 25 December to New Year's Day
    ("rng_two_weeks_from_saturday", "2024-06-19", "The strike will run for two weeks from Saturday.", "Saturday", "2024-06-22", "2024-06-22"),  # "from X" alone -> X; "two weeks" a duration

    # --- Sport and culture -------------------------------------------------------------------
    ("sport_last_seasons_final", "2024-09-10", "The two sides met in last season's final, which United won on penalties.", "last season", "2023-08-01", "2024-05-31"),  # football season August-May
    ("sport_this_season_midseason", "2024-02-12", "He has scored 22 league goals this season.", "this season", "2023-08-01", "2024-05-31"),  # the season under way
    ("sport_sundays_final_on_sunday", "2024-07-14", "Spain and England meet in Sunday's final at the Olympiastadion in Berlin.", "Sunday", "2024-07-14", "2024-07-14"),  # new reading: same weekday, future = the publication date
    ("sport_saturdays_cup_final_in_monday", "2024-05-27", "Thousands lined the streets of Manchester for a parade after Saturday's cup final.", "Saturday", "2024-05-25", "2024-05-25"),
    ("culture_this_years_festival", "2024-06-24", "This year's festival drew 210,000 people, organisers said.", "This year", "2024-01-01", "2024-12-31"),
    ("culture_next_years_edition", "2024-06-30", "Organisers say next year's edition will move to September.", "next year", "2025-01-01", "2025-12-31"),
    ("culture_next_years_edition_september", "2024-06-30", "Organisers say next year's edition will move to September.", "September", "2025-09-01", "2025-09-30"),  # new reading: the year just named
    ("sport_matchday_5_not_date", "2024-11-20", "Arsenal face Sporting in Lisbon on matchday 5 of the Champions League.", "matchday 5", "", ""),
    ("sport_tennis_score_not_date", "2024-07-12", "Alcaraz beat Medvedev 6-7, 6-3, 6-4, 6-4 to reach the final.", "6-3", "", ""),  # a set score, not 6 March
    ("culture_96th_academy_awards_not_date", "2024-03-11", "Oppenheimer won best picture at the 96th Academy Awards on Sunday night.", "96th", "", ""),  # an ordinal of the ceremony
    ("sport_2000_guineas_not_year", "2024-05-05", "Notable Speech won the 2000 Guineas at Newmarket on Saturday.", "2000", "", ""),  # a race's name
    ("culture_festival_in_its_50th_year", "2024-08-02", "The festival, now in its 50th year, sold out in a day.", "its 50th year", "", ""),  # an ordinal of the festival, not a date

    # --- Not dates in ordinary sentences ------------------------------------------------------
    ("nd_debut_at_72", "2024-03-14", "She made her Broadway debut at 72.", "72", "", ""),  # an age
    ("nd_aged_45", "2024-03-14", "A man aged 45 has been charged with murder.", "aged 45", "", ""),
    ("nd_1600_pennsylvania_avenue", "2024-03-14", "Protesters gathered outside 1600 Pennsylvania Avenue.", "1600", "", ""),  # an address, not the year 1600
    ("nd_price_1999", "2024-09-10", "The new phone will sell for $1999 in the US.", "1999", "", ""),  # a price
    ("nd_24_hours_a_day", "2024-03-14", "Volunteers are staffing the phones 24 hours a day.", "24 hours a day", "", ""),
    ("nd_one_day_someday", "2024-03-14", "She hopes one day to return to Aleppo.", "one day", "", ""),  # someday
    ("nd_carried_the_day", "2024-03-14", "In the end, the reformers carried the day.", "the day", "", ""),  # an idiom
    ("nd_these_days", "2024-03-14", "These days, most commuters pay by phone.", "These days", "", ""),  # new reading: a vague present, not a particular day
    ("nd_woman_in_her_80s", "2024-03-14", "The victim, a woman in her 80s, was taken to hospital.", "80s", "", ""),  # an age, not the 1980s
    ("nd_monday_club", "2024-03-14", "He was a member of the Monday Club, a right-wing pressure group.", "Monday", "", ""),  # a name
    ("nd_year_10_pupils", "2024-03-14", "Year 10 pupils will sit mock exams in the spring.", "Year 10", "", ""),  # a school year
    ("nd_since_day_one", "2024-03-14", "The minister said the policy had been a priority since day one.", "day one", "", ""),
    ("nd_two_days_after_undated_election", "2024-03-14", "Two days after the election, the president conceded.", "Two days after the election", "", ""),  # heldout12 distractor: the event is not dated in the text
    ("nd_used_to_open_on_sundays", "2024-03-14", "The market used to open on Sundays.", "Sundays", "", ""),  # a habit, no particular Sunday
    ("nd_dial_999", "2024-03-14", "Residents were urged to dial 999 only in an emergency.", "999", "", ""),  # a phone number
]
