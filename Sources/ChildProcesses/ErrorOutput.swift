import Foundation

/// A child's standard error: an unlinked temporary file, so a child that writes without end fills no pipe and
/// no memory, and a grandchild holding it open delays nothing; only its end is read back.
struct ErrorOutput: ~Copyable {
    /// The open file the child writes to.
    let descriptor: Int32

    /// How much of the end is read back: the end of a traceback, bounded whatever the child wrote.
    static let tailLimit = 4 << 10

    /// A new, already unlinked file in the temporary folder (nothing is left behind, even if `rme` is killed).
    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rme-stderr-\(UUID().uuidString)").path
        let opened = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard opened >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        unlink(path)
        descriptor = opened
    }

    deinit { close(descriptor) }

    /// The end of what was written, its control characters made visible, trimmed.
    func tail() -> String {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return "" }
        let count = Int(min(Int64(Self.tailLimit), Int64(status.st_size)))
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(status.st_size) - off_t(count)) }
        guard read > 0 else { return "" }
        var text = String(decoding: bytes.prefix(read), as: UTF8.self)
        // Cut in the middle of the file: start at the next whole line when there is one.
        if Int64(count) < status.st_size, let newline = text.firstIndex(of: "\n") { text = String(text[text.index(after: newline)...]) }
        return VisibleControls.text(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Text from a child process made safe to print: control and invisible formatting characters shown by name.
public enum VisibleControls {
    /// ESC as `^[`, BEL as `^G`, DEL as `^?`, C1 controls, bidi and other format characters as `<U+202E>`;
    /// line breaks and tabs kept, carriage returns dropped (a progress bar's redraws).
    public static func text(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: result.unicodeScalars.append(scalar)
            case 0x0D: continue
            case 0 ..< 0x20: result += "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F: result += "^?"
            case 0x20 ..< 0x7F, 0xA0 ... 0xFF where scalar.value != 0xAD: result.unicodeScalars.append(scalar)
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
                    result += "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
                default: result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
