public import LotseWire

/// What the client knows about the conversation from the server lines so far: the offered
/// languages, the open question and its options, whether the dialog ended or the server
/// waits for a line. Completion and the kiosk read it; it does no I/O.
public struct ChatState: Sendable, Equatable {
    /// The question the server asked last.
    public struct Question: Sendable, Equatable {
        /// The slot it fills.
        public var slot: String
        /// What it asks for.
        public var kind: ServerMessage.QuestionKind
        /// Its options (`OPT` lines), in display order.
        public var options: [ServerMessage.Option] = []

        /// The option an answer names plainly (its number, key or label); the server also
        /// forgives typos, which the client does not try to guess.
        func option(answeredBy answer: String) -> ServerMessage.Option? {
            let typed = answer.trimmingSpaces().lowercased()
            return options.first { "\($0.number)" == typed || $0.key == typed || $0.label.lowercased() == typed }
        }
    }

    /// The languages of the dialog (from `HELLO`), the source language first.
    public private(set) var languages: [String] = []
    /// The session language as far as the client knows: the source language, then each
    /// `/lang CODE` the client sent that the server did not refuse.
    public private(set) var language: String?
    /// The open question, nil when none is open (before the first `ASK`, after `END`).
    public private(set) var question: Question?
    /// The outcome once `END` came.
    public private(set) var outcome: ProtocolValue<Outcome>?
    /// True after `WAIT`, false while the server's turn runs.
    public private(set) var isWaiting = false
    /// The reason once `BYE` came.
    public private(set) var byeReason: ProtocolValue<ByeReason>?
    /// The slot that holds the counselling language, as `HELLO` names it (`lang-slot=`); nil
    /// from a server that does not say.
    public private(set) var languageSlot: String?
    /// The language the person wants counselling in, once they answered the question for
    /// `languageSlot` and the server took it.
    public private(set) var counselLanguage: String?
    private var pendingLanguage: String?
    private var pendingCounselLanguage: String?

    /// The session language for the turn under way: the one just asked for with `/lang`,
    /// else the current one (the server answers `/lang` in the new language).
    public var turnLanguage: String? { pendingLanguage ?? language }

    /// The counselling language for the turn under way (the referral may follow the answer).
    public var turnCounselLanguage: String? { pendingCounselLanguage ?? counselLanguage }

    /// A state before the first line.
    public init() {}

    /// Takes one server line into account.
    public mutating func receive(_ message: ServerMessage) {
        switch message {
        case .hello(let greeting):
            languages = greeting.languages
            language = greeting.languages.first
            languageSlot = greeting.languageSlot
        case .ask(let slot, let kind):
            question = Question(slot: slot, kind: kind)
        case .option(let option):
            question?.options.append(option)
        case .end(let outcome):
            self.outcome = outcome
            question = nil
        case .error:
            pendingLanguage = nil
            pendingCounselLanguage = nil
        case .wait:
            if let pendingLanguage { language = pendingLanguage }
            if let pendingCounselLanguage { counselLanguage = pendingCounselLanguage }
            pendingLanguage = nil
            pendingCounselLanguage = nil
            isWaiting = true
        case .bye(let reason):
            byeReason = reason
            isWaiting = false
        default:
            break
        }
    }

    /// Takes a line the client sent into account (a new turn begins).
    public mutating func send(_ line: String) {
        isWaiting = false
        // Read as the server reads it, so that "/LANG EN" or "/restart " mean the same here.
        switch ClientInput(line) {
        case .command(.lang(let code?)) where languages.contains(code):
            pendingLanguage = code
        case .command(.restart), .command(.back):
            outcome = nil
        case .answer(let answer):
            if let question, question.slot == languageSlot {
                pendingCounselLanguage = question.option(answeredBy: answer)?.key
            }
        default:
            break
        }
    }
}
