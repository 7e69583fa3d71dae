import LotseDialog
// The engine's events are written in the wire's words (codes, outcomes, fields, commands):
// whoever reads the engine reads them too.
@_exported import LotseWire

/// One thing a session says in a turn. Each event is exactly one server line of protocol v1
/// (`LotseProtocol` spells it), so transcripts run the same in-process and over TCP.
public enum Event: Sendable, Equatable {
    /// `SAY TEXT`: one line of what the assistant says.
    case say(String)
    /// The question the turn ends by asking, whole: its text, `ASK`, options and hints
    /// (`Dialog.questionEvents(_:in:)` are its lines, spelt ahead or on the spot).
    case question(AskedQuestion)
    /// `ASK SLOT TYPE [min=N] [max=N]`: a question for a slot (one of a question's lines).
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
    /// `ERR CODE TEXT`: the last line was refused (the engine writes 400, 403 and 404).
    case error(ErrorCode, String)
    /// `END OUTCOME`: the dialog reached its end.
    case end(Outcome)
    /// `WAIT`: the turn is over; the session waits for one line.
    case wait
    /// `BYE REASON`: the conversation closes (the engine only when asked to: `quit`).
    case bye(ByeReason)
}
