import pytest
from helpers import article, timex

from timeline.claims import (
    LONGEST_SENTENCE,
    _phrasal_entry,
    clause_countries,
    extract_claims,
    lexicon,
    participants,
    same_party,
    sentence_spans,
    share_party,
)
from timeline.model import Dating, TimeExpr


def _claim(text: str, phrase: str, earliest: str | None, latest: str | None,
           granularity: str = "day", published: str | None = "2020-06-01"):
    doc = article("a", text, published=published)
    (claim,) = extract_claims(doc, (timex(text, phrase, earliest, latest, granularity),))
    return claim


def test_a_claim_in_a_flattened_list_reads_only_the_words_around_its_date() -> None:
    text = "the port grew and then it shrank, " * 100 + "the port reopened in 2019, " + (
        "the port grew and then it shrank, " * 100)
    claim = _claim(text, "2019", "2019-01-01", "2019-12-31", "year")
    assert len(claim.sentence) <= LONGEST_SENTENCE
    assert "reopened in 2019" in claim.sentence
    assert text[claim.sentence_start - 1] == " "  # cut between words


def test_sentences_split_at_periods_but_not_after_abbreviations() -> None:
    text = "Mr. Lee arrived in Dec. 2019 at the U.S. embassy. He left on Monday."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Mr. Lee arrived in Dec. 2019 at the U.S. embassy.",
        "He left on Monday.",
    ]


def test_a_case_name_s_v_does_not_end_a_sentence() -> None:
    text = "The court handed down Dobbs v. Jackson on Friday. It was expected."
    assert len(sentence_spans(text)) == 2


def test_a_line_break_ends_a_headline_without_period() -> None:
    text = "Port strike ends\n\nDockers returned on Monday."
    assert len(sentence_spans(text)) == 2


def test_past_tense_clause_is_asserted() -> None:
    claim = _claim("The union signed the contract in March 2019.", "in March 2019",
                   "2019-03-01", "2019-03-31", "month")
    assert claim.modality == "asserted"


def test_what_a_since_phrase_counts_from_is_asserted_under_a_modal() -> None:
    claim = _claim("A new government could steer the economy out of its worst recession "
                   "since the 1930s.", "the 1930s", "1930-01-01", "1939-12-31", "year")
    assert claim.modality == "asserted"


def test_what_a_since_phrase_counts_from_stays_negated_under_a_negation() -> None:
    claim = _claim("The maker has not delivered a jet since March 2019.", "March 2019",
                   "2019-03-01", "2019-03-31", "month")
    assert claim.modality == "negated"


def test_will_makes_a_claim_expected() -> None:
    claim = _claim("The terminal will open in March 2021.", "in March 2021",
                   "2021-03-01", "2021-03-31", "month")
    assert claim.modality == "expected"


def test_a_plan_word_as_the_past_verb_of_its_subject_asserts() -> None:
    claim = _claim("Smith, one of the engineers who proposed the design in 1998, retired.",
                   "in 1998", "1998-01-01", "1998-12-31", "year")
    assert claim.modality == "asserted"


def test_a_plan_word_with_for_after_its_subject_still_plans() -> None:
    claim = _claim("The mayor, who proposed a vote for March 2021, resigned.", "March 2021",
                   "2021-03-01", "2021-03-31", "month", published="2021-06-01")
    assert claim.modality == "expected"


def test_is_expected_to_makes_a_claim_expected() -> None:
    claim = _claim("A second phase is expected to be signed in 2021, the minister said.",
                   "in 2021", "2021-01-01", "2021-12-31", "year")
    assert claim.modality == "expected"


def test_negation_in_the_clause_makes_a_claim_negated() -> None:
    claim = _claim("The council did not vote on Tuesday.", "on Tuesday", "2020-05-26",
                   "2020-05-26")
    assert claim.modality == "negated"


def test_if_makes_a_claim_hypothetical() -> None:
    claim = _claim("If talks fail in July, the strike resumes.", "in July", "2020-07-01",
                   "2020-07-31", "month")
    assert claim.modality == "hypothetical"


def test_may_the_month_is_not_a_modal_cue() -> None:
    claim = _claim("The bank raised rates in May 2019.", "in May 2019", "2019-05-01",
                   "2019-05-31", "month")
    assert claim.modality == "asserted"


def test_a_cue_word_in_a_name_is_no_cue() -> None:
    claim = _claim("Planned Parenthood sued the state on March 3.", "on March 3", "2020-03-03",
                   "2020-03-03", "day")
    assert claim.modality == "asserted"


def test_a_condition_word_before_a_name_stays_a_cue() -> None:
    claim = _claim("Unless Congress acts by Friday, the program ends.", "by Friday", None,
                   "2020-06-05", "day")
    assert claim.modality == "hypothetical"


def test_a_unit_of_length_ends_a_sentence() -> None:
    assert len(sentence_spans("The wall could rise another 10 ft. It collapsed on Friday.")) == 2


def test_a_cue_word_after_a_capitalised_determiner_stays_a_noun() -> None:
    claim = _claim("The Plan B drill reached the trapped men on September 17.", "on September 17",
                   "2010-09-17", "2010-09-17", "day", published="2010-10-14")
    assert claim.modality == "asserted"


def test_a_date_after_publication_is_expected_even_without_cue() -> None:
    claim = _claim("The bridge reopens in August.", "in August", "2020-08-01", "2020-08-31",
                   "month", published="2020-06-01")
    assert claim.modality == "expected"


def test_reporting_clause_and_content_are_two_claims_with_their_own_predicates() -> None:
    text = "Peskov said on Thursday that the deal was signed in 2017."
    doc = article("a", text)
    exprs = (
        timex(text, "on Thursday", "2020-05-28", "2020-05-28"),
        timex(text, "in 2017", "2017-01-01", "2017-12-31", "year"),
    )
    said, signed = extract_claims(doc, exprs)
    assert said.predicate == "say"
    assert signed.predicate == "sign agreement"


def test_a_month_after_a_speech_verb_dates_the_saying_not_what_was_said() -> None:
    # 'said in February it would buy': no 'that', a subject and 'would' open the content.
    claim = _claim("Canberra said in February it would buy 20 of the launchers.",
                   "February", "2020-02-01", "2020-02-29", "month")
    assert (claim.predicate, claim.modality) == ("say", "asserted")


def test_flagging_off_a_project_is_starting_it() -> None:
    claim = _claim("The acting president flagged off the railway project in March 2017.",
                   "in March 2017", "2017-03-01", "2017-03-31", "month")
    assert claim.predicate.startswith("start")


def test_a_time_clause_of_a_deed_done_is_asserted_under_a_future_main_clause() -> None:
    claim = _claim("The plant will keep running for years after the ministry on Friday awarded "
                   "the company a $2 billion contract.", "Friday", "2020-05-29", "2020-05-29")
    assert claim.modality == "asserted"


@pytest.mark.parametrize("text", [
    "The bank will lift the cap after the deposits in June exceed the limit.",
    "The line will open after the project in June is granted a permit.",
])
def test_a_time_clause_without_a_past_deed_stays_expected(text: str) -> None:
    # Published after June: only the clause's words can make it a plan.
    claim = _claim(text, "in June", "2020-06-01", "2020-06-30", "month",
                   published="2020-07-15")
    assert claim.modality == "expected"


def test_a_speech_verb_right_after_the_date_is_what_the_date_dates() -> None:
    claim = _claim("The prime minister on Friday said the new frigates would help secure the "
                   "coast.", "Friday", "2020-05-29", "2020-05-29")
    assert (claim.predicate, claim.modality) == ("say", "asserted")


def test_a_declaration_right_after_the_date_keeps_the_deed_it_declares() -> None:
    claim = _claim("The health ministry on Thursday declared an end to the emergency.",
                   "Thursday", "2020-05-28", "2020-05-28")
    assert claim.predicate.startswith("complete")


