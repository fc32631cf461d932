/// `TextKey.of` without Foundation, for text written only with scalars below U+0250 (ASCII to Latin Extended-B).
///
/// `TextKey.of` runs for values, headings and words of every file; Foundation's
/// folding costs microseconds a call (a locale, a bridged copy, a search to
/// replace `’`), which made it the largest cost of `rme check`. Below U+0250
/// there are no combining marks, so each scalar is a character of its own (CR LF
/// aside, both spaces) and folds on its own: to its lowercase form, accents
/// removed. The table below says where that differs from the plain lowercase
/// form; `TextKeyFoldingTests` holds it equal to Foundation's folding for every
/// scalar, every pair of scalars and the real content. Text with any other scalar
/// (`’`, `“`, combining accents) returns `nil` and goes through Foundation.
enum LatinFolding {
    /// The first scalar the table does not cover.
    static let end: UInt32 = 0x250

    /// Letters that fold to something other than their lowercase form: each accented letter to its base letter,
    /// and the case foldings that differ from lowercasing (`ß` is `ss`, the micro sign is Greek mu).
    private static let exceptions: [(folded: String, letters: String)] = [
        ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧ"),
        ("c", "ÇçĆćĈĉĊċČč"),
        ("d", "Ďď"),
        ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩ"),
        ("g", "ĜĝĞğĠġĢģǦǧǴǵ"),
        ("h", "ĤĥȞȟ"),
        ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİǏǐȈȉȊȋ"),
        ("j", "Ĵĵǰ"),
        ("k", "ĶķǨǩ"),
        ("l", "ĹĺĻļĽľ"),
        ("n", "ÑñŃńŅņŇňǸǹ"),
        ("o", "ÒÓÔÕÖòóôõöŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱ"),
        ("r", "ŔŕŖŗŘřȐȑȒȓ"),
        ("s", "ŚśŜŝŞşŠšſȘș"),
        ("t", "ŢţŤťȚț"),
        ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗ"),
        ("w", "Ŵŵ"),
        ("y", "ÝýÿŶŷŸȲȳ"),
        ("z", "ŹźŻżŽž"),
        ("æ", "ǢǣǼǽ"),
        ("ø", "Ǿǿ"),
        ("ʒ", "Ǯǯ"),
        ("ss", "ß"),
        ("\u{3BC}", "\u{B5}"),
        ("\u{2BC}n", "ŉ"),
    ]

    /// What each scalar below `end` becomes, by scalar value.
    private struct Entry {
        /// The folded form's UTF-8 bytes.
        let folded: [UInt8]
        /// Whether the scalar is a space as `Character.isWhitespace` sees it (it separates words).
        let isWhitespace: Bool
    }

    /// The folding of every scalar below `end`, built once.
    private static let table: [Entry] = {
        var folded: [UInt32: String] = [:]
        for (form, letters) in exceptions {
            for letter in letters.unicodeScalars { folded[letter.value] = form }
        }
        return (0..<end).map { value in
            let scalar = Unicode.Scalar(value)!
            let form = folded[value] ?? String(scalar.properties.lowercaseMapping)
            return Entry(folded: Array(form.utf8), isWhitespace: Character(scalar).isWhitespace)
        }
    }()

    /// The text's `TextKey` form when every scalar is below `end`; `nil` otherwise.
    static func key(of text: String) -> String? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(key(utf8:)) ?? nil
    }

    /// Folds, collapses spaces as `split` and `joined(separator: " ")` do, and drops final colons and periods.
    private static func key(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Taken once: every read of a `static let` checks its one-time initialisation.
        let table = Self.table
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var spacePending = false
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
                index += 1
            } else if lead & 0xE0 == 0xC0, index + 1 < bytes.count {
                // Two bytes encode U+0080 to U+07FF; anything longer is past the table.
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else {
                return nil
            }
            guard value < end else { return nil }
            let entry = table[Int(value)]
            if entry.isWhitespace {
                spacePending = !key.isEmpty
                continue
            }
            if spacePending {
                key.append(0x20)
                spacePending = false
            }
            if value < 0x80 {
                // ASCII folds to its lowercase letter; skipping the table's array keeps the common case cheap.
                key.append(value >= 0x41 && value <= 0x5A ? UInt8(value) + 0x20 : UInt8(value))
            } else {
                key.append(contentsOf: entry.folded)
            }
        }
        while let last = key.last, last == UInt8(ascii: ":") || last == UInt8(ascii: ".") { key.removeLast() }
        return String(decoding: key, as: UTF8.self)
    }
}
