import Testing

@testable import LotseEngine

/// Answers to choice, yes/no and number questions, as people type them.
@Suite struct AnswerMatchingTests {
    /// The session after answering the region question (asked third) with `answer`.
    private func region(_ answer: String, language: String? = nil) -> (Session, [Event]) {
        var session = Session.mini(after: ["nein", "19"], language: language)
        let events = session.step(answer)
        return (session, events)
    }

    @Test(arguments: [
        ("1", "nord"), ("2", "sued"), ("sued", "sued"), ("Norden", "nord"), ("SÜDEN", "sued"), ("suden", "sued"),
        ("kiel", "nord"), ("München", "sued"), ("Nordn", "nord"), ("ich wohne in kiel", "nord"), ("  woanders ", "other"),
    ])
    func choiceAnswers(_ answer: String, _ key: String) {
        let (session, events) = region(answer)
        #expect(events.errors.isEmpty, "\(events)")
        #expect(session.slots["region"] == .key(key))
    }

    @Test func labelsOfTheSessionLanguageAndOfOthers() {
        #expect(region("North", language: "en").0.slots["region"] == .key("nord"))
        #expect(region("northtown", language: "en").0.slots["region"] == .key("nord"))
        #expect(region("Süden", language: "en").0.slots["region"] == .key("sued"))
        #expect(region("South").0.slots["region"] == .key("sued"))
    }

    @Test func noTypoForgivenInShortLabels() {
        var session = Session.mini(after: ["nein", "19", "1", "1", "nein"])
        // "ru" is one letter from "en"'s key but keys are never typo-matched, and labels under four letters are exact.
        #expect(session.step("ry").errors.count == 1)
        var yesno = Session.mini()
        #expect(yesno.step("jx").errors.count == 1)
        #expect(yesno.step("jo").errors.isEmpty)
    }

    @Test func outOfRangeOptionAndNonsenseAreRefused() {
        let (session, events) = region("4")
        #expect(events.errors == ["Bitte wähle eine Zahl von 1 bis 3."])
        #expect(session.slots["region"] == nil)
        #expect(region("blumenkohl").1.errors == ["Bitte wähle eine Zahl von 1 bis 3."])
    }

    @Test func ambiguousAnswersNameTheCandidates() {
        let (session, events) = region("kiel oder münchen")
        #expect(events.errors == ["Meinst du: 1 Norden, 2 Süden?"])
        #expect(session.slots["region"] == nil)
        #expect(events.last == .wait)
    }

    @Test(arguments: [("19", 19), ("ich bin 19", 19), ("I'm 19 years old", 19), ("мне 19", 19), ("٢٠", 20), ("5", 5), ("99", 99)])
    func numberAnswers(_ answer: String, _ age: Int) {
        var session = Session.mini(after: ["nein"])
        #expect(session.step(answer).errors.isEmpty)
        #expect(session.slots["age"] == .number(age))
    }

    @Test(arguments: ["120", "4", "neunzehn", "19 oder 20", ""])
    func refusedNumbers(_ answer: String) {
        var session = Session.mini(after: ["nein"])
        #expect(session.step(answer).errors == ["Bitte gib eine Zahl von 5 bis 99 ein."])
        #expect(session.slots["age"] == nil)
    }

    @Test func slashSlashAnswersWithASlash() {
        var session = Session.mini(after: ["nein", "19"])
        let events = session.step("//help")
        #expect(events.errors == ["Bitte wähle eine Zahl von 1 bis 3."])
    }
}