def test_a_plan_named_after_its_sum_is_a_noun_in_a_past_clause() -> None:
    claim = _claim("The committee approved a 3.9 trillion won plan on Friday.", "on Friday",
                   "2020-05-29", "2020-05-29")
    assert claim.modality == "asserted"


def test_a_name_with_accents_is_one_word_and_its_term_is_folded() -> None:
    claim = _claim("The first two jets landed at Kuchyňa on Monday.", "on Monday",
                   "2020-05-25", "2020-05-25")
    assert "kuchyna" in claim.context and "Kuchyňa" in claim.participants


def test_a_name_may_open_with_an_accented_capital() -> None:
    assert "Žilina" in participants("The first two jets landed at Žilina on Monday.")


def test_a_name_spelt_with_and_without_accents_is_one_party() -> None:
    assert share_party(("Recep Tayyip Erdoğan",), ("Erdogan",))


def test_picking_a_winner_is_a_choice() -> None:
    claim = _claim("Chile picked the Dutch submarine design in March 2013.",
                   "in March 2013", "2013-03-01", "2013-03-31", "month")
    assert claim.predicate.startswith("choose")


def test_a_second_report_in_the_sentence_is_no_plan_of_the_first() -> None:
    text = ("Engineers announced in July 2012 that they had found a leak, and in March they "
            "said it looked worse.")
    exprs = (timex(text, "July 2012", "2012-07-01", "2012-07-31", "month"),
             timex(text, "March", "2013-03-01", "2013-03-31", "month"))
    _, march = extract_claims(article("a", text, published="2013-10-08"), exprs)
    assert march.modality == "asserted"


def test_content_trigger_beats_a_nearby_reporting_verb() -> None:
    claim = _claim("The contract's signing was confirmed by the buyer on September 12, 2017.",
                   "on September 12, 2017", "2017-09-12", "2017-09-12")
    assert claim.predicate == "sign agreement"


def test_an_event_noun_after_an_article_and_adjective_is_the_setting_not_the_deed() -> None:
    claim = _claim("The laureate received his medal at a private meeting in April 2018.",
                   "in April 2018", "2018-04-01", "2018-04-30", "month")
    assert claim.predicate.startswith("deliver")


def test_different_wordings_of_a_signing_share_a_predicate() -> None:
    wordings = [
        "Lisbon and Madrid inked a deal in 2017.",
        "The two finalized an agreement in 2017.",
        "They struck a deal in 2017.",
        "The sides signed the contract in 2017.",
    ]
    predicates = {
        _claim(w, "in 2017", "2017-01-01", "2017-12-31", "year").predicate for w in wordings
    }
    assert predicates == {"sign agreement"}


def test_different_wordings_of_a_verdict_share_a_predicate() -> None:
    wordings = [
        "The founder was convicted on Thursday of fraud.",
        "The founder was found guilty on Thursday of fraud.",
    ]
    predicates = {_claim(w, "on Thursday", "2020-05-28", "2020-05-28").predicate
                  for w in wordings}
    assert predicates == {"convict"}


def test_an_arrest_and_a_sentence_are_different_steps_of_a_case() -> None:
    arrest = _claim("The founder was arrested on Thursday in Nassau.", "on Thursday",
                    "2020-05-28", "2020-05-28")
    sentence = _claim("The founder was sentenced on Thursday to 25 years.", "on Thursday",
                      "2020-05-28", "2020-05-28")
    assert (arrest.predicate, sentence.predicate) == ("arrest", "sentence")


def test_a_trial_that_opened_and_one_that_began_share_a_predicate() -> None:
    wordings = ["The trial began in October.", "His trial opened in October."]
    predicates = {_claim(w, "in October", "2019-10-01", "2019-10-31", "month").predicate
                  for w in wordings}
    assert predicates == {"start test"}


def test_an_ed_word_after_an_article_describes_a_noun_and_is_no_verb() -> None:
    claim = _claim("He made an unsolicited approach in mid-April.", "in mid-April",
                   "2020-04-11", "2020-04-20", "month")
    assert claim.predicate == "make"


def test_after_a_clock_time_opens_no_clause() -> None:
    claim = _claim("The sculptor placed the last stone on the monument's plinth shortly after"
                   " noon today, before a crowd that included ministers.", "today",
                   "2020-06-01", "2020-06-01")
    assert claim.predicate.split(" ")[0] == "place"


def test_a_quoted_title_does_not_cut_the_date_off_its_verb() -> None:
    claim = _claim('The governor signed the bill, "Safer Rivers Act," on May 15, and the'
                   ' mayor praised it at a rally.', "on May 15", "2020-05-15", "2020-05-15")
    assert claim.predicate.split(" ")[0] == "sign"


def test_a_cue_word_in_a_quoted_title_is_no_cue() -> None:
    claim = _claim('The finance minister set out his "recovery plan" on 12 May.', "on 12 May",
                   "2020-05-12", "2020-05-12")
    assert claim.modality == "asserted"


def test_a_proposed_deal_with_its_price_plans_nothing_in_a_past_clause() -> None:
    claim = _claim("A judge on Tuesday blocked the chain's proposed $3.1 billion purchase of"
                   " a rival.", "on Tuesday", "2020-05-26", "2020-05-26")
    assert claim.modality == "asserted"


def test_a_new_built_thing_is_no_second_happening() -> None:
    claim = _claim("The city opened a new concert hall on Monday.", "on Monday",
                   "2020-05-25", "2020-05-25")
    assert claim.predicate == "open"


def test_a_new_contract_is_another_signing() -> None:
    claim = _claim("The two firms signed a new contract on Monday.", "on Monday",
                   "2020-05-25", "2020-05-25")
    assert claim.predicate.endswith("(second)")


def test_whether_after_the_date_opens_a_question_not_a_condition() -> None:
    claim = _claim("Engineers expect to know next week whether the repair holds.", "next week",
                   "2020-06-08", "2020-06-14", "week")
    assert claim.modality == "expected"


def test_whether_before_the_date_leaves_it_open() -> None:
    claim = _claim("It is unclear whether the council will vote next week.", "next week",
                   "2020-06-08", "2020-06-14", "week")
    assert claim.modality == "hypothetical"


def test_an_adverb_after_an_auxiliary_is_no_verb() -> None:
    claim = _claim("The gala had initially been set for May 2, but organisers moved it.",
                   "for May 2", "2020-05-02", "2020-05-02")
    assert claim.predicate and not claim.predicate.startswith("initially")


def test_a_schedule_under_an_opening_condition_is_still_a_plan() -> None:
    claim = _claim("If no appeal is lodged, the new mayor is scheduled to take office on"
                   " June 29.", "on June 29", "2020-06-29", "2020-06-29")
    assert claim.modality == "expected"


def test_a_would_under_an_opening_condition_is_hypothetical() -> None:
    claim = _claim("If the talks fail, the strike would start on June 29.", "on June 29",
                   "2020-06-29", "2020-06-29")
    assert claim.modality == "hypothetical"


def test_job_cuts_told_as_a_phrasal_verb_are_layoffs() -> None:
    claim = _claim("The new owner laid off most of the staff the following week.",
                   "the following week", "2020-05-04", "2020-05-10", "week")
    assert claim.predicate == "lay_off"


def test_what_was_agreed_dates_the_agreement() -> None:
    wordings = ["The investor agreed to buy the platform in April.",
                "The platform agreed in April to the takeover."]
    predicates = {_claim(w, "in April", "2020-04-01", "2020-04-30", "month").predicate
                  for w in wordings}
    assert predicates == {"sign agreement"}


def test_a_landing_told_as_touching_down_shares_its_predicate() -> None:
    wordings = ["The rover landed in Jezero Crater on Feb. 18.",
                "The rover touched down on Feb. 18 in Jezero Crater."]
    predicates = {_claim(w, "on Feb. 18", "2021-02-18", "2021-02-18").predicate
                  for w in wordings}
    assert predicates == {"land"}


