import Foundation
import Testing
import TestSupport

/// Files that cannot be read as text are read errors (exit 2) naming the path, found by `stat` before any read:
/// a FIFO does not hang the check, `/dev/zero` and a sparse 8 GB file are not read, a symlink out of the
/// content root is not followed, and nothing of what such a link points to is ever printed.
@Suite("Unreadable files and folders")
struct UnreadableFileTests {
    /// A copy of the real content in a fresh folder.
    static func content(in folder: TemporaryFolder) throws -> URL {
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repository.content, to: content)
        return content
    }

    /// The JSON diagnostics of a run, by file name.
    static func diagnostics(_ stdout: String) throws -> [String: [String: Any]] {
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]])
        var byName: [String: [String: Any]] = [:]
        for object in objects {
            guard let file = object["file"] as? String, ["input.read-error", "input.too-large"].contains(object["code"] as? String) else { continue }
            byName[URL(fileURLWithPath: file).lastPathComponent] = object
        }
        return byName
    }

    @Test("a FIFO, a folder named .md, links to /dev/zero, to /etc/passwd and to nothing, a sparse 8 GB file: each named, exit 2")
    func notTextFiles() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try Self.content(in: folder)
        let experiences = content.appendingPathComponent("2015-2017/experiencias").path
        let fileManager = FileManager.default
        #expect(mkfifo(experiences + "/zz-fifo.md", 0o644) == 0)
        try fileManager.createDirectory(atPath: experiences + "/zz-carpeta.md", withIntermediateDirectories: false)
        try fileManager.createSymbolicLink(atPath: experiences + "/zz-cero.md", withDestinationPath: "/dev/zero")
        try fileManager.createSymbolicLink(atPath: experiences + "/zz-passwd.md", withDestinationPath: "/etc/passwd")
        try fileManager.createSymbolicLink(atPath: experiences + "/zz-roto.md", withDestinationPath: experiences + "/no-existe.md")
        #expect(fileManager.createFile(atPath: experiences + "/zz-enorme.md", contents: nil))
        #expect(truncate(experiences + "/zz-enorme.md", 8 << 30) == 0)

        let run = await runCLI(["check", content.path, "--format", "json"])
        #expect(run.status == 2)
        let found = try Self.diagnostics(run.stdout)
        #expect(found.keys.sorted() == ["zz-carpeta.md", "zz-cero.md", "zz-enorme.md", "zz-fifo.md", "zz-passwd.md", "zz-roto.md"])
        func message(_ name: String) -> String { found[name]?["message"] as? String ?? "" }
        #expect(message("zz-fifo.md").contains("tubería con nombre (FIFO)"))
        #expect(message("zz-carpeta.md").contains("es una carpeta"))
        #expect(message("zz-cero.md").contains("es un dispositivo"))
        #expect(message("zz-passwd.md").contains("fuera de la carpeta de contenido"))
        #expect(message("zz-roto.md").contains("no existe"))
        #expect(message("zz-enorme.md").contains("8589934592 bytes"))
        #expect(found["zz-enorme.md"]?["code"] as? String == "input.too-large")
        // Not a line of /etc/passwd reaches the report.
        #expect(!run.stdout.contains("root:") && !run.stderr.contains("root:"))

        // The build refuses the same edition with the same status, and writes nothing.
        let output = folder.url.appendingPathComponent("Output")
        let build = await runCLI(["build", content.path, "--out", output.path, "--sin-busqueda"])
        #expect(build.status == 2, "\(build.stderr)")
        #expect(!fileManager.fileExists(atPath: output.path))
    }

    @Test("a file and a paginas/ folder without read permission are read errors naming them (run as nobody when tests run as root)")
    func permissions() async throws {
        let folder = try TemporaryFolder()
        defer {
            _ = chmod(folder.url.appendingPathComponent("Content/2015-2017/paginas").path, 0o755)
            folder.remove()
        }
        let content = try Self.content(in: folder)
        let edition = content.appendingPathComponent("2015-2017").path
        let stdout: String, status: Int32
        if getuid() == 0 {
            // Root reads anything: the check runs as nobody, which needs the folder and the binary reachable.
            let setpriv = "/usr/bin/setpriv"
            guard let binary = RMEBinary.url, FileManager.default.isExecutableFile(atPath: setpriv) else {
                Issue.record("running as root, this test needs the rme binary and setpriv (util-linux) to check as nobody")
                return
            }
            _ = chmod(folder.url.path, 0o755)
            #expect(chmod(edition + "/experiencias/maule.md", 0o000) == 0)
            #expect(chmod(edition + "/paginas", 0o000) == 0)
            let run = try RMEBinary.run(
                ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path, "check", content.path, "--format", "json"],
                executable: URL(fileURLWithPath: setpriv))
            (stdout, status) = (run.stdout, run.status)
        } else {
            #expect(chmod(edition + "/experiencias/maule.md", 0o000) == 0)
            #expect(chmod(edition + "/paginas", 0o000) == 0)
            let run = await runCLI(["check", content.path, "--format", "json"])
            (stdout, status) = (run.stdout, run.status)
        }
        #expect(status == 2)
        let found = try Self.diagnostics(stdout)
        #expect(found.keys.sorted() == ["maule.md", "paginas"], "\(stdout)")
        #expect((found["maule.md"]?["message"] as? String)?.contains("Permission denied") == true)
        #expect((found["paginas"]?["message"] as? String)?.contains("sus archivos no se publicarían") == true)
    }
}
