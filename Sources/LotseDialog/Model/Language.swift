/// A language the dialog speaks: its code (`de`, `uk` …) and its own name (`Українська`).
public struct Language: Sendable, Equatable, Hashable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