def test_an_ing_form_after_a_preposition_is_the_dated_verb() -> None:
    claim = _claim("She notified the bloc of the intention to leave by triggering Article 50"
                   " on 29 March 2017.", "on 29 March 2017", "2017-03-29", "2017-03-29")
    assert claim.predicate == "trigger"


def test_a_preposition_before_the_date_does_not_make_the_verb_after_it_a_noun() -> None:
    # 'on Friday refused': 'on' belongs to the date, so 'refused' is the clause's verb
    # and the handing over is only what was refused.
    claim = _claim("A court on Friday refused to hand over the suspect to Germany.",
                   "Friday", "2020-05-29", "2020-05-29")
    assert claim.predicate == "oppose"


def test_an_irregular_past_after_the_date_is_the_verb_not_a_noun() -> None:
    # 'on Friday sold': 'sold' is the clause's verb, not the 'bought' of a relative clause.
    claim = _claim("The firm on Friday sold shares it bought last year.", "Friday",
                   "2024-03-15", "2024-03-15")
    assert claim.predicate == "sell"


def test_irregular_forms_of_an_unknown_verb_share_a_predicate() -> None:
    wordings = [
        "Divers brought the last miners to the surface on July 10.",
        "The last miners were brought to the surface on July 10.",
    ]
    predicates = {_claim(w, "on July 10", "2020-07-10", "2020-07-10").predicate
                  for w in wordings}
    assert predicates == {"bring"}


def test_an_ordinal_marks_a_different_instance() -> None:
    claim = _claim("An agreement for a second plant is expected to be signed in 2021.",
                   "in 2021", "2021-01-01", "2021-12-31", "year")
    assert claim.predicate == "sign agreement (second)"


def test_a_date_before_a_noun_dates_that_noun_not_the_clause_verb() -> None:
    claim = _claim("Prosecutors closed their inquiry into the 2015 bombing of the market.",
                   "2015", "2015-01-01", "2015-12-31", "year")
    assert claim.predicate == "attack"


def test_a_possessive_date_dates_the_noun_it_owns() -> None:
    claim = _claim("The city closed the road after Tuesday's collapse of the bridge.",
                   "Tuesday", "2020-05-26", "2020-05-26")
    assert claim.predicate == "attack"


def test_again_after_another_verb_names_no_second_instance() -> None:
    claim = _claim("The ferry that had blocked the strait since Tuesday was refloated and is "
                   "moving again.", "since Tuesday", "2020-05-26", None)
    assert "(" not in claim.predicate


def test_again_after_the_action_names_a_second_instance() -> None:
    claim = _claim("Rebels attacked again on Tuesday.", "on Tuesday", "2020-05-26", "2020-05-26")
    assert claim.predicate == "attack (second)"


def test_again_after_the_action_and_its_object_pronoun_names_a_second_instance() -> None:
    claim = _claim("Prosecutors arrested him again on Tuesday.", "on Tuesday", "2020-05-26",
                   "2020-05-26")
    assert claim.predicate == "arrest (second)"


def test_a_post_qualifier_right_after_an_appointment_names_the_post() -> None:
    claim = _claim("The board appointed acting president Smith on Monday.", "on Monday",
                   "2020-05-25", "2020-05-25")
    assert claim.predicate == "elect (interim)"


def test_a_sentence_final_attribution_is_no_report_of_its_own() -> None:
    text = "The firm announced on 3 March that the merger closes on 30 April, the chief said."
    exprs = (timex(text, "3 March", "2020-03-03", "2020-03-03"),
             timex(text, "30 April", "2020-04-30", "2020-04-30"))
    _, closing = extract_claims(article("a", text, published="2020-06-01"), exprs)
    assert closing.modality == "expected"


def test_an_ordinal_right_after_the_action_is_a_rank() -> None:
    claim = _claim("The mayor finished second in the poll on Sunday.", "on Sunday",
                   "2020-05-24", "2020-05-24")
    assert "(" not in claim.predicate


def test_an_ordinal_before_a_name_belongs_to_the_name() -> None:
    claim = _claim("The probe reached the second Lagrange point on Monday.", "on Monday",
                   "2020-05-25", "2020-05-25")
    assert "(" not in claim.predicate


def test_an_interim_post_is_another_instance_of_taking_it_up() -> None:
    claim = _claim("The prime minister was sworn in as interim president on Friday.",
                   "on Friday", "2022-07-15", "2022-07-15")
    assert claim.predicate == "elect (interim)"


def test_a_time_clause_after_the_date_tells_another_happening() -> None:
    claim = _claim("Her brother quit as prime minister in May after loyalists attacked protesters.",
                   "in May", "2022-05-01", "2022-05-31", "month")
    assert claim.predicate == "resign"


def test_a_title_of_who_is_acted_on_names_no_other_instance() -> None:
    claim = _claim("The judge charged caretaker Prime Minister Hassan Diab on Thursday.",
                   "on Thursday", "2020-12-10", "2020-12-10")
    assert "(" not in claim.predicate


def test_a_date_before_a_noun_dates_that_noun() -> None:
    claim = _claim("The president toured the site of the Feb. 3, 2023, derailment on Friday.",
                   "Feb. 3, 2023", "2023-02-03", "2023-02-03")
    assert claim.predicate == "attack"  # a derailment is a wreck (rules/events.toml)


def test_a_date_before_a_noun_the_lexicon_does_not_know_dates_that_noun() -> None:
    claim = _claim("The president toured the site of the Feb. 3, 2023, flooding on Friday.",
                   "Feb. 3, 2023", "2023-02-03", "2023-02-03")
    assert claim.predicate == "flood"


def test_a_date_before_an_adjective_dates_the_noun_after_it() -> None:
    claim = _claim("Banks were rescued after the 2008 financial crisis hit.", "2008",
                   "2008-01-01", "2008-12-31", "year")
    assert claim.predicate == "crisis"


def test_sacking_a_minister_is_a_dismissal() -> None:
    claim = _claim("The president sacked his deputy on Monday.", "on Monday", "2017-11-06",
                   "2017-11-06")
    assert claim.predicate == "dismiss"


def test_the_qualifier_nearest_the_action_names_the_instance() -> None:
    claim = _claim("The first blast was heard on Monday and a second one at night.",
                   "on Monday", "2020-05-25", "2020-05-25")
    assert claim.predicate == "attack"


def test_an_ordinal_rank_of_a_crew_member_names_no_second_deed() -> None:
    claim = _claim("The tanker ran onto the reef on March 23 with a third mate on the bridge.",
                   "on March 23", "2020-03-23", "2020-03-23")
    assert claim.predicate == "run"


def test_a_purpose_after_the_date_is_not_what_the_date_dates() -> None:
    claim = _claim("Tugboats worked through Wednesday to free the stranded ferry.",
                   "through Wednesday", None, "2020-05-27")
    assert claim.predicate == "work"


def test_a_planned_act_before_its_date_is_what_the_date_dates() -> None:
    claim = _claim("The two cities plan to sign the accord in July.", "in July",
                   "2020-07-01", "2020-07-31", "month")
    assert claim.predicate == "sign agreement"


def test_a_date_dates_its_own_verb_of_two_coordinated_ones() -> None:
    claim = _claim("The probe lifted off last March and arrived in orbit in May.", "last March",
                   "2020-03-01", "2020-03-31", "month")
    assert claim.predicate == "start"  # 'lift off'; 'arrive' is delivery


def test_a_coordinated_said_keeps_its_content_out_of_the_dated_clause() -> None:
    # 'would' belongs to what was said, not to the meeting on Monday.
    claim = _claim("The envoy met the foreign minister on Monday and said his country would "
                   "stand by its ally.", "on Monday", "2020-05-25", "2020-05-25")
    assert claim.modality == "asserted"


