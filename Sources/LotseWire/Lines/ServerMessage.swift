/// One server line of protocol v1 as a client reads it — the other direction of `ServerLine`.
///
/// Unknown tags are kept as `.other`, unknown codes, outcomes, reasons and fields as
/// `ProtocolValue.unknown`, and fields after the known ones are ignored, so a newer server
/// cannot break an older client.
public enum ServerMessage: Sendable, Equatable {
    /// `HELLO lotse/1 session=ID dialog=NAME@VERSION langs=… [lang-slot=SLOT]`.
    case hello(Greeting)
    /// `SAY TEXT`.
    case say(String)
    /// `ASK SLOT TYPE [min=N] [max=N]`.
    case ask(slot: String, kind: QuestionKind)
    /// `OPT N KEY LABEL`.
    case option(Option)
    /// `REFER N PARTNER-ID NAME`.
    case refer(rank: Int, partner: String, name: String)
    /// `WHY PARTNER-ID TEXT`.
    case why(partner: String, text: String)
    /// `INFO PARTNER-ID FIELD VALUE`.
    case info(partner: String, field: ProtocolValue<InfoField>, value: String)
    /// `NOTE TEXT`.
    case note(String)
    /// `TRACE TEXT`.
    case trace(String)
    /// `ERR CODE TEXT`.
    case error(code: ProtocolValue<ErrorCode>, text: String)
    /// `END OUTCOME`.
    case end(ProtocolValue<Outcome>)
    /// `WAIT`.
    case wait
    /// `BYE REASON`.
    case bye(ProtocolValue<ByeReason>)
    /// A line this client does not know.
    case other(String)

    /// What an `ASK` line asks for.
    public enum QuestionKind: Sendable, Equatable {
        /// A number, within the bounds the line gives.
        case number(min: Int?, max: Int?)
        case choice
        case yesno
        case text
        /// Several yes/no questions at once ("1 3", or 0 for none).
        case multi
        /// A kind a newer server added.
        case other(String)

        /// Reads `TYPE [min=N] [max=N]`; bounds in any order, other fields ignored.
        init(_ words: ArraySlice<String>) {
            switch words.first {
            case "number":
                let bound = { (name: String) in words.first { $0.hasPrefix("\(name)=") }.flatMap { Int($0.dropFirst(name.count + 1)) } }
                self = .number(min: bound("min"), max: bound("max"))
            case "choice": self = .choice
            case "yesno": self = .yesno
            case "text": self = .text
            case "multi": self = .multi
            default: self = .other(words.first ?? "")
            }
        }
    }

    /// Whether this line ends the server's turn: `WAIT` (the server waits for a line) or `BYE`.
    public var endsTurn: Bool {
        switch self {
        case .wait, .bye: true
        default: false
        }
    }

    /// `endsTurn` without parsing the line: for readers that only frame turns.
    public static func endsTurn(_ line: String) -> Bool {
        line == "WAIT" || line == "BYE" || line.hasPrefix("BYE ")
    }

    /// The parts of a `HELLO` line the client uses.
    public struct Greeting: Sendable, Equatable {
        /// The protocol version, e.g. `lotse/1`.
        public var version: String
        /// The language codes the dialog offers, the source language first.
        public var languages: [String]
        /// The slot that holds the counselling language (`lang-slot=`); nil from a server
        /// that does not name it.
        public var languageSlot: String?

        public init(version: String, languages: [String], languageSlot: String? = nil) {
            self.version = version
            self.languages = languages
            self.languageSlot = languageSlot
        }
    }

    /// An option of the open question.
    public struct Option: Sendable, Equatable {
        /// The 1-based number the person may type.
        public var number: Int
        /// The value key the server also accepts.
        public var key: String
        /// The label in the session language.
        public var label: String

        /// An option with its number, key and label.
        public init(number: Int, key: String, label: String) {
            self.number = number
            self.key = key
            self.label = label
        }
    }

    /// Parses one line (without its line break).
    public init(line: String) {
        let tag = line.prefix { $0 != " " }
        let payload = String(line.dropFirst(tag.count + 1))
        switch tag {
        case "HELLO": self = .hello(Self.greeting(payload))
        case "SAY": self = .say(payload)
        case "ASK":
            let words = payload.split(separator: " ").map(String.init)
            self = words.count >= 2 ? .ask(slot: words[0], kind: QuestionKind(words[1...])) : .other(line)
        case "OPT":
            self =
                Self.words(payload, 3).flatMap { words in
                    Int(words[0]).map { .option(Option(number: $0, key: words[1], label: words[2])) }
                } ?? .other(line)
        case "REFER":
            self =
                Self.words(payload, 3).flatMap { words in
                    Int(words[0]).map { .refer(rank: $0, partner: words[1], name: words[2]) }
                } ?? .other(line)
        case "WHY": self = Self.words(payload, 2).map { .why(partner: $0[0], text: $0[1]) } ?? .other(line)
        case "INFO":
            self = Self.words(payload, 3).map { .info(partner: $0[0], field: ProtocolValue(raw: $0[1]), value: $0[2]) } ?? .other(line)
        case "NOTE": self = .note(payload)
        case "TRACE": self = .trace(payload)
        case "ERR":
            self =
                Self.words(payload, 2).flatMap { words in Int(words[0]).map { .error(code: ProtocolValue(raw: $0), text: words[1]) } }
                ?? .other(line)
        case "END": self = .end(ProtocolValue(raw: Self.firstWord(payload)))
        case "WAIT": self = .wait
        case "BYE": self = .bye(ProtocolValue(raw: Self.firstWord(payload)))
        default: self = .other(line)
        }
    }

    /// The first `count - 1` space-separated words and the rest; the rest may be empty.
    private static func words(_ payload: String, _ count: Int) -> [String]? {
        let parts = payload.split(separator: " ", maxSplits: count - 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count == count { return parts }
        if parts.count == count - 1 { return parts + [""] }
        return nil
    }

    /// The first word of a payload: fields a newer server adds after it are ignored.
    private static func firstWord(_ payload: String) -> String {
        String(payload.prefix { $0 != " " })
    }

    private static func greeting(_ payload: String) -> Greeting {
        var greeting = Greeting(version: String(payload.prefix { $0 != " " }), languages: [])
        for field in payload.split(separator: " ") {
            if field.hasPrefix("langs=") {
                greeting.languages = field.dropFirst("langs=".count).split(separator: ",").map(String.init)
            } else if field.hasPrefix("lang-slot=") {
                greeting.languageSlot = String(field.dropFirst("lang-slot=".count))
            }
        }
        return greeting
    }
}
