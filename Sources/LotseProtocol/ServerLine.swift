public import LotseDialog
public import LotseEngine
public import LotseWire

/// Spells engine events as the server lines of protocol v1.
///
/// Payloads are cleaned of control characters, and text with line breaks becomes several
/// lines with the same tag, so every line is well-formed. A question (`Event.question`) is
/// copied as `SpeltQuestions` spelt it. `write` puts a turn's lines straight into a sink (the
/// daemon's output buffer); `lines(for:)` returns them as strings.
public enum ServerLine {
    /// The protocol's name and version, as `HELLO` announces it.
    public static let protocolVersion = "lotse/1"

    /// The lines for a turn's events, in order, without their LF; a question's come from
    /// `questions` (spelt ahead, or on the spot).
    public static func lines(for events: [Event], questions: SpeltQuestions) -> [String] {
        var list = LineList()
        write(events, questions: questions, to: &list)
        return list.lines
    }

    /// Writes the lines of a turn's events, in order, each ended by `sink.endLine()`; a
    /// question's are copied from `questions`.
    public static func write(_ events: [Event], questions: SpeltQuestions, to sink: inout some ServerLineSink) {
        for event in events {
            if case .question(let question) = event {
                sink.append(spelt: questions.lines(of: question))
            } else {
                write(line: event, to: &sink)
            }
        }
    }

    /// The lines for a turn as the daemon sends it, in order.
    public static func lines(for turn: ServerTurn) -> [String] {
        var list = LineList()
        write(turn, to: &list)
        return list.lines
    }

    /// Writes the lines of a turn as the daemon sends it, in order.
    public static func write(_ turn: ServerTurn, to sink: inout some ServerLineSink) {
        switch turn {
        case .session(let events, let questions): write(events, questions: questions, to: &sink)
        case .server(let events):
            for event in events {
                switch event {
                case .error(let code, let text): error(code, text, to: &sink)
                case .note(let text): tagged("NOTE", text, to: &sink)
                case .wait: write(line: .wait, to: &sink)
                case .bye(let reason): bye(reason, to: &sink)
                }
            }
        }
    }

    /// Writes the lines of one event that is not a question (a question's own lines are
    /// such events; `write(_:questions:to:)` spells a question).
    static func write(line event: Event, to sink: inout some ServerLineSink) {
        switch event {
        case .question:
            // Spelt from `SpeltQuestions` by `write(_:questions:to:)`; never one line.
            break
        case .say(let text):
            tagged("SAY", text, to: &sink)
        case .ask(let slot, let kind):
            sink.append("ASK ")
            sink.append(slot)
            if case .number(let min, let max) = kind {
                sink.append(" number min=")
                sink.append(String(min))
                sink.append(" max=")
                sink.append(String(max))
            } else {
                sink.append(" ")
                sink.append(kind.name)
            }
            sink.endLine()
        case .option(let number, let key, let label):
            sink.append("OPT ")
            sink.append(String(number))
            sink.append(" ")
            sink.append(key)
            singleLine(label, to: &sink)
        case .refer(let rank, let partner, let name):
            sink.append("REFER ")
            sink.append(String(rank))
            sink.append(" ")
            sink.append(partner)
            singleLine(name, to: &sink)
        case .why(let partner, let text):
            tagged(Tag("WHY", partner), text, to: &sink)
        case .info(let partner, let field, let value):
            tagged(Tag("INFO", partner, field.rawValue), value, to: &sink)
        case .note(let text):
            tagged("NOTE", text, to: &sink)
        case .trace(let text):
            tagged("TRACE", text, to: &sink)
        case .error(let code, let text):
            error(code, text, to: &sink)
        case .end(let outcome):
            sink.append("END ")
            sink.append(outcome.rawValue)
            sink.endLine()
        case .wait:
            sink.append("WAIT")
            sink.endLine()
        case .bye(let reason):
            bye(reason, to: &sink)
        }
    }

    /// `ERR CODE TEXT`, the text on one line.
    private static func error(_ code: ErrorCode, _ text: String, to sink: inout some ServerLineSink) {
        sink.append("ERR ")
        sink.append(String(code.rawValue))
        singleLine(text, to: &sink)
    }

    /// `BYE REASON`.
    private static func bye(_ reason: ByeReason, to sink: inout some ServerLineSink) {
        sink.append("BYE ")
        sink.append(reason.rawValue)
        sink.endLine()
    }

    /// The first line of every connection:
    /// `HELLO lotse/1 session=ID dialog=NAME@VERSION langs=de,en,… lang-slot=SLOT`, where SLOT
    /// holds the counselling language (a field older clients ignore).
    public static func hello(session: String, dialog: Dialog) -> String {
        let languages = dialog.languages.map(\.code).joined(separator: ",")
        return
            "HELLO \(protocolVersion) session=\(session) dialog=\(dialog.name)@\(dialog.version) langs=\(languages) lang-slot=\(dialog.languageSlot)"
    }

    /// ` text` to end the line: line breaks in it become spaces, control characters go.
    private static func singleLine(_ text: String, to sink: inout some ServerLineSink) {
        sink.append(" ")
        sink.append(isClean(text) ? text : clean(String(text.map { $0.isNewline ? " " : $0 })))
        sink.endLine()
    }

    /// `TAG payload` for each line of `text`; a text with no visible content still gives one line.
    private static func tagged(_ tag: Tag, _ text: String, to sink: inout some ServerLineSink) {
        if isClean(text) {
            payloadLine(tag, text[...], to: &sink)
            return
        }
        // A text written as a YAML block: clean lines between line feeds.
        var lines = 0
        var allClean = true
        forEachBlockLine(of: text) { part in
            lines += 1
            allClean = allClean && isClean(part)
        }
        if lines > 0, allClean {
            forEachBlockLine(of: text) { part in payloadLine(tag, part, to: &sink) }
            return
        }
        let kept = text.split(whereSeparator: \.isNewline).map { clean(String($0)) }.filter { !$0.isEmpty }
        if kept.isEmpty { payloadLine(tag, "", to: &sink) }
        for part in kept { payloadLine(tag, part[...], to: &sink) }
    }

    /// Calls `body` with each non-empty line of `text` between line feeds, in order, without
    /// copying them.
    private static func forEachBlockLine(of text: String, _ body: (Substring) -> Void) {
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            if end > rest.startIndex { body(rest[..<end]) }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
        }
    }

    /// `TAG payload`, or `TAG` alone for an empty payload.
    private static func payloadLine(_ tag: Tag, _ payload: Substring, to sink: inout some ServerLineSink) {
        sink.append(tag.name)
        if let partner = tag.partner {
            sink.append(" ")
            sink.append(partner)
        }
        if let field = tag.field {
            sink.append(" ")
            sink.append(field)
        }
        if !payload.isEmpty {
            sink.append(" ")
            sink.append(payload)
        }
        sink.endLine()
    }
}

/// What starts a tagged line: its tag, and for `WHY` and `INFO` the partner and the field —
/// written piece by piece, never joined into a new string.
private struct Tag: ExpressibleByStringLiteral {
    let name: String
    let partner: String?
    let field: String?

    init(_ name: String, _ partner: String? = nil, _ field: String? = nil) {
        self.name = name
        self.partner = partner
        self.field = field
    }

    init(stringLiteral name: String) {
        self.init(name)
    }
}