def test_a_coordinated_name_does_not_split_the_clause() -> None:
    claim = _claim("Britain and United Airlines signed the lease on Monday.", "on Monday",
                   "2020-06-01", "2020-06-01")
    assert claim.predicate.startswith("sign")


def test_a_date_in_a_relative_clause_dates_the_relative_clause() -> None:
    claim = _claim("The ferry that had been blocking the harbour since Friday has been "
                   "refloated.", "Friday", "2020-05-29", "2020-05-29")
    assert claim.predicate == "ground"


def test_a_date_before_the_main_verb_outside_a_relative_clause_dates_that_verb() -> None:
    claim = _claim("The ferry on Friday was refloated.", "on Friday", "2020-05-29",
                   "2020-05-29")
    assert claim.predicate == "free"


def test_a_date_inside_the_subject_dates_the_subject() -> None:
    claim = _claim("The explosions on May 2 damaged the dam.", "May 2", "2020-05-02",
                   "2020-05-02")
    assert claim.predicate == "attack"


def test_a_date_after_an_object_dates_the_verb() -> None:
    claim = _claim("The council approved the sale on May 2.", "May 2", "2020-05-02",
                   "2020-05-02")
    assert claim.predicate.startswith("decide")


def test_according_to_names_no_agreement() -> None:
    claim = _claim("The tunnel was reopened on May 2, according to the city's engineers.",
                   "May 2", "2020-05-02", "2020-05-02")
    assert claim.predicate == "reopen"


def test_words_ending_in_eed_and_hyphenated_adjectives_are_not_verbs() -> None:
    speed = _claim("Engineers widened a 12-kilometer (7-mile) stretch in 2015 to speed up "
                   "traffic.", "2015", "2015-01-01", "2015-12-31", "year")
    sized = _claim("The probe unfurled its kite-sized sail on May 2.", "May 2", "2020-05-02",
                   "2020-05-02")
    assert (speed.predicate, sized.predicate) == ("widen", "unfurl")


def test_a_determiner_after_an_auxiliary_is_not_a_verb() -> None:
    claim = _claim("The moment I remember is the flyby on Sunday, May 31.", "Sunday, May 31",
                   "2020-05-31", "2020-05-31")
    assert claim.predicate != "th"


def test_starting_and_completing_deliveries_are_different_predicates() -> None:
    start = _claim("Deliveries started in mid-July.", "in mid-July", "2019-07-11",
                   "2019-07-20", "month")
    end = _claim("Deliveries were completed in September.", "in September", "2019-09-01",
                 "2019-09-30", "month")
    assert start.predicate == "start delivery"
    assert end.predicate.startswith("complete")


def test_an_object_outside_the_clause_is_found_in_the_sentence() -> None:
    claim = _claim("The deliveries, which angered the neighbours, started in mid-July.",
                   "in mid-July", "2019-07-11", "2019-07-20", "month")
    assert claim.predicate == "start delivery"


def test_participants_normalise_capitals_and_demonyms() -> None:
    found = participants("Ankara and the Kremlin agreed, the Turkish minister said.")
    assert {"Turkey", "Russia"} <= set(found)


def test_an_initialism_before_a_noun_is_still_its_country() -> None:
    found = participants("The storm was among the strongest to hit the U.S. mainland.")
    assert "United States" in found


def test_participants_keep_designations_with_digits() -> None:
    assert "A-320" in participants("The A-320 entered service in 1988.")


def test_titles_and_calendar_words_are_not_participants() -> None:
    found = participants("President Maria Lopez spoke on Monday in March.")
    assert found == ("Maria Lopez",)


def test_a_legal_form_and_a_numbered_part_of_a_law_are_not_participants() -> None:
    found = participants("Harlow Brewing Group filed for Chapter 11 protection in March.")
    assert found == ("Harlow Brewing",)


def test_a_multiword_name_stays_whole() -> None:
    found = participants("The regulator cleared the Quarrier Mining-Marlow Arms merger.")
    assert found == ("Marlow Arms", "Quarrier Mining")


def test_an_organisation_named_in_full_shares_a_party_with_its_acronym() -> None:
    full = participants("The National Transportation Safety Board met on Tuesday.")
    short = participants("The NTSB met on Tuesday.")
    assert share_party(full, short)


def test_an_organisation_named_after_its_country_has_the_acronym_without_it() -> None:
    full = participants("The United States Federal Aviation Administration acted on Tuesday.")
    assert "FAA" in full


def test_countries_of_a_subordinate_clause_are_not_the_claims_own() -> None:
    claim = _claim("The FAA grounded the jet on March 14, after China and Indonesia had"
                   " done so.", "on March 14", "2019-03-14", "2019-03-14")
    assert clause_countries(claim) == frozenset()


def test_countries_of_the_dated_clause_are_the_claims_own() -> None:
    claim = _claim("China grounded the jet on March 11, before the FAA acted.",
                   "on March 11", "2019-03-11", "2019-03-11")
    assert clause_countries(claim) == frozenset({"China"})


def test_a_person_with_a_title_gets_no_acronym() -> None:
    assert participants("Chief Justice Samuel Alito wrote on Friday.") == ("Samuel Alito",)


def test_yesterday_is_not_a_participant() -> None:
    assert participants("Yesterday Maria Lopez spoke.") == ("Maria Lopez",)


def test_a_surname_and_a_full_name_can_be_one_party() -> None:
    assert same_party("Erdogan", "Recep Tayyip Erdogan")
    assert not same_party("Quarrier Mining", "Quarrier Arms")


def test_durations_and_vague_references_are_not_claims() -> None:
    text = "Talks lasted two years and are now over."
    doc = article("a", text)
    exprs = (
        TimeExpr(13, 22, "two years", "DURATION", "P2Y", granularity="duration"),
        TimeExpr(31, 34, "now", "DATE", "PRESENT_REF", granularity="present"),
    )
    assert extract_claims(doc, exprs) == ()


def test_expressions_in_excluded_spans_are_not_claims() -> None:
    text = "LISBON, May 3 (Wire) - Dockers struck on Monday."
    doc = article("a", text)
    doc = doc.__class__(**{**doc.__dict__, "dating": Dating(excluded=((0, 20),))})
    exprs = (timex(text, "May 3", "2020-05-03", "2020-05-03"),
             timex(text, "on Monday", "2020-04-27", "2020-04-27"))
    claims = extract_claims(doc, exprs)
    assert [c.timex.text for c in claims] == ["on Monday"]


def test_claim_ids_are_stable_and_unique() -> None:
    claim = _claim("Dockers struck on Monday.", "on Monday", "2020-05-25", "2020-05-25")
    assert claim.id == "a:15-24"


def test_every_lexicon_word_list_loads() -> None:
    lex = lexicon()
    assert lex.actions["ink"] == "sign"
    assert "sign" in lex.once
    assert "say" in lex.reporting


def test_no_before_the_subject_negates_the_clause() -> None:
    claim = _claim("The firm offered to search again, but no new search was agreed in 2019.",
                   "in 2019", "2019-01-01", "2019-12-31", "year")
    assert claim.modality == "negated"


def test_no_one_hurt_leaves_the_happening_asserted() -> None:
    claim = _claim("No one was hurt in the blast on Monday.", "on Monday", "2020-05-25",
                   "2020-05-25")
    assert claim.modality == "asserted"


def test_the_date_a_plan_was_moved_from_is_the_plan() -> None:
    claim = _claim("The awards, pushed back from September, were held on January 15.",
                   "September", "2023-09-01", "2023-09-30", "month")
    assert claim.modality == "expected"


def test_the_date_a_plan_was_moved_from_may_follow_what_was_moved() -> None:
    claim = _claim("Cost overruns pushed the opening back from 2019.", "2019",
                   "2019-01-01", "2019-12-31", "year", published="2023-10-02")
    assert claim.modality == "expected"


