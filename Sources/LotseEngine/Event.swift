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

/// The codes of `ERR` lines.
public enum ErrorCode: Int, Sendable, Equatable {
    /// The line was not understood.
    case notUnderstood = 400
    /// A counselor command without counselor mode.
    case counselorOnly = 403
    /// An unknown `/command`.
    case unknownCommand = 404
    /// The line was longer than the server allows.
    case lineTooLong = 413
    /// Too many sessions, or too many lines too fast.
    case tooMany = 429
    /// The server is shutting down.
    case shuttingDown = 503
}

/// How a dialog ended (`END OUTCOME`).
public enum Outcome: String, Sendable, Equatable {
    case referred
    case noReferral = "no-referral"
    case emergency
}

/// Why the conversation closes (`BYE REASON`).
public enum ByeReason: String, Sendable, Equatable {
    case quit
    case idle
    case shutdown
    case limit
}
