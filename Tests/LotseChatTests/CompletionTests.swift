import LotseWire
import Testing

@testable import LotseChat

/// What Tab offers.
@Suite struct CompletionTests {
    private let completion = Completion(
        commands: CommandName.words, languages: ["de", "en", "ru"],
        options: [
            .init(number: 1, key: "nord", label: "Norden"), .init(number: 2, key: "sued", label: "Süden"),
            .init(number: 3, key: "other", label: "Woanders"),
        ])

    @Test func commands() {
        #expect(completion.candidates(for: "/he") == ["/help"])
        #expect(completion.candidates(for: "/s") == ["/skip", "/summary"])
        #expect(completion.candidates(for: "/lang r") == ["/lang ru"])
    }

    @Test func optionLabelsAndKeys() {
        #expect(completion.candidates(for: "No") == ["Norden"])
        #expect(completion.candidates(for: "sü") == ["Süden"])
        #expect(completion.candidates(for: "oth") == ["other"])
        #expect(completion.candidates(for: "") == ["Norden", "Süden", "Woanders"])
        #expect(completion.candidates(for: "x").isEmpty)
    }

    @Test func aMultiQuestionCompletesTheOptionAfterTheLastComma() {
        let needs = Completion(
            commands: [],
            options: [
                .init(number: 3, key: "pregnancy", label: "Ich bin schwanger"),
                .init(number: 4, key: "debts", label: "Ich habe Schulden"),
            ], isMulti: true)
        #expect(needs.candidates(for: "Ich bin schwanger, Ich h") == ["Ich bin schwanger, Ich habe Schulden"])
        #expect(needs.candidates(for: "3, deb") == ["3, debts"])
        #expect(needs.candidates(for: "schul") == ["Ich habe Schulden"])
        // A choice question has one answer: a comma is part of it.
        let choice = Completion(commands: [], options: needs.options)
        #expect(choice.candidates(for: "3, deb").isEmpty)
    }

    @Test func aWordInsideALabel() {
        let regions = Completion(commands: [], options: [.init(number: 1, key: "siegen-wittgenstein", label: "Kreis Siegen-Wittgenstein")])
        #expect(regions.candidates(for: "wittg") == ["Kreis Siegen-Wittgenstein"])
    }

    @Test func theCommonStartNeverDeletesWhatWasTyped() {
        #expect(ReadlineCallbacks.commonStart(["/skip", "/summary"], typed: "/s") == "/s")
        #expect(ReadlineCallbacks.commonStart(["Kreis Siegen", "Kreis Olpe"], typed: "kr") == "Kreis ")
        #expect(ReadlineCallbacks.commonStart(["Kreis Siegen", "Landkreis Siegen"], typed: "sie") == "sie")
    }
}
