import Foundation

/// What identifies the `rme` that made a cache entry: another build of `rme` may check or render differently,
/// so its entries are never trusted.
enum EngineVersion {
    /// Raised when the layout of cache entries changes.
    static let format = "rme-cache 2"

    /// The format and the running executable's size and modification time (a rebuilt `rme` is a new version).
    static let identity: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(format) \(executable) \(size) \(modified)"
    }()
}
