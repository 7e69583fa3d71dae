import LotseSlip
import LotseWire
import Testing

@testable import LotseChat

/// Arabic and Persian lines start with a right-to-left mark (after any colour escape), so that
/// a terminal does not turn a line that starts with a Latin word, a number or a bracket left to
/// right; the mark takes no column.
@Suite struct RendererDirectionTests {
    private let messages: [ServerMessage] = [
        .say("Jobcenter يساعدك في المال اللازم للعيش والسكن والبحث عن عمل، وهو مسؤول عنك إذا كان عمرك أكثر من 15 سنة."),
        .option(.init(number: 1, key: "jmd", label: "(JMD) خدمة هجرة الشباب للشباب من 12 إلى 26 سنة في سيغن")),
        .error(code: .known(.notUnderstood), text: "1 أو 2 أو 3 من فضلك، أو اكتب ما تقصده بكلماتك."),
        .note("112 هو رقم الطوارئ: مجاني، في كل وقت، من كل هاتف."),
        .refer(rank: 1, partner: "jobcenter", name: "Jobcenter Kreis Olpe"),
        .why(partner: "jobcenter", text: "Jobcenter يساعدك في المال اللازم للعيش والسكن والبحث عن عمل."),
        .info(partner: "jobcenter", field: .known(.languages), value: "de, ar"),
        .info(partner: "jobcenter", field: .known(.phone), value: "02761 9470-0"),
        .end(.known(.referred)),
    ]

    private func lines(_ language: String, width: Int = 40) -> [String] {
        var renderer = Renderer(width: width, language: language, style: Style(colored: true))
        renderer.slipHints = false
        return messages.flatMap { renderer.render($0) } + renderer.flush()
    }

    /// `line` after the colour escapes at its start.
    private func text(_ line: String) -> Substring {
        var rest = Substring(line)
        while rest.hasPrefix("\u{1B}["), let end = rest.firstIndex(where: { $0.isLetter }) {
            rest = rest[rest.index(after: end)...]
        }
        return rest
    }

    @Test func everyArabicAndPersianLineStartsWithTheMarkAfterItsColour() {
        for language in ["ar", "fa"] {
            let shown = lines(language).filter { !$0.isEmpty }
            #expect(shown.count > 10)
            #expect(shown.allSatisfy { text($0).hasPrefix("\u{200F}") && !text($0).dropFirst().hasPrefix("\u{200F}") }, "\(shown)")
        }
    }

    @Test func germanLinesHaveNoMark() {
        #expect(!lines("de").contains { $0.contains("\u{200F}") })
    }

    @Test func theMarkTakesNoColumnSoTheWrappingStays() {
        #expect(DisplayWidth.of("\u{200F}") == 0)
        let arabic = lines("ar")
        #expect(arabic.allSatisfy { DisplayWidth.of($0) <= 40 })
        let unmarked = arabic.map { $0.filter { $0 != "\u{200F}" } }
        let german = lines("de")
        #expect(unmarked.prefix(8) == german.prefix(8), "the same words break at the same places")
    }
}