def test_a_date_pencilled_in_is_a_plan() -> None:
    claim = _claim("The launch had been pencilled in for Oct 1 before it was moved back by a day.",
                   "Oct 1", "2023-10-01", "2023-10-01", published="2023-10-02")
    assert claim.modality == "expected"


def test_a_refusal_is_asserted_not_negated() -> None:
    claim = _claim("The court refused to extradite the suspect on Friday.", "on Friday",
                   "2020-05-29", "2020-05-29")
    assert claim.modality == "asserted"


def test_an_acquittal_is_asserted_not_negated() -> None:
    claim = _claim("The former mayor was found not guilty on Tuesday of taking bribes.",
                   "on Tuesday", "2020-05-26", "2020-05-26")
    assert claim.modality == "asserted"


def test_not_until_a_time_tells_when_it_happens() -> None:
    claim = _claim("The ferry did not arrive until Friday, the port said.", "Friday",
                   "2020-05-29", "2020-05-29")
    assert claim.modality == "asserted"


def test_a_plan_not_until_a_year_is_expected_not_negated() -> None:
    claim = _claim("The new line will not open until 2031.", "2031", "2031-01-01",
                   "2031-12-31", "year")
    assert claim.modality == "expected"


def test_not_appearing_before_a_committee_is_negated() -> None:
    claim = _claim("He did not appear before the committee on Friday.", "on Friday",
                   "2020-05-29", "2020-05-29")
    assert claim.modality == "negated"


def test_should_makes_a_claim_expected() -> None:
    claim = _claim("The first images should arrive in July, officials said.", "in July",
                   "2020-07-01", "2020-07-31", "month", published="2020-08-01")
    assert claim.modality == "expected"


def test_a_plan_with_before_is_expected() -> None:
    text = "The treaty will be signed before the end of 2021."
    claim = _claim(text, "the end of 2021", None, "2021-12-31", "year", published="2022-02-01")
    assert claim.modality == "expected"


def test_a_speech_verb_date_dates_the_speech_before_a_reported_clause_without_that() -> None:
    claim = _claim("The brewer said on Tuesday it would buy a rival for $2 billion.",
                   "on Tuesday", "2020-05-26", "2020-05-26")
    assert (claim.predicate, claim.modality) == ("say", "asserted")


def test_a_speech_verb_date_before_a_noun_phrase_stays_in_its_clause() -> None:
    claim = _claim("The ministry announced on Tuesday the closure of two plants by 2022.",
                   "on Tuesday", "2020-05-26", "2020-05-26")
    assert claim.modality == "asserted"


def test_a_participle_describing_a_noun_does_not_make_a_past_deed_expected() -> None:
    claim = _claim("The regulator on Wednesday blocked the brewer's proposed takeover of a rival.",
                   "on Wednesday", "2020-05-27", "2020-05-27")
    assert claim.modality == "asserted"


def test_a_plan_named_as_the_object_of_a_past_deed_is_no_expectation() -> None:
    claim = _claim("The judge signed off on the firm's reorganization plan yesterday.",
                   "yesterday", "2024-10-07", "2024-10-07", published="2024-10-08")
    assert claim.modality == "asserted"


def test_plans_after_a_subject_and_before_to_stay_a_verb_of_expectation() -> None:
    claim = _claim("The company, which lost money, plans to close the plant on Friday.",
                   "on Friday", "2024-10-04", "2024-10-04", published="2024-10-08")
    assert claim.modality == "expected"


def test_a_main_clause_after_an_opening_condition_is_hypothetical() -> None:
    claim = _claim("If the talks failed, the trial would be held in November.", "in November",
                   "2022-11-01", "2022-11-30", "month", published="2022-10-04")
    assert claim.modality == "hypothetical"


def test_a_negation_reaches_a_date_after_a_prepositional_before() -> None:
    claim = _claim("He did not appear before the committee yesterday.", "yesterday",
                   "2022-12-13", "2022-12-13", published="2022-12-14")
    assert claim.modality == "negated"


def test_before_with_a_clause_still_bounds_the_negation() -> None:
    claim = _claim("He had not spoken before he resigned yesterday.", "yesterday",
                   "2022-12-13", "2022-12-13", published="2022-12-14")
    assert claim.modality == "asserted"


def test_a_past_verb_after_the_date_keeps_the_modal_of_its_report_apart() -> None:
    claim = _claim("The court on Wednesday signaled it would uphold the state law.",
                   "on Wednesday", "2021-12-01", "2021-12-01", published="2021-12-02")
    assert claim.modality == "asserted"


def test_an_image_projected_onto_a_wall_is_no_forecast() -> None:
    claim = _claim("That night he shared a photo of a logo projected onto the headquarters.",
                   "That night", "2023-07-23", "2023-07-23", published="2023-07-24")
    assert claim.modality == "asserted"


def test_a_participle_describing_the_dated_noun_still_makes_it_expected() -> None:
    claim = _claim("The planned merger in 2025 would create a giant.", "in 2025",
                   "2025-01-01", "2025-12-31", "year")
    assert claim.modality == "expected"


@pytest.mark.parametrize("text", [
    "Under the merger agreement the two brewers must complete the deal by July 18.",
    "Under the merger agreement the two brewers have until July 18 to complete the deal.",
])
def test_a_time_limit_is_expected(text: str) -> None:
    claim = _claim(text, "July 18", None, "2020-07-18")
    assert claim.modality == "expected"


def test_a_deadline_still_running_at_publication_is_expected() -> None:
    claim = _claim("The regulator set itself a deadline of July 18 for the review.", "July 18",
                   None, "2020-07-18", published="2020-06-01")
    assert claim.modality == "expected"


def test_a_deadline_passed_at_publication_is_asserted() -> None:
    claim = _claim("The regulator finished the review by May 18.", "May 18", None,
                   "2020-05-18", published="2020-06-01")
    assert claim.modality == "asserted"


def test_possibly_is_a_guess() -> None:
    claim = _claim("The boys may stay for months, possibly until the rains ease in October.",
                   "October", "2020-10-01", "2020-10-31", "month")
    assert claim.modality == "hypothetical"


def test_must_have_is_a_guess() -> None:
    claim = _claim("The hikers must have left the hut on Tuesday.", "on Tuesday",
                   "2020-05-26", "2020-05-26")
    assert claim.modality == "hypothetical"


@pytest.mark.parametrize(("text", "action"), [
    ("The airline flew paying passengers on the jet on Friday.", "fly"),
    ("A jet climbing out of the city lost a door panel on Friday.", "lose"),
])
def test_an_ing_form_without_be_describes_a_noun_and_the_finite_verb_is_dated(
        text: str, action: str) -> None:
    claim = _claim(text, "on Friday", "2020-05-29", "2020-05-29")
    assert claim.predicate.split(" ")[0] == action


def test_a_preposition_after_an_auxiliary_is_not_the_dated_verb() -> None:
    claim = _claim("The two brewers have until July 18 to complete the deal.", "July 18",
                   None, "2020-07-18")
    assert claim.predicate.startswith("complete")


def test_the_verb_dates_its_object_even_after_a_figure() -> None:
    claim = _claim("The brewer closed its $9 billion purchase of a rival on Friday.",
                   "Friday", "2020-05-29", "2020-05-29")
    # Closing a purchase is completing a deal (rules/events.toml equivalents), not buying.
    assert claim.predicate == "complete agreement"


