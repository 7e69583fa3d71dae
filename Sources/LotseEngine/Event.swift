import LotseDialog

/// One thing a session says in a turn. Each event is exactly one server line of protocol v1
/// (`LotseProtocol` spells it), so transcripts run the same in-process and over TCP.
public enum Event: Sendable, Equatable {
    /// `SAY TEXT`: one line of what the assistant says.
    case say(String)
    /// `ASK SLOT TYPE [min=N] [max=N]`: a question for a slot.
    case ask(slot: String, kind: Slot.Kind)
    /// `OPT N KEY LABEL`: option N (1-based) of the question just asked.
    case option(number: Int, key: String, label: String)
    /// `REFER N PARTNER-ID NAME`: referral N, 1 the most relevant.
    case refer(rank: Int, partner: String, name: String)
    /// `WHY PARTNER-ID TEXT`: a reason for a referral.
    case why(partner: String, text: String)
    /// `INFO PARTNER-ID FIELD VALUE`: a fact about a referred partner.
    case info(partner: String, field: InfoField, value: String)
    /// `NOTE TEXT`: a hint that is not part of the dialog.
    case note(String)
    /// `TRACE TEXT`: counselor mode only, a condition or rule and its value.
    case trace(String)
    /// `ERR CODE TEXT`: the last line was refused.
    case error(ErrorCode, String)
    /// `END OUTCOME`: the dialog reached its end.
    case end(Outcome)
    /// `WAIT`: the turn is over; the session waits for one line.
    case wait
    /// `BYE REASON`: the conversation closes.
    case bye(ByeReason)
}

/// The facts `INFO` lines carry about a partner.
public enum InfoField: String, Sendable, Equatable, CaseIterable {
    case languages
    case languagesOnRequest = "languages-on-request"
    case address
    case phone
    case web
    case hours
    case note
}

extension Event {
    /// The codes of the `ERR` lines the engine writes; the server adds its own (limits,
    /// shutdown): `LotseProtocol.ErrorCode` has every code of the protocol.
    public enum ErrorCode: Int, Sendable, Equatable, CaseIterable {
        /// The line was not understood.
        case notUnderstood = 400
        /// A counselor command without counselor mode.
        case counselorOnly = 403
        /// An unknown `/command`.
        case unknownCommand = 404
    }

    /// Why the engine closes the conversation (`BYE REASON`): only when asked to. The server
    /// closes for its own reasons too: `LotseProtocol.ByeReason` has every reason.
    public enum ByeReason: String, Sendable, Equatable, CaseIterable {
        case quit
    }
}

/// How a dialog ended (`END OUTCOME`).
public enum Outcome: String, Sendable, Equatable, CaseIterable {
    case referred
    case noReferral = "no-referral"
    case emergency
}
