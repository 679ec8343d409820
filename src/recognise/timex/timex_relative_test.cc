// Expressions resolved against the publication date or the last mentioned date.
#include <gtest/gtest.h>

#include "recognise/timex/timex_test_util.h"

namespace faultline {
namespace {

using timex_test::One;

constexpr const char* kFriday = "2019-12-27";  // a Friday

TEST(TimexRelative, WeekdaysFollowTense) {
  EXPECT_EQ(One("In a tweet on Thursday, he wrote that it must stop.", kFriday).value, "2019-12-26");
  EXPECT_EQ(One("The group said on Wednesday that 200 families fled.", kFriday).value, "2019-12-25");
  EXPECT_EQ(One("The envoys will meet on Thursday.", kFriday).value, "2020-01-02");
  EXPECT_EQ(One("The envoys met last Friday.", kFriday).value, "2019-12-20");
  EXPECT_EQ(One("The envoys meet next Monday.", kFriday).value, "2019-12-30");
}

TEST(TimexRelative, PossessiveWeekdayIsPast) {
  // The clause is in the present, but what the weekday owns has happened.
  EXPECT_EQ(One("The offer is above Thursday's closing price.", kFriday).value, "2019-12-26");
  EXPECT_EQ(One("The move follows Tuesday's declaration.", kFriday).value, "2019-12-24");
  // Unless the clause says it is still to come.
  EXPECT_EQ(One("Thursday's vote will decide it.", kFriday).value, "2020-01-02");
}

TEST(TimexRelative, DeicticDays) {
  EXPECT_EQ(One("Shelling resumed yesterday.", kFriday).value, "2019-12-26");
  EXPECT_EQ(One("Shelling resumed today.", kFriday).value, "2019-12-27");
  EXPECT_EQ(One("Talks open tomorrow.", kFriday).value, "2019-12-28");
  EXPECT_EQ(One("The town is now calm.", kFriday).value, "PRESENT_REF");
  const auto night = One("Shelling resumed last night.", kFriday);
  EXPECT_EQ(night.type, "TIME");
  EXPECT_EQ(night.value, "2019-12-26TNI");
}

TEST(TimexRelative, UnitFollowsTheExpression) {
  // "a week ago" is a day, "late last month" a month, "last year" a year.
  EXPECT_EQ(One("An offensive began a week ago.", kFriday).value, "2019-12-20");
  const auto late = One("The campaign started late last month.", kFriday);
  EXPECT_EQ(late.text, "late last month");
  EXPECT_EQ(late.value, "2019-11");
  EXPECT_EQ(One("About a month ago, forces launched an effort.", kFriday).value, "2019-11");
  EXPECT_EQ(One("Output fell last year.", kFriday).value, "2018");
  EXPECT_EQ(One("Output fell two years ago.", kFriday).value, "2017");
  EXPECT_EQ(One("Talks resume next week.", "2019-12-18").value, "2019-W52");
  EXPECT_EQ(One("Talks resume next week.", kFriday).value, "2020-W01");
  EXPECT_EQ(One("Prices rose this month.", kFriday).value, "2019-12");
}

TEST(TimexRelative, VagueReferences) {
  // As TimeBank: "recent weeks" a vague duration, "recent years" a vague past.
  EXPECT_EQ(One("Thousands fled in recent weeks.", kFriday).value, "PXW");
  EXPECT_EQ(One("Thousands fled in recent years.", kFriday).value, "PAST_REF");
  EXPECT_EQ(One("The plan was announced recently.", kFriday).value, "PAST_REF");
  EXPECT_EQ(One("Nothing will change in the near future.", kFriday).value, "FUTURE_REF");
  EXPECT_EQ(One("He left several years ago.", kFriday).value, "PAST_REF");
}

TEST(TimexRelative, SpansIncludeDeterminers) {
  EXPECT_EQ(One("Prices rose over the past week.", kFriday).text, "the past week");
  EXPECT_EQ(One("Prices rose over the past three months.", kFriday).text, "the past three months");
  EXPECT_EQ(One("Prices rose over the past three months.", kFriday).value, "P3M");
}

TEST(TimexRelative, NarrativeAnchoring) {
  const auto all = timex_test::Timexes(
      "The plant opened on March 3, 1995. A year later it closed. The following month it was "
      "sold.",
      kFriday);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[1].value, "1996-03-03");
  EXPECT_EQ(all[2].value, "1996-04");
}

TEST(TimexRelative, WithoutPublicationDate) {
  EXPECT_EQ(One("Shelling resumed yesterday.", "").value, "XXXX-XX-XX");
  EXPECT_EQ(One("Shelling resumed today.", "").value, "PRESENT_REF");
  EXPECT_EQ(One("Shelling resumed on Thursday.", "").value, "XXXX-WXX-4");
  EXPECT_EQ(One("Shelling resumed in June.", "").value, "XXXX-06");
  EXPECT_EQ(One("Shelling resumed last year.", "").value, "XXXX");
  EXPECT_EQ(One("Shelling resumed on March 3, 1995.", "").value, "1995-03-03");
}

}  // namespace
}  // namespace faultline