@pytest.mark.parametrize(("text", "action"), [
    ("The agency called off the launch on Saturday.", "cancel"),
    ("The regulator waved it through on Monday.", "decide"),
    ("A judge turned down the request on Tuesday.", "oppose"),
    ("The boys were cut off by floodwater on June 23.", "ground"),
    ("The chief executive stepped down on Wednesday.", "resign"),
    ("The mine caved in on Thursday.", "attack"),
    ("The prime minister was sworn in on Thursday after his predecessor quit.", "elect"),
    ("The new rules took effect on Monday.", "start"),
    ("The evacuation got under way on Monday.", "start"),
    ("The governor took office on Monday.", "elect"),
    ("The storm made landfall on Monday.", "attack"),
    ("The pier gave way on Monday.", "attack"),
    ("The party leader was shot dead on Monday.", "die"),
    ("Gunmen gunned down the mayor on Monday.", "die"),
    ("The government ruled out a salvage on Monday.", "oppose"),
    ("The singer picked up his medal on Monday.", "deliver"),
    ("The navy opted for the French design on Monday.", "choose"),
])
def test_a_particle_makes_a_phrasal_verb_its_own_action(text: str, action: str) -> None:
    phrase = "on June 23" if "June" in text else "on " + text.split(" on ")[1].rstrip(".")
    claim = _claim(text, phrase, "2020-06-23", "2020-06-23")
    assert claim.predicate.split(" ")[0] == action


def test_a_word_the_lexicon_forbids_after_the_particle_undoes_the_phrasal_verb() -> None:
    claim = _claim("The government gave way to the strikers on Monday.", "on Monday",
                   "2020-06-22", "2020-06-22")
    assert claim.predicate.split(" ")[0] != "attack"


def test_an_auxiliary_verb_between_a_modifier_and_the_date_is_what_it_dates() -> None:
    claim = _claim("The sailors stranded on the tanker were flown home on Wednesday.",
                   "on Wednesday", "2020-05-27", "2020-05-27")
    assert claim.predicate == "fly"


def test_a_failure_in_a_later_after_clause_does_not_negate_the_deed() -> None:
    claim = _claim("The bank was placed in administration on Sunday after a weekend of talks "
                   "failed to find a buyer.", "on Sunday", "2020-05-31", "2020-05-31")
    assert claim.modality == "asserted"


def test_an_ing_form_after_a_phrase_of_time_is_no_noun_the_date_modifies() -> None:
    claim = _claim("The rebels, who attacked the town in January pledging revenge, fled.",
                   "in January", "2020-01-01", "2020-01-31", "month")
    assert claim.predicate.split(" ")[0] == "attack"


def test_the_source_after_according_to_names_no_deed() -> None:
    # The bracket closes the clause, so the date's own region is the attribution's.
    claim = _claim("The lander touched down at 7:18 p.m. (2318 GMT) on Friday, according to "
                   "state media.", "on Friday", "2021-05-14", "2021-05-14")
    assert claim.predicate == "land"


def test_a_verb_form_is_no_thing_acted_on() -> None:
    claim = _claim("The agency released its most striking pictures on Monday.", "on Monday",
                   "2020-05-25", "2020-05-25")
    assert "strike" not in claim.predicate


def test_a_capitalised_word_inside_a_clause_is_a_name_not_a_trigger() -> None:
    claim = _claim("The Securities and Exchange Commission sued him on Monday.", "on Monday",
                   "2020-05-25", "2020-05-25")
    assert claim.predicate == "sue"


def test_according_to_before_the_date_leads_into_the_clause_told() -> None:
    claim = _claim("According to police the bomb exploded on Tuesday.", "on Tuesday",
                   "2020-05-26", "2020-05-26")
    assert claim.predicate == "attack"


def test_an_ing_noun_after_a_possessive_date_is_what_it_dates() -> None:
    claim = _claim("Four people died in Tuesday's bombing.", "Tuesday", "2020-05-26",
                   "2020-05-26")
    assert claim.predicate == "attack"


def test_a_capitalised_word_inside_a_clause_is_no_thing_acted_on() -> None:
    claim = _claim("The board appointed the head of Tata Consultancy Services on Monday.",
                   "on Monday", "2020-05-25", "2020-05-25")
    assert claim.predicate == "elect"


def test_an_acronym_can_still_be_the_thing_acted_on() -> None:
    claim = _claim("The two countries signed an MOU on Monday.", "on Monday", "2020-05-25",
                   "2020-05-25")
    assert claim.predicate == "sign agreement"


@pytest.mark.parametrize("text", [
    "Parliament impeached the president on Friday.",
    "Parliament voted on Friday to impeach the president.",
])
def test_an_impeachment_is_the_vote_that_makes_it(text: str) -> None:
    assert _claim(text, "on Friday", "2020-05-29", "2020-05-29").predicate == "decide"


def test_a_deed_after_a_report_and_a_second_verb_is_no_part_of_the_report() -> None:
    text = ("The paper reported on May 4 that the aide had seen the speeches, and Park "
            "apologized the following day.")
    doc = article("a", text, published="2020-06-01")
    claims = extract_claims(doc, (timex(text, "on May 4", "2020-05-04", "2020-05-04"),
                                  timex(text, "the following day", "2020-05-05", "2020-05-05")))
    assert claims[1].modality == "asserted"


def test_a_negated_infinitive_after_the_date_is_what_was_ordered() -> None:
    claim = _claim("Regulators ordered railways on Monday not to leave trains unattended.",
                   "on Monday", "2020-05-25", "2020-05-25")
    assert claim.modality == "asserted"


def test_a_negation_outside_a_that_clause_does_not_reach_its_date() -> None:
    claim = _claim("Officials did not confirm that up to 30 people died on Monday.",
                   "on Monday", "2020-05-25", "2020-05-25")
    assert claim.modality == "asserted"


def test_an_ing_word_after_a_date_and_a_comma_is_not_what_it_modifies() -> None:
    claim = _claim("On Monday, voting stations opened at 7 a.m.", "On Monday", "2020-05-25",
                   "2020-05-25")
    assert claim.predicate.split(" ")[0] == "open"


def test_a_second_verb_without_a_name_goes_on_telling_the_report() -> None:
    text = ("The ministry said on Monday that the school had been repaired and is reopening "
            "on Friday.")
    doc = article("a", text, published="2020-06-10")
    claims = extract_claims(doc, (timex(text, "on Monday", "2020-06-01", "2020-06-01"),
                                  timex(text, "on Friday", "2020-06-05", "2020-06-05")))
    assert claims[1].modality == "expected"  # a plan when the ministry spoke


def test_not_to_after_a_copula_stays_a_negation() -> None:
    claim = _claim("The match on Saturday is not to go ahead, organisers said.", "on Saturday",
                   "2020-05-30", "2020-05-30", published="2020-05-28")
    assert claim.modality == "negated"


def test_a_phrasal_entry_with_a_plain_third_word_is_an_error() -> None:
    with pytest.raises(ValueError, match="phrasal entry"):
        _phrasal_entry("come into force", "start")


def test_talks_that_resume_are_not_talks_that_begin() -> None:
    begun = _claim("Talks had begun on March 20.", "on March 20", "2020-03-20", "2020-03-20")
    resumed = _claim("Talks resumed on May 2.", "on May 2", "2020-05-02", "2020-05-02")
    assert begun.predicate.split(" ")[0] == "start"
    assert resumed.predicate.split(" ")[0] == "reopen"


def test_closing_a_deal_is_completing_it() -> None:
    closed = _claim("The brewer closed the takeover on Friday.", "on Friday", "2020-05-29",
                    "2020-05-29")
    completed = _claim("The brewer completed the deal on Friday.", "on Friday", "2020-05-29",
                       "2020-05-29")
    assert closed.predicate == completed.predicate == "complete agreement"


def test_brussels_acting_is_the_european_union() -> None:
    claim = _claim("Brussels waved the merger through in May.", "in May", "2020-05-01",
                   "2020-05-31", "month")
    assert "European Union" in claim.participants


