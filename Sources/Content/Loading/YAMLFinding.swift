import Diagnostics

/// Something in the front matter's YAML that stops or taints its reading. Facts only.
public enum YAMLFinding: Hashable, Sendable {
    /// `&name`: anchors are refused (with aliases they make "billion laughs" bombs).
    case anchor(SourceLocation)
    /// `*name`: aliases are refused.
    case alias(SourceLocation)
    /// `!tag` or `!!type`: explicit types are refused; the schema decides types.
    case tag(SourceLocation)
    /// `%YAML` or `%TAG` directive.
    case directive(SourceLocation)
    /// A tab where YAML allows only spaces.
    case tab(SourceLocation)
    /// A non-breaking space (pasted from Word) where YAML needs a plain space.
    case nonBreakingSpace(SourceLocation)
    /// Nesting deeper than any front matter needs.
    case tooDeep(SourceLocation)
    /// The same key twice in one mapping: where each stands.
    case duplicateKey(String, first: SourceLocation, second: SourceLocation)
    /// The YAML reader's own complaint, with its position.
    case syntax(problem: String, SourceLocation)
    /// The block is not a key–value mapping (e.g. one long string).
    case notAMapping(SourceLocation)
    /// A control character, line or paragraph separator or noncharacter written into the text (`ControlCharacters`).
    case controlCharacter(UInt32, SourceLocation)
    /// The same, made by an escape in a double-quoted value (`"\e"`, `"\x07"`, `"\0"`).
    case escapedControlCharacter(UInt32, SourceLocation)

    /// Whether the YAML can still be composed after this finding.
    var blocksComposition: Bool {
        switch self {
        // The YAML reader counts NEXT LINE and the separators as line breaks and refuses the rest without a
        // position: composing would only give a second, misplaced, report.
        case .anchor, .alias, .tag, .directive, .tab, .tooDeep, .nonBreakingSpace, .controlCharacter: true
        case .duplicateKey, .syntax, .notAMapping, .escapedControlCharacter: false
        }
    }
}
