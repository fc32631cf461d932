import Foundation
import Testing

@testable import Intake

/// The service's hand-written parts on their own: forms, addresses, secrets, the diff and a region's state.
@Suite("rme recepcion: piezas")
struct IntakePartsTests {
    /// A multipart body as browsers write it, CR LF line ends.
    static func multipart(_ boundary: String, _ parts: [(headers: String, body: [UInt8])]) -> [UInt8] {
        var bytes: [UInt8] = []
        for part in parts { bytes += Array("--\(boundary)\r\n\(part.headers)\r\n\r\n".utf8) + part.body + Array("\r\n".utf8) }
        return bytes + Array("--\(boundary)--\r\n".utf8)
    }

    @Test("a durable write leaves only the target in its folder, replaces it whole, and a sweep removes what a killed writer left")
    func durableWrite() throws {
        let folder = NSTemporaryDirectory() + "durable-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/antofagasta.md"
        try DurableFile.write(Array("primera".utf8), to: target)
        try DurableFile.write(Array("segunda".utf8), to: target)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["antofagasta.md"])
        #expect(FileManager.default.contents(atPath: target) == Data("segunda".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o600 } == 0o600, "the file is not readable and writable by its owner")
        // What a writer killed between naming its file and renaming it leaves behind.
        FileManager.default.createFile(atPath: folder + "/.antofagasta.md\(DurableFile.temporaryMark)1234", contents: Data("parte".utf8))
        FileManager.default.createFile(atPath: folder + "/.oculto.md", contents: Data())
        #expect(DurableFile.sweep(folder) == [".antofagasta.md\(DurableFile.temporaryMark)1234"])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder)) == ["antofagasta.md", ".oculto.md"])
    }

    @Test("multipart: fields and a file with CR LF and a fake boundary line inside it come back byte for byte; the first of a repeated field wins")
    func multipartFields() throws {
        let file: [UInt8] = Array("línea 1\r\n--otra\r\n\r\nfin".utf8) + [0, 255, 13, 10]
        let body = Self.multipart("XyZ", [
            ("Content-Disposition: form-data; name=\"csrf\"", Array("abc".utf8)),
            ("Content-Disposition: form-data; name=\"csrf\"", Array("segundo".utf8)),
            ("Content-Disposition: form-data; name=\"archivo\"; filename=\"Experiencia final.docx\"\r\nContent-Type: application/octet-stream", file),
        ])
        let fields = try FormFields.parse(body, contentType: "multipart/form-data; boundary=XyZ")
        #expect(fields["csrf"] == "abc")
        #expect(fields.files["archivo"]?.fileName == "Experiencia final.docx")
        #expect(fields.files["archivo"]?.bytes == file)
    }

    @Test("multipart: an empty file input is no file; a quoted boundary is read; a body without boundaries or a part without its blank line is malformed")
    func multipartEdges() throws {
        let empty = Self.multipart("b", [("Content-Disposition: form-data; name=\"archivo\"; filename=\"\"", [])])
        #expect(try FormFields.parse(empty, contentType: "multipart/form-data; boundary=\"b\"").files.isEmpty)
        #expect(throws: FormFields.Malformed.self) { try FormFields.parse(Array("nada".utf8), contentType: "multipart/form-data; boundary=b") }
        let headless = Array("--b\r\nContent-Disposition: form-data; name=\"x\"\r\nvalor\r\n--b--\r\n".utf8)
        #expect(throws: FormFields.Malformed.self) { try FormFields.parse(headless, contentType: "multipart/form-data; boundary=b") }
        #expect(throws: FormFields.Malformed.self) { try FormFields.parse([], contentType: "text/plain") }
        #expect(FormFields.boundary(in: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
    }

    @Test("URL-encoded: plus is a space, percent escapes decode, a broken escape is an empty value, not a crash")
    func urlEncoded() {
        let fields = FormFields.urlEncoded("texto=dos+palabras%20y%C3%B1&csrf=%ZZ&vacio")
        #expect(fields["texto"] == "dos palabras yñ")
        #expect(fields["csrf"] == "")
        #expect(fields["vacio"] == "")
    }

    @Test("addresses: each page has one, nothing with dots, escapes, backslashes, leading zeros or unknown methods is one")
    func routes() {
        #expect(IntakeRoute.of(method: "GET", path: "/region/versiones/12") == .version(12, .page))
        #expect(IntakeRoute.of(method: "HEAD", path: "/region/versiones/3/impreso-2.png") == .version(3, .printedImage(2)))
        #expect(IntakeRoute.of(method: "GET", path: "/region/versiones/3/vista/css/site.css") == .version(3, .preview("css/site.css")))
        #expect(IntakeRoute.of(method: "POST", path: "/editor/regiones/los-rios/versiones/2/aceptar") == .accept("los-rios", 2))
        #expect(IntakeRoute.of(method: "GET", path: "/editor/regiones/los-rios/versiones/2/aceptar") == nil)
        #expect(IntakeRoute.of(method: "POST", path: "/region") == nil)
        for path in ["/region/versiones/0", "/region/versiones/007", "/region/versiones/1234567890", "/region/versiones/1/vista/../x",
                     "/region/versiones/1/vista/a//b", "/editor/regiones/Tarapaca", "/editor/regiones/%74arapaca", "/region\\x",
                     "region", "/region/versiones/1/impreso-0.png", "/region/versiones/1/vista"] {
            #expect(IntakeRoute.of(method: "GET", path: path) == nil, "\(path) is an address")
        }
        #expect(IntakeRoute.of(method: "PUT", path: "/region") == nil)
    }

    @Test("secrets: 43 URL-safe characters, all different; the stored hash and the CSRF token are neither the secret nor each other")
    func secrets() {
        let made = (0..<200).map { _ in Secret.make() }
        #expect(Set(made).count == 200)
        #expect(made.allSatisfy(Secret.isWellFormed))
        let secret = made[0]
        #expect(Secret.hash(secret) != secret)
        #expect(Secret.csrfToken(forSession: secret) != Secret.hash(secret))
        #expect(Secret.matches(secret, secret))
        #expect(!Secret.matches(secret, made[1]))
        #expect(!Secret.matches(secret, String(secret.dropLast())))
        #expect(!Secret.isWellFormed(String(secret.dropLast()) + "="))
    }

    @Test("the diff: added and removed lines where they are, runs of unchanged lines cut to three around each change")
    func lineDiff() {
        let old = (1...20).map { "línea \($0)" }.joined(separator: "\n")
        var lines = (1...20).map { "línea \($0)" }
        lines[9] = "línea diez, corregida"
        let diff = LineDiff.lines(from: old, to: lines.joined(separator: "\n"))
        #expect(diff.contains(.removed("línea 10")))
        #expect(diff.contains(.added("línea diez, corregida")))
        #expect(diff.contains(.same("línea 7")))
        #expect(!diff.contains(.same("línea 6")))
        #expect(diff.contains(nil), "the cut runs are not marked")
        #expect(LineDiff.lines(from: "a\nb", to: "a\nb").allSatisfy { if case .same? = $0 { true } else { $0 == nil } })
    }

    @Test("a region's state: invited, draft with errors, draft, sent, accepted, and sent again after an acceptance")
    func regionProgress() {
        func version(_ number: Int, errors: Int, sent: Bool) -> SubmittedVersion {
            SubmittedVersion(id: Int64(number), region: "tarapaca", number: number, createdAt: Date(), sourceKind: .markdown, sourceName: "t.md",
                             markdown: [], errors: errors, warnings: 0, findings: [], sentAt: sent ? Date() : nil)
        }
        let acceptance = Acceptance(id: 1, versionID: 2, region: "tarapaca", acceptedAt: Date(), path: "p", sha256: "", writtenAt: Date())
        #expect(RegionProgress.of(versions: [], acceptances: [], invited: false).state == .notInvited)
        #expect(RegionProgress.of(versions: [], acceptances: [], invited: true).state == .invited)
        #expect(RegionProgress.of(versions: [version(1, errors: 2, sent: false)], acceptances: [], invited: true).state == .draftWithErrors)
        #expect(RegionProgress.of(versions: [version(1, errors: 0, sent: false)], acceptances: [], invited: true).state == .draft)
        #expect(RegionProgress.of(versions: [version(2, errors: 0, sent: true), version(1, errors: 1, sent: false)], acceptances: [], invited: true).state == .sent)
        #expect(RegionProgress.of(versions: [version(3, errors: 1, sent: false), version(2, errors: 0, sent: true)], acceptances: [acceptance], invited: true).state == .accepted)
        #expect(RegionProgress.of(versions: [version(4, errors: 0, sent: true), version(2, errors: 0, sent: true)], acceptances: [acceptance], invited: true).state == .sent)
    }
}
