/// Scalars that always make a character of their own: no neighbour joins them into one grapheme cluster.
///
/// Counting `Character`s means finding grapheme boundaries, which asks the
/// Unicode tables at every scalar. Where every scalar of a text lies in these
/// ranges, the characters are the scalars (CR LF aside: one character, two
/// scalars), and code that counts in characters can count scalars instead.
/// The ranges hold ASCII to Latin Extended-B, where there are no combining marks,
/// and General Punctuation (`’`, `“`, `–`, `…`, the typographic spaces) less the
/// zero-width non-joiner and joiner, which glue their neighbours. Tests check that
/// no scalar of the ranges joins any other.
public enum LoneScalar {
    // Computed, not stored: a stored `static let` is checked for its one-time
    // initialisation at every read, which in the per-scalar loops cost more than the test.

    /// ASCII to Latin Extended-B.
    @inlinable public static var latin: ClosedRange<UInt32> { 0x0000...0x024F }
    /// General Punctuation.
    @inlinable public static var punctuation: ClosedRange<UInt32> { 0x2000...0x206F }
    /// The zero-width non-joiner and joiner, left out of `punctuation`.
    @inlinable public static var joiners: ClosedRange<UInt32> { 0x200C...0x200D }

    /// Whether the scalar is one of them.
    @inlinable
    public static func contains(_ value: UInt32) -> Bool {
        latin.contains(value) || (punctuation.contains(value) && !joiners.contains(value))
    }

    /// The value of the scalar starting at `index` of valid UTF-8 (a `String`'s), and its length in bytes.
    @inlinable
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        /// The payload of the continuation byte `offset` bytes after the lead.
        func tail(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        switch lead {
        case ..<0x80: return (lead, 1)
        case ..<0xE0: return ((lead & 0x1F) << 6 | tail(1), 2)
        case ..<0xF0: return ((lead & 0x0F) << 12 | tail(1) << 6 | tail(2), 3)
        default: return ((lead & 0x07) << 18 | tail(1) << 12 | tail(2) << 6 | tail(3), 4)
        }
    }
}
