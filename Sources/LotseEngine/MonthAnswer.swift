import LotseDialog

/// Reads the month and year an answer names: a month's name and a four-digit year ("im
/// Februar 2025", "лютий 2025", "15. März 2025"), or numbers joined by `/`, `.` or `-`
/// ("02/2025", "2/25", "2.2025", "15.02.2025", "2025-02"), in any script's digits. A year
/// alone names no month ("2025" is nil).
enum MonthAnswer {
    static func parse(_ answer: String) -> YearMonth? {
        let groups = numberGroups(answer)
        let named = Normalization.words(answer).compactMap(MonthNames.month)
        if !named.isEmpty {
            let years = Set(groups.joined().filter { $0.count == 4 }.compactMap { Int($0) })
            guard Set(named).count == 1, years.count == 1 else { return nil }
            return YearMonth(year: years.first!, month: named[0])
        }
        let dates = groups.filter { $0.count >= 2 }
        guard dates.count == 1 else { return nil }
        return numeric(dates[0])
    }

    /// `[month, year]`, `[day, month, year]` or `[year, month(, day)]`.
    private static func numeric(_ parts: [String]) -> YearMonth? {
        guard parts.count <= 3 else { return nil }
        if parts[0].count == 4 {
            guard let year = Int(parts[0]), parts[1].count <= 2, let month = Int(parts[1]) else { return nil }
            return YearMonth(year: year, month: month)
        }
        let tail = parts.suffix(2)
        guard let month = Int(tail.first!), tail.first!.count <= 2, let year = year(tail.last!) else { return nil }
        if parts.count == 3, parts[0].count > 2 || !(1...31).contains(Int(parts[0]) ?? 0) { return nil }
        return YearMonth(year: year, month: month)
    }

    /// A year of four digits, or of two (`25` is 2025).
    private static func year(_ digits: String) -> Int? {
        guard let number = Int(digits) else { return nil }
        switch digits.count {
        case 4: return number
        case 2: return 2000 + number
        default: return nil
        }
    }

    /// The runs of digits joined by `/`, `.` or `-` (digits of any script, as ASCII):
    /// "im 02/2025" → [["02", "2025"]].
    private static func numberGroups(_ answer: String) -> [[String]] {
        var groups: [[String]] = []
        var group: [String] = []
        var number = ""
        func closeNumber() {
            if !number.isEmpty { group.append(number) }
            number = ""
        }
        for character in answer {
            if character.isNumber, let digit = character.wholeNumberValue, digit < 10 {
                number.append(String(digit))
            } else if "/.-".contains(character), !number.isEmpty {
                closeNumber()
            } else {
                closeNumber()
                if !group.isEmpty { groups.append(group) }
                group = []
            }
        }
        closeNumber()
        if !group.isEmpty { groups.append(group) }
        return groups
    }
}
