import LotseWire
import Testing

@testable import LotseSlip

/// Every line of an Arabic or Persian code starts with a right-to-left mark, so that a phone
/// does not turn a line that starts with a Latin name or a number left to right.
@Suite struct SlipCodeDirectionTests {
    private var slip: Slip {
        var slip = Slip()
        for message in [
            ServerMessage.refer(rank: 1, partner: "jobcenter", name: "Jobcenter Kreis Olpe"),
            .why(partner: "jobcenter", text: "Jobcenter يساعدك في المال اللازم للعيش والسكن والبحث عن عمل."),
            .info(partner: "jobcenter", field: .known(.phone), value: "02761 9470-0"),
            .info(partner: "jobcenter", field: .known(.address), value: "Kölner Straße 6, 57462 Olpe"),
        ] { _ = slip.add(message) }
        return slip
    }

    @Test func everyLineOfAnArabicOrPersianCodeStartsWithTheMark() throws {
        for language in ["ar", "fa"] {
            for size in [177, 45] {
                let (_, text) = try #require(SlipCode.code(for: slip, language: language, maximumSize: size))
                #expect(text.contains("Olpe"))
                let lines = text.split(separator: "\n")
                #expect(lines.allSatisfy { $0.hasPrefix("\u{200F}") && !$0.dropFirst().hasPrefix("\u{200F}") }, "\(text)")
            }
        }
    }

    @Test func aGermanCodeHasNoMark() throws {
        let (_, text) = try #require(SlipCode.code(for: slip, language: "de", maximumSize: 177))
        #expect(!text.contains("\u{200F}"))
    }
}
