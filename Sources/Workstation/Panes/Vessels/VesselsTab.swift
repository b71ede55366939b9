import Presentation

extension Tab {
    public static let vessels = Tab("vessels", title: .tabVessels)
}

extension PaneRegistration {
    static let vessels = PaneRegistration(tab: .vessels) { VesselsPane() }
}
