/// A problem in a condition: where it starts (a character offset into the condition's text)
/// and what to do about it.
public struct ConditionError: Error, Sendable, Equatable {
    /// 0-based offset in Characters from the start of the condition's text.
    public let offset: Int
    public let message: String

    public init(offset: Int, _ message: String) {
        self.offset = offset
        self.message = message
    }
}