def test_a_word_with_senses_is_its_action_only_with_its_object() -> None:
    approved = _claim("The regulator cleared the merger on Monday.", "on Monday", "2020-05-25",
                      "2020-05-25")
    launched = _claim("The rocket cleared the tower on Monday.", "on Monday", "2020-05-25",
                      "2020-05-25")
    assert approved.predicate == "decide agreement"
    assert not launched.predicate.startswith("decide")


def test_the_main_clause_reaches_over_a_set_off_relative_clause() -> None:
    # Not 'ordering', the participle after the date: the main clause reaches over the
    # relative clause to 'signed'.
    claim = _claim("Chile signed its first contract for the frigates, which the navy calls "
                   "the Prat class, in March 2019, ordering four ships and two tugs.",
                   "March 2019", "2019-03-01", "2019-03-31", "month")
    assert claim.predicate == "sign agreement"


def test_an_approval_to_buy_dates_the_approval() -> None:
    claim = _claim("Chile won US approval to buy 12 of the jets in April 2019.", "in April 2019",
                   "2019-04-01", "2019-04-30", "month")
    assert claim.predicate.startswith("decide")


def test_clearing_a_proposal_is_approving_it() -> None:
    claim = _claim("The cabinet committee on Wednesday cleared a proposal to buy 12 jets.",
                   "on Wednesday", "2025-04-09", "2025-04-09")
    assert claim.predicate.startswith("decide")


def test_clearing_a_sale_is_approving_it() -> None:
    # 'cleared the sale' and 'approved the possible sale' tell one approval.
    cleared = _claim("The State Department cleared the sale of 32 jets in October 2024.",
                     "in October 2024", "2024-10-01", "2024-10-31", "month")
    assert cleared.predicate == "decide agreement"


def test_every_sense_names_an_action_word_and_known_objects() -> None:
    lex = lexicon()
    assert lex.senses
    for word, objects in lex.senses.items():
        assert word in lex.actions, word
        assert objects <= set(lex.objects.values()), word


def _claims_found(text: str, published: str = "2000-04-03") -> dict[str, str]:
    """Each found expression's predicate, the engine finding the expressions."""
    from datetime import date

    from timeline.timex import find

    doc = article("a", text, published=published)
    found = find(text, date.fromisoformat(published))
    return {c.timex.text: c.predicate for c in extract_claims(doc, found)}


def test_a_deed_with_its_own_date_between_is_not_dated_by_the_later_one() -> None:
    predicates = _claims_found(
        "Thousands paid tribute to the rebels who founded the republic more than four "
        "decades ago in a rally Saturday demanding new elections.")
    assert not predicates["Saturday"].startswith("found")


def test_a_range_s_second_date_dates_the_range_s_deed() -> None:
    predicates = _claims_found("The two sides negotiated the treaty from January 2020 to "
                               "November 2022.", published="2023-01-10")
    assert predicates["November 2022"] == predicates["January 2020"]


def test_a_restated_day_dates_the_deed_before_its_first_statement() -> None:
    predicates = _claims_found("The two sides signed the treaty on Wednesday (Nov. 15) after "
                               "a long review.", published="2023-11-17")
    assert predicates["Nov. 15"] == predicates["Wednesday"]


def test_the_period_a_part_is_counted_in_makes_no_claim_of_its_own() -> None:
    predicates = _claims_found("Sales rose 4 per cent in the first nine months of last year.",
                               published="2024-03-05")
    assert set(predicates) == {"the first nine months"}


def test_a_calendar_told_in_the_present_makes_no_claim() -> None:
    predicates = _claims_found("Akita Precision, whose fiscal year ends in March, cut its "
                               "forecast on Tuesday.", published="2020-05-28")
    assert set(predicates) == {"Tuesday"}


def test_a_year_that_ended_on_a_day_still_makes_its_claim() -> None:
    predicates = _claims_found("Brandon Steel lost $84 million in the year ended Dec. 31.",
                               published="1994-03-02")
    assert "the year" in predicates


def test_a_clause_without_its_verb_shares_the_verb_before() -> None:
    predicates = _claims_found("The Emirati orbiter entered orbit on Feb. 9, and China's "
                               "Tianwen-1 a day later.", published="2021-02-12")
    assert predicates["a day later"] == predicates["Feb. 9"] == "enter"


def test_a_name_and_date_with_a_verb_after_them_are_no_gapped_clause() -> None:
    predicates = _claims_found("Valdor's army struck Kasa on Monday, and Arvik Tuesday, in a "
                               "statement, said it had no comment.", published="2021-02-12")
    assert predicates["Tuesday"] == "say"


@pytest.mark.parametrize("text", [
    "Next year begins with a new minimum wage, the ministry said.",
    "The company's fiscal year ends on June 30, when the board will vote on the merger.",
    "Congress must pass a budget before the fiscal year ends on Sept. 30.",
    "Its financial year ends on 31 March 2025.",
])
def test_a_date_near_calendar_words_that_tells_no_calendar_keeps_its_claim(text: str) -> None:
    assert _claims_found(text, published="2024-11-05")


def test_both_ends_of_a_calendar_s_range_make_no_claim() -> None:
    assert _claims_found("Acme's fiscal year runs from July to June.",
                         published="2024-11-05") == {}


def test_a_part_that_does_not_fit_its_period_leaves_the_period_its_claim() -> None:
    predicates = _claims_found("Prices fell in the first 40 days of July 2023.",
                               published="2024-03-05")
    assert "July 2023" in predicates


def test_a_part_the_past_clause_cannot_mean_leaves_the_period_its_claim() -> None:
    predicates = _claims_found("Sales fell in the last three months of the year.",
                               published="2024-02-01")
    assert "the year" in predicates


def test_a_gapped_clause_may_end_with_its_source() -> None:
    predicates = _claims_found("The Emirati orbiter entered orbit on Feb. 9, and China's "
                               "Tianwen-1 a day later, officials said.", published="2021-02-12")
    assert predicates["a day later"] == "enter"


def test_a_clause_with_its_own_verb_after_and_keeps_it() -> None:
    predicates = _claims_found("Oil prices rose on Monday, and Ford said on Tuesday it would "
                               "cut jobs.", published="2021-02-12")
    assert predicates["Tuesday"] == "say"


@pytest.mark.parametrize(("sentence", "named"), [
    ("The Security Council condemned the bombing on Thursday.", ("Security Council",)),
    ("On Monday the Justice Department sued the port.", ("Justice Department",)),
    ("The Council met on Monday.", ()),
])
def test_an_institution_named_only_by_role_words_is_a_doer(sentence: str,
                                                           named: tuple[str, ...]) -> None:
    assert participants(sentence, offices=True) == named


def test_an_institution_named_only_by_role_words_is_no_shared_party() -> None:
    assert participants("Officials said the Health Ministry confirmed it.") == ()


def test_a_later_clause_s_object_is_not_the_deed_s() -> None:
    claim = _claim("The panel's chair, Judge Ana Ruiz, appointed in June 2017, found that "
                   "builders had faked fire tests.", "June 2017", "2017-06-01", "2017-06-30",
                   "month")
    assert "test" not in claim.predicate


def test_a_relative_clause_s_deed_takes_the_ordinal_of_what_it_describes() -> None:
    predicates = _claims_found("The report follows a second phase of hearings that ran from "
                               "January 2020 to November 2022.", published="2023-01-10")
    assert predicates["January 2020"].endswith("(second)")


def test_an_adverb_after_an_auxiliary_is_not_the_verb() -> None:
    claim = _claim("Rescuers were still pulling survivors from the rubble on Tuesday.",
                   "on Tuesday", "2023-02-14", "2023-02-14")
    assert claim.predicate.startswith("pull")


def test_a_duration_between_the_deed_and_its_date_dates_nothing() -> None:
    predicates = _claims_found("The captain was sentenced to 36 years in prison in October "
                               "2014 for gross negligence.", published="2015-01-10")
    assert predicates["October 2014"] == "sentence"


