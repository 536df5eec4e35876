#pragma once
// Cues that make a month/day without a year ("3/14") a calendar day, kept apart from
// scan_dates.cpp, which reads the date forms themselves. Each takes the month/day's byte span
// [pos, end) in `text`.
#include <string_view>

namespace concord::phi::detail {

/// A 24-hour clock of four digits after the month/day closing a heading, as shift sheets and
/// handoffs head themselves: "COUNT - 5 WEST   shift change 7/20 1900", "HANDOFF - MICU   9/16 0700".
bool militaryClockAfter(std::string_view text, std::size_t pos, std::size_t end);

/// The label of a date field before a colon: "Date of event: 3/16", "Date/time of exposure: 4/2".
bool dateFieldLabelCue(std::string_view text, std::size_t pos);

/// A dose's day: "last dose 8/16 AM", "next dose 9/2.".
bool doseDayCue(std::string_view text, std::size_t pos, std::size_t end);

/// A follow-up or an appointment: "f/u 5/12", "follow-up 6/3", "Wound clinic - 8/10, call to
/// confirm".
bool followUpCue(std::string_view text, std::size_t pos, std::size_t end);

/// An incident named by its day: "after the 7/21 crash", "since her 3/2 fall".
bool incidentDayCue(std::string_view text, std::size_t pos, std::size_t end);

/// The day someone was last known alive or well, or last seen: "last known alive 8/11", "last
/// seen 6/2", "last known well 3/4".
bool lastKnownCue(std::string_view text, std::size_t pos, std::size_t end);

/// The last time something happened, named by its noun, the day closing its clause: "last
/// exposure 7/14;", "Last heroin use 11/4.", "last drink 3/2,".
bool lastEventCue(std::string_view text, std::size_t pos, std::size_t end);

/// A study's result headed by its day and a colon: "Scan 17/6: R 19, 18 mm", "Echo 3/2: EF 55%".
bool studyResultCue(std::string_view text, std::size_t pos, std::size_t end);

/// The label of a work day before a colon: "Last day worked: 6/4", "First day off work: 3/2".
bool workDayLabelCue(std::string_view text, std::size_t pos);

/// A day of a donor-milk label's handling step: "Expressed 8/13/2023    Pasteurised 11/19", the
/// clause or the column ending after it.
bool milkHandlingCue(std::string_view text, std::size_t pos, std::size_t end);
/// The day of a message's sign-off line under a sentence: "... call me?\n- Yasmin  1/9".
bool signOffDayCue(std::string_view text, std::size_t pos, std::size_t end);

// After the twenty-fifth family (seed 2525): a chemotherapy cycle's calendar, "Day 8 6/18" before
// a column gap or the line's end.
bool cycleDayCue(std::string_view text, std::size_t pos, std::size_t end);
// The calendar day in brackets after a span of weeks: "labs at 6 weeks (9/13) and 12 weeks".
bool durationBracketCue(std::string_view text, std::size_t pos, std::size_t end);
// A log's key naming when something is ready or due: "refill_ready=2/15", "appt_date=3/4".
bool keyedDayCue(std::string_view text, std::size_t pos);

// After the second round on the development families (seeds 1919, 2121, 2222, 2626):
// The next of something booked, its day closing the clause or the cell: "Next attempt 2/5.",
// "Next clinic run 12/4  ", "next home visit 3/9;".
bool nextBookedCue(std::string_view text, std::size_t pos, std::size_t end);
// A day asked for in a question: "can you do 9/6?", "how about 3/4?", "are you free 5/6?".
bool askedDayCue(std::string_view text, std::size_t pos, std::size_t end);
// The day of receipts or an invoice: "taxi receipts for 9/7 kept in the binder".
bool receiptDayCue(std::string_view text, std::size_t pos);
// A workflow stamp, the day before who did it: "| 9/14 processed by jlee", "3/2 signed by".
bool stampedByCue(std::string_view text, std::size_t end);
// A call returned or missed on a day: "returned call 9/14, left voicemail", "missed call 3/2.".
bool callDayCue(std::string_view text, std::size_t pos, std::size_t end);
// The next item of a list of dated steps, after a day that is a date on its own: "Rash onset 17/4,
// fever 1/10.", "Stage 1 completed 3/4; stage 3 sport-specific drills 1/4". `dateAt` reads a date
// at a position (its length, or 0). A score's noun between vetoes it ("seen 3/4, pain 7/10").
bool seriesDayCue(std::string_view text, std::size_t pos, std::size_t end,
                  std::size_t (*dateAt)(std::string_view, std::size_t));
// After the thirty-second family: a day's deadline with its hour, "26/6 līdz 16:00", "3/2 until
// 16:00", "5/8 hasta las 12:00" (a ratio has no hour after "until").
bool untilClockAfter(std::string_view text, std::size_t end);
// After the thirty-seventh family: a postposition after the day meaning "on", Tamil "17/1 அன்று".
bool dayPostpositionAfter(std::string_view text, std::size_t end);
}  // namespace concord::phi::detail
