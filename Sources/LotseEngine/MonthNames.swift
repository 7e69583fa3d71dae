import LotseDialog

/// The names of the months in the dialog's languages, as a person types them in a date
/// ("im Februar 2025", "у лютому 2025", "w lutym 2025", "Şubat 2025", "فبراير ٢٠٢٥"). A word
/// names a month when it starts with one of its stems (Latin and Cyrillic: every case ending —
/// "вересня", "вересні", "września" — keeps the stem) or equals one of its whole forms
/// (Arabic and Persian, and words a stem would overreach: "may" is not "maybe"). Month names are facts of
/// the languages, not of a dialog: a new language adds its row here. Persian answers are read
/// in the Gregorian months (ژانویه, فوریه, and Dari's جنوری …); a Solar Hijri month is not a
/// month here, so such an answer is asked again.
enum MonthNames {
    /// The stems and whole forms of one month.
    private struct Names {
        let stems: [String]
        let forms: [String]
    }

    /// January to December: de, en, pl, tr, ru, uk, ar, fa (and Dari).
    private static let table: [Names] = [
        Names(stems: ["jan", "stycz", "ocak", "январ", "січ"], forms: ["يناير", "ژانویه", "جنوری"]),
        Names(stems: ["feb", "lut", "subat", "феврал", "лют"], forms: ["فبراير", "شباط", "فوریه", "فبروری"]),
        Names(stems: ["mar", "март", "берез"], forms: ["مارس", "آذار", "مارچ"]),
        Names(stems: ["apr", "kwie", "nisan", "апрел", "квіт"], forms: ["أبريل", "إبريل", "ابريل", "نيسان", "آوریل", "اپریل"]),
        Names(stems: ["mai", "maj", "mayis", "трав"], forms: ["may", "май", "мая", "мае", "مايو", "أيار", "مه"]),
        Names(stems: ["jun", "czerw", "hazir", "июн", "черв"], forms: ["يونيو", "حزيران", "ژوئن", "جون"]),
        Names(stems: ["jul", "lip", "temmuz", "июл", "лип"], forms: ["يوليو", "تموز", "ژوئیه", "جولای"]),
        Names(stems: ["aug", "sierp", "agust", "август", "серп"], forms: ["أغسطس", "آب", "اوت", "اگوست", "اگست"]),
        Names(stems: ["sep", "wrze", "eylul", "сентя", "верес"], forms: ["سبتمبر", "أيلول", "سپتامبر", "سپتمبر"]),
        Names(stems: ["okt", "oct", "pazdz", "ekim", "октя", "жовт"], forms: ["أكتوبر", "اکتبر", "اکتوبر"]),
        Names(stems: ["nov", "listop", "kasim", "ноя", "листоп"], forms: ["نوفمبر", "نوامبر", "نومبر"]),
        Names(stems: ["dez", "dec", "grud", "aralik", "декаб", "груд"], forms: ["ديسمبر", "دسامبر", "دسمبر"]),
    ].map { names in
        Names(stems: names.stems.map(Normalization.fold), forms: names.forms.map(Normalization.fold))
    }

    /// The month (1…12) a folded word names, nil when it names none or several.
    static func month(of word: String) -> Int? {
        let found = table.indices.filter { index in
            table[index].forms.contains(word) || table[index].stems.contains { word.hasPrefix($0) }
        }
        return found.count == 1 ? found[0] + 1 : nil
    }
}
