public import Foundation

/// Reads the counselor token from a file (`--counselor-token-file`) or the environment
/// (`LOTSE_COUNSELOR_TOKEN`) — never from the command line, where `ps` would show it.
public enum CounselorToken {
    /// The environment variable that may hold the token.
    public static let environmentVariable = "LOTSE_COUNSELOR_TOKEN"

    /// The token from `file` if given, else from the environment, else nil (counselor mode
    /// off). Surrounding white space and line breaks are dropped.
    public static func load(
        file: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CounselorTokenError) -> String? {
        if let file {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw .unreadable(file)
            }
            return try nonEmpty(text, source: file)
        }
        guard let text = environment[environmentVariable] else { return nil }
        return try nonEmpty(text, source: environmentVariable)
    }

    /// The fewest characters a token may have: a short one is guessed within the server's
    /// allowance of wrong tokens far too soon.
    public static let minimumLength = 16

    private static func nonEmpty(_ text: String, source: String) throws(CounselorTokenError) -> String {
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw .empty(source) }
        guard token.count >= minimumLength else { throw .tooShort(source, length: token.count) }
        return token
    }
}

/// The counselor token could not be had.
public enum CounselorTokenError: Error, Equatable, CustomStringConvertible {
    /// The token file is missing, unreadable or not UTF-8 text.
    case unreadable(String)
    /// The file or variable holds no token.
    case empty(String)
    /// The token is shorter than `CounselorToken.minimumLength`.
    case tooShort(String, length: Int)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read the counselor token file \(path)"
        case .empty(let source): "\(source) holds no counselor token"
        case .tooShort(let source, let length):
            "the counselor token in \(source) has \(length) characters; use at least \(CounselorToken.minimumLength) "
                + "(for example: head -c 24 /dev/urandom | base64)"
        }
    }
}
