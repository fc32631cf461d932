import Diagnostics

/// What a lone scalar (`LoneScalar`) is to the text rules, asked of Unicode once per scalar and kept in a table.
///
/// Where every scalar of a text is a lone scalar, its characters are its scalars,
/// so the `Character` properties the rules read (`isWhitespace`, `isLetter`,
/// `isNumber`) can be taken per scalar from this table instead of breaking the text
/// into grapheme clusters and asking Unicode for each.
enum LoneScalarRole: UInt8 {
    /// Separates words (`Character.isWhitespace`).
    case space
    /// A letter or a digit (`Character.isLetter` or `isNumber`).
    case wordCharacter
    /// Anything else: punctuation, symbols, controls.
    case other
    /// Not a lone scalar: the text must be read on `Character`s.
    case unsupported

    /// The role, from the table.
    static func of(_ value: UInt32) -> LoneScalarRole {
        table.role(of: value)
    }

    /// The roles of every lone scalar, built once; a loop over a text's scalars takes it once and reads it,
    /// since every read of a `static let` checks its one-time initialisation.
    static let table = Table(
        latin: LoneScalar.latin.map(asked),
        punctuation: LoneScalar.punctuation.map(asked)
    )

    /// Roles of `LoneScalar.latin`, then of `LoneScalar.punctuation`.
    struct Table: Sendable {
        let latin: [LoneScalarRole]
        let punctuation: [LoneScalarRole]

        /// The role of any scalar: from the arrays, or `unsupported`.
        @inline(__always)
        func role(of value: UInt32) -> LoneScalarRole {
            if value <= LoneScalar.latin.upperBound { return latin[Int(value)] }
            if LoneScalar.punctuation.contains(value) { return punctuation[Int(value - LoneScalar.punctuation.lowerBound)] }
            return .unsupported
        }
    }

    /// The role asked of Unicode, through the same `Character` properties the rules read; what the table holds.
    static func asked(_ value: UInt32) -> LoneScalarRole {
        guard LoneScalar.contains(value), let scalar = Unicode.Scalar(value) else { return .unsupported }
        let character = Character(scalar)
        if character.isWhitespace { return .space }
        return character.isLetter || character.isNumber ? .wordCharacter : .other
    }
}
