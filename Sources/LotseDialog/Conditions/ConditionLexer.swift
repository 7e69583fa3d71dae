/// A token of the condition language, with where it starts.
struct ConditionToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case number(Int)
        case keyword(Keyword)
        case comparison(ComparisonOperator)
        case leftParen, rightParen, leftBracket, rightBracket, comma
        case end
    }

    enum Keyword: String {
        case and, or, not, `in`
    }

    let kind: Kind
    /// 0-based offset in Characters into the condition.
    let offset: Int
    /// The token as written, for messages; empty at the end.
    let text: String
}

/// Reads a condition's tokens one at a time, so the parser meets problems in the order of the text.
///
/// Identifiers are kebab-case, `[a-z0-9]+(-[a-z0-9]+)*`: a hyphen between two word characters
/// belongs to the word (`counsel-lang`, `a-b`). A hyphen before a digit starts a negative number.
struct ConditionLexer {
    private let characters: [Character]
    private var index = 0

    init(_ source: String) {
        characters = Array(source)
    }

    /// The next token, `.end` once the text is used up.
    mutating func next() throws(ConditionError) -> ConditionToken {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        let start = index
        guard index < characters.count else { return ConditionToken(kind: .end, offset: start, text: "") }
        let character = characters[index]
        if Self.isWordCharacter(character) || character == "-" && Self.isASCIIDigit(peek(1)) {
            return try word(from: start)
        }
        return try symbol(from: start)
    }

    private func peek(_ distance: Int) -> Character? {
        index + distance < characters.count ? characters[index + distance] : nil
    }

    private mutating func word(from start: Int) throws(ConditionError) -> ConditionToken {
        index += 1
        while let character = peek(0),
            Self.isWordCharacter(character) || character == "-" && peek(1).map(Self.isWordCharacter) == true
        {
            index += 1
        }
        let word = String(characters[start..<index])
        return ConditionToken(kind: try Self.classify(word, at: start), offset: start, text: word)
    }

    private static func classify(_ word: String, at offset: Int) throws(ConditionError) -> ConditionToken.Kind {
        if let keyword = ConditionToken.Keyword(rawValue: word) { return .keyword(keyword) }
        let digits = word.first == "-" ? word.dropFirst() : word[...]
        if !digits.isEmpty, digits.allSatisfy(isASCIIDigit) {
            guard let number = Int(word) else {
                throw ConditionError(offset: offset, "'\(word)' is too large a number")
            }
            return .number(number)
        }
        if isIdentifier(word) { return .identifier(word) }
        let respelt = word.lowercased().replacing("_", with: "-")
        if isIdentifier(respelt) {
            throw ConditionError(offset: offset, "'\(word)': names are lower-case with '-' between words; write '\(respelt)'")
        }
        if word.first == "-" {
            throw ConditionError(offset: offset, "'\(word)' is not a whole number; write numbers like 18 or -1")
        }
        if word.allSatisfy(\.isNumber) {
            throw ConditionError(offset: offset, "'\(word)': write numbers with the digits 0-9")
        }
        throw ConditionError(offset: offset, "'\(word)': names use only the letters a-z, the digits 0-9 and '-' between them")
    }

    private mutating func symbol(from start: Int) throws(ConditionError) -> ConditionToken {
        let character = characters[index]
        if let second = peek(1), let op = ComparisonOperator(rawValue: String([character, second])) {
            index += 2
            return ConditionToken(kind: .comparison(op), offset: start, text: op.rawValue)
        }
        let kind: ConditionToken.Kind
        switch character {
        case "<": kind = .comparison(.less)
        case ">": kind = .comparison(.greater)
        case "(": kind = .leftParen
        case ")": kind = .rightParen
        case "[": kind = .leftBracket
        case "]": kind = .rightBracket
        case ",": kind = .comma
        case "=": throw ConditionError(offset: start, "a single '=' is no operator; compare with '=='")
        case "!": throw ConditionError(offset: start, "'!' alone is no operator; write 'not' or '!='")
        case "&": throw ConditionError(offset: start, "write 'and' instead of '&'")
        case "|": throw ConditionError(offset: start, "write 'or' instead of '|'")
        case "-": throw ConditionError(offset: start, "a '-' goes between two parts of a name (counsel-lang) or before a number (-1)")
        case "\"", "'": throw ConditionError(offset: start, "write values without quotes, as in 'goal == job'")
        default:
            throw ConditionError(
                offset: start,
                "unexpected '\(character)'; conditions use slot names, values, whole numbers, == != < <= > >=, in [...], and, or, not and ( )"
            )
        }
        index += 1
        return ConditionToken(kind: kind, offset: start, text: String(character))
    }

    /// Whether `word` is `[a-z0-9]+(-[a-z0-9]+)*`.
    private static func isIdentifier(_ word: String) -> Bool {
        word.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isWholeNumber) }
        }
    }

    /// A character that may make up a word; wider than identifiers, so `Age` or `größe` get one message.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    private static func isASCIIDigit(_ character: Character?) -> Bool {
        character.map { $0.isASCII && $0.isWholeNumber } ?? false
    }
}
