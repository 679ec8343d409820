// Absolute dates, calendar names, decades, quarters and seasons.
#include <gtest/gtest.h>

#include "recognise/timex/timex_test_util.h"

namespace faultline {
namespace {

using timex_test::One;

TEST(TimexAbsolute, NewsDateFormats) {
  EXPECT_EQ(One("The ceasefire began on March 26, 1996.", "2000-01-01").value, "1996-03-26");
  EXPECT_EQ(One("The ceasefire began on 26 March 1996.", "2000-01-01").value, "1996-03-26");
  EXPECT_EQ(One("The ceasefire began on Aug. 7, 1998.", "2000-01-01").value, "1998-08-07");
  EXPECT_EQ(One("The ceasefire began on 2019-12-27.", "2020-01-01").value, "2019-12-27");
  EXPECT_EQ(One("The ceasefire began on 12/27/2019.", "2020-01-01").value, "2019-12-27");
  EXPECT_EQ(One("The ceasefire began on Friday, Dec. 27, 2019.", "2020-01-01").value, "2019-12-27");
  EXPECT_EQ(One("It ended in August 1988.", "2000-01-01").value, "1988-08");
  EXPECT_EQ(One("It ended on the 7th of August 1998.", "2000-01-01").value, "1998-08-07");
}

TEST(TimexAbsolute, YearsDecadesCenturies) {
  EXPECT_EQ(One("The dam was built in 1990.", "2000-01-01").value, "1990");
  const auto mid = One("Fighting resumed in mid-1996.", "2000-01-01");
  EXPECT_EQ(mid.text, "mid-1996");
  EXPECT_EQ(mid.value, "1996");
  EXPECT_EQ(One("They met in the late 1970s.", "2000-01-01").value, "197");
  EXPECT_EQ(One("They met in the late 1970s.", "2000-01-01").text, "the late 1970s");
  EXPECT_EQ(One("It was a feature of the 20th century.", "2000-01-01").value, "19");
  EXPECT_EQ(One("It happened in nineteen ninety-six.", "2000-01-01").value, "1996");
  EXPECT_EQ(One("The company posted results for fiscal 1989.", "1989-11-02").value, "1989");
}

TEST(TimexAbsolute, CountsAndNamesAreNotDates) {
  EXPECT_TRUE(timex_test::Timexes("About 2000 people fled the town.", "2000-01-01").empty());
  EXPECT_TRUE(timex_test::Timexes("Prices may fall further.", "2000-01-01").empty());
  EXPECT_TRUE(timex_test::Timexes("Foreign Minister Jan Kavan spoke.", "2000-01-01").empty());
  EXPECT_TRUE(timex_test::Timexes("Mr. Smith, 52 years old, resigned.", "2000-01-01").empty());
  EXPECT_TRUE(timex_test::Timexes("A 6-year-old boy was rescued.", "2000-01-01").empty());
}

TEST(TimexAbsolute, MonthTakesItsYearFromTense) {
  // A June in a March article: future in a future clause, past in a past clause.
  EXPECT_EQ(One("The talks will resume in June.", "2019-03-10").value, "2019-06");
  EXPECT_EQ(One("The deal was signed in June.", "2019-03-10").value, "2018-06");
  EXPECT_EQ(One("The deal was signed in January.", "2019-03-10").value, "2019-01");
  // A date a few weeks ahead stays ahead even in a past clause.
  EXPECT_EQ(One("The offer was extended to Nov. 20.", "1989-11-02").value, "1989-11-20");
}

TEST(TimexAbsolute, QuartersAndHalves) {
  EXPECT_EQ(One("Profit fell in the third quarter.", "1989-11-02").value, "1989-Q3");
  EXPECT_EQ(One("Profit fell in the third quarter.", "1989-11-02").text, "the third quarter");
  EXPECT_EQ(One("Profit fell in the fourth quarter.", "1998-01-26").value, "1997-Q4");
  EXPECT_EQ(One("Sales rose in the first half of 1990.", "1991-01-01").value, "1990-H1");
  EXPECT_EQ(One("Its third-quarter profit fell.", "1989-11-02").value, "1989-Q3");
}

TEST(TimexAbsolute, Seasons) {
  EXPECT_EQ(One("Fighting intensified last fall.", "1998-02-06").value, "1997-FA");
  EXPECT_EQ(One("Elections are due this summer.", "1998-02-06").value, "1998-SU");
  EXPECT_EQ(One("It was built in the winter of 1994.", "1998-02-06").value, "1994-WI");
  EXPECT_TRUE(timex_test::Timexes("The fall of the city shocked them.", "1998-02-06").empty());
}

}  // namespace
}  // namespace faultline
