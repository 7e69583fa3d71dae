/// One line from the person or counselor: an answer to the open question, or a command.
public enum ClientInput: Sendable, Equatable {
    case answer(String)
    case command(Command)

    /// Reads a line (without its line break). `//text` answers `/text`; `/name args` is a command.
    public init(_ line: String) {
        let trimmed = line.trimmingSpaces()
        if trimmed.hasPrefix("//") {
            self = .answer(String(trimmed.dropFirst()))
        } else if trimmed.hasPrefix("/") {
            self = .command(Command(trimmed))
        } else {
            self = .answer(trimmed)
        }
    }
}
