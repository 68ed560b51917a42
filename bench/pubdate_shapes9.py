"""Publication dates on 83 more pieces in other languages, as analysts collecting multilingual coverage paste them.

    .venv/bin/python -m bench.pubdate_shapes9 [-v]

A ninth held-out set beside bench.pubdate_shapes, pubdate_shapes2, pubdate_shapes3,
pubdate_shapes4, pubdate_shapes5, pubdate_shapes6, pubdate_shapes7 and pubdate_shapes8:
83 cases (17 of them traps), dated 2005-2025, on pages whose stamps, bylines, datelines
and labels are in the outlet's own language, which those sets cover only through the
outlets' English editions. The body is either the page's own language or an English
translation pasted under the original page's chrome. French: Le Monde ("Publié le ... à
15h04, modifié le ..." with "Le Monde avec AFP"), Le Figaro (numeric, "Mis à jour"), a
Reuters French dateline without a year (a French weekday settles it), Ouest-France,
RTBF (a weekday after "Publié le"). German: tagesschau's "Stand:" alone, the FAZ's
"Aktualisiert am" glued to its time, Welt's "Veröffentlicht am ... | Lesedauer", old
Spiegel Online (a weekday before a dotted date), derStandard's Austrian "Jänner".
Spanish and Latin American: El Mundo (capitalised weekday after "Actualizado"), Europa
Press ("Publicado:" with a weekday, then its year-less dateline), ABC ("Actualizado:"
glued, numeric, "h"), El País in caps Spanish ("AGO"), La Nación ("de ... de" and a
bullet), a Notimex dateline with its year. Portuguese and Brazilian: Folha ("21.set.2016
às 15h04"), Estadão ("de ... de" and a pipe), Público (a capitalised month of the old
spelling), a Lusa dateline with its year. Italian: Corriere ("modifica il" in
brackets), "Pubblicato il ... alle", ANSA (a stamp, then "ROMA, 08 NOV - (ANSA) -").
Dutch and Flemish: NU.nl (dashed, two-digit year), VRT NWS (abbreviated weekday and
"mrt"). Nordic: Aftonbladet (ISO with a dotted time), VG (dotted, two-digit year), DR
("maj", "kl."), Iltalehti ("Julkaistu: ... klo"). Central Europe: Rzeczpospolita
("Publikacja:" / "Aktualizacja:"), TVN24 (a genitive month), iDNES (a genitive month, a
year-less "aktualizováno"). Turkish: Hürriyet ("Oluşturulma Tarihi:" with the month
first). Russian and Ukrainian: Lenta.ru (time first, genitive month), a TASS dateline
without a year (a Russian weekday settles it), a government release ("г."), RIA Novosti
(only its dateline and a dated URL), Ukrainska Pravda (a Ukrainian weekday). Arabic: Al
Jazeera ("آخر تحديث", year first, Mecca time), Asharq Al-Awsat (Hijri beside
Gregorian, then an issue number), Al Arabiya ("نشر في" with a comma before the year),
a Lebanese page with the Levantine month name "تشرين الثاني", a page in Eastern Arabic
digits. Persian: ISNA (Solar Hijri only, Persian digits, a news code that starts with
the same date), BBC Persian (Gregorian beside Solar Hijri). Chinese: People's Daily
Online (time glued to the date, "来源："), Xinhua (unpadded 年月日), a Taiwan release in
Minguo years ("發布日期：110-09-23"). Japanese: NHK (時 and 分), Nikkei (year-first
slashes), era years alone (平成29年, 令和元年). Korean: Yonhap ("송고시간" glued), the
Chosun Ilbo ("입력" / "업데이트", trailing dots), a Yonhap URL id. Indonesian and Malay:
Kompas (numeric, WIB), detik (Indonesian weekday and "Agu"), Berita Harian (Malay
"Mac", month first, "@"). Vietnamese: Dân trí (a weekday that settles a numeric date),
a ministry notice ("ngày ... tháng ... năm"). Hindi: Dainik Jagran ("Publish Date:"
glued), BBC Hindi (a Devanagari month). Thai: Thai Rath (Buddhist-era year, abbreviated
month, "น."). Greek: a genitive month with a weekday. URLs: Corriere's
"18_gennaio_25", Le Figaro's trailing compact date, RIA's yyyymmdd folder, Yonhap's
AKR id.
Traps: relative stamps alone in five languages ("il y a 3 heures", "vor 2 Stunden",
"hace 2 días", "2 часа назад", "3小时前"), NHK's year-less stamp without a weekday, a
Spanish page's today banner, a Brazilian page's reader comments and a Chinese page's
related list (answer unknown), and pages where a French today banner above an older
article, Swedish "Uppdaterad" above "Publicerad", Turkish "Güncelleme" above
"Yayınlanma", an event date in an Italian headline, a ZEIT issue number shaped like a
month and year, a Xinhua dateline a day before People's Daily's issue, and day-first
numeric dates on G1 and Hebrew Ynet (whose English edition is month first) must not
displace or be misread as the published date.

Written by a helper session on 2026-11-22 that did not read the tool's rules or code
(nothing in timeline/, cli.py, tests/, fixtures/, BENCHMARKS.md or the rest of bench/);
only bench/pubdate_shapes.py, pubdate_shapes2.py, pubdate_shapes3.py, pubdate_shapes4.py,
pubdate_shapes5.py, pubdate_shapes6.py, pubdate_shapes7.py and pubdate_shapes8.py for
the format, the conventions and the cases already covered, and the project's contract.
Outlet formats are from memory; weekdays, year-less inferences and the Solar Hijri
conversions were checked with Python's datetime, the Hijri date against the known start
of Ramadan 1438 (27 May 2017). Neither the survey nor the tool was run while it was
written; only its import was checked.

Not yet scored.

Each head is dated alone with today = 2026-11-21 and counted right / wrong / unknown
(findable but not found) / invented (a date where a careful reader would say unknown).
Numeric dates with no other evidence of order follow the source's country or language
convention (noted beside each case): day first in Europe, Latin America, the Arab world,
Israel, Indonesia and Vietnam, year first in China, Japan, Korea, Taiwan, Iran and
Sweden; some carry a weekday, a day above 12 or a named month that settles the order.
Month names, weekdays and labels are read in the page's language. A year-less stamp or
dateline with a weekday expects the latest year, not after today, in which that day
fell on that weekday. The expected date is the day the piece first went out: the
published stamp, not an update above or beside it; the paper's issue, not an agency
dateline filed the day before. A relative stamp, a page's today banner, a reader's
comment, a related list, an event date in a headline, an issue number and a year-less
stamp without a weekday never date a piece alone. Calendar years other than the
Gregorian (Hijri, Solar Hijri, Japanese era, Minguo, Buddhist era) are converted as a
careful reader would. Story content is generic; names and places are invented.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import pubdate_shapes
from bench.pubdate_shapes import BODY, BODY2, HEAD
from bench.pubdate_shapes4 import PLAIN

__all__ = ["BODY", "BODY2", "HEAD", "C", "main"]


# The English translation an analyst pastes under the original page's chrome.
TRANS = PLAIN + "\n\n" + BODY2

FR = ("Les dockers du principal terminal à conteneurs de la ville ont repris le travail "
      "après que les syndiqués ont accepté une offre améliorée de l'opérateur, mettant "
      "fin à une grève de cinq semaines.")

DE = ("Die Hafenarbeiter am größten Containerterminal der Stadt haben die Arbeit wieder "
      "aufgenommen, nachdem die Gewerkschaftsmitglieder einem verbesserten Angebot des "
      "Betreibers zugestimmt hatten.")

ES = ("Los estibadores de la principal terminal de contenedores de la ciudad volvieron al "
      "trabajo después de que los afiliados al sindicato aceptaran una oferta mejorada "
      "del operador.")

BR = ("Os estivadores do principal terminal de contêineres da cidade voltaram ao trabalho "
      "depois que os sindicalizados aceitaram uma proposta melhorada da operadora.")

PT = ("Os estivadores do principal terminal de contentores da cidade regressaram ao "
      "trabalho depois de os sindicalizados terem aceitado uma proposta melhorada do "
      "operador.")

IT = ("I portuali del principale terminal container della città sono tornati al lavoro "
      "dopo che gli iscritti al sindacato hanno accettato l'offerta migliorata "
      "dell'operatore.")

RU = ("Докеры главного контейнерного терминала города вернулись к работе после того, как "
      "члены профсоюза приняли улучшенное предложение оператора.")

AR = ("عاد عمال الرصيف في محطة الحاويات الرئيسية بالمدينة إلى العمل بعد أن وافق أعضاء "
      "النقابة على عرض محسّن من المشغل.")

ZH = "该市主要集装箱码头的工人在工会成员接受运营商改进后的报价后复工，持续五周的罢工宣告结束。"

JA = "市内最大のコンテナターミナルの港湾労働者は、組合員が運営会社の改善案を受け入れたことを受け、職場に復帰した。"

KO = "시내 최대 컨테이너 터미널의 항만 노동자들이 운영사의 개선된 제안을 노조원들이 받아들이면서 업무에 복귀했다."

H_FR = "Les dockers mettent fin à cinq semaines de grève"
H_DE = "Hafenarbeiter beenden fünfwöchigen Streik"
H_ES = "Los estibadores ponen fin a cinco semanas de huelga"
H_PT = "Estivadores encerram greve de cinco semanas"
H_IT = "Porto, finisce lo sciopero dei portuali dopo cinque settimane"
H_RU = "Докеры завершили пятинедельную забастовку"
H_AR = "عمال الميناء ينهون إضرابا استمر خمسة أسابيع"
H_ZH = "港口工人结束为期五周的罢工"
H_JA = "港湾労働者、5週間のストライキを終結"
H_KO = "항만 노동자들, 5주간의 파업 종료"


def page(headline: str, *head_lines: str, body: str = TRANS, tail: Sequence[str] = ()) -> str:
    """A page in another language pasted as text: its headline, its head lines (stamps,
    bylines, labels), the body (its own language or an English translation), then what
    follows it."""
    return "\n".join([headline, "", *head_lines, "", body, "", *tail, ""])


# (name, text, url, expected ISO or "", expected published_from or "")
C: list[tuple[str, str, str, str, str]] = [
 # --- French ---
 ("lemonde_publie_modifie_a_h_fr", page(H_FR, "Le Monde avec AFP", "Publié le 14 juin 2021 à 15h04, modifié le 15 juin 2021 à 09h12"), "", "2021-06-14", "byline"),
 # Day first (France): 9 November 2016, not 11 September.
 ("lefigaro_numeric_mis_a_jour_fr", page(H_FR, "Par Mira Halvorsen", "Publié le 09/11/2016 à 15:04, Mis à jour le 09/11/2016 à 18:12"), "", "2016-11-09", "byline"),
 # "mardi" is Tuesday: 18 February fell on a Tuesday in 2014, 2020 and 2025 (2026-02-18 was a Wednesday).
 ("reuters_fr_yearless_dateline_mardi", page(H_FR, body="PARIS, 18 février (Reuters) - Les dockers du principal terminal à conteneurs de la ville ont repris le travail après que les syndiqués ont accepté une offre améliorée de l'opérateur, a-t-on appris mardi de source syndicale."), "", "2025-02-18", "inferred"),
 ("ouestfrance_numeric_h_fr", page(H_FR, "Ouest-France", "Mira Halvorsen.", "Publié le 22/07/2008 à 15h04", body=FR), "", "2008-07-22", "byline"),
 # 30 March 2020 was a Monday ("lundi").
 ("rtbf_publie_le_weekday_be", page(H_FR, "Publié le lundi 30 mars 2020 à 15h04", "Par Mira Halvorsen avec Belga"), "", "2020-03-30", "byline"),
 # --- German ---
 # "Stand" is the page's last state; with no other date it dates the piece.
 ("tagesschau_stand_only_de", page(H_DE, "Stand: 14.08.2020 15:04 Uhr"), "", "2020-08-14", "byline"),
 ("faz_aktualisiert_glued_dash_de", page(H_DE, "Aktualisiert am 23.02.2010-15:04", body=DE), "", "2010-02-23", "byline"),
 # Day first (Germany): 4 March 2020.
 ("welt_veroeffentlicht_lesedauer_de", page(H_DE, "Veröffentlicht am 04.03.2020 | Lesedauer: 3 Minuten"), "", "2020-03-04", "byline"),
 # 12 June 2009 was a Friday ("Freitag").
 ("spiegel_old_weekday_dotted_uhr_de", page(H_DE, "Freitag, 12.06.2009   15:04 Uhr", "Von Mira Halvorsen", body=DE), "", "2009-06-12", "byline"),
 # "Jänner" is the Austrian January.
 ("derstandard_jaenner_at", page(H_DE, "Mira Halvorsen", "18. Jänner 2018, 15:04"), "", "2018-01-18", "byline"),
 # --- Spanish and Latin American ---
 # 16 November 2017 was a Thursday ("Jueves").
 ("elmundo_actualizado_weekday_es", page(H_ES, "Mira Halvorsen", "Actualizado Jueves, 16 noviembre 2017 - 15:04"), "", "2017-11-16", "byline"),
 # The stamp carries the year and a weekday (5 March 2019 was a Tuesday); the dateline has neither.
 ("europapress_publicado_weekday_dateline_es", page(H_ES, "Publicado: martes, 5 marzo 2019 15:04", body="MADRID, 5 Mar. (EUROPA PRESS) - " + ES), "", "2019-03-05", "byline"),
 # Day first (Spain): 4 June 2015.
 ("abc_actualizado_glued_numeric_h_es", page(H_ES, "Mira Halvorsen", "Actualizado:04/06/2015 15:04h", "GUARDAR"), "", "2015-06-04", "byline"),
 # "AGO" is agosto.
 ("elpais_caps_spanish_month_es", page(H_ES, "MIRA HALVORSEN", "Madrid 14 AGO 2017 - 15:04 CEST", body=ES), "", "2017-08-14", "byline"),
 ("lanacion_de_de_bullet_ar", page(H_ES, "Lucía Paredes", "22 de diciembre de 2020 • 15:04"), "", "2020-12-22", "byline"),
 ("notimex_dateline_with_year_mx", page(H_ES, body="Ciudad de México, 12 de abril de 2016 (Notimex).- " + ES), "", "2016-04-12", "dateline"),
 # --- Portuguese and Brazilian ---
 # "set" is setembro.
 ("folha_dotted_abbrev_month_br", page(H_PT, "Lucas Ferreira", "21.set.2016 às 15h04"), "", "2016-09-21", "byline"),
 ("estadao_de_de_pipe_h_br", page(H_PT, "Lucas Ferreira, O Estado de S.Paulo", "30 de janeiro de 2012 | 15h04", body=BR), "", "2012-01-30", "byline"),
 # Before the 2009 spelling reform took hold, Portuguese papers capitalised the month.
 ("publico_capitalised_month_pt", page(H_PT, "Lucas Ferreira", "9 de Dezembro de 2009, 15:04"), "", "2009-12-09", "byline"),
 ("lusa_dateline_with_year_pt", page(H_PT, body="Lisboa, 17 fev 2021 (Lusa) - " + PT), "", "2021-02-17", "dateline"),
 # --- Italian ---
 ("corriere_modifica_brackets_it", page(H_IT, "di Mira Halvorsen", "19 luglio 2013 (modifica il 20 luglio 2013 | 09:12)"), "", "2013-07-19", "byline"),
 ("pubblicato_il_alle_it", page(H_IT, "di Mira Halvorsen", "Pubblicato il 24 febbraio 2022 alle 15:04", body=IT), "", "2022-02-24", "byline"),
 # ANSA's stamp has the year; its dateline does not.
 ("ansa_stamp_then_caps_dateline_it", page(H_IT, "Redazione ANSA", "ROMA", "08 novembre 2011 15:04", "NEWS", body="ROMA, 08 NOV - (ANSA) - " + IT), "", "2011-11-08", "byline"),
 # --- Dutch and Flemish ---
 # Day first, two-digit year (Netherlands): 11 April 2017.
 ("nunl_dashed_two_digit_year_nl", page("Havenarbeiders beëindigen staking van vijf weken", "11-04-17 15:04 Aangepast 11-04-17 18:12"), "", "2017-04-11", "byline"),
 # "wo" is woensdag: 12 March 2014 was a Wednesday.
 ("vrt_weekday_abbrev_mrt_be", page("Havenarbeiders beëindigen staking van vijf weken", "wo 12 mrt 2014 15:04", "Mira Halvorsen"), "", "2014-03-12", "byline"),
 # --- Nordic ---
 ("aftonbladet_publicerad_iso_dot_time_se", page("Hamnarbetarna avslutar fem veckor lång strejk", "Mira Halvorsen", "Publicerad 2015-09-29 15.04"), "", "2015-09-29", "byline"),
 # Day first, two-digit year (Norway): 8 December 2018.
 ("vg_publisert_oppdatert_two_digit_no", page("Havnearbeiderne avslutter fem uker lang streik", "Publisert: 08.12.18 15:04", "Oppdatert: 09.12.18 09:12"), "", "2018-12-08", "byline"),
 ("dr_maj_kl_dk", page("Havnearbejderne afslutter fem uger lang strejke", "17. maj 2016 kl. 15.04"), "", "2016-05-17", "byline"),
 # Finnish dates are day first and unpadded: 11 June 2024.
 ("iltalehti_julkaistu_klo_fi", page("Satamatyöntekijät lopettivat viisi viikkoa kestäneen lakon", "Julkaistu: 11.6.2024 klo 15.04", "Päivitetty: 11.6.2024 klo 18.12"), "", "2024-06-11", "byline"),
 # --- Central Europe and Turkey ---
 ("rzeczpospolita_publikacja_aktualizacja_pl", page("Dokerzy kończą pięciotygodniowy strajk", "Publikacja: 14.02.2013 15:04", "Aktualizacja: 15.02.2013 09:12"), "", "2013-02-14", "byline"),
 # "października" is the genitive of październik (October).
 ("tvn24_genitive_month_pl", page("Dokerzy kończą pięciotygodniowy strajk", "Mira Halvorsen", "28 października 2021, 15:04"), "", "2021-10-28", "byline"),
 # "listopadu" is the genitive of listopad (November); the update repeats the day without the year.
 ("idnes_genitive_month_aktualizovano_cz", page("Přístavní dělníci ukončili pětitýdenní stávku", "19. listopadu 2015 15:04, aktualizováno 19. 11. 18:12"), "", "2015-11-19", "byline"),
 # Hürriyet prints the month name first: 12 August 2020.
 ("hurriyet_olusturulma_month_first_tr", page("Liman işçileri beş haftalık grevi sona erdirdi", "Oluşturulma Tarihi: Ağustos 12, 2020 15:04", "Güncelleme Tarihi: Ağustos 12, 2020 18:12"), "", "2020-08-12", "byline"),
 # --- Russian and Ukrainian ---
 ("lenta_time_first_genitive_ru", page(H_RU, "15:04, 12 августа 2014", "Экономика", body=RU), "", "2014-08-12", "byline"),
 # "в пятницу" is on Friday: 14 July fell on a Friday in 2017 and 2023 (2026-07-14 was a Tuesday).
 ("tass_ru_yearless_dateline_weekday", page(H_RU, body="МОСКВА, 14 июля. /ТАСС/. Докеры главного контейнерного терминала города вернулись к работе после того, как члены профсоюза приняли улучшенное предложение оператора, сообщили в пятницу в профсоюзе."), "", "2023-07-14", "inferred"),
 ("government_release_goda_abbrev_ru", page(H_RU, "Пресс-релиз", "20 декабря 2005 г., 15:04", "Министерство транспорта"), "", "2005-12-20", "byline"),
 # "Середа" is Wednesday: 16 August 2023 was a Wednesday.
 ("ukrpravda_ukrainian_weekday_ua", page("Докери завершили п'ятитижневий страйк", "Оксана Мельник — Середа, 16 серпня 2023, 15:04"), "", "2023-08-16", "byline"),
 # --- Arabic ---
 # Al Jazeera's Arabic pages print the year first, in Mecca time.
 ("aljazeera_ar_last_update_year_first", page(H_AR, "آخر تحديث: 2021/4/11 الساعة 15:04 (مكة المكرمة)"), "", "2021-04-11", "byline"),
 # Tuesday 11 Ramadan 1438 AH (Ramadan began on 27 May 2017) is 6 June 2017; [14070] is the issue number.
 ("asharq_ar_hijri_gregorian_issue_number", page(H_AR, "الثلاثاء - 11 شهر رمضان 1438 هـ - 06 يونيو 2017 مـ رقم العدد [14070]", "لندن: ميرا هالفورسن", body=AR), "", "2017-06-06", "byline"),
 ("alarabiya_nushira_fi_comma_year", page(H_AR, "نشر في: 19 يناير ,2020: 03:04 م GST آخر تحديث: 19 يناير ,2020: 06:12 م GST"), "", "2020-01-19", "byline"),
 # "تشرين الثاني" is the Levantine name of November.
 ("lebanese_levantine_month_name", page(H_AR, "ميرا هالفورسن", "14 تشرين الثاني 2012 | 15:04", body=AR), "", "2012-11-14", "byline"),
 # Eastern Arabic digits; 27 July 2008 was a Sunday ("الأحد").
 ("egyptian_eastern_arabic_digits", page(H_AR, "كتب: ميرا هالفورسن", "نشر في الأحد ٢٧ يوليو ٢٠٠٨", body=AR), "", "2008-07-27", "byline"),
 # --- Persian ---
 # Solar Hijri only, Persian digits: 20 Shahrivar 1400 is 11 September 2021 (1 Farvardin 1400 was 21 March 2021); the news code starts with the same date.
 ("isna_solar_hijri_persian_digits_only", page("کارگران بندر به اعتصاب پنج هفته‌ای پایان دادند", "۱۴۰۰/۰۶/۲۰ - ۱۵:۰۴", "کد خبر: ۱۴۰۰۰۶۲۰۱۲۳۴۵"), "", "2021-09-11", "byline"),
 # 28 Khordad 1399 is 17 June 2020 (1 Farvardin 1399 was 20 March 2020).
 ("bbc_persian_gregorian_and_solar", page("کارگران بندر به اعتصاب پنج هفته‌ای پایان دادند", "میرا هالورسن", "بی‌بی‌سی", "۱۷ ژوئن ۲۰۲۰ - ۲۸ خرداد ۱۳۹۹"), "", "2020-06-17", "byline"),
 # --- Chinese ---
 ("peoples_daily_online_glued_time_source_zh", page(H_ZH, "2016年08月23日08:12  来源：人民网－人民日报", body=ZH), "", "2016-08-23", "byline"),
 ("xinhua_unpadded_nian_yue_ri_source_zh", page(H_ZH, "2010年1月7日 15:04 来源：新华网"), "", "2010-01-07", "byline"),
 # Minguo (ROC) year 110 is 2021: 23 September 2021.
 ("taiwan_minguo_year_dashed_tw", page("港口工人結束為期五週的罷工", "交通部航港局", "新聞稿", "發布日期：110-09-23", "發布單位：航務組"), "", "2021-09-23", "byline"),
 # --- Japanese ---
 ("nhk_ji_fun_ja", page(H_JA, "2023年4月18日 15時04分", body=JA), "", "2023-04-18", "byline"),
 ("nikkei_year_first_unpadded_slash_ja", page(H_JA, "2022/11/8 15:04", "日本経済新聞 電子版"), "", "2022-11-08", "byline"),
 # Heisei 29 is 2017.
 ("ministry_heisei_era_only_ja", page(H_JA, "報道発表資料", "平成29年4月7日", "国土交通省港湾局", body=JA), "", "2017-04-07", "byline"),
 # Reiwa 1 (gannen) began on 1 May 2019.
 ("prefecture_reiwa_gannen_ja", page(H_JA, "記者発表資料", "令和元年10月1日", "港湾課"), "", "2019-10-01", "byline"),
 # --- Korean ---
 ("yonhap_songgo_glued_ko", page(H_KO, "송고시간2016-10-24 15:04", body="(서울=연합뉴스) 김민수 기자 = " + KO), "", "2016-10-24", "byline"),
 ("chosun_ipryeok_update_trailing_dots_ko", page(H_KO, "김민수 기자", "입력 2024.01.09. 15:04 | 업데이트 2024.01.09. 18:12"), "", "2024-01-09", "byline"),
 # --- Indonesian, Malay, Vietnamese, Hindi, Thai, Greek ---
 # Day first (Indonesia): 8 February 2020.
 ("kompas_numeric_wib_id", page("Pekerja Pelabuhan Akhiri Mogok Lima Pekan", "Kompas.com - 08/02/2020, 15:04 WIB", "Penulis Mira Halvorsen | Editor Dewi Pratiwi"), "", "2020-02-08", "byline"),
 # "Kamis" is Thursday and "Agu" Agustus: 17 August 2023 was a Thursday.
 ("detik_weekday_agu_wib_id", page("Pekerja Pelabuhan Akhiri Mogok Lima Pekan", "Dewi Pratiwi - detikNews", "Kamis, 17 Agu 2023 15:04 WIB"), "", "2023-08-17", "byline"),
 # Malay "Mac" is March; the month comes first.
 ("beritaharian_malay_mac_at_my", page("Pekerja pelabuhan tamatkan mogok lima minggu", "Oleh Mira Halvorsen - Mac 26, 2018 @ 3:04pm"), "", "2018-03-26", "byline"),
 # "Thứ sáu" is Friday: 6 November 2020 was a Friday (11 June 2020 a Thursday), so day first.
 ("dantri_thu_sau_numeric_vn", page("Công nhân cảng kết thúc cuộc đình công kéo dài năm tuần", "Thứ sáu, 06/11/2020 - 15:04"), "", "2020-11-06", "byline"),
 # "Số: 123/TB-BGTVT" is the notice's number.
 ("ministry_notice_ngay_thang_nam_vn", page("THÔNG BÁO", "BỘ GIAO THÔNG VẬN TẢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 123/TB-BGTVT", "Hà Nội, ngày 14 tháng 4 năm 2009"), "", "2009-04-14", "byline"),
 # 11 January 2017 was a Wednesday.
 ("jagran_publish_date_glued_hi", page("बंदरगाह कर्मचारियों ने पांच हफ्ते की हड़ताल खत्म की", "Publish Date:Wed, 11 Jan 2017 03:04 PM (IST)", body="नई दिल्ली, जागरण संवाददाता। " + PLAIN), "", "2017-01-11", "byline"),
 ("bbc_hindi_devanagari_month_hi", page("बंदरगाह कर्मचारियों ने पांच हफ्ते की हड़ताल खत्म की", "मीरा हालवोर्सन", "बीबीसी संवाददाता", "19 अगस्त 2021"), "", "2021-08-19", "byline"),
 # Buddhist era 2563 is 2020; "ก.ค." is July.
 ("thairath_buddhist_era_abbrev_th", page("แรงงานท่าเรือยุติการนัดหยุดงานห้าสัปดาห์", "22 ก.ค. 2563 15:04 น.", "ไทยรัฐออนไลน์"), "", "2020-07-22", "byline"),
 # "Τρίτη" is Tuesday: 18 October 2016 was a Tuesday.
 ("greek_weekday_genitive_month_gr", page("Τέλος στην πεντάβδομη απεργία των λιμενεργατών", "Τρίτη, 18 Οκτωβρίου 2016 15:04", "ΑΠΕ-ΜΠΕ"), "", "2016-10-18", "byline"),
 # --- URLs ---
 ("corriere_url_yy_monthname_dd_it", page(H_IT, "di Mira Halvorsen", body=IT), "https://www.corriere.it/economia/18_gennaio_25/sciopero-porto-accordo-firmato-3f1c2a9b-0123-11e8-a1b2-c3d4e5f6a7b8.shtml", "2018-01-25", "url"),
 ("lefigaro_url_trailing_compact_fr", page(H_FR, "Par Mira Halvorsen", body=FR), "https://www.lefigaro.fr/social/greve-des-dockers-fin-du-mouvement-20150610", "2015-06-10", "url"),
 # The dateline has no year; the URL's folder is the day.
 ("ria_url_yyyymmdd_yearless_dateline_ru", page(H_RU, body="МОСКВА, 26 окт — РИА Новости. " + RU), "https://ria.ru/20171026/1507654321.html", "2017-10-26", "url"),
 ("yonhap_url_akr_id_ko", page(H_KO, "김민수 기자", body=KO), "https://www.yna.co.kr/view/AKR20220915123400003", "2022-09-15", "url"),
 # --- Traps: a careful reader answers unknown ---
 ("trap_fr_il_y_a_heures_only", page(H_FR, "Par Mira Halvorsen", "Publié il y a 3 heures", body=FR), "", "", "unknown"),
 ("trap_de_vor_stunden_only", page(H_DE, "vor 2 Stunden", "Quelle: dpa", body=DE), "", "", "unknown"),
 ("trap_es_hace_dias_only", page(H_ES, "Lucía Paredes", "hace 2 días"), "", "", "unknown"),
 ("trap_ru_chasa_nazad_only", page(H_RU, "Мира Хальворсен", "2 часа назад", body=RU), "", "", "unknown"),
 ("trap_zh_xiaoshi_qian_only", page(H_ZH, "3小时前 来源：新华网", body=ZH), "", "", "unknown"),
 # NHK drops the year for the current year, and there is no weekday.
 ("trap_nhk_yearless_no_weekday_ja", page(H_JA, "3月5日 15時04分", body=JA), "", "", "unknown"),
 # The masthead's date is the day the page was read (beside the weather); the article itself shows none. 5 March 2024 was a Tuesday.
 ("trap_es_today_banner_only", "EL DIARIO DE LA COSTA\nMartes, 5 de marzo de 2024 | Valparaíso 18 °C\nIniciar sesión  Suscríbete\nPortada  Economía  Política  Deportes\n\n" + page(H_ES, "Por Lucía Paredes", body=ES), "", "", "unknown"),
 # Readers' comments (Brazil, day first) after an undated article.
 ("trap_br_comments_dates_only", page(H_PT, "Por Lucas Ferreira", body=BR, tail=("Comentários (2)", "Ana Souza · 06/03/2019 10:12", "Finalmente! Meu irmão trabalha no porto.", "Carlos Lima · 06/03/2019 11:40", "Já era hora.")), "", "", "unknown"),
 # A related list's dates are other pieces'.
 ("trap_zh_related_list_only", page(H_ZH, "来源：新华网  编辑：王悦", body=ZH, tail=("相关新闻", "· 港口工人罢工进入第五周 2019-02-26", "· 码头运营商提出新的薪资方案 2019-03-01", "· 工会将就新方案进行投票 2019-03-03")), "", "", "unknown"),
 # --- Traps: a wrong date is printed beside the right one, or the right one can be misread ---
 # The banner (Tuesday 5 March 2024) is the day the page was read; the article went out on 12 November 2019.
 ("trap_fr_today_banner_above_2019_article", "Mardi 5 mars 2024 | Paris 9 °C | Se connecter | S'abonner\nÀ la une  International  Économie  Sport\n\n" + page(H_FR, "Par Mira Halvorsen", "Publié le 12 novembre 2019 à 08h15", body=FR), "", "2019-11-12", "byline"),
 # SVT prints the update above the publication.
 ("trap_svt_uppdaterad_above_publicerad_se", page("Hamnarbetarna avslutar fem veckor lång strejk", "Uppdaterad 2 februari 2021", "Publicerad 31 januari 2021"), "", "2021-01-31", "byline"),
 ("trap_tr_guncelleme_above_yayinlanma", page("Liman işçileri beş haftalık grevi sona erdirdi", "Güncelleme: 03.01.2020 09:12", "Yayınlanma: 30.12.2019 15:04"), "", "2019-12-30", "byline"),
 # The headline names the strike's day; the piece went out on 9 March 2022.
 ("trap_it_headline_event_date_with_stamp", page("Porto, i sindacati proclamano lo sciopero per il 18 marzo 2022", "Il Sole 24 Ore", "di Mira Halvorsen", "9 marzo 2022", body="I sindacati dei portuali hanno proclamato uno sciopero di 48 ore al principale terminal container della città dopo il fallimento delle trattative con l'operatore."), "", "2022-03-09", "byline"),
 # "Nr. 11/2019" is the paper's eleventh issue of 2019, not November.
 ("trap_zeit_issue_number_like_month_de", page(H_DE, "Aus der ZEIT Nr. 11/2019", "7. März 2019, 16:58 Uhr", "Mira Halvorsen", body=DE), "", "2019-03-07", "byline"),
 # People's Daily's issue of Tuesday 18 December 2018 carries a Xinhua wire filed on the 17th.
 ("trap_peoples_daily_issue_xinhua_dateline_day_before", page(H_ZH, body="新华社北京12月17日电（记者王悦）" + ZH, tail=("《 人民日报 》（ 2018年12月18日   第 04 版）",)), "", "2018-12-18", "byline"),
 # Day first (Brazil): 7 August 2018, not 8 July; "há 2 horas" is relative.
 ("trap_g1_day_first_numeric_atualizado_ha_br", page(H_PT, "Por Lucas Ferreira, g1 — Santos", "07/08/2018 15h04 · Atualizado há 2 horas", body=BR), "", "2018-08-07", "byline"),
 # Hebrew Ynet prints day first (its English edition is month first): 7 November 2021, not 11 July.
 ("trap_ynet_hebrew_day_first_dotted", page("עובדי הנמל סיימו שביתה בת חמישה שבועות", "מירה הלבורסן", "פורסם: 07.11.21, 15:04"), "", "2021-11-07", "byline"),
]


def main(argv: Sequence[str] | None = None) -> int:
    return pubdate_shapes.main(argv, C)


if __name__ == "__main__":
    sys.exit(main())