def test_a_superlative_is_no_action() -> None:
    predicates = _claims_found("It was the closest presidential race since the country "
                               "returned to democracy in 1985.", published="2022-10-31")
    assert not predicates["1985"].startswith("close")


def test_a_year_naming_a_thing_is_no_other_date_of_the_deed() -> None:
    predicates = _claims_found("Parliament ratified the 2015 Paris climate accord on Monday.",
                               published="2016-10-05")
    assert predicates["Monday"].startswith("decide")


def test_a_clock_time_on_the_day_is_no_other_date_of_the_deed() -> None:
    predicates = _claims_found("The strike began at 6 a.m. local time on Tuesday.",
                               published="2021-04-14")
    assert predicates["Tuesday"].startswith("start")


def test_a_content_clause_after_that_takes_no_ordinal_of_the_reporter() -> None:
    predicates = _claims_found("A second inquiry found that the dam failed in 2019.",
                               published="2021-03-10")
    assert "(second)" not in predicates["2019"]


@pytest.mark.parametrize(("sentence", "doers"), [
    ("China on Monday condemned the bombing of the ferry terminal.", ("China",)),
    ("Rebels on Monday shelled the ferry terminal.", ()),
])
def test_a_name_that_is_also_a_word_stays_a_doer(sentence: str, doers: tuple[str, ...]) -> None:
    assert _claim(sentence, "on Monday", "2020-03-09", "2020-03-09").doers == doers


def test_the_closing_day_of_a_period_makes_no_claim_of_its_own() -> None:
    predicates = _claims_found("For the quarter ended Sept. 30, Delta posted net income of "
                               "$133 million.", published="1989-10-27")
    assert list(predicates) == ["the quarter"]


def test_a_period_s_closing_verb_is_not_what_the_period_dates() -> None:
    predicates = _claims_found("For the six months ended Aug. 12, Provigo posted net income of "
                               "C$6.5 million.", published="1989-10-27")
    assert predicates["the six months"] == "post"


@pytest.mark.parametrize("verb", ["capsized", "crashed"])
def test_a_wreck_told_by_any_of_its_verbs_is_one_action(verb: str) -> None:
    text = f"The ferry Nordlys {verb} off Grimsay on Tuesday."
    assert _claim(text, "on Tuesday", "2024-03-12", "2024-03-12").predicate == "attack"


def test_a_derailment_is_a_wreck() -> None:
    text = "Investigators reached the scene of the derailment near Hallsberg on Tuesday."
    assert _claim(text, "on Tuesday", "2024-03-12", "2024-03-12").predicate == "attack"


def test_shares_that_sank_tell_no_wreck() -> None:
    text = "Shares of Boeing sank on Monday after the airline grounded its jets."
    assert _claim(text, "on Monday", "2024-03-11", "2024-03-11").predicate != "attack"


def test_a_holiday_is_a_time_not_a_party() -> None:
    text = "It touched down on Christmas Day 2003, and its panels began to unfold."
    claim = _claim(text, "Christmas Day 2003", "2003-12-25", "2003-12-25")
    assert claim.participants == () and claim.doers == ()


def test_a_participle_with_its_agent_describes_a_noun_and_the_clause_verb_is_dated() -> None:
    text = "A panel set up by the company reported on Dec. 14 that its managers hid losses."
    assert _claim(text, "on Dec. 14", "2011-12-14", "2011-12-14").predicate == "announce"


def test_a_passive_with_its_agent_is_the_dated_deed() -> None:
    text = "The deal was signed by both leaders on Monday."
    assert _claim(text, "on Monday", "2011-12-12", "2011-12-12").predicate == "sign agreement"


def test_a_date_between_two_names_keeps_them_apart() -> None:
    text = "Singer June Carter signed with Columbia on Tuesday."
    claim = _claim(text, "June", "2023-06-01", "2023-06-30", "month")
    assert claim.participants == ("Carter", "Columbia", "Singer")


def test_a_name_in_capitals_is_the_same_party() -> None:
    assert share_party(("L'AQUILA",), ("L'Aquila", "Cassation"))


def test_a_short_acronym_is_no_name_in_other_case() -> None:
    assert not share_party(("SWIFT",), ("Taylor Swift",))


def test_a_trigger_naming_a_kind_of_vessel_is_no_happening() -> None:
    found = _claims_found("The leaders on Monday announced a plan to equip the navy with"
                          " nuclear-powered attack submarines.", "2023-03-14")
    assert found["Monday"] == "announce program"


def test_a_verb_before_its_vehicle_object_is_still_a_trigger() -> None:
    found = _claims_found("The factory will deliver aircraft to the air force in March.",
                          "2023-01-10")
    assert found["March"] == "deliver"


def test_a_known_deed_before_the_date_wins_over_its_purpose_after_it() -> None:
    found = _claims_found("The navy signed contracts on Friday to buy 12 patrol boats"
                          " from the shipyard.", "2022-08-27")
    assert found["Friday"] == "sign agreement"


def test_a_date_after_a_set_off_relative_clause_dates_the_main_verb() -> None:
    found = _claims_found("The minister flew to Rome and signed the contract, which also"
                          " covered two frigates, on 16 March 2015.", "2015-03-20")
    assert found["16 March 2015"] == "sign agreement"


def test_a_lexicon_verb_out_of_its_sense_is_still_the_clause_verb() -> None:
    found = _claims_found("The committee cleared 4 billion euros for the program on Oct. 18,"
                          " 2023, and the two ministries signed the letter in November 2023.",
                          "2023-12-01")
    assert found["Oct. 18, 2023"] == "clear program"


def test_at_the_latest_names_no_second_instance() -> None:
    found = _claims_found("In June the senate voted to require the government to sign by"
                          " 31 March 2023 at the latest.", "2022-09-23")
    assert found["June"] == "decide"


def test_taking_delivery_is_a_delivery_not_the_purchase_told_after_it() -> None:
    claim = _claim("The navy on Monday took delivery of two patrol boats bought from Norway.",
                   "on Monday", "2016-11-14", "2016-11-14", published="2016-11-15")
    assert claim.predicate == "deliver"


def test_a_participle_set_off_after_the_subject_lends_its_deal_to_no_later_date() -> None:
    # 'under a deal signed in 2013' is said of the boats; the handover has no object.
    claim = _claim("The two boats, bought under a deal signed in 2013, were handed over in "
                   "December 2016.", "in December 2016", "2016-12-01", "2016-12-31",
                   "month", published="2017-01-10")
    assert claim.predicate == "deliver"


def test_a_list_of_verb_phrases_is_no_set_off_participle() -> None:
    # 'ended up far from the site,' is followed by another verb of the list, but a verb
    # stands before it: not a subject's participle, so 'ended' is still read.
    claims = _claims_found("It bounced twice, ended up far from the site, worked on, and "
                           "three days later it went quiet.")
    assert claims["three days later"] == "complete"


def test_an_order_to_someone_to_act_is_no_purchase() -> None:
    claims = _claims_found("A jury in Texas on Monday ordered Acme to pay $1 billion in damages.")
    assert claims["Monday"] == "pay"


def test_an_order_of_a_number_of_things_is_a_purchase() -> None:
    claims = _claims_found("India on Monday ordered 36 jets to replace its ageing MiGs.")
    assert claims["Monday"] == "buy"


def test_an_order_of_named_things_with_a_purpose_is_a_purchase() -> None:
    claims = _claims_found("India on Monday ordered Rafales to replace its ageing MiGs.")
    assert claims["Monday"] == "buy"



def test_a_thing_told_after_and_shares_the_verb_before_it() -> None:
    claims = _claims_found("Kuwait signed an agreement with Italy for 28 jets in September 2015 "
                           "and the contract with Leonardo in April 2016.", "2021-12-14")
    assert claims["April 2016"] == "sign agreement"
