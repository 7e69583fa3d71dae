/// A token of the condition language, with its character offset.
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
    let offset: Int
    /// The token as written, for messages.
    let text: String
}

/// Splits a condition into tokens. Identifiers are kebab-case (`counsel-lang`), so a hyphen
/// between letters or digits belongs to the word.
enum ConditionLexer {
    static func tokens(_ source: String) throws(ConditionError) -> [ConditionToken] {
        let characters = Array(source)
        var tokens: [ConditionToken] = []
        var index = 0
        func token(_ kind: ConditionToken.Kind, _ start: Int, _ end: Int) {
            tokens.append(ConditionToken(kind: kind, offset: start, text: String(characters[start..<end])))
        }
        while index < characters.count {
            let start = index
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if isWordCharacter(character) || (character == "-" && index + 1 < characters.count && characters[index + 1].isASCIIDigit) {
                index += 1
                while index < characters.count,
                    isWordCharacter(characters[index])
                        || (characters[index] == "-" && index + 1 < characters.count && isWordCharacter(characters[index + 1]))
                {
                    index += 1
                }
                let word = String(characters[start..<index])
                if let number = Int(word) {
                    token(.number(number), start, index)
                } else if let keyword = ConditionToken.Keyword(rawValue: word) {
                    token(.keyword(keyword), start, index)
                } else if word.allSatisfy({ $0.isASCIIDigit || $0 == "-" }) {
                    throw ConditionError(offset: start, "'\(word)' is not a whole number")
                } else if word.contains(where: { $0.isUppercase }) {
                    throw ConditionError(offset: start, "'\(word)': slot names and values are lower-case; write '\(word.lowercased())'")
                } else {
                    token(.identifier(word), start, index)
                }
            } else {
                let pair = index + 1 < characters.count ? String(characters[index...index + 1]) : String(character)
                if let two = ComparisonOperator(rawValue: pair), pair.count == 2 {
                    index += 2
                    token(.comparison(two), start, index)
                    continue
                }
                index += 1
                switch character {
                case "<": token(.comparison(.less), start, index)
                case ">": token(.comparison(.greater), start, index)
                case "(": token(.leftParen, start, index)
                case ")": token(.rightParen, start, index)
                case "[": token(.leftBracket, start, index)
                case "]": token(.rightBracket, start, index)
                case ",": token(.comma, start, index)
                case "=": throw ConditionError(offset: start, "a single '=' is no operator; compare with '=='")
                case "!": throw ConditionError(offset: start, "'!' alone is no operator; write 'not' or '!='")
                case "&": throw ConditionError(offset: start, "write 'and' instead of '&'")
                case "|": throw ConditionError(offset: start, "write 'or' instead of '|'")
                default: throw ConditionError(offset: start, "unexpected '\(character)'; conditions use slot names, values, numbers and == != < <= > >= in and or not ( ) [ ]")
                }
            }
        }
        tokens.append(ConditionToken(kind: .end, offset: characters.count, text: ""))
        return tokens
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
