import Foundation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// A form from a made-up catalogue of two sections: what an approval stage's form will be.
@Suite struct CatalogueFormBuilderTests {
    static let catalogue = FormCatalogue(
        sections: [FormCatalogue.Section(key: "applicant", zh: "申请人", en: "Applicant"),
                   FormCatalogue.Section(key: "site", zh: "场地", en: "Site")],
        fields: [
            CatalogueField(id: "name", zh: "名称", en: "Name", maxLength: 20, section: "applicant", required: .always),
            CatalogueField(id: "district", zh: "所在区", en: "District", kind: .code("customs_district"), maxLength: 4,
                           section: "applicant", agency: .market),
            CatalogueField(id: "area", zh: "面积", en: "Area (m2)", kind: .decimal(scale: 2), maxLength: 12, section: "site",
                           required: .when { $0["kind"] == "new" }),
            CatalogueField(id: "kind", zh: "类型", en: "Kind", kind: .choice(["new", "old"]), maxLength: 3, section: "site"),
            CatalogueField(id: "opened", zh: "开业日期", en: "Opened", kind: .date, maxLength: 10, section: "site"),
        ])

    @Test func buildsLabelsMarkersAndReadsTypedValues() throws {
        let layout = FormLayout([.init("applicant"), .init("site", fields: ["kind", "area", "opened"])])
        var form = CatalogueFormBuilder.form(Self.catalogue, layout: layout, values: ["kind": "new"], language: .en, editable: true)
        #expect(form.sections.map(\.title) == ["Applicant", "Site"])
        #expect(form.fields.map(\.label) == ["Name", "District", "Kind", "Area (m2)", "Opened"], "the layout's order")
        #expect(form.fields.map(\.isRequired) == [true, false, false, true, false])
        #expect(form.fields.map(\.hasLookup) == [false, true, true, false, false], "code tables and choices")
        #expect(form["name"]?.isShared == true && form["district"]?.isShared == false)
        let zh = CatalogueFormBuilder.form(Self.catalogue, layout: layout, values: [:], language: .zh, editable: false)
        #expect(zh.sections.map(\.title) == ["申请人", "场地"] && zh.fields.first?.label == "名称")
        #expect(zh["area"]?.isRequired == false && zh.fields.allSatisfy { !$0.hasLookup && $0.isReadOnly })

        var buffer = Buffer(size: Size(width: 60, height: 10))
        FormView().render(into: &buffer, area: Rect(x: 0, y: 0, width: 60, height: 10), state: form)
        let text = buffer.lines().joined(separator: "\n")
        #expect(text.contains("Applicant") && text.contains("*") && text.contains("▾"), "\(text)")

        form.setValue("  ", for: "name")
        form.setValue("12.5", for: "area")
        form.setValue("20260302", for: "opened")
        let record = try CatalogueFormBuilder.read(form, Self.catalogue, pathPrefix: "stage")
        #expect(record.problems == [Problem("stage.name", "problem.required")])
        #expect(record.values["area"] == .decimal(Decimal(string: "12.5")!))
        #expect(record.values["opened"] == .date("2026-03-02") && record.values["kind"] == .choice("new"))

        form.setValue("x", for: "area")
        form.setValue("old", for: "kind")
        let wrong = try CatalogueFormBuilder.read(form, Self.catalogue)
        #expect(wrong.problems.map(\.key) == ["problem.required", "problem.notNumber"] && wrong.values["area"] == nil)
        CatalogueFormBuilder.mark(wrong.problems, on: &form) { $0.key }
        #expect(form["area"]?.error == "problem.notNumber")
        CatalogueFormBuilder.refreshRequired(&form, Self.catalogue, values: CatalogueFormBuilder.values(form))
        #expect(form["area"]?.isRequired == false, "no longer new")
    }
}
