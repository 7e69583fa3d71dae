import LotseDialog
import Testing

@testable import LotseEngine

/// Answers to choice, yes/no and number questions, as people type them.
@Suite struct AnswerMatchingTests {
    /// Before the region question (asked third): crisis no, age 19.
    static let beforeRegion = ["nein", "19"]
    static let regionRefusal = "Bitte wähle eine Zahl von 1 bis 3."

    /// The session and its turn after answering the region question with `answer`.
    private func region(_ answer: String, language: String? = nil) -> (session: Session, events: [Event]) {
        var session = Session.mini(after: Self.beforeRegion, language: language)
        let events = session.turn(answer)
        return (session, events)
    }

    /// Expects `answer` to the region question to be understood as `key`, and the dialog to go on.
    private func expectRegion(
        _ answer: String, _ key: String, language: String? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (session, events) = region(answer, language: language)
        #expect(events.errors.isEmpty, "\(answer): \(events)", sourceLocation: sourceLocation)
        #expect(session.slots["region"] == .key(key), "\(answer)", sourceLocation: sourceLocation)
        #expect(events.asked == "goal", "\(answer)", sourceLocation: sourceLocation)
    }

    /// Expects `answer` to the region question to be refused with `message`, the session unchanged.
    private func expectRegionRefused(
        _ answer: String, _ message: String = regionRefusal, language: String? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (session, events) = region(answer, language: language)
        #expect(events == [.error(.notUnderstood, message), .wait], "\(answer)", sourceLocation: sourceLocation)
        #expect(session.slots["region"] == nil, sourceLocation: sourceLocation)
        #expect(session.openQuestion == "ask-region", sourceLocation: sourceLocation)
        #expect(session.path == Session.mini(after: Self.beforeRegion).path, sourceLocation: sourceLocation)
    }

    // MARK: - Choice questions

    @Test(arguments: [("1", "nord"), ("2", "sued"), ("3", "other"), (" 2 ", "sued"), ("+1", "nord")])
    func optionNumbers(_ answer: String, _ key: String) {
        expectRegion(answer, key)
    }

    @Test(arguments: ["0", "4", "-1", "99", "1.5"])
    func optionNumbersOutOfRangeAreRefused(_ answer: String) {
        expectRegionRefused(answer)
    }

    @Test(arguments: [("nord", "nord"), ("sued", "sued"), ("other", "other"), ("SUED", "sued")])
    func optionKeys(_ answer: String, _ key: String) {
        expectRegion(answer, key)
    }

    @Test(arguments: [("Norden", "nord"), ("Süden", "sued"), ("Woanders", "other")])
    func germanLabels(_ answer: String, _ key: String) {
        expectRegion(answer, key)
    }

    @Test(arguments: [("SÜDEN", "sued"), ("suden", "sued"), ("süden", "sued"), ("NORDEN", "nord"), ("  woanders! ", "other")])
    func labelsInAnyCaseWithOrWithoutAccents(_ answer: String, _ key: String) {
        expectRegion(answer, key)
    }

    @Test func englishLabelsAfterSwitchingToEnglish() {
        var session = Session.mini(after: Self.beforeRegion)
        let switched = session.turn("/lang en")
        #expect(switched.optionLabels == ["North", "South", "Elsewhere"])
        #expect(session.turn("North").asked == "goal")
        #expect(session.slots["region"] == .key("nord"))
    }

    @Test(arguments: [("Süden", "sued"), ("Woanders", "other"), ("münchen", "sued")])
    func germanIsStillUnderstoodInAnEnglishSession(_ answer: String, _ key: String) {
        expectRegion(answer, key, language: "en")
    }

    @Test func otherLanguagesAreUnderstoodInAGermanSession() {
        expectRegion("Elsewhere", "other")
        expectRegion("northtown", "nord")
    }

    @Test(arguments: [("kiel", "nord"), ("Nordstadt", "nord"), ("München", "sued"), ("SÜDSTADT", "sued")])
    func synonyms(_ answer: String, _ key: String) {
        expectRegion(answer, key)
    }

    @Test(arguments: [("Nordn", "nord"), ("nodren", "nord"), ("sueden", "sued"), ("Woandres", "other"), ("Elsewere", "other")])
    func oneTypoIsForgivenInLabelsOfFourOrMoreLetters(_ answer: String, _ key: String) {
        expectRegion(answer, key)
    }

    @Test(arguments: ["Nrdn", "Sdeen", "blumenkohl", "", "   "])
    func twoTyposOrNonsenseAreRefused(_ answer: String) {
        expectRegionRefused(answer)
    }

