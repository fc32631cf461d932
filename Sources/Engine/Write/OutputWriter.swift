import Diagnostics
import Foundation

/// Owns the output folder: finds where it lives, cleans what killed builds left beside it,
/// and hands out staging folders that are swapped in whole or not at all.
struct OutputWriter: Sendable {
    /// The output folder's absolute path, symbolic links resolved (it may not exist yet).
    let output: String
    /// The folder holding the output and its staging folders.
    let parent: String
    /// The output folder's own name ("Output").
    let name: String

    /// Prepares to write `outputPath` (relative to the current directory when not absolute), creating its parent if needed.
    init(outputPath: String) throws(BuildError) {
        var absolute = outputPath.hasPrefix("/")
            ? outputPath
            : FileManager.default.currentDirectoryPath + "/" + outputPath
        while absolute.count > 1, absolute.hasSuffix("/") { absolute.removeLast() }
        // A linked output is written where the link points, so the link itself survives the swap.
        if FileSystemCalls.kind(of: absolute) == .symbolicLink, let target = FileSystemCalls.resolvedPath(absolute) {
            absolute = target
        }
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        let name = url.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw BuildError(.unsafeOutputPath, LocalizedText(
                es: "«\(outputPath)» no sirve como carpeta de salida: use una carpeta con nombre, como Output",
                en: "\"\(outputPath)\" cannot be the output folder: use a named folder such as Output"))
        }
        let parentURL = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parentURL, withIntermediateDirectories: true)
        } catch {
            throw BuildError(.fileSystem, LocalizedText(
                es: "no se pudo crear la carpeta \(parentURL.path): \(error.localizedDescription)",
                en: "could not create the folder \(parentURL.path): \(error.localizedDescription)"))
        }
        let parent = FileSystemCalls.resolvedPath(parentURL.path) ?? parentURL.path
        self.parent = parent
        self.name = name
        self.output = parent.hasSuffix("/") ? parent + name : parent + "/" + name
    }

    /// Puts back an output a killed swap left aside, then removes staging folders of builds that are no longer running.
    ///
    /// Only names made by `StagingName` for this output are touched, never anything else in the parent.
    /// Returns the names removed.
    @discardableResult
    func recoverAndClean() -> [String] {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        let abandoned = entries.compactMap { StagingName(parsing: $0, outputName: name) }
            .filter { !FileSystemCalls.processIsAlive($0.processID) && $0.processID != FileSystemCalls.processID }
        var removed: [String] = []
        for staging in abandoned {
            let path = join(parent, staging.folderName)
            if staging.role == .previous, FileSystemCalls.kind(of: output) == .missing,
               (try? FileSystemCalls.move(path, output)) != nil {
                continue
            }
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(staging.folderName) }
        }
        return removed
    }

    /// Refuses to replace a folder `rme` did not make, or one holding the content or templates it reads.
    ///
    /// The swap removes the previous output whole, so `--out` pointing at the project, the
    /// content or any unrelated folder must stop here. An existing output is accepted when it
    /// is empty or carries the note every build writes (`README.md`).
    func ensureReplaceable(protecting inputs: [String]) throws(BuildError) {
        for input in inputs {
            guard let resolved = FileSystemCalls.resolvedPath(input) else { continue }
            if resolved == output || resolved.hasPrefix(output + "/") || output.hasPrefix(resolved + "/") {
                throw BuildError(.unsafeOutputPath, LocalizedText(
                    es: "la carpeta de salida \(output) no puede contener ni estar dentro de \(input), que rme lee; elija otra con --out",
                    en: "the output folder \(output) cannot contain or lie inside \(input), which rme reads; choose another with --out"))
            }
        }
        switch FileSystemCalls.kind(of: output) {
        case .missing:
            return
        case .directory:
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
            let note = FileManager.default.contents(atPath: output + "/" + OutputNote.fileName)
            if entries.isEmpty || note.map({ $0.starts(with: Data(OutputNote.signature.utf8)) }) == true { return }
            throw BuildError(.unsafeOutputPath, LocalizedText(
                es: "\(output) ya existe y no es una salida de rme (no tiene su \(OutputNote.fileName)); "
                    + "rme la reemplazaría entera. Elija otra carpeta con --out, o vacíela si de verdad es para rme",
                en: "\(output) exists and is not an rme output (it lacks its \(OutputNote.fileName)); "
                    + "rme would replace it whole. Choose another folder with --out, or empty it if it really is for rme"))
        case .symbolicLink, .other:
            throw BuildError(.unsafeOutputPath, LocalizedText(
                es: "\(output) existe y no es una carpeta: no se reemplaza",
                en: "\(output) exists and is not a folder: it is not replaced"))
        }
    }

    /// A new, empty staging folder beside the output.
    func makeStagingFolder() throws(BuildError) -> StagingFolder {
        let staging = StagingName.fresh(outputName: name, role: .building, processID: FileSystemCalls.processID)
        let path = join(parent, staging.folderName)
        do {
            try FileSystemCalls.makeDirectory(path)
        } catch {
            throw BuildError.fileSystem(error)
        }
        return StagingFolder(path: path, writer: self)
    }

    /// Replaces the output with `staging` in one step where the system allows it, in two renames otherwise.
    ///
    /// With the exchange, the output is at every instant either the old or the new folder;
    /// with two renames, a kill between them leaves the old one aside, and `recoverAndClean` puts it back.
    func swapIn(_ staging: String) throws(BuildError) {
        do {
            switch FileSystemCalls.kind(of: output) {
            case .missing:
                try FileSystemCalls.move(staging, output)
            case .directory:
                if try FileSystemCalls.exchange(staging, output) {
                    // `staging` now holds the previous output.
                    try? FileManager.default.removeItem(atPath: staging)
                } else {
                    let aside = join(parent, StagingName.fresh(outputName: name, role: .previous, processID: FileSystemCalls.processID).folderName)
                    try FileSystemCalls.move(output, aside)
                    try FileSystemCalls.move(staging, output)
                    try? FileManager.default.removeItem(atPath: aside)
                }
            case .symbolicLink, .other:
                throw BuildError(.unsafeOutputPath, LocalizedText(
                    es: "\(output) existe y no es una carpeta: no se reemplaza",
                    en: "\(output) exists and is not a folder: it is not replaced"))
            }
            let parentDirectory = try FileSystemCalls.openDirectory(parent)
            try FileSystemCalls.sync(parentDirectory, shownAs: parent)
        } catch let error as FileSystemCalls.Failure {
            throw BuildError.fileSystem(error)
        } catch let error as BuildError {
            throw error
        } catch {
            throw BuildError(.fileSystem, LocalizedText(es: "\(error)", en: "\(error)"))
        }
    }

    /// `folder/name` with one slash.
    private func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
