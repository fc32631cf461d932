/// The names of the temporary folders a build makes beside its output, and how to recognise them later.
///
/// `Output.tmp-<pid>-<token>` holds a build being written (or, just after a swap, the
/// previous output being removed); `Output.old-<pid>-<token>` holds the previous output
/// during the two-rename swap used where an atomic exchange is not available.
struct StagingName: Hashable, Sendable {
    /// What the folder holds: a build being written, or a previous output set aside.
    enum Role: String, Sendable {
        case building = "tmp"
        case previous = "old"
    }

    let outputName: String
    let role: Role
    let processID: Int32
    let token: String

    /// The folder's name in the output's parent.
    var folderName: String { "\(outputName).\(role.rawValue)-\(processID)-\(token)" }

    /// A new name for this process, with a random token so two builds of one process never meet.
    static func fresh(outputName: String, role: Role, processID: Int32) -> StagingName {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        let token = String((0..<tokenLength).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
        return StagingName(outputName: outputName, role: role, processID: processID, token: token)
    }

    /// Reads a folder name back; `nil` for anything that is not exactly one of ours for this output.
    init?(parsing name: String, outputName: String) {
        let prefix = outputName + "."
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3,
              let role = Role(rawValue: String(parts[0])),
              parts[1].count <= 10, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
              let processID = Int32(parts[1]),
              parts[2].count == Self.tokenLength,
              parts[2].allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") })
        else { return nil }
        self.init(outputName: outputName, role: role, processID: processID, token: String(parts[2]))
    }

    /// A name from its parts.
    private init(outputName: String, role: Role, processID: Int32, token: String) {
        self.outputName = outputName
        self.role = role
        self.processID = processID
        self.token = token
    }

    private static let tokenLength = 8
}
