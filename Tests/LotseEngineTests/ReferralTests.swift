import Testing

@testable import LotseEngine

/// Ranking, regions, crisis first, reasons, facts and language notes.
@Suite struct ReferralTests {
    @Test func rankedByPriorityWithEveryReason() {
        var session = Session.mini(after: ["nein", "19", "1", "1"])
        _ = session.step("ja")
        let events = session.step("1")
        #expect(events.referred == ["jobs-nord", "youth-nord"])
        #expect(events.reasons(for: "jobs-nord") == ["Die Agentur findet Ausbildungsplätze.", "Frag dort nach: Dort gibt es vielleicht Geld."])
        #expect(events.contains(.refer(rank: 1, partner: "jobs-nord", name: "Agentur Nord")))
        #expect(events.said.first == "Diese Stellen helfen dir.")
        #expect(events.contains(.end(.referred)))
        #expect(events.last == .wait)
    }

    @Test func regionPicksItsPartnersAndFallsBackToNationwide() {
        let south = Session.mini(after: ["nein", "19", "2", "1", "nein", "1"])
        #expect(south.referral?.entries.map(\.partner.id) == ["jobs-everywhere", "youth-sued"])
        let elsewhere = Session.mini(after: ["nein", "19", "3", "1", "nein", "1"])
        #expect(elsewhere.referral?.entries.map(\.partner.id) == ["jobs-everywhere"])
    }

    @Test func crisisComesFirst() {
        var session = Session.mini()
        let events = session.step("ja")
        #expect(events.referred == ["crisis-line"])
        #expect(events.info("crisis-line", .phone) == ["0800 000"])
        #expect(events.contains(.end(.emergency)))
        #expect(session.outcome == .emergency)
    }

    @Test func emergencyRanksAboveHigherPriority() {
        var session = Session.mini(after: ["nein", "19", "1", "1"])
        session.isCounselor = true
        _ = session.step("/set crisis yes")
        let events = session.step("/goto referral")
        #expect(events.referred.first == "crisis-line")
    }

    @Test func onlyKnownFactsAndLanguageNotes() {
        var session = Session.mini(after: ["nein", "19", "1", "1", "nein"])
        let events = session.step("Russisch")
        #expect(events.info("youth-nord", .languages) == ["de,en"])
        #expect(events.info("youth-nord", .languagesOnRequest) == ["ru"])
        #expect(events.info("youth-nord", .note) == ["Russisch nur auf Anfrage."])
        #expect(events.info("youth-nord", .address).isEmpty)
        #expect(events.info("jobs-nord", .note) == ["Kein Russisch."])
    }

    @Test func summaryAddsTheGermanReasonsInAnotherLanguage() {
        var session = Session.mini(after: walkToReferral, language: "en")
        let events = session.step("/summary")
        #expect(events.said == ["Your summary"])
        #expect(events.reasons(for: "youth-nord") == ["Youth counselling is for young people.",
                                                       "(de) Die Jugendberatung ist für junge Menschen."])
    }

    @Test func whyAfterTheEndNamesTheRules() {
        var session = Session.mini(after: walkToReferral)
        let events = session.step("/why")
        #expect(events.said == ["Darum diese Stellen:"])
        #expect(events.reasons(for: "youth-nord") == ["Die Jugendberatung ist für junge Menschen."])
    }

    @Test func whyAtAQuestionNamesItsReasonAndThePartnersItDecides() {
        // Before the region is known, only nationwide partners can be named.
        var session = Session.mini(after: ["nein"])
        #expect(session.step("/why").said == ["Manche Stellen sind nur für junge Menschen.",
                                              "Davon hängt ab, ob diese Stellen passen: Agentur überall"])
        session = Session.mini(after: ["nein", "19", "1"])
        #expect(session.step("/why").said == ["Für jedes Ziel gibt es andere Stellen.",
                                              "Davon hängt ab, ob diese Stellen passen: Agentur Nord"])
    }
}
