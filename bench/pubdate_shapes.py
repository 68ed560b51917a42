"""Publication dates on ~120 article heads as real pages print them, copied to plain text.

    .venv/bin/python -m bench.pubdate_shapes [-v]

Wire datelines, bylines and stamps of many outlets (agencies, broadcasters, national and
regional papers, blogs, press-release wires, government and court documents), URL-only
dates, and traps (captions, related lists, body dates, relative stamps) where the answer
is unknown. Each head is dated alone (no build years) with today = 2026-11-21 and
counted right / wrong / unknown (findable but not found) / invented (a date where a
careful reader would say unknown). The misses are listed. Story content is generic.
Numeric dates with no evidence of order expect the day-first convention.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date

from timeline.load import META_KEYS, split_front_matter
from timeline.model import Source
from timeline.pubdate import date_articles

TODAY = date(2026, 11, 21)
HEAD = "Port workers end five-week strike after accepting new pay offer"
BODY = ("Dock workers at the city's main container terminal returned to work after "
        "union members voted to accept an improved offer from the operator, ending a "
        "dispute that had snarled shipping for weeks, officials said on Sunday.")
BODY2 = ("The operator said cargo backlogs would take about ten days to clear. The union "
         "had demanded a raise that matched inflation since the last contract expired.")

def art(*head_lines: str, body: str = BODY, headline: str = HEAD) -> str:
    return "\n".join([headline, "", *head_lines, "", body, "", BODY2, ""])

# (name, text, url, expected ISO or "", expected published_from or "")
C: list[tuple[str, str, str, str, str]] = [
 ("ap_updated_est", art("By LENA ORTIZ", "Updated 3:41 PM EST, March 3, 2024", "", "BALTIMORE (AP) — Dock workers returned."), "", "2024-03-03", "byline"),
 ("ap_byline_agency_date_time", art("By LENA ORTIZ Associated Press", "March 3, 2024, 3:41 PM", "", "BALTIMORE (AP) — Dock workers returned."), "", "2024-03-03", "byline"),
 ("reuters_glued_update", art("By Lena Ortiz", "March 3, 20243:41 PM GMTUpdated 2 hours ago", "", "LONDON, March 3 (Reuters) - Dock workers returned."), "", "2024-03-03", "byline"),
 ("reuters_noyear_weekday", art(body="BOSTON, June 20 (Reuters) - Dock workers at the city's port returned to work after union members voted to accept an improved offer, officials said on Thursday. Last year a strike ended on July 2, 2023, the union said."), "", "2024-06-20", "inferred"),
 ("afp_france24", art("Paris (AFP) – Published on 03/03/2024 - 10:15", "Modified on 03/03/2024 - 12:40"), "", "2024-03-03", "byline"),
 ("afp_yahoo", art("AFP", "Sun, March 3, 2024, 10:15 AM EST"), "", "2024-03-03", "byline"),
 ("yahoo_read_time_glued", art("Lena Ortiz", "Sun, Mar 3, 2024, 10:15 AM EST·3 min read"), "", "2024-03-03", "byline"),
 ("bloomberg_at", art("Lena Ortiz", "March 3, 2024 at 10:15 AM EST", "Updated on March 3, 2024 at 12:40 PM EST"), "", "2024-03-03", "byline"),
 ("upi_date_slash_time", art("By Lena Ortiz", "March 3, 2024 / 10:15 AM", "", "March 3 (UPI) -- Dock workers returned."), "", "2024-03-03", "byline"),
 ("dpa_numeric_uhr", art("03.03.2024, 10:15 Uhr", "", "Berlin (dpa) - Dock workers returned."), "", "2024-03-03", "byline"),
 ("ani_updated_pipe", art("ANI | Updated: Mar 03, 2024 10:15 IST", "", "New Delhi [India], March 3 (ANI): Dock workers returned."), "", "2024-03-03", "byline"),
 ("ani_bracket_country_noyear", art(body="New Delhi [India], June 20 (ANI): Dock workers at the city's port returned to work after union members voted to accept an improved offer, officials said on Thursday. Last year a strike ended on July 2, 2023, the union said."), "", "2024-06-20", "inferred"),
 ("pti_no_dash_noyear", art(body="New Delhi, Jun 20 (PTI) Dock workers at the city's port returned to work after union members voted to accept an improved offer, officials said on Thursday. Last year a strike ended on July 2, 2023, the union said."), "", "2024-06-20", "inferred"),
 ("kyodo", art("KYODO NEWS - Mar 3, 2024 - 10:15 | World, All"), "", "2024-03-03", "byline"),
 ("yonhap_stamp", art("2024-03-03 10:15", "", "SEOUL, March 3 (Yonhap) -- Dock workers returned."), "", "2024-03-03", "byline"),
 ("anadolu", art("Selin Aydin   |03.03.2024 - Update : 03.03.2024", "", "ANKARA - Dock workers returned."), "", "2024-03-03", "byline"),
 ("tass_noyear", art(body="MOSCOW, June 20. /TASS/. Dock workers at the city's port returned to work after union members voted to accept an improved offer, officials said on Thursday. Last year a strike ended on July 2, 2023, the union said."), "", "2024-06-20", "inferred"),
 ("xinhua_source_editor", art("Source: Xinhua", "Editor: huaxia", "2024-03-03 10:15:00", "", "BEIJING, March 3 (Xinhua) -- Dock workers returned."), "", "2024-03-03", "byline"),
 ("xinhua_one_line", art("Source: Xinhua Editor: huaxia 2024-03-03 10:15:00", "", "BEIJING, March 3 (Xinhua) -- Dock workers returned."), "", "2024-03-03", "byline"),
 ("aljazeera_published_on", art("Published On 3 Mar 2024", "3 Mar 2024"), "", "2024-03-03", "byline"),
 ("bbc_date_line", art("3 March 2024", "", "Share", "", "By Lena Ortiz", "BBC News"), "", "2024-03-03", "byline"),
 ("bbc_relative_only", art("2 hours ago", "", "Share", "", "Lena Ortiz", "BBC News"), "", "", "unknown"),
 ("cnn_updated", art("By Lena Ortiz, CNN", "Updated 10:15 AM EST, Sun March 3, 2024"), "", "2024-03-03", "byline"),
 ("cnn_published_min_read", art("By Lena Ortiz, CNN", "", "3 minute read", "", "Published 10:15 AM EST, Sun March 3, 2024"), "", "2024-03-03", "byline"),
 ("nyt_date_updated", art("By Lena Ortiz", "Reporting from Baltimore", "", "March 3, 2024", "Updated 12:40 p.m. ET"), "", "2024-03-03", "byline"),
 ("nyt_date_time_et", art("By Lena Ortiz", "March 3, 2024, 10:15 a.m. ET"), "", "2024-03-03", "byline"),
 ("wapo_updated_published_pipe", art("By Lena Ortiz", "Updated March 3, 2024 at 12:40 p.m. EST|Published March 3, 2024 at 10:15 a.m. EST"), "", "2024-03-03", "byline"),
 ("guardian_first_published", art("Lena Ortiz in Baltimore", "Sun 3 Mar 2024 10.15 GMT", "First published on Sun 3 Mar 2024 10.15 GMT"), "", "2024-03-03", "byline"),
 ("guardian_last_modified_only", art("Lena Ortiz in Baltimore", "Last modified on Sun 3 Mar 2024 12.40 GMT"), "", "2024-03-03", "byline"),
 ("toi_slash_updated", art("TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 3, 2024, 10:15 IST"), "", "2024-03-03", "byline"),
 ("toi_agency_slash_updated", art("PTI / Updated: Mar 3, 2024, 10:15 IST"), "", "2024-03-03", "byline"),
 ("ht_by_city_then_stamp", art("By Lena Ortiz, New Delhi", "Mar 03, 2024 10:15 AM IST"), "", "2024-03-03", "byline"),
 ("ht_published_on", art("By Lena Ortiz", "Published on Mar 03, 2024 10:15 AM IST"), "", "2024-03-03", "byline"),
 ("scmp_time_first", art("Published: 10:15am, 3 Mar 2024", "Updated: 12:40pm, 3 Mar 2024"), "", "2024-03-03", "byline"),
 ("straits_published_updated", art("Published Mar 3, 2024, 10:15 AM", "Updated Mar 3, 2024, 12:40 PM"), "", "2024-03-03", "byline"),
 ("abc_au_posted_updated", art("By Lena Ortiz", "Posted Sun 3 Mar 2024 at 10:15am, updated Sun 3 Mar 2024 at 12:40pm"), "", "2024-03-03", "byline"),
 ("abc_au_relative", art("By Lena Ortiz", "Posted 3h ago3 hours ago, updated 1h ago1 hours ago"), "", "", "unknown"),
 ("cbc_credit_posted", art("Lena Ortiz · CBC News · Posted: Mar 03, 2024 10:15 AM EST | Last Updated: March 3"), "", "2024-03-03", "byline"),
 ("npr_glued", art("March 3, 20246:15 AM ET", "", "Heard on Morning Edition", "", "Lena Ortiz"), "", "2024-03-03", "byline"),
 ("npr_spaced", art("March 3, 2024 6:15 AM ET", "", "Lena Ortiz"), "", "2024-03-03", "byline"),
 ("local_tv_posted_slash", art("Posted: Mar 3, 2024 / 10:15 AM EST", "Updated: Mar 3, 2024 / 12:40 PM EST"), "", "2024-03-03", "byline"),
 ("local_tv_updated_time_first", art("Updated: 10:15 AM EST Mar 3, 2024"), "", "2024-03-03", "byline"),
 ("politico_numeric_us", art("By Lena Ortiz", "03/04/2024 06:00 AM EST"), "", "2024-03-04", "byline"),
 ("politico_numeric_updated", art("By Lena Ortiz", "Updated: 03/04/2024 08:00 AM EST"), "", "2024-03-04", "byline"),
 ("axios_date_section", art("Lena Ortiz", "Mar 3, 2024 - Politics & Policy"), "", "2024-03-03", "byline"),
 ("verge_comments", art("By Lena Ortiz, a senior reporter covering transport", "Mar 3, 2024, 3:15 PM UTC|12 Comments / 12 New"), "", "2024-03-03", "byline"),
 ("techcrunch_time_dot_date", art("Lena Ortiz", "10:15 AM PST · March 3, 2024"), "", "2024-03-03", "byline"),
 ("coindesk_glued_updated_published", art("By Lena Ortiz", "Updated Mar 3, 2024, 12:40 p.m. UTCPublished Mar 3, 2024, 10:15 a.m. UTC"), "", "2024-03-03", "byline"),
 ("wp_posted_on_by", art("Posted on March 3, 2024 by admin"), "", "2024-03-03", "byline"),
 ("wp_date_by_author", art("March 3, 2024 by Lena Ortiz"), "", "2024-03-03", "byline"),
 ("blog_author_slash_date", art("Lena Ortiz / March 3, 2024 / Leave a comment"), "", "2024-03-03", "byline"),
 ("substack", art("Lena Ortiz", "Mar 3, 2024", "∙ Paid"), "", "2024-03-03", "byline"),
 ("medium_read_dot_date", art("Lena Ortiz", "Follow", "5 min read · Mar 3, 2024"), "", "2024-03-03", "byline"),
 ("medium_published_in", art("Published in Harbour Notes", "5 min read", "·", "Mar 3, 2024"), "", "2024-03-03", "byline"),
 ("prnewswire", art(body="NEW YORK, March 3, 2024 /PRNewswire/ -- Example Corp today announced a new container terminal contract with the port authority, the company said in a statement."), "", "2024-03-03", "dateline"),
 ("businesswire", art("March 03, 2024 10:15 AM Eastern Standard Time", "", "NEW YORK--(BUSINESS WIRE)--Example Corp today announced a terminal contract."), "", "2024-03-03", "byline"),
 ("globenewswire", art(body="NEW YORK, March 03, 2024 (GLOBE NEWSWIRE) -- Example Corp today announced a new container terminal contract with the port authority, the company said in a statement."), "", "2024-03-03", "dateline"),
 ("accesswire_slashes", art(body="SAN FRANCISCO, CA / ACCESSWIRE / March 3, 2024 / Example Corp today announced a new container terminal contract with the port authority, the company said in a statement."), "", "2024-03-03", "dateline"),
 ("pr_city_state_dash_date", art(body="NEW YORK, NY – March 3, 2024 – Example Corp today announced a new container terminal contract with the port authority, the company said in a statement."), "", "2024-03-03", "dateline"),
 ("pr_date_dash_body", art(body="March 3, 2024 -- Example Corp today announced a new container terminal contract with the port authority, the company said in a statement issued on Sunday."), "", "2024-03-03", "dateline"),
 ("gov_for_immediate_release", art("For Immediate Release: March 3, 2024"), "", "2024-03-03", "byline"),
 ("gov_release_date", art("Release Date: March 3, 2024"), "", "2024-03-03", "byline"),
 ("gov_press_release_date_line", art("Press Release", "March 3, 2024", "", "FOR IMMEDIATE RELEASE"), "", "2024-03-03", "byline"),
 ("gov_uk_published", art("From: Department for Transport", "Published", "3 March 2024"), "", "2024-03-03", "byline"),
 ("court_dated_footer", art() + "\nDated: March 3, 2024\n\nLena Ortiz, Clerk of Court\n", "", "2024-03-03", "byline"),
 ("dmy_line", art("3 March 2024"), "", "2024-03-03", "byline"),
 ("numeric_dot_line", art("03.03.2024"), "", "2024-03-03", "byline"),
 ("iso_t_line", art("2024-03-03T10:15:00Z"), "", "2024-03-03", "byline"),
 ("mdy_time_et", art("Mar 3, 2024 10:15 AM ET"), "", "2024-03-03", "byline"),
 ("cbs_date_time_outlet", art("March 3, 2024 / 10:15 AM EST / CBS News"), "", "2024-03-03", "byline"),
 ("by_staff_writer_two_spaces", art("By Jane Doe, Staff Writer  March 3, 2024"), "", "2024-03-03", "byline"),
 ("weekday_dmy_time", art("Sunday 3 March 2024 10:15"), "", "2024-03-03", "byline"),
 ("sky_time_comma_uk", art("Sunday 3 March 2024 10:15, UK"), "", "2024-03-03", "byline"),
 ("url_path", art(), "https://news.example.com/2024/03/03/port-strike-ends/", "2024-03-03", "url"),
 ("url_compact_folder", art(), "https://news.example.com/world/20240303/port-strike-ends.html", "2024-03-03", "url"),
 ("url_slug_iso_suffix", art(), "https://news.example.com/world/port-strike-ends-2024-03-03", "2024-03-03", "url"),
 ("url_compact_prefix_slug", art(), "https://news.example.com/news/20240303-port-strike-ends", "2024-03-03", "url"),
 ("url_compact_underscore", art(), "https://news.example.com/news/article_20240303.html", "2024-03-03", "url"),
 ("ap_dateless_byline_date", art("By LENA ORTIZ", "March 3, 2024", "", "WASHINGTON (AP) — Dock workers returned."), "", "2024-03-03", "byline"),
 ("caption_above_byline", art("Photo: Dock workers at the port on March 1, 2019. (Reuters)", "By Lena Ortiz | March 3, 2024"), "", "2024-03-03", "byline"),
 ("caption_unlabelled_above_stamp", art("Dock workers picket outside the terminal gates on March 1, 2019.", "By Lena Ortiz", "March 3, 2024"), "", "2024-03-03", "byline"),
 ("caption_only_unknown", art("Photo: Dock workers at the port on March 1, 2019. (Reuters)"), "", "", "unknown"),
 ("related_old_dates_noyear_dateline", art("Related:", "Port talks collapse (February 27, 2019)", "Union sets strike date (February 20, 2019)", body="LONDON, June 20 (Reuters) - Dock workers at the city's port returned to work after union members voted to accept an improved offer, officials said on Thursday. Last year a strike ended on July 2, 2023, the union said."), "", "2024-06-20", "inferred"),
 ("related_only_unknown", art("Related:", "Port talks collapse (February 27, 2019)", "Union sets strike date (February 20, 2019)"), "", "", "unknown"),
 ("body_date_only_unknown", art(body="In a March 1, 2019 ruling, the court had ordered the operator to negotiate with the union, and dock workers returned to work after the vote, officials said on Sunday."), "", "", "unknown"),
 ("copyright_only_unknown", art() + "\n© 2024 Example Media. All rights reserved.\n", "", "", "unknown"),
 ("today_relative_unknown", art("By LENA ORTIZ", "Today, 10:15 am"), "", "", "unknown"),
 ("noyear_no_weekday_unknown", art(body="LONDON, June 20 (Reuters) - Dock workers at the city's port returned to work after union members voted to accept an improved offer from the operator."), "", "", "unknown"),
 ("hindu_label_dash", art("Updated - March 03, 2024 10:15 am IST - NEW DELHI"), "", "2024-03-03", "byline"),
 ("hindu_published_dash", art("Published - March 03, 2024 10:15 am IST - NEW DELHI"), "", "2024-03-03", "byline"),
 ("dawn_name_published", art("Lena Ortiz Published March 3, 2024 Updated a day ago"), "", "2024-03-03", "byline"),
 ("cnbc_caps_no_comma", art("PUBLISHED SUN, MAR 3 2024 10:15 AM EST", "UPDATED SUN, MAR 3 2024 12:40 PM EST"), "", "2024-03-03", "byline"),
 ("dailymail_time_first", art("By LENA ORTIZ FOR MAILONLINE", "PUBLISHED: 10:15 GMT, 3 March 2024 | UPDATED: 12:40 GMT, 3 March 2024"), "", "2024-03-03", "byline"),
 ("euronews_published_dmy", art("By Lena Ortiz", "Published on 03/03/2024 - 10:15 GMT+1"), "", "2024-03-03", "byline"),
 ("korea_herald_space_colon", art("Published : Mar. 3, 2024 - 10:15"), "", "2024-03-03", "byline"),
 ("bangkok_post", art("PUBLISHED : 3 Mar 2024 at 10:15"), "", "2024-03-03", "byline"),
 ("indian_express", art("Written by Lena Ortiz", "New Delhi | Updated: March 3, 2024 10:15 IST"), "", "2024-03-03", "byline"),
 ("gulf_news_time_after_pipe", art("Last updated: March 03, 2024 | 10:15", "Lena Ortiz, Staff Reporter"), "", "2024-03-03", "byline"),
 ("ndtv_credit_updated", art("World | Press Trust of India | Updated: March 03, 2024 10:15 am IST"), "", "2024-03-03", "byline"),
 ("economic_times_updated", art("Last Updated: Mar 03, 2024, 10:15:00 AM IST"), "", "2024-03-03", "byline"),
 ("fox_published", art("Published March 3, 2024 10:15am EST"), "", "2024-03-03", "byline"),
 ("nbc_update_slash", art("March 3, 2024, 10:15 AM EST / Updated March 3, 2024, 12:40 PM EST"), "", "2024-03-03", "byline"),
 ("telegraph_bullet", art("3 March 2024 • 10:15am"), "", "2024-03-03", "byline"),
 ("ordinal_mdy", art("March 3rd, 2024"), "", "2024-03-03", "byline"),
 ("slash_iso_time", art("2024/03/03 10:15"), "", "2024-03-03", "byline"),
 ("by_name_date_time_pipe", art("By Lena Ortiz | March 3, 2024 10:15 AM"), "", "2024-03-03", "byline"),
 ("msn_relative", art("Story by Lena Ortiz • 3h"), "", "", "unknown"),
 ("dw_numeric_then_words", art("03/03/2024", "March 3, 2024"), "", "2024-03-03", "byline"),
 ("jpost_date_pipe_time", art("By LENA ORTIZ", "MARCH 3, 2024 10:15", "Updated: MARCH 3, 2024 12:40"), "", "2024-03-03", "byline"),
 ("toi_israel_date_comma_time", art("By LENA ORTIZ", "3 March 2024, 10:15 am"), "", "2024-03-03", "byline"),
 ("nikkei_jst", art("March 3, 2024 10:15 JST"), "", "2024-03-03", "byline"),
 ("rferl_credit_slash", art("By Lena Ortiz and RFE/RL's Tatar-Bashkir Service", "March 03, 2024 10:15 GMT"), "", "2024-03-03", "byline"),
 ("numeric_12h_no_zone_convention_dmy", art("Posted 3/4/2024 4:15 PM"), "", "2024-04-03", "byline"),
 ("reuters_old_stamp", art("March 3, 2024 / 10:15 AM / Updated 2 hours ago"), "", "2024-03-03", "byline"),
 ("weekday_month_day_year_time_cst", art("Sunday, March 3, 2024 10:15AM CST"), "", "2024-03-03", "byline"),
 ("date_dash_time_hyphen_pm", art("March 3, 2024 - 10:15 pm"), "", "2024-03-03", "byline"),
 ("et_time_comma_weekday", art("10:15 AM ET, Sun March 3, 2024"), "", "2024-03-03", "byline"),
 ("updated_on_time_at", art("Updated on: March 3, 2024 / 12:40 PM / ABC News"), "", "2024-03-03", "byline"),
 ("trap_key_dates_list_unknown", art("Key dates in the dispute:", "March 3, 2024 - Union votes to strike", "March 10, 2024 - Talks resume"), "", "", "unknown"),
 ("trap_by_midday_body_unknown", art(body="By midday on March 1, 2019, crews had cleared the road and dock workers at the city's port returned to work after union members voted to accept an improved offer."), "", "", "unknown"),
 ("trap_date_dash_short_item_unknown", art("March 1, 2019 -- Union votes to strike"), "", "", "unknown"),
 ("trap_india_numeric_am_ist", art("Updated: 03/04/2024 10:15 AM IST"), "", "2024-04-03", "byline"),
 ("trap_caption_date_slash_credit", art("Dock workers picket the terminal, March 1, 2019 / AP"), "", "", "unknown"),
 ("trap_date_by_lowercase_body", art("March 1, 2019 by the union's count"), "", "", "unknown"),
]

Case = tuple[str, str, str, str, str]


def _source(name: str, text: str, url: str) -> Source:
    """The head as the loader reads a .txt file: a front-matter block is metadata."""
    meta, body = split_front_matter(text)
    if url:
        meta["url"] = url
    kept = tuple((k, meta[k]) for k in META_KEYS if meta.get(k, "").strip())
    return Source(id=name, path=name + ".txt", text=body, meta=kept,
                  meta_from=tuple((k, "front_matter") for k, _ in kept))


def run(verbose: bool, cases: Sequence[Case] | None = None) -> dict[str, int]:
    """Date each head alone and print the misses and the counts (`cases`: default C)."""
    chosen = list(C if cases is None else cases)
    srcs = [_source(n, t, u) for n, t, u, _, _ in chosen]
    # Each head alone: no other article of a build lends its year.
    got = [date_articles([src], today=TODAY)[0] for src in srcs]
    counts = {"right": 0, "wrong": 0, "unknown": 0, "invented": 0}
    for (n, _t, _u, want, wfrom), d in zip(chosen, got, strict=True):
        g = d.published.isoformat() if d.published else ""
        if g == want:
            k = "right"
        elif not want:
            k = "invented"
        elif not g:
            k = "unknown"
        else:
            k = "wrong"
        counts[k] += 1
        src_note = "" if (k != "right" or d.published_from == wfrom) else f"  (from {d.published_from}, expected {wfrom})"
        if k != "right" or (verbose and src_note):
            print(f"{k:8} {n:40} got={g or '-':10} want={want or '-':10} from={d.published_from}")
        elif src_note:
            print(f"right    {n:40}{src_note}")
    print(f"N={len(chosen)} " + " ".join(f"{k}={v}" for k, v in counts.items()))
    return counts


def main(argv: Sequence[str] | None = None, cases: Sequence[Case] | None = None) -> int:
    """Score `cases` (default C) and print the misses; `-v` also lists right answers
    read from another source than expected. The other surveys call it with theirs."""
    args = list(argv if argv is not None else sys.argv[1:])
    run("-v" in args, cases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
