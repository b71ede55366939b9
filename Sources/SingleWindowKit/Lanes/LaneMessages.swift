/// The engine's reasons, in English and Chinese (registered with the other domain messages).
enum LaneMessages {
    static let entries: [String: (en: String, zh: String)] = [
        "lane.reason.role": ("your role does not take this action", "您的角色不办理此项"),
        "lane.reason.notYourLane": ("only {agencies} decides on this lane", "本环节由{agencies}办理"),
        "lane.reason.state": ("not while the lane is {state}", "环节为{state}时不能办理"),
        "lane.reason.claimFirst": ("claim the lane first (k)", "请先认领（k）"),
        "lane.reason.claimedBy": ("claimed by {0}", "已由{0}认领"),
        "lane.reason.claimedByYou": ("you hold the claim already", "您已认领"),
        "lane.reason.assignedTo": ("assigned to {0}", "已分派给{0}"),
        "lane.reason.assignee": ("{0} is not an active officer of {agencies}", "{0}不是{agencies}的在岗人员"),
        "lane.reason.gate": ("waits for {agencies} to release first", "须等{agencies}先放行"),
        "lane.reason.deadline": ("its deadline passed ({0}); the outcome on timeout applies", "已过期限（{0}），按超时处理"),
        "lane.reason.noLane": ("you have no lane on this case", "本案没有您的环节"),
        "lane.reason.caseState": ("not while the case is {0}", "申报为{0}时不能办理"),
        "lane.reason.stale": ("it changed since you loaded it (version {0}, now {1}): reload", "已被他人更改（您看到的版本{0}，现为{1}），请重新载入"),
        "lane.reason.inspectionFirst": ("selected for inspection: record the inspection result first", "已布控查验：请先录入查验结果"),
        "lane.reason.noInspection": ("no inspection is ordered", "未布控查验"),
        "lane.reason.needsText": ("needs a text", "需填写内容"),
        // The declaration rule set's guards (`ReviewError` words the same for the commands).
        "review.reason.dutyUnpaid": ("dutiable: assess the duty (d) and wait for payment, or record a guarantee (g), before release",
                                     "应税货物：放行前须核定税费（d）并待缴纳，或录入担保（g）"),
        "review.reason.guaranteeExpired": ("guarantee {0} expired {1}: the duty must be paid or a new guarantee recorded",
                                           "担保 {0} 已于 {1} 到期：须缴纳税费或重新录入担保"),
        "review.reason.dutyFree": ("duty-free (levy nature {0}): nothing to assess or guarantee", "免税（征免性质 {0}）：无需核定税费或担保"),
        "review.reason.zeroRate": ("the rate is 0 on every goods line: nothing to assess or guarantee", "各项商品税率为零：无需核定税费或担保"),
        "review.reason.inspected": ("the inspection result is recorded: the appointment is past", "查验结果已录入：预约已无必要"),
        "review.reason.notBooked": ("the inspection has no appointment yet: the broker books it first", "查验尚未预约：须先由报关代理预约查验时段"),
        "review.reason.beforeAppointment": ("the inspection is booked for {0}: a result cannot be recorded before then",
                                            "查验预约时间为 {0}：此前不能录入查验结果"),
    ]
}