    @Test(arguments: [
        ("ich wohne in kiel", "nord"), ("Ich wohne im Süden.", "sued"), ("I live in the north", "nord"),
        ("ganz woanders", "other"), ("in der nordstadt", "nord"), ("ich wohne im sueden", "sued"),
    ])
    func labelsInsidePhrases(_ answer: String, _ key: String) {
        expectRegion(answer, key)
    }

    @Test func ambiguousAnswersNameTheCandidates() {
        expectRegionRefused("norden oder süden", "Meinst du: 1 Norden, 2 Süden?")
        expectRegionRefused("kiel oder münchen", "Meinst du: 1 Norden, 2 Süden?")
        expectRegionRefused("north or south", "Do you mean: 1 North, 2 South?", language: "en")
    }

    @Test func thePhraseCoveringMostWordsWins() {
        // "another language" is two words of option 4, "english" one word of option 2.
        var session = Session.mini(after: walkToReferral.dropLast())
        _ = session.turn("another language english")
        #expect(session.slots["counsel-lang"] == .key("other"))
    }

    @Test func slashSlashAnswersWithASlash() {
        expectRegionRefused("//help")
        expectRegionRefused("//1")
    }

    // MARK: - Yes/no questions

    @Test(arguments: [
        ("1", "yes"), ("2", "no"), ("ja", "yes"), ("Nein", "no"), ("jo", "yes"), ("jep", "yes"), ("nö", "no"), ("NÖ!", "no"),
        ("no", "no"), ("yeah", "yes"), ("nien", "no"), ("ja, bitte", "yes"), ("nein danke", "no"),
    ])
    func yesNoAnswers(_ answer: String, _ key: String) {
        var session = Session.mini(after: ["nein", "19", "1", "1"])
        let events = session.turn(answer)
        #expect(events.errors.isEmpty, "\(events)")
        #expect(session.slots["money"] == .key(key))
    }

    @Test(arguments: [("jx", nil), ("jaa", nil), ("noe", nil), ("Yse", "en"), ("Yess", "en")] as [(String, String?)])
    func noTypoIsForgivenInLabelsShorterThanFourLetters(_ answer: String, _ language: String?) {
        // "ja" and "nö" have two letters, "Yes" has three: only the exact words count.
        var session = Session.mini(language: language)
        #expect(session.turn(answer).errorCodes == [.notUnderstood], "\(answer)")
        #expect(session.openQuestion == "ask-crisis")
    }

    @Test func bothYesAndNoIsAmbiguous() {
        var session = Session.mini()
        #expect(session.turn("ja nein").errors == ["Meinst du: 1 Ja, 2 Nein?"])
    }

    // MARK: - Number questions

    @Test(arguments: [
        ("19", 19), ("ich bin 19", 19), ("I'm 19 years old", 19), ("мне 19", 19), ("19.", 19), ("٢٠", 20),
        ("عمري ١٩", 19), ("5", 5), ("99", 99), ("099", 99),
    ])
    func numberAnswers(_ answer: String, _ age: Int) {
        var session = Session.mini(after: ["nein"])
        let events = session.turn(answer)
        #expect(events.errors.isEmpty, "\(events)")
        #expect(session.slots["age"] == .number(age))
        #expect(events.asked == "region")
    }

    @Test(arguments: ["120", "4", "0", "neunzehn", "19 oder 20", "", "1 9"])
    func refusedNumbersNameMinAndMax(_ answer: String) {
        var session = Session.mini(after: ["nein"])
        #expect(session.turn(answer) == [.error(.notUnderstood, "Bitte gib eine Zahl von 5 bis 99 ein."), .wait])
        #expect(session.slots["age"] == nil)
        #expect(session.openQuestion == "ask-age")
    }

    @Test func refusalsAreInTheSessionLanguage() {
        var session = Session.mini(after: ["nein"], language: "en")
        #expect(session.turn("120").errors == ["Please enter a number from 5 to 99."])
        _ = session.turn("19")
        #expect(session.turn("blumenkohl").errors == ["Please choose a number from 1 to 3."])
    }

    @Test func aNumberTooLargeForAnIntIsRefused() {
        // 18446744073709551635 is 2^64 + 19: wrapping arithmetic would read it as 19.
        var session = Session.mini(after: ["nein"])
        let events = session.turn("18446744073709551635")
        #expect(events.errors == ["Bitte gib eine Zahl von 5 bis 99 ein."])
        #expect(session.slots["age"] == nil)
    }
}
