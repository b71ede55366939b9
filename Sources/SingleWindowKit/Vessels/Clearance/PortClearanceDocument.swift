import Foundation
import TextWidth

/// The port clearance as printed: fixed width, Chinese and English, aligned by display width.
public enum PortClearanceDocument {
    static let width = 76
    static let labelWidth = 30

    static let agencyNames: [String: String] = [
        "customs": "海关 Customs", "inspection": "检验检疫 Quarantine",
        "border": "边检 Border control", "maritime": "海事 Maritime",
    ]

    public static func render(_ c: PortClearance, printedAt: Date, localTime: LocalTime) -> String {
        // Every time in the workstation's zone, the zone printed with it (`LocalTime`).
        func time(_ iso: String) -> String { localTime.stringWithZone(iso: iso) }
        let f = c.facts
        var lines: [String] = []
        let rule = String(repeating: "=", count: width), thin = String(repeating: "-", count: width)
        func row(_ label: String, _ value: String) { lines.append(pad(label, toWidth: labelWidth, truncating: false) + value) }

        lines.append(rule)
        lines.append(centred("国际航行船舶出口岸许可证", inWidth: width))
        lines.append(centred("PORT CLEARANCE — SHIP ON INTERNATIONAL VOYAGE", inWidth: width))
        lines.append(rule)
        row("许可证编号 Clearance No.", f.number)
        row("签发时间 Issued", time(f.issuedAt))
        row("签发港口 Port", f.port)
        lines.append(thin)
        row("船名 Ship's name", f.shipName)
        row("IMO 编号 IMO number", f.imo)
        row("呼号 Call sign", f.callSign)
        row("船旗国 Flag State", f.flag)
        row("航次 Voyage", f.voyage)
        row("船长 Master", f.masterName)
        row("船员/旅客 Crew/Passengers", "\(f.crewCount) / \(f.passengerCount)")
        row("预计离港 ETD", f.etd.isEmpty ? "" : time(f.etd))
        row("下一港 Next port", f.nextPort)
        row("船舶代理 Ship's agent", f.agentName)
        if !f.agentEnterpriseID.isEmpty { row("代理信用代码 Agent code", f.agentEnterpriseID) }
        lines.append(thin)
        lines.append("放行 Releases")
        let agencyColumn = 22, officerColumn = 24
        lines.append(pad("  机构 Agency", toWidth: agencyColumn, truncating: false) + pad("官员 Officer", toWidth: officerColumn, truncating: false) + "时间 Time")
        for r in f.releases {
            let officer = r.officerName.isEmpty ? r.officerID : "\(r.officerName) (\(r.officerID))"
            lines.append(pad("  " + (agencyNames[r.agency] ?? r.agency), toWidth: agencyColumn, truncating: false)
                         + pad(officer, toWidth: officerColumn, truncating: false) + time(r.at))
        }
        lines.append(thin)
        row("验证码 Verification code", c.verificationCode)
        row("打印 Print", c.printCount <= 1 ? "第 1 次 / original"
                : "第 \(c.printCount) 次（补打）/ copy \(c.printCount) (reprint)")
        row("打印时间 Printed", localTime.stringWithZone(printedAt))
        lines.append(rule)
        lines.append("凭验证码可在国际贸易单一窗口核验本证。")
        lines.append("Verify this clearance at the single window with its verification code.")
        return lines.joined(separator: "\n") + "\n"
    }
}
