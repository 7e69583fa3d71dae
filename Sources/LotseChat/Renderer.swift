public import LotseSlip
public import LotseWire

/// Turns server lines into text for people: `SAY` wrapped to the terminal width, options as a
/// numbered list, `ERR` and `NOTE` in their own style, the referral slip as a block, `TRACE`
/// dimmed. Protocol noise (`HELLO`, `ASK`, `WAIT`, `END`, `BYE`) shows nothing.
///
/// The renderer does no I/O: it returns lines, so it is tested without a terminal.
public struct Renderer: Sendable {
    /// The terminal width in columns.
    public var width: Int
    /// The person's language, for the slip's field names.
    public var language: String
    /// The language to highlight among a partner's languages: the one the person wants
    /// counselling in, else (nil) `language`.
    public var highlight: String?
    /// Colours or none.
    public let style: Style
    /// Whether `/print` is offered after a slip (a kiosk with a printer).
    public var canPrint = false
    /// Whether a slip is followed by the hints for `/qr` (and `/print`) at once; the kiosk
    /// shows them itself at the end of the turn (`slipHintLines()`), or its end menu instead.
    public var slipHints = true
    /// How many slips were laid out so far (the kiosk asks whether a turn showed one).
    public private(set) var slipsShown = 0
    private var slip = Slip()
    /// The last complete slip, for `/qr` — with the places `/more` added to it.
    public private(set) var lastSlip = Slip()

    /// A renderer for a terminal `width` columns wide.
    public init(width: Int, language: String = "de", style: Style) {
        self.width = width
        self.language = language
        self.style = style
    }

    /// The lines to show for `message`; a slip is held back until its last line came.
    public mutating func render(_ message: ServerMessage) -> [String] {
        if slip.add(message) { return [] }
        var lines = flush()
        switch message {
        case .say(let text):
            lines += directed(WordWrap.lines(text, width: width).map { style.apply(.say, $0) })
        case .option(let option):
            let number = "\(option.number)) "
            let prefix = option.number < 10 ? "   " + number : "  " + number
            let wrapped = WordWrap.lines(
                option.label, width: width, firstPrefix: prefix,
                hanging: String(repeating: " ", count: prefix.count))
            lines += directed([style.apply(.number, prefix) + String(wrapped[0].dropFirst(prefix.count))] + wrapped.dropFirst())
        case .error(_, let text):
            lines += directed(WordWrap.lines(text, width: width, firstPrefix: "! ", hanging: "  ").map { style.apply(.error, $0) })
        case .note(let text):
            lines += directed(WordWrap.lines(text, width: width, firstPrefix: "» ", hanging: "  ").map { style.apply(.hint, $0) })
        case .trace(let text):
            lines += WordWrap.lines(text, width: width, firstPrefix: "· ", hanging: "  ").map { style.apply(.trace, $0) }
        case .hello, .ask, .end, .wait, .bye, .other, .refer, .why, .info:
            break
        }
        return lines
    }

    /// The slip collected so far, laid out (and forgotten); empty when there is none.
    public mutating func flush() -> [String] {
        guard !slip.isEmpty else { return [] }
        defer { slip = Slip() }
        // The places `/more` shows belong to the slip before them (for /qr and /print).
        lastSlip = lastSlip.continued(by: slip) ?? slip
        slipsShown += 1
        return slip.lines(width: width, language: language, highlight: highlight ?? language, style: style)
            + (slipHints ? slipHintLines() : []) + [""]
    }

    /// How to take the slip along: `/qr`, and `/print` where a printer is set.
    public func slipHintLines() -> [String] {
        let texts = ClientTexts.forLanguage(language)
        return status(texts.qrHint) + (canPrint ? status(texts.printHint) : [])
    }

    /// The last slip as plain text for paper, as wide as the screen; empty when there was none.
    public func slipText() -> String {
        guard !lastSlip.isEmpty else { return "" }
        let lines =
            ["Lotse"]
            + lastSlip.lines(
                width: min(width, 72), language: language, highlight: highlight ?? language,
                style: Style(colored: false))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The last slip as a QR code for a screen of `lines` lines, light modules drawn as blocks
    /// on a dark background (colours set where there are colours); a sentence when it is too
    /// long, nothing when there was no slip yet.
    public func qrCode(lines: Int) -> [String] {
        guard !lastSlip.isEmpty else { return [] }
        guard let (code, _) = SlipCode.code(for: lastSlip, language: language, columns: width, lines: lines - 1) else {
            return status(ClientTexts.forLanguage(language).qrTooLong)
        }
        return code.halfBlockLines().map { style.apply(.qr, $0) }
    }

    /// `lines` of the session language, marked right to left where it runs so (`TextDirection`).
    private func directed(_ lines: [String]) -> [String] {
        lines.map { TextDirection.marked(terminalLine: $0, language: language) }
    }

    /// A line of the client itself (connection state, kiosk hints), styled as such.
    public func status(_ text: String) -> [String] {
        WordWrap.lines(text, width: width).map { style.apply(.status, $0) }
    }
}
