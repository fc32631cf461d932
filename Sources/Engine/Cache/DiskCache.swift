import Diagnostics
import Foundation

/// The build cache's folder (`.rme-cache/`): one file per entry, each ending in a checksum of its bytes, and
/// a `VERSION` file naming the `rme` that wrote them.
///
/// Nothing here is trusted: a missing, truncated or corrupt entry, or one written by another `rme`, is a miss,
/// and the result is computed again. Writes go through a temporary name and a rename, so a killed build
/// leaves whole entries or none. Failures to write are ignored: the cache only saves time.
struct DiskCache: Sendable {
    /// The kinds of entries, each in a subfolder of its name.
    enum Kind: String, CaseIterable, Sendable {
        case check
        case chapter
    }

    let folder: String

    /// Opens (creating when missing) the folder; its entries are removed when another `rme` wrote them.
    init(folder: String) {
        self.folder = folder
        let versionFile = folder + "/VERSION"
        let written = FileManager.default.contents(atPath: versionFile).flatMap { String(data: $0, encoding: .utf8) }
        if written != EngineVersion.identity {
            for kind in Kind.allCases { try? FileManager.default.removeItem(atPath: folder + "/" + kind.rawValue) }
            try? FileManager.default.removeItem(atPath: folder + "/" + Self.recordName)
        }
        for kind in Kind.allCases {
            try? FileManager.default.createDirectory(atPath: folder + "/" + kind.rawValue, withIntermediateDirectories: true)
        }
        if written != EngineVersion.identity {
            Self.replace(versionFile, with: Data(EngineVersion.identity.utf8))
            Self.replace(folder + "/.gitignore", with: Data("*\n".utf8))
        }
    }

    /// The name of the record of the last build's output.
    static let recordName = "output.json"

    /// An entry's bytes when it is whole (its checksum matches); `nil` otherwise.
    func read(_ kind: Kind, _ key: Digest) -> Data? {
        Self.verified(FileManager.default.contents(atPath: path(kind, key)))
    }

    /// Writes an entry with its checksum.
    func write(_ kind: Kind, _ key: Digest, _ data: Data) {
        Self.replace(path(kind, key), with: Self.sealed(data))
    }

    /// The record of the last build's output, when it is whole.
    func readRecord() -> OutputRecord? {
        Self.verified(FileManager.default.contents(atPath: folder + "/" + Self.recordName))
            .flatMap { try? JSONDecoder().decode(OutputRecord.self, from: $0) }
    }

    /// Replaces the record of the last build's output.
    func writeRecord(_ record: OutputRecord) {
        guard let data = try? JSONEncoder().encode(record) else { return }
        Self.replace(folder + "/" + Self.recordName, with: Self.sealed(data))
    }

    /// Removes every entry whose key is not in `keeping`.
    func sweep(keeping: Set<Digest>) {
        for kind in Kind.allCases {
            let subfolder = folder + "/" + kind.rawValue
            for name in (try? FileManager.default.contentsOfDirectory(atPath: subfolder)) ?? []
            where !keeping.contains(Digest(hex: name)) {
                try? FileManager.default.removeItem(atPath: subfolder + "/" + name)
            }
        }
    }

    private func path(_ kind: Kind, _ key: Digest) -> String { folder + "/" + kind.rawValue + "/" + key.hex }

    /// The bytes followed by their SHA-256.
    private static func sealed(_ data: Data) -> Data {
        var sealed = data
        sealed.append(contentsOf: Array(Digest(of: data).hex.utf8))
        return sealed
    }

    /// The bytes without their checksum, when it matches.
    private static func verified(_ sealed: Data?) -> Data? {
        guard let sealed, sealed.count >= 64 else { return nil }
        let payload = sealed.prefix(sealed.count - 64)
        guard Digest(of: payload).hex.utf8.elementsEqual(sealed.suffix(64)) else { return nil }
        return Data(payload)
    }

    /// Writes a file whole under a temporary name, then renames it into place.
    private static func replace(_ path: String, with data: Data) {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... .max))"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        do { try FileSystemCalls.move(temporary, path) } catch { try? FileManager.default.removeItem(atPath: temporary) }
    }
}
