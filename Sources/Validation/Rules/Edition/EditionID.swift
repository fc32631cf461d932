import Foundation

/// What an edition's id (its folder's name) may be: it becomes a folder of the output and part of every URL.
public enum EditionID {
    /// Unaccented letters, digits, `-` and `_`, starting with a letter or digit, at most 64 characters.
    public static func isValid(_ id: String) -> Bool {
        let alphanumeric = { (scalar: Unicode.Scalar) in scalar.isASCII && CharacterSet.alphanumerics.contains(scalar) }
        guard let first = id.unicodeScalars.first, alphanumeric(first) else { return false }
        return id.count <= 64 && id.unicodeScalars.allSatisfy { alphanumeric($0) || $0 == "-" || $0 == "_" }
    }
}
