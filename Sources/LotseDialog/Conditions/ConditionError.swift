/// A problem in a condition: where it starts and how to fix it.
public struct ConditionError: Error, Sendable, Equatable {
    /// 0-based offset in Characters from the start of the condition's text to the offending token.
    public let offset: Int
    /// What is wrong and what to write instead, e.g. `unknown slot 'agee'; did you mean 'age'?`.
    public let message: String

    public init(offset: Int, _ message: String) {
        self.offset = offset
        self.message = message
    }
}
