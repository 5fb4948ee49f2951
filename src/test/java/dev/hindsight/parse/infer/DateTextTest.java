package dev.hindsight.parse.infer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates as postmortems write them, read as the day the incident started. */
class DateTextTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = ';', value = {
            "2016-09-05; 2016-09-05",
            "2016/09/05; 2016-09-05",
            "2016-09-05 14:02 UTC; 2016-09-05",
            "September 5, 2016; 2016-09-05",
            "Sept 5th 2016; 2016-09-05",
            "5 Sep 2016; 2016-09-05",
            "05 Mar 2020 14:20 UTC; 2020-03-05",
            "2016-09-05 – 2016-09-06; 2016-09-05",
            "from September 6, 2016 back to 2016-09-05; 2016-09-06",
            "Retrospective: Credentials in logs - March 20, 2019; 2019-03-20",
            "October 12th, 2022; 2022-10-12",
            "3 de marzo de 2024; 2024-03-03",
            "5. März 2016; 2016-03-05",
            "le 5 septembre 2016; 2016-09-05",
            "Datum: 03.12.2024; 2024-12-03",
            "Datum: 05.03.24, 14:20 Uhr; 2024-03-05",
            "Incident Date | 14/02/2022; 2022-02-14",
            "on 02/14/2022 at 10:00 EST; 2022-02-14",
            "日時: 2024年3月5日 10:00; 2024-03-05",
            "발생 일시: 2024년 3월 5일 14:20 (KST); 2024-03-05",
            "Data do incidente: 12 de março de 2024; 2024-03-12",
            "Data: 3 aprile 2024, ore 8:30; 2024-04-03",
            "Datum: 5 maart 2024; 2024-03-05",
            "Data: 14 lutego 2024; 2024-02-14",
            "3 марта 2024 г.; 2024-03-03",
            "2025. gada 10. jūnijā (otrdienā); 2025-06-10",
            "līdz 10. jūnijam, sākot ar 3. februārī 2024; 2024-02-03",
            "Arrasaten, 2025eko otsailaren 6an; 2025-02-06",
            "2025eko otsailaren 4a; 2025-02-04",
            "incident-du:: [[16 janv. 2025]]; 2025-01-16",
            "when: Sun 2/6/24, 6:55pm – 11:20pm AEST; 2024-06-02",
            "Tue. 2/6/24 at noon; 2024-02-06",
            "am 3. Sept. 2024; 2024-09-03",
            "Monday, 11th of March 2024; 2024-03-11",
            "Created: 08/Mar/24 10:41 AM; 2024-03-08",
            "07-MAR-2024; 2024-03-07",
            "- 📅 2024.04.02; 2024-04-02",
            "2024. 4. 2. 오전; 2024-04-02",
            "stopped syncing on Monday 3/4/2024 and; 2024-03-04",
            "Wednesday, 3/4/2024; 2024-04-03",
            "5 Kasım 2024; 2024-11-05",
            "Am Dienstag, den 23. Jänner 2024; 2024-01-23",
            "nedetid 2.–3. marts 2025; 2025-03-02",
            "Dana 21. februara 2024. (sreda); 2024-02-21",
            "5. септембра 2024.; 2024-09-05",
            "เมื่อวันเสาร์ที่ 15 มิถุนายน 2567; 2024-06-15",
            "5 Kasim 2024; 2024-11-05",
            "5 KASIM 2024; 2024-11-05",
            "ARALIK 3, 2024; 2024-12-03",
            "발생 일시 | 2024년 4월 15일(월) 14:20; 2024-04-15",
            "19 giờ 40 phút, ngày 5 tháng 3 năm 2024; 2024-03-05",
            "torsdagen den 7 november 2024; 2024-11-07",
            "Dydd Llun 4 Mawrth 2024; 2024-03-04",
            "الثلاثاء ١٠ سبتمبر ٢٠٢٤; 2024-09-10",
            "วันจันทร์ที่ 8 มกราคม พ.ศ. 2567; 2024-01-08",
            "Anomaly epoch 2024-072T14:05:12Z; 2024-03-12",
            "*Wed Feb 21 10:02:41 UTC 2024*; 2024-02-21",
            "Ημερομηνία: Τρίτη 12 Μαρτίου 2024; 2024-03-12",
            "Δευτέρα 5 Αύγουστος 2024; 2024-08-05",
            "घटना की तिथि: सोमवार, 19 अगस्त 2024; 2024-08-19",
            "Időpont: 2024. március 5., kedd, 18:42; 2024-03-05",
            "Incidento data: 2024 m. kovo 5 d. (antradienis); 2024-03-05",
            "Data incidentului: miercuri, 18 septembrie 2024; 2024-09-18",
            "Dátum: 9. októbra 2024; 2024-10-09",
            "Datum incidenta: 22. siječnja 2024.; 2024-01-22",
            "Дата: 15 февруари 2024 г.; 2024-02-15",
            "Tarikh: 27 Ogos 2024; 2024-08-27",
            "Päivämäärä: 14. toukokuuta 2024; 2024-05-14",
            "Petsa: Hunyo 25, 2024 (Martes); 2024-06-25",
            "Jumat, 9 Agustus 2024; 2024-08-09",
            "Datum incidentu: 3. 6. 2024; 2024-06-03",
            "Fecha: 15/04/24; 2024-04-15",
            "on 04/15/24 at 9:00 PDT; 2024-04-15",
            "Incident Date | 15/04/24; 2024-04-15",
            "Monday 15/04/24; 2024-04-15",
            "opened 15/04/24 (Mon); 2024-04-15",
            "from 15/04/24 to 16/04/2024; 2024-04-15",
            "2024 March 5; 2024-03-05",
            "発生日 | 令和6年4月1日（月）; 2024-04-01",
            "令和元年5月7日; 2019-05-07",
            "平成31年4月30日; 2019-04-30",
            "発生日: R6.4.1（月）; 2024-04-01",
            "H31/4/30; 2019-04-30",
            "發生日期：民國113年3月5日（星期二）; 2024-03-05",
            "the run for ds=2024-05-06 executes on 2024-05-07; 2024-05-07"})
    void readsTheFirstDayWritten(String text, String day) {
        assertEquals(Optional.of(LocalDate.parse(day)), DateText.find(text).map(DateText.Found::day));
    }

    @ParameterizedTest(name = "[{0}] has no date")
    @CsvSource(delimiter = ';', value = {"last Tuesday", "May 30", "20202-01-16", "2016-13-45", "0000-01-01", "marked 5, 2016",
            "PM2021-005", "version 1.2.2024.5", "release 7.31 of 2024", "maiores 5, 2016",
            "03/04/2022", "14/14/2022", "Friday 3/4/2024", "PM-2023-041", "8 มกราคม",
            "ds=2024-05-06", "/reports?day=2024-05-06", "15/4/24", "令和6年", "v2.3.1",
            "R6.4", "HR6.4.1", "R12.2.9 patch", "R3.1.4", "発生日: R6.4.1.2",
            "Raising the pool to 2048 may 2x memory use", "since 2024 mar 5 was", "CPU at 20/10/15 percent",
            "3 out of 5 pods in 2024", "le 5 du mois 2024", "pods 1 to 3 here 2024"})
    void findsNoDateInTextWithoutOne(String text) {
        assertEquals(Optional.empty(), DateText.find(text));
    }

    @ParameterizedTest(name = "[{0}] in a document with [{1}] is {2}")
    @CsvSource(delimiter = ';', value = {
            "03/05/2024 02:10; Target date 31/05/2024; 2024-05-03",
            "03/05/2024 02:10; due 05/31/2024; 2024-03-05",
            "03/05/2024 02:10; no other dates; ",
            "03/05/2024 02:10; 31/05/2024 and 05/31/2024; ",
            "03/05/2024 02:10; Reviewed on 12 March 2024; 2024-05-03",
            "03/05/2024 02:10; Reviewed on 05.04.2024; 2024-05-03",
            "03/05/2024 02:10; Reviewed on March 12, 2024; 2024-03-05",
            "03/05/2024 02:10; Le service est rétabli et les clients sont informés; 2024-05-03",
            "03/05/2024 02:10; The service was restored and the customers were told; ",
            "03/05/2024 02:10; All times are Pacific; 2024-03-05"})
    void readsASlashDateEitherWayRoundInTheOrderOfTheDocumentsOthers(String text, String document, String day) {
        assertEquals(Optional.ofNullable(day).map(LocalDate::parse), DateText.inOrderOf(text, text + "\n" + document));
    }

    @ParameterizedTest(name = "file name [{0}] starts with {1}")
    @CsvSource(delimiter = ';', value = {"20240311-ldap-timeouts.md; 2024-03-11", "2024-03-11 ldap.md; 2024-03-11",
            "20241311-ldap.md; ", "ldap-20240311.md; ", "202403110-ldap.md; ", "2024_08_05_sso-outage.md; 2024-08-05"})
    void readsTheDayAFileNameStartsWithAlsoWithoutSeparators(String fileName, String day) {
        assertEquals(Optional.ofNullable(day).map(LocalDate::parse),
                DateText.leadingInName(fileName).map(DateText.Found::day));
    }

    @ParameterizedTest(name = "file name [{0}] names {1}")
    @CsvSource(delimiter = ';', value = {"장애보고서_20240415_결제지연.md; 2024-04-15", "notes_2024_08_05.md; 2024-08-05",
            "ldap-2024-03-11.md; 2024-03-11", "image-resizer-2025-01.md; ", "build-120240415.md; "})
    void readsADayAnywhereInAFileName(String fileName, String day) {
        assertEquals(Optional.ofNullable(day).map(LocalDate::parse), DateText.inName(fileName));
    }

    @ParameterizedTest(name = "[{0}] before {1} names {2}")
    @CsvSource(delimiter = ';', value = {
            "on Monday 15 April the mirrors broke; 2024-04-17; 2024-04-15",
            "on Tuesday Sept 17 at 15:40; 2024-09-20; 2024-09-17",
            "Yesterday, Wednesday the 2nd of March; 2016-03-03; 2016-03-02",
            "Monday 30 December; 2025-01-02; 2024-12-30",
            "on Tuesday 15 April; 2024-04-17; ",
            "Thursday 9 May 2024; 2024-05-16; 2024-05-09",
            "Next retro: Friday 4 October; 2024-09-20; ",
            "the revenue figure for Monday 15 April; 2024-04-17; "})
    void readsADayAfterItsWeekdayInTheYearThatPutsItBeforeTheDocumentsDay(String text, String day, String named) {
        assertEquals(Optional.ofNullable(named).map(LocalDate::parse).stream().toList(),
                DateText.withWeekdayBefore(text, LocalDate.parse(day)));
    }

    @ParameterizedTest(name = "[{0}] names the years {1}")
    @CsvSource(delimiter = ';', value = {"on 09/11/24; 2024", "01/02/0000; ", "CPU at 20/10/15 percent; "})
    void namesTheYearsOfItsDaysAndNoYearZero(String text, Integer year) {
        assertEquals(Optional.ofNullable(year).stream().collect(java.util.stream.Collectors.toSet()), DateText.years(text));
    }
}
