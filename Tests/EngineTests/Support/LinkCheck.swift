import Foundation
import TestSupport

/// Follows every `href` and `src` of every page in an output folder, as a browser opening it from disk would.
enum LinkCheck {
    /// One link that does not lead where it says.
    struct Problem: CustomStringConvertible, Equatable {
        let page: String
        let link: String
        let reason: String
        var description: String { "\(page): \(link) — \(reason)" }
    }

    /// How many local links were followed, and the ones that failed: a target outside the folder or missing,
    /// a `#fragment` naming no `id` on its page, a link written from the root (`/…`) that breaks under a sub-path.
    static func run(output: String) -> (followed: Int, problems: [Problem]) {
        let root = URL(fileURLWithPath: output).standardizedFileURL
        let pages = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
        var ids: [String: Set<String>] = [:]
        /// The `id`s of a page, read once.
        func idsOf(_ relative: String) -> Set<String> {
            if let known = ids[relative] { return known }
            let html = (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
            let found = Set(HTMLReading.attributeValues("id", in: html))
            ids[relative] = found
            return found
        }
        var followed = 0
        var problems: [Problem] = []
        for page in pages {
            guard let html = try? String(contentsOf: root.appendingPathComponent(page), encoding: .utf8) else { continue }
            let links = HTMLReading.attributeValues("href", in: html) + HTMLReading.attributeValues("src", in: html)
            for link in links {
                if ["http://", "https://", "mailto:"].contains(where: { link.hasPrefix($0) }) { continue }
                followed += 1
                if link.hasPrefix("/") || link.contains(":") {
                    problems.append(Problem(page: page, link: link, reason: "not relative: breaks under a sub-path or from file://"))
                    continue
                }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let path = parts[0].removingPercentEncoding ?? parts[0]
                let fragment = parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : nil
                var target = page
                if !path.isEmpty {
                    let resolved = root.appendingPathComponent(page).deletingLastPathComponent()
                        .appendingPathComponent(path).standardizedFileURL
                    guard resolved.path.hasPrefix(root.path + "/") else {
                        problems.append(Problem(page: page, link: link, reason: "leads out of the output folder"))
                        continue
                    }
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                        problems.append(Problem(page: page, link: link, reason: "no such file"))
                        continue
                    }
                    target = String(resolved.path.dropFirst(root.path.count + 1))
                }
                if let fragment, !fragment.isEmpty {
                    if !target.hasSuffix(".html") || !idsOf(target).contains(fragment) {
                        problems.append(Problem(page: page, link: link, reason: "no id \"\(fragment)\" in \(target)"))
                    }
                }
            }
        }
        return (followed, problems)
    }
}
