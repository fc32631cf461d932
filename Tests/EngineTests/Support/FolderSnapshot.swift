import Foundation

/// Every file under a folder with its exact bytes (and every link, with its target), to compare two states of an output.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    /// Relative path → contents; folders appear as "path/" with no bytes, links as "path@" with their target.
    let entries: [String: Data]

    /// Reads every entry under `folder`.
    init(_ folder: String) {
        var entries: [String: Data] = [:]
        let root = URL(fileURLWithPath: folder)
        let fileManager = FileManager.default
        /// Adds the entries of one folder, recursing into subfolders.
        func walk(_ url: URL, _ relative: String) {
            let names = ((try? fileManager.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
            for name in names {
                let child = url.appendingPathComponent(name)
                let path = relative.isEmpty ? name : relative + "/" + name
                let attributes = try? fileManager.attributesOfItem(atPath: child.path)
                switch attributes?[.type] as? FileAttributeType {
                case .typeSymbolicLink?:
                    entries[path + "@"] = Data(((try? fileManager.destinationOfSymbolicLink(atPath: child.path)) ?? "").utf8)
                case .typeDirectory?:
                    entries[path + "/"] = Data()
                    walk(child, path)
                default:
                    entries[path] = (try? Data(contentsOf: child)) ?? Data("<unreadable>".utf8)
                }
            }
        }
        walk(root, "")
        self.entries = entries
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The paths whose contents differ between two snapshots (added, removed or changed), for a readable failure.
    func differences(from other: FolderSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).sorted().filter { entries[$0] != other.entries[$0] }
    }

    var description: String { "\(entries.count) entries: " + entries.keys.sorted().prefix(20).joined(separator: ", ") }
}
