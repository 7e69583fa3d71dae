import LotseDialog
import Testing

@testable import LotseEngine

/// A month and year as people type them, in the dialog's languages, and the arrival question of
/// the bundled Dialogs answered with one (its values declare `before:`/`from: 2025-04`).
@Suite struct MonthAnswerTests {
    @Test(arguments: [
        ("Februar 2025", 2025, 2), ("im Februar 2025", 2025, 2), ("02/2025", 2025, 2), ("2/25", 2025, 2),
        ("2.2025", 2025, 2), ("03.2025", 2025, 3), ("15.03.2025", 2025, 3), ("2025-03", 2025, 3),
        ("März 2025", 2025, 3), ("Jänner 2024", 2024, 1), ("15. April 2025", 2025, 4),
        ("in March 2025", 2025, 3), ("Sept 2024", 2024, 9), ("May 2025", 2025, 5),
        ("вересень 2024", 2024, 9), ("у вересні 2024", 2024, 9), ("лютий 2025", 2025, 2), ("у квітні 2025", 2025, 4),
        ("февраль 2025", 2025, 2), ("в мае 2025", 2025, 5), ("в марте 2025 года", 2025, 3),
        ("w lutym 2025", 2025, 2), ("października 2024", 2024, 10), ("Şubat 2025", 2025, 2), ("Nisan 2025'te", 2025, 4),
        ("فبراير ٢٠٢٥", 2025, 2), ("في أبريل 2025", 2025, 4), ("فوریه ۲۰۲۵", 2025, 2), ("آوریل 2025", 2025, 4),
    ])
    func aMonthAndYearAreRead(_ answer: String, _ year: Int, _ month: Int) {
        #expect(MonthAnswer.parse(answer) == YearMonth(year: year, month: month), "\(answer)")
    }

    @Test(arguments: [
        "2025", "im Jahr 2025", "Februar", "maybe 2025", "13/2025", "2/2025/3/4", "ich bin 19", "19 2025",
        "Februar oder März 2025", "Februar 2024 oder 2025", "اسفند ۱۴۰۳",
    ])
    func noMonthOrNoYearIsNoDate(_ answer: String) {
        #expect(MonthAnswer.parse(answer) == nil, "\(answer)")
    }

    /// The bundled arrival question's answer to `answer` in `language`.
    private func arrival(_ answer: String, language: String = "de") -> AnswerMatcher.Match {
        let question = Question(slot: "arrival", options: ["before-2025-04", "since-2025-04", "unknown"], skippable: false, hasWhy: true)
        return AnswerMatcher(question: question, dialog: Fixture.bundled, language: language).match(answer)
    }

    @Test(arguments: [
        ("im Februar 2025", "de"), ("02/2025", "de"), ("2/25", "de"), ("2.2025", "de"), ("03.2025", "de"), ("März 2025", "de"),
        ("вересень 2024", "uk"), ("лютий 2025", "uk"), ("февраль 2025", "ru"), ("March 2025", "en"), ("marzec 2025", "pl"),
        ("Mart 2025", "tr"), ("مارس 2025", "ar"), ("مارس ۲۰۲۵", "fa"), ("vor april 2025", "de"), ("im Jahr 2024", "de"),
    ])
    func beforeAprilIsBefore(_ answer: String, _ language: String) {
        #expect(arrival(answer, language: language) == .value("before-2025-04"), "\(answer)")
    }

    @Test(arguments: [
        ("April 2025", "de"), ("04/2025", "de"), ("1.4.2025", "de"), ("Dezember 2025", "de"), ("у квітні 2025", "uk"),
        ("в мае 2025", "ru"), ("June 2025", "en"), ("kwiecień 2025", "pl"), ("Nisan 2025", "tr"), ("أبريل 2025", "ar"),
        ("آوریل ۲۰۲۵", "fa"), ("im Jahr 2026", "de"),
    ])
    func fromAprilIsSince(_ answer: String, _ language: String) {
        #expect(arrival(answer, language: language) == .value("since-2025-04"), "\(answer)")
    }

    @Test(arguments: ["2025", "im Jahr 2025", "у 2025"])
    func aYearAloneIsAskedAgain(_ answer: String) {
        #expect(arrival(answer) != .value("before-2025-04") && arrival(answer) != .value("since-2025-04"), "\(answer)")
    }
}
