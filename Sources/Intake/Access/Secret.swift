import Diagnostics

/// Random codes and session tokens, the hashes they are stored as, and the CSRF token derived from a session.
enum Secret {
    /// A new secret: 32 bytes from the system's cryptographic generator (getrandom), as 43 URL-safe characters.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 { withUnsafeBytes(of: generator.next() as UInt64) { bytes.append(contentsOf: $0) } }
        return base64URL(bytes)
    }

    /// What the database keeps of a secret: its SHA-256, so a copy of the data folder opens no session.
    static func hash(_ secret: String) -> String {
        Digest(of: Array(("rme-recepcion:" + secret).utf8)).hex
    }

    /// The CSRF token of the session whose token is `token`: stable for the session, useless without it.
    static func csrfToken(forSession token: String) -> String {
        Digest(of: Array(("rme-recepcion-csrf:" + token).utf8)).hex
    }

    /// Whether two secrets are equal, in a time that does not depend on where they first differ.
    static func matches(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8), b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    /// Whether `text` could be a secret this service made (so nothing else reaches the database).
    static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 43 && text.utf8.allSatisfy { alphabet.contains($0) }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Base64 with the URL-safe alphabet and no padding.
    private static func base64URL(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value: UInt32 = 0
            for (offset, byte) in chunk.enumerated() { value |= UInt32(byte) << (16 - 8 * offset) }
            let characters = chunk.count + 1
            for position in 0..<characters { out.append(alphabet[Int((value >> (18 - 6 * position)) & 63)]) }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
